/**
 * The functional classes (功能分类 类) of the national budget subject classification: their
 * 3-digit codes and printed names, with the older names earlier documents still print.
 */
export const FUNCTION_CLASSES: readonly { code: string; names: readonly string[] }[] = [
  { code: "201", names: ["一般公共服务支出"] },
  { code: "202", names: ["外交支出"] },
  { code: "203", names: ["国防支出"] },
  { code: "204", names: ["公共安全支出"] },
  { code: "205", names: ["教育支出"] },
  { code: "206", names: ["科学技术支出"] },
  { code: "207", names: ["文化旅游体育与传媒支出", "文化体育与传媒支出"] },
  { code: "208", names: ["社会保障和就业支出"] },
  { code: "209", names: ["社会保险基金支出"] },
  { code: "210", names: ["卫生健康支出", "医疗卫生与计划生育支出"] },
  { code: "211", names: ["节能环保支出"] },
  { code: "212", names: ["城乡社区支出"] },
  { code: "213", names: ["农林水支出"] },
  { code: "214", names: ["交通运输支出"] },
  { code: "215", names: ["资源勘探工业信息等支出", "资源勘探信息等支出"] },
  { code: "216", names: ["商业服务业等支出"] },
  { code: "217", names: ["金融支出"] },
  { code: "219", names: ["援助其他地区支出"] },
  { code: "220", names: ["自然资源海洋气象等支出", "国土海洋气象等支出"] },
  { code: "221", names: ["住房保障支出"] },
  { code: "222", names: ["粮油物资储备支出"] },
  { code: "224", names: ["灾害防治及应急管理支出"] },
  { code: "229", names: ["其他支出"] },
  { code: "232", names: ["债务付息支出"] },
] as const;

const CODE_OF_NAME = new Map(FUNCTION_CLASSES.flatMap((c) => c.names.map((name) => [name, c.code] as const)));

/** The 3-digit code of a functional class printed by name, under its current or an older name. */
export function functionClassCode(name: string): string | undefined {
  return CODE_OF_NAME.get(name);
}

/**
 * The 款 (5-digit codes) of the functional classification that department disclosures print most,
 * by their current names: which of two same-named 项 (行政运行 2012601 and 2013101) a question
 * means when it names the 款 ("<某款>那部分"). Tables that print 款 rows add their own names.
 */
export const FUNCTION_SECTIONS: readonly { code: string; name: string }[] = [
  ["20101", "人大事务"],
  ["20102", "政协事务"],
  ["20103", "政府办公厅（室）及相关机构事务"],
  ["20104", "发展与改革事务"],
  ["20105", "统计信息事务"],
  ["20106", "财政事务"],
  ["20107", "税收事务"],
  ["20108", "审计事务"],
  ["20109", "海关事务"],
  ["20111", "纪检监察事务"],
  ["20113", "商贸事务"],
  ["20114", "知识产权事务"],
  ["20123", "民族事务"],
  ["20125", "港澳台事务"],
  ["20126", "档案事务"],
  ["20128", "民主党派及工商联事务"],
  ["20129", "群众团体事务"],
  ["20131", "党委办公厅（室）及相关机构事务"],
  ["20132", "组织事务"],
  ["20133", "宣传事务"],
  ["20134", "统战事务"],
  ["20135", "对外联络事务"],
  ["20136", "其他共产党事务支出"],
  ["20137", "网信事务"],
  ["20138", "市场监督管理事务"],
  ["20199", "其他一般公共服务支出"],
  ["20402", "公安"],
  ["20404", "检察"],
  ["20405", "法院"],
  ["20406", "司法"],
  ["20601", "科学技术管理事务"],
  ["20607", "科学技术普及"],
  ["20701", "文化和旅游"],
  ["20702", "文物"],
  ["20703", "体育"],
  ["20801", "人力资源和社会保障管理事务"],
  ["20802", "民政管理事务"],
  ["20805", "行政事业单位养老支出"],
  ["20807", "就业补助"],
  ["20808", "抚恤"],
  ["20810", "社会福利"],
  ["20811", "残疾人事业"],
  ["20828", "退役军人管理事务"],
  ["21001", "卫生健康管理事务"],
  ["21004", "公共卫生"],
  ["21007", "计划生育事务"],
  ["21011", "行政事业单位医疗"],
  ["21201", "城乡社区管理事务"],
  ["21202", "城乡社区规划与管理"],
  ["21203", "城乡社区公共设施"],
  ["21205", "城乡社区环境卫生"],
  ["21299", "其他城乡社区支出"],
  ["21301", "农业农村"],
  ["21303", "水利"],
  ["21602", "商业流通事务"],
  ["21606", "涉外发展服务支出"],
  ["22101", "保障性安居工程支出"],
  ["22102", "住房改革支出"],
  ["22401", "应急管理事务"],
].map(([code, name]) => ({ code: code!, name: name! }));
