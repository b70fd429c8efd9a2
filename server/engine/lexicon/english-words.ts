import { escapeRegExp } from "../../../lib/escape-regexp.js";

/**
 * English words people mix into a question → the Chinese words the documents and the planner
 * use. Matched case-insensitively on whole words, longest phrase first, before spaces are
 * dropped, so "<unit> three public expenses 2024 actual" reads like the Chinese question.
 */
export const ENGLISH_WORDS = [
  {
    say: ["three public expenses", "three public expenditures", "three public costs", "sangong"],
    means: "三公经费",
  },
  { say: ["total budget", "overall budget", "budget total"], means: "预算总额" },
  { say: ["total expenditure", "total expenditures", "total spending"], means: "支出合计" },
  { say: ["total income", "total revenue"], means: "收入合计" },
  { say: ["basic expenditure", "basic expenditures", "basic spending"], means: "基本支出" },
  { say: ["project expenditure", "project expenditures", "project spending"], means: "项目支出" },
  { say: ["personnel expenses", "personnel costs", "staff costs"], means: "人员经费" },
  { say: ["public expenses", "public costs", "office expenses"], means: "公用经费" },
  { say: ["government procurement", "procurement"], means: "政府采购" },
  {
    say: ["official cars", "official car", "official vehicles", "official vehicle", "government cars"],
    means: "公务用车",
  },
  {
    say: ["official reception", "official receptions", "reception expenses", "receptions"],
    means: "公务接待费",
  },
  { say: ["overseas trips", "overseas travel", "trips abroad", "going abroad"], means: "因公出国（境）费" },
  { say: ["operating expenses", "running costs"], means: "机关运行经费" },
  { say: ["housing fund", "housing provident fund", "provident fund"], means: "住房公积金" },
  { say: ["pension insurance", "pension contributions", "pension"], means: "基本养老保险缴费" },
  { say: ["occupational annuity"], means: "职业年金缴费" },
  { say: ["medical insurance", "health insurance"], means: "医疗保险缴费" },
  { say: ["salaries", "salary", "wages", "basic salary"], means: "基本工资" },
  { say: ["rent", "rental"], means: "租赁费" },
  { say: ["training"], means: "培训费" },
  { say: ["meetings", "meeting expenses", "conference"], means: "会议费" },
  { say: ["hotline"], means: "热线" },
  { say: ["sub-district", "subdistrict", "street office", "street"], means: "街道" },
  {
    say: ["city government office", "municipal government office", "general office of the city government"],
    means: "市政府办公室",
  },
  { say: ["government office", "general office"], means: "政府办公室" },
  { say: ["liaison office"], means: "联络处" },
  { say: ["department budget", "departmental budget", "department-level budget"], means: "部门预算" },
  { say: ["unit budget", "unit-level budget"], means: "单位预算" },
  { say: ["justice bureau", "judicial bureau", "bureau of justice"], means: "司法局" },
  { say: ["finance bureau", "bureau of finance", "finance department"], means: "财政局" },
  { say: ["commerce commission", "commerce committee", "commission of commerce"], means: "商务委" },
  { say: ["welfare institute", "welfare home", "social welfare institute"], means: "福利院" },
  { say: ["bureau"], means: "局" },
  // "Shanghai Municipal Finance Bureau": 上海市财政局.
  { say: ["municipal", "city"], means: "市" },
  { say: ["district"], means: "区" },
  { say: ["budget vs actual", "budget versus actual", "budget vs. actual"], means: "预算和决算" },
  { say: ["versus", "vs.", "vs"], means: "和" },
  { say: ["final accounts", "final account", "actual spending", "actual"], means: "决算数" },
  { say: ["budgeted", "budget"], means: "预算" },
  // "因公出国 fee": the kind of money, said after a Chinese name.
  { say: ["fee", "fees"], means: "费" },
  { say: ["expense", "expenses"], means: "费用" },
  { say: ["expenditure", "expenditures"], means: "支出" },
  { say: ["total"], means: "总额" },
  { say: ["how many", "how much", "what is", "what was"], means: "多少" },
  { say: ["per capita", "per person"], means: "人均" },
  // "in yuan": the amount asked to the 元.
  { say: ["in yuan", "in rmb", "in cny"], means: "（以元为单位）" },
  {
    say: [
      "spend on cars",
      "spent on cars",
      "spending on cars",
      "spend on official cars",
      "spent on official cars",
      "spend on vehicles",
      "spent on vehicles",
    ],
    means: "公务用车购置及运行维护费",
  },
  { say: ["cars", "car", "vehicles", "vehicle"], means: "公务用车" },
  { say: ["spend on", "spent on", "spending on", "spend", "spent", "cost"], means: "花了" },
  { say: ["why"], means: "为什么" },
  { say: ["compared with last year", "year on year", "yoy"], means: "比上年" },
  // "at (the) end of 2024": a count as of the year's end ("截至2024").
  { say: ["at the end of", "at end of", "by the end of", "by end of", "as of", "end of"], means: "截至" },
  // Function words name nothing: dropped ("what's the … of …").
  {
    say: [
      "what's",
      "whats",
      "the",
      "of",
      "for",
      "in",
      "at",
      "is",
      "was",
      "are",
      "a",
      "an",
      "did",
      "does",
      "do",
      "on",
    ],
    means: "",
  },
  // Courtesies name nothing: dropped, so they are no qualifier of the figure asked.
  { say: ["thanks", "thank you", "thx", "thks", "ty", "please", "pls", "plz"], means: "" },
] as const;

interface EnglishRule {
  readonly pattern: RegExp;
  readonly means: string;
}

/** One rule per phrase, longest first, so "total budget" wins over "budget". */
export const ENGLISH_RULES: readonly EnglishRule[] = ENGLISH_WORDS.flatMap((w) =>
  w.say.map((say) => ({ say, means: w.means })),
)
  .sort((a, b) => b.say.length - a.say.length)
  .map(({ say, means }) => ({
    pattern: new RegExp(`(?<![a-z])${escapeRegExp(say).replace(/ /g, "\\s+")}(?![a-z])`, "gi"),
    means,
  }));

/**
 * English word orders that part a Chinese word: "the total 2025 budget" says 预算总额 of 2025, the
 * year put first so the phrase is whole.
 */
const ENGLISH_ORDERS: readonly (readonly [RegExp, string])[] = [
  [/\b(total|overall)\s+((?:19|20)\d{2})\s+(budget|expenditures?|spending|income|revenue)\b/gi, "$2 $1 $3"],
];

/** The question with the English phrases of ENGLISH_WORDS replaced by their Chinese words. */
export function translateEnglishWords(question: string): string {
  if (!/[a-z]/i.test(question)) return question;
  let q = question;
  for (const [pattern, to] of ENGLISH_ORDERS) q = q.replace(pattern, to);
  for (const rule of ENGLISH_RULES) q = q.replace(rule.pattern, rule.means);
  return q;
}
