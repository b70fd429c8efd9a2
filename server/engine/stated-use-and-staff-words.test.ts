import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";
import { expectFacts } from "./answer-expect.js";

const plain = (s: string) => s.replace(/\*\*/g, "");

describe("a word the figure's stated use says", () => {
  // 普陀区商务委 2025 部门预算 p8 (rendered): "16.“住房保障支出（类)住房改革支出（款)购房补贴（项）”148.80万元，
  // 主要用于机关人员每月房贴支出。"
  const { ask } = usePdfEngine(["putuo-swh-2025-bumen-yusuan.pdf"]);

  it("as the figure's one use, describes the figure: answered, with the use quoted", async () => {
    const r = await ask("商务委2025年给机关人员的购房补贴预算有多少");
    expect(r.status).toBe("answered");
    expectFacts(r, "148.80万元");
    expect(plain(r.answer)).toContain("主要用于机关人员每月房贴支出");
    expect(r.answer).not.toContain("最接近");
  });
});

describe("a whole unit's execution and its staff, in everyday words", () => {
  const { ask } = useSampleEngine();

  // data/docs/002 line 704 (整体支出绩效自评表): 年度资金总额 863.40 | 1016.64 | 840.70 | 10 | 82.7%.
  it("“按全年预算算的执行率” compares the spending with the full-year budget", async () => {
    const r = await ask("天元区委办2024年按全年预算算的执行率多少");
    expect(r.status).toBe("answered");
    const first = plain(r.answer).split("\n")[0];
    expect(first).toContain("1016.64万元");
    expect(first).toContain("840.70万元");
    expect(plain(r.answer)).toContain("840.7 ÷ 1016.64 = 82.69%");
  });

  // 002 line 580: "共有编制人数 22 人,实有人数 29 人"; 000 line 594: "本部门编制数 138 人，在职人数 125 人".
  it("“实际人数” is the staff employed, beside the establishment", async () => {
    const r = await ask("天元区委办和市政府办的编制和实际人数各是多少");
    expectFacts(r, "22人 29人 138人 125人");
  });

  // 003 (预算说明) lists 编制 113 and 在职 108; 000 (决算) 138 and 125: each said once as the other
  // document's count, not again as a "决算数".
  it("a head count the other document states otherwise is said once", async () => {
    const text = plain((await ask("市政府办2024年预算里的人员情况怎么样")).answer);
    expect(text.match(/138人/g)?.length).toBe(1);
    expect(text).not.toContain("所列决算数");
  });
});
