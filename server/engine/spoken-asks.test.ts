import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";

/**
 * Read off the sources:
 * - 001 (驻京办 2024 决算) 附件 一、基本情况: "1.主要职能。…本部门主要职责是：负责市委、市人民政府领导在京公务活动的
 *   接待工作…".
 * - 002 (区委办 2024 决算) 第一部分 二、(二) 决算单位构成: …本级以及株洲市天元区发展研究中心、株洲市天元区档案馆.
 * - 000 (市政府办 2024 决算) 附件 七、存在的问题及原因分析.
 * - 普陀区财政局 2024 决算 p17 (rendered at -r 90): 人员经费合计 2,152.26.
 */
const samples = useSampleEngine();
const { ask } = usePdfEngine(["putuo-czj-2024-bumen-juesuan.pdf"]);

describe("a unit's own story asked in everyday words", () => {
  it("“日常都忙些什么” quotes its duties", async () => {
    const r = await samples.ask("驻京办日常都忙些什么");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("在京公务活动的接待工作");
  });

  it("“哪些单位算在这本决算里” quotes the bodies it covers", async () => {
    const r = await samples.ask("区委办的决算把哪几家单位纳入了");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("株洲市天元区档案馆");
  });

  it("“哪些地方做得不够” quotes what its evaluation says fell short", async () => {
    const r = await samples.ask("市政府办认为自己哪些地方做得还不够");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("存在的问题");
  });
});

describe("a body named as people say it", () => {
  it("a filler after the name and the place in brackets after it", async () => {
    const r = await ask("财政这边（普陀区）24年人员经费一共多少");
    expect(r.plan.units).toEqual(["上海市普陀区财政局"]);
    expect(r.answer).toContain("2152.26万元");
  });

  it("another body of the same place, named in full, is not read as a known one", async () => {
    const r = await samples.ask("株洲市天元区财政局2024年三公经费多少");
    expect(r.status).toBe("not_found");
  });
});
