import { money } from "../../lib/money.js";
import { matchKey } from "../text/normalize-text.js";
import type { Fact, ParsedTable, Warning } from "../schema.js";

/** Dice coefficient over character bigrams: tolerant of the typos narratives carry (其城乡社区支出). */
export function similarity(a: string, b: string): number {
  const grams = (s: string) => {
    const out = new Map<string, number>();
    for (let i = 0; i < s.length - 1; i++) out.set(s.slice(i, i + 2), (out.get(s.slice(i, i + 2)) ?? 0) + 1);
    return out;
  };
  const ga = grams(a);
  const gb = grams(b);
  let common = 0;
  for (const [g, n] of ga) common += Math.min(n, gb.get(g) ?? 0);
  const total = Math.max(1, a.length - 1 + b.length - 1);
  return (2 * common) / total;
}

/**
 * Narrative subject lines name a 项 by 类/款/项 names, never by code. Find the code in the
 * document's own tables: by name, narrowed by the 款 row when listed, then by amount. The same
 * 项 name (行政运行) occurs under many 款, so an unresolved subject is reported, not guessed.
 */
export function resolveSubjectCodes(facts: Fact[], tables: ParsedTable[]): Warning[] {
  const rows: { code: string; name: string; total?: string }[] = [];
  const totals = new Map<string, string>();
  for (const f of facts) {
    if (!f.rowCode || !f.table || !["02", "03", "05"].includes(f.table)) continue;
    if (/合计|小计/.test(f.column) && !totals.has(f.rowCode)) totals.set(f.rowCode, f.value);
  }
  for (const t of tables) {
    if (!t.number || !["02", "03", "05"].includes(t.number)) continue;
    for (const r of t.rows) {
      const k = r.keys[0];
      if (k?.code && !rows.some((x) => x.code === k.code))
        rows.push({ code: k.code, name: k.name, total: totals.get(k.code) });
    }
  }
  completeCutNames(facts, rows);
  const warnings: Warning[] = [];
  const groups = new Map<string, Fact[]>();
  for (const f of facts) {
    if (!f.rowPath || f.rowPath.length !== 3 || f.rowCode) continue;
    const key = `${f.source.lines.join("-")}|${f.rowPath.join("/")}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  for (const group of groups.values()) {
    const [cls, kuan, xiang] = group[0].rowPath ?? [];
    const actual = group.find((f) => f.basis === "决算")?.value;
    // The most similar 款 (政府办公厅… and 党委办公厅… differ in two characters only).
    const kuanRow = rows
      .filter((r) => r.code.length === 5)
      .map((r) => ({ r, score: similarity(matchKey(r.name), matchKey(kuan)) }))
      .filter((x) => x.score >= 0.8)
      .sort((a, b) => b.score - a.score)[0]?.r;
    let candidates = rows.filter((r) => r.code.length === 7 && (!kuanRow || r.code.startsWith(kuanRow.code)));
    const scored = candidates
      .map((r) => {
        const a = matchKey(r.name);
        const b = matchKey(xiang);
        return { r, score: a === b ? 1 : b.endsWith(a) ? 0.9 : similarity(a, b) };
      })
      .filter((x) => x.score >= 0.5);
    // The amount decides between similar names; otherwise only a clearly best name is taken.
    const byValue = actual
      ? scored.filter((x) => x.r.total !== undefined && money(x.r.total).eq(money(actual)))
      : [];
    if (byValue.length === 1) candidates = [byValue[0].r];
    else {
      const best = Math.max(0, ...scored.map((x) => x.score));
      const top = scored.filter((x) => x.score === best && best >= 0.75);
      candidates = top.length ? top.map((x) => x.r) : scored.filter((x) => x.score >= 0.75).map((x) => x.r);
    }
    if (candidates.length === 1) {
      for (const f of group) f.rowCode = candidates[0].code;
    } else {
      const options =
        candidates.map((c) => `${c.code} ${c.name}${c.total ? ` ${c.total}` : ""}`).join("、") ||
        "无同名科目";
      warnings.push({
        code: "unresolved",
        message: `说明中的科目“${cls}/${kuan}/${xiang}”${actual ? `（决算${actual}万元）` : ""}无法唯一对应到表中科目：${options}`,
        factIds: group.map((f) => f.id),
      });
    }
  }
  return warnings;
}

/**
 * A subject line wrapped across lines ("…基本养老保险缴" / "费支出（项）（2080505）：…") leaves its
 * paragraph with the name's tail: a prose fact whose printed code the tables list, under a name that
 * ends with the fact's, takes the table's name.
 */
function completeCutNames(facts: Fact[], rows: { code: string; name: string }[]): void {
  const names = new Map(rows.map((row) => [row.code, row.name]));
  for (const fact of facts) {
    const name = fact.table || !fact.rowCode ? undefined : names.get(fact.rowCode);
    if (!name || name === fact.row || !matchKey(name).endsWith(matchKey(fact.row))) continue;
    fact.row = name;
    if (fact.rowPath?.length) fact.rowPath = [...fact.rowPath.slice(0, -1), name];
  }
}
