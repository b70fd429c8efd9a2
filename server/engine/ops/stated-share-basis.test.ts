import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../../testing/sample-engine.js";

const sample = useSampleEngine();
const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * data/docs/002 lines 440–442: 基本支出631.11万元，其中：人员经费544.36万元，占基本支出的86.3%; the basic-spending
 * table prints 人员经费 544.3. 544.3 ÷ 631.11 = 86.24%, but 544.36 ÷ 631.11 = 86.25%, which the document rounds to 86.3%.
 */
describe("a printed share the tables' amounts do not give", () => {
  it("is worked out from the amount its own sentence states, not called inconsistent", async () => {
    const text = plain((await sample.ask("天元区委办的人员经费在基本支出里占了多大比例")).answer);
    expect(text).toContain("544.3 ÷ 631.11 = 86.24%");
    expect(text).toContain("544.36 ÷ 631.11 = 86.25%");
    expect(text).not.toContain("文件前后不一致");
  });

  it("…also beside a ranking of units by that share", async () => {
    const text = plain((await sample.ask("株洲市政府办和天元区委办，人员经费占基本支出的比重谁更高")).answer);
    expect(text).toContain("544.36 ÷ 631.11 = 86.25%");
  });
});
