import { AppError } from "../../lib/app-error.js";
import { cleanLabel } from "../text/normalize-text.js";
import { toHalfWidth } from "../text/parse-amount.js";
import type { DocKind } from "../schema.js";

export interface DocumentMeta {
  unit: string;
  year: number;
  kind: DocKind;
  amountUnit: string;
  title: string;
  /** Short names the document itself uses for its unit ("部门：区委办"). */
  selfAliases: string[];
}

/** Names of government bodies end in one of these; used to tell a unit name from other lines. */
const ORG_SUFFIX =
  "(?:办公室|联络处|办事处|委员会|管理局|事务局|局|中心|研究院|院|档案馆|馆|研究所|所|站|大队|支队|队|厅|部|协会|联合会|会|政府|党校|学校|医院|委|办|处)";
const ORG_NAME = new RegExp(`^(?:中共|中国共产党)?[\\u4e00-\\u9fa5（）()]{1,40}?${ORG_SUFFIX}$`);

/** Read unit, year, kind, amount unit and title from the content, never from the file name. */
export function extractMeta(file: string, lines: string[]): DocumentMeta {
  const text = lines.join("\n");
  const kind = detectKind(text);
  const year = detectYear(text);
  const candidates = unitCandidates(lines);
  const unit = pickUnit(candidates);
  if (!kind || !year || !unit) {
    const missing = [!unit && "unit", !year && "year", !kind && "kind (部门决算/部门预算)"]
      .filter(Boolean)
      .join(", ");
    throw new AppError("NOT_A_DISCLOSURE", `${file}: not a budget disclosure (no ${missing} found)`);
  }
  const selfAliases = [...new Set(candidates.filter((c) => c !== unit && isAbbreviationOf(c, unit)))];
  return {
    unit,
    year,
    kind,
    amountUnit: detectAmountUnit(text),
    title: detectTitle(lines, unit, year, kind),
    selfAliases,
  };
}

function detectKind(text: string): DocKind | undefined {
  if (/部门(（单位）)?\s*决算|决算表|决算情况说明/.test(text)) return "决算";
  if (/部门(（单位）)?\s*预算|预算说明|预算公开/.test(text)) return "预算";
  return undefined;
}

/** The accounting year: the most frequent "20XX年度" / "20XX年部门预算", ignoring file numbers like 【2010】. */
function detectYear(text: string): number | undefined {
  const counts = new Map<number, number>();
  const add = (y: number, w: number) => counts.set(y, (counts.get(y) ?? 0) + w);
  for (const m of toHalfWidth(text).matchAll(/(20\d{2})\s*年度/g)) add(Number(m[1]), 2);
  for (const m of toHalfWidth(text).matchAll(/(20\d{2})\s*年(?:部门|年初|本部门|本单位)/g))
    add(Number(m[1]), 1);
  let best: number | undefined;
  for (const [y, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = y;
  return best;
}

function detectAmountUnit(text: string): string {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/单位\s*[:：]\s*(万元|千元|亿元|元)/g))
    counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  let best = "万元";
  for (const [u, n] of counts) if (n > (counts.get(best) ?? 0)) best = u;
  return best;
}

function unitCandidates(lines: string[]): string[] {
  const out: string[] = [];
  const push = (raw: string | undefined) => {
    if (!raw) return;
    const name = cleanLabel(raw)
      .replace(/^第[一二三四五六七八九十]+部分[:：]?/, "")
      .replace(/[（(]盖章[）)]$/, "");
    if (ORG_NAME.test(name)) out.push(name);
  };
  lines.forEach((line, i) => {
    const l = cleanLabel(line);
    const labelled =
      /^(?:部门|单位名称|部门（单位）名称|部门\(单位\)名称|预算单位)[:：](.+?)(?:公开\d+表|(?:金额)?单位[:：](?:万元|千元|亿元|元))*$/.exec(
        l,
      );
    if (labelled) push(labelled[1]);
    if (i < 40) {
      push(/^(.+?)(?:部门（单位）)?(?:部门)?概况$/.exec(l)?.[1]);
      push(/^(.+?)\d{4}年(?:度)?部门预算(?:说明|公开)?$/.exec(l)?.[1]);
      if (!/部分|目录|决算|预算|表/.test(l)) push(l);
    }
    push(/^\d{4}年度(.+?)(?:部门（单位）)?整体支出绩效自评报告$/.exec(l)?.[1]);
  });
  return out;
}

/** The most frequent full name; longer names win ties so "区委办" never beats the full name. */
function pickUnit(candidates: string[]): string | undefined {
  const score = new Map<string, number>();
  for (const c of candidates) score.set(c, (score.get(c) ?? 0) + 1);
  let best: string | undefined;
  for (const [name, n] of score) {
    if (!best) best = name;
    else {
      const b = score.get(best) ?? 0;
      const fuller = name.length >= 6 && best.length < 6;
      if (
        fuller ||
        (n > b && !(best.length >= 6 && name.length < 6)) ||
        (n === b && name.length > best.length)
      )
        best = name;
    }
  }
  return best;
}

/** "区委办" abbreviates "中共株洲市天元区委办公室": its characters appear in order. */
export function isAbbreviationOf(short: string, full: string): boolean {
  if (short.length >= full.length) return false;
  let i = 0;
  for (const ch of full) if (ch === short[i]) i++;
  return i === short.length;
}

function detectTitle(lines: string[], unit: string, year: number, kind: DocKind): string {
  const head = lines
    .slice(0, 12)
    .map(cleanLabel)
    .filter((l) => l && !/^第.{1,3}部分/.test(l));
  const idx = head.findIndex((l) => /部门(（单位）)?(决算|预算)(公开|说明)?$/.test(l) && !/^第/.test(l));
  if (idx >= 0) return head.slice(Math.max(0, idx - 2), idx + 1).join(" ");
  return kind === "决算" ? `${unit} ${year}年度部门决算` : `${unit} ${year}年部门预算`;
}
