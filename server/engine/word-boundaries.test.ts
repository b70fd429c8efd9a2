import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";
import { expectFacts, expectGrounded, figureNumbers } from "./answer-expect.js";

/**
 * Read off the rendered pages: 普陀区司法局 2026 部门预算 p10 and 单位预算 p8 (支出总计 96,282,213.44 and
 * 86,959,408.34 元; 差旅费 is another row); 万里街道 2023 部门预算 p23 and 2024 p25 (221 住房保障支出
 * 8,960,694 and 8,882,399 元). By hand: 96,282,213.44 − 86,959,408.34 = 9,322,805.10 元 = 932.28万元;
 * 896.0694 + 888.2399 = 1784.3093万元.
 */
const { ask } = usePdfEngine([
  "putuo-sfj-2026-bumen-yusuan.pdf",
  "putuo-sfj-2026-danwei-yusuan.pdf",
  "putuo-wanli-2023-bumen-yusuan.pdf",
  "putuo-wanli-2024-bumen-yusuan.pdf",
]);

describe("everyday words only where a word of the question begins", () => {
  it("reads no 出差 across “支出/差多少”", async () => {
    const r = await ask("司法局2026年部门预算和单位预算支出差多少");
    expect(r.answer).not.toContain("差旅费");
    expectFacts(r, "96282213.44元 86959408.34元");
    expect(r.answer).toContain("932.28万元");
    expectGrounded(r);
  });
});

describe("a class matched by its coded and uncoded rows", () => {
  it("is added once per year", async () => {
    const r = await ask("万里街道2023和2024两年住房保障支出一共多少");
    expectFacts(r, "8960694元 8882399元");
    expect(r.answer).toContain("1784.31万元");
    expect(figureNumbers(r.answer)).not.toContain("1792.14");
    expectGrounded(r);
  });
});
