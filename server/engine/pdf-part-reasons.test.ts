import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSampleIndex } from "../testing/sample-index.js";
import { createEngine, type Engine } from "./answer.js";

/**
 * A total's change explained by the part that moved, on putuo-wanli-2024-bumen-yusuan. Read off
 * the rendered page 32 (pdftoppm -r 80): "2024年“三公”经费预算数为47.91万元，比2023年预算增加25万元"
 * with no reason; "（二）公务用车购置及运行费46.56万元，比2023年预算增加25万元，主要原因是购置公务用车".
 */
const PDF = join(import.meta.dirname, "..", "..", "data", "pdf");
let engine: Engine;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const built = await buildSampleIndex([join(PDF, "putuo-wanli-2024-bumen-yusuan.pdf")]);
  cleanup = built.cleanup;
  engine = await createEngine(built.store, built.embeddings);
}, 60_000);
afterAll(() => cleanup?.());

const ask = (q: string) => engine.answer([{ role: "user", content: q }], { llm: false });
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
});
