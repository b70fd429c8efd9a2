import { cleanLabel } from "../text/normalize-text.js";
import type { ParsedTable } from "../schema.js";
import { BODY_NAME, OWN_LEVEL, bodyKey } from "../domain/project-tables.js";
import { runsSpelling } from "../text/spelt-in-order.js";
import type { Paragraph } from "../parse/parse-sections.js";

export interface Relations {
  relations: { parent: string; child: string }[];
  /** Units whose figures this document includes besides its own. */
  covers: string[];
  /** Short names the document declares for bodies ("<全称>（以下简称“<简称>”）"). */
  shortNames: { name: string; short: string }[];
}

/** "<全称>（以下简称“<简称>”，…）": the short name a document calls a body by after it. */
const SHORT_NAME_DECLARED = /([\u4e00-\u9fa5]{4,40})[（(]以下简称[“"「]?([\u4e00-\u9fa5]{2,12})[”"」]?/g;

const NAME = "[\\u4e00-\\u9fa5（）()0-9 ]{3,40}?";

/** "所属事业单位", "局属二级预算单位": the bodies a department runs, as a kind. */
const SUBORDINATES_KIND = String.raw`(?:所属|下属|直属|[局委办厅院]属)(?:二级)?(?:预算)?(?:事业)?单位`;
/** "所属事业单位11", "局属二级预算单位3": the department's bodies, counted (their measure word follows). */
const SUBORDINATES_NUMBERED = String.raw`${SUBORDINATES_KIND}\s*[\d一二三四五六七八九十]+\s*`;

/**
 * "所属事业单位N个，分别是：A、B", "局属事业单位3家，分别是：A（公益一类）、B（参照公务员法管理）": the
 * bodies a department runs, listed by name.
 */
const SUBORDINATES_LISTED = new RegExp(
  `${SUBORDINATES_NUMBERED}[个家][，,]?\\s*(?:分别是|分别为|包括|[:：])[:：]?(.+?)(?:。|$)`,
);
/** "…以及8个所属事业单位：A、B、C": the count said before the kind, the names after a colon. */
const COUNTED_SUBORDINATES_LISTED = new RegExp(
  `[\\d一二三四五六七八九十]+\\s*[个家所]\\s*${SUBORDINATES_KIND}[，,]?\\s*(?:分别是|分别为|包括)?[:：](.+?)(?:。|$)`,
);
/**
 * "下属单位5个，其中参照公务员法管理事业单位1个（A），公益一类事业单位4个（B、C）": the bodies listed
 * in brackets after each kind's count, in the sentence that counts them.
 */
const SUBORDINATES_COUNTED =
  /(?:所属|下属|直属|[局委办厅院]属)(?:事业)?单位\s*[\d一二三四五六七八九十]+\s*[个家所][^。]*/;
/** "普通高中2所（A、B）": the bodies of one kind, in brackets after their count. */
const LISTED_IN_BRACKETS = /[\d一二三四五六七八九十]+\s*[个家所][（(]([^（）()]+)[）)]/g;
/** "…；其他事业单位6个：A、B": the bodies of one kind, listed after their count and a colon. */
const LISTED_AFTER_COLON = /[\d一二三四五六七八九十]+\s*[个家所][:：]([^；;。（(]+)/g;

/**
 * "和"/"及" between two listed names, after the first one's closing word ("…中心和…", "…本级）及…"):
 * not inside one name ("<某地>自然资源和规划信息中心", "<某地>社会保险和就业服务中心").
 */
const JOINED_NAMES = /(?<=[局心站所队院处室会馆校园社场办委部厂司台组团宫级关）)])(?:以及|和|及)/;

/** What kind of body a listed name is, said in brackets after it ("（公益一类）"): no part of its name. */
const KIND_NOTE =
  /[（(](?:均为|均属|为|属)?(?:公益[一二三]类|参照公务员法管理|参公管理|全额拨款|差额拨款|自收自支|行政单位|事业单位)[^）)]*[）)]$/;

/**
 * Parent/child relations the documents state: "所属事业单位N个，分别是：A、B", "主管部门 X …
 * 实施单位 Y", and the units a budget covers ("…本级和株洲市人民政府驻北京联络处").
 */
export function extractRelations(
  paragraphs: Paragraph[],
  tables: ParsedTable[],
  unit: string,
  lines: string[] = [],
): Relations {
  const relations: { parent: string; child: string }[] = [];
  const covers = new Set<string>();
  const split = (list: string) => {
    // A note in brackets that holds a comma or a list ("（公益一类，副科级）", "（含A和B）") is no list of names.
    const plain = list.replace(/[（(][^（）()]*[，,、和及][^（）()]*[）)]/g, "");
    // "A，为局属公益一类事业单位，内设…；B，为…": each body described after its name, one per clause.
    const names = /[；;]/.test(plain)
      ? plain
          .split(/[；;]/)
          .map((item) => item.split(/[，,]/)[0])
          .join("、")
      : plain;
    return names
      .split(/[、，,]/)
      .flatMap((name) => name.split(JOINED_NAMES))
      .map((s) =>
        cleanLabel(s)
          .replace(/[。；;].*$/, "")
          .replace(/^(以及|本级以及|本级和)/, "")
          // "下属事业单位<甲>": the kind that opens the list, no part of the first name.
          .replace(new RegExp(`^(?:${SUBORDINATES_KIND}|所属|下属)`), "")
          // "…、<丙>N个二级预算单位": the list's count closing its last name.
          .replace(/[\d一二三四五六七八九十]+\s*[个家](?:二级)?(?:预算)?(?:事业)?单位$/, "")
          .replace(KIND_NOTE, ""),
      )
      .filter(
        (s) =>
          s.length >= 4 &&
          !/本级|机关$|科室|内设|^无|下属|独立核算/.test(s) &&
          // "A，为公益二类事业单位": what the body before is, not a name.
          !/^(?:为|是|系|属于?)/.test(s) &&
          // "…，分别是：": the words that open a list, not a name in it.
          !/^(?:分别|具体)?(?:是|为|有|包括|如下)[:：]?$/.test(s) &&
          // "预算单位共3个", "3家所属事业单位": a count, not a name.
          !/\d+\s*[个家]|共\s*\d/.test(s),
      );
  };

  paragraphs.forEach((p, index) => {
    for (const child of numberedAfter(paragraphs, index)) relations.push({ parent: unit, child });
    const subs = SUBORDINATES_LISTED.exec(p.text) ?? COUNTED_SUBORDINATES_LISTED.exec(p.text);
    if (subs) for (const child of split(subs[1])) relations.push({ parent: unit, child });
    const counted = subs ? undefined : SUBORDINATES_COUNTED.exec(p.text);
    for (const pattern of [LISTED_IN_BRACKETS, LISTED_AFTER_COLON])
      for (const list of counted ? counted[0].matchAll(pattern) : [])
        for (const child of split(list[1])) relations.push({ parent: unit, child });
    const scope =
      /(?:纳入[^，,。：:]{0,30}?\d{4}\s*年度?部门(?:预算|决算)编制范围的(?:预算)?(?:单位)?(?:共\s*[\d一二三四五六七八九十]+\s*个)?[，,]?(?:即|包括)?|决算汇总公开单位(?:构成)?(?:包括|仅包括))(?:为|是)?[:：]?(.+?)(?:。|$)/.exec(
        p.text,
      );
    // "…编制范围的单位共N个，包括：本局（本级）及所属<甲>、<乙>、<丙>M个二级预算单位": the bodies it runs, too.
    const run = scope && /所属|下属|二级预算单位/.test(scope[1]);
    if (scope)
      for (const c of split(scope[1]).filter((name) => name !== unit)) {
        covers.add(c);
        if (run) relations.push({ parent: unit, child: c });
      }
  });
  for (const t of tables) {
    for (const row of t.rows) {
      const cells = row.cells.map(cleanLabel);
      const i = cells.findIndex((c) => c === "主管部门");
      const j = cells.findIndex((c) => c === "实施单位");
      if (i >= 0 && j > i) {
        const parent = cells.slice(i + 1, j).find(Boolean);
        const child = cells.slice(j + 1).find(Boolean);
        if (parent && child && parent !== child && new RegExp(`^${NAME}$`).test(child))
          relations.push({ parent, child });
      }
    }
  }
  for (const child of bodiesTabled(tables, unit)) relations.push({ parent: unit, child });
  // Project self-evaluation tables state "主管部门 X … 实施单位 Y", often inside a broken header.
  const flat = lines.join(" ").replace(/[\s\u3000]+/g, " ");
  for (const m of flat.matchAll(
    /主管部门 ?([\u4e00-\u9fa5（）]{4,30}?) ?实施单位 ?([\u4e00-\u9fa5（）]{4,30}?)(?= |$)/g,
  )) {
    if (m[1] !== m[2]) relations.push({ parent: m[1], child: m[2] });
  }
  for (const body of listedBodies(flat)) if (body !== unit) covers.add(body);
  const shortNames = declaredShortNames(
    flat,
    relations.map((r) => r.child),
  );
  // A body a table lists by its short name is the body named in full.
  const fullName = (name: string) => shortNames.find((s) => s.short === name)?.name ?? name;
  for (const r of relations) r.child = fullName(r.child);
  const seen = new Set<string>();
  return {
    shortNames,
    relations: relations.filter(
      (r) =>
        r.parent !== r.child &&
        // "<本部门>（<某中心>）": the department under a second nameplate, no body of it.
        r.child.replace(BRACKETED_AFTER, "") !== r.parent &&
        // "<本部门>（本级）" implementing a project: the department's own level, no body of it.
        !OWN_LEVEL_NAMED.test(r.child) &&
        !seen.has(`${r.parent}>${r.child}`) &&
        seen.add(`${r.parent}>${r.child}`),
    ),
    covers: [...covers],
  };
}

/** Words in brackets closing a name: its kind, level or second nameplate. */
const BRACKETED_AFTER = /[（(][^（）()]*[)）]$/;

/** A table's total row, no body of the department. */
const TOTAL_ROW_NAME = /^(?:合计|总计|小计)$/;

/**
 * The bodies a table of the department lists one a row (its income or staff by 单位名称): every row
 * but the totals named as a body is, two at least; the department's own level and offices left out.
 */
function bodiesTabled(tables: ParsedTable[], unit: string): string[] {
  return tables.flatMap((table) => {
    const names = table.rows
      .filter((row) => !row.header)
      .map((row) => cleanLabel(row.keys[0]?.name ?? ""))
      .filter((name) => name && !TOTAL_ROW_NAME.test(name.replace(/\s/g, "")));
    if (names.length < 2 || !names.every((name) => BODY_NAME.test(name))) return [];
    // ("<本部门>（<某中心>）": the department under a second nameplate, no body of it.)
    return names.filter(
      (name) =>
        name !== unit &&
        name.replace(BRACKETED_AFTER, "") !== unit &&
        !/机关$/.test(bodyKey(name)) &&
        !OWN_LEVEL_ROW.test(name),
    );
  });
}

/**
 * "…和所属事业单位11个，分别是：", "所属事业单位及其主要职责如下：" closing its paragraph: the bodies
 * follow, one numbered paragraph each.
 */
const SUBORDINATES_OPEN = new RegExp(
  `(?:${SUBORDINATES_NUMBERED}[个家所][，,]?\\s*(?:分别是|分别为|包括|如下)?|` +
    `${SUBORDINATES_KIND}(?:及其|的)?(?:主要)?(?:职责|职能|情况|基本情况)?(?:分别)?如下|` +
    // "…包括局机关本级和<N>个下属单位，具体是：", "…和<N>个所属事业单位，具体如下：".
    `[\\d一二三四五六七八九十]+\\s*[个家所]\\s*${SUBORDINATES_KIND}[，,]?\\s*(?:具体|分别)?(?:是|为|如下|包括))[:：]\\s*$`,
);
/** "1．云浮市人民医院（公益二类事业单位，核定编制1280名）：…": a numbered body, its name first. */
const NUMBERED_BODY = /^\s*(\d{1,2})\s*[.．、]\s*([\u4e00-\u9fa5]{3,40}?)(?=[（(，,。；;：:\s]|$)/;

/** A table's row of the department's own level ("<本部门>（本级）", "<本部门>本级", "机关本部"): no body of it. */
const OWN_LEVEL_ROW = /(?:[（(](?:机关)?本级[)）]|本级|本部)$/;

/** "（本级）" right after a listed name, or ending a name: the department's own level, no body of it. */
const OWN_LEVEL_AFTER = new RegExp(`^${OWN_LEVEL.source}`);
const OWN_LEVEL_NAMED = new RegExp(`${OWN_LEVEL.source}$`);

/** The short names declared for bodies the document names as subordinates (their names end the words before). */
function declaredShortNames(flat: string, bodies: string[]): Relations["shortNames"] {
  const out: Relations["shortNames"] = [];
  for (const m of flat.matchAll(SHORT_NAME_DECLARED)) {
    const name = bodies.filter((body) => m[1].endsWith(body)).sort((a, b) => b.length - a.length)[0];
    if (name && name !== m[2] && !out.some((s) => s.short === m[2])) out.push({ name, short: m[2] });
  }
  // "<某科所>" in a table beside "<某市><某利科学研究所>": a short body name spelling exactly one
  // other body's name, its first and last characters that name's own.
  for (const short of new Set(bodies)) {
    // ("<级>委办公室" is the party committee's own office, no short form of "<级>人大常委会办公室".)
    if (short.length > MOST_SHORT || PARTY_BODY.test(short) || out.some((s) => s.short === short)) continue;
    const spelt = [...new Set(bodies)].filter(
      (body) =>
        body.length > short.length && [body, withoutPlace(body)].some((form) => abbreviates(short, form)),
    );
    if (spelt.length === 1) out.push({ name: spelt[0], short });
  }
  return out;
}

/** A party committee's body by its own name ("<级>委办公室", "<级>委组织部"). */
const PARTY_BODY = /^[省市县区]委(?!员)/;

/** The longest short name read as another body's abbreviation. */
const MOST_SHORT = 5;

/** A body's name after the place it opens with ("<某市>…所" → "…所"). */
const withoutPlace = (name: string) => name.replace(/^[\u4e00-\u9fa5]{2,7}?[省市州盟县区旗]/, "");

/** Whether `short` is `name`'s characters in order, opening and closing as it does. */
const abbreviates = (short: string, name: string) =>
  short[0] === name[0] && short.at(-1) === name.at(-1) && runsSpelling(short, name) < Infinity;

/** The bodies of the numbered paragraphs after paragraph `at`, when it announces them, in order. */
function numberedAfter(paragraphs: Paragraph[], at: number): string[] {
  if (!SUBORDINATES_OPEN.test(paragraphs[at].text)) return [];
  const bodies: string[] = [];
  for (let next = at + 1, n = 1; next < paragraphs.length; next++, n++) {
    const item = NUMBERED_BODY.exec(paragraphs[next].text);
    if (!item || Number(item[1]) !== n) break;
    // "1．<本部门>（本级）：…": the department itself, first in its own list.
    if (!OWN_LEVEL_AFTER.test(paragraphs[next].text.slice(item[0].length))) bodies.push(item[2]);
  }
  return bodies;
}

/** Where a department lists the bodies it is made of ("本部门中，行政单位1家，事业单位1家，具体包括："). */
const BODIES_LISTED = /(?:本部门中|部门(?:预算|决算)(?:是|由|包括))[^。]{0,80}?具体包括[:：]/;
/** One numbered item's name ("1. 普陀区法律援助中心"), up to its first punctuation. */
const LISTED_BODY = /\s*(\d{1,2})\s*[.．、]\s*([\u4e00-\u9fa5（）()]{3,40}?)(?=[，,。；;：:\s]|$)/y;
/** How far an item's own description may run before the next number. */
const ITEM_REACH = 400;

/**
 * The bodies a department's numbered list names ("1. <某局>本部 2. <某>中心"), in order; the
 * department's own (本部, 机关) left out. An item may describe the body after its name ("1. 商务委
 * 本部，…设9个内设机构…。 2. …").
 */
export function listedBodies(flat: string): string[] {
  const opens = BODIES_LISTED.exec(flat);
  if (!opens) return [];
  const bodies: string[] = [];
  let at = opens.index + opens[0].length;
  for (let n = 1; ; n++) {
    LISTED_BODY.lastIndex = at;
    const item = LISTED_BODY.exec(flat);
    if (!item || Number(item[1]) !== n) break;
    if (!/本部|机关$/.test(item[2])) bodies.push(item[2]);
    // The next item's number, past this one's description.
    const rest = flat.slice(LISTED_BODY.lastIndex, LISTED_BODY.lastIndex + ITEM_REACH);
    const next = new RegExp(`(?:^|[\\s。；;，,])${n + 1}\\s*[.．、]`).exec(rest);
    if (!next) break;
    at = LISTED_BODY.lastIndex + next.index + next[0].indexOf(`${n + 1}`);
  }
  return bodies;
}
