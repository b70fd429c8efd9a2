import { cleanLabel } from "../text/normalize-text.js";

/** Names of government bodies end in one of these; used to tell a unit name from other lines. */
const ORG_SUFFIX =
  "(?:办公室|联络处|办事处|委员会|管理局|事务局|局|中心|研究院|院|档案馆|馆|研究所|所|站|大队|支队|队|厅|部|协会|联合会|会|政府|党校|学校|医院|委|办|处)";
const ORG_NAME = new RegExp(`^(?:中共|中国共产党)?[\\u4e00-\\u9fa5（）()]{1,40}?${ORG_SUFFIX}$`);

/** A qualifier that is part of the unit's full name: the body itself without its subordinates. */
const QUALIFIER = /[（(](本级|汇总|本部|机关本级|合并)[)）]$/;
/** Qualifiers that name the department as a whole, as its bare name does (决算 software's "（汇总）"). */
const WHOLE_DEPARTMENT = /^(?:汇总|合并)$/;
/** Edition words in headings ("上海市财政局（单位）主要职能") name no unit of their own. */
const EDITION_MARK = /[（(](单位|部门|部门（单位）)[)）]/g;

/** Cover labels that state the document's unit ("预算主管部门：…"); they outweigh headings. */
const COVER_LABEL =
  /^(?:预算主管部门|预算单位|主管部门|单位名称|部门名称|部门（单位）名称|部门\(单位\)名称|填报单位|编制单位|编制部门|部门|单位)[:：](.+?)(?:公开\d+表|(?:金额)?单位[:：](?:万元|千元|亿元|元))*$/;
const STRONG_LABEL =
  /^(?:预算主管部门|预算单位|主管部门|单位名称|部门名称|部门（单位）名称|部门\(单位\)名称)[:：]/;

export interface Candidate {
  name: string;
  weight: number;
  /** From a cover, title or label line, not from a list further on (a list of member units). */
  heading: boolean;
}

/** The bare name and the qualifier of a unit name ("上海市普陀区财政局（本级）" → bare + "本级"). */
export function splitQualifier(name: string): { bare: string; qualifier?: string } {
  const hit = QUALIFIER.exec(name);
  return hit ? { bare: name.slice(0, hit.index), qualifier: hit[1] } : { bare: name };
}

function normalise(raw: string): string | undefined {
  const name = cleanLabel(raw)
    .replace(/^第[一二三四五六七八九十]+部分[:：]?/, "")
    .replace(/[（(]盖章[）)]$/, "")
    .replace(EDITION_MARK, "");
  return ORG_NAME.test(splitQualifier(name).bare) ? name : undefined;
}

/**
 * "<某县>2024年度县本级部门（“三公”经费决算…）": a finance bureau's account of every department of one
 * level, whose unit is that level's departments together ("<某县>本级部门"), not the bureau publishing it.
 */
const LEVEL_DEPARTMENTS = /^(.+?[省市县区旗])\d{4}年度?([省市县区旗]?)本级(?:各)?部门/;

/** The unit of a level's departments together, from its place and level ("<某县>" + "县"). */
function levelDepartments(line: string): string | undefined {
  const hit = LEVEL_DEPARTMENTS.exec(line);
  if (!hit) return undefined;
  const [, place, level] = hit;
  return `${place}${level && !place!.endsWith(level) ? level : ""}本级部门`;
}

/** A contents line's dot leader and page number ("…………   3"). */
const CONTENTS_LEADER = /\s*[…．.·-]{3,}\s*\d{0,3}\s*$/;

/** Every line that names the document's unit: cover labels, titles, part headings. */
export function unitCandidates(lines: string[]): Candidate[] {
  const out: Candidate[] = [];
  const push = (raw: string | undefined, weight = 1, heading = true) => {
    const name = raw ? normalise(raw) : undefined;
    if (name) out.push({ name, weight, heading });
  };
  lines.forEach((line, i) => {
    // A contents line names its part as the heading does, before its dot leader and page number.
    const l = cleanLabel(line).replace(CONTENTS_LEADER, "");
    const labelled = COVER_LABEL.exec(l);
    if (labelled) push(labelled[1], STRONG_LABEL.test(l) ? 3 : 1);
    const level = i < 12 ? levelDepartments(l) : undefined;
    if (level) out.push({ name: level, weight: 3, heading: true });
    if (i < 60) {
      push(/^(.+?)(?:部门（单位）)?(?:部门)?概况$/.exec(l)?.[1]);
      push(/^(.+?)\d{4}年(?:度)?(?:区级|市级)?(?:部门|单位)(?:预算|决算)(?:说明|公开)?$/.exec(l)?.[1]);
      push(/^(.+?)(?:（单位）|（部门）)?(?:主要职能|机构设置|部门职责)$/.exec(l)?.[1]);
      if (i < 40 && !/部分|目录|决算|预算|表/.test(l)) push(l, 1, i < 12);
    }
    push(/^\d{4}年度(.+?)(?:部门（单位）)?整体支出绩效自评报告$/.exec(l)?.[1]);
  });
  return out;
}

/**
 * The document's unit: the best-supported name, counting a qualified name ("…（本级）") with its
 * bare form; longer names win ties so "区委办" never beats the full name. The qualified form is
 * the full name when the document prints one.
 */
export function pickUnit(candidates: Candidate[]): { unit: string; bare: string } | undefined {
  const score = new Map<string, number>();
  for (const c of candidates) {
    const { bare } = splitQualifier(c.name);
    score.set(bare, (score.get(bare) ?? 0) + c.weight);
  }
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
  if (!best) return undefined;
  // (A consolidated edition's "（汇总）" is the department as a whole: its bare name.)
  const qualified = candidates.find(
    (c) =>
      c.heading &&
      c.name !== best &&
      splitQualifier(c.name).bare === best &&
      !WHOLE_DEPARTMENT.test(splitQualifier(c.name).qualifier ?? ""),
  );
  return { unit: qualified?.name ?? best, bare: best };
}

/** "区委办" abbreviates "中共株洲市天元区委办公室": its characters appear in order. */
export function isAbbreviationOf(short: string, full: string): boolean {
  if (short.length >= full.length) return false;
  let i = 0;
  for (const ch of full) if (ch === short[i]) i++;
  return i === short.length;
}
