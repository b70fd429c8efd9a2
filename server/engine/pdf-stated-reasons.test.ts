import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";

/**
 * Reasons stated away from the figure they explain, read off the rendered pages (pdftoppm -r 80):
 * - putuo-wanli-2024-bumen-yusuan p32: "2024年“三公”经费预算数为47.91万元，比2023年预算增加25万元"
 *   with no reason; "（二）公务用车购置及运行费46.56万元，比2023年预算增加25万元，主要原因是购置公务用车".
 * - putuo-shfly-2024-danwei-yusuan p6: "财政拨款收入950.12万元，比2023年预算增加0.46万元…" and, in a
 *   paragraph of its own, "财政拨款收入支出增加的主要原因是机关事业单位退休人员活动费增加。"
 */
const { ask } = usePdfEngine(["putuo-wanli-2024-bumen-yusuan.pdf", "putuo-shfly-2024-danwei-yusuan.pdf"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("why a total changed, when only a part states it", () => {
  it("quotes the reason of the part whose stated change equals the total's", async () => {
    const answer = plain((await ask("万里街道2024年三公经费比上年增加的原因")).answer);
    expect(answer).toContain("47.91万元");
    expect(answer).toMatch(/增加 25\.00万元/);
    expect(answer).toMatch(
      /变化主要来自公务用车购置及运行维护费（增加 25\.00万元\[\d+\]），文件说明的原因：购置公务用车/,
    );
  });

  it("the budget asked for, with the change its sentence states: the part's reason said beside", async () => {
    const answer = plain((await ask("万里街道2023年三公经费预算多少", "那2024年呢")).answer);
    expect(answer).toContain("47.91万元");
    expect(answer).toMatch(/变化主要来自公务用车购置及运行维护费（增加 25\.00万元\[\d+\]）/);
    expect(answer).toContain("购置公务用车");
  });
});

describe("a reason in a paragraph of its own", () => {
  it("explains the change the section stated for the subject it names", async () => {
    const answer = plain((await ask("社会福利院2024年财政拨款收入比上年增加多少，为什么")).answer);
    expect(answer).toMatch(/增加 0\.46万元/);
    expect(answer).toContain("机关事业单位退休人员活动费增加");
  });
});

describe("why a budget row changed, asked by its economic name", () => {
  // putuo-shfly-2024-danwei-yusuan p6, item 2: "机关事业单位基本养老保险缴费支出（项）”76.76万元 … 2023年当年
  // 预算执行数为70.70万元，2024年预算安排76.76万元，比2023年预算执行数增加8.57%。主要原因是：根据实际支出。"
  it("a budget explains its change on last year, through the functional row that states it", async () => {
    const answer = plain((await ask("社会福利院2024年基本养老保险缴费为什么比上年多，起草一段说明")).answer);
    expect(answer).toContain("76.76万元");
    expect(answer).toContain("70.70万元");
    expect(answer).toContain("8.57%");
    expect(answer).toContain("根据实际支出");
    expect(answer).toContain("2080505");
  });
});

describe("why the budget changed, with no figure named", () => {
  // putuo-wanli-2024-bumen-yusuan p6: "财政拨款支出预算15621.11万元，比2023年预算减少876.75万元 …
  // 财政拨款收入支出减少的主要原因是项目调整。"
  it("reads the budget as its spending total and quotes the stated reason", async () => {
    const answer = plain((await ask("万里街道为什么2024年预算减少了")).answer);
    expect(answer).toContain("15621.11万元");
    expect(answer).toMatch(/减少 876\.75万元/);
    expect(answer).toContain("项目调整");
  });
});

describe("a reason followed by another item's statement", () => {
  // putuo-wanli-2024-bumen-yusuan p32: "其中：公务用车购置费25万元，比2023年预算增加25万元，主要原因是购置
  // 公务用车；公务用车运行费21.56万元，比2023年预算持平，…"
  it("ends at the clause that states the next item's amount", async () => {
    const answer = plain((await ask("万里街道2024年公车购置费为什么多了")).answer);
    expect(answer).toContain("文件说明的原因：购置公务用车。");
    expect(answer).not.toContain("21.56万元");
  });
});
