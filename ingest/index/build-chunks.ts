import type { Chunk, ParsedTable, Section } from "../schema.js";
import type { DocContext } from "../parse/table-facts.js";
import { renderTableMarkdown } from "./render-table.js";

/**
 * A numbered list item that says something of its own — a document cited ("1、《普陀区…实施意见》（…
 * 〔2023〕3号）"), a sentence with a comma — not a heading ("七、…情况说明", "1.工资福利支出").
 */
const SAYS_AS_TITLE = /^\s*[（(]?\d{1,2}[)）]?[、.．](?=[^\n]*[《，])[^\n]{10,}$/;

/** One chunk per section with text and one per table, each carrying unit/year/kind for filtering. */
export function buildChunks(input: {
  doc: DocContext;
  sections: Section[];
  tables: ParsedTable[];
  amountUnit: string;
}): Chunk[] {
  const { doc } = input;
  const base = { docId: doc.docId, unit: doc.unit, year: doc.year, kind: doc.kind };
  const chunks: Chunk[] = [];
  for (const s of input.sections) {
    // A list item read as a heading and followed at once by the next one ("1、《某文件》。" then
    // "2、《…》") says something though it heads nothing: kept, its title its content.
    if (!s.text.trim() && !SAYS_AS_TITLE.test(s.title)) continue;
    chunks.push({
      ...base,
      id: `${s.id}`,
      type: "section",
      title: s.title,
      section: s.path,
      lines: s.lines,
      text: `${doc.unit} ${doc.year}年${doc.kind}｜${s.path.join(" > ")}\n${s.text}`,
    });
  }
  for (const t of input.tables) {
    const label =
      t.label ?? (t.number && !t.template ? `公开${t.number}表` : t.template ? "标准表" : "附件表");
    chunks.push({
      ...base,
      id: t.id,
      type: "table",
      title: t.title,
      section: t.section,
      table: t.number,
      lines: t.lines,
      text: `### ${t.title}\n${doc.unit}｜${doc.year}年度${doc.kind}｜${label}｜金额单位：${t.amountUnit}\n\n${renderTableMarkdown(t)}${
        t.note ? `\n\n${t.note}` : ""
      }`,
    });
  }
  return chunks;
}
