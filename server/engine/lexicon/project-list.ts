/**
 * How a question asks for a unit's projects one by one ("那两个项目", "哪些项目", "各项目"): with
 * money asked, the project spending broken down by the projects the document names.
 */
export const PROJECT_LIST_WORDS =
  /(?:那|这)?(?:(?:[两二三四五六七八九几各每]|十[一二三四五六七八九]?|\d{1,2})个|俩|仨|哪些|哪几个|什么|各|每个)项目|项目(?:都|分别|各自)?(?:叫什么名字|叫什么|叫啥|有哪些|是哪些|的?名称|的?名字)/;

/**
 * The projects' names asked ("这几个项目分别叫什么", "项目都有哪些"): listed with their amounts where
 * the document names them; where it does not, refused (no amount stands for a name).
 */
export const PROJECT_NAMES_ASKED = /叫什么|叫啥|名称|名字|(?:有|是)哪些|哪几个/;

/** Money asked about ("花了多少", "各多少钱", "金额"). */
export const MONEY_ASKED = /多少(?![分人个次项件])|花了|花在|金额|钱|预算|支出/;

export const PROJECT_SPENDING_KEY = "项目支出";
