/**
 * Everyday words → the words the documents use. The planner resolves `means` against the index's
 * own vocabulary (lexicon metrics, the subjects of the tables, named projects), so an entry only
 * helps where a document has such a row. `scheme` prefers economic (经济分类, table 06) or
 * functional (功能分类) subjects when a name exists in both.
 */
export interface ThesaurusEntry {
  readonly say: readonly string[];
  readonly means: readonly string[];
  readonly scheme?: "economic" | "function";
  /** The words say something else in such a question (the asker's own meeting, not a figure). */
  readonly unless?: RegExp;
  /** A total of the whole unit: beside a project or row named, the words are that one's total. */
  readonly unitWhole?: boolean;
}

export const THESAURUS: readonly ThesaurusEntry[] = [
  { say: ["养老保险", "养老金缴费", "养老缴费"], means: ["基本养老保险缴费"], scheme: "economic" },
  { say: ["医保", "医疗保险"], means: ["基本医疗保险缴费"], scheme: "economic" },
  // "社保那一行", "社保支出": the functional class; "社保缴费" is a contribution, not this.
  { say: ["社保"], means: ["社会保障和就业支出"], scheme: "function", unless: /社保(?:缴费|费|缴纳|基数)/ },
  { say: ["年金"], means: ["职业年金缴费"], scheme: "economic" },
  // Schools as people name them, for the 教育 subjects that pay for them.
  { say: ["幼儿园", "幼教"], means: ["学前教育"], scheme: "function" },
  { say: ["普高"], means: ["高中教育"], scheme: "function" },
  // Health subjects as people shorten them.
  { say: ["基本公卫"], means: ["基本公共卫生服务"], scheme: "function" },
  { say: ["重大公卫"], means: ["重大公共卫生服务"], scheme: "function" },
  { say: ["公卫"], means: ["公共卫生"], scheme: "function" },
  { say: ["疾控"], means: ["疾病预防控制机构"], scheme: "function" },
  { say: ["公积金"], means: ["住房公积金"], scheme: "economic" },
  // The fuel-price subsidies to transport (款 21404), as people name them.
  {
    say: ["成品油价格补助", "成品油补贴", "成品油补助", "油价补贴", "燃油补贴"],
    means: ["成品油价格改革对交通运输的补贴"],
    scheme: "function",
  },
  { say: ["农村客运"], means: ["对农村道路客运的补贴"], scheme: "function" },
  { say: ["出租车油补", "出租车补贴"], means: ["对出租车的补贴"], scheme: "function" },
  { say: ["房租", "租金", "租房", "租场地"], means: ["租赁费"] },
  { say: ["水电费", "水电"], means: ["水费", "电费"] },
  { say: ["电话费", "话费", "网费", "邮寄费", "通讯费"], means: ["邮电费"] },
  { say: ["工资", "发工资", "发的工资", "薪酬", "薪水"], means: ["工资福利支出"] },
  // Money a unit earns by its own services (a 福利院's fees), as people say it.
  { say: ["自己挣的", "自己赚的", "自己挣", "自己赚", "自己创收", "创收"], means: ["事业收入"] },
  { say: ["差旅", "出差"], means: ["差旅费"] },
  { say: ["物业费", "物业"], means: ["物业管理费"] },
  { say: ["维修费", "修理费", "修缮费"], means: ["维修（护）费"] },
  { say: ["伙食费", "饭补", "餐补"], means: ["伙食补助费"] },
  { say: ["办公用品", "文具"], means: ["办公费"] },
  { say: ["印刷", "打印费"], means: ["印刷费"] },
  { say: ["买电脑", "电脑", "办公设备"], means: ["办公设备购置"] },
  { say: ["临时工", "劳务"], means: ["劳务费"] },
  { say: ["退休金"], means: ["退休费"] },
  { say: ["房补", "房贴"], means: ["购房补贴", "提租补贴"] },
  { say: ["工会"], means: ["工会经费"] },
  // "人员情况怎样": every staff count the documents give, not one of them.
  {
    say: ["人员情况", "人员构成", "人员状况", "人员结构", "人员基本情况"],
    means: ["编制数", "在职人数", "在岗人数", "离退休人数", "退休人数"],
  },
  {
    say: ["开会"],
    means: ["会议费"],
    // "下午开会要用": why the asker needs the figure, not the meetings' cost.
    unless:
      /(?:明天|今天|明早|上午|下午|晚上|等会|待会|马上|要去|准备|周[一二三四五])开会|开会(?:要用|用|前|时|汇报|发言|讲)/,
  },
  { say: ["招待", "吃饭", "请客", "宴请", "接待客人", "客人", "来宾", "来访"], means: ["公务接待费"] },
  { say: ["出国", "出境", "出访"], means: ["因公出国（境）费"] },
  { say: ["车辆运行", "车的运行维护", "车运行维护", "养车"], means: ["公务用车运行维护费"] },
  // "车的钱": all the money on cars, bought and run.
  {
    say: ["车的钱", "车钱", "用车的钱", "公车的钱", "花在车上的钱", "坐车", "坐车的钱", "坐公车"],
    means: ["公务用车购置及运行维护费"],
  },
  // "车子一共花掉多少": the cars' money, unless the cars are counted ("有几辆车子").
  { say: ["车子"], means: ["公务用车购置及运行维护费"], unless: /辆|几台|多少台|车辆数|保有/ },
  // "收入里财政给的钱占多少": the appropriation as a part of income, only when named inside the
  // income; elsewhere the words are left to the planner's own reading of "财政".
  {
    say: ["财政给的钱", "财政给的", "财政拨的钱", "财政拨的", "政府给的钱"],
    means: ["财政拨款收入"],
    unless: /^(?![\s\S]*收入(?:里|中|当中|之中)[\s\S]*(?:财政|政府)(?:给|拨))/,
  },
  // "培训": the training fee, not a training project named so.
  { say: ["培训"], means: ["培训费"], unless: /培训班|培训项目|专题培训|培训专项/ },
  { say: ["外包", "委托费"], means: ["委托业务费"] },
  // 公务交通补贴 (the car reform's allowance) is booked under 30239 其他交通费用.
  { say: ["车改补贴", "车改补助", "公务交通补贴", "交通补贴"], means: ["其他交通费用"], scheme: "economic" },
  { say: ["人头费"], means: ["人员经费"] },
  { say: ["社保就业", "社保和就业"], means: ["社会保障和就业支出"], scheme: "function" },
  {
    say: ["扶持中小企业", "帮扶中小企业", "中小企业扶持", "支持中小企业发展", "支持中小企业"],
    means: ["支持中小企业发展和管理支出"],
    scheme: "function",
    // Procurement "支持中小企业" is the contracts awarded them, not this functional row.
    unless: /采购|合同/,
  },
  { say: ["买东西", "买货物", "购买货物", "采购货物"], means: ["政府采购货物支出"] },
  { say: ["买服务", "购买服务", "采购服务"], means: ["政府采购服务支出"] },
  { say: ["工程采购", "采购工程"], means: ["政府采购工程支出"] },
  // "采购" alone: all of it, not one of its kinds; beside a reservation for small firms it is that.
  { say: ["采购"], means: ["政府采购支出总额"], unless: /预留/ },
  {
    say: ["预算总额", "总预算", "预算总数", "预算总盘子", "预算盘子", "全部预算", "整个预算"],
    means: ["支出合计"],
    unitWhole: true,
  },
  { say: ["决算总额", "决算总数", "总决算"], means: ["支出合计"], unitWhole: true },
  // "全部支出" set against one fund's: all the spending, every fund's, as a figure of its own.
  { say: ["全部支出", "所有支出", "全部的支出", "所有的支出"], means: ["支出合计"], unitWhole: true },
  { say: ["买新车", "新车", "买车", "购车"], means: ["公务用车购置费"] },
  // The lottery funds by the lottery they come from (福利彩票 for welfare, 体育彩票 for sport).
  {
    say: ["福彩公益金", "福利彩票公益金", "福彩金"],
    means: ["用于社会福利的彩票公益金支出"],
    scheme: "function",
  },
  {
    say: ["体彩公益金", "体育彩票公益金", "体彩金"],
    means: ["用于体育事业的彩票公益金支出"],
    scheme: "function",
  },
  // Roads' loans repaid from their tolls (车辆通行费安排的支出 → 公路还贷).
  { say: ["还公路贷款", "偿还公路贷款", "公路贷款偿还", "还路贷"], means: ["公路还贷"], scheme: "function" },
];

/** Typos and variants people type for the lexicon's words, fixed before anything is matched. */
export const TYPOS: readonly (readonly [RegExp, string])[] = [
  [/三公(经废|经费用|费用|开支)/g, "三公经费"],
  [/3公/g, "三公"],
  // the letter O typed for the digit 0 inside a year or an amount ("2O24年")
  [/(?<=\d[Oo]*)[Oo](?=[Oo]*\d)/g, "0"],
  // homophones of 公 typed for it
  [/三[工宫功攻共](?=经费|经|费|开支|预算|决算)/g, "三公"],
  [/公物(?=接待|用车|车辆|车)/g, "公务"],
  // the everyday short name of the vehicle purchase tax, whose rows are named in full
  [/车购税/g, "车辆购置税"],
  // homophones of 接待 and 决算 typed by pinyin (借贷 only after 公务: it is a word of its own)
  [/公务(?:借贷|接代|街待|节待|接带)/g, "公务接待"],
  [/(?:绝算|决蒜|觉算)/g, "决算"],
  [/运行[为委围]护/g, "运行维护"],
  // homophones of 化 typed for it
  [/信息[话划](?=建设|系统|项目|工作|平台|经费|运维)/g, "信息化"],
  [/公务用车运维费?/g, "公务用车运行维护费"],
  [/运维费/g, "运行维护费"],
  [/决策数/g, "决算数"],
  [/(旅|务|议|训|待|公|用)废/g, "$1费"],
  [/接待废/g, "接待费"],
  [/街到(?=\d|办|20)/g, "街道"],
  [/档按/g, "档案"],
  [/办工(?=费|经费)/g, "办公"],
  // 采购 typed by its sound
  [/(政府|集中)?(?:彩|菜|才)购/g, "$1采购"],
  // 府 typed by its sound (fu) before the words it heads
  [/政[腐付附富负复辅抚斧](?=采购|拨款|性基金|购买)/g, "政府"],
  // "几个亿" asks an amount in 亿元, not a count
  [/几个?亿/g, "多少亿"],
  // "多少个w": 万 written as w asks an amount, not a count
  [/(?:多少|几)个?[wW万](?![a-zA-Z])/g, "多少万"],
];

/**
 * Short forms of the documents' own terms that finance staff write, and everyday names of them,
 * spelled out before matching.
 */
export const ABBREVIATIONS: readonly (readonly [RegExp, string])[] = [
  [/财拨(?!款)/g, "财政拨款"],
  // "政府拨款", "政府给拨多少": the appropriation, which the documents call 财政拨款.
  // "哪个团花得最多": a delegation (团组), never the word 团花 the segmenter would read.
  [/(哪|每|那|这)(个|些|一)?团(?=花|用|开支|支出|最|的钱|费用)/g, "$1$2团组"],
  [/(?:政府|国家)财政(?![局部厅所])/g, "财政"],
  [/政府拨款/g, "财政拨款"],
  // "<某支出>中非<某基金>的部分": the spending of all funds less that fund's part of it, said as
  // the two scopes set against each other.
  [
    /(?:里面|里|中|当中)?[，,]?(?<!比例|比重|几成|占比|百分之几)(?:不是|不属于|非)(一般公共预算|政府性基金(?:预算)?|国有资本经营(?:预算)?)(?:财政)?(?:拨款)?(?:安排)?的(?:钱|资金|部分|那部分|那块)(?:有|是|花了|用了|占了)?(?:多少)?/g,
    "全部资金口径和$1口径差多少",
  ],
  // "<某类>方面的支出": the class's spending, as its row names it.
  [/(?<=[\u4e00-\u9fa5])方面的?(?=支出)/g, ""],
  // "新买了几辆车", "买了多少台公务车": the cars bought, as the narratives say it (购置公务用车N辆).
  [
    /(?:新买|买|购买|新购|添置|购置)了?(几|多少)(?:台|辆|部)(?:新)?(?:公务用?|公)?车(?:辆)?/g,
    "购置了$1辆公务用车",
  ],
  // "财政一般公共预算": the general budget's appropriation, said with 财政 first.
  [/财政(?=一般公共预算)/g, ""],
  // "村委会", "村支部": the village committee and branch as the township's rows name them.
  [/村委会?(?![员])/g, "村民委员会"],
  // "村两委": the village's two committees, as the row "对村民委员会和村党支部的补助" names them.
  [/村两委/g, "村民委员会和村党支部"],
  [/村支部/g, "村党支部"],
  // "低保支出", "低保金": the minimum living allowance's money, as the subject rows name it in full
  // (not "低保标准", "低保对象": words of the narrative, searched as written).
  // …the city's or the countryside's allowance ("城市低保、农村低保"), each a row of its own
  // (城市最低生活保障金支出, 农村最低生活保障金支出), first.
  [/(?<=城市|农村)低保(?!金|标准|对象|人数|户)/g, "最低生活保障金"],
  [/低保(?=金|支出|资金|补助|经费|配套)/g, "最低生活保障"],
  // "三公经费表里的合计": the 三公 table's total is the 三公经费 itself.
  [
    /([“"]?三公[”"]?(?:经费)?)(?:财政拨款)?(?:支出)?(?:预算|决算)?(?:情况|统计)?表(?:格)?(?:里|中|上)?的?(?=合计|总计|总额|总数|一共|总共)/g,
    "$1",
  ],
  [/(?:政府|财政|国家)给拨/g, "财政拨"],
  [/(?<!一般)(?:一般)?公共预算(?=财政|拨款|支出|收入|资金)/g, "一般公共预算"],
  [/一般预算(?=财政|拨款|支出|收入|资金|基支|项支|基本支出|项目支出)/g, "一般公共预算"],
  // 人员经费 / 公用经费 / 基本支出 / 项目支出 cut to two characters ("人经、公经", "基支", "项支");
  // never inside 三公经费, 个人经营, 各项支出, 专项支出 or 专项支持 (支持, 支付, 支出 are words of their own).
  [/(?<![三个])人经(?![营济历验常])/g, "人员经费"],
  [/(?<![三办])公经(?![营济费])/g, "公用经费"],
  [/基支(?![持援付撑出])/g, "基本支出"],
  [/(?<![各每两三几多此该单分逐专事])项支(?![持援付撑出])/g, "项目支出"],
];

/**
 * "摊到每个人头上一年多少": a place word ending in 上 before "一年" (a year's worth), not 上一年 (last
 * year); kept apart so no year cue reads them together.
 */
export const PLACE_BEFORE_YEAR: readonly (readonly [RegExp, string])[] = [
  [/([头身手肩])上(?=一年|年)/g, "$1上，"],
];

/**
 * A budget word said inside a total's name ("<某口径>收支预算总额"): moved after the name, which
 * then reads whole, the word still saying budget or final accounts.
 */
export const PARTED_NAMES: readonly (readonly [RegExp, string])[] = [
  [/(收支|收入|支出)(预算|决算)(总额|总计|总数|合计)/g, "$1$3$2"],
];

/**
 * Verbs with their object split by a count ("出了几次国", "开过三次会"): joined again before the
 * count, so the activity's name is read ("出国几次").
 */
export const SPLIT_VERBS: readonly (readonly [RegExp, string])[] = [
  [/出[了过]?(几|多少|[一二两三四五六七八九十\d]+)(次|趟|回)(国|差)/g, "出$3$1$2"],
  [/开[了过]?(几|多少|[一二两三四五六七八九十\d]+)(次|场|个)会(?!议)/g, "开会$1$2"],
];
