/**
 * What people ask about a project, and the headings under which the project write-ups of the
 * 上海 template (…专项经费情况说明: 一、项目概述 … 七、绩效目标) state it. The first heading is
 * quoted first.
 */
/** "支持什么", "补贴哪些": a verb of what money does, asked with a question word; it names nothing. */
export const DOES_WHAT = /(?:支持|扶持|资助|补贴|补助)(?:什么|啥|哪些|哪几)/;

export const PROJECT_ASPECTS: readonly {
  asks: RegExp;
  headings: readonly RegExp[];
  unless?: RegExp;
  /** Not asked of a project whose write-up states parts with their amounts. */
  unlessParts?: boolean;
  /**
   * Where the project has no write-up under such headings: a sentence naming it that says this
   * ("…工程：预算…，实施期为<月>至<月>，改造里程<数>公里").
   */
  shows?: RegExp;
  /** Scope attributes (scope-attributes.ts keys) the aspect's passage answers ("什么时候完工": date). */
  answers?: readonly string[];
}[] = [
  // Who does it: the body in charge, then the plan, which names any body the work is bought from.
  {
    asks: /(?:由|是)?谁(?:来|去)?(?:做|干|实施|负责|承担|执行)|实施主体|实施单位|(?:哪个|哪家|什么)(?:单位|部门|机构)(?:来|去|负责|具体)?(?:做|干|实施|承担|执行)/,
    headings: [/实施主体/, /实施方案/],
    // "…项目。实施单位为<某中心>，…": a sentence naming the body, where no heading does.
    shows: /实施单位|实施主体|承担单位|由[^，,。；;]{2,24}?(?:负责|承担|组织)?实施/,
  },
  {
    asks: /周期|实施期|执行期|期限|多久|多长时间|(?:期|时间)(?:有)?多长|(?:做|干|搞|建|实施|执行|持续)(?:多少|几)年|几年(?:完成|建成|干完|做完)|(?:做|干|搞|建|实施|执行)?到(?:什么时候|何时|啥时候|哪年|哪一年)|(?:什么时候|何时|啥时候)(?:能|才|会|可以)?(?:开始|结束|做|实施|执行|干|完工|竣工|完成|建成|开工)|哪(?:一)?年(?:开始|实施|做|完工|建成)|起止/,
    headings: [/实施周期/],
    shows:
      /实施期|实施周期|执行期|建设期|工期|20\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*(?:至|到|—|－|-|~)/,
    answers: ["date"],
  },
  // What it is to achieve ("达成什么目标", "指标有哪些"): its targets, where a write-up or the
  // project's own section states them.
  {
    asks: /(?:完成|实现|达到|达成)(?:哪些|什么|啥)(?:任务|目标|指标)?|(?:绩效|考核|年度|主要|具体)?(?:目标|指标|任务)(?:是(?:什么|啥)|有哪些|有什么)|(?:哪些|什么)(?:任务|目标|指标)/,
    headings: [/绩效目标|绩效指标|年度目标|产出指标/],
    shows: /目标|指标|任务/,
  },
  // How big the work is ("改多长", "修多少公里"): a sentence stating its length, area or count.
  {
    asks: /(?:改|修|建|铺|养护|治理|整治)(?:了|的)?(?:多长|多少公里|多少米|多大)|里程(?:多少|多长|是)|多少公里/,
    headings: [/建设内容|建设规模|项目概况|项目概述/],
    shows: /里程|\d+(?:\.\d+)?\s*(?:公里|千米|米|平方米|亩)/,
  },
  { asks: /怎么(?:实施|开展|做|操作)|如何(?:实施|开展|操作)|实施方案|流程/, headings: [/实施方案/] },
  // How the money goes out ("怎么花钱的", "通过什么方式"): the plan, which says what is bought from whom.
  {
    asks: /(?:怎么|怎样|如何)(?:花|使用)(?:钱|的|出去|掉)?|花(?:出去|掉)(?:的)?方式|(?:通过|以|用|采取|采用)(?:什么|哪种|何种|哪些)(?:方式|形式|办法|途径)/,
    headings: [/实施方案/],
  },
  // "怎么安排的": how the money is split when the write-up states parts (answered as a breakdown),
  // else how the work is carried out.
  { asks: /(?:怎么|怎样|如何)(?:安排|落实|执行)/, headings: [/实施方案/], unlessParts: true },
  { asks: /依据|根据什么|凭什么立项/, headings: [/立项依据/] },
  { asks: /在哪|哪里|位置|地址|坐落|位于|建在|盖在/, headings: [/项目概况|项目概述|建设地点/] },
  {
    asks: /用在|用于|用到|干什么|干啥|做什么|做啥|用途|目的|想达到|为了什么|是什么项目|主要内容|概述|钱花在/,
    headings: [/项目概述|项目概况|项目内容/, /年度预算安排|预算安排/],
  },
  {
    asks: DOES_WHAT,
    // "支持哪些方面，各多少钱": the parts and their amounts, not the write-up.
    unless:
      /各(?:是|为|自)?多少|分别(?:是|为)?多少|各花了?多少|每(?:一)?(?:块|项|个|部分|方面)(?:是|有|花了?)?多少/,
    headings: [/项目概述|项目概况|项目内容/, /年度预算安排|预算安排/],
  },
];

/** The numbered headings of one write-up, in order: a heading's number says where it sits. */
export const HEADING_ORDER = "一二三四五六七八九十";
