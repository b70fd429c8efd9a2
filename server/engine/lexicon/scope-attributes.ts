import { PUBLICATION_ASKED } from "./publication-words.js";
/** "平均每个月", "月均": a year's amount spread over twelve months, not a month's own figure. */
export const MONTHLY_AVERAGE_ASKED = /平均(?:下来)?(?:到)?每个?月|月均|每月平均|平均一个月/;

/**
 * What a question may ask about a figure beyond the figure itself. Disclosures state annual,
 * department-level amounts, counts and reasons; a question asking for one of these attributes is
 * answered only when a fact of the unit's documents carries it (its row, column or table names
 * one of the words), and otherwise refused with the closest disclosed figure named.
 */
export interface ScopeAttribute {
  readonly key: string;
  /** How people ask for it. */
  readonly words: readonly string[];
  /** What the documents do not have, for the refusal ("文件没有…"). */
  readonly lacking: string;
  /** Said of the closest figure when it is named ("单位整体的数字"). */
  readonly closest?: string;
  /** Only an attribute when the question names no unit ("全市" with a unit names its place). */
  readonly withoutUnit?: boolean;
  /** How people ask for it beyond fixed words ("3月的", "十月份"). */
  readonly pattern?: RegExp;
  /** Matched on the question as typed: its context words ("公车") may be names of figures, masked otherwise. */
  readonly inQuestion?: RegExp;
  /** The disclosed figure (a lexicon key) that holds what is asked: named as the closest. */
  readonly within?: string;
  /** The words of the items `within` holds ("油钱", "保险"), global: no qualifiers of their own. */
  readonly items?: RegExp;
  /** Only with one unit asked: with several, "分别/各" are about the units ("甲和乙每辆车…各多少"). */
  readonly oneUnitOnly?: boolean;
  /** Not this attribute when the question matches (a class named by its price: "单价N万元以上的设备"). */
  readonly unless?: RegExp;
}

/** What the offices inside a department do ("预算处", "综合科", "计财科"): never a unit of its own. */
const OFFICE_FUNCTIONS = [
  "预算",
  "人事",
  "财务",
  "综合",
  "法规",
  "政策",
  "国库",
  "信息",
  "组织",
  "宣传",
  "审计",
  "监督",
  "会计",
  "绩效",
  "行政",
  "后勤",
  "采购",
  "债务",
  "税政",
  "规划",
  "党建",
  "纪检",
  "人教",
  "计财",
  "基建",
  "保卫",
  "外事",
  "秘书",
  "督查",
  "法制",
];

/** An amount is asked ("多少", "花了"), not what a figure includes ("包括加油吗"). */
const AMOUNT_ASKED = String.raw`(?=.*(?:多少|花了|花费|开销|开支|金额|几何))`;

/** Attributes that ask about a person: no body's figure, not even the closest, is any answer to them. */
export const PERSONAL_ATTRIBUTES: ReadonlySet<string> = new Set(["person", "pay_detail"]);

export const SCOPE_ATTRIBUTES: readonly ScopeAttribute[] = [
  {
    key: "person",
    words: [
      ...["主任", "局长", "书记", "处长", "科长", "部长", "主席", "厅长"],
      ...["镇长", "乡长", "县长", "市长", "区长", "领导个人", "个人收入", "本人", "司机"],
    ],
    // Posts whose pay is asked as a person's ("话务员工资"), never a department's figure; matched
    // as typed, since a figure's name may overlap them ("员工" in "话务员工资").
    // …and a person's pay asked of "him" or "her" ("段长是谁？他一年工资多少"; not 其他收入).
    inQuestion:
      /话务员|接线员|保安|保洁员|炊事员|驾驶员|(?<![其吉])(?:他|她)(?:的)?(?:一年|每年|每月|一个月)?的?(?:工资|收入|薪水|薪酬|待遇)|(?:院长|馆长|所长|队长|站长|段长|校长|负责人|一把手)[^，,。？?]{0,6}(?:工资|收入|薪水|薪酬|待遇)/,
    // "<某院>院长是谁": who holds a post (the posts above are words of their own).
    pattern: /(?:院长|馆长|所长|队长|站长|段长|校长|负责人|一把手)(?:是谁|叫什么|姓什么|是哪位|的名字)/,
    lacking: "个人的信息（姓名、收入、工资或待遇）",
    closest: "单位整体的数字，不是个人的",
  },
  {
    key: "pay_detail",
    words: ["年薪", "月薪", "工资条", "年终奖", "工资标准"],
    // A person's pay asked as an average ("每个人一年工资多少", "人均工资"): 工资福利支出 also holds
    // the employer's social insurance and housing fund, so no division of it is anyone's pay.
    // Matched as typed: 工资 is also the name of a figure the question is read for.
    inQuestion:
      /(?:每个人|每人|每位|每名|人均|平均每人|一个人|平均)[^，,。？?]{0,4}?(?:工资(?!福利)|薪水|薪酬)|(?:工资(?!福利)|薪水|薪酬)(?:平均)?(?:每个人|每人|人均|一个人)/,
    lacking: "个人薪酬明细",
    closest: "单位整体的数字，不是个人的",
  },
  {
    key: "per_occasion",
    words: [
      "一顿饭",
      "一顿",
      "每顿",
      "每餐",
      "一餐",
      "餐标",
      "每桌",
      "一桌",
      "每次",
      "一次多少",
      "每批",
      // What guests were served and at what standard: never stated, only the year's total.
      "吃的什么",
      "吃什么",
      "接待标准",
      "用餐标准",
      "伙食标准",
      "餐费标准",
    ],
    lacking: "每餐、每次的花费或标准",
    closest: "全年合计",
  },
  {
    key: "each_item",
    words: ["逐辆", "逐台", "单辆车", "每辆车各", "每个人各"],
    // Each car's, person's or delegation's own figure ("每台车的油费各是多少"): disclosures give
    // the total and the count, never one item's share; an average is not what was asked. Matched as
    // typed: "每辆车" is masked as a per-unit word.
    // …or listed ("每一笔的明细列一下"), or each recipient's ("各社区各得多少").
    inQuestion:
      /每一?(?:辆|台|个人|位|名|个团组|个团|批|笔|次|个村|个社区|个乡镇|个街道|所学校|个站)[^，。？?]{0,12}(?:分别|各自|各是|各为|具体(?:单位|名单|对象|去向|是哪)|明细|清单|列出|列一下|逐一|逐个)/,
    lacking: "逐项（每辆车、每个人、每个团组、每个村或社区）的明细",
    closest: "全年合计",
    oneUnitOnly: true,
  },
  {
    key: "row_position",
    words: [],
    // A row named by its place in a table ("表中它下面那行是多少"): rows are read by their
    // names and codes; a position relative to an earlier answer's row is not one.
    // ("最后一行“总计”" is the table's last row, named.)
    inQuestion:
      /(?:下|上)(?:面)?(?:那|这)?一行|(?:下|上)面(?:那|这)行|(?<!最)(?:前|后)一行|(?:下|上)一个科目|(?:下面|上面|之下|之后|往下|往上)(?:的)?第[一二三四五六七八九十\d]+行/,
    lacking: "按表中位置（上一行、下一行）指定的行：请说出那一行的科目名称或编码",
    closest: "所问科目本身",
    oneUnitOnly: true,
  },
  {
    key: "each_event",
    words: [],
    // Which events a fund paid for and what each cost ("具体用于哪几场活动、各多少钱"): disclosures state
    // a project's total and what it is for, never an event's own amount.
    inQuestion:
      /(?:哪几场|哪些|几场|什么|每场|各场)(?:具体)?(?:活动|会议|展会|论坛|赛事)[^。？?]{0,8}?(?:各|分别|每场)(?:花了?|用了?|是|为)?(?:多少|几)/,
    lacking: "每场活动的名称和各自金额",
    closest: "项目全年合计",
  },
  {
    key: "each_recipient",
    words: [],
    // What each company a fund supported received ("资助了哪几家公司？各家拿了多少"): disclosures state
    // the fund's total, never a recipient's share.
    inQuestion:
      /(?:企业|公司|商户|供应商|展商|受助单位)[^。]{0,16}每家|每家(?:企业|公司|商户|供应商|展商|受助单位)/,
    lacking: "每家受助企业（单位）得到的金额",
    closest: "全年合计",
    oneUnitOnly: true,
  },
  {
    // "年中追加的资金": the money added during the year, which the tables do not itemise; a final
    // account's performance write-up may state the projects added (the 年中追加项目 figures, whose
    // row carries the word); never the unit's totals.
    key: "added_midyear",
    words: ["年中追加"],
    inQuestion: /年中追加|追加(?:了)?(?:多少|几)?(?:个)?(?:项目)?(?:资金|经费|预算)/,
    lacking: "年中追加资金的单列数字",
    closest: "全年合计",
  },
  {
    key: "unit_price",
    words: ["单价", "均价", "多少钱一", "开支标准", "每台", "一平米", "每平米", "每平方米", "一平方米"],
    lacking: "单价或开支标准",
    // "单价N万元以上的设备": the disclosed class of assets, counted in the documents
    unless: /(?:单价|单位价值)\s*\d+(?:\.\d+)?\s*万元?(?:以上|及以上)/,
  },
  {
    key: "period",
    words: [
      // "四个季度": the count is the period's own word, no part of a name before it
      "四个季度",
      "各个季度",
      "每个季度",
      "几个季度",
      "各季度",
      "季度",
      "每月",
      "每个月",
      "一个月",
      "月度",
      "月份",
      "上半年",
      "下半年",
      "每周",
      "每天",
      "一天",
      "当月",
    ],
    // "N月的<某费>", "十月份": a month, not a date ("N月M日") or a year's end ("N月底").
    pattern: /(?<!\d)(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?(?!\d|日|底|末)/,
    lacking: "月度或季度数字",
    closest: "全年数",
    // "平均每个月多少": the year's amount spread over its months, a computation (ops/monthly-average.ts).
    unless: MONTHLY_AVERAGE_ASKED,
  },
  {
    key: "vendor",
    words: ["供应商", "中标", "承包商", "厂家", "厂商", "哪家公司", "合同方"],
    lacking: "供应商或中标单位",
  },
  {
    key: "recipient",
    words: [
      "展商",
      "哪些企业",
      "哪几家企业",
      "哪家企业",
      "哪些公司",
      "哪几家公司",
      "受助企业",
      "获得补贴的",
      "给了哪些",
      "给了谁",
      "发给了谁",
      "拨给了谁",
      "补贴给谁",
      "补贴了哪",
      "扶持了哪",
      "支持了哪",
    ],
    // "发给了哪几个<某种单位>": the recipients, however they are called.
    pattern: /(?:发|给|补贴|补助|拨|奖励)(?:给)?了?哪(?:几)?(?:个|家|些)/,
    lacking: "资金的具体受益单位或企业名单",
    // "分给了哪些方向": how the money is divided among purposes (a breakdown), not who received it.
    unless: /(?:分|给)(?:给|到)?了?哪(?:几)?(?:个|些)?(?:方向|方面|领域|用途|块|部分)/,
  },
  {
    key: "model",
    words: ["品牌", "型号", "车型", "排量", "哪年买", "哪一年买", "什么时候买"],
    lacking: "车辆或设备的品牌型号、购置时间",
    // "车型分类一样吗": the kinds of use the documents count the cars by, not makes.
    unless: /车型(?:分类|类别|种类)/,
  },
  {
    key: "names",
    words: ["名单", "姓名", "叫什么名字"],
    // "哪几位干部参加", "谁带队": who took part, not how many (人员经费 is no person).
    pattern:
      /(?:哪些|哪几位|哪位|哪几个)(?:领导|干部|同志|官员|人)(?!员?(?:经费|支出|费|工资|数|编制))|都有谁|是谁(?:去|参加|带队)|谁去的|谁带队|(?:个人|位|名)(?:都|分别|各)?是谁/,
    lacking: "人员或来宾名单",
    // "这几个项目都叫什么名字": projects' names (a list the documents may print), not people's.
    unless: /项目[^，,。？?]{0,4}(?:叫什么|叫啥|名称|名字)/,
  },
  {
    // Which account one expense is paid from ("工资是从哪出的", "房租由谁出"): the documents state a
    // unit's income by source and its spending by item, never which source paid which item. (The
    // unit's money as a whole, "钱从哪来", is its income: no attribute.)
    key: "channel",
    words: ["哪个渠道", "什么渠道", "哪个口子", "资金渠道"],
    pattern:
      /(?:从|由)哪(?:里|儿)?(?:出|开支|列支|支出|拿)的?|哪(?:里|儿)出的|由谁(?:出|付|承担)|谁(?:出|付|掏)的钱/,
    lacking: "单项开支由哪个资金渠道承担",
  },
  {
    // What a reception served ("吃了啥", "上了什么菜"): its cost is disclosed, never its menu.
    key: "menu",
    words: ["菜单", "菜品", "菜谱", "上了什么菜", "什么菜", "几个菜", "喝的什么酒", "什么酒"],
    pattern: /(?:吃|喝)(?:了|的)(?:些)?(?:什么|啥|哪些)/,
    lacking: "接待的菜品、菜单或消费明细",
  },
  {
    // A project's whole cost over its years: the documents state the year's arrangement only.
    key: "investment",
    words: ["总投资", "投资总额", "总造价", "工程总价", "总投入", "一共投资", "总共投资"],
    // "一共要投多少钱盖", "建成总共多少": the whole cost of building it; "一共要投多少": of the project.
    pattern:
      /(?:总共|一共|总计|全部)要?(?:花|投)?多少钱?(?:来|才能)?(?:建|盖|修建|建成|盖好|建好)|(?:建|盖)(?:成|好|完)[^，,。？?]{0,4}(?:总共|一共)|(?:总共|一共|总计)(?:要|需要|计划)投(?:入|资)?多少/,
    lacking: "项目的总投资（文件只列当年的预算安排）",
    closest: "当年安排",
  },
  {
    key: "date",
    words: [
      "哪天",
      "哪一天",
      "几月几号",
      "几月几日",
      "竣工日期",
      "完工日期",
      "开工日期",
      "完工时间",
      "竣工时间",
      "几号",
      "具体日期",
      "出发日期",
      "出发时间",
    ],
    // "什么时候竣工", "何时开工", "啥时候出发", "什么时候对外开放": the day something happens, not the
    // year's figure.
    pattern:
      /(?:什么时候|何时|啥时候)(?:能|可以|会|才)?(?:竣工|完工|开工|建成|建好|建完|落成|交付|投用|投入使用|启用|出发|出访|出国|召开|(?:对外)?开放|开业|开门|运营|开通)/,
    lacking: "具体日期",
    // The day the document itself was published is stated on its cover (ops/publication-date.ts).
    unless: PUBLICATION_ASKED,
  },
  {
    key: "area",
    words: ["面积", "平方米", "多少平"],
    lacking: "这一面积",
    // The buildings' floor area is a figure of the asset statements (metrics.ts 房屋面积).
    unless: /房屋|房子|用房|房产/,
  },
  {
    // "<某局>人事处今年花多少", "<某办>综合科的经费": an office inside the unit. Budgets and final
    // accounts are published per unit, never per office (unit names ending in 处 are excluded).
    key: "division",
    // Every office asked at once ("每个科室各花了多少").
    words: [
      "各科室",
      "各个科室",
      "每个科室",
      "各处室",
      "各个处室",
      "每个处室",
      "各内设机构",
      "各个内设机构",
      "各股室",
      "各个股室",
      "每个股室",
    ],
    // …or which office ranks ("哪个科室得分最低", "哪个处室花钱最多").
    inQuestion: new RegExp(
      `(?:${OFFICE_FUNCTIONS.join("|")})(?:处|科)(?=一年|今年|去年|全年|的|\\d|预算|决算|经费|花|支出|多少)|哪(?:个|些|一个)(?:科室|处室|股室|内设机构)(?=[^，,。？?]{0,6}(?:得分|分数|评分|花|用|经费|支出|预算|决算|最|多少))`,
    ),
    lacking: "单位内设处室、科室的数字（预算、决算按单位公开）",
    closest: "单位整体的数字",
  },
  {
    // "<某局>下面的<某>所单独花了多少": a body under the department. A 部门 edition adds up its own
    // and its bodies' figures; a body without a document of its own is never disclosed alone.
    key: "sub_body",
    words: [],
    // (Whether it has a budget of its own is the document's text, not a figure.)
    // …or named and asked alone ("<某局><某>所单独的支出").
    inQuestion: new RegExp(
      `^${AMOUNT_ASKED}.*(?:(?:下面|下属|所属|底下|旗下|下辖)[的那个]{0,2}[\u4e00-\u9fa5]{1,10}?(?:所|站|队|中心|分局|院|馆)(?!长)|[\u4e00-\u9fa5]{1,8}?(?:所|站|队|分局)(?![长属有在以])[^，,。？?]{0,12}(?:单独|单列|自己的|本身))`,
    ),
    lacking: "所属单位单独的数字（部门预算、决算把所属单位合并列示）",
    closest: "部门整体的数字",
  },
  {
    // The 名词解释 of 公务用车运行维护费: "燃料费、维修费、过路过桥费、保险费等". No table itemises them.
    key: "car_running_item",
    words: [],
    inQuestion: new RegExp(
      `^${AMOUNT_ASKED}.*(?:车[^，,。？?]{0,4}(?:保险|维修|修理|保养|年检|油)|加油|油钱|油费|汽油|柴油|燃油|过路费|过桥费|路桥费|停车费|洗车)`,
    ),
    items: /保险|维修|修理|保养|年检|加油|油钱|油费|汽油|柴油|燃油|过路费|过桥费|路桥费|停车费|洗车|油/g,
    lacking: "单列的用车燃油、维修、保险、过路过桥、停车等单项开支",
    closest: "这些开支都计在其中",
    within: "公务用车运行维护费",
  },
  {
    // "在<某地>租房": where the money was spent (found by the planner: placesOfSpending).
    key: "place",
    words: [],
    lacking: "按开支地点分列的数字",
    closest: "单位全年的数字，未按地点分列",
  },
  {
    key: "region",
    words: ["全市", "全区", "全县", "全省", "全国"],
    lacking: "全市（区）的财政总收支（收录的是各部门自己的预算、决算）",
    withoutUnit: true,
  },
];

/**
 * "人均", "每辆", "每人次": an amount divided by a disclosed count. The first divisor the documents
 * state is used; the others are shown beside it.
 */
export interface PerUnit {
  readonly key: string;
  readonly words: readonly string[];
  /** Lexicon metric keys of the counts to divide by, preferred first. */
  readonly divisors: readonly string[];
  /** Or: the amount's own stated counts in these measures ("来宾64人次" of 公务接待费). */
  readonly ownCounts?: readonly string[];
  readonly per: string;
  /**
   * Lexicon metrics such a division is usually about: a project or subject the question's words
   * matched is read as the one of these sharing a stem of three characters ("运行维护" → 公务用车运行维护费).
   */
  readonly amounts?: readonly string[];
  /** Counts of the amount's own things stated with another measure, by their column ("数量（团组）" 8个). */
  readonly ownColumn?: RegExp;
  /**
   * Amounts spent on people other than the staff ("接待…平均每个人", "出国人均"): divided first by
   * their own counts in these measures (guests, travellers), then by the head count.
   */
  readonly servedBy?: { readonly amounts: readonly string[]; readonly ownCounts: readonly string[] };
  /** The amount's own counts come before the divisors (guests before the staff). */
  readonly ownFirst?: boolean;
  /** The amount when the question names none ("人均支出"): the unit's total spending. */
  readonly defaultAmount?: string;
  /**
   * Words that ask per unit only beside an averaging word (AVERAGED): "一辆车…平均多少" is per
   * vehicle, "一辆车都没有" is not.
   */
  readonly averagedWords?: readonly string[];
  /** The words do not ask per unit where this matches ("平均每个月": per month). */
  readonly unless?: RegExp;
  /** How the count divided by is said where its sentence names no noun before it, and in the note. */
  readonly countedAs?: string;
  /** Asked of one unit only: of several, the words ask the mean of their figures. */
  readonly oneUnitOnly?: boolean;
  /**
   * A clipped name of an amount that stands for it only beside this per-unit word ("每台运维": the
   * cars' running cost): the words, and the amount's full name read in their place.
   */
  readonly clippedAmount?: { readonly words: RegExp; readonly amount: string };
}

/** Words that make "一辆车", "一台车" a divisor ("平均", "均摊", "摊下来"; "大概": a rough figure for one is an average). */
export const AVERAGED = /平均|均摊|摊下来|摊到|算下来|大概|大约|差不多/;

/** Checked in order: "每人次" before "每人". */
export const PER_UNITS: readonly PerUnit[] = [
  {
    key: "per_visit",
    words: [
      "平均每人次",
      "每人次",
      "人均每次",
      "每一人次",
      "一人次",
      // A guest is counted once per visit (来宾N人次).
      "每个客人",
      "每位客人",
      "每个来宾",
      "每位来宾",
      "每名来宾",
    ],
    divisors: [],
    ownCounts: ["人次"],
    per: "人次",
    amounts: ["公务接待费", "因公出国（境）费"],
  },
  {
    key: "per_batch",
    words: [
      "平均每批次",
      "每批次",
      "平均每一批",
      "每一批",
      "平均每批",
      "每批",
      "一批次",
      "平均每个团组",
      "每个团组",
      "每团组",
      "平均每个团",
      "每个团",
      "每团",
    ],
    divisors: [],
    ownCounts: ["批次"],
    // "平均每个出国团组": the delegation named by what it went for, the averaging word before it.
    averagedWords: ["团组"],
    // "接待来访团组8个", "出国团组2个": a delegation is a batch, counted with 个.
    ownColumn: /团组|批/,
    per: "批次",
    amounts: ["公务接待费", "因公出国（境）费"],
  },
  {
    key: "per_person",
    words: [
      "人均",
      "每人",
      "平均每人",
      "每个人",
      "平均每个人",
      "每名",
      "每位",
      "平均一人",
      "平均一个人",
      "平均到每人",
      "摊到每人",
      "每个实有人员",
      "每个实有",
      "每个职工",
      "每个干部",
      "每个员工",
      "每个在职人员",
      "每名在职人员",
      "每位在职人员",
      "每个在职",
      "每名在职",
      "每个编制",
      "每名编制",
      "每个在编",
      "每个人头",
      "每一个人",
      "按人头",
    ],
    // "<职工>平均…", "一个人平均…": the staff, or one of them, said beside an averaging word.
    averagedWords: ["在职的人", "在职人员", "在编人员", "干部职工", "职工", "员工", "一个人", "一人"],
    divisors: ["在职人数", "编制数"],
    per: "人",
    servedBy: { amounts: ["公务接待费", "因公出国（境）费", "会议费", "培训费"], ownCounts: ["人次", "人"] },
    defaultAmount: "支出合计",
  },
  {
    key: "per_vehicle",
    words: ["每辆车", "每辆", "平均每辆", "单车", "每台车", "每台", "平均一辆", "平均一台", "每一辆"],
    averagedWords: ["一辆车", "一台车"],
    divisors: ["车辆数"],
    per: "辆",
    amounts: ["公务用车运行维护费", "公务用车购置费", "公务用车购置及运行维护费"],
    // Not after a car's own word or "及" (公车运维, 购置及运行维护费): those name it whole already.
    clippedAmount: { words: /(?<![车辆及])(?:运维|运行维护|运行费)/g, amount: "公务用车运行维护费" },
    // "平均一辆车一年花多少": what keeping the cars costs a year (the answer says it is read so).
    defaultAmount: "公务用车运行维护费",
  },
  {
    // "<N>个<机构>平均每个分到多少": an amount over the number of things its document says it is for
    // ("主要用于<N>个…"); after the words of people, batches and vehicles, which are longer.
    key: "per_item",
    // ("平均到每个人" is per person: its words come first.)
    words: ["平均每个", "平均每所", "平均每一个", "平均下来每个", "平均到每个", "摊到每个"],
    unless: /每(?:一)?个(?:月|季度|年|工作日|星期|礼拜|人|实有|在职|在编|编制|职工|干部|员工)/,
    oneUnitOnly: true,
    divisors: [],
    ownCounts: ["个", "所", "家"],
    per: "个",
    countedAs: "文件所列的数量",
  },
];

/**
 * A number of people the asker states ("惠及约N万人", "<某对象>M人", "按N名…算"): its digits, and 万
 * when it is in ten thousands.
 */
export const PEOPLE_STATED = /(?<![\d.])(\d+(?:\.\d+)?)\s*(万)?\s*(?:人|名)(?![次员民口大均])/;

/**
 * A clause that only says how many people there are ("<某群体>有N人，…"): its words say who is
 * counted, no qualifier of the amount.
 */
export const PEOPLE_COUNTED = new RegExp(
  `(?<=^|[，,。；;：:\\s])[\\u4e00-\\u9fa5]{1,12}?(?:有|共有|约有|大约有|一共有|共计)\\s*${PEOPLE_STATED.source}(?=$|[，,。；;？?])`,
  "g",
);
