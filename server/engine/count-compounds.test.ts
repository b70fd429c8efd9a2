import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";
import { expectFacts } from "./answer-expect.js";

/**
 * Counts of different things asked in one message, and a count of last year's activity read from
 * this year's document. data/docs/001: line 1142 "公务用车保有量为3辆"; line 1141 "全年公务接待16批次
 * 176人次" (2024), "商务接待5批次47人"; its attachment gives 2023's 公务接待 amount only, no count.
 * putuo-shfly-2024-danwei-yusuan (rendered at -r 70): p4 "设5个内设机构，包括：院长室、办公室、财务室、后勤部、护理部";
 * p16 "共有车辆2辆".
 */
const { ask } = useSampleEngine();
const welfare = usePdfEngine(["putuo-shfly-2024-danwei-yusuan.pdf"]);

describe("counts of different things after a comma", () => {
  it("each is answered", async () => {
    const r = await ask("驻京办有几辆公车，公务接待一共多少批次");
    expectFacts(r, "3辆");
    expect(r.answer.replace(/\*\*/g, "")).toContain("16批次");
  });
});

describe("a count of last year's activity", () => {
  it("is not this year's count, nor last year's amount: refused, naming the amount", async () => {
    const r = await ask("驻京办2023年一共接待了几批客人");
    expect(r.status).toBe("not_found");
    expect(r.answer).not.toContain("16批次");
    expect(r.answer).toContain("人数或次数");
  });
});

describe("counts of an amount and of one kind of it", () => {
  it("the amount's own counts are given beside the kind's", async () => {
    const r = await ask("驻京办2024年的公务接待、商务接待各接待了几批？");
    for (const count of ["16批次", "176人次", "5批次", "47人"]) expectFacts(r, count);
  });

  it("read as a breakdown, the amount's own counts come first and each kind is one line", async () => {
    const r = await ask("驻京办2024年，商务接待以及公务接待的批次分别是多少");
    const text = r.answer.replace(/\*\*/g, "");
    expect(text).toMatch(/公务接待费：16批次\[\d+\]，176人次/);
    expect(text).toMatch(/商务接待：5批次\[\d+\]，47人/);
  });
});

describe("a topic of the unit asked beside a count", () => {
  it("the divisions asked before the cars are answered too", async () => {
    const r = await welfare.ask("普陀区社会福利院内部分了哪些部门？公车有几辆？");
    expect(r.answer).toContain("院长室、办公室、财务室、后勤部、护理部");
    expect(r.answer).toContain("**2辆**");
  });
});
