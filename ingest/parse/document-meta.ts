import { basename } from "node:path";
import { AppError } from "../../lib/app-error.js";
import { cleanLabel } from "../text/normalize-text.js";
import { toHalfWidth } from "../text/parse-amount.js";
import type { DocKind, Edition, Warning } from "../schema.js";
import { isAbbreviationOf, pickUnit, unitCandidates } from "./detect-unit.js";
import { readTitleLine, templateOfTitle } from "./identify-table.js";

export { isAbbreviationOf } from "./detect-unit.js";

export interface DocumentMeta {
  unit: string;
  year: number;
  kind: DocKind;
  /** 部门 (consolidated) or 单位 (one unit), when the document says. */
  edition?: Edition;
  amountUnit: string;
  title: string;
  /** Short names the document itself uses for its unit ("部门：区委办"), and its bare name. */
  selfAliases: string[];
  /** What could not be read and what was put in its place (code "metadata"). */
  warnings: Warning[];
}

/** Values given by whoever ingests the document (`npm run ingest -- --unit … --year … --kind …`). */
export interface MetaOverrides {
  unit?: string;
  year?: number;
  kind?: DocKind;
}

/**
 * A cover or title line naming the kind: "…部门决算", "2026年区级部门预算", "部门决算公开", "…预算说明",
 * "…部门“三公”经费决算情况说明" (a finance bureau's account of all its departments' 三公经费).
 */
const KIND_TITLE =
  /(?:部门|单位)(?:（单位）)?\s*(?:决算|预算)(?:公开|说明|编制说明|情况说明)?$|(?:决算|预算)(?:情况)?(?:公开|说明)$/;

/**
 * Read unit, year, kind, edition, amount unit and title from the content, never from the file
 * name. A document that is a disclosure is never thrown away for a field it does not state: the
 * field gets an inferred value or a visible placeholder and a "metadata" warning says so. Only a
 * text with no sign of being a disclosure (no title naming 决算/预算, no standard table) is refused.
 */
export function extractMeta(file: string, lines: string[], overrides: MetaOverrides = {}): DocumentMeta {
  const text = lines.join("\n");
  const titles = titleLines(lines);
  const tableKinds = standardTableKinds(lines);
  const complete = overrides.unit && overrides.year && overrides.kind;
  if (!titles.length && !tableKinds.length && !complete)
    throw new AppError(
      "NOT_A_DISCLOSURE",
      `${file}: not a budget disclosure (no title naming a 部门决算/部门预算 and no standard table found)`,
    );
  const warnings: Warning[] = [];
  const note = (message: string) => warnings.push({ code: "metadata", message, factIds: [] });

  const detectedKind = detectKind(titles, text) ?? majority(tableKinds);
  if (!detectedKind && !overrides.kind) note("未找到文件类型（部门决算/部门预算），按“预算”处理");
  else if (!detectKind(titles, text) && !overrides.kind) note(`文件类型由表名推断为“${detectedKind}”`);
  const kind = pick(overrides.kind, detectedKind ?? "预算", "类型", note);

  const titled = detectYear(titles.join("\n"), text);
  const loose = titled ?? mostFrequentYear(text);
  if (!overrides.year && !titled)
    note(loose ? `年度未在标题中写明，取正文中最常见的年份${loose}` : "未找到年度，记为0");
  const year = pick(overrides.year, loose ?? 0, "年度", note);

  const candidates = unitCandidates(lines);
  const picked = pickUnit(candidates);
  const placeholder = `未识别单位（${basename(file)}）`;
  if (!picked && !overrides.unit) note(`未找到单位名称，记为“${placeholder}”`);
  const unit = pick(overrides.unit, picked?.unit ?? placeholder, "单位", note);
  const bare = overrides.unit ?? picked?.bare ?? unit;
  const selfAliases = [
    ...new Set([
      ...(bare !== unit ? [bare] : []),
      ...candidates.map((c) => c.name).filter((c) => c !== unit && c !== bare && isAbbreviationOf(c, bare)),
      ...nameplates(text).filter((name) => name !== unit && name !== bare),
    ]),
  ];
  const edition = detectEdition(lines, titles);
  return {
    unit,
    year,
    kind,
    ...(edition ? { edition } : {}),
    amountUnit: detectAmountUnit(text),
    title: detectTitle(lines, unit, year, kind),
    selfAliases,
    warnings,
  };
}

/** The override when given (noting a disagreement with the text), else what the text says. */
function pick<T>(override: T | undefined, detected: T, what: string, note: (m: string) => void): T {
  if (override === undefined) return detected;
  if (override !== detected)
    note(`${what}按指定值“${String(override)}”记录（正文识别为“${String(detected)}”）`);
  return override;
}

/** Short lines near the top that name the document's kind: the cover title, possibly wrapped. */
function titleLines(lines: string[]): string[] {
  return lines
    .slice(0, 80)
    .map(cleanLabel)
    .filter((l) => l.length <= 60 && !/[。，；]/.test(l) && !/^第.{1,3}部分/.test(l) && KIND_TITLE.test(l));
}

/**
 * Kinds of the standard tables the document heads (their titles say 决算 or 预算; a title may
 * carry a label or continue on the next line). 公开NN表 markers are 决算 tables.
 */
function standardTableKinds(lines: string[]): DocKind[] {
  const out: DocKind[] = [];
  const heading = (raw: string) => {
    const l = cleanLabel(raw);
    return l.length > 60 || /[。，；]/.test(l) ? undefined : readTitleLine(raw);
  };
  for (const [i, raw] of lines.entries()) {
    const h = heading(raw);
    if (!h) continue;
    if (h.number && !h.title) out.push("决算");
    if (!h.title || !/表/.test(h.title + cleanLabel(lines[i + 1] ?? ""))) continue;
    const next = lines.slice(i + 1, i + 3).find((l) => l.trim());
    const t =
      templateOfTitle(h.title) ??
      (next ? templateOfTitle(h.title + (heading(next)?.title ?? "")) : undefined);
    if (t) out.push(t.kind);
  }
  return out;
}

function majority(kinds: DocKind[]): DocKind | undefined {
  if (!kinds.length) return undefined;
  return kinds.filter((k) => k === "决算").length * 2 >= kinds.length ? "决算" : "预算";
}

function detectKind(titles: string[], text: string): DocKind | undefined {
  for (const t of titles) {
    if (/决算/.test(t)) return "决算";
    if (/预算/.test(t)) return "预算";
  }
  if (/部门(（单位）)?\s*决算|决算表|决算情况说明/.test(text)) return "决算";
  if (/(部门|单位)(（单位）)?\s*预算|预算说明|预算公开/.test(text)) return "预算";
  return undefined;
}

/** The accounting year: the most frequent "20XX年度" / "20XX年部门预算", ignoring file numbers like 【2010】. */
function detectYear(titleText: string, text: string): number | undefined {
  const counts = new Map<number, number>();
  const add = (y: number, w: number) => counts.set(y, (counts.get(y) ?? 0) + w);
  for (const m of toHalfWidth(text).matchAll(/(20\d{2})\s*年度/g)) add(Number(m[1]), 2);
  for (const m of toHalfWidth(text).matchAll(
    /(20\d{2})\s*年(?:区级|市级|县级)?(?:部门|单位|预算单位|年初|本部门|本单位)/g,
  ))
    add(Number(m[1]), 1);
  for (const m of toHalfWidth(titleText).matchAll(/(20\d{2})\s*年/g)) add(Number(m[1]), 3);
  return best(counts);
}

function mostFrequentYear(text: string): number | undefined {
  const counts = new Map<number, number>();
  for (const m of toHalfWidth(text).matchAll(/(20\d{2})\s*年/g))
    counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  return best(counts);
}

function best(counts: Map<number, number>): number | undefined {
  let top: number | undefined;
  for (const [y, n] of counts) if (top === undefined || n > (counts.get(top) ?? 0)) top = y;
  return top;
}

/** 预算主管部门 / 部门预算 → 部门 (consolidated); 预算单位 / 单位预算 → 单位 (one unit). */
function detectEdition(lines: string[], titles: string[]): Edition | undefined {
  for (const raw of lines.slice(0, 40)) {
    const l = cleanLabel(raw);
    if (/^预算主管部门[:：]/.test(l)) return "部门";
    if (/^预算单位[:：]/.test(l)) return "单位";
  }
  for (const t of titles) {
    if (/单位(决算|预算)/.test(t.replace(/部门（单位）/, ""))) return "单位";
    if (/部门/.test(t)) return "部门";
  }
  return undefined;
}

function detectAmountUnit(text: string): string {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/单位\s*[:：]\s*(万元|千元|亿元|元)/g))
    counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  let top = "万元";
  for (const [u, n] of counts) if (n > (counts.get(top) ?? 0)) top = u;
  return top;
}

function detectTitle(lines: string[], unit: string, year: number, kind: DocKind): string {
  const head = lines
    .slice(0, 12)
    .map(cleanLabel)
    .filter((l) => l && !/^第.{1,3}部分/.test(l));
  const idx = head.findIndex((l) => KIND_TITLE.test(l) && !/^第/.test(l));
  if (idx >= 0) return head.slice(Math.max(0, idx - 2), idx + 1).join(" ");
  return kind === "决算" ? `${unit} ${year}年度部门决算` : `${unit} ${year}年部门预算`;
}

/** "…为正处级，加挂湖州市乡村振兴局牌子": the other names the body carries (a public body's own). */
const NAMEPLATE = /加挂([^，,。；;]{4,80}?)(?:的)?牌子/g;
/** The names a nameplate clause lists ("甲、乙和丙"), each a body's full name. */
const NAMEPLATE_NAME = /^[\u4e00-\u9fa5（）()]{4,30}(?:局|委员会|委|办公室|办|厅|院|中心|署|馆|会)$/;

function nameplates(text: string): string[] {
  return [...text.matchAll(NAMEPLATE)]
    .flatMap((m) => m[1].split(/、|以及/))
    .flatMap(splitPair)
    .map((name) => name.replace(/^[“"]|[”"]$/g, "").trim())
    .filter((name) => NAMEPLATE_NAME.test(name));
}

/** "甲局和乙局" is two names; "…粮食和物资储备局" one (its first half names no body). */
function splitPair(names: string): string[] {
  const pair = /^(.+?)[和及与](.+)$/.exec(names);
  return pair && NAMEPLATE_NAME.test(pair[1]) && NAMEPLATE_NAME.test(pair[2]) ? [pair[1], pair[2]] : [names];
}
