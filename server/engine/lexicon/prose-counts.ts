import { ACTIVITY_QUANTITY, THINGS_COUNTED } from "./question-words.js";

/**
 * Counts stated only in prose ("派出4名干部", "涉及57户", "建筑面积2650平方米"): what a question
 * asks for (`asks`, on the question) and how a sentence states it (`states`, on the document).
 */
const CLASSIFIER =
  "人次|批次|万页|万人次|个|名|位|人|户|批|次|件|卷|页|场|期|家|项|辆|处|条|所|台|套|天|份|篇|间|张|床";
const NUMBER = "\\d[\\d,，.]*\\s*";

export const PROSE_COUNTS: readonly {
  kind: string;
  asks: RegExp;
  states: RegExp;
  /**
   * How far (characters) the stated figure may stand from a word of the question's topic; a
   * sentence lists several counts of different things, so a count must sit by what it counts.
   * Unset: anywhere in the sentence (an area or a height is said once per sentence).
   */
  topicReach?: number;
}[] = [
  {
    kind: "面积",
    asks: /多大|面积|多少平/,
    states: new RegExp(`${NUMBER}(?:平方米|平米|㎡|亩)`),
  },
  { kind: "高度", asks: /多高|高度/, states: new RegExp(`${NUMBER}米`) },
  {
    kind: "数量",
    // "几个人", "多少户", and how much an activity did ("扫了多少").
    // "哪几家" asks which, not how many.
    asks: new RegExp(
      `(?<!哪)(?:多少|几)\\s*(?:${CLASSIFIER})|(?<!哪)(?:几|多少)(?=[个名位])|${ACTIVITY_QUANTITY.source}|${THINGS_COUNTED.source}`,
    ),
    // "N余家", "N多人": an approximate count is quoted as the sentence states it.
    states: new RegExp(`(?:${NUMBER}|[一二两三四五六七八九十]+)(?:余|多)?(?:${CLASSIFIER})`),
    topicReach: 16,
  },
  {
    // "办结率呢", "满意率是多少": a rate a report states in prose (one computed from budget and
    // actual is the calculator's, asked and answered before this).
    kind: "率",
    // "<甲>率和<乙>率各多少": several rates listed, asked together.
    // ("办结率又是多少": an adverb between.)
    asks: /[\u4e00-\u9fa5]率(?:(?:和|、|及|与)[\u4e00-\u9fa5]{1,6}率)*(?:分别|各|又|也|则|到底|究竟)?(?:是|为|有|达到|达)?(?:多少|几|怎么样|如何|呢|[？?]|$)/,
    states: new RegExp(`${NUMBER}%`),
    topicReach: 8,
  },
];

/**
 * "几个部门" → 部门: the noun counted, which the stating sentence must name (or a kin word). In
 * "几个人进小区" people are counted: what follows says what they did ("人口", "人员", "人次" are nouns).
 */
export const COUNTED_NOUN = new RegExp(
  `(?:多少|几)\\s*(?:${CLASSIFIER})?(?![个名位]|人(?![口员次]))([\\u4e00-\\u9fa5]{2,4}?)(?:[？?，,。]|$|呢|吗)`,
);

/**
 * "所属单位几个", "下属单位有多少家": the noun counted, said before a classifier of things (before
 * "多少人" it is what the people did, not what is counted).
 */
export const NOUN_BEFORE_COUNT =
  /([\u4e00-\u9fa5]{2,6}?)(?:有|共有|一共|总共|共)?(?:多少|几)\s*(?:个|家|项|所|处|辆|台|套|间)(?:[？?，,。]|$|呢|吗)/;

/** "分成几个处", "有多少个科": divisions counted by their one-character name, which documents call 内设机构. */
const DIVISION_COUNTED = /(?:多少|几)\s*个\s*(?:处|科|股|室)(?:[？?，,。]|$|呢|吗)/;
const DIVISIONS = "内设机构";

/** A place counted by a one-character noun ("多少个站", "几个点"), the question's last word. */
const COUNTED_PLACE = new RegExp(`(?:多少|几)\\s*(?:${CLASSIFIER})?([站点村校园馆座])(?:[？?，,。]|$|呢|吗)`);

/** The noun a count question counts, said after the count or before it. */
export function countedNounOf(question: string): string | undefined {
  return (
    COUNTED_NOUN.exec(question)?.[1] ??
    COUNTED_PLACE.exec(question)?.[1] ??
    (DIVISION_COUNTED.test(question) ? DIVISIONS : undefined) ??
    NOUN_BEFORE_COUNT.exec(question)?.[1]
  );
}

/** Words people and documents use for the same counted thing: any one stands for the others. */
export const COUNTED_KIN: readonly (readonly string[])[] = [
  ["内设机构", "内设", "机构", "部门", "处室", "科室", "股室", "内部"],
  ["电话", "来电", "热线电话"],
  ["接待", "招待", "宴请", "请客"],
  ["吃饭", "用餐", "就餐", "餐费", "菜价", "伙食"],
  // Large equipment as people say it, and as the asset statement states it ("单价100万元（含）以上设备").
  ["大件", "大型", "大额", "贵重", "100万元"],
  // Bodies under the department, as people and documents say it.
  ["下属", "所属", "直属", "下设"],
];

/** "几个人", "多少户": the classifier a question counts with (and 人 when people are counted). */
export const ASKED_CLASSIFIER = new RegExp(`(?:多少|几)\\s*(${CLASSIFIER})(人)?`);

/** Classifiers that count the same things: "几个人" is answered by "4名", "几批" by "11批次". */
export const CLASSIFIER_KIN: readonly (readonly string[])[] = [
  ["人", "名", "位", "人次"],
  ["批", "批次"],
  ["次", "人次", "场"],
];

/**
 * Classifiers that say what they count ("<N>卷" are volumes, "<N>台" machines), unlike those of
 * people, times or anything ("人", "次", "个"): a count in one answers "多少卷" wherever its noun is.
 */
export const THING_CLASSIFIER = /^(?:卷|件|页|台|套|辆|份|篇|张|床|间|条|册)$/;

/** How far (characters) a stated count may stand from the noun it counts ("设5个内设机构"). */
export const NOUN_REACH = 6;

/** A word that is only a classifier ("人次", "个"): no topic of its own. */
export const BARE_CLASSIFIER = new RegExp(`^(?:${CLASSIFIER})$`);

/** "内设科室25个，分别是：…": a count of divisions followed by the divisions it counts, named. */
export const COUNT_THEN_NAMED =
  /(?:科室|处室|股室|机构|部门)\s*\d+\s*个[，,]?\s*(?:分别是|分别为|包括|为)[:：]/;

/**
 * A list of a body's parts a sentence opens ("内设机构包括：甲、乙、丙。"): the noun (a COUNTED_KIN
 * word) and the list. Counting its items answers "几个" where no number is printed.
 */
export const LISTED_PARTS_SENTENCE =
  /(内设机构|内设科室|内设部门|科室|处室|股室|部门)(?:设置)?[，,]?(?:包括|分别是|有|为|设有)[:：]\s*([^。；;\n]+)/;

/**
 * Topics a document lists as numbered paragraphs ("一、部门职责" with "（一）…（十二）" beneath): what
 * a question counting them names, the words to find them with, and the heading they sit under.
 */
export const ENUMERATED_TOPICS: readonly { noun: string; asks: RegExp; search: string; heading: RegExp }[] = [
  { noun: "职责", asks: /职责|职能|主要任务|管哪些/, search: "部门职责 主要职责 职能", heading: /职责|职能/ },
];

/** A rate the prose states is asked ("满意率多少"), not one computed from budget and actual. */
export function asksStatedRate(question: string): boolean {
  return PROSE_COUNTS.some((count) => count.kind === "率" && count.asks.test(question));
}

/**
 * The standard sentence of the 一般性支出 说明 ("开支会议费X万元，用于召开<甲>，人数N人，内容为…；用于召开<乙>，…"):
 * one clause per occasion, its name (group 1) and head count (group 2). The occasions are counted by
 * their clauses.
 */
export const OCCASION_CLAUSE =
  /用于(?:召开|举办|组织|开展)([^，,；;。]{2,60})[，,]\s*(?:参会|参训|培训)?人数\s*(\d+)\s*人/g;

/**
 * Each occasion's own spending asked, added or checked against the amount ("三个会的费用加起来对得上吗",
 * "两期培训各花了多少"): the occasions named by number or as each, then a sum, a check or "各".
 */
export const OCCASION_COSTS_ASKED =
  /(?:[几两二三四五六七八九十\d]+|各|每|这些|那些|这几|那几)(?:个|场|次|期|项|批)?[\u4e00-\u9fa5]{0,4}?(?:会议?|培训班?|活动|团组|考察团|团(?![委员]))[^，。？?]{0,12}?(?:加起来|加一起|加在一起|相加|合计|之和|一共|总共|共计|对得上|对不上|对不对|对吗|等于|各(?:花|用|是)|分别)/;

/**
 * Which occasion cost most or least ("哪个会花得最多", "花钱最少的是哪期培训", "哪个团最贵"): the
 * occasions of the sentence compared by the spending each clause states.
 */
export const OCCASION_RANK_ASKED =
  /哪(?:个|场|次|期|项|一个|一场|一次|一期)(?:会议?|培训班?|活动|团组?|考察团)?[^，。？?]{0,6}?(?:最多|最少|最高|最低|最大|最贵|最便宜|最省)|(?:最多|最少|最高|最低|最大|最贵|最便宜|最省)的?(?:是)?哪(?:个|场|次|期|项|一个|一场|一次|一期)/;

/** The spending a clause of the 一般性支出 sentence states for its occasion ("经费支出为<甲>N万元、<乙>M万元"). */
export const OCCASION_COST = /([\u4e00-\u9fa5]{0,8}?)(\d+(?:\.\d+)?)\s*万元/g;

/**
 * A list of occasions with their spending after the count of them ("安排因公出国（境）团组6个…主要包括：<甲>支出
 * N万元，主要用于…；<乙>支出M万元…"): where it opens, and each item's name and amount.
 */
export const OCCASION_LIST_OPENS = /(?:主要包括|具体包括|包括|主要有|分别是|分别为)[：:]/;
export const LISTED_OCCASION = /^([^，,；;：:]{2,40}?)(?:支出|花费|开支|经费)(?:为)?(\d+(?:\.\d+)?)\s*万元/;

/** The occasions asked to be counted ("几个会", "多少场", "办了几期"), not the people at them. */
export const OCCASIONS_COUNTED = /(?:几|多少)(?:个|场|次|期|批)(?!人)/;

/**
 * Occasions of the 一般性支出 sentence named by their kind ("开了什么会", "每个培训多少人"): the words of
 * the kind and the amount whose sentence lists them, clause by clause.
 */
export const OCCASION_KINDS: readonly { says: RegExp; metric: string }[] = [
  {
    says: /开(?:了|过|的)?(?:哪些|什么|啥|哪几个|几个|几场|些)?会(?![计员])|(?:每|各|这|那|[两二三四五六七八九十\d几])(?:几|些)?(?:个|场)?会(?![计员议])|会议(?!费)/,
    metric: "会议费",
  },
  { says: /培训(?!费)/, metric: "培训费" },
  // Trips abroad, listed with their costs ("主要包括：赴<某国>考察团支出N万元；…").
  {
    says: /出国|出访|出境|考察团|团组|(?:去|到|赴)(?:了|过)?(?:哪些|哪几个|什么)国家/,
    metric: "因公出国（境）费",
  },
];

/** Which occasions were held ("开了什么会", "办了哪些培训"), asked of their kind. */
export const OCCASIONS_NAMED_ASKED =
  /(?:什么|哪些|啥|哪几个|哪几场|哪几期)(?:会议?|培训班?)|(?:去|到|赴)(?:了|过)?(?:哪些|哪几个|哪几|什么)(?:国家|地方|地区)|出访(?:了)?(?:哪些|哪几|哪里|什么)|(?:哪些|哪几个)(?:团|团组|考察团)|(?:开|办|搞|组织)了(?:什么|哪些|啥|哪几)|(?:会议?|培训班?)(?:都|分别)?(?:是|有)(?:什么|哪些|啥)/;

/** How many people each occasion had ("每个会多少人参加", "三个会各有多少人"): per occasion, never added. */
export const OCCASION_HEADS_ASKED =
  /(?:每|各|分别)[^，,。？?]{0,6}(?:多少|几)(?:个)?人|(?:多少|几)(?:个)?人[^，,。？?]{0,4}(?:各|分别)/;

/** Occasions planned, not held ("计划开什么会"): the budget's sentence, never the final accounts' clauses. */
export const OCCASIONS_PLANNED = /计划|打算|准备|预计|拟(?:开|办|召开|举办)/;
