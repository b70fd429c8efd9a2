/**
 * Everyday names of the functional classes (功能分类 类, 3-digit codes) → the names the tables
 * print. A question names a class by its short name ("社保", "卫生", "住房"); the breakdown by
 * class keeps the rows named this way.
 */
export const CLASS_NAMES = [
  { say: ["一般公共服务"], means: "一般公共服务支出" },
  { say: ["外交"], means: "外交支出" },
  { say: ["国防"], means: "国防支出" },
  { say: ["公共安全", "政法"], means: "公共安全支出" },
  { say: ["教育"], means: "教育支出" },
  { say: ["科技", "科学技术"], means: "科学技术支出" },
  { say: ["文化", "文旅", "文体", "文化旅游体育与传媒"], means: "文化旅游体育与传媒支出" },
  { say: ["社保", "社会保障", "社会保障和就业", "社保和就业", "社保就业"], means: "社会保障和就业支出" },
  { say: ["社会保险基金"], means: "社会保险基金支出" },
  { say: ["卫生", "医疗卫生", "卫生健康", "卫健"], means: "卫生健康支出" },
  { say: ["节能环保", "环保"], means: "节能环保支出" },
  { say: ["城乡社区"], means: "城乡社区支出" },
  { say: ["农林水", "农业"], means: "农林水支出" },
  { say: ["交通运输", "交通"], means: "交通运输支出" },
  { say: ["资源勘探", "工业信息", "资源勘探工业信息"], means: "资源勘探工业信息等支出" },
  { say: ["商业服务业", "商业服务"], means: "商业服务业等支出" },
  { say: ["金融"], means: "金融支出" },
  { say: ["自然资源", "自然资源海洋气象", "气象"], means: "自然资源海洋气象等支出" },
  { say: ["住房", "住房保障", "住房保障和住房公积金"], means: "住房保障支出" },
  { say: ["粮油物资储备", "粮油储备"], means: "粮油物资储备支出" },
  { say: ["灾害防治", "应急管理", "灾害防治及应急管理"], means: "灾害防治及应急管理支出" },
  { say: ["债务付息"], means: "债务付息支出" },
  { say: ["其他支出"], means: "其他支出" },
] as const;

/** Words that ask for a total by functional class ("按功能分类", "哪几类", "每类多少", "科目类别"). */
export const BY_CLASS_WORDS =
  /功能分类|功能大类|功能类|类级|按类|按大类|各大类|分大类|支出大类|分类别|各类支出|哪几类|哪一类|哪类|每类|每一类|几大类|科目类别|按类别|哪些类|(?:按|分)(?:支出)?(?:功能)?科目(?:类别|分类)?|功能科目|按[^，,。？?]{0,8}(?:几|[二两三四五六七八九十])个(?:支出)?(?:功能)?科目/;

/** Compounds that contain a class's short name but name an economic subject ("住房公积金"). */
export const NOT_CLASS_WORDS = /住房公积金|住房补贴|购房补贴|卫生费|环境卫生|交通费|交通补贴|金融办/g;

/** Words of money spent, for a by-class question that names no figure ("钱都花在哪几类"). */
export const SPENT_WORDS = /钱|花|支出|开支|用在|用于|用到/;

/** Words of spending itself (not "钱", which income is too): an income named is asked as spent. */
export const SPENT_ON = /花|支出|开支|用在|用于|用到/;

/**
 * "钱都花在哪些方面", "钱花在哪里", "花在哪几块": a spending total asked by where it went, i.e. by
 * functional class (what the money was for).
 */
export const ASPECT_WORDS =
  /哪些方面|哪几个方面|哪几方面|什么方面|哪些领域|哪几个领域|哪几块|哪几大块|哪些块|(?:花|用)(?:在|到)了?(?:哪里|哪儿|哪些地方|什么地方|哪)/;

/** The totals such a question breaks down by class (a part such as 三公经费 is not asked so). */
export const TOTALS_BY_CLASS: readonly string[] = [
  "支出合计",
  "财政拨款支出",
  "政府性基金预算财政拨款支出",
  "国有资本经营预算财政拨款支出",
];

/**
 * Income is not classified by function; an income total asked by class ("<收入>按功能分类")
 * is the spending it funds, which the tables do break down.
 */
export const SPENDING_OF_INCOME: Readonly<Record<string, string>> = {
  财政拨款收入: "财政拨款支出",
  收入合计: "支出合计",
  // One fund's appropriation is spent through that fund's own table (财政拨款支出 reads the general
  // budget's, table 05).
  一般公共预算财政拨款收入: "财政拨款支出",
  政府性基金预算财政拨款收入: "政府性基金预算财政拨款支出",
  国有资本经营预算财政拨款收入: "国有资本经营预算财政拨款支出",
};
