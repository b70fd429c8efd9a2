import { describe, expect, it } from "vitest";
import { QueryPlan } from "../engine/plan-schema.js";
import { arbitrate } from "./arbitrate.js";

const plan = (p: Partial<QueryPlan>) =>
  QueryPlan.parse({ units: [], years: [], metrics: [], operation: "value", ...p });
const SANGONG = { type: "metric" as const, key: "三公经费" };

describe("arbitrate", () => {
  const rules = plan({ units: ["甲单位"], metrics: [SANGONG], years: [2024], yearSource: "explicit" });

  it("keeps the rules' plan when the model's resolves nothing", () => {
    expect(arbitrate(rules, plan({})).source).toBe("rules");
  });

  it("keeps the rules' plan when the model drops a unit, a figure or a stated year", () => {
    expect(arbitrate(rules, plan({ units: ["乙单位"], metrics: [SANGONG], years: [2024] })).source).toBe(
      "rules",
    );
    expect(arbitrate(rules, plan({ units: ["甲单位"], years: [2024] })).source).toBe("rules");
    expect(arbitrate(rules, plan({ units: ["甲单位"], metrics: [SANGONG], years: [2023] })).source).toBe(
      "rules",
    );
  });

  it("uses the model's plan when it adds what the rules missed or changes the operation", () => {
    expect(
      arbitrate(plan({ metrics: [SANGONG] }), plan({ units: ["甲单位"], metrics: [SANGONG] })).source,
    ).toBe("llm");
    expect(
      arbitrate(rules, plan({ units: ["甲单位"], metrics: [SANGONG], years: [2024], operation: "yoy" }))
        .source,
    ).toBe("llm");
  });

  it("refuses to map a name in another place onto a known unit", () => {
    const unknown = plan({ unknownUnits: ["芦淞区委办"], metrics: [SANGONG] });
    const mapped = plan({ units: ["中共株洲市天元区委办公室"], metrics: [SANGONG] });
    expect(arbitrate(unknown, mapped).source).toBe("rules");
    const paraphrase = plan({ unknownUnits: ["北京那个办事处"], metrics: [SANGONG] });
    expect(
      arbitrate(paraphrase, plan({ units: ["株洲市人民政府驻北京联络处"], metrics: [SANGONG] })).source,
    ).toBe("llm");
  });
});
