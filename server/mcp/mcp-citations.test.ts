import { describe, expect, it } from "vitest";
import { Citation } from "../engine/plan-schema.js";
import { engineCitations, McpCitation } from "./mcp-citations.js";

describe("engineCitations", () => {
  it("passes every field an engine citation may carry through the tool's strict output schema", () => {
    // Every optional field of the engine's citation set, as a 株洲 table fact or a PDF cell has them.
    const full = Citation.parse({
      id: "doc:t06:r1:c1",
      docId: "doc",
      unit: "某单位",
      year: 2024,
      kind: "决算",
      table: "06",
      tableTitle: "一般公共预算财政拨款基本支出决算明细表",
      tableLabel: "公开06表",
      section: "第二部分",
      row: "30217 公务接待费",
      column: "决算数",
      lines: [761, 761],
      excerpt: "30217 公务接待费 0.00",
      page: 18,
      box: [10, 20, 30, 40],
    });
    const keys = Object.keys(Citation.shape).filter((key) => key in full);
    expect(keys).toEqual(Object.keys(Citation.shape));
    const [mcp] = engineCitations([full]);
    expect(() => McpCitation.strict().parse(mcp)).not.toThrow();
    expect(mcp).toMatchObject({ n: 1, tableLabel: "公开06表", page: 18, box: [10, 20, 30, 40] });
  });
});
