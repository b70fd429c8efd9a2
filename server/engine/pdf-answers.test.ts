import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSampleIndex } from "../testing/sample-index.js";
import { createEngine, type Engine } from "./answer.js";

/**
 * Answers over the two editions of one 上海 budget: putuo-sfj-2026-bumen-yusuan (部门, the bureau
 * and its 法律援助中心) and putuo-sfj-2026-danwei-yusuan (单位, the bureau alone). Expected values
 * read off the rendered pages (pdftoppm -r 110): 部门 p8 narrative, p13 支出预算总表 合计 (元),
 * p21 三公 table (万元); 单位 p20 三公 table (万元).
 */
const PDF = join(import.meta.dirname, "..", "..", "data", "pdf");
let engine: Engine;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const built = await buildSampleIndex([
    join(PDF, "putuo-sfj-2026-bumen-yusuan.pdf"),
    join(PDF, "putuo-sfj-2026-danwei-yusuan.pdf"),
  ]);
  cleanup = built.cleanup;
  engine = await createEngine(built.store, built.embeddings);
}, 60_000);
afterAll(() => cleanup?.());

const ask = (q: string) => engine.answer([{ role: "user", content: q }], { llm: false });
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("answers about a 上海 budget PDF", () => {
  it("reads the 单位 edition when the question says so, the consolidated 部门 one otherwise", async () => {
    expect(plain((await ask("普陀区司法局2026年单位预算里三公经费是多少")).answer)).toMatch(
      /三公”经费预算为 10\.71万元/,
    );
    expect(plain((await ask("普陀区司法局2026年三公经费预算多少")).answer)).toMatch(
      /三公”经费预算为 10\.81万元/,
    );
    expect(plain((await ask("司法局本级机关运行经费26年预算")).answer)).toContain("184.59万元");
  });

  it("shows a 元 table's figure as printed beside 万元 and cites the page", async () => {
    const r = await ask("普陀司法局2026年部门支出里基本支出和项目支出分别多少？");
    const text = plain(r.answer);
    expect(text).toMatch(/2574\.17万元\[\d\]（表中列为25741666\.44元）/);
    expect(text).toMatch(/7054\.05万元\[\d\]（表中列为70540547\.00元）/);
    expect(text).toMatch(/2026年部门支出预算总表｜合计｜支出预算 \/ 基本支出｜第13页/);
    expect(text).not.toMatch(/公开\d\d表/);
  });

  it("the text's 8695.94万元 is the 元 table's 86,959,408.34 rounded, not an inconsistency (单位 p6, p8)", async () => {
    const text = plain((await ask("司法局2026年单位预算收入合计多少")).answer);
    expect(text).toMatch(/8695\.94万元\[\d\]（表中列为86959408\.34元）/);
    expect(text).toContain("同一数字的四舍五入");
    expect(text).not.toContain("不一致");
  });

  it("two tables splitting 基本支出 differently are both said (单位 p8 20,374,181 / p19 20,272,981 元)", async () => {
    const text = plain((await ask("司法局2026年单位预算人员经费和公用经费各是多少？")).answer);
    for (const s of ["20374181元", "20272981.00元", "1744680元", "1845880.34元", "文件前后不一致"])
      expect(text).toContain(s);
  });

  it("tables named by the asker ('经济分类表和财务收支总表对得上吗') are no qualifier: both figures are said", async () => {
    const r = await ask("普陀司法局单位预算里人员经费在财务收支总表和经济分类表里对得上吗");
    const text = plain(r.answer);
    expect(r.status).toBe("answered");
    for (const s of ["20374181元", "20272981.00元", "文件前后不一致"]) expect(text).toContain(s);
  });

  it("compares a subject with last year's 预算执行数 stated in the narrative, with the stated rate and reason", async () => {
    const text = plain((await ask("普陀区司法局信息化建设2026年比2025年多了多少？")).answer);
    for (const s of ["2025年预算执行数 60.41万元", "227.88万元", "增加 167.47万元", "277.22%", "业务量增加"])
      expect(text).toContain(s);
  });
});

describe("a total asked without naming the edition", () => {
  it("two editions with different totals: both given, cited, and the asker chooses (部门 p8 9628.22, 单位 p6 8695.94)", async () => {
    const r = await ask("普陀区司法局2026年预算总共多少钱");
    expect(r.status).toBe("clarify");
    const text = plain(r.answer);
    expect(text).toMatch(/部门预算（含所属单位）：9628\.22万元/);
    expect(text).toMatch(/单位预算（本级）：8695\.94万元/);
  });

  it("an edition named earlier in the conversation carries to the follow-up (单位 p6: 比2025年预算增加794.88万元)", async () => {
    const r = await engine.answer(
      [
        { role: "user", content: "司法局2026年单位预算收入是多少" },
        { role: "assistant", content: "…" },
        { role: "user", content: "比上年增加了多少" },
      ],
      { llm: false },
    );
    expect(plain(r.answer)).toContain("794.88万元");
    expect(plain(r.answer)).not.toContain("793.14");
  });
});
