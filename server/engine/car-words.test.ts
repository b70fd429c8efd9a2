import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";

/**
 * "公车" means the cars' money when a share is asked, the cars themselves when a count is. Read off
 * the rendered page 21 of 普陀区司法局 2026 部门预算 (三公 合计 10.81, 公务用车购置及运行费 小计 9.98,
 * in 万元): 9.98 ÷ 10.81 = 92.32 %.
 */
const { ask } = usePdfEngine(["putuo-sfj-2026-bumen-yusuan.pdf"]);
const plain = (answer: string) => answer.replace(/\*\*/g, "");

describe("公车 with a share asked", () => {
  it("is the cars' spending over the whole named before it", async () => {
    const r = await ask("普陀司法局2026年三公经费中公车占了多少比例");
    expect(plain(r.answer)).toContain("92.32%");
  });

  it("in a follow-up, over the figure just given, never the number of cars", async () => {
    const r = await ask("普陀司法局2026年三公经费预算是多少", "公车占多少");
    expect(plain(r.answer)).toContain("92.32%");
    expect(r.answer).not.toContain("辆");
  });
});

describe("what kind of cars", () => {
  // Page 22: "截至2025年8月31日，上海市普陀区司法局共有车辆3辆，其中：…执法执勤用车3辆…".
  it.each(["普陀司法局的公车是做什么用途的", "普陀司法局都有哪种车", "普陀司法局的车是干什么用的"])(
    "is the count by kind: %s",
    async (question) => {
      const r = await ask(question);
      expect(plain(r.answer)).toMatch(/执法执勤用车 3辆/);
    },
  );
});
