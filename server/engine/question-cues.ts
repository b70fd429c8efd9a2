import { COUNT_CUES, ITEMS_COUNTED, THINGS_COUNTED } from "./lexicon/question-words.js";
import { DISTINCTION_ASKED } from "./lexicon/unit-topics.js";
import { FIRM_KINDS, FIRM_TRADES, GUESTS_AS_WHAT } from "./lexicon/asked-kinds.js";
import { EDITION_WORDS } from "./lexicon/edition-words.js";
import { BUDGET_LEFT } from "./lexicon/total-kin.js";
import { gapMeasureAsked } from "./lexicon/gap-ranking.js";
import { CLAIM_CHECKED, MULTIPLE_CLAIMS, SHARE_CLAIMS } from "./lexicon/claimed-sizes.js";
import type { Knowledge } from "./knowledge.js";
import type { MetricRef, Operation, QueryPlan } from "./plan-schema.js";

/** Units set against each other by a figure ("哪个高", "比较一下", "比一比"). */
const UNITS_SET_APART = /哪个|哪家|谁|更高|更低|更好|更差|比较|对比|相比|比一比|比比看/;

/** Words that mark a question about text (duties, structure, evaluation) rather than a figure. */
export const TEXT_QUESTION = new RegExp(
  `${/职责|职能|机构设置|内设机构|科室|股室|负责什么|干什么|做什么|做哪些|做了什么|干了什么|做了哪些|干了哪些|做了些什么|干了些什么|干了啥|做了啥|(?:有|取得了?)(?:什么|哪些|啥)(?:成果|成绩|成效)|(?:什么|哪些|啥)(?:成果|成绩|成效|目的|目标|作用|依据)|(?:效果|成效|效益)(?:怎么样|怎样|咋样|好不好)|想达到|要达到|达到什么|立项依据|怎么(?:实施|开展)|如何(?:实施|开展)|谁来(?:做|干|实施|负责|承担)|实施主体|实施周期|周期多[久长]|开展了哪些|取得了?哪些|有哪些成效|成效如何|效果如何|哪些工作|主要工作|绩效|自评|评价|得分|名词解释|(?:怎么|如何|怎样)定义|的定义|定义是|什么是|是什么意思|啥意思|含义|指什么|指的是?(?:什么|啥)|在哪(?:里|儿)?(?:能|可以)?(?:看到|查到|找到|下载)|(?:哪个|什么)网站|单位构成|(?<![含括同])(?:下面|下边|底下|下辖|下属|所属)的?(?:事业|行政|二级|基层)?单位|哪些单位|(?:下面|下边|底下|下辖)(?:管着?|管理着?|有|包括)?(?:哪几个|哪几家|几个|几家|哪些|多少个?)(?:预算|下属|所属)?(?:事业|行政|二级|基层)?(?:单位|机构)|(?:下面|下边|底下|内部|里面|下设)(?:有|设|分成?|分为)?了?(?:几个|哪些|多少个?)(?:部门|处室)|(?<![这那些])几(?:个|家)(?:下属)?单位(?![^，,。？?]{0,20}(?:排|比一比|比较|对比|最|谁|哪个|哪家))|汇总了|为什么没有|怎么公开|在哪公开|用途|干嘛|干啥|去干|做啥|为了什么|接待(?:了|的是|的)?谁|是谁|哪(?:几|些)?位|哪些项目(?!构成|组成)|什么项目|哪[两二三四五六七八九十\d]+个项目|(?:买|采购|购买|购置)了?(?:些)?(?:什么|哪些|啥)|去了?哪(?:些|个|里|儿)|哪(?:些|个)国家|哪些地方|哪些人|什么人|给了?谁|谁(?:中标|承建|施工|供货)|中标(?:单位|方|的)/.source}|哪(?:些|家|个)(?:${FIRM_TRADES})?(?:${FIRM_KINDS}|酒店|宾馆|饭店|餐厅|饭馆|招待所)|${GUESTS_AS_WHAT.source}|${DISTINCTION_ASKED.source}|${THINGS_COUNTED.source}`,
);

/** "为什么", "为啥少了", "怎么变成0了": why a figure is what it is or changed. */
const ASKS_WHY =
  /为什么|为何|为啥|为嘛|原因|理由|怎么回事|咋回事|(?<!名词)解释(?!一?下?[^，,。？?]{0,14}(?:是什么|是啥|什么意思|啥意思|的意思|含义|的定义))|怎么(?:变成|变为|成了|降到|降为|没了|还(?:有|要|安排|会))|咋(?:会|这么|那么|少|多|降|涨|变)|(?:怎么|咋)[^，,。？?]{0,10}(?:都|也)?没(?:花|用|有|安排|支出|开支)/;

/** Several years asked together ("近两年", "连续两年", "历年"). */
const TREND = /(?:近|连续|最近)(两|二|三|四|五|几|[2-5])年|历年|这几年|逐年|趋势|两年/;
/** A draft asked to be written, to paste into a report ("起草一段说明", "帮我写"). */
export const DRAFTING =
  /起草|拟写|草拟|拟(?:个|一段|一份|一个)[^，,。？?]{0,24}?(?:说明|草稿|稿子|文字|材料|解释|段)|写一段|写个|撰写|写段|写一下|写一份|写份|写点|帮忙写|帮我写|帮[^，,。？?]{1,12}?写(?=[^，,。？?]{0,30}(?:说明|草稿|稿|材料|解释|文字|段))|(?:给我)?一段(?:文字|话)|给我一段|说明稿|解释稿|(?:差异|情况)说明(?:材料|稿)?$/;
/** A ranking asked. */
export const RANKING =
  /排名|排序|排行|排个序|排个名|排下名|排一下|按大小排|按(?:高低|多少|金额)(?:排|来排)|排一排|最高|最低|最多|最少|最大头|大头|最大|最小|最快|最慢|第一|从高到低|从低到高|排(?:在)?前[两二三四五六七八九十\d]/;
/** "谁花得多", "谁用得少": which unit's figure is larger (or smaller), asked of no unit in particular. */
const WHO_SPENT = String.raw`谁(?:花|用|支出|开支|花钱|花费)?得?(?:更|最)?`;
export const WHO_SPENT_MORE = new RegExp(`${WHO_SPENT}(?:多|少|高|低)`);
/** …the smaller asked. */
export const WHO_SPENT_LESS = new RegExp(`${WHO_SPENT}(?:少|低)`);
/** How many times one figure is another, or their ratio. */
export const RATIO = /几倍|多少倍|倍数|之比|比值|的比(?:是|为)|[几多]比[一几1]/;

/** A hypothetical on a disclosed figure ("假如下一年压缩两成"). */
const HYPOTHETICAL = /如果|假如|假设|倘若|要是|若是/;

/** The asker wants the arithmetic shown ("列一下算式", "怎么算的"), also for a rate the document prints. */
export const FORMULA_ASKED = /算式|公式|计算过程|列式|怎么算|如何算|怎样算/;

/** "A除去B以外是多少", "扣除B后还剩多少", "A里B以外的钱": one figure less another. */
export const EXCLUDING =
  /除去|除了|扣除|扣掉|去掉|减去|减掉|不算|刨去|刨除|刨掉|(?<!是)不是(?=[^，,。？?]{1,12}的)|(?:以外|之外)的/;
/** What is left once a figure is taken off, asked as such ("其余几类一共", "其他项目合计", "剩下的"). */
export const REMAINDER_ASKED =
  /(?:其余|其他|剩下|剩余|余下|别的)的?(?:几类|几项|各类|各项|几个|项目|科目|部分|支出|资金|钱)?[^，,。？?]{0,4}(?:一共|总共|合计|加起来|共计|多少|几多)|还有多少(?:其他|其余|别的)/;
/** A word naming that remainder ("其他项目", "其余几类", "别的资金"): no figure of its own. */
export const REMAINDER_WORD =
  /^(?:其余|其他|剩下|剩余|余下|别的)的?(?:几类|几项|各类|各项|几个|项目|科目|部分|支出|资金|钱)?$/;
/** The mean of several units' figures ("平均是多少", "均值"); 平均每人 is a per-capita figure, read before. */
export const AVERAGE_ACROSS =
  /平均(?:数|值)?(?:是|为|有)?(?:多少|几)|平均每(?:家|个单位|个部门|个)(?:是|有)?(?:多少|几)|均值|平均下来|平均一下|平均每年|每年平均|年均(?!增|减|下降|上升|变化)/;

/**
 * The words of the cues above, without wildcards: what a question says about the operation,
 * basis, count or period rather than about its subject (masked before looking for qualifiers).
 */
export const CUE_PATTERNS: readonly RegExp[] = [
  new RegExp(`${DRAFTING.source}|说明草稿|情况说明|一段说明|说明|(?:给|向|跟)领导(?:汇报)?|汇报`),
  new RegExp(`${ASKS_WHY.source}|差异|怎么就`),
  RANKING,
  RATIO,
  new RegExp(`${EXCLUDING.source}|以外|之外|还剩|剩下|剩余`),
  AVERAGE_ACROSS,
  // A hypothetical change on a disclosed figure ("如果再压减10%"): computed, not a subject.
  new RegExp(`${HYPOTHETICAL.source}|再?(?:压减|压缩|缩减|削减|下调|上调)`),
  /比较|对比|相比|哪个多|谁多|谁高|相差|差多少|差距|哪个|哪家|谁|高多少|多多少|少多少|差额|多出/,
  /合计|总共|加起来|加一起|加在一起|一共|总和|合起来|相加|之和|总计/,
  /完成率|执行率|完成了|完成情况|执行情况|超预算|超支|超了|超过|超出|结余|节约|预决算|低于|高于|大于|小于|一分(?:钱)?(?:都|也)?没(?:花|用)|一分(?:钱)?未(?:花|用)/,
  /同比|上年|去年|上一年|增长|增加|减少|下降|增减|变化|变动|多了|少了|降幅|增幅|(?:减|降|增|涨|跌)得(?:多|厉害|狠|快|猛|不少|很多)/,
  // A rough size the asker puts on a change ("少了将近<n>成", "翻了一倍多"): not a subject.
  /(?:将近|接近|近|约|大约|超过|快|差不多)?(?:[一二两三四五六七八九十]成|[一二两三四五六七八九十]倍|一半)(?:多|左右)?/,
  /占比|比重|比例|份额|百分比|所占|百分之几|百分之|几成|几分之几|(?:几|多少)个?(?:百分)?点/,
  /构成|组成|明细(?!表)|分别|各自|各项|结构|包括|怎么分|分项|细分|都花在|各是|各多少|各花|哪几块|哪些部分|部分|(?:收入|资金|钱)[^，,。？?]{0,6}(?:来源|渠道|从哪(?:里|儿)?来|来自哪)|(?:来源|渠道)(?:构成|结构|分别|有哪些)|(?:哪些|什么|哪几个)渠道|(?:怎么|如何|怎样)安排|哪些内容|什么内容|(?:按项目)?拆开(?:看看?)?|拆分|拆一下|分开看|(?:用|花)(?:在|到)了?(?:什么|哪些)(?:地方|方面)/,
  TREND,
  new RegExp(COUNT_CUES.join("|")),
  /年初|部门预算|预算安排|全年预算|调整后|调整预算/,
  TEXT_QUESTION,
  // "<局>本级", "整个部门": which edition, not what figure.
  ...EDITION_WORDS.map((e) => e.pattern),
  // "表里和文字说明对得上吗": where a figure is printed and whether its places agree; no subject.
  /文字说明|说明里|正文|表里|表中|对得上|对不上|一致吗|是否一致|核对一下|核对/,
];

/** The carry-in's name ("上年结转资金"), whose 上年 asks no year. */
const CARRIED_IN = /上年度?(?=结转|结余)/g;

/**
 * A comparison with last year ("比上年", "同比", "上年呢？降了多少"), not just a question about
 * last year's figure.
 */
export const YOY =
  /同比|(比|较|与|和|跟|同)(上年|去年|上一年|(?:20)?\d{2}年|20\d{2}(?=预算|决算|执行))|(上年|去年)相比|上年数|是增是减|是增还是减|增还是减|增加还是减少|涨了?还是[降跌]了?|升还是降|(?:上年|去年)呢[？?，,\s]*(?:那?(?:是)?)?(?:减|降|增|涨)(?:少|低|加|长)?了(?:百分之|多少|几)/;
/** A base year named for a comparison ("比2025年执行数", "跟上年比"): a change on that year, not budget vs actual. */
const YEAR_BASE = /(比|较|与|跟|同|和)\s*(上年|去年|上一年|(?:20)?\d{2}\s*年|20\d{2}(?=预算|决算|执行))/;
/** Last year's figure asked in a clause of its own ("…？去年呢", "去年是多少"). */
const LAST_YEAR_TOO = /(?:去年|上年|上一年)(?:的)?(?:呢|是多少|多少|有多少|为多少)/;
/**
 * "比上年少了N万，那上年是多少": the base of the change the asker states is the year asked, in a
 * clause after the change.
 */
const BASE_ASKED =
  /(?:比|较)(?:上年|去年|上一年)[^？?]*?[，,。；;\s](?:那|那么|则|所以)?(?:上年|去年|上一年)(?:的)?(?:是|有|为)?(?:多少|几)/;
/** Two figures added ("A加B", "加起来", "两家加一起", "A加B等于多少": 加 is read as 和 by then). */
export const SUM_CUE =
  /合计|总共|加起来|加一起|加在一起|一共|总和|合起来|相加|之和|总计是|〇(?:加上?|\+)〇|〇和〇+[^，,。？?]{0,4}等于(?:多少|几)/;
/** What a draft is called ("预算变动说明"): of any figure's change, no budget set against it. */
const DRAFT_GENRE = /预算(?:变动|调整|变化|增减)说明/g;
/** A row's balance against its budget asked ("结余", "超支"). */
const BALANCE_ASKED = /结余|节余|超支/;
/** "两年", "近三年": how many years back from the latest are meant (undefined when not said). */
export function yearsSpanned(q: string): number | undefined {
  const m = /(?<![\d〇零一二三四五六七八九十])(两|二|三|四|五|[2-5])年(?!度|[前后底末初])/.exec(q);
  return m ? ({ 两: 2, 二: 2, 三: 3, 四: 4, 五: 5 }[m[1]] ?? Number(m[1])) : undefined;
}

/** A share asked for as the way to say a figure ("按比例说", "用百分比表示"). */
const SHARE_AS_WAY = /(?:按|用|以)(?:比例|百分比|比重)(?:说|讲|表示|来说|来讲|给)/;
/** A share asked of another figure ("占丙几成", "占比多少"). */
export const SHARE_OF = new RegExp(
  `${/占.{0,20}(?:多少|百分之|比例|比重|几成|(?:几|多少)个?(?:百分)?点)|占比|比重/.source}|${SHARE_AS_WAY.source}`,
);
/** A share claimed in words and asked to be checked ("占八成吧", "是<整体>的一半吗"). */
const SHARE_CLAIMED = new RegExp(
  `(?:占|是[^，,。？?]{0,16}的)[^，,。？?]{0,12}?(?:${SHARE_CLAIMS.map((c) => c.pattern.source).join("|")})`,
);
/** Two shares set against each other ("占比相差几个百分点", "比重差多少"). */
const SHARES_SET_APART =
  /(?:占比|比重|比例)[^，,。？?]{0,12}(?:相差|差(?:多少|几|了))|(?:占比|比重)[^。？?]{0,20}百分点/;
/** A multiple claimed between two figures ("比乙多一倍，对吗"). */
const MULTIPLE_CLAIMED = new RegExp(MULTIPLE_CLAIMS.map((c) => c.pattern.source).join("|"));

/** "<部分>的比例/比重": a part's share of the whole it is listed in, no whole named. */
const OWN_SHARE = /的(?:比例|比重|占比)/;

/**
 * A share the asker quotes, to be worked out again ("写着占〇44.55%，重新算一下", "…占〇30%对不对",
 * "占〇15.45%是按哪个数算的", "〇的比例写的N%，精确地算", "占〇N%，算着不对").
 */
const RECOMPUTED_SHARE =
  /(?:占|比例|占比|比重)[^，,。？?]{0,12}\d+(?:\.\d+)?%[^。？?]{0,30}(?:(?:重新|再|帮我)?(?:算|核|验|核算|验算|核对|复核|验证)一?下|对不对|对吗|准不准|是否准确|不太?对|算错|算算|精确|准确(?:地|的)?(?:算|是|数|值)|确切|有问题|有误|存疑|(?:算|核)(?:出来)?(?:是|得)?多少|怎么算(?:的|出来的?)?|(?:按|用)[^，,。？?]{0,12}算的)/;

/** Years added or averaged, not compared ("跟2023年加起来"): no year is the base (names masked or not). */
export const YEARS_ADDED = /加起来|加一起|加在一起|一共|总共|合起来|相加|之和|平均/;
/** A budget and an actual both named. */
const BUDGET_AND_ACTUAL = /预算.{0,16}(?:决算|实际)|(?:决算|实际).{0,16}预算/;
/** A fund's name ends in 预算 ("一般公共预算财政拨款…决算"): no budget set against an actual. */
const FUND_BUDGET_NAMES = /(?:一般公共|政府性基金|国有资本经营)预算/g;
/** Two figures set apart ("差这么多", "差距", "不一样"), with no budget or other year to set them against. */
const GAP_BETWEEN =
  /差(?:这么|那么|得这么|得那么)?多|差距|差别|差异|不一样|不同|悬殊|(?:高|多|少|低)(?:这么|那么|出这么|出那么)多/;
const BUDGET_OR_YEAR_NAMED = /预算|决算|实际|上年|去年|上一年|同比/;
const EDITION_NAMES = /(?:部门|单位)(?:预算|决算)/g;
const CHANGE =
  /增长|增加|减少|下降|增减|变化|变动|多了|少了|降幅|增幅|涨幅|变成|变为|降到|降为|没了|涨|降了|降得|降这么|降那么|翻倍|翻番|翻了/;
const CHANGE_OR_COMPARE =
  /增长|增加|减少|下降|增减|变化|变动|多了|少了|降幅|增幅|涨|降|多少|比较|相比|对比|差|翻|几倍/;

/** The operation a question asks for, from its wording (figure names already masked out). */
export function detectOperation(
  q: string,
  unitCount: number,
  metrics: MetricRef[],
  trend: boolean,
  /** Years named ("2023年和2024年加起来": one figure of two years added). */
  yearCount = 1,
): Operation | undefined {
  // One name read as two rows (an economic and a functional 住房公积金) is one figure asked.
  const names = new Set(
    metrics.map((m) =>
      m.type === "metric" ? m.key : `${m.name ?? m.type}|${m.type === "subject" ? (m.column ?? "") : ""}`,
    ),
  );
  const several = unitCount > 1 || names.size > 1;
  // A draft of the change on last year ("<起草>预算变动说明…与上年比") is a change, unless a budget is
  // named beside it ("超预算…的说明，也与上年比": the budget first).
  if (DRAFTING.test(q))
    return YOY.test(q) && !/预算/.test(q.replace(DRAFT_GENRE, "")) ? "yoy" : "explain_variance";
  // "甲和乙的<某费>为什么差这么多": the two figures against each other, explained part by part.
  // (An edition's name, "部门预算", is no budget set against an actual.)
  if (
    ASKS_WHY.test(q) &&
    unitCount === 2 &&
    GAP_BETWEEN.test(q) &&
    !BUDGET_OR_YEAR_NAMED.test(q.replace(EDITION_NAMES, ""))
  )
    return "difference";
  // "怎么变成0了": why it changed.
  if (ASKS_WHY.test(q))
    return YOY.test(q) || (CHANGE.test(q) && !/预算/.test(q)) ? "yoy" : "explain_variance";
  const ranking = RANKING.test(q);
  if (ranking && unitCount !== 1) return "rank";
  // One unit: which of a figure's parts ranks first ("哪个项目最多").
  if (
    ranking &&
    unitCount === 1 &&
    metrics.length === 1 &&
    /哪个|哪项|哪一|哪些|哪几|哪块|哪笔|哪家|哪所|什么|啥|在哪|的一项|的一笔/.test(q)
  )
    return "rank";
  // "甲和乙，<部分>占<整体>比例哪个高 / 比较一下": each unit's share, ranked, not one figure less the other.
  if (
    (SHARE_OF.test(q) || OWN_SHARE.test(q)) &&
    unitCount > 1 &&
    /哪个|哪家|谁|更高|更低|更大|更小|比较|对比/.test(q)
  )
    return "rank";
  // "甲和乙<某项>预算完成率比较 / 哪个高": each unit's actual against its budget, ranked by the rate,
  // not one amount less the other.
  if (unitCount > 1 && gapMeasureAsked(q) === "rate" && UNITS_SET_APART.test(q)) return "rank";
  // "<部分>占<整体>的比例，<年乙>比<年甲>高几个百分点": the share in each year, and the points between.
  // (A base year, "比<年甲>", is no year asked: the years are counted as written.)
  const yearsWritten = new Set((q.match(/(?<!\d)(?:20)?\d{2}(?=年)/g) ?? []).map((y) => y.slice(-2))).size;
  if ((SHARE_OF.test(q) || OWN_SHARE.test(q)) && yearsWritten > 1 && unitCount <= 1 && /百分点/.test(q))
    return "share";
  // "甲和乙<年甲>到<年乙>涨了多少倍": each figure's change between the years, not one against the other.
  if (RATIO.test(q) && several && !(yearCount > 1 && /涨|增|降|跌|变/.test(q))) return "difference";
  // "甲比乙多一倍，对吗": the multiple between the two, checked.
  if (MULTIPLE_CLAIMED.test(q) && several && yearCount <= 1) return "difference";
  // Three or more units compared: a ranked list.
  if (/比较|对比|相比|比一比|比比看|哪个多|谁多|谁高/.test(q) && unitCount > 2) return "rank";
  // "<某费>谁用得多", no unit named: every unit's figure, ranked.
  if (WHO_SPENT_MORE.test(q) && unitCount === 0 && metrics.length) return "rank";
  // "<整体>中甲和乙的占比相差多少个百分点": each part's share of the whole, and the points between.
  if (unitCount <= 1 && names.size > 2 && SHARES_SET_APART.test(q)) return "share";
  // "A加B" between two masked figures (〇); the mean of several units' figures.
  // "甲和乙加起来占丙几成": a share of the sum, not the sum of all three.
  // "A除去B以外", "扣除B后还剩", "A里除了B之外一共多少": one figure less the other (not their sum).
  // "除了<某项>，最大的是哪项": a ranking with one part set aside.
  if (EXCLUDING.test(q) && RANKING.test(q) && unitCount <= 1 && /哪(?:一|个|些|几)?项|哪个|什么/.test(q))
    return "rank";
  if (EXCLUDING.test(q) && names.size === 2 && unitCount <= 1) return "difference";
  // "甲和乙的结余各多少？加起来多少": each against its budget, then the gaps added (not the figures).
  if (BALANCE_ASKED.test(q) && names.size > 1 && unitCount <= 1) return "compare_budget_actual";
  if (SUM_CUE.test(q) && (several || yearCount > 1) && !SHARE_OF.test(q)) return "sum";
  if (AVERAGE_ACROSS.test(q) && (unitCount > 1 || yearCount > 1)) return "sum";
  if (
    /比较|对比|相比|比一比|比比看|相差|差了?(?:多少|几多)|差距|哪个(?:的?(?:钱|经费))?更?(多|高|大|少|低)|谁(?:的?(?:钱|经费))?更?(多|高|大|少|低)|(?:谁|哪个|哪家)(?:花|用|支出|开支)(?:得|的)?更?(?:多|少)|(?:谁|哪个|哪家)的[^，。？?]{1,10}?更(?:多|高|大|少|低)|高多少|多多少|少多少|差额|多出|(?:比|跟|和|与).{0,12}[，,]?(?:多|少|高|低|增加|减少)了?(?:多少|几|百分之)/.test(
      q,
    ) &&
    several &&
    !YOY.test(q) &&
    // "<甲>、<乙>…占比相差几个点": two shares set apart, not two amounts.
    !SHARES_SET_APART.test(q)
  ) {
    return "difference";
  }
  if (trend) return "trend";
  // "2024年预算比2024年决算多多少": one year's budget against its actual, not a change on a year.
  const withoutFunds = q.replace(FUND_BUDGET_NAMES, "资金");
  if (
    BUDGET_AND_ACTUAL.test(withoutFunds) &&
    new Set(q.match(/20\d{2}/g)).size <= 1 &&
    !/上年|去年|上一年/.test(q)
  )
    return "compare_budget_actual";
  if (YEAR_BASE.test(q) && CHANGE_OR_COMPARE.test(q)) return "yoy";
  if (
    BUDGET_LEFT.test(q) ||
    /完成率|执行率|完成(?:年初|全年)?预算的?\s*\d|执行得(?:怎么样|如何|咋样|好不好)|完成得(?:怎么样|如何|咋样)|完成了?多少|完成.{0,6}(多少|百分之|百分比|比例|几成)|执行了?(?:多少|多大)?(?:比例|百分之几?|几成)|完成情况|执行情况|完成(?:了)?(?:年初|全年)?预算(?:了)?(?:吗|没有?)|(?:完成|执行)了?(?:年初|全年)?预算的?(?:情况|进度|程度)|(?:花|用)完了?(?:吗|没有?)|一分(?:钱)?(?:都|也)?没(?:花|用)|一分(?:钱)?未(?:花|用)|超支|超了|超出了?多少|(?:花|用)(?:了|掉)?(?:年初|全年)?预算的(?:多少|几成|百分之|比例)|超过预算|超预算|结余|节约|节省|省下|省了(?:多少|几)|比(年初)?预算|较(年初)?预算|(跟|和|与|同)(年初|全年)?预算(数)?(相)?比|预算.{0,8}(决算|实际|执行|用了|花了)|(决算|实际|执行).{0,8}预算|预决算|(?:花|用|支出|开支)(?:了|掉)?(?:多少|几)[^。]{0,10}(?:年初|全年)?(?:有|安排了?)?预算(?:数|安排)?(?:是|有|为)?(?:多少|几|吗|没有?)/.test(
      withoutFunds,
    )
  ) {
    return "compare_budget_actual";
  }
  if (
    YOY.test(q) ||
    (CHANGE.test(q) && /上年|去年|上一年/.test(q)) ||
    /增长|增加了|减少了|下降了|上升了|降低了|提高了|(?:砍|削减|缩减|压减|压缩)掉?了(?:多少|几)|增减|变化|变动|降幅|增幅|涨幅|跌幅|怎么变|如何变|变了多少|有何变化|涨了|降了|跌了|(?:减|降|增|涨|跌)得(?:多|厉害|狠|快|猛|不少|很多)|涨还是降|涨还是跌|是涨是跌|是升是降|升还是降|多了还是少了|增还是减|一年(?:间|里|内|下来)?(?:少|多|减少|增加|涨|降|缩水)了?(?:多少|几)/.test(
      q,
    )
  )
    return "yoy";
  if (RECOMPUTED_SHARE.test(q) || (SHARE_CLAIMED.test(q) && CLAIM_CHECKED.test(q))) return "share";
  if (
    SHARE_AS_WAY.test(q) ||
    /占比|比重|份额|占.{0,20}(多少|百分之|比例|几成|(?:几|多少)个?(?:百分)?点)|占[^，,。？?]{0,24}的?(?:百分之|比例|几成)|百分比|所占|百分之几|是.{0,16}的几成|几分之几|(?:多大|多高|多少)的?比例|比例(?:分别|各)?(?:是|为)?(?:多少|几|怎样|如何)?(?:呢|啊|吧)?[？?]?$|的(?:比例|比重|占比)(?=[，,；;])|(?:比例|占比|比重)[^，,。？?]{0,4}(?:核|算|验算|核对|复核|验证|核算)一?下/.test(
      q,
    )
  )
    return "share";
  if (
    ITEMS_COUNTED.test(q) ||
    /(?:收入|资金|钱)[^，,。？?]{0,6}(?:来源|渠道|从哪(?:里|儿)?来|来自哪)|(?:来源|渠道)(?:构成|结构|分别|有哪些)|(?:哪些|什么|哪几个)渠道|构成|组成|明细(?!表)|分别|各自(?=[^，,。？?]{0,10}(?:多少|几))|各项|哪些|(?:什么|啥|哪些|哪几种|哪种)类型|哪几种|(?:哪些|什么)种类|(?:哪些|哪几个|什么)方向|结构|再细|细一点|细一些|更细|展开|按(?:项|款|类)级?(?:列|分|看|拆)|包括什么|怎么分|分布|分项|细分|都花在|各是|各多少|各花|(?:怎么|如何|怎样)安排|哪几块|分哪几|分成哪|分为哪|分(?:到|给|在)了?哪|哪[几两二三四五]个?(?:项|款|类|科目|方面|部分|块)|拆开|拆分|拆一下|分开看|(?:用|花)(?:在|到)了?(?:什么|哪些)(?:地方|方面)|(?:用|花)(?:在|到)?了?哪/.test(
      q,
    )
  )
    return "breakdown";
  return undefined;
}

/** The projects budgeted at the start of the year, named beside those added during it. */
const PROJECT_GROUP_NAMED =
  /年初(?:预算|安排)的?(?:那些|这些|几个|[两二三四五六七八九十\d]+个)?项目(?!支出|经费)|年初就?(?:安排|定下来?|确定(?:下来)?|批复)(?:好)?的?(?:那些|这些|几个|[两二三四五六七八九十\d]+个)?项目(?!支出|经费)|年初就?(?:安排|定下来?|确定(?:下来)?|批复)?的(?=[和与跟及、][^，,。？?]{0,4}年中)/g;

export function findBasis(question: string): { basis?: QueryPlan["basis"]; kind?: QueryPlan["kind"] } {
  // 一般公共预算 / 政府性基金预算 name funds, not a budget basis; "预算变动说明" names what a
  // draft is called (of any figure's change), not a budget; a group of projects named by when it
  // was budgeted ("年初预算项目", "年初定下的与年中新增的") is no basis either.
  const q = question
    .replace(
      /一般公共预算|政府性基金预算|国有资本经营预算|社会保险基金预算|预算(?=变动说明|调整说明|变化说明|增减说明)/g,
      "",
    )
    .replace(PROJECT_GROUP_NAMED, "");
  // "年初安排了2000万，最后用了多少": the budget quoted with its amount, the actual asked.
  if (QUOTED_BUDGET.test(q) && ACTUAL_SPENT.test(q.replace(QUOTED_BUDGET_ALL, ""))) return { basis: "决算" };
  // "年初预算、调整后预算和决算": both budgets named, the actual is set against the adjusted one
  // (final accounts' completion rates are of it); the year-start one is said beside it.
  if (/全年预算|调整后的?预算|调整预算/.test(q) && /年初/.test(q) && /决算|完成|执行/.test(q))
    return { basis: "全年预算" };
  if (/年初预算|部门预算|预算安排|年初安排|年初.{0,6}预算/.test(q))
    return { basis: "年初预算", kind: /部门预算|预算说明/.test(q) ? "预算" : undefined };
  if (/全年预算|调整后的?预算|调整预算/.test(q)) return { basis: "全年预算" };
  // "实际执行了多少" of a budget document asks an actual it does not state, not its budget.
  if (ACTUAL_SPENT.test(q) && !/预算/.test(q)) return { basis: "决算" };
  // "<年>执行数呢": that year's execution, an actual (a budget names it "预算执行数").
  if (/执行数|执行额/.test(q) && !/预算/.test(q.replace(/预算执行/g, "执行"))) return { basis: "决算" };
  // "决算说明里的<某项>预算": the document named says where to read, the rest which figure.
  const named = DOCUMENT_NAMED.exec(q);
  const rest = q.replace(new RegExp(DOCUMENT_NAMED.source, "g"), "");
  if (named && /预算/.test(rest) && !/决算|实际|执行|完成/.test(rest))
    return { basis: "预算", kind: named[1] === "决算" ? "决算" : "预算" };
  if (/预算/.test(q) && !/决算|实际|执行|完成/.test(q)) return { basis: "预算" };
  if (/决算/.test(q)) return { basis: "决算" };
  return {};
}

/** A year-start budget the asker quotes with its amount ("年初预算2000万", "年初安排了500万元"). */
const QUOTED_BUDGET_SOURCE = String.raw`年初(?:预算|安排)(?:数|了|为|是)?\s*\d[\d,.]*\s*(?:多)?万?元?`;
const QUOTED_BUDGET = new RegExp(QUOTED_BUDGET_SOURCE);
const QUOTED_BUDGET_ALL = new RegExp(QUOTED_BUDGET_SOURCE, "g");

/** Money asked as actually spent ("实际花了", "执行了多少", "最后真正用掉"): a final account's figure. */
const ACTUAL_SPENT =
  /实际(?:执行|支出|花|用)|(?<!预算)执行了多少|真正(?:用|花|支出|开支)|(?:最后|最终|到头来)(?:实际)?(?:用|花)(?:掉|了)/;

/** A document named by its kind ("决算说明", "预算报告", "决算公开表"). */
const DOCUMENT_NAMED = /(决算|预算)(?:情况说明|说明|报告|文件|公开表?)/;

/** Target years: explicit ("2024年", "24年"), relative to the documents ("去年"), or none (latest). */
export function findYears(
  typed: string,
  k: Knowledge,
  units: string[],
  /**
   * In a follow-up, the years the conversation was about ([] when the latest was assumed):
   * "那去年呢？" is the year before those, not before the present.
   */
  contextYears?: number[],
): { years: number[]; source: QueryPlan["yearSource"]; trend: boolean } {
  // "上年结转", "上年结余": the money a budget carries in from last year, no year asked.
  const question = typed.replace(CARRIED_IN, "□□");
  // "比2023年" names the comparison base, not the year asked about; "比<年>决算（实际）数" names that
  // year's own final accounts, read like a year asked (a budget set against last year's actual; a
  // budget's own "执行数" of last year stays its base).
  // "和" is symmetric ("2023年和2024年比"): both years are kept, the later one compared with the earlier.
  // "2024年的跟2023年加起来": both years are added, neither is a base.
  // "比2023年" is a base even then ("合计多少？比<某年>变了多少": both years' totals, compared).
  // "跟<年>比" names a base too; "<年甲>跟<年乙>…差多少" (比) joins two years like 和.
  // "现在是2025年，…去年…": the present the asker states, which "去年", "前年" count back from; beside
  // a year named, the present is no year asked.
  const anchor = PRESENT_STATED.exec(question);
  const rest = anchor ? question.replace(anchor[0], "") : question;
  const counted = anchor ? yearsBefore(rest, 2000 + (Number(anchor[1]) % 100)) : [];
  if (counted.length) return { years: counted, source: "explicit", trend: TREND.test(question) };
  const q = anchor && /(?<!\d)(?:20)?\d{2}年/.test(rest) ? rest : question;
  const targets = q.replace(
    YEARS_ADDED.test(q)
      ? /(比|较|相比|对比)(20\d{2}|\d{2})年/g
      : /(比|较|相比|对比)(20\d{2}|\d{2})年(?!度?的?(?:实际)?(?:决算|实际)数?)|(?<!\d年度?)(与|跟|同)(20\d{2}|\d{2})年(?=度?的?(?:比|相比|对比|比较))/g,
    (_m: string, base?: string, _y?: string, joined?: string) => base ?? joined ?? "",
  );
  // (An amount is no year: "预算2000万", "2050.5万元".)
  const explicit = [...targets.matchAll(/(?<![\d.])(20\d{2})(?![\d.]|\s*(?:多)?(?:万|亿|千|元))/g)].map((m) =>
    Number(m[1]),
  );
  const short = [...targets.matchAll(/(?<![\d.])(\d{2})年/g)].map((m) => 2000 + Number(m[1]));
  // "<年甲>…比<年乙>多还是少": a base later than the year asked is one of two years compared.
  const bases = [...q.matchAll(/(?:比|较)(20\d{2}|\d{2})年/g)].map(
    (m) => Number(m[1]) + (m[1].length === 2 ? 2000 : 0),
  );
  const asked = [...explicit, ...short];
  const laterBase = asked.length ? bases.filter((y) => y > Math.max(...asked)) : [];
  const years = [...new Set([...asked, ...laterBase])].sort();
  const trend = TREND.test(q);
  // "2024年是多少？去年是多少？": last year is asked too, beside the year named.
  if (years.length === 1 && LAST_YEAR_TOO.test(q) && !YEAR_BASE.test(q)) years.unshift(years[0] - 1);
  // No unit named yet (the conversation's is only settled after planning): the index's latest year.
  const named = units.length ? units : k.units.map((unit) => unit.name);
  const latest = Math.max(0, ...named.map((unit) => k.latestYear(unit) ?? 0));
  const stated = years.length
    ? years
    : contextYears?.length
      ? [Math.min(...contextYears)]
      : latest
        ? [latest]
        : [];
  if (stated.length === 1 && BASE_ASKED.test(q)) return { years: [stated[0] - 1], source: "explicit", trend };
  if (years.length) return { years, source: "explicit", trend };
  // (No unit named in an index of one publishing unit: that unit's present.)
  const only = k.publishingUnits.length === 1 ? k.publishingUnits : [];
  const present = !contextYears
    ? presentYear(k, units.length ? units : only)
    : contextYears.length
      ? Math.min(...contextYears)
      : latest;
  // "<年>…用了多少？→ 今年预算呢": this year is the asker's present, not the year talked of before.
  if (contextYears?.length && THIS_YEAR.test(q) && !/(去年|上年|上一年|前一年)/.test(q)) {
    // (Only where a document of that year is published: else the year talked of stays.)
    const asked = units.length ? units : only;
    const now = presentYear(k, asked);
    if (now && asked.some((unit) => k.docs(unit, { year: now }).length))
      return { years: [now], source: "relative", trend };
  }
  // "跟去年比" names the base of a change: the year asked about is this one.
  if (
    /(去年|上年|上一年|前一年)/.test(q) &&
    !YEAR_BASE.test(q) &&
    !/同比|(去年|上年)相比/.test(q) &&
    present
  ) {
    return { years: [present - 1], source: "relative", trend };
  }
  // "明年会不会涨", "明年打算花多少": the year a budget is published for ahead of the final accounts,
  // else the year after the present (which no document states). A hypothetical's "假如明年压减一成"
  // says when, of the latest figure.
  if (NEXT_YEAR.test(q) && !HYPOTHETICAL.test(q) && present)
    return { years: [nextYear(k, units, present)], source: "relative", trend };
  return { years: [], source: "latest", trend };
}

/** The year after the asker's present ("明年", "下一年度", "来年"); not "说明年初". */
// ("结转到下一年": money carried over, no year asked.)
const NEXT_YEAR = /(?<![说证表声阐标注查指发透简文分])明年|(?<!转[到入至]?)(?:下一年度?|下年度)|来年/;

/** "明年": the latest budget year after the last final accounts, else the year after the present. */
function nextYear(k: Knowledge, units: string[], present: number): number {
  const ahead = units.flatMap((unit) => {
    const accounts = k.latestYear(unit, "决算") ?? 0;
    const budget = k.latestYear(unit, "预算") ?? 0;
    return budget > accounts ? [budget] : [];
  });
  return ahead.length ? Math.max(...ahead) : present + 1;
}

/** "今年": the asker's present year. */
const THIS_YEAR = /今年/;

/** "现在是2025年", "今年是2025年": the asker's present, not a year asked about. */
const PRESENT_STATED = /(?:现在|今年|目前|当前|如今)(?:已经)?(?:是|为)?((?:20)?\d{2})年了?/;

/**
 * The years a question counts back from a stated present ("去年" → the year before, "前年" → two
 * before; "去年比前年" asks last year, compared with the year before it). [] when none is said.
 */
function yearsBefore(q: string, present: number): number[] {
  if (/(?<!\d)(?:20)?\d{2}年/.test(q)) return [];
  if (/去年|上年|上一年/.test(q)) return [present - 1];
  if (/前年/.test(q)) return [present - 2];
  if (/今年|本年/.test(q)) return [present];
  return [];
}

/**
 * The year a reader of the units' documents lives in, for "去年": a year's final accounts are
 * published the year after it, a year's budget at its start. So the present is the year after
 * the latest 决算, or the latest 预算's year if that is later (0 when the units have no document).
 */
export function presentYear(k: Knowledge, units: string[]): number {
  const after = (unit: string) => (k.latestYear(unit, "决算") ?? -1) + 1;
  const budget = (unit: string) => k.latestYear(unit, "预算") ?? 0;
  return Math.max(0, ...units.map((unit) => Math.max(after(unit), budget(unit))));
}
