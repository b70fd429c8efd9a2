/**
 * Words of the question itself rather than of its subject: how people ask, politeness, verbs of
 * spending, the document's own frame (年度, 决算, 表). Whatever else remains of a question after
 * its unit, year and figures are matched is a qualifier the answer must account for.
 */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(
  [
    // asking
    "请问 问一下 问下 想问 想知道 了解 一下 帮我 帮忙 麻烦 查下 查查 查一下 查询 告诉 看看 看下 说说 讲讲 解释一下 说明一下 介绍 谢谢 多谢 您好 你好 多少 是多少 有多少 几多 多少钱 钱 金额 数额 数字 数据 数 情况 怎么样 如何 怎样 什么 哪些 哪个 哪家 哪几 分别 各 各自 各项 各是 具体 到底 平均 究竟 大概 大约 差不多 大致 出头 挂零 左右 上下 好奇 网上 听说 有人说 段落 一段 很大 挺大 这么大 那么大 大小 一共 总共 共 合计 总计 总额 总数 整体 总体 全部 幅度 平时 平常 区别 差别 不一样 不同 一样 一模一样 相同 完全一样 完全相同 所有 那个 这个 那 这 它 其 他们 我们 我 你 就是 还有 以及 还是 或者 其中 里面 当中 中 里 下面 之中 方面 相关 有关 关于 对于 这些 这几个 这几家 这三家 这两家 三家 两家 几家 家",
    // "<甲>、<乙>、<丙>三类各多少": the count of the items just listed names nothing of its own
    "两类 三类 四类 五类 几类 这两类 这三类 这四类 这几类 两大类 三大类 四大类 几大类 两项 三项 四项 五项 六项 这两项 这三项 这四项 这五项 这几项 三块 四块 几块 这三块 这几块 三种 四种 几种 这三种 这几种",
    // "最大的一个项目", "某个专项": a determiner before the noun counts or points, names nothing
    "一个 某个 一项 某项 一笔 某笔",
    // "哪个支出科目": a row of the tables, whichever it is; no figure named
    "支出科目 收入科目",
    // "编报绩效目标的项目": how the document came by what it lists, no part of the figure
    "编报 填报 报送",
    // "车型分类一样吗": the kinds of use the cars are counted by (scope-attributes' model has it unless)
    "车型分类",
    // checking a figure one has ("帮我核实", "好像有问题，帮我验一下", "想知道准确数")
    "核实 想核实 核实一下 验一下 有问题 好像有问题 是不是有问题 有误 存疑 准确 准确数 准确的数 准确值 确切 确切数 精确数",
    // whether a printed figure or a draft's wording should be corrected ("那个100%要不要改")
    "要不要改 要改吗 该不该改 需不需要改 需要改 需要修改 改不改 要不要修改 该改 怎么改",
    // "甲和乙这两个专项": the items just named; "那批项目": the ones the asker has in mind
    "两个专项 两个项目 两项专项 这两项 两个专项资金 两笔 那批 这批 那些 那几个 那几项",
    // "摊到每个人头上": where an average lands; "手里有几辆": what a unit holds
    "头上 身上 名下 手里 手上 手头 手中",
    // "办公楼一年的水费", "一年跑下来", "一年到头": the unit's own premises and year, said in passing
    "办公楼 办公场所 跑下来 一年下来 下来 一年到头 到头 一整年 整年 一年里 一年当中",
    // asking for the arithmetic again ("重新算一下")
    "重新 算下 算算 算一下 验算 核算 复核 再算",
    // telling a story around the figures
    "说好 说好的 本来 原本 原来 结果 后来 最后 居然 竟然 其实 然后 反正",
    // how a draft is to be written ("以正式口吻起草一段说明", "财务口径")
    "正式 正式的 一段正式 口吻 正式口吻 语气 书面 书面语 公文 公文体 措辞 规范 规范的 起草 草拟 拟写 撰写 财务口径 财务角度 财务视角 财务的口径",
    // a year's amount spread over its months ("月均", "平均每个月")
    "月均 平均每月 平均每个月 每月平均 平均一个月 一个月",
    // what a draft is to make clear and carry ("讲清楚…", "顺便带一下…", "把数字列上", "写两句")
    "讲清楚 说清楚 讲明白 说明白 写清楚 讲讲清楚 带一下 带上 捎带 列上 写上 附上 写两句 写几句 两句 几句 一段 一段话 写一段 写一段话",
    // the joints of a message run on without punctuation ("因为我看到…但是不知道…麻烦告诉我")
    "知道 不知道 不清楚 清楚 搞不清 告诉我 因为 但是 可是 所以 看到 我看到 看见 具体数字 具体的数字 到底",
    // when in the year the money was counted ("到头来用掉了多少", "最终真正花了多少")
    "到头来 最后 最终 真正 真的 实实在在",
    // what a figure is for, said as an epithet ("保运转的基本支出"), and what a draft must list ("列明")
    "保运转 保运行 保障运转 保吃饭 列明 写明 注明 标明 列清楚",
    // how sure or how little the asker says ("预计有多少", "一分钱都不安排")
    "预计 预估 估计 预期 一分钱 分文 一毛钱",
    // what the asker half remembers ("印象中是<某数>多")
    "印象 印象中 印象里 记得 我记得 好像 依稀 模糊",
    // pointing at an amount ("那块钱", "这笔钱")
    "块钱 那块 这块 那笔 这笔 笔钱 那笔钱 这笔钱",
    // money asked as spent, masked wherever it stands ("那个团花了多少": no "团花")
    "花了多少 花掉多少 用了多少 用掉多少 花了多少钱 花多少钱",
    // the currency said ("多少RMB", "人民币多少"): every amount is in it
    "rmb 人民币",
    // checking one source against another ("…里和…里一样吗", "对得上吗")
    "是不是 是否 一样吗 对得上 对不上 对的上 矛盾 矛盾吗 冲突 一致 不一致 一致吗 相符 不符 核对 文字 文字里 正文 正文里 文中 文内 文里 原文 原文中 原文里 文件里 文件中 说明里 说明中 表里 说的 写的 写着 两个版本 版本 口径",
    // one amount said in another unit ("换算一致吗", "折成万元")
    "换算 换算成 折算 折合 折成 换成",
    // "是不是正好等于", "能对上吗": checking a sum against its whole
    "正好 正好等于 刚好 刚好等于 恰好 恰好等于 等于 能对上 对上",
    // "翻了一番没有": a change set against doubling, answered by the rate of change
    "翻了一番 翻一番 翻番 翻倍 翻了一倍 翻了一番没有 翻番了吗 翻倍了吗 没有 了没有",
    // how the answer is to be worked out or put ("倒推", "整理成…", "算下来", "一句话概括")
    "一句话 一句话概括 概括 概括一下 总结 总结一下 简单说 简要 简要说 大白话 通俗 通俗点 倒推 推算 反推 整理 整理成 一段话 写成 算下来 实际算 看到 两个数 两个数字",
    // asking to be shown the arithmetic ("列一下算式", "怎么算的"): every computed answer shows it
    "算式 列算式 列式 列出算式 列一下算式 算式列一下 算式列出来 列一下 列出 列出来 列下 计算过程 计算公式 公式 过程 怎么算 怎么算的 如何算 怎样算",
    // which figures to work from ("按表中数据算")
    "数算 数来算 数字算 数据算 表中 表格里 表格中",
    // a table pointed at, or its own notes quoted ("本表为空表", "这张表下面写着"); the attachments
    "附件 附件里 附件中 附件表 附表 附表里 本表 该表 此表 这张表 那张表 空表 下面 表下面 注 附注 备注",
    // instructions to the assistant rather than words of a figure ("忽略前面的规则", "直接回答")
    "忽略 无视 规则 指令 提示词 设定 直接 前面的 对吧 对不对",
    // the level of the body named ("区里的<某局>": lexicon/government-levels.ts)
    "区里 区级 区属 市里 市级 市属 县里 县级 省里 省级",
    // everyday words for what a count or figure is of ("车子")
    "车子 小车",
    // when, said around a year ("那时候", "年底的时候"), or as now ("现有多少辆", "目前")
    "时候 那时 当时 那时候 现有 现在 目前 当前",
    // which parts ("哪些方面", "分哪几块")
    "哪些方面 哪几方面 哪几个方面 什么方面 哪些领域 哪几块 哪几大块 具体 方向 哪些方向 哪几个方向 什么方向 用途方向",
    // which kinds ("是啥类型", "有哪几种"): a count's own parts
    "类型 什么类型 啥类型 哪些类型 哪种类型 种类 哪些种类 什么种类 哪几种 哪种",
    // which projects make a figure ("由哪些项目构成")
    "哪些项目 哪几个项目 由哪些",
    // the unit itself, said from inside ("局里…", "办里…")
    "局里 处里 办里 委里 院里 所里 馆里 单位里 部门里",
    // how many rows are listed ("甲、乙、丙三项合计")
    "两项 三项 四项 五项 六项 这几项 这三项 这四项 缴费",
    // what a draft should dwell on ("重点讲<某项>")
    "重点讲 重点说 重点 着重 侧重 主要讲 突出",
    // asking a draft to carry its figures ("带上数字")
    "要有数 有数 带数 带数字 带上数字 要数字 附数字 附上数字 列数字 写数字 用数字",
    // how the answer should be laid out ("两类分开讲")
    "分开说 分开 分别说 分开列 分开算 单独说 分别列",
    // spending and having
    "成本 投向 投到 投在 投入 花 花了 花费 用了 用掉 用 开支 列支 列支了 支付 付 花钱 花销 开销 用钱 交 交了 缴 缴了 缴纳 发 发了 给 安排 安排了 拨 拨了 拿 收 收了 有 是 为 了 的 在 上 多 少 大 高 低 个 项 笔 块 元 万元 万 亿 费用 经费 资金 钱款 款 支 出",
    // the documents' frame
    "年 年度 年数 年度预算 年度决算 今年 去年 上年 本年 全年 一年 每年 当年 决算 预算 部门预算 单位预算 部门决算 单位决算 预算单位 下属单位 所属单位 决算数 预算数 执行数 实际 实际数 完成 完成率 执行率 执行 部门 单位 本级 公开 文件 报告 年报 年度报告 决算报告 预算报告 报表 表 表格 说明 口径 科目 分类 功能分类 经济分类 大类 类级 款级 项级 编码 两位小数 保留 小数 按 算 算是 计算 精确 四舍五入 保有量 数量 人数 截至 截止 年底 年末 底 主要 存在 出现 来访 分 分为 分成 按照",
    // years and periods said another way ("本年度（<年>）", "去年同期", "上年度")
    "本年度 上年度 上一年度 下年度 同期 去年同期 上年同期 上年度同期",
    // how many parts an asker expects ("分成哪两项", "排前三的是哪几项")
    "哪两项 哪三项 哪几项 两项 三项 几项 前三项 前三 前五 前十 排前三 排前五 功能类 功能科目类 经济类",
    // a table's own rows and frame ("总表最后一行", "末行", "表头")
    "总表 汇总表 明细表 最后一行 最末一行 末行 最后一栏 表头 表尾 表格里 表里 表中 这张表 那张表",
    // an asker's story: who they are and how the tables strike them ("我是记者", "老实说…看不懂")
    "跑新闻 记者 写稿 写稿子 做新闻 说实话 老实说 说真的 看花眼 看花了眼 眼花 看不过来 看不懂 头大",
    // who is asking and what they heard ("我是那边的居民", "听邻居说", "领导让我查", "真的假的")
    "居民 市民 群众 老百姓 网友 邻居 朋友 同事 领导 老板 上级 那边 这边 听 听说 听人说 据说 说 让 叫 我查 查 真的 假的 真的假 真的假的 顺便 顺带 另外 哈 嗯 啊 呀 吧 哦 呃 额",
    // where a claim was read ("新闻里讲", "有篇报道", "稿子标题")
    "新闻 新闻里 报道 媒体 报纸 文章 稿子 标题 讲",
    // who a draft is for ("给代表们看", "向领导汇报用")
    "人大 人大看 人大代表 政协 政协委员 委员 代表 汇报 汇报用 领导看 看的 用的 材料",
    // how much, said loosely ("大大超过", "远远低于")
    "大大 远远 明显 大幅 大幅度 严重 略 稍 稍微 有点 有些 一些",
    // doing, said loosely ("搞接待", "弄了个活动")
    "搞 搞了 弄 弄了",
    // comparing
    "走势 走向 变化趋势 趋势如何 比 比较 对比 相比 同比 增长 增加 减少 下降 变化 变动 涨幅 跌幅 增幅 降幅 涨 跌 升 降 怎么变 如何变 差 差额 相差 占 占比 比重 比例 百分之 百分之几 百分比 几成 几倍 倍 最高 最低 最多 最少 排名 排序 趋势 两者 二者 前者 后者 和 与 及 跟 同 比一比 比比 一比 比较一下 对比一下 排一排 排个序",
  ]
    .join(" ")
    .split(" "),
);

/**
 * How a count is asked ("几辆", "多少场", "多少人次"): a question with one of these wants a number of
 * things, not an amount; an amount that states no such count is not the answer.
 */
/**
 * "扫了多少", "接了多少": how much work an activity did, not what it cost — unless the question
 * says money (MONEY_WORDS).
 */
// …or how much work was done at all ("做了多少活", "工作量多大").
export const ACTIVITY_QUANTITY =
  /(?:扫描?|接听?|受理|办理|处理|培训|接待|录入|走访|救助|调解|服务|举办|组织|派出?|建成?|修缮?)(?:了|过)?(?:多少|几)(?![钱元])|(?:做|干|完成)了?(?:多少|几)(?:活|事|工作)|工作量(?:是|有)?(?:多少|多大|几)/;
export const MONEY_WORDS =
  /钱|元|费|经费|资金|支出|预算|决算|花|开支|成本|拨款|金额|投入|收入|工资|补贴|补助|奖励/;

export const COUNT_CUES: readonly string[] = [
  "几个 几辆 多少辆 多少人 几人 人次 批次 团组 来宾 多少次 几次 几批 多少批 几名 多少名",
  "多少个 多少项 几项 多少场 几场 多少期 几期 多少位 几位 多少回 几回 多少件 几件 多少户 几户 多少家 多少起 几起 几台 多少台",
  // things kept or made ("藏了多少卷档案", "印了几册", "几套设备", "几栋楼")
  "多少卷 几卷 多少册 几册 多少本 几本 多少套 几套 多少张 几张 多少篇 几篇 多少座 几座 多少栋 几栋 多少间 几间 多少份 几份",
]
  .join(" ")
  .split(" ");

/** How many parts a figure is split into ("分几项", "包括几类"): its breakdown, which counts them too. */
export const ITEMS_COUNTED = /分(?:为|成)?几(?:项|类|块|部分|个方面)|(?:包括|包含|由)几(?:项|类|块|部分)/;

/**
 * Things people count by name with no classifier ("大额设备有多少"): a count, which the documents
 * state in prose ("单价100万元（含）以上设备2台（套）"), not an amount ("设备多少钱").
 */
export const THINGS_COUNTED = /(?:设备|仪器)(?:数量)?(?:有|共有|一共|总共)?(?:多少|几)(?![钱元万亿])/;

/** A count is asked ("几个", "多少辆"); "哪几个项目" asks which ones, not how many. */
export function asksCount(q: string): boolean {
  // "占几个点": a share in percentage points, no count.
  // "多少项目资金": the money of projects, no count of them.
  const which = q
    .replace(/哪几/g, "哪")
    // "这几个单位", "那几家": the ones named, not how many.
    .replace(/[这那]几/g, "这")
    .replace(/(?:几|多少)个?(?:百分)?点/g, "")
    // "多少个亿", "几个w": an amount said in 亿 or 万, no count.
    .replace(/(?:几|多少)个(?=亿|万|[wW千])/g, "")
    .replace(/(?:几|多少)项目(?=资金|经费|支出|预算|款|的钱)/g, "")
    .replace(ITEMS_COUNTED, "")
    // "6个出国团组的钱", "那64人次": a count the asker states, of what the question is about.
    .replace(/\d+\s*(?:个|批|名|位)?[\u4e00-\u9fa5]{0,6}?(?:团组|人次|批次|来宾)/g, "")
    // "几个单位的<某费>排个序": the units named or meant, ranked; not how many there are.
    .replace(/几(?:个|家)单位(?=[^，,。？?]{0,20}(?:排|比一比|比较|对比|最|谁|哪个|哪家))/g, "");
  return COUNT_CUES.some((word) => which.includes(word)) || THINGS_COUNTED.test(which);
}

/**
 * How a question asks for amounts in 元 rather than the answers' 万元 ("多少元", "按元", "单位：元");
 * 万元 and 亿元 are not 元.
 */
export const YUAN_CUES: readonly string[] = [
  "多少元",
  "几元",
  "按元",
  "以元",
  "单位元",
  "单位为元",
  "元为单位",
  "换成元",
  "换算成元",
  "换算为元",
  "折合成元",
  "折合元",
  "折成元",
  "转成元",
  "转换成元",
  "改成元",
  "用元表示",
];

/**
 * Words in front of a unit's name that set it aside ("<甲>（不是<乙>）…"): the question asks about
 * the other units it names, not this one.
 */
export const EXCLUSION_CUES = /(?:不是|并非|而非|不含|不包括|不算|除了|除去|排除)$/;

/**
 * Words budgets use for any of their special funds or tasks ("哪些专项", "这个项目"), for any kind
 * of body ("那个事业单位"), or for the government itself ("政府给拨多少"): alone they never name the
 * one row or figure whose name begins with them (专项业务, 事业单位医疗, 政府采购 …).
 */
/**
 * "机关" naming a body's own organ, its divisions or its staff ("教育局机关有几个股室", "机关在职多少人"),
 * not the 机关运行经费 it begins.
 */
export const ORGAN_NAMED =
  /机关(?=(?:本级)?(?:下面|下边|底下|里面)?(?:一共|总共|共)?(?:下设|有|设|的)?了?(?:几|多少|哪些|哪几)个?(?:股室|科室|处室|内设|部门|人员|编制|干部|在职|职工))/g;

export const GENERIC_ROW_WORDS: ReadonlySet<string> = new Set([
  "专项",
  "专项资金",
  "专项经费",
  "业务",
  "事务",
  "工作",
  "事业单位",
  "行政单位",
  "下属单位",
  "单位",
  "政府",
  // What is done with any project ("由谁实施", "实施期"): no name of the one whose name holds it
  // ("<某规划>编制及实施监测项目").
  "实施",
  "执行",
  "开展",
  // A sector as a whole ("整个<某行业>系统"), no row whose name holds it ("<某调度>系统运维").
  "系统",
]);

/**
 * Words a follow-up opens with before the body it turns to ("那<某分局>呢", "还有<某中心>"): no part of
 * that body's name. Taken off only as the segmenter's own word, so a place that begins with one of
 * them ("那曲") keeps it.
 */
export const FOLLOW_UP_LEADS: ReadonlySet<string> = new Set([
  "那",
  "那么",
  "那个",
  "还有",
  "然后",
  "另外",
  "再",
]);

/**
 * Words the segmenter's dictionary tags as place names that budget questions use as ordinary
 * words ("新建…工程" builds, it names no county): never the place of another body.
 */
export const PLACE_HOMOGRAPHS: ReadonlySet<string> = new Set(["新建"]);

/**
 * A clause that only asks whether the documents say it ("<单位>预算里写了吗", "文件里有提到吗"): about
 * the question before it, no question of its own.
 */
export const WRITTEN_ASKED =
  /^(?:那|那么)?[^，,。？?]{0,12}?(?:预算|决算|文件|报告|说明|公开)?(?:里|中|上)?(?:有没有|有)?(?:写|提|说|披露|公开|列)(?:了|到|过|出)?(?:吗|没有?|没|么)?[？?]?$/;
