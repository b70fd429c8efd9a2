import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";

const pdf = usePdfEngine(["putuo-wanli-2023-bumen-yusuan.pdf"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * putuo-wanli-2023-bumen-yusuan.pdf rendered at 80 dpi: page 29 (四、绩效目标设置情况) 编报绩效目标的项目5个，
 * 涉及项目预算资金3328.13万元; pages 31–35 (财政项目支出绩效目标填报表) 项目资金总额 4,100,000.00, 6,351,000.00,
 * 4,563,800.00, 7,595,500.00, 10,903,043.00 元 — together 33,513,343 元, not the 3328.13万 stated.
 */
describe("the projects given performance targets, added against the stated total", () => {
  it("“N个绩效目标项目加起来是不是…” adds the forms' projects", async () => {
    const text = plain((await pdf.ask("万里街道2023年那几个绩效目标项目加起来是不是3328.13万")).answer);
    expect(text).toContain("3351.33万元");
    expect(text).toContain("3328.13万元");
    expect(text).toContain("相差 23.20万元");
  });

  it("“由哪些项目构成” lists the forms' projects, not a passage", async () => {
    const text = plain((await pdf.ask("万里街道2023年绩效目标项目资金由哪些项目构成")).answer);
    expect(text).toContain("表中列为6351000.00元");
    expect(text).toContain("表中列为10903043.00元");
  });
});
