import { AIMessage, ToolMessage } from "@langchain/core/messages";
import { fakeModel } from "@langchain/core/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../lib/config.js";
import { createEngine, type Engine } from "../engine/answer.js";
import type { AnswerResult } from "../engine/plan-schema.js";
import { BEIJING, buildSampleIndex, DOC } from "../testing/sample-index.js";
import { createLlmStages } from "./llm-stages.js";

/**
 * The LLM stages with a scripted fake chat model: planning (structured output), phrasing
 * (checked by the numeric guard) and the tool-using agent for open questions. Figures are
 * those of 驻京办's 2024 final accounts (data/docs/001…, line 1132: 预算40, 决算23.3, 58.25%).
 */
let engine: Engine;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const built = await buildSampleIndex();
  engine = await createEngine(built.store, built.embeddings);
  cleanup = built.cleanup;
});
afterAll(() => cleanup?.());

type Model = ReturnType<typeof fakeModel>;
const config = loadConfig({});
const ask = (model: Model, question: string) =>
  engine.answer([{ role: "user", content: question }], { llm: createLlmStages(config, model) });
const rulesOnly = (question: string) => engine.answer([{ role: "user", content: question }], { llm: false });
const values = (r: AnswerResult) => r.facts.map((f) => Number(f.value));

describe("planning: a scripted structured plan", () => {
  // "首都" is no name the rules read as 北京 ("北京那个办事处" they now read, its demonstrative dropped).
  const question = "首都那家机构的三公花了多少";

  it("the rules alone do not know the unit", async () => {
    const r = await rulesOnly(question);
    expect(r.status).not.toBe("answered");
  });

  it("the engine executes the LLM's plan: 驻京办 三公经费 → 23.3", async () => {
    // No phrasing reply is queued: the phrasing call fails and the deterministic text stands.
    const model = fakeModel().structuredResponse({
      units: ["驻京办"],
      metrics: ["三公经费"],
      operation: "value",
    });
    const r = await ask(model, question);
    expect(r.status).toBe("answered");
    expect(r.plan).toMatchObject({
      units: [BEIJING],
      unknownUnits: [],
      metrics: [{ type: "metric", key: "三公经费" }],
      operation: "value",
    });
    expect(r.answer.split("\n")[0]).toContain("**23.30万元**");
    expect(values(r)).toContain(23.3);
    expect(r.citations[0]).toMatchObject({ docId: DOC.beijingFinal, lines: [1132, 1132] });
    expect(r.mode).toBe("rules");
    expect(r.guard).toBeUndefined();
  });

  it("resolves the budget bases and subject codes the LLM names", async () => {
    const compare = fakeModel().structuredResponse({
      units: ["驻京办"],
      metrics: ["三公经费"],
      operation: "compare_budget_actual",
      basis: "预算",
    });
    const r = await ask(compare, "北京办事处三公执行得怎么样");
    expect(r.plan.operation).toBe("compare_budget_actual");
    expect(values(r)).toEqual(expect.arrayContaining([40, 23.3, 58.25]));
    // 000 table 05 line 249: 2010302 一般行政管理事务 558.89.
    const code = fakeModel().structuredResponse({
      units: ["株洲市人民政府办公室"],
      metrics: ["2010302"],
      operation: "value",
    });
    const s = await ask(code, "政府办那个一般管理的钱");
    expect(s.plan.metrics).toEqual([{ type: "subject", code: "2010302", name: "一般行政管理事务" }]);
    expect(values(s)).toContain(558.89);
  });
});

describe("planning: malformed plans fall back to the rules", () => {
  const question = "驻京办三公经费是多少";

  it.each([
    ["an unknown operation", { units: ["驻京办"], metrics: ["三公经费"], operation: "nonsense" }],
    ["a unit the index does not know", { units: ["湘潭办"], metrics: ["三公经费"], operation: "value" }],
    [
      "a figure the lexicon does not know",
      { units: ["驻京办"], metrics: ["土地出让收入"], operation: "value" },
    ],
    ["a year out of range", { units: ["驻京办"], metrics: ["三公经费"], years: [24], operation: "value" }],
    ["no operation at all", { units: ["驻京办"], metrics: ["三公经费"] }],
  ])("%s", async (_what, raw) => {
    const r = await ask(fakeModel().structuredResponse(raw), question);
    expect(r.status).toBe("answered");
    expect(r.plan).toMatchObject({
      units: [BEIJING],
      metrics: [{ type: "metric", key: "三公经费" }],
      operation: "value",
    });
    expect(r.answer.split("\n")[0]).toContain("**23.30万元**");
  });

  it("a model that always fails leaves the rule-based answer untouched", async () => {
    const r = await ask(fakeModel().alwaysThrow(new Error("connection refused")), question);
    const rules = await rulesOnly(question);
    const { llm, ...answer } = r;
    expect(answer).toEqual(rules);
    expect(r.mode).toBe("rules");
    expect(llm).toMatchObject({ planSource: "rules", phrase: "failed" });
    expect(["failed", "rejected"]).toContain(llm?.plan);
  });
});

describe("phrasing and the guard", () => {
  const question = "驻京办三公经费是多少";
  /** The deterministic answer's text above its sources, which the model may reword. */
  const bodyOf = (answer: string) => answer.split("\n\n**来源**")[0];
  const sourcesOf = (answer: string) => answer.slice(bodyOf(answer).length);

  it("a reply that keeps every figure, year and quotation is used; the sources stay the engine's", async () => {
    const rules = await rulesOnly(question);
    const text = bodyOf(rules.answer)
      .replace("支出决算为", "决算支出共计")
      .replace("- 其中：", "- 具体来看：");
    const model = fakeModel().respond(new AIMessage(text));
    const r = await ask(model, question);
    expect(r.mode).toBe("llm");
    expect(r.guard).toEqual({ passed: true, unsupported: [] });
    expect(r.answer).toBe(`${text}${sourcesOf(rules.answer)}`);
    expect(r.facts).toEqual(rules.facts);
    // The model saw the verified draft, fenced as data, without the sources block.
    expect(model.callCount).toBe(1);
    const sent = String(model.calls[0].messages.at(-1)?.content);
    expect(sent).toContain("**23.30万元**");
    expect(sent).not.toContain("**来源**");
  });

  it("a reply with an invented figure is rejected and the deterministic answer returned", async () => {
    const rules = await rulesOnly(question);
    const model = fakeModel().respond(
      new AIMessage(bodyOf(rules.answer).replace("**23.30万元**", "**25.00万元**")),
    );
    const r = await ask(model, question);
    expect(r.mode).toBe("rules");
    expect(r.guard).toEqual({ passed: false, unsupported: ["25.00万元"] });
    expect(r.answer).toBe(rules.answer);
    expect(r.llm?.warnings.join()).toContain("lost 23.3万元");
  });

  it("a year or a line number is never accepted as an amount or a rate", async () => {
    const rules = await rulesOnly(question);
    const model = fakeModel().respond(
      new AIMessage(`${bodyOf(rules.answer)}\n\n比上年增长 2024%，共 1139万元。`),
    );
    const r = await ask(model, question);
    expect(r.mode).toBe("rules");
    expect(r.guard?.unsupported).toEqual(["2024%", "1139万元"]);
  });

  it("an amount restated in 元 is accepted (23.3万元 = 233000元)", async () => {
    const rules = await rulesOnly(question);
    const text = bodyOf(rules.answer).replace("**23.30万元**", "**233000元**");
    const r = await ask(fakeModel().respond(new AIMessage(text)), question);
    expect(r.guard?.passed).toBe(true);
    expect(r.mode).toBe("llm");
  });

  it("a reply that drops a figure or a note is rejected", async () => {
    const rules = await rulesOnly(question);
    const r = await ask(fakeModel().respond(new AIMessage(bodyOf(rules.answer).split("\n\n")[0])), question);
    expect(r.mode).toBe("rules");
    expect(r.llm?.phrase).toBe("rejected");
  });

  it("not-found and clarify answers are not rephrased", async () => {
    const model = fakeModel().respond(new AIMessage("随便编一个数：99万元"));
    const r = await ask(model, "株洲市教育局三公经费");
    expect(r.status).toBe("not_found");
    expect(model.callCount).toBe(0);
  });
});

describe("the agent for open questions the rules cannot answer", () => {
  const question = "驻京办今年有什么打算";
  const lookup = { name: "lookup_facts", args: { unit: "驻京办", metric: "三公经费", year: 2024 } };

  it("the rules plan it as an open text question", async () => {
    const r = await rulesOnly(question);
    expect(r.plan).toMatchObject({ operation: "text_lookup", metrics: [], units: [BEIJING] });
  });

  it("runs a real tool loop through the engine's tools; a grounded final text is accepted", async () => {
    const text = "驻京办2024年“三公”经费支出决算23.3万元，资金主要用于驻京工作和招商。";
    const model = fakeModel().respondWithTools([lookup]).respond(new AIMessage(text));
    const r = await ask(model, question);
    expect(model.callCount).toBe(2);
    // The second model call carries the tool's result: facts read from the index.
    const toolMessages = model.calls[1].messages.filter((m) => ToolMessage.isInstance(m));
    expect(toolMessages).toHaveLength(1);
    expect(String(toolMessages[0].content)).toContain('"value":"23.3"');
    expect(r).toMatchObject({ status: "answered", mode: "llm", answer: text });
    expect(values(r)).toContain(23.3);
    expect(r.citations.some((c) => c.docId === DOC.beijingFinal && c.lines?.[0] === 1132)).toBe(true);
  });

  it("lookup and calculate in one step: the computed rate may be printed", async () => {
    const model = fakeModel()
      .respondWithTools([lookup, { name: "calculate", args: { operation: "ratio", values: ["23.3", "40"] } }])
      .respond(new AIMessage("驻京办“三公”经费决算23.3万元，完成预算的58.25%。"));
    const r = await ask(model, question);
    expect(r.mode).toBe("llm");
    expect(r.facts).toContainEqual({
      label: "计算",
      value: "58.25",
      measure: "%",
      formula: "23.3 ÷ 40 = 58.25%",
      sourceIds: [],
    });
    const toolMessages = model.calls[1].messages.filter((m) => ToolMessage.isInstance(m));
    expect(toolMessages.map((m) => String(m.content)).join()).toContain("58.25");
  });

  it("a final text with an invented number is rejected: the engine answers on its own", async () => {
    const model = fakeModel()
      .respondWithTools([lookup])
      .respond(new AIMessage("驻京办每年大约花掉500万元。"));
    const r = await ask(model, question);
    const rules = await rulesOnly(question);
    // Two agent calls; the rules' answer (not found) is not rephrased.
    expect(model.callCount).toBe(2);
    expect(r.mode).toBe("rules");
    expect(r.answer).toBe(rules.answer);
    expect(r.answer).not.toContain("500万元");
  });

  it("questions with a figure to look up skip the agent", async () => {
    const model = fakeModel();
    const r = await ask(model, "驻京办三公经费是多少");
    // One call only: the phrasing attempt (which finds no reply queued); no tool loop ran.
    expect(model.callCount).toBe(1);
    expect(model.calls[0].messages.some((m) => ToolMessage.isInstance(m))).toBe(false);
    expect(r.mode).toBe("rules");
    expect(r.answer.split("\n")[0]).toContain("**23.30万元**");
  });
});
