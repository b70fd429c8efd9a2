/**
 * What a question about the unit itself, with no subject of its own, asks in everyday words
 * ("是干什么的", "主要管什么"): the heading words of the sections that say it. Only questions that
 * name nothing else are read this way; "某项目是做什么的" asks the project's purpose.
 */
/** Why a department's two editions differ ("差的是谁的钱", "为什么不一样", "有区别吗"). */
export const EDITION_WHY =
  /差的是谁的钱|是谁的钱|为什么不一样|为啥不一样|为什么不同|(?:有什么|有啥|有何)?区别|差在哪|(?:为什么|为啥|为何|怎么)(?:完全|都)?(?:一样|相同|一模一样)|一模一样|一样吗|相同吗|是不是一样/;

/** Which part a gap between two figures is in ("差的0.1万是哪一项", "差出来的在哪块"). */
export const GAP_PART_ASKED =
  /差(?:的|出来的|出的)[^，。？?]{0,10}?(?:是|在)哪(?:一)?(?:项|部分|块|个|笔|儿|里)|差(?:别|异)?在哪(?:里|儿|一项|些)?/;

/**
 * With both editions named, why they differ asked more plainly too ("有差别吗？为什么", "差额是哪个
 * 单位的"): the reason is which bodies the department's edition covers.
 */
export const EDITION_REASON_ASKED = new RegExp(
  `${EDITION_WHY.source}|${GAP_PART_ASKED.source}|差别|为什么|为啥|为何|原因|(?:哪个|哪家|什么)单位的|多出来?的?(?:是)?(?:哪|什么)(?:个|家|些)?单位|是[^，。？?]{2,12}?(?:中心|所|站|队|院|馆|处|室|科)的?(?:吧|吗|么|呢)|差了?多少|相差|差额`,
);

/** A body's name the asker guesses a department's extra money belongs to ("多出来的是<某某中心>吧"). */
export const BODY_NAMED = /[\u4e00-\u9fa5]{2,}(?:中心|所|站|队|院|馆|处|室|科)$/;

/**
 * Two amounts of one unit said to disagree ("…两个数为什么对不上", "差的<N>万是不是<某单位>的"): a gap between
 * its documents, which may cover different bodies.
 */
export const SCOPE_GAP_ASKED =
  /对不上|不一致|不一样|不相符|不符|为什么|为啥|为何|怎么回事|什么原因|差的[^，。？?]{0,10}?(?:是|在)|差在哪|差额是/;

/** A body's figures that say how much it has in all, in order of preference, when one equals a gap. */
export const SCOPE_TOTALS: readonly string[] = [
  "财政拨款支出",
  "支出合计",
  "收入合计",
  "财政拨款收入",
  "部门整体支出",
];

/**
 * Which bodies a document adds up ("包括哪几个单位", "是哪几家单位合起来的", "汇总了哪些单位", "由哪些单位
 * 组成"): bodies, not a body's internal divisions (科室, 处室: "内设机构包括哪些").
 */
export const COVERED_BODIES_ASKED =
  /(?:包括|包含|涵盖|含|汇总|合并)了?哪(?:几|些)(?:家|个)?(?:下属|所属|预算|决算)?单位|哪(?:几|些)(?:家|个)?单位的?(?:钱|经费|资金|收支|账)?(?:都)?(?:算在|计入|纳入|列入|包括在|含在)|(?:一共|总共|共)?(?:包括|包含|涵盖|含)了?(?:几|多少)(?:家|个)(?:下属|所属|预算|决算)?单位|哪(?:几|些)(?:家|个)?单位(?:合起来|加起来|合在一起|加在一起|放在一起|组成|构成|汇总|合并)|由哪(?:几|些)(?:家|个)?单位|(?:单位|汇总)(?:构成|范围)(?:是|有)?(?:什么|哪些|怎样|怎么样)/;

/**
 * Whether one body is inside another's document ("<甲>是不是包括在<乙>的决算里", "<乙>的预算含不含<甲>",
 * "<甲>算在<乙>里面吗").
 */
export const COVERED_ONE_ASKED =
  /算不算|(?:是不是|是否|有没有)(?:被)?(?:包括|包含|含|算|汇总|合并|计)(?:在|进|入)?|含不含|包不包括|包括不包括|(?:包括|包含|汇总|合并|算)(?:在|进)[^，,。？?]{0,16}(?:吗|么|没有|不)/;

/** Where a document says which bodies it covers: its 预算单位构成, 决算单位构成 or 预算范围. */
export const SCOPE_PASSAGE_QUERY = "单位构成 预算单位构成 决算单位构成 预算范围 包括 本级 汇总";

/**
 * Where a document says which bodies its department edition covers, and whether a body's
 * accounts are kept apart ("…包括：…；上海市某某中心，不单列预算"): what explains two editions' totals.
 */
export const EDITION_REASON_QUERY = "部门 构成 具体包括 单位 不单列预算 机构设置 内设机构";

/** Why two scopes' figures of one metric differ, or where: answered part by part ("差在哪"). */
export const DIFFERENCE_EXPLAINED = new RegExp(
  `${EDITION_WHY.source}|${GAP_PART_ASKED.source}|差别|为什么|为啥|为何|原因|差异(?:在|是|主要)|哪(?:项|部分|块|几项)(?:不同|不一样|多|少)`,
);

/** Two terms told apart ("甲和乙有啥区别"), or which of two is the money spent; not two editions. */
export const DISTINCTION_ASKED =
  /(?<!(?:部门|单位)[^，,。？?]{0,16})(?:(?:有)?(?:啥|什么|何)区别|区别(?:是|在))|哪个(?:才)?是实际(?:花|用|支出|发生)/;

/** A term's meaning asked ("<某费>是指什么", "什么是<某费>", "<某费>如何定义"). */
export const DEFINITION_ASKED = new RegExp(
  `${/是指什么|指什么|指的是?(?:什么|啥)|(?<!为)什么是|是什么意思|什么意思|啥意思|含义|名词解释|(?:怎么|如何|怎样)定义|的定义|定义是/.source}|${DISTINCTION_ASKED.source}`,
);

/** What a sum of money is for, asked ("用来干嘛", "主要用于什么", "干什么用"). */
export const PURPOSE_ASKED =
  /用来干|用来做|用于什么|用于哪些|用在哪|用在什么|干什么用|做什么用|干嘛用|用途|主要用于|(?:主要)?支持(?:什么|哪些|哪几)|(?:怎么|如何|怎样)安排(?:的|了)?/;

export const UNIT_TOPICS: readonly {
  say: RegExp;
  headings: string;
  /** Asked whatever else the question names: the headings replace its words. */
  always?: boolean;
  /** Asked of what the question names: the headings are searched beside its words. */
  withWords?: boolean;
  /**
   * Labels that open the topic inside a paragraph ("发现的主要问题及原因：…" in a self-evaluation's
   * results): the labelled sentences are quoted beside the sections the headings find.
   */
  labels?: RegExp;
}[] = [
  {
    // "<某费>是指什么": the documents define their terms in a section of their own.
    say: DEFINITION_ASKED,
    headings: "名词解释",
    withWords: true,
  },
  {
    // ("收住什么人", "服务对象是谁": whom a body serves is part of its duties.)
    say: /(?:收住|收养|收治|接收|服务|照顾|照料)(?:的)?(?:是)?(?:什么|哪些|啥|哪类|哪种)(?:样的)?(?:人|对象|群体|老人)|服务对象|收住对象|收养对象|干(?:些)?什么|做(?:些)?什么|干(?:些)?啥|做(?:些)?啥|干嘛|管(?:些)?什么|管哪些|负责什么|负责哪些|主要任务|什么职能|哪些职能|是什么(?:单位|部门|机构)|(?:平时|日常|平常)(?:都|主要)?(?:干|做|忙)/,
    headings: "职责 职能",
  },
  {
    // "加挂了哪些牌子", "还挂着什么牌子": the other names the body carries, said with its duties.
    say: /加挂|挂(?:着|了)?(?:哪些|哪几块|几块|什么|啥)(?:别的|其他)?牌子|几块牌子|合署办公|一套班子/,
    headings: "主要职能 加挂 牌子",
    withWords: true,
  },
  {
    // "哪些科室", "有几个处室", "内部分了哪些部门": the body's internal divisions.
    // "底下设了几个部门": the words before the count are the topic's too.
    say: /(?:(?:下面|下边|底下|里面|内部)(?:有|设|分成?|分为)?了?)?(?:哪些|哪几个|几个|多少个?)?(?:内设|内部)?(?:科室|处室|股室)|(?:分成?|设|有)了?(?:几个|多少个?)处(?![理置分罚])|内设机构|内部机构|内设(?:了)?(?:哪些|几个|多少个?)(?:部门|机构)?|(?:(?:下面|下边|底下|里面|内部)(?:有|设|分成?|分为)?了?)?(?:哪几个|哪些|几个|多少个?)(?:内部|内设)?部门/,
    headings: "机构设置 内设机构 科室 处室",
  },
  {
    // "<某中心>是否单列预算": whether a body it runs has a budget of its own is said where the 部门
    // edition lists its bodies ("某中心，不单列预算").
    say: /(?:单独|单列|独立)(?:编制?|的)?预算|预算(?:单列|单独编|独立编)|(?:不|没有?)单列/,
    headings: "部门机构设置 单位构成 预算单位 单列",
    always: true,
  },
  {
    // "下面管着几家单位": the bodies it runs ("（含下属单位）" only says which edition).
    say: /(?<![含括同])(?:下面|下边|底下|下辖|下属)的?(?:事业|行政|二级|基层)?单位|(?<![含括同])(?:下面|下边|底下|下辖|下属)(?:管着?|管理着?|有|包括)?(?:哪几个|哪几家|几个|几家|哪些|多少个?)?(?:预算|下属|所属)?(?:事业|行政|二级|基层)?(?:单位|机构)?|管着?(?:哪些|哪几个|哪几家|几个|几家)(?:下属|所属)?(?:单位|机构)|(?<![这那些])几(?:个|家)单位|单位构成|(?:包括|包含|含|有|由|覆盖|涵盖|汇总|合并)了?(?:哪些|哪几家|哪几个|几家|几个)(?:预算|决算|下属|所属)?(?:事业|行政)?单位(?:组成|构成)?|(?:把|将)?(?:哪些|哪几家|哪几个)(?:单位|机构)?(?:算进|算在|纳入|合并进|汇总进|包括进)/,
    headings: "机构设置 单位构成",
    // "所属事业单位5个，分别是：…": the sentence listing them, wherever a paragraph says it.
    labels: /(?:所属|下属)(?:事业)?单位\s?\d/,
  },
  {
    // "哪里做得还不够", "有什么不足": what the unit's own evaluation says it fell short in.
    // (…and how it means to mend them: "有哪些不足，打算如何改进".)
    // ("自评发现了什么问题", "承认了哪些不足", "查出来什么问题".)
    say: /(?:哪里|哪些地方|什么地方|哪方面)(?:做得|干得)?(?:还)?不够|不足之处|(?:有|存在|发现|查出来?|承认|暴露出?|反映出?|指出)了?(?:哪些|什么|啥)(?:主要)?(?:不足|问题|短板)|短板|需要改进|(?:下一步)?改进(?:措施|方向)|[、，,和]?(?:下一步)?(?:怎么|如何|打算怎么)(?:改|改进|整改)/,
    headings: "存在的问题 问题 不足 原因分析 改进措施",
    labels:
      /(?:发现的)?主要问题(?:及原因)?[:：]|存在的(?:主要)?问题(?:及原因)?[:：]|(?:下一步)?(?:改进|整改)措施[:：]/,
  },
  {
    // "是个什么级别的单位", "行政还是事业单位": how the unit is ranked and what kind of body it is.
    say: /什么级别|哪一级|哪个级别|几级|级别|规格|什么性质|单位性质|什么类型的单位|(?:行政|事业)单位还是(?:行政|事业)单位/,
    headings: "机构 人员 行政单位 事业单位 处级 科级 局级",
  },
  {
    // "预算在哪能查到", "在哪个网站公开": where the documents say they are published.
    say: /在哪(?:里|儿)?(?:能|可以)?(?:看到|看|查到|查|找到|下载)|(?:哪个|什么)网站|(?:公开|发布)在哪|在哪(?:里|儿)?(?:公开|发布)/,
    headings: "公开 网站 平台 信息公开",
  },
  {
    // "部门预算和单位预算…差的是谁的钱", "为什么不一样": the 部门 edition adds its subordinate units.
    say: EDITION_WHY,
    headings: "部门机构设置 单位构成 本部 下属 预算单位",
    always: true,
  },
];

/**
 * Words the documents of some places use for the same heading ("主要职能" where others say "职责"):
 * a passage not found under the asker's word is searched once under the other. One direction only.
 */
export const HEADING_VARIANTS: readonly (readonly [string, string])[] = [["职责", "职能"]];

/** The question's words with one heading word replaced by the other, when one applies. */
export function headingVariant(query: string): string | undefined {
  const pair = HEADING_VARIANTS.find(([said, other]) => query.includes(said) && !query.includes(other));
  return pair && query.replaceAll(pair[0], pair[1]);
}

/** An amount of money asked ("给了多少钱", "预算多少", "金额"), not a count. */
export const AMOUNT_ASKED = /多少钱|几多钱|(?:预算|安排|给|拨|花|用|投)了?(?:多少|几多)|多少万|金额/;

/** Who or which things are asked ("给了哪些企业", "有名单吗"): a list, never an amount. */
export const LIST_ASKED = /哪些|哪几|哪家|名单|是谁/;
