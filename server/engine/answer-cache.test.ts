import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSampleIndex } from "../testing/sample-index.js";
import { createEngine, type Engine, type LlmStages } from "./answer.js";

/** Repeated conversations are answered from memory, only on the deterministic path. */
let engine: Engine;
let uncached: Engine;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const built = await buildSampleIndex();
  engine = await createEngine(built.store, built.embeddings, undefined, { answerCache: 2 });
  uncached = await createEngine(built.store, built.embeddings);
  cleanup = built.cleanup;
});
afterAll(() => cleanup?.());

const ask = (content: string) => [{ role: "user" as const, content }];

describe("answer cache", () => {
  it("answers a repeated conversation with the same answer, equal to a fresh one", async () => {
    const question = ask("驻北京联络处2024年三公经费是多少");
    const first = await engine.answer(question);
    // 001 line 1132: 支出决算为23.3万元.
    expect(first.answer).toContain("23.3");
    expect(await engine.answer(question)).toBe(first);
    expect((await uncached.answer(question)).answer).toBe(first.answer);
  });

  it("keys on the whole conversation and forgets the least recently used", async () => {
    const one = await engine.answer(ask("驻北京联络处2024年三公经费是多少"));
    const followUp = await engine.answer([
      ...ask("驻北京联络处2024年三公经费是多少"),
      { role: "assistant", content: one.answer },
      { role: "user", content: "公务接待费呢" },
    ]);
    expect(followUp).not.toBe(one);
    await engine.answer(ask("天元区委办2024年三公经费是多少"));
    // Capacity 2: the first conversation was the least recently used.
    expect(await engine.answer(ask("驻北京联络处2024年三公经费是多少"))).not.toBe(one);
  });

  it("does not cache answers an LLM stage refines", async () => {
    let calls = 0;
    const stages: LlmStages = {
      refine: async ({ ruleResult }) => {
        calls++;
        return ruleResult;
      },
    };
    const question = ask("驻北京联络处2024年三公经费是多少");
    await engine.answer(question, { llm: stages });
    await engine.answer(question, { llm: stages });
    expect(calls).toBe(2);
  });
});
