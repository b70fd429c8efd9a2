import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../../testing/sample-engine.js";
import { expectGrounded } from "../answer-expect.js";

/**
 * Items a sentence lists with their amounts, added. 000 (市政府办 2024 决算) line 604: "2024 年项目支出
 * 763.33 万元，其中：政府门户网站专项 48.89 万元、市长热线专项 510 万元、… 征拆征收工作经费专项 8.25 万元" (ten
 * 专项). By hand: 48.89 + 510 + 40.1 + 40 + 2.95 + 58.68 + 15.18 + 25.47 + 13.8 + 8.25 = 763.32;
 * 763.33 − 763.32 = 0.01.
 */
const { ask } = useSampleEngine();
const wanli = usePdfEngine(["putuo-wanli-2023-bumen-yusuan.pdf"]);

describe("items a sentence lists by a generic word", () => {
  it("'那些专项' adds each 专项 the sentence lists, named by the words before it", async () => {
    const r = await ask("株洲市政府办24年决算里列出来的各个专项，合在一起是多少钱？");
    expect(r.answer).toContain("= 763.32");
    expect(r.answer).toContain("政府门户网站专项");
    expect(r.answer).toContain("征拆征收工作经费专项");
    expectGrounded(r);
  });

  it("the whole stated before the items is set against their sum", async () => {
    const r = await ask("市政府办2024年决算附件中那十个专项相加，等不等于项目支出？");
    expect(r.answer).toMatch(
      /同一句所列项目支出 \*\*763\.33万元\*\*\[\d+\]，逐项合计比它少 \*\*0\.01万元\*\*/,
    );
  });
});

describe("words too common to name listed items", () => {
  it("'项目' in a question about one project adds no other sentence's 项目 amounts", async () => {
    const r = await wanli.ask(
      "万里街道23年那个社区公共服务中心新建工程，按季度的用款计划总共多少？跟绩效目标里的项目资金比对一下",
    );
    expect(r.answer).not.toContain("逐项列出的“项目”");
  });
});
