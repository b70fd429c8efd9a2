import type { Fact } from "../../ingest/schema.js";
import { money } from "../../lib/money.js";
import type { Knowledge } from "./knowledge.js";
import type { QueryPlan } from "./plan-schema.js";
import { WAN_PER } from "./ops/quoted-figures.js";

/**
 * A number the asker quotes from a document, precise enough to look up: a rate or an amount with
 * decimals or of three digits or more ("86.09%", "416.32%", "958万").
 */
const QUOTED_NUMBER = /(?<![\d.])(\d+\.\d+|\d{3,})\s*(%|％|万元|万|亿元|亿|元)/g;

/** Facts of the figures named, read to find which document prints the quoted number. */
const SAMPLE = 4000;

interface Quoted {
  value: string;
  measure: string;
}

function quotedNumbers(question: string): Quoted[] {
  return [...question.matchAll(QUOTED_NUMBER)].map((match) => {
    const rate = /[%％]/.test(match[2]);
    const value = rate ? money(match[1]) : money(match[1]).times(WAN_PER[match[2]]);
    return { value: value.toFixed(), measure: rate ? "%" : "万元" };
  });
}

/** The fact prints the quoted number (a 万元 figure to the decimals quoted). */
function prints(fact: Fact, quoted: Quoted): boolean {
  if (fact.measure !== quoted.measure) return false;
  const places = money(quoted.value).decimalPlaces();
  // A change is printed signed ("减少…-62.96"); the asker writes its size ("下降了62.96%").
  return money(fact.value).abs().toDecimalPlaces(places).eq(quoted.value);
}

/**
 * "<某项>增长<N>%是怎么算的", no unit named: when the documents of exactly one unit print that
 * number for the figure named, the question is about that unit and that document's year, and the
 * answer says how it was read. Otherwise the plan asks for the unit as before.
 */
export async function unitOfQuotedFigure(k: Knowledge, plan: QueryPlan): Promise<void> {
  if (plan.units.length || plan.unknownUnits.length || plan.clarify) return;
  const keys = plan.metrics.flatMap((ref) => (ref.type === "metric" ? [ref.key] : []));
  const quoted = quotedNumbers(plan.question);
  if (!keys.length || !quoted.length) return;
  const facts = await k.store.facts({ metrics: keys, limit: SAMPLE });
  const stating = facts.filter((fact) => quoted.some((number) => prints(fact, number)));
  const units = [...new Set(stating.map((fact) => fact.unit))];
  const documents = [...new Set(stating.map((fact) => fact.docId))];
  if (units.length !== 1 || documents.length !== 1) return;
  const [fact] = stating;
  plan.units = units;
  if (!plan.years.length) plan.years = [fact.year];
  plan.kind ??= fact.kind;
  plan.readings.push(`所引数字见于${fact.unit}${fact.year}年度${fact.kind}文件，按该文件回答`);
}
