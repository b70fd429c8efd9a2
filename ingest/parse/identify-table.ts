import { TABLE_TEMPLATES, TITLE_EDITION_PREFIXES, type TableTemplate } from "../domain/table-templates.js";
import { memoByText } from "../text/memo-by-text.js";
import { cleanLabel } from "../text/normalize-text.js";
import { toHalfWidth } from "../text/parse-amount.js";
import type { DocKind } from "../schema.js";

/** A title line taken apart: the printed label (公开01表, 表一, 1., 2.15, 附表3) and the title itself. */
export interface TitleLine {
  /** The label as printed, spaces removed ("公开01表", "表一", "2.15"). */
  label?: string;
  /** The standard number a 公开NN表 marker states. */
  number?: string;
  /** The title without label or marker ("2026年部门财务收支预算总表"); "" for a label alone. */
  title: string;
}

/** "公开09表", and "部门决算公开表N" as some reporting systems print it. */
const MARKER = /公开\s*0?(\d{1,2})\s*表|(?:预算|决算)公开表\s*0?(\d{1,2})(?!\d)/;
const CN_NUMERAL = "[一二三四五六七八九十]+";
const LEADING_LABELS: RegExp[] = [
  new RegExp(`^(附表\\s*(?:\\d+|${CN_NUMERAL})(?:[-－.]\\d+)?)[:：.、]?`),
  new RegExp(`^(表\\s*(?:\\d+|${CN_NUMERAL})(?:[-－.]\\d+)?)(?:[:：.、]|(?=\\s|[（(]续)|$)`),
  // "1." / "2.15" / "3、" — never the year ("2026年…"), also when glued to it ("1.2026年…").
  /^(\d{1,2}[.、])(?=20\d{2}\s*年)/,
  /^(\d{1,2}(?:\.\d{1,2})?[.、]?)(?=\s|[^\d.、年])/,
  new RegExp(`^(${CN_NUMERAL}、)`),
  new RegExp(`^([（(](?:\\d+|${CN_NUMERAL})[)）])`),
];
/** "续表5", "续附表3": a continuation marked before the label. */
const CONTINUED_BEFORE = new RegExp(`^(\\s*)续\\s*((?:附)?表\\s*(?:\\d+|${CN_NUMERAL}))\\s*$`);
const TRAILING_LABEL = new RegExp(`\\s((?:附表|表)\\s*(?:\\d+|${CN_NUMERAL})(?:[-－.]\\d+)?)$`);
/** Parts of a table's heading line that are not its title (the unit, the amount unit). */
const HEADING_META = /(?:编制|填报)?(?:部门|单位)(?:名称)?[:：].*$|(?:金额)?单位[:：]?(?:万元|千元|亿元|元)$/;

/**
 * Split a heading line into label and title; emphasis, bullets and spacing do not matter. Asked
 * of the same lines several times: the answer is remembered (and shared, not to be changed).
 */
export const readTitleLine: (raw: string) => TitleLine = memoByText(titleLineOf);

function titleLineOf(raw: string): TitleLine {
  // "续表5": the label of a table carried on, written before it ("表5（续）").
  raw = raw.replace(CONTINUED_BEFORE, "$1$2（续）");
  let text = cleanLabel(raw).replace(/^[-•·]+/, "");
  let label: string | undefined;
  let number: string | undefined;
  const marker = MARKER.exec(text);
  if (marker) {
    number = (marker[1] ?? marker[2]).padStart(2, "0");
    label = `公开${number}表`;
    // "部门决算公开表N": the label alone, the edition word before it no title.
    text = text.replace(MARKER, "").replace(/^(?:部门|单位)?(?:预算|决算)?$/, "");
  }
  // "部门：…  表五": a label after the heading's metadata.
  const trailing = TRAILING_LABEL.exec(toHalfWidth(raw).trim());
  if (!label && trailing && HEADING_META.test(text)) label = cleanLabel(trailing[1]);
  text = text.replace(HEADING_META, "").replace(/[（(][)）]/g, "");
  if (!label) {
    const spaced = toHalfWidth(raw)
      .trim()
      .replace(/^[-•·*_\s]+/, "");
    for (const re of LEADING_LABELS) {
      const hit = re.exec(spaced);
      if (!hit) continue;
      label = cleanLabel(hit[1]);
      // "附表5（续）": the label of a table carried on, no title of its own.
      // "表二  部门收入总体情况表  单位：万元": the unit closing the heading is no part of the title.
      text = cleanLabel(spaced.slice(hit[0].length))
        .replace(/^[:：.、]/, "")
        .replace(HEADING_META, "")
        .replace(/^[（(]续表?[)）]$/, "");
      break;
    }
  }
  return { ...(label ? { label } : {}), ...(number ? { number } : {}), title: text };
}

/** Comparison form of a title: half-width, no spaces, quotes, brackets or emphasis. */
function titleKey(text: string): string {
  return toHalfWidth(cleanLabel(text)).replace(/[“”"'‘’「」『』《》]/g, "");
}

const KEYS: { key: string; template: TableTemplate }[] = TABLE_TEMPLATES.flatMap((t) =>
  [t.title, ...t.aliases].map((name) => ({ key: titleKey(name), template: t as TableTemplate })),
).sort((a, b) => b.key.length - a.key.length);

const EDITION_KEYS = TITLE_EDITION_PREFIXES.map(titleKey);
/** What may precede a standard name in a title: a unit's name ("…司法局", "…办公室"). */
const UNIT_NAME_END = /(部门|单位|局|委员会|办公室|办事处|处|院|中心|所|站|馆|会|厅|委|办|政府|队)$/;

/** The title's core: no year ("2026年", "2024年度"), no unit name before it, no edition word. */
function coreOf(title: string): string {
  let core = titleKey(title)
    .replace(/[(]?续表?[)]?$/, "")
    // "（按功能分类）", "（按经济分类）" (浙江): how the table is arranged, said after its name.
    .replace(/[(]按[^()]{2,8}分类(?:科目)?[)]$/, "")
    .replace(/^.{0,40}?20\d{2}年度?/, "");
  for (let changed = true; changed;) {
    changed = false;
    for (const p of EDITION_KEYS)
      if (core.startsWith(p) && core.length > p.length + 2) {
        core = core.slice(p.length);
        changed = true;
      }
  }
  return core;
}

/** The standard table a title names, preferring the document's kind when names are shared. */
export function templateOfTitle(title: string, kind?: DocKind): TableTemplate | undefined {
  const core = coreOf(title);
  if (!core) return undefined;
  const exact = KEYS.filter((k) => k.key === core);
  if (exact.length) return (exact.find((k) => k.template.kind === kind) ?? exact[0]).template;
  // "上海市普陀区司法局部门财务收支预算总表": a unit's name before the standard name.
  const suffix = KEYS.find((k) => core.endsWith(k.key) && UNIT_NAME_END.test(core.slice(0, -k.key.length)));
  return suffix?.template;
}

/** The standard table a header identifies when its title does not; ambiguous headers identify none. */
export function templateOfHeader(headerText: string, kind?: DocKind): TableTemplate | undefined {
  const text = titleKey(headerText);
  const score = (t: TableTemplate): number => {
    const header = t.header;
    if ((header.none ?? []).some((w) => text.includes(w))) return 0;
    let total = 0;
    for (const entry of header.all) {
      const hit = entry.split("|").find((w) => text.includes(w));
      if (!hit) return 0;
      total += hit.length;
    }
    return total;
  };
  for (const pool of [TABLE_TEMPLATES.filter((t) => !kind || t.kind === kind), TABLE_TEMPLATES]) {
    const scored = pool
      .map((t) => ({ t: t as TableTemplate, s: score(t) }))
      .filter((x) => x.s > 0)
      .sort((a, b) => b.s - a.s);
    if (scored.length === 1 || (scored.length > 1 && scored[0].s > scored[1].s)) return scored[0].t;
    if (scored.length > 1) return undefined;
  }
  return undefined;
}
