import { METRIC_BY_KEY } from "../../ingest/domain/metrics.js";
import type { MetricRef } from "./plan-schema.js";

/** What the parts of a figure have in common, at the start and at the end of their names. */
function commonEnds(names: readonly string[]): [number, number] {
  const first = names[0] ?? "";
  let head = 0;
  while (head < first.length && names.every((n) => n[head] === first[head])) head++;
  let tail = 0;
  while (tail < first.length - head && names.every((n) => n.at(-1 - tail) === first.at(-1 - tail))) tail++;
  return [head, tail];
}

/**
 * The words that tell a figure's parts apart (parts 某某甲支出 / 某某乙支出 → 甲, 乙): how a
 * question names them once the figure itself is named ("采购多少？甲乙各多少").
 */
export function partStems(ref: MetricRef): string[] {
  const parts = ref.type === "metric" ? (METRIC_BY_KEY.get(ref.key)?.parts ?? []) : [];
  if (parts.length < 2) return [];
  const [head, tail] = commonEnds(parts);
  const stems = parts.map((p) => p.slice(head, p.length - tail));
  return stems.every((s) => s.length >= 2) ? stems : [];
}

/** A word made only of the stems of a named figure's parts and list marks ("甲乙", "甲、丙和乙"). */
export function namesPartsOf(word: string, refs: MetricRef[]): boolean {
  const stems = refs.flatMap(partStems);
  if (!stems.length) return false;
  let rest = word.replace(/[、，,和及与跟/]|以及/g, "");
  while (rest) {
    const stem = stems.find((s) => rest.startsWith(s));
    if (!stem) return false;
    rest = rest.slice(stem.length);
  }
  return word.length > 0;
}

/** "那三个专项（甲、乙、丙）": a number of things and their kind, heading the list that names them. */
const LIST_HEAD =
  /^(?:这|那)?([两二三四五六七八九十]|\d{1,2})(?:个|项|笔|类)[\u4e00-\u9fa5]{0,6}?(?:专项|项目|资金)$/;
const NUMERALS = "一两三四五六七八九十";

/**
 * The head of a list of projects the question names ("三个专项（甲、乙、丙）"): no
 * qualifier of them when the number agrees with the projects named.
 */
export function headsProjectList(word: string, refs: MetricRef[]): boolean {
  const m = LIST_HEAD.exec(word);
  if (!m) return false;
  const projects = refs.filter((r) => r.type === "project").length;
  const count = /\d/.test(m[1]) ? Number(m[1]) : m[1] === "二" ? 2 : NUMERALS.indexOf(m[1]) + 1;
  return projects >= 2 && count === projects;
}
