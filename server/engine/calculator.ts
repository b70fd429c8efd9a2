import { decimalsOf, Money, money } from "../../lib/money.js";

/** A computed figure with the formula that produced it ("12.6 ÷ 40 = 31.50%"). */
export interface Computed {
  value: string;
  measure: string;
  formula: string;
  /** Decimals to print when asked for other than the usual two ("四舍五入到万元"). */
  places?: number;
  /** A rate's value before rounding, for another precision asked ("保留一位小数"). */
  exact?: string;
}

/** Operands print as the documents print them; results round half-up to 2 decimals. */
function show(v: string): string {
  return money(v).toFixed();
}

export function ratio(part: string, whole: string): Computed | undefined {
  if (money(whole).isZero()) return undefined;
  const exact = money(part).div(whole).times(100);
  const value = exact.toDecimalPlaces(2, Money.ROUND_HALF_UP).toFixed(2);
  return {
    value,
    measure: "%",
    formula: `${show(part)} ÷ ${show(whole)} = ${value}%`,
    exact: exact.toFixed(),
  };
}

/**
 * The share of one figure in another, only when both are in the same measure: 3辆 of 52.6万元
 * is no share, and is not computed.
 */
export function factRatio(
  part: { value: string; measure: string },
  whole: { value: string; measure: string },
): Computed | undefined {
  return part.measure === whole.measure ? ratio(part.value, whole.value) : undefined;
}

/** How many times b the amount a is ("131.13 ÷ 9 = 14.57倍"). */
export function times(a: string, b: string): Computed | undefined {
  if (money(b).isZero()) return undefined;
  const exact = money(a).div(b);
  const value = exact.toDecimalPlaces(2, Money.ROUND_HALF_UP).toFixed(2);
  return { value, measure: "倍", formula: `${show(a)} ÷ ${show(b)} = ${value}倍`, exact: exact.toFixed() };
}

/** An amount in 万元 stated in 亿元 ("37151.47万元 ÷ 10000 = 3.72亿元"), half-up to 2 decimals. */
export function inHundredMillions(wan: string): Computed {
  const value = money(wan).div(10000).toDecimalPlaces(2, Money.ROUND_HALF_UP).toFixed(2);
  return { value, measure: "亿元", formula: `${show(wan)}万元 ÷ 10000 = ${value}亿元` };
}

/** An amount in 元 stated in 万元 ("171915169元 ÷ 10000 = 17191.52万元"), half-up to `places` decimals. */
export function inTenThousands(yuan: string, places = 2): Computed {
  const value = money(yuan).div(10000).toDecimalPlaces(places, Money.ROUND_HALF_UP).toFixed(places);
  return { value, measure: "万元", formula: `${show(yuan)}元 ÷ 10000 = ${value}万元`, places };
}

/** An amount per person or vehicle ("600 ÷ 25 = 24万元/人"), half-up to 2 decimals. */
export function perUnit(amount: string, count: string, measure: string): Computed {
  const value = money(amount).div(count).toDecimalPlaces(2, Money.ROUND_HALF_UP).toFixed(2);
  // Under 0.1万元 apiece two decimals of 万元 keep one digit: the quotient is stated in 元
  // ("a × 10000 ÷ n = q元/人次").
  if (measure.startsWith("万元/") && money(amount).div(count).abs().lt(0.1) && !money(amount).isZero()) {
    const inYuan = money(amount).times(10000).div(count).toDecimalPlaces(2, Money.ROUND_HALF_UP).toFixed(2);
    const per = measure.replace(/^万元/, "元");
    return {
      value: inYuan,
      measure: per,
      formula: `${show(amount)} × 10000 ÷ ${show(count)} = ${inYuan}${per}`,
    };
  }
  const exact = money(amount).div(count).toFixed();
  return { value, measure, formula: `${show(amount)} ÷ ${show(count)} = ${value}${measure}`, exact };
}

/** An annual amount spread over twelve months ("1200 ÷ 12 = 100.00"), half-up to 2 decimals. */
export function perMonth(annual: string, measure: string): Computed {
  const exact = money(annual).div(12);
  const value = exact.toDecimalPlaces(2, Money.ROUND_HALF_UP).toFixed(2);
  return { value, measure, formula: `${show(annual)} ÷ 12 = ${value}`, exact: exact.toFixed() };
}

/** A negative amount subtracted is written in brackets: "173.19 − (-13.97)". */
function subtrahend(v: string): string {
  return money(v).isNegative() ? `(${show(v)})` : show(v);
}

export function difference(a: string, b: string, measure: string): Computed {
  const value = money(a).minus(b).toFixed();
  return {
    value,
    measure,
    formula: `${show(a)} − ${subtrahend(b)} = ${money(value).toFixed(Math.max(decimalsOf(a), decimalsOf(b)))}`,
  };
}

/** A whole less several parts ("a − b − c = d"), exact. */
export function lessAll(whole: string, parts: string[], measure: string): Computed {
  return addedLess([whole], parts, measure);
}

/** Some figures added and others taken off ("a + b − c = d"), exact. */
export function addedLess(plus: string[], minus: string[], measure: string): Computed {
  const added = plus.reduce((acc, v) => acc.plus(v), money(0));
  const value = minus.reduce((acc, v) => acc.minus(v), added).toFixed();
  const places = Math.max(...[...plus, ...minus].map(decimalsOf));
  const taken = minus.map((v) => ` − ${subtrahend(v)}`).join("");
  return {
    value,
    measure,
    formula: `${plus.map(show).join(" + ")}${taken} = ${money(value).toFixed(places)}`,
  };
}

/** The scale of a money measure in 元 (万元 is 10⁴ 元). */
const YUAN_PER: Readonly<Record<string, number>> = { 元: 1, 千元: 1_000, 万元: 10_000, 亿元: 100_000_000 };

/** Is this measure money (元, 千元, 万元, 亿元), which converts into any other money measure? */
export const isMoneyMeasure = (measure: string): boolean => Object.hasOwn(YUAN_PER, measure);

/**
 * An amount written in another money measure and rounded half-up to `places` decimals
 * ("<a>.<bcd>万元 → <a>万元"); undefined unless both measures are money.
 */
export function roundedTo(value: string, measure: string, to: string, places: number): Computed | undefined {
  const from = YUAN_PER[measure];
  const into = YUAN_PER[to];
  if (!from || !into) return undefined;
  const converted = money(value).times(from).div(into);
  const result = converted.toDecimalPlaces(places, Money.ROUND_HALF_UP).toFixed(places);
  const scale = from === into ? "" : from > into ? ` × ${from / into}` : ` ÷ ${into / from}`;
  const written = scale
    ? `${show(value)}${measure}${scale} = ${converted.toFixed()}${to}，`
    : `${show(value)}${to}`;
  return {
    value: result,
    measure: to,
    places,
    formula: `${written}四舍五入到${places ? `${places}位小数` : "个位"}为 ${result}${to}`,
  };
}

/**
 * A rate (%, 倍) written with other decimals than two, from its unrounded value; `computedAs` is
 * the division it came from ("a ÷ b"), shown instead of the long unrounded number.
 */
export function rateRoundedTo(exact: string, measure: string, places: number, computedAs?: string): Computed {
  const result = money(exact).toDecimalPlaces(places, Money.ROUND_HALF_UP).toFixed(places);
  const rounding = `四舍五入到${places ? `${places}位小数` : "个位"}`;
  return {
    value: result,
    measure,
    places,
    formula: computedAs
      ? `${computedAs} = ${result}${measure}，${rounding}`
      : `${rounding}为 ${result}${measure}`,
  };
}

/** How far apart two amounts are: the larger less the smaller, its direction said in words. */
export function gap(a: string, b: string, measure: string): Computed {
  return money(a).gt(b) ? difference(a, b, measure) : difference(b, a, measure);
}

export function total(values: string[], measure: string): Computed {
  const value = values.reduce((acc, v) => acc.plus(v), money(0)).toFixed();
  return { value, measure, formula: `${values.map(show).join(" + ")} = ${value}` };
}

/** The mean of several figures ("(120 + 80.5) ÷ 2 = 100.25"), half-up to 2 decimals. */
export function average(values: string[], measure: string): Computed {
  const sum = values.reduce((acc, v) => acc.plus(v), money(0));
  const value = sum.div(values.length).toDecimalPlaces(2, Money.ROUND_HALF_UP).toFixed(2);
  return { value, measure, formula: `(${values.map(show).join(" + ")}) ÷ ${values.length} = ${value}` };
}

/** A figure raised or cut by a percentage ("50 × (1 − 10%) = 45.00"), half-up to 2 decimals. */
export function scaled(value: string, percent: string, measure: string): Computed {
  const factor = money(percent).div(100).plus(1);
  const result = money(value).times(factor).toDecimalPlaces(2, Money.ROUND_HALF_UP).toFixed(2);
  const sign = money(percent).isNegative() ? "−" : "+";
  return {
    value: result,
    measure,
    formula: `${show(value)} × (1 ${sign} ${money(percent).abs().toFixed()}%) = ${result}`,
  };
}

/** Growth rate (current − previous) ÷ previous, in percent. */
export function growth(current: string, previous: string): Computed | undefined {
  if (money(previous).isZero()) return undefined;
  const value = money(current)
    .minus(previous)
    .div(previous)
    .times(100)
    .toDecimalPlaces(2, Money.ROUND_HALF_UP)
    .toFixed(2);
  return {
    value,
    measure: "%",
    formula: `(${show(current)} − ${show(previous)}) ÷ ${show(previous)} = ${value}%`,
  };
}

/** Last year's figure implied by this year's and a stated growth rate ("120 ÷ (1 + 20%) = 100.00"). */
export function beforeGrowth(current: string, ratePercent: string, measure: string): Computed | undefined {
  const factor = money(ratePercent).div(100).plus(1);
  if (factor.isZero()) return undefined;
  const value = money(current).div(factor).toDecimalPlaces(2, Money.ROUND_HALF_UP).toFixed(2);
  return {
    value,
    measure,
    formula: `${show(current)} ÷ (1 ${money(ratePercent).isNegative() ? "−" : "+"} ${show(money(ratePercent).abs().toString())}%) = ${value}`,
  };
}

/** Difference of two rates: percentage points, never percent. */
export function pointsBetween(a: string, b: string): Computed {
  const value = money(a).minus(b).toDecimalPlaces(2, Money.ROUND_HALF_UP).toFixed(2);
  return { value, measure: "个百分点", formula: `${show(a)}% − ${show(b)}% = ${value}个百分点` };
}

/** How an amount prints in an answer: 2 decimals for money and rates, whole numbers for counts. */
export function formatValue(value: string, measure: string, places?: number): string {
  if (places !== undefined) return money(value).toFixed(places, Money.ROUND_HALF_UP);
  if (/元|%|百分点|倍/.test(measure)) return money(value).toFixed(2, Money.ROUND_HALF_UP);
  return money(value).toFixed();
}
