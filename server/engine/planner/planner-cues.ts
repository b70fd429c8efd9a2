/** The bodies one unit's documents cover, asked ("部门预算包括哪几家单位", "下属几家单位"). */
export const OWN_BODIES_ASKED =
  /(?:包括|包含|汇总|涵盖|含|下属|所属|管着?)了?(?:哪些|哪几家|哪几个|几家|几个)(?:预算|决算|下属|所属)?单位/;

/** A follow-up comparing a budget figure with its actual. */
export const ACTUAL_COMPARED =
  /(?:和|跟|与|同|比)(?:决算|实际)|(?:决算|实际)(?:数|花的|用的)?(?:呢|相比|比|对比)/;

export const BOTH =
  /两者|二者|两个|两家|两项|这两|它们|两单位|(?:哪个|哪项|哪家|谁)(?:更)?(?:多|高|大|少|低)/;

/** "和<某单位>比呢", "跟<某单位>相比怎么样": a comparison with what the conversation was about. */
export const COMPARED_WITH = /^(?:那|那么)?(?:和|跟|与|同)[^，,。？?]{1,14}?(?:比|相比|比较|对比)/;

/** A project's execution rate asked together with its score. */
export const RATE_WITH_SCORE =
  /(?:执行率|完成率|执行情况|执行得).{0,12}(?:得分|几分|多少分|评分)|(?:得分|几分|多少分|评分).{0,12}(?:执行率|完成率)/;

/** The start-of-year budget named: final accounts state it beside the actual. */
export const ANNUAL_BUDGET = /年初预算/;

/** "预算多少", "全年预算一共多少": a budget's amount asked, which final accounts state beside the actual. */
export const BUDGET_AMOUNT =
  /预算(?:总共|一共|总计|合计|总额|总数|规模)?(?:大概|大约|约)?(?:是|有|为|了)?(?:多少|几多)/;
