import { describe, expect, it } from "vitest";
import { CircuitBreaker, Deadline, LlmGate } from "./llm-gate.js";

describe("CircuitBreaker", () => {
  it("opens after consecutive failures, lets one trial through after the cooldown, closes on success", () => {
    let now = 0;
    const breaker = new CircuitBreaker(2, 1000, () => now);
    breaker.failure();
    expect(breaker.allow()).toBe(true);
    breaker.failure();
    expect(breaker.open).toBe(true);
    expect(breaker.allow()).toBe(false);
    now = 1000;
    expect(breaker.allow()).toBe(true);
    expect(breaker.allow()).toBe(false);
    breaker.success();
    expect(breaker.allow()).toBe(true);
  });
});

describe("LlmGate", () => {
  const gate = () => new LlmGate(new CircuitBreaker(2, 60_000), 10_000);

  it("stops a call at the question's deadline even if the call ignores its signal", async () => {
    const started = Date.now();
    const result = await gate().call(new Deadline(100), () => new Promise<string>(() => undefined));
    expect(result).toMatchObject({ ok: false, outcome: "timeout" });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("skips calls while the breaker is open and when the budget is spent", async () => {
    const g = gate();
    const fail = () => Promise.reject(new Error("HTTP 500"));
    expect(await g.call(new Deadline(1000), fail)).toMatchObject({ ok: false, outcome: "failed" });
    expect(await g.call(new Deadline(1000), fail)).toMatchObject({ ok: false, outcome: "failed" });
    expect(await g.call(new Deadline(1000), () => Promise.resolve(1))).toMatchObject({ outcome: "skipped" });
    expect(await gate().call(new Deadline(0), () => Promise.resolve(1))).toMatchObject({
      outcome: "skipped",
    });
    expect(g.calls).toBe(2);
  });
});
