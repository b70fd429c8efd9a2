import { Decimal } from "decimal.js";
import type { Fact } from "../schema.js";
import type { Paragraph } from "./parse-sections.js";
import type { Placer } from "./place-facts.js";
import { projectFact } from "./project-plan.js";
import type { DocContext } from "./table-facts.js";

/**
 * "项目总投资<X>万元", "总投资额为<X>万元": a project's whole cost over its years, which a paragraph on
 * the project may state beside the year's arrangement.
 */
const INVESTMENT =
  /(?:项目)?(?:计划)?总投资(?:额|规模)?(?:约|为|是|共计|合计)?\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*万元/g;

/**
 * A project named in the paragraph before the figure ("（二）<某>项目。", "3.<某>项目。",
 * "其中，<某>项目预算…", "重点项目“<某>项目”："): a name of two or more characters right before "项目",
 * opening a clause or a quotation.
 */
const NAMED_PROJECT =
  /(?:^|[。；;，,：:\s“"])\s*(?:其中[，,：:]?\s*)?(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）]?[、.．]?\s*)?([^，,。；;：:\s“”"]{2,40}?)项目(?=[”"]?(?:[。，,：:；;]|$)|预算|资金|安排|总投资|实施)/g;

/** Words that open a clause about a project without naming it ("该项目", "本项目", "此类项目"). */
const NO_NAME = /^(?:该|本|此|上述|以上|各|其他|重点|续建|新建|全部|所有)/;

/** The last project named in `text` before `end`, if any. */
function projectBefore(text: string, end: number): string | undefined {
  let name: string | undefined;
  for (const m of text.slice(0, end).matchAll(NAMED_PROJECT)) {
    if (!NO_NAME.test(m[1])) name = m[1];
  }
  return name;
}

/**
 * A project's stated total investment, as a fact of the project (rowPath 项目 / name, column
 * 项目总投资): not the year's budget, which the tables and the same paragraph give beside it.
 */
export function projectInvestmentFacts(
  p: Paragraph,
  doc: DocContext,
  idBase: string,
  place?: Placer,
): Fact[] {
  const out: Fact[] = [];
  for (const m of p.text.matchAll(INVESTMENT)) {
    const name = projectBefore(p.text, m.index);
    if (!name || out.some((fact) => fact.row === name)) continue;
    out.push({
      ...projectFact(doc, `${idBase}:invest${m.index}`, ["项目", name]),
      column: "项目总投资",
      value: new Decimal(m[1].replace(/,/g, "")).toFixed(),
      measure: "万元",
      source: {
        section: p.section,
        lines: p.lines,
        excerpt: m[0],
        ...place?.text(p, m.index + m[0].length - 1),
      },
    });
  }
  return out;
}
