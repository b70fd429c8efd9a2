import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";

const plain = (s: string) => s.replace(/\*\*/g, "");

describe("two units' completion rates set against each other", () => {
  // data/docs/001 line 1132: "“三公”经费财政拨款支出预算为40万元，支出决算为23.3万元，完成预算的58.25%";
  // data/docs/000 line 480: "2024年度“三公”经费财政拨款支出预算为136.85万元，支出决算为136.85万元，完成预算的100%".
  const { ask } = useSampleEngine();

  it.each(["驻京办和市政府办2024年三公经费执行率哪家高", "市政府办跟驻京办三公经费预算完成率对比一下"])(
    "%s: each unit's budget, actual and rate, ranked by the rate",
    async (question) => {
      const r = await ask(question);
      expect(r.plan.operation).toBe("rank");
      const text = plain(r.answer);
      expect(text).toContain("58.25%");
      expect(text).toContain("100.00%");
      expect(text.split("\n")[0]).toContain("株洲市人民政府办公室");
      expect(text).not.toContain("113.55");
    },
  );
});

describe("“比一比”", () => {
  // Rendered pages: 商务委 2025 部门预算 p22 "2025年度本部门政府采购预算38.20万元"; 司法局 2026 部门预算 p22
  // "2026年本部门政府采购预算1486.42万元". 1486.42 − 38.20 = 1448.22.
  const { ask } = usePdfEngine(["putuo-swh-2025-bumen-yusuan.pdf", "putuo-sfj-2026-bumen-yusuan.pdf"]);

  it("sets two units' figures against each other: the difference, not only each figure", async () => {
    const r = await ask("司法局2026年跟商务委2025年政府采购预算比一比");
    expect(r.plan.operation).toBe("difference");
    expect(plain(r.answer)).toContain("1448.22万元");
  });
});

describe("“哪个钱多” of two units", () => {
  // Rendered pages: 普陀区财政局 2024 部门决算 p6, 收入支出决算总表 本年支出合计 2,940.05 (万元); 上海市财政局
  // 2025 单位预算 p7, 支出总计 171,915,169 (元). 17191.5169 − 2940.05 = 14251.4669.
  const { ask } = usePdfEngine(["putuo-czj-2024-bumen-juesuan.pdf", "shanghai-czj-2025-danwei-yusuan.pdf"]);

  it("sets their spending totals apart, saying one is a final account and the other a budget", async () => {
    const r = await ask("上海市财政局和普陀区财政局哪个钱多");
    expect(r.plan.operation).toBe("difference");
    const text = plain(r.answer);
    expect(text).toContain("2940.05万元");
    expect(text).toContain("17191.52万元");
    expect(text).toContain("上海市普陀区财政局为决算数");
  });
});
