import { Decimal } from "decimal.js";
import { carryInTotals } from "./carry-in-total.js";
import { METRIC_BY_KEY } from "../domain/metrics.js";
import { toCanonicalAmount } from "../text/amount-unit.js";
import type { Fact } from "../schema.js";
import type { Paragraph } from "./parse-sections.js";
import { projectGroupFacts } from "./project-groups.js";
import { projectInvestmentFacts } from "./project-investment.js";
import { projectFact, projectNamedIn, projectPlanFacts, projectTitleIn } from "./project-plan.js";
import type { Placer } from "./place-facts.js";
import { roleOf, type Role } from "./narrative-roles.js";
import { attachLoneReason, attachReason, changesExplained } from "./attach-reason.js";
import { attachPurpose } from "./attach-purpose.js";
import { proseFactBase, sentenceOffset } from "./prose-fact.js";
import { CLASS_RIGHT_BEFORE, classAmounts } from "./class-amounts.js";
import { isHeadCount, listedBody } from "./body-staff.js";
import { COUNT_AMOUNT_LINK, COUNT_AMOUNT_REACH, countAmount } from "./count-amount.js";
import {
  subjectLineOf,
  subjectMentions,
  subjectOfSection,
  type Subject,
  type SubjectMention,
} from "./narrative-subjects.js";
import type { DocContext } from "./table-facts.js";
import {
  bodyClauses,
  bodyRowsOfClauses,
  LEVEL_DEPARTMENTS_UNIT,
  otherBodiesFigures,
  type BodyClause,
} from "./other-bodies-figures.js";
import { money } from "../../lib/money.js";

/**
 * Amounts may carry thousands separators ("1,268.40万元"); a separator is always followed by three digits.
 * A number after 第 is an ordinal ("上述第N项"), no count.
 */
const NUMBER =
  /(?<![\d.第])(-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)\s*(万元|亿元|元|%|辆|人次|人|名|批次|个|台（套）|项|次|分|平方米|期(?![间末初限内满])|场)(?![钟类配摊])/g;
/** A sentence stating a part of the figures just stated ("上述<X>中，…"). */
const PART_OF_ABOVE = /^\s*(?:以上|上述)[^，,。；;]{0,16}中[，,]/;
const PART_OF_ABOVE_COLUMN = "其中部分";
/** A row named with its subject code right before an amount ("…补偿支出（2120801）1260.00万元"). */
const CODED_ROW_BEFORE = /[\u4e00-\u9fa5][（(]\d{3}(?:\d{2}){0,2}[)）](?:为|是)?\s*$/;
/** What an amount is for, said before a count ("主要用于<甲>及N个<乙>…"). */
const PURPOSE_BEFORE = /用于[^，,。；;]*$/;
/** A carry-over named between a subject and its figure ("…拨款年初结转和结余N万元", "上年结转N万元"). */
const CARRY_OVER_BEFORE = /(?:年初|年末|上年)?结转(?:和结余)?$|结余$/;
/** Subjects that are carry-overs themselves. */
const CARRY_OVER_SUBJECT = /结转|结余/;
/** A fund's appropriation named before a figure ("其中：一般公共预算拨款N万元"). */
const FUND_APPROPRIATION = /(一般公共预算|政府性基金(?:预算)?|国有资本经营(?:预算)?)(?:财政)?拨款/;
/** The fund named is not the subject's own (its part, not the subject's figure). */
const otherFundNamed = (window: string, subject: Subject) => {
  const fund = FUND_APPROPRIATION.exec(window)?.[1];
  return !!fund && !(subject.row ?? subject.metric ?? "").includes(fund);
};
/** One fund's figure: another fund named after it, the figures after that are the other's. */
const ANOTHER_FUND_AFTER = new Map([["一般公共预算财政拨款收入", /政府性基金|国有资本经营|结转|结余/]]);

/** People counted in 名 ("编制总数170名") are counted in 人. */
const UNIT_AS = new Map([["名", "人"]]);
/**
 * An expense's occasions, counted right after their name or the people at them ("…培训4期",
 * "参训人员约260人次"): a count said after the expense's amount is the expense's.
 */
const OCCASIONS_COUNTED: ReadonlyMap<string, RegExp> = new Map([
  ["会议费", /(?:会议|参会人员|参会人数)(?:约|共|共计|达)?$/],
  ["培训费", /(?:培训|培训班|参训人员|参训人数|培训人员)(?:约|共|共计|达)?$/],
]);

/**
 * Figures stated in sentences: budget and actual, completion rates, change on last year,
 * shares, counts, each tied to the metric the sentence is about and to the stated reason.
 */
export function narrativeFacts(paragraphs: Paragraph[], doc: DocContext, place?: Placer): Fact[] {
  const facts: Fact[] = [];
  let previous: { section: string; facts: Fact[] } | undefined;
  let before: Fact[] = [];
  let project: string | undefined;
  scopedTableNotes(paragraphs).forEach((p, pi) => {
    // A paragraph opening with a subject line ("1、…（类）…（款）…（项）。…年初预算为…") is about it.
    const line = subjectLineOf(p.text);
    const paragraphSubject = line?.subject ?? subjectOfSection(p.section);
    const paragraphFacts: Fact[] = [];
    const section = p.section.join(">");
    let offset = 0;
    let carry: Subject | undefined;
    // The whole a list of its parts ("其中：…") was said of, for a comparison opening the next sentence.
    let whole: Subject | undefined;
    const asAt = assetsAsAt(p);
    let closed: number | undefined;
    for (const sentence of splitSentences(p.text)) {
      // "…2024年…预计全年执行…。其中：公务接待费预计执行6.95万元": the closing year's figures still.
      const closing = CARRIED_ON.test(sentence) ? closed : closingYearOf(sentence, doc);
      closed = closing;
      // "…。其中：<类>（类）<款>（款）<项>（项）N万元": a sentence opening on a subject line of its own.
      const parts = PARTS_OPEN.exec(sentence)?.[0] ?? "";
      const own = parts ? subjectLineOf(sentence.slice(parts.length)) : undefined;
      const from = own ? parts.length + own.end : Math.max(0, (line?.end ?? 0) - offset);
      const where = { p, offset, place, from, asAt, closing };
      // "其中，<某>项目预算N万元": a project's own amount, not the figure the sentence before named.
      const ownProject = OWN_PROJECT_AMOUNT.test(sentence.split(/\d/)[0] ?? "");
      const made = sentenceFacts(
        sentence,
        ownProject
          ? undefined
          : (own?.subject ?? (whole && WHOLE_COMPARED.test(sentence) ? whole : carry) ?? paragraphSubject),
        doc,
        where,
        `${doc.docId}:p${pi}:${offset}`,
      );
      made.push(...classAmounts(sentence, made, doc, where, `${doc.docId}:p${pi}:${offset}`));
      dropItemKindParts(sentence, made, carry, paragraphFacts);
      dropBodiesListed(sentence, made);
      const clauses = bodyClauses(sentence, doc.unit);
      otherBodiesFigures(made, clauses);
      // (Each body's own figures: a level's departments', or the cells of a department's bodies' rows.)
      const bodiesOwn = departmentClauseFacts(sentence, clauses, carry ?? paragraphSubject, doc, where, pi);
      made.push(
        ...(LEVEL_DEPARTMENTS_UNIT.test(doc.unit)
          ? bodiesOwn
          : bodyRowsOfClauses(bodiesOwn, doc.unit, clauses)),
      );
      carryInTotals(sentence, made);
      // "上述“三公”经费中，在基本支出中安排…": a part of the figures stated above, not them again.
      if (PART_OF_ABOVE.test(sentence)) for (const fact of made) fact.column = PART_OF_ABOVE_COLUMN;
      // (A noun inside an aside, "（其中…年中追加<某费>…）", is not what the next sentence goes on about.)
      const asides = [...sentence.matchAll(/[（(][^（）()]*[)）]/g)].map((m) => [
        m.index,
        m.index + m[0].length,
      ]);
      // "<整体>A万元，其中<甲>B万元、<乙>C万元": the whole is what the next sentence goes on about.
      const partsFrom = INNER_PARTS.exec(sentence)?.index ?? sentence.length;
      const last = subjectMentions(sentence, where.from)
        .filter((m) => !asides.some(([start, end]) => m.start > start && m.start < end))
        .filter((m) => m.start < partsFrom)
        .pop();
      // "其中：<甲>A万元，<乙>B万元。与上年…相比": a list of parts, after which a comparison is the whole's.
      whole = PARTS_LISTED.test(sentence) ? (whole ?? carry) : undefined;
      if (last && !last.foreign) carry = last.subject ?? { metric: last.key, row: last.key };
      offset += sentence.length;
      // A paragraph opening with the reason for a change stated just before explains that change.
      const opening = !made.length && !paragraphFacts.length;
      paragraphFacts.push(...made);
      const mentions = opening ? subjectMentions(sentence, 0) : [];
      // "某某收入支出增加的主要原因是…" on its own: the changes the section stated for those subjects;
      // naming none, the changes of the paragraph just before.
      if (mentions.length && previous?.section === section)
        attachLoneReason(sentence, mentions, previous.facts);
      else attachReason(sentence, made, opening ? changesExplained(before, sentence) : paragraphFacts);
    }
    ownedByProject(p.text, paragraphFacts);
    before = paragraphFacts;
    if (paragraphFacts.length && previous?.section === section) previous.facts.push(...paragraphFacts);
    else if (paragraphFacts.length) previous = { section, facts: [...paragraphFacts] };
    const projects = projectFacts(p, doc, `${doc.docId}:p${pi}`, paragraphFacts, place);
    attachPurpose(p.text, [...paragraphFacts, ...projects]);
    facts.push(
      // "<n>．<某中心>：…核定编制<a>名，实有人数<b>人": that body's staff (its row of the list), not the department's.
      ...(listedBody(p.text, doc.unit)
        ? paragraphFacts.filter((fact) => !isHeadCount(fact))
        : paragraphFacts),
      ...projects,
      ...projectGroupFacts(p, doc, `${doc.docId}:p${pi}`, place),
      ...projectInvestmentFacts(p, doc, `${doc.docId}:p${pi}`, place),
      ...vehicleKinds(p, doc, `${doc.docId}:p${pi}`, place),
      ...evaluatedProjectFunds(p, doc, `${doc.docId}:p${pi}`, place),
      ...projectPlanFacts(p, project, doc, `${doc.docId}:p${pi}`, place),
    );
    project = projectTitleIn(p.text) ?? (project === "" ? projectNamedIn(p.text) : undefined) ?? project;
  });
  return facts;
}

/** "按预算单位划分：", "分单位情况：": the figures after it are each body's, listed one clause each. */
const BY_BODY_LISTED = /按(?:预算)?单位划分[:：]|分单位(?:情况)?[:：]/;

/**
 * "按预算单位划分：<本部门>（本级）A万元（基本支出…）；<某中心>B万元…": each body's own figures, none of
 * them the department's (its own totals were stated before the list): not read as the department's.
 */
function dropBodiesListed(sentence: string, made: Fact[]): void {
  const listed = BY_BODY_LISTED.exec(sentence);
  if (!listed) return;
  for (let i = made.length - 1; i >= 0; i--) if (sentenceOffset(made[i]!) > listed.index) made.splice(i, 1);
}

/** "3．<某>项目绩效自评综述：…自评得分90.20分": a paragraph opening on one project's self-evaluation. */
const PROJECT_EVALUATION =
  /^\s*(?:\d+|[一二三四五六七八九十]+)?[．.、]?\s*(.{2,40}?)(?:项目)?(?:绩效)?自评(?:综述|情况|结果)[:：]/;
/** "（一）<某>项目。该项目…自评得分N分", "2.<某>项目。…": a numbered paragraph opening on the project's name. */
const PROJECT_PARAGRAPH =
  /^\s*(?:[（(](?:\d+|[一二三四五六七八九十]+)[)）]|\d{1,2}[．.、])\s*([^，,。；;：:]{2,40}?)项目[。：:]/;

/**
 * "“<年><某>”项目全年预算数…。项目绩效自评得分N分", "对“<某>项目”开展了部门评价…评价得分N分": a project
 * named in quotes (its year no part of its name), the score said of it.
 */
const QUOTED_PROJECT = /[“"](?:20\d{2}\s*年度?)?([^“”"]{2,40}?)(?:项目)?[”"]\s*(?:项目|开展)/;
const PROJECT_SCORED = /(?:项目(?:绩效)?自评|评价)(?:得分|分数|结果)/;
/** A paragraph on the department's whole spending evaluated: its score is the department's. */
const WHOLE_EVALUATED = /部门整体|整体支出/;

/**
 * The score such a paragraph states is that project's, not the unit's 绩效自评得分 (which the
 * paragraph on 部门整体支出 states).
 */
function ownedByProject(text: string, facts: Fact[]): void {
  const name =
    (PROJECT_EVALUATION.exec(text) ?? PROJECT_PARAGRAPH.exec(text))?.[1] ??
    (PROJECT_SCORED.test(text) && !WHOLE_EVALUATED.test(text) ? QUOTED_PROJECT.exec(text)?.[1] : undefined);
  if (!name || /部门整体|整体支出/.test(name)) return;
  for (const fact of facts) {
    if (fact.metric !== "绩效自评得分") continue;
    delete fact.metric;
    fact.row = name;
    fact.rowPath = ["项目", name];
  }
}

/** "其中，机要通信用车15辆、应急保障用车1辆": vehicles by kind, after a vehicle total. */
function vehicleKinds(p: Paragraph, doc: DocContext, idBase: string, place?: Placer): Fact[] {
  // "共有车辆N辆，其中…", "车辆N辆（一般公务用车A辆，…）": a total, then its kinds.
  const total = /(共有|保有量)/.test(p.text) || /车辆\s*\d+\s*辆\s*[（(]/.test(p.text);
  if (!total || !/车辆|公务用车/.test(p.text)) return [];
  const out: Fact[] = [];
  // The vehicles held, not those to be bought ("…；2024年拟新增配置公务用车0辆，其中…"): those are
  // a count of their own (a clause naming 车辆 is read by the count rules already).
  const held = p.text.split(/[；;。](?=[^；;。]*?(?:购置|购买|新增))/)[0];
  const toBuy = /(?:购置|购买|新增)[^，,；;。车]{0,8}公务用车\s*(\d+)\s*辆/.exec(p.text.slice(held.length));
  // Held as of a date ("截至<年><月>月<日>日，…共有车辆…") said before them, or at the paragraph's opening.
  const heldAsAt = AS_AT.exec(held);
  const period = periodOf(heldAsAt ? Number(heldAsAt[1]) : assetsAsAt(p), doc.year);
  for (const m of held.matchAll(/([\u4e00-\u9fa5（）()]{2,16}?用车)\s*(\d+)\s*辆/g)) {
    // "车辆N辆（一般公务用车…": the kind starts after a bracket left open.
    const kind = m[1].replace(/^.*[（(](?=[^）)]*$)/, "").replace(/^(其中|主要是|包括|以及|及)/, "");
    if (/^(公务用车|共有|开支)/.test(kind)) continue;
    out.push({
      id: `${idBase}:car${m.index ?? 0}`,
      docId: doc.docId,
      unit: doc.unit,
      year: doc.year,
      kind: doc.kind,
      metric: "车辆数",
      row: "车辆数",
      column: `数量（${kind}）`,
      value: new Decimal(m[2]).toFixed(),
      measure: "辆",
      ...period,
      source: { section: p.section, lines: p.lines, excerpt: m[0], ...place?.text(p, m.index ?? 0) },
    });
  }
  if (toBuy) {
    const at = held.length + toBuy.index;
    out.push({
      id: `${idBase}:buy${at}`,
      docId: doc.docId,
      unit: doc.unit,
      year: doc.year,
      kind: doc.kind,
      metric: "车辆数",
      row: "车辆数",
      column: "数量（购置）",
      value: new Decimal(toBuy[1]).toFixed(),
      measure: "辆",
      source: { section: p.section, lines: p.lines, excerpt: toBuy[0], ...place?.text(p, at) },
    });
  }
  return out;
}

/** How a paragraph names a project and then its amount (the name, the amount in 万元). */
const PROJECT_AMOUNTS: readonly RegExp[] = [
  // "机关运转经费项目1024.50万元", "驻外工作经费项目180万".
  /(?:^|[：:；;，,。])\s*([\u4e00-\u9fa5“”"]{2,24}?)(?:专项)?项目(?:专项)?(?:项目)?(?:支出)?\s*(\d+(?:\.\d+)?)\s*万元?/g,
  // A key project listed by number, its name a sentence of its own: "1.<某补助资金>。项目资金N万元，…".
  /(?:^|[\s：:；;。])(?:\d{1,2}\s*[.．、]|[（(][一二三四五六七八九十\d]{1,2}[)）])\s*([\u4e00-\u9fa5“”"（）()]{4,40}?)[。．：:]\s*(?:该)?项目(?:资金|预算|金额)(?:为|是|共)?\s*(\d+(?:\.\d+)?)\s*万元/g,
];

/** "机关运转经费项目1024.50万元", "1.<某资金>。项目资金N万元": named projects and their amounts. */
function projectFacts(
  p: Paragraph,
  doc: DocContext,
  idBase: string,
  existing: Fact[],
  place?: Placer,
): Fact[] {
  const out: Fact[] = [];
  const matches = PROJECT_AMOUNTS.flatMap((re) => [...p.text.matchAll(re)]);
  for (const m of matches) {
    const name = m[1].replace(/[“”"]/g, "").replace(/^(其中|主要包括|包括)/, "");
    if (name.length < 2 || /^(年初预算|年中追加|项目)/.test(name) || existing.some((f) => f.row === name))
      continue;
    const budget = doc.kind === "预算";
    out.push({
      ...projectFact(doc, `${idBase}:proj${m.index ?? 0}`, ["项目", name]),
      column: budget ? "年初预算数" : "决算数",
      value: new Decimal(m[2]).toFixed(),
      measure: "万元",
      basis: budget ? "年初预算" : "决算",
      source: {
        section: p.section,
        lines: p.lines,
        excerpt: m[0].replace(/^[：:；;，,。]\s*/, ""),
        ...place?.text(p, (m.index ?? 0) + m[0].length - 1),
      },
    });
  }
  return out;
}

/**
 * What a project's self-evaluation paragraph says of its money (the 项目支出绩效自评表's 资金总额 row in
 * prose): "该项目全年预算数<a>万元，执行数<b>万元，完成预算的<c>%", in the narrative's columns.
 */
const EVALUATED_FUNDS: readonly { re: RegExp; column: string; measure: string; basis?: Fact["basis"] }[] = [
  {
    re: /全年预算(?:数|资金)?(?:为|是)?\s*([\d,]+(?:\.\d+)?)\s*万元/,
    column: "全年预算数",
    measure: "万元",
    basis: "全年预算",
  },
  {
    re: /(?<!预算)执行数(?:为|是)?\s*([\d,]+(?:\.\d+)?)\s*万元/,
    column: "决算数",
    measure: "万元",
    basis: "决算",
  },
  {
    re: /(?:完成(?:全年)?预算的|执行率(?:为|是)?)\s*(\d+(?:\.\d+)?)\s*%/,
    column: "预算完成率",
    measure: "%",
  },
];

function evaluatedProjectFunds(p: Paragraph, doc: DocContext, idBase: string, place?: Placer): Fact[] {
  const name = (PROJECT_EVALUATION.exec(p.text) ?? PROJECT_PARAGRAPH.exec(p.text))?.[1];
  if (!name || /部门整体|整体支出/.test(name)) return [];
  return EVALUATED_FUNDS.flatMap(({ re, column, measure, basis }) => {
    const m = re.exec(p.text);
    if (!m) return [];
    return [
      {
        ...projectFact(doc, `${idBase}:eval${m.index}`, ["项目", name]),
        column,
        value: new Decimal(m[1].replace(/,/g, "")).toFixed(),
        measure,
        ...(basis ? { basis } : {}),
        source: {
          section: p.section,
          lines: p.lines,
          excerpt: m[0],
          ...place?.text(p, m.index + m[0].length - 1),
        },
      },
    ];
  });
}

/** "<n>分，评价等级为“<等级>”": the grade stated right after a score goes with it. */
const GRADE_AFTER_SCORE = /^\s*[，,]\s*(?:评价等级|绩效评级|评定等级|等级)(?:为|是)?\s*[“"]([^”"]{1,4})[”"]/;

function scoreColumn(column: string, after: string): string {
  const grade = GRADE_AFTER_SCORE.exec(after);
  return grade ? `${column}（评价等级“${grade[1]}”）` : column;
}

/** "截至<年>…": the date a stock is stated as of. */
const AS_AT = /截[止至]\s*(20\d{2})\s*年/;
/** A sentence opening with a year (not a date) that states what that year is expected to spend. */
const PROJECTED_YEAR = /^\s*(20\d{2})\s*年度?(?!\s*\d)[^。]*预计/;
/** A sentence that opens on a project's own amount ("其中，<某>项目预算…", "<某>项目资金…"). */
const OWN_PROJECT_AMOUNT =
  /^\s*(?:其中[，,：:]?)?[^，,。；;：:]{2,40}?项目(?:预算|资金|安排|总投资)[^，,。；;]{0,4}$/;

/** Last year named right before a figure's name ("比上年<某项>…"). */
const LAST_YEAR_LEAD = /(?:比|较|与|同|和)(?:上年|去年|上一年)度?的?$/;
/** A table's note saying what the table shows ("注：本表反映…"): its figures are the table's. */
const TABLE_NOTE = /^\s*注[：:]\s*本表(?:反映|为|是)/;

/**
 * "注：本表反映…一般公共预算财政拨款基本支出…。基本支出合计N元。": the note's figures count what its first
 * sentence says the table shows, as a heading would say it (their fund read from it).
 */
function scopedTableNotes(paragraphs: Paragraph[]): Paragraph[] {
  return paragraphs.map((p) =>
    TABLE_NOTE.test(p.text) ? { ...p, section: [...p.section, p.text.split("。")[0] ?? ""] } : p,
  );
}
/** A sentence's opening "其中：" ("具体为：") before the part it names. */
const PARTS_OPEN = /^\s*(?:其中|具体(?:为|是|如下|包括))[：:，,]?\s*/;

/** An item of spending named as a fee ("公务接待费", "三公经费"), not a total of the unit's. */
const FEE_ITEM = /费$/;

/** Kinds of spending a single item's money may be split into ("其中：基本支出安排A万元，项目支出安排B万元"). */
const SPENDING_KINDS = new Set(["基本支出", "项目支出"]);

/**
 * "<某费>C万元…。其中：基本支出安排A万元，项目支出安排B万元": the item's own money by kind, adding up to
 * it, not the unit's 基本支出 and 项目支出; dropped (no fact of the unit's totals is read from them).
 */
function dropItemKindParts(sentence: string, made: Fact[], carry: Subject | undefined, before: Fact[]): void {
  // (A total's parts by kind, "…财政拨款支出A万元。其中：基本支出…", are the unit's: only a row or a fee's.)
  if (!PARTS_LISTED.test(sentence) || !carry || !(carry.rowCode || FEE_ITEM.test(carry.row))) return;
  const parts = made.filter((fact) => SPENDING_KINDS.has(fact.metric ?? "") && /元$/.test(fact.measure));
  const item = before.find(
    (fact) =>
      fact.row === carry.row &&
      fact.measure === parts[0]?.measure &&
      fact.period === undefined &&
      !/增减|变动/.test(fact.column),
  );
  if (!parts.length || !item) return;
  const sum = parts.reduce((total, fact) => total.plus(fact.value), money(0));
  if (!sum.eq(item.value)) return;
  for (const part of parts) made.splice(made.indexOf(part), 1);
}
/** A sentence listing the parts of the figure before it ("其中：<甲>A万元，<乙>B万元。"). */
const PARTS_LISTED = /^\s*其中[：:]/;
/** A whole's parts listed after it in the same sentence ("…总计A万元，其中<甲>…"). */
const INNER_PARTS = /[，,]\s*其中[：:]?[^；;]*$/;
/** A sentence opening on a comparison with an earlier year, its subject unnamed ("与上年决算数…相比"). */
const WHOLE_COMPARED = /^\s*(?:与|和|同|较|比)(?:上年|去年|上一年|20\d{2}\s*年)/;
/** A sentence listing parts of the one before ("其中：…预计执行…"): that sentence's year still. */
const CARRIED_ON = /^\s*其中[，,：:]?[^。]*预计/;

/** "2024年…预算26.70万元，预计全年执行24.85万元" in the 2025 budget: the closing year's figures. */
function closingYearOf(sentence: string, doc: DocContext): number | undefined {
  const closing = PROJECTED_YEAR.exec(sentence);
  return doc.kind === "预算" && closing && Number(closing[1]) === doc.year - 1 ? doc.year - 1 : undefined;
}

/**
 * "截止<年>12月31日，本部门流动资产…。固定资产…；车辆N辆…": an asset section's paragraph that opens
 * with its date states every count after it as of then, in later sentences too.
 */
function assetsAsAt(p: Paragraph): number | undefined {
  if (!p.section.some((title) => title.includes("资产"))) return undefined;
  const opening = AS_AT.exec(splitSentences(p.text)[0] ?? "");
  return opening ? Number(opening[1]) : undefined;
}

function periodOf(year: number | undefined, docYear: number): { period?: number } {
  return year && year !== docYear ? { period: year } : {};
}

/**
 * A subject named inside a bracket closed before the amount ("…预算42.70万元（其中…追加公务用车购置预算
 * 26.00万元），支出决算为39.45万元"): an aside, not what the figures after it are of.
 */
function closedAsideBefore(sentence: string, mention: { start: number; end: number }, at: number): boolean {
  const opened = Math.max(
    sentence.lastIndexOf("（", mention.start),
    sentence.lastIndexOf("(", mention.start),
  );
  if (opened < 0 || /[）)]/.test(sentence.slice(opened, mention.start))) return false;
  return /[）)]/.test(sentence.slice(mention.end, at));
}

function splitSentences(text: string): string[] {
  return text.match(/[^。！？]+[。！？]?/g) ?? [];
}

/**
 * An account of a level's departments: each "<某部门>决算A万元，上年B万元，增加C万元…" clause read on
 * its own (its figures are not counts' costs nor a repeat of the sentence's first), as that
 * department's, about what the sentence talks of before it.
 */
/** The spending or income word right after a body's name in its clause ("<某站>支出A万元"). */
const OWN_WORD_AGAIN = /^(?:本年)?(支出|收入)(?:合计)?/;

function departmentClauseFacts(
  sentence: string,
  clauses: BodyClause[],
  carried: Subject | undefined,
  doc: DocContext,
  where: { p: Paragraph; offset: number; place?: Placer; from: number; asAt?: number; closing?: number },
  paragraphIndex: number,
): Fact[] {
  return clauses.flatMap(({ name, start, end }) => {
    const before = subjectMentions(sentence.slice(0, start), 0).pop();
    const subject = before ? (before.subject ?? { metric: before.key, row: before.key }) : carried;
    // (The department's name is no subject of its own: "<某县>公安局" names no 公安 spending; nor is
    // the subject's own word said again after it: "<某站>支出A万元" under "本年支出合计". The clause is
    // read from after them, so its figures sit right after their subject.)
    const said = sentence.slice(start + name.length, end);
    const again = OWN_WORD_AGAIN.exec(said);
    const repeated =
      again && (subject?.metric ?? subject?.row ?? "").includes(again[1]!) ? again[0].length : 0;
    const at = where.offset + start + name.length + repeated;
    const facts = sentenceFacts(
      said.slice(repeated),
      subject,
      doc,
      { ...where, offset: at, from: 0 },
      `${doc.docId}:p${paragraphIndex}:${at}`,
    );
    for (const fact of facts) fact.unit = name;
    return facts;
  });
}

function sentenceFacts(
  sentence: string,
  fallback: Subject | undefined,
  doc: DocContext,
  where: { p: Paragraph; offset: number; place?: Placer; from: number; asAt?: number; closing?: number },
  idBase: string,
): Fact[] {
  const mentions = subjectMentions(sentence, where.from);
  const out: Fact[] = [];
  const seen = new Set<string>();
  let prevEnd = Math.min(where.from, sentence.length);
  let prevRole: Role | undefined;
  let lastMention: SubjectMention | undefined;
  let countsSinceMention = 0;
  let orphaned = false;
  /** An amount of another noun was skipped: the shares and amounts after it are that noun's too. */
  let otherNoun = false;
  const period = AS_AT.exec(sentence);
  const closingYear = where.closing;
  for (const hit of sentence.matchAll(NUMBER)) {
    const at = hit.index ?? 0;
    if (at < where.from) continue;
    const mention = [...mentions].reverse().find((m) => m.end <= at && !closedAsideBefore(sentence, m, at));
    // An area is a figure only of a subject measured in it (房屋面积); a project's 平方米 is none, and
    // leaves the sentence's other figures as they were.
    if (hit[2] === "平方米" && METRIC_BY_KEY.get(mention?.key ?? "")?.measure !== "平方米") continue;
    if (mention !== lastMention) {
      prevRole = undefined;
      countsSinceMention = 0;
      orphaned = false;
      otherNoun = false;
    }
    lastMention = mention;
    let subject: Subject | undefined = mention
      ? (mention.subject ?? { metric: mention.key, row: mention.key })
      : fallback;
    if (mention?.key === "项目支出" && fallback?.project) subject = fallback;
    // Figures after a qualified mention ("一般公共预算拨款支出预算612.40万元") are that part's.
    if (!subject || mention?.foreign) continue;
    const windowStart = Math.max(prevEnd, mention && mention.end <= at ? mention.end : 0);
    const window = sentence.slice(windowStart, at);
    prevEnd = at + hit[0].length;
    // "<总额>中：<某类>N万元": a class's amount, not the figure named before it (classAmounts reads it);
    // "其中：<某项>（2120801）N万元": a coded row's, its changes after it too.
    // "一般公共预算财政拨款收入…；政府性基金预算财政拨款年初结转和结余12.60万元": another fund's figure.
    const otherFund = mention && ANOTHER_FUND_AFTER.get(mention.key)?.test(window);
    if (CLASS_RIGHT_BEFORE.test(window) || CODED_ROW_BEFORE.test(window) || otherFund) {
      orphaned = true;
      continue;
    }
    const unit = UNIT_AS.get(hit[2]) ?? hit[2];
    if (otherNoun && (unit === "%" || /元$/.test(unit))) continue;
    // "<某基金>财政拨款年初结转和结余N万元": the subject's carry-over, no level of the subject itself.
    if (
      /元$/.test(unit) &&
      CARRY_OVER_BEFORE.test(window) &&
      !CARRY_OVER_SUBJECT.test(subject.metric ?? subject.row)
    ) {
      continue;
    }
    // An inherited subject does not take figures of another noun ("2024年支出705.30万元",
    // "面向中小企业预留政府采购项目预算金额318.20万元", "其中：<某基金>拨款N万元").
    if (
      !mention &&
      (/支出|收入|经费|资金|费用|金额|预留/.test(
        window.replace(/支出(?:决算|预算)|年初预算|决算|预算/g, ""),
      ) ||
        otherFundNamed(window, subject))
    ) {
      // …nor that other noun's share, change or last year's amount after it.
      otherNoun ||= /元$/.test(hit[2]) && !window.includes(subject.row ?? "");
      continue;
    }
    // Numbers far from their subject with no linking words are something else (a sub-item, a
    // project's investment); so are amounts after counts ("接待12批次140人次，支出1.85万元").
    // …or counts the sentence totals after saying what the money is for ("会议费1万元，主要是…会议，共计4次").
    // …and the counts of the occasions an expense pays for, said after it ("培训费3.70万元，计划开展…
    // 培训4期，参训人员约260人次").
    const linked =
      /预算|决算|完成|上年|增加|减少|增长|降低|下降|占|比/.test(window) ||
      (!/元$/.test(hit[2]) &&
        (/(?:共计|合计|累计)$/.test(window) || !!OCCASIONS_COUNTED.get(subject.metric ?? "")?.test(window)));
    const def0 = subject.metric ? METRIC_BY_KEY.get(subject.metric) : undefined;
    // Counts sit right after their noun ("编制数 138 人", "在职人员5人").
    const limit = def0?.measure ? 6 : mention ? 16 : /元$/.test(hit[2]) ? 12 : 16;
    if (window.length > limit && !linked) {
      orphaned = true;
      continue;
    }
    // A share or change after a skipped figure belongs to that figure ("…（类）支出3210.50万元，占64.20%").
    if (orphaned) continue;
    const isAmount = /元$/.test(unit);
    // (A count of something else, said amid the subject's amounts, leaves the amounts after it the subject's.)
    if (!isAmount && unit !== "%" && def0?.uncounted) continue;
    // (A count in what the money is for, "主要用于<甲>及N个<乙>的…", leaves the amounts after it the subject's.)
    if (!isAmount && unit !== "%" && !PURPOSE_BEFORE.test(window)) countsSinceMention++;
    if (isAmount && countsSinceMention > 0) {
      // "…11批次93人次，支出1.67万元": what those counts cost, a part of the subject's amount.
      if (subject.metric && window.length <= COUNT_AMOUNT_REACH && COUNT_AMOUNT_LINK.test(window))
        out.push(countAmount(hit, proseFactBase(at, subject, doc, where, sentence, idBase)));
      continue;
    }
    if (isAmount && def0?.measure) continue;
    // 编制数/在职人数 are in 人, 车辆数 in 辆: "所属事业单位 5 个" is not a staff count.
    if (def0?.measure && unit !== "%" && unit !== def0.measure) continue;
    // A score ("<n>分") belongs only to a score metric.
    if (unit === "分" && def0?.measure !== "分") continue;
    // "比上年<某项>N万元": the year said before the figure's name again is the figure's year.
    const lead =
      mention && mention.end === windowStart
        ? (LAST_YEAR_LEAD.exec(sentence.slice(0, mention.start))?.[0] ?? "")
        : "";
    const role = roleOf(lead + window, unit, doc.kind, prevRole, sentence.slice(0, at));
    prevRole = role;
    if (!role) continue;
    const key = `${subject.row}|${role.column}|${unit}|${role.lastYear ? "last" : (role.period ?? "")}`;
    // The first figure per subject and role counts; later ones in the sentence are its sub-items.
    if (seen.has(key)) continue;
    seen.add(key);
    const value = new Decimal(hit[1].replace(/,/g, "")).times(role.sign ?? 1).toFixed();
    out.push({
      ...proseFactBase(at, subject, doc, where, sentence, idBase),
      ...(subject.rowCode ? { rowCode: subject.rowCode } : {}),
      ...(subject.rowPath ? { rowPath: subject.rowPath } : {}),
      column: unit === "分" ? scoreColumn(role.column, sentence.slice(prevEnd)) : role.column,
      ...toCanonicalAmount(value, unit),
      ...(role.basis ? { basis: role.basis } : {}),
      ...periodOf(
        role.period ??
          (role.lastYear ? doc.year - 1 : undefined) ??
          (isAmount ? closingYear : undefined) ??
          (period ? Number(period[1]) : def0?.measure ? where.asAt : undefined),
        doc.year,
      ),
    });
  }
  return out;
}
