import type { Basis, DocKind } from "../schema.js";

/** Which figure of its subject a number in a sentence is: the fact's column, basis, sign and year. */
export interface Role {
  column: string;
  basis?: Basis;
  sign?: 1 | -1;
  yoy?: boolean;
  /** "2025年当年预算执行数为…": a figure of another year than the document's. */
  period?: number;
  /** "比上年预算53.39万元增加2.96万元": the year before the document's. */
  lastYear?: boolean;
}

/** "2024年预算数11.20万元，2025年预算数11.97万元": a budget of the year named right before it. */
const YEAR_BUDGET = /(20\d{2})\s*年度?的?(年初|全年)?预算(?:数|额)?(?:为|是)?[：:]?$/;

/** "<年>年“<某项>”预算A万元": a year's budget of the subject said between them, in the number's clause. */
const YEAR_BUDGET_ACROSS =
  /^(20\d{2})\s*年度?[^，,。；;\d]{1,16}?(年初|全年)?预算(?:数|额)?(?:为|是)?[：:]?$/;

/** The spending of the year the figure before was of ("，全年实际支出", "，实际执行"). */
const SPENT_OF_YEAR =
  /^[，,]?(?:全年|当年)?(?:实际(?:支出|执行|完成)|执行数?|决算数?)(?:数|额)?(?:为|是)?[：:]?$/;

/** "预计全年执行数为", "预计执行": the spending a budget expects of the year it closes. */
const PROJECTED = /预计(?:全年)?(?:执行|支出|完成)(?:数|额)?(?:为|是)?$/;

/** "比上年预算", "较上年决算数": the figure right after is last year's, the change comes after it. */
const LAST_YEAR_FIGURE =
  /(?:(?:比|较|与)上年度?(预算|决算)?数?|上年度?(预算|决算)数?|(?:^|[，,；;])上年度?)(?:为|是)?[：:]?$/;

const CHANGE = /增加|减少|增长|降低|下降|上升|节约|超支/;
/** "比2024年预算12.40万元减少…": the figure right after is that year's budget (or final account). */
const COMPARED_YEAR_FIGURE = /(?:比|较)(20\d{2})年度?的?(年初|全年)?(预算|决算)(?:数|额)?(?:为|是)?[：:]?$/;
/** "，上年<某费>为0.00万元": a clause opening with 上年 states last year's figure of what it names. */
/** A clause opening with last year (not 上年结转, this year's income). */
const LAST_YEAR_OPENS = /^上年度?(?!结转|结余)/;
const LAST_YEAR_CLAUSE = new RegExp(
  `${LAST_YEAR_OPENS.source}[^，,。；;（()）]{0,20}?(?:为|是|均为|预算数?|决算数?)[：:]?$`,
);
/** "，<某项>预算…" right after a clause of last year's ("上年<甲>预算A万元，<乙>预算B万元"): last year's too. */
const LISTED_ON = /^(?!本年|今年|20\d{2})[^，,。；;（()）\d]{1,16}?(?:预算|决算)数?(?:为|是)?[：:]?$/;
/** "（2023年度收、支总计均为…）": an aside opening with a year states that year's figure. */
const YEAR_CLAUSE = /^[（(](20\d{2})\s*年度?[^，,。；;（()）\d预算]{0,20}?(?:为|是|均为)[：:]?$/;
/** A comparison with last year, stated in the window or earlier in the sentence. */
const VERSUS_LAST_YEAR =
  /与上年度?(?:[^，,。；;]*?)相比|比上年|较上年|同比|[比较]20\d{2}\s*年|与20\d{2}\s*年度?(?:[^，,。；;]*?)相比|上年决算数/;
/**
 * "与2023年度<某项>…": a comparison with a named year opened and not yet closed by "相比" or a
 * change, so the number after it is that year's figure.
 */
const COMPARED_WITH_YEAR = /与\s*(20\d{2})\s*年度?(?:[^，,。；;与]*)$/;
/** "与上年<某项>…": a comparison with last year opened and not yet closed, so the number after it is last year's. */
const COMPARED_WITH_LAST_YEAR = /与上年度?(?:(?!相比|相较)[^，,。；;与])*$/;
/**
 * An aside opened and not closed before the number, naming staff moved in or out that the figure
 * before includes ("（含<某单位>划入的编制M名）"): not the body's own count.
 */
const INCLUDED_ASIDE =
  /[（(](?:含|包含|包括|其中)[^（）()]*(?:划入|划转|划出|调入|调出|转入|转出|并入)[^（）()]*$/;
/** A clause naming what was added to (or cut from) the budget during the year, its amount right after. */
const BUDGET_ADDED = /^(?:其中)?(?:年中|年内|当年)?(?:追加|调增|调减|追减)[^，,。；;（()）为是]*$/;
/** The clause a number ends, from the last comma or opening bracket before it. */
const lastClause = (context: string) => (context.split(/[，,。；;（(]/).pop() ?? "").replace(/\s/g, "");
/** "2025年当年预算执行数", "2022年预算执行数": what was spent of a year's budget. */
const EXECUTED = /(20\d{2})\s*年度?(?:当年)?(?:预算)?执行数/;
/** The same with the subject between the year and 执行数, in the clause the number ends. */
const EXECUTED_ACROSS = /(20\d{2})\s*年度?[^，,。；;\d]{1,16}?(?:预算)?执行数(?:为|是)?$/;

/**
 * The role of a number from the words before it: `window` since the previous figure or the
 * subject, `context` the whole sentence before it. A change ("减少41.20万元") is never a level of
 * its subject: it is a change on last year or on the budget, or not taken.
 */
export function roleOf(
  window: string,
  unit: string,
  kind: DocKind,
  prev: Role | undefined,
  sentenceBefore = window,
): Role | undefined {
  // (A figure's thousands separators are no clause break: "与2023年<某项>58,013.19万元相比，增加…".)
  const context = sentenceBefore.replace(/(\d),(?=\d{3})/g, "$1");
  if (unit === "%") return rateRole(window, prev);
  if (unit === "分") return { column: "得分" };
  // "…调整为N名（含<某单位>划入的编制M名）": staff moved, inside an aside of what a figure includes.
  if (!/元$/.test(unit) && INCLUDED_ASIDE.test(context)) return undefined;
  // "商务接待5批次47人": a count right after another counts the same thing in another measure.
  if (!/元$/.test(unit))
    return !window.trim() && prev?.column.startsWith("数量") ? prev : countRole(window, context);
  if (/比(?:年初)?预算数?|较(?:年初)?预算数?/.test(window) && /(增加|减少|降低|下降|节约|超支)/.test(window))
    return { column: /年初/.test(window) ? "比年初预算增减额" : "比预算增减额", sign: signOf(window) };
  // "（其中年初预算A万元，年中追加<某费>B万元）": an addition to the budget, neither budget nor actual.
  if (BUDGET_ADDED.test(lastClause(context))) return undefined;
  // A closed aside says nothing of the figure after it ("（年初预算未安排，年中追加），支出决算为").
  window = window.replace(/[（(][^（）()]*[)）]/g, "");
  // (Words a line break kept apart are read together: "比" / "上年预算".)
  const joined = window.replace(/\s/g, "");
  const lastYear = LAST_YEAR_FIGURE.exec(joined);
  if (lastYear && !CHANGE.test(window)) return lastYearRole(lastYear[1] ?? lastYear[2], kind);
  const comparedYear = COMPARED_YEAR_FIGURE.exec(joined);
  if (comparedYear && !CHANGE.test(window)) {
    const period = Number(comparedYear[1]);
    return comparedYear[3] === "预算"
      ? { ...budgetRole(comparedYear[2], kind), period }
      : { column: "决算数", basis: "决算", period };
  }
  // (A change right after last year's figure, "上年A万元，增加B万元", is the change on it.)
  if (
    VERSUS_LAST_YEAR.test(window) ||
    ((prev?.yoy || prev?.lastYear) && /(增加|减少|增长|降低)/.test(window))
  )
    return CHANGE.test(window) ? { column: "比上年增减额", sign: signOf(window), yoy: true } : undefined;
  if (CHANGE.test(window))
    return VERSUS_LAST_YEAR.test(context)
      ? { column: "比上年增减额", sign: signOf(window), yoy: true }
      : undefined;
  // The clause the number ends, from its last comma: "上年<某费>为", "（2023年度<某项>均为".
  const clause = (context.split(/[，,。；;]/).pop() ?? "").replace(/\s/g, "");
  if (LAST_YEAR_CLAUSE.test(clause)) return lastYearRole(/决算/.test(clause) ? "决算" : undefined, kind);
  if (LISTED_ON.test(clause) && listedAfterLastYear(context)) return lastYearRole(undefined, kind);
  const yearClause = YEAR_CLAUSE.exec(clause);
  if (yearClause)
    return kind === "预算"
      ? { column: "年初预算数", basis: "年初预算", period: Number(yearClause[1]) }
      : { column: "决算数", basis: "决算", period: Number(yearClause[1]) };
  // "预计全年执行24.85万元": what last year's budget is expected to have spent.
  if (PROJECTED.test(joined)) return { column: "决算数", basis: "决算" };
  const yearBudget = YEAR_BUDGET.exec(joined);
  if (yearBudget) return { ...budgetRole(yearBudget[2], kind), period: Number(yearBudget[1]) };
  // "2024年“三公”经费预算执行数为…": the year said before the subject the spending is of.
  const executed =
    EXECUTED.exec(window) ?? (/执行数/.test(window) ? EXECUTED_ACROSS.exec(lastClause(context)) : null);
  if (executed) return { column: "决算数", basis: "决算", period: Number(executed[1]) };
  const budgetAcross = YEAR_BUDGET_ACROSS.exec(lastClause(context));
  if (budgetAcross) return { ...budgetRole(budgetAcross[2], kind), period: Number(budgetAcross[1]) };
  // "<年>年<某项>预算A万元，全年实际支出B万元": what was spent of the year just named.
  if (prev?.period && !prev.yoy && SPENT_OF_YEAR.test(joined))
    return { column: "决算数", basis: "决算", period: prev.period };
  // "…执行数为A万元，其中：<某费>B万元": the parts listed after an earlier year's spending are of it too.
  const listedAfter = /^(.*?)[\d,.]+\s*万元[，,；;]?\s*其中/.exec(context.replace(/\s/g, ""));
  const spentOf =
    !window.trim() && listedAfter
      ? (EXECUTED.exec(listedAfter[1]) ?? EXECUTED_ACROSS.exec(lastClause(listedAfter[1])))
      : null;
  if (spentOf) return { column: "决算数", basis: "决算", period: Number(spentOf[1]) };
  // "与2023年度收入支出总计9254.83万元相比": the figure compared with is that year's.
  const compared = COMPARED_WITH_YEAR.exec(context);
  if (compared)
    return kind === "预算" && /预算/.test(compared[0])
      ? { column: "年初预算数", basis: "年初预算", period: Number(compared[1]) }
      : { column: "决算数", basis: "决算", period: Number(compared[1]) };
  // "与上年财政拨款收、支总计11,817.94万元相比": the figure compared with is last year's.
  if (COMPARED_WITH_LAST_YEAR.test(context.replace(/\s/g, ""))) return lastYearRole(undefined, kind);
  if (/年初预算/.test(window)) return { column: "年初预算数", basis: "年初预算" };
  if (/调整后预算|全年预算/.test(window)) return { column: "全年预算数", basis: "全年预算" };
  if (/预算|安排/.test(window))
    return kind === "预算"
      ? { column: "年初预算数", basis: "年初预算" }
      : { column: "预算数", basis: "预算" };
  if (
    /决算|实际支出|执行数|支出|开支|共计|合计|总计/.test(window) ||
    // "政府采购金额（以合同签订为准）为…万元": a bracketed aside is no other noun.
    window.replace(/[（(][^（）()]*[)）]/g, "").replace(/[为是：:，,\s“”"]/g, "").length <= 2
  ) {
    if (kind === "预算")
      return /决算/.test(window)
        ? { column: "决算数", basis: "决算" }
        : { column: "年初预算数", basis: "年初预算" };
    return { column: "决算数", basis: "决算" };
  }
  return undefined;
}

/** A budget figure: 年初 or 全年 as named, else a budget's own 年初预算 (a final account's 预算数). */
function budgetRole(named: string | undefined, kind: DocKind): Role {
  if (named === "全年") return { column: "全年预算数", basis: "全年预算" };
  return named === "年初" || kind === "预算"
    ? { column: "年初预算数", basis: "年初预算" }
    : { column: "预算数", basis: "预算" };
}

/** Last year's figure on the basis named, or the document's own ("比上年" in a budget: last year's budget). */
/** The clauses before this one list last year's figures from a clause that opens with 上年. */
function listedAfterLastYear(context: string): boolean {
  const clauses = context
    .replace(/\s/g, "")
    .split(/[，,；;]/)
    .slice(0, -1)
    .reverse();
  for (const clause of clauses) {
    if (!LISTED_FIGURE.test(clause)) return false;
    if (LAST_YEAR_OPENS.test(clause)) return true;
  }
  return false;
}

/** A clause stating one figure ("上年<甲>预算A万元", "<乙>预算B万元"). */
const LISTED_FIGURE = /^[^，,。；;（()）\d]{1,20}?(?:预算|决算)数?(?:为|是)?[：:]?[\d,]+(?:\.\d+)?万?元$/;

function lastYearRole(named: string | undefined, kind: DocKind): Role {
  const budget = named ? named === "预算" : kind === "预算";
  return budget
    ? { column: "年初预算数", basis: "年初预算", lastYear: true }
    : { column: "决算数", basis: "决算", lastYear: true };
}

function rateRole(window: string, prev: Role | undefined): Role | undefined {
  if (/完成(?:年初)?预算(?:数)?的?/.test(window))
    return { column: /年初/.test(window) ? "年初预算完成率" : "预算完成率" };
  if (/占/.test(window)) return { column: "占比" };
  if (/比(?:年初)?预算|较(?:年初)?预算/.test(window) && /(增|减|降|下降|上升)/.test(window))
    return { column: /年初/.test(window) ? "比年初预算增减率" : "比预算增减率", sign: signOf(window) };
  // "比年初预算减少…万元，降低…%": the rate of the change on the budget just stated.
  if (/(增长|增加|减少|降低|下降|上升)/.test(window) && prev && /^比(?:年初)?预算增减额$/.test(prev.column))
    return { column: prev.column.replace(/额$/, "率"), sign: signOf(window) };
  if (
    /(增长|增加|减少|降低|下降|上升)/.test(window) &&
    (prev?.yoy || /上年|同比|上一年|比20\d{2}年/.test(window))
  )
    return { column: "比上年增减率", sign: signOf(window), yoy: true };
  return undefined;
}

/** "预算安排购置车辆1辆", "拟新增配置公务用车0辆": things to be bought, not those held. */
/** Buying what is counted ("购置车辆<n>辆"; "更新<n>辆…用车": a replacement bought). */
const TO_BUY = /购置|购买|新增|采购|更新/;

function countRole(window: string, context: string): Role {
  // The clause the count closes (its subject may have been named just before it).
  if (TO_BUY.test(context.split(/[，,、：:；;（(。]/).pop() ?? "")) return { column: "数量（购置）" };
  const segment = window.split(/[，,、：:；;（(]/).pop() ?? "";
  // "2024年度共接待来访团组8个": the year says when, the noun is what was counted.
  const undated = segment.replace(/^20\d{2}\s*年度?/, "");
  // "计划召开全县…工作会议等会议2次": what is counted is the kind after 等, not the verb and examples.
  const noun = (/[\u4e00-\u9fa5]{2}/.test(undated) ? undated : segment)
    .replace(/^.*等(?=[\u4e00-\u9fa5]{2,}$)/, "")
    .replace(/^(?:计划|拟)?(?:召开|开展|举办|组织)/, "")
    .replace(/^(?:主要)?原因(?:是|为)/, "")
    // "…万元，主要用于<N>个<某类机构>": what the money is for, counted after the number, not before.
    .replace(/^(?:主要)?(?:用于|用在)$/, "")
    .replace(/^(其中|共有|主要是|累计|全年|共)/, "")
    .replace(/(为|共|累计|计|有|达|约|合计|保有量为?)$/g, "")
    .slice(-10);
  return { column: noun && /[\u4e00-\u9fa5]/.test(noun) ? `数量（${noun}）` : "数量" };
}

export function signOf(window: string): 1 | -1 {
  const last = [...window.matchAll(/(增加|增长|上升|超支|减少|降低|下降|节约)/g)].pop()?.[1] ?? "";
  return /减少|降低|下降|节约/.test(last) ? -1 : 1;
}
