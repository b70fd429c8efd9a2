import type { Fact } from "../schema.js";

/** An amount inside a clause. */
const AMOUNT_IN = /\d\s*(?:亿元|万元|元)/;

/** An amount as a sentence prints it, with its unit ("217万" too, the 元 left out). */
const AMOUNT = /(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元|万(?![人户])|亿)/g;

/**
 * Right after an amount, the words saying what it is for, to the end of that clause
 * ("510万元，主要用于<某平台>的运转保障；", "2170.39万元。主要用于：<甲>、<乙>等工作支出。"), or
 * the kinds of spending it is made of ("19.7万元，主要是<甲>、<乙>、<丙>等支出": a list of kinds,
 * never "主要是由于…", a reason), or of income ("事业收入…万元，占<p>%，主要为<甲>收入和<乙>收入", "…万元，
 * 为<某中心>承接<某业务>取得的收入").
 * (One lazy run on each side of the first joining word: a list of runs nested in a repeat would
 * backtrack without end on a clause that never closes with a kind.)
 */
const PURPOSE_AFTER =
  /^\s*[，,。]?\s*(?:占[^，,。；;]{0,20}?\d+(?:\.\d+)?%[，,]\s*)?((?:主要(?:用于|是用于)|用于)[：:]?[^。；;]{2,80}|主要(?:是|为|包括)(?!由于|因为|因)[^。；;，,]{1,40}?[、和及][^。；;，,]{1,80}?等?(?:支出|费用|开支|收入)(?=[。；;，,]|$)|(?:主要)?(?:为|系|来自)(?!由于|因为|因)[^。；;，,]{2,40}?的?收入(?=[。；;，,]|$))/;

/**
 * Narrative amounts whose sentence (or the next one) says what they are for get that purpose,
 * read right after the amount as printed. `text` is the paragraph the facts were read from.
 */
export function attachPurpose(text: string, facts: Fact[]): void {
  for (const fact of facts) {
    if (fact.purpose || fact.table || !/元$/.test(fact.measure)) continue;
    const purpose = purposeAfter(text, fact);
    if (purpose) fact.purpose = purpose;
  }
}

function purposeAfter(text: string, fact: Fact): string | undefined {
  const excerpt = fact.source.excerpt ?? "";
  const printed = Number((fact.printed?.value ?? fact.value).replace(/,/g, ""));
  for (const amount of excerpt.matchAll(AMOUNT)) {
    if (Number(amount[1].replace(/,/g, "")) !== printed) continue;
    // The excerpt up to the amount, found in the paragraph (an excerpt may join a later reason).
    const upTo = excerpt.slice(0, amount.index + amount[0].length);
    const at = text.indexOf(upTo);
    if (at < 0) return undefined;
    const purpose = PURPOSE_AFTER.exec(text.slice(at + upTo.length))?.[1].trim();
    // "主要用于以下方面：<甲>N万元，…": a breakdown of the amount, not what it is for.
    return purpose && !AMOUNT_IN.test(purpose) ? purpose : undefined;
  }
  return undefined;
}
