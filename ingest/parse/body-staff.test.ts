import { describe, expect, it } from "vitest";
import { bodyStaffFacts } from "./body-staff.js";
import type { Paragraph } from "./parse-sections.js";

const paragraph = (text: string): Paragraph =>
  ({ text, section: ["三、人员情况"], lines: [1, 1] }) as Paragraph;
const doc = { docId: "d", unit: "某县卫生健康局", year: 2025, kind: "预算" as const };

describe("a list of the bodies' staff, one line a body", () => {
  it("reads '<某中心>：编制N人，在职N人，退休N人' as that body's row", () => {
    const facts = bodyStaffFacts([paragraph("某县疾病预防控制中心：编制40人，在职37人，退休12人；")], doc);
    const cell = (column: string) =>
      facts.find((f) => f.row === "某县疾病预防控制中心" && f.column === column);
    expect(cell("编制数")?.value).toBe("40");
    expect(cell("在职人数")?.value).toBe("37");
    expect(cell("退休人数")?.value).toBe("12");
  });

  it("reads the department's own line ('局机关本级：…') as its own level, and no line that names no body", () => {
    const facts = bodyStaffFacts(
      [paragraph("局机关本级：编制20人，在职18人，退休9人；"), paragraph("全局：编制60人，在职55人。")],
      doc,
    );
    expect([...new Set(facts.map((f) => f.row))]).toEqual(["局机关（本级）"]);
  });
});
