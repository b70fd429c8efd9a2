import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../../testing/sample-engine.js";

/**
 * Things counted in prose, asked in everyday words:
 * - 普陀区财政局 2024 部门决算 p24 (rendered): "截至2024年12月31日，上海市普陀区财政局共有车辆0辆，…
 *   单价100万元（含）以上设备（不含车辆）2台（套）。"
 * - 普陀区社会福利院 2024 单位预算 p4 (rendered): "上海市普陀区社会福利院设5个内设机构，包括：院长室、
 *   办公室、财务室、后勤部、护理部。"
 * - data/docs/002 line 472 (天元区委办 2024 决算): 因公出国（境）团组1个，累计1人次，"临时因公出国参加党政领导
 *   干部培训班经费"; the next sentence names a post ("接待包头市九原区委书记一行") of another occasion.
 */
const pdf = usePdfEngine(["putuo-czj-2024-bumen-juesuan.pdf", "putuo-shfly-2024-danwei-yusuan.pdf"]);
const sample = useSampleEngine();

describe("things counted by name, with no classifier", () => {
  it("large equipment '有多少' is the count the asset statement gives", async () => {
    const r = await pdf.ask("普陀区财政局那种大额的设备有多少");
    expect(r.answer).toContain("单价100万元（含）以上设备（不含车辆）2台（套）");
    expect(r.plan.counts).toBe(true);
  });

  it("…also asked after the cars", async () => {
    const r = await pdf.ask("财政局名下有几辆车？大额设备有多少？");
    expect(r.answer).toContain("0辆");
    expect(r.answer).toContain("2台（套）");
  });

  it("equipment's money is still an amount", async () => {
    expect((await pdf.ask("普陀区财政局设备多少钱")).plan.counts).toBe(false);
  });
});

describe("divisions asked as 内部分几个部门", () => {
  it("quote the sentence counting them", async () => {
    const r = await pdf.ask("社会福利院内部分成了几个部门");
    expect(r.answer).toContain("设5个内设机构，包括：院长室、办公室、财务室、后勤部、护理部");
  });
});

describe("a person asked of one occasion", () => {
  it("is not told by a post the document names for another occasion", async () => {
    const r = await sample.ask("天元区委办2024年出国参加培训的是哪位领导");
    expect(r.status).toBe("not_found");
    expect(r.answer).toContain("没有列出所问的人员姓名");
  });
});
