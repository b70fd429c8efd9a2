import { money, sum } from "../../lib/money.js";
import type { Fact, Warning } from "../schema.js";
import type { CheckOutcome } from "./check-outcome.js";

/** A failed identity: a printed total and the parts it should be the sum of. */
interface Missed {
  total: Fact;
  parts: Fact[];
}

/**
 * A cell that is the total of one failed identity and a part of another, where the value its own
 * parts give also makes the identity above it hold (a 302 subtotal its items miss, and the 公用经费
 * total that misses 302 + 310 by the same amount the other way): that cell alone is misprinted,
 * and both identities say what it should be. Only exact agreement counts; a cell whose two
 * identities give two values is left as the two disagreements it is.
 *
 * The warning's facts are the cell, then the total above it, then that total's other parts; the
 * cell's own parts are those of its `sum_mismatch` warning.
 */
export function misprintedCells(outcomes: CheckOutcome[], facts: Fact[]): Warning[] {
  const byId = new Map(facts.map((fact) => [fact.id, fact]));
  const missed = outcomes.flatMap((outcome) => missedIdentity(outcome, byId));
  const warnings: Warning[] = [];
  const seen = new Set<string>();
  for (const below of missed) {
    const cell = below.total;
    if (seen.has(cell.id)) continue;
    const fromParts = sum(below.parts.map((part) => part.value));
    if (fromParts.eq(cell.value)) continue;
    const above = missed.find(
      (identity) =>
        identity.parts.some((part) => part.id === cell.id) && fromAbove(identity, cell.id).eq(fromParts),
    );
    if (!above) continue;
    seen.add(cell.id);
    const others = above.parts.filter((part) => part.id !== cell.id);
    const factIds = [cell.id, above.total.id, ...others.map((part) => part.id)];
    warnings.push({
      code: "misprint",
      message: `「${cell.row}」${cell.column}印为${cell.value}；其组成部分之和与「${above.total.row}」${above.total.value}减去其余部分（${others.map((part) => part.value).join(" + ")}）都为${fromParts.toFixed()}`,
      factIds,
    });
  }
  return warnings;
}

/** The identity a failed sum check stands for, with its facts. */
function missedIdentity(outcome: CheckOutcome, byId: Map<string, Fact>): Missed[] {
  if (outcome.warning?.code !== "sum_mismatch" || outcome.factIds.length < 3) return [];
  const [total, ...parts] = outcome.factIds.map((id) => byId.get(id));
  if (!total || !parts.every((part): part is Fact => !!part)) return [];
  if (parts.some((part) => part.measure !== total.measure)) return [];
  return [{ total, parts }];
}

/** What a part must be for its identity to hold: the total less the other parts. */
function fromAbove(identity: Missed, partId: string) {
  const others = identity.parts.filter((part) => part.id !== partId);
  return money(identity.total.value).minus(sum(others.map((part) => part.value)));
}
