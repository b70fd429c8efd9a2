import { describe, expect, it } from "vitest";
import { useFilesEngine } from "../testing/sample-engine.js";

/**
 * ingest/fixtures/unseen/ruyang-zrzyj-2025-yusuan.xls (汝阳县自然资源局 2025年部门预算), as LibreOffice prints
 * it: page 15, 表6 一般公共预算基本支出表 in 元, 30231 公务用车运行维护费 118,000.00 and 30217 公务接待费 32,000.00;
 * page 16, 表7 三公 (basic and project spending together), 2025年预算数: 运行维护费 14.80, 公务接待费 3.20 (万元).
 */
const { ask } = useFilesEngine(["ingest/fixtures/unseen/ruyang-zrzyj-2025-yusuan.xls"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("an expense asked inside the basic spending", () => {
  it("is the expense's row of the basic-spending table, the 三公 figure beside it", async () => {
    const text = plain((await ask("自然资源局基本支出当中列支的公务用车运行维护费有多少")).answer);
    expect(text).toMatch(/公务用车运行维护费（30231）预算为 11\.80万元/);
    expect(text).toContain("14.80万元");
  });

  it("is the 三公 figure when the basic spending is not named", async () => {
    const text = plain((await ask("自然资源局公务用车运行维护费有多少")).answer);
    expect(text).toMatch(/公务用车运行维护费预算为 14\.80万元/);
  });
});
