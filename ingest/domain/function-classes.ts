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
