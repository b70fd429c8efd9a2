/**
 * Totals made of whichever of their parts a document lists: an income total is its sources
 * (appropriations, 事业收入, 其他收入 …), each unit having only some of them. A breakdown shows the
 * parts the document lists and says nothing of the others.
 */
export const LISTED_PARTS: Readonly<Record<string, readonly string[]>> = {
  收入合计: [
    "财政拨款收入",
    "财政专户管理资金收入",
    "上级补助收入",
    "附属单位上缴收入",
    "事业收入",
    "经营收入",
    "其他收入",
  ],
  // A template that prints each fund's appropriation as its own income row (湖南 表一) and no sum.
  财政拨款收入: ["一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "国有资本经营预算财政拨款收入"],
  // A budget's procurement reserved for small firms, "其中" the part reserved for micro firms.
  面向中小企业预留采购金额: ["预留小微企业采购金额"],
} as const;

/**
 * Figures that are a share of a whole without being one of its parts (they overlap the parts):
 * the procurement reserved for or awarded to small firms is a share of all procurement; the micro
 * firms' a share of the small firms'. "<整体>里<某项>占多少" divides by the whole named here.
 */
export const SHARE_OF: Readonly<Record<string, string>> = {
  面向中小企业预留采购金额: "政府采购支出总额",
  授予中小企业合同金额: "政府采购支出总额",
  授予小微企业合同金额: "授予中小企业合同金额",
};
