import { Decimal } from "decimal.js";
import type { Basis, Fact } from "../schema.js";
import { toCanonicalAmount } from "../text/amount-unit.js";
import type { Paragraph } from "./parse-sections.js";
import type { Placer } from "./place-facts.js";
import type { DocContext } from "./table-facts.js";

/**
 * The projects of one kind, stated together in a final account's performance write-up: "1.年初预算
 * 项目“甲”、“乙”专项资金125.00万元，实际支出107.16万元，结余结转0万元" or "2.年中追加项目甲、乙，金额…".
 * Each group is a lexicon metric of its own (ingest/domain/metrics.ts); its key is the fact's row.
 */
const GROUPS: readonly { key: string; opens: RegExp }[] = [
  {
    key: "年初预算的各项目",
    opens: /^\s*(?:\d+|[一二三四五六七八九十]+)?\s*[.．、]?\s*年初(?:预算|安排)的?项目/,
  },
  {
    key: "年中追加的各项目",
    opens: /^\s*(?:\d+|[一二三四五六七八九十]+)?\s*[.．、]?\s*年中(?:追加|新增)的?项目/,
  },
];

const AMOUNT = String.raw`(-?\d+(?:\.\d+)?)\s*(万元|元)`;

/** The figures a group's sentence states, each with its column and basis (sign: 调减 is negative). */
const FIGURES: readonly {
  column: string;
  basis?: Basis;
  pattern: RegExp;
  sign?: (match: RegExpExecArray) => 1 | -1;
}[] = [
  // The money the group had: "专项资金…", "金额…", or the amount right after the list ("…项目150.46万元").
  {
    column: "预算数",
    basis: "预算",
    pattern: new RegExp(
      String.raw`(?:专项资金|资金|金额|预算|合计|共计|项目|专项|[”"])\s*(?:为|共|计)?\s*${AMOUNT}`,
    ),
  },
  {
    column: "年中调整数",
    pattern: new RegExp(String.raw`年中(?:执行)?调(增|减)(?:[（(][增减][)）])?\s*${AMOUNT}`),
    sign: (match) => (match[1] === "减" ? -1 : 1),
  },
  { column: "决算数", basis: "决算", pattern: new RegExp(String.raw`实际支出\s*${AMOUNT}`) },
  { column: "结余结转", pattern: new RegExp(String.raw`结余结转\s*${AMOUNT}`) },
];

/** A group lists at least two projects: one project's own sentence is read as that project. */
const LISTS_SEVERAL = /、/;
/** Where the list of names ends: the clause that states the money. */
const LIST_ENDS = /[，,](?=\s*(?:金额|资金|专项资金|共计|合计|年中|实际))/;

/** The group's figures, from the paragraph's first sentence (up to "项目实施及绩效情况如下"). */
export function projectGroupFacts(p: Paragraph, doc: DocContext, idBase: string, place?: Placer): Fact[] {
  const group = GROUPS.find((g) => g.opens.test(p.text));
  if (!group) return [];
  const sentence = p.text.split(/[。；;]/)[0];
  const stated = sentence.search(/实际支出|结余结转|调[增减]/);
  const listed = sentence.slice(0, stated < 0 ? undefined : stated);
  if (stated < 0 || !LISTS_SEVERAL.test(listed.split(LIST_ENDS)[0])) return [];
  return FIGURES.flatMap(({ column, basis, pattern, sign }): Fact[] => {
    const match = pattern.exec(column === "预算数" ? listed : sentence);
    if (!match) return [];
    const [amount, unit] = match.slice(-2);
    const value = new Decimal(amount).times(sign?.(match) ?? 1).toFixed();
    const at = match.index + match[0].length - 1;
    return [
      {
        id: `${idBase}:group:${column}`,
        docId: doc.docId,
        unit: doc.unit,
        year: doc.year,
        kind: doc.kind,
        metric: group.key,
        row: group.key,
        column,
        ...toCanonicalAmount(value, unit),
        ...(basis ? { basis } : {}),
        source: { section: p.section, lines: p.lines, excerpt: sentence.trim(), ...place?.text(p, at) },
      },
    ];
  });
}
