import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../../testing/sample-engine.js";
import { expectFacts, expectGrounded } from "../answer-expect.js";
import { absenceSentence } from "./stated-absence.js";

/**
 * A zero answered with the document's own "无…" sentence, and a score quoted with the sentence
 * that states it. Read off the rendered pages: 普陀区财政局 2024 部门决算 p23 ("上海市普陀区财政局
 * 2024年度无“三公”经费财政拨款支出。"; "…绩效自评的2024年度项目4个，涉及预算金额598.42万元，平均
 * 得分99.43分（其中，绩效评级为“优”的项目4个…"), 普陀区社会福利院 2024 单位预算 p16 ("2024年上海市
 * 普陀区社会福利院无机关运行经费。").
 */
describe("absenceSentence", () => {
  const sanGong = /[“"]?三公[”"]?经费/;
  it("finds the sentence that says the item does not exist", () => {
    expect(
      absenceSentence("上海市普陀区财政局2024年度无“三公”经费财政拨款支出。八、政府性基金…", sanGong),
    ).toBe("上海市普陀区财政局2024年度无“三公”经费财政拨款支出。");
  });
  it("ignores a “无” that is about something else", () => {
    expect(absenceSentence("本单位本年度“三公”经费支出0.00万元，故本表无数据。", sanGong)).toBeUndefined();
  });
});

const { ask } = usePdfEngine(["putuo-czj-2024-bumen-juesuan.pdf", "putuo-shfly-2024-danwei-yusuan.pdf"]);

describe("a zero quoted with the document's statement", () => {
  it("quotes “无…三公经费…” beside the zero of the 三公 table", async () => {
    const r = await ask("普陀区财政局2024年度三公经费是零吗");
    expect(r.status).toBe("answered");
    expectFacts(r, "0.00万元");
    expect(r.answer).toContain("上海市普陀区财政局2024年度无“三公”经费财政拨款支出");
    expectGrounded(r);
  });

  it("quotes “无机关运行经费” beside the zero budget", async () => {
    const r = await ask("社会福利院2024年机关运行经费安排了吗");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("2024年上海市普陀区社会福利院无机关运行经费");
  });
});

describe("a self-evaluation score from prose", () => {
  it("answers the score and quotes its sentence (how many projects, how much money)", async () => {
    const r = await ask("普陀区财政局2024年绩效自评的平均得分");
    expect(r.status).toBe("answered");
    expectFacts(r, "99.43分");
    expect(r.answer).toContain("涉及预算金额598.42万元");
    expectGrounded(r);
  });
});

describe("why a figure is nil", () => {
  it("'为什么没有<某费>' is the nil figure with the document's statement that there is none", async () => {
    const r = await ask("普陀区财政局2024年为什么没有三公经费");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("无“三公”经费财政拨款支出");
    expect(r.answer).not.toContain("文件没有说明原因");
  });
});

/** p23 (六、一般公共预算财政拨款基本支出决算情况说明, rendered page): "…公用经费184.65万元，主要包括：…". */
describe("the narrative named as where to read", () => {
  it("'那说明里也有吗' after a table's figure reads the narrative's statement of it", async () => {
    const r = await ask("普陀区财政局2024年公用经费是多少", "那情况说明里也写了吗");
    expect(r.status).toBe("answered");
    expectFacts(r, "184.65万元");
    expect(r.citations.some((c) => c.page === 23 && !c.table)).toBe(true);
  });
});
