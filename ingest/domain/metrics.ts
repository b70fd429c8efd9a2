/**
 * The domain lexicon: the figures people ask about, how documents of this family write them,
 * and where the standard tables hold them. Shared by narrative extraction, the ingest checks
 * and the question planner. Order matters: more specific names come first.
 */
import { memoByText } from "../text/memo-by-text.js";
import { FUND_NAMES } from "./fund-scopes.js";

export interface TableSelector {
  table: string;
  row?: RegExp;
  code?: string;
  column: RegExp;
  /**
   * Only where the same table holds no cell of the metric's other selectors: a 预算 总表 that prints
   * 收入总计 alone states the year's income there, one that also prints 本年收入合计 does not.
   */
  fallback?: boolean;
}

export interface MetricDef {
  key: string;
  /** How documents write it. */
  pattern: RegExp;
  /** Extra ways users say it (the planner also uses `pattern`). */
  synonyms: string[];
  /** Default measure when not an amount. */
  measure?: string;
  /** Its name holds words that otherwise ask for a passage (绩效目标): asked by name, it is the figure. */
  namedInProseWords?: boolean;
  /** How users ask for it, beyond the document wording (planner only). */
  ask?: RegExp;
  /** Parts that add up to it, for breakdowns and checks. */
  parts?: string[];
  /** The sentence stating it names the projects it is made of (a group of projects). */
  namesItsProjects?: boolean;
  /**
   * Another split of it that only some documents state (项目支出 by when its projects were
   * budgeted): each is its part for shares, but its breakdown lists `parts` (or its projects).
   */
  splits?: string[];
  /**
   * Figures of a subset the documents state beside it ("其中面向中小企业预留…"): said with its
   * breakdown, never added to its parts.
   */
  subsets?: string[];
  /**
   * The 经济分类 款 (code prefixes) it is made of in the basic-spending table, for "which items of
   * it cost most": 公用经费 is 商品和服务支出 (302) and 资本性支出 (310).
   */
  economicItems?: string[];
  /**
   * Its own row in the 经济分类 tables (政府支出经济分类: 公务接待费 is 30217): where the basic-spending
   * table lists the part of it paid from basic spending.
   */
  economicCode?: string;
  /** Table cells that hold the same figure (actual unless the column says 预算). */
  tables?: TableSelector[];
  /**
   * Words right before a mention that make it a part of the figure, not the figure itself:
   * "一般公共预算拨款支出预算" is not the 支出合计, "预留政府采购预算" not the 政府采购 total.
   */
  qualifiedBy?: RegExp;
  /** Read from table cells only: prose mentions are not extracted as facts (the tables state them). */
  tableOnly?: boolean;
  /** Stated in amounts and shares only: a count said near it ("…<n>台（套）") is something else's. */
  uncounted?: boolean;
  /**
   * Words that make a question about another subject's figure of this kind: a project's score is
   * not the department's 绩效自评得分. Such a question is not answered with this metric's figure.
   */
  otherSubject?: RegExp;
  /**
   * How a sentence saying the item does not exist names it, when looser than `pattern`:
   * "本单位无政府性基金预算财政拨款安排的预算" is said of both a fund's income and its spending.
   */
  absentAs?: RegExp;
  /**
   * The projects it is made of are those of tables so titled (the 绩效目标 forms, one per project):
   * "which of them has the most money" ranks those projects.
   */
  projectTables?: RegExp;
}

/** Words a project's name ends with ("教师培训", "校舍维修改造"), said right before 项目支出. */
const PROJECT_NAMED_BEFORE =
  /(?:培训|建设|工程|改造|资助|补助|补贴|奖励|维修|购置|运维|开发|整治|评估|宣传)(?:[（(][^（()）]{1,6}[)）])?$/;
/** A total qualified by a fund or a kind of spending is that fund's or kind's part. */
const PART_OF_TOTAL = /(?:拨款|资金|基金|资本经营|预算内|项目|基本|事业|经营)$/;

/**
 * A row label that is only a year and a kind of figure ("2024年预算数", "上年决算数"): a table that
 * prints its years as rows.
 */
export const YEAR_FIGURE_ROW = /^(?:20\d{2}|上|本)年度?(?:年初|全年|调整后?)?(?:预算|决算|执行)数?$/;

/** A column that is only a year and a kind of figure ("2025年预算数", "决算数"): a table's years as columns. */
const FIGURE_COLUMN = /^(?:(?:20\d{2}|上|本)年度?)?(?:年初|全年|调整后?)?(?:预算|决算|执行)数?$/;

/** A 三公 table that prints its items as rows and its years as columns ("公务接待费 | 24,000 | 21,500"). */
const itemRow = (row: RegExp): TableSelector => ({ table: "09", row, column: FIGURE_COLUMN });

/**
 * The 三公 table's figure row, whatever it is called (合计, a year, the department's name), but not
 * a row of one of its bodies ("<某>中心", "<某>大队", "…（本级）") where the table lists them.
 */
const ANY_ROW = /^(?!.*(?:本级[）)]?|中心|[^总]站|大队|支队|中队|[^务]所|院|馆)$)./;

/** Income sources besides appropriations, as table 01 and 02 name them (most specific first). */
export const INCOME_SOURCES = [
  "上级补助收入",
  "附属单位上缴收入",
  "事业收入",
  "经营收入",
  "其他收入",
] as const;
/** "事业单位经营收入" (上海) is the 经营收入 (株洲). */
export const INCOME_PREFIX = "(?:事业单位)?";

/**
 * A column whose last header is `name`, alone ("基本支出", 株洲) or under a group ("支出预算 / 基本支出",
 * "一般公共预算基本支出 / 人员经费", 上海 预算 tables).
 */
function lastColumn(name: string): RegExp {
  return new RegExp(String.raw`(?:^| \/ )${name}$`);
}

/** A basic-spending row's whole: the final accounts' 决算数, a budget's "…基本支出 / 合计". */
/** The appropriation summary's (04) spending total of every fund: not one fund's column, nor a part's. */
const ALL_FUNDS_TOTAL = new RegExp(`^(?!.*(?:${FUND_NAMES})[^/]*$)(?!.*(?:经费|基本支出|项目支出)$)`);

/** A column of the appropriation summary (04) that counts one fund, not their total. */
const ONE_FUND_COLUMN = new RegExp(`(?:^| \\/ )(?:${FUND_NAMES})[^/]*$`);

const BASIC_ROW_TOTAL = /决算数|(?:^| \/ )合计$/;

/**
 * The budget funds besides the general budget, as documents write them ("政府性基金预算财政拨款",
 * "政府性基金拨款支出预算", "使用政府性基金安排的支出"); most units have none and say so.
 */
const OTHER_FUNDS = [
  { key: "政府性基金预算", words: "政府性基金(?:预算)?", everyday: ["政府性基金"], table: "07" },
  { key: "国有资本经营预算", words: "国有资本经营(?:预算)?", everyday: ["国有资本经营"], table: "08" },
] as const;

/**
 * A fund's appropriation income or spending metric ("政府性基金预算财政拨款收入"): the fund as people say
 * it, and the key of the other flow of the same fund.
 */
export function fundFlowOf(
  key: string,
): { everyday: string; flow: "收入" | "支出"; other: string } | undefined {
  for (const fund of OTHER_FUNDS)
    for (const [flow, other] of [
      ["收入", "支出"],
      ["支出", "收入"],
    ] as const)
      if (key === `${fund.key}财政拨款${flow}`)
        return { everyday: fund.everyday[0], flow, other: `${fund.key}财政拨款${other}` };
  return undefined;
}

/** A fund's appropriation income and spending: table 04's columns, the budgets' narrative. */
function fundMetrics(fund: (typeof OTHER_FUNDS)[number]): MetricDef[] {
  const flow = (name: "收入" | "支出"): MetricDef => ({
    key: `${fund.key}财政拨款${name}`,
    // "本单位无国有资本经营预算收支" says there is neither. ("其他政府性基金安排的支出" is a row of
    // the fund's table, the catch-all of its kind, not the fund's whole.)
    pattern: new RegExp(`(?<!其他)${fund.words}(?:财政)?(?:拨款)?(?:安排的)?(?:${name}|收支)`),
    synonyms: fund.everyday.map((word) => `${word}${name}`),
    // "政府性基金决算支出", "政府性基金收入和支出"; spending also as money spent ("政府性基金花了多少");
    // income also as the fund's appropriation said alone ("政府性基金拨款占…"), nothing spent after it.
    ask:
      name === "支出"
        ? new RegExp(`${fund.words}(?:财政)?(?:拨款)?[^，。？?；]{0,4}?(?:支出|花|用了|开支)`)
        : new RegExp(
            `${fund.words}[^，。？?；]{0,4}?收入|${fund.words}(?:财政)?拨款(?![^，。？?；]{0,6}?(?:支出|花|用了|开支|安排))`,
          ),
    absentAs: new RegExp(fund.words),
    tables: [
      // The 部门收支总表's income row too ("二、政府性基金拨款"): its carry-over is a row of its own.
      ...(name === "收入"
        ? [
            {
              table: "01",
              row: new RegExp(`^${fund.words}(?:财政)?拨款(?:收入)?$`),
              column: /收入|预算数|决算数/,
            },
          ]
        : []),
      name === "收入"
        ? { table: "04", row: new RegExp(`^${fund.words}(?:财政拨款)?(?:收入)?$`), column: /收入/ }
        : {
            table: "04",
            row: /^(?:本年支出合计|支出总计)$/,
            // "支出 / 预算数 / 政府性基金预算" (广东): the basis between group and fund.
            column: new RegExp(`支出 \\/ (?:[^/]+ \\/ )?${fund.words}(?:财政拨款)?$`),
          },
      // The fund's own spending table, its total row ("本年支出 / 小计" where the group prints its parts).
      ...(name === "支出"
        ? [{ table: fund.table, row: /^合计$/, column: /^(?:[^/]+ \/ )?合计$|^本年支出 \/ 小计$/ }]
        : []),
    ],
  });
  return [flow("收入"), flow("支出")];
}

/** Table 01's spending total: the whole column, not its 人员经费 / 公用经费 / 项目支出 parts (上海 预算). */
const SPENDING_TOTAL = /^(?!.*(?:经费|基本支出|项目支出)$)/;

/*
 * Table 09 column paths: 株洲 puts the basis first ("决算数 / 合计"), 上海 部门决算 last
 * ("财政拨款“三公”经费 / 合计 / 决算数"), 上海 部门预算 in the group title ("“三公”经费预算数 / 合计")
 * and writes 公务用车购置及运行费 / 购置费 / 运行费.
 */
const BASIS_LAST = String.raw`(?: \/ (?:预算数|决算数))?$`;
const CAR = String.raw`公务用车购置及运行(?:维护)?费`;

/**
 * "…消费者权益保护委员会秘书处编制3名": a body named right before a head count, whose count it is
 * (not the department's, unless the sentence says 本…); "1．云浮市人民医院（公益二类事业单位，核定编制
 * 1280名）": the count in the bracket after a body's name is that body's; "5. 某水库管理所（公益一类事业
 * 单位）：编制16名": so is the count after its name, its kind and a colon.
 */
const BODY_RIGHT_BEFORE =
  /(?<!本)(?:秘书处|办事处|中心|[所队站院馆室]|学校|小学|中学|幼儿园)(?:的?|[（(][^（）()]*[）)][:：]|[（(](?:[^（）()]|[（(][^（）()]*[）)])*)$/;

/**
 * A kind of procurement: "政府采购货物预算", "货物采购金额", or the kind listed with its amount after
 * the procurement total ("政府采购预算总额…，其中：货物类10,460.00万元，工程类…").
 */
function procurementPart(word: string): RegExp {
  return new RegExp(
    `政府采购的?${word}(?:支出|预算)?|${word}采购金额|(?<=政府采购[^。]{0,60}?其中[^。]{0,60}?)${word}类?(?:采购)?(?=\\s*\\d)`,
  );
}

/**
 * One kind of procurement as people ask for it: "政府采购里工程类的", "采购中货物". The kind word alone
 * is the mention; kinds listed together ("采购里工程和服务两类") are the total's parts (part-words.ts).
 */
function procurementAsk(word: string): RegExp {
  return new RegExp(`(?<=采购(?:里|中|当中|里面)的?)${word}类?(?![类和与及跟、，,])`);
}

export const METRICS: MetricDef[] = [
  {
    key: "三公经费",
    pattern: /[“"]?三公[”"]?经费/,
    synonyms: ["三公", "三公开支", "三公费用"],
    parts: ["因公出国（境）费", "公务用车购置及运行维护费", "公务接待费"],
    tables: [
      {
        table: "09",
        row: ANY_ROW,
        column: new RegExp(
          String.raw`^(?:20\d{2}\s*年度?)?(预算数|决算数) \/ 合计$|^[^/]*三公[^/]*经费(?:预算数|决算数)? \/ 合计${BASIS_LAST}`,
        ),
      },
      // A table printing its years as rows ("2023年预算数 | 合计 | 因公出国（境）费 …"): the row's 合计.
      { table: "09", row: YEAR_FIGURE_ROW, column: /^合计$/ },
      itemRow(/^(?:[“"]?三公[”"]?经费)?合计$/),
    ],
  },
  {
    key: "因公出国（境）费",
    economicCode: "30212",
    pattern: /因公出国[（(]境[)）](?:费用|经费|费)?|出国[（(]境[)）]费|出国经费/,
    synonyms: ["出国费", "出国经费", "因公出国费", "出国（境）费", "出国出境", "因公出国"],
    tables: [{ table: "09", row: ANY_ROW, column: /因公出国/ }, itemRow(/^因公出国/)],
  },
  {
    key: "公务用车购置及运行维护费",
    // Documents also write "购置费及运行维护费"; "购置费和运行费" (asked) names the two parts, not their sum.
    pattern:
      /公务(?:用)?车购置(?:及|和|费及)(?:运行)?(?:维护)?(?:费|经费)|公车购置[及和]运[行维]+(?:维护)?费?/,
    synonyms: ["公车费用", "公务用车费用", "车辆费用", "公车经费", "用车费"],
    // A fee named between (加油费, 保险费, 维修费, 停车费, 过路费, 洗车费) is a part no table discloses:
    // left to the scope check, which refuses it and names the running cost.
    // …and "公车占多少", "公车的比例" its share; "车的费用", "车费" (三公里车的费用) is the same whole.
    // …and "公车" listed among the 三公 parts ("按因公出国、公车、接待分别") is their car spending.
    ask: /(?<=出国[^，,。？?]{0,6}[、和及])公车(?!购置|运行|运维|数|辆)|公车(?=[、和及][^，,。？?]{0,4}接待)|公车上?(?!购置|运行|运维)(?:(?![油险修停路洗])[^，,。？?]){0,3}(花|钱|费|开支|支出)|公车(?=占|的?(?:比例|比重))|用车(?!购置|运行|运维).{0,3}(花|钱|开支)|(?<![停租打买购修洗])车辆?的(?:费用|花费|开支|钱)|(?<![停租打出])车费/,
    parts: ["公务用车购置费", "公务用车运行维护费"],
    tables: [
      { table: "09", row: ANY_ROW, column: new RegExp(`${CAR} \\/ 小计${BASIS_LAST}`) },
      itemRow(/^公务用车购置费?及运行(?:维护)?费$/),
    ],
  },
  {
    key: "公务用车购置费",
    economicCode: "31013",
    pattern: /公务用车购置费?(?!及)|公车购置(?!及)/,
    synonyms: ["买车", "购车", "车辆购置"],
    tables: [
      { table: "09", row: ANY_ROW, column: new RegExp(`公务用车购置费${BASIS_LAST}|${CAR} \\/ 购置费$`) },
      itemRow(/^公务用车购置费$/),
    ],
  },
  {
    key: "公务用车运行维护费",
    economicCode: "30231",
    // "车…运行费" a few words apart ("每辆车平均运行费"), but not the combined 购置及运行维护费.
    pattern:
      /公务(?:用车|车用车)运行(?:维护)?费|公车运行维护(?:费)?|公车运维|车(?:(?!购置)[^，。？,?；;]){0,5}(?:运行(?:维护)?费|运维)/,
    synonyms: ["车辆运行维护费", "公车运行费", "用车运行费", "车辆运维", "公车运行"],
    // "买车、用车…分别": beside buying cars, using them is their running cost.
    ask: /(?<=(?:买车|购车)[、和及与])用车|用车(?=[、和及与](?:买车|购车))/,
    // The cars it pays for ("主要用于3辆公务用车的燃料费") are counted as vehicles, not as this money.
    uncounted: true,
    tables: [
      {
        table: "09",
        row: ANY_ROW,
        column: new RegExp(`公务用车运行(?:维护)?费${BASIS_LAST}|${CAR} \\/ 运行(?:维护)?费$`),
      },
      itemRow(/^公务用车运行(?:维护)?费$/),
    ],
  },
  {
    key: "公务接待费",
    economicCode: "30217",
    pattern: /公务接待(?:费|经费)?/,
    synonyms: ["接待费", "招待费", "接待经费", "公务招待"],
    // "商务接待" is a part some units state within it (招商引资), not the whole 公务接待费.
    ask: /(?<!商务)接待(?!费)/,
    tables: [
      { table: "09", row: ANY_ROW, column: new RegExp(`公务接待费${BASIS_LAST}`) },
      itemRow(/^公务接待费$/),
    ],
  },
  {
    key: "财政拨款收支总计",
    // (…and a budget's "财政拨款收支预算总计"; either side's 总计, equal to the other's.)
    pattern:
      /财政拨款收入?[、,，]?支出?(?:预算)?总计|财政拨款收[、,，]?支总预算|财政拨款(?:收入|支出)(?:预算)?总计/,
    synonyms: ["财政拨款收支总额"],
    // One 总计 row (决算), or 收入总计 and 支出总计 (预算): the spending side's total column.
    tables: [
      { table: "04", row: /^总计$/, column: /支出/ },
      { table: "04", row: /^支出总计$/, column: ALL_FUNDS_TOTAL },
    ],
  },
  {
    key: "收支总计",
    // "<某总表>末行的“总计”": the 总表's 总计 row, named after the table.
    pattern:
      /收[、,，]?支总计|(?<!拨款|基金|资金|经费)收[、,，]?支总预算|收入支出总计|(?<!本年)(?:收入|支出)总计|收入预算总计|(?<!拨款|基金|资金|经费)收支预算(?=[^，,。；;表]{0,4}(?:增加|减少|增长|下降))|部门预算(?=\s*\d[\d,.]*\s*万?元)|(?<=总表[^，,。？?]{0,8})[“"]?总计(?![^，,。？?]{0,3}(?:收入|支出))|(?<=总表[^。？?]{0,60})(?<![收支入出])总计(?=[^，,。？?]{0,4}(?:多少|是多少|几何|为多少))/,
    synonyms: [
      "收支总额",
      "总收支",
      "决算总盘子",
      "收支总盘子",
      "决算规模",
      "决算总规模",
      "收支规模",
      "收支总规模",
    ],
    // 决算 总表 print one 总计 row (income and spending columns, always equal); 预算 总表 print
    // 收入总计 and 支出总计. With carry-overs it exceeds this year's 本年收入合计 / 本年支出合计.
    tables: [
      { table: "01", row: /^总计$/, column: /支出/ },
      { table: "01", row: /^支出总计$/, column: SPENDING_TOTAL },
    ],
  },
  {
    key: "收入合计",
    // "收入预算总计" adds the carry-in (上年结转) to the year's income: the 收支总计. A budget's
    // "支出预算总计" is the year's spending (a budget carries nothing out).
    pattern: /(?:本年)?收入合计|收入预算(?!总计)|(?:部门)?收入总额/,
    synonyms: ["总收入", "收入是多少", "收入总额", "全年收入"],
    ask: /收入(决算|预算)?(总额|合计)/,
    // 决算 table 01 prints 本年收入合计 (and a 总计 with carry-overs); 预算 财务收支预算总表 only 收入总计.
    tables: [
      { table: "01", row: /^本年收入合计$/, column: /./ },
      { table: "01", row: /^收入总计$/, column: /./, fallback: true },
    ],
    qualifiedBy: PART_OF_TOTAL,
  },
  {
    key: "支出合计",
    pattern: /(?:本年)?支出合计|支出预算|(?:部门)?支出总额/,
    synonyms: ["总支出", "支出总额", "全年支出"],
    // "<甲>和<乙><年>支出加起来": each one's total spending, added (not "实际支出", "专项支出").
    ask: /支出(决算|预算)?(总额|合计)|(?<=年度?|的)支出(?=加起来|加在一起|一共|总共)/,
    tables: [
      { table: "01", row: /^本年支出合计$/, column: SPENDING_TOTAL },
      { table: "01", row: /^支出总计$/, column: SPENDING_TOTAL, fallback: true },
    ],
    qualifiedBy: PART_OF_TOTAL,
  },
  {
    key: "一般公共预算财政拨款收入",
    // The appropriation from the general budget, the first of table 01's income rows; not its
    // spending ("一般公共预算拨款支出", "…拨款基本支出").
    pattern:
      /一般公共预算(?:财政)?(?:拨款|资金)收入|一般公共预算(?:财政)?(?:拨款|资金)(?![^，,。？?]{0,8}(?:支出|经费|花|用))/,
    synonyms: [],
    tableOnly: true,
    tables: [
      { table: "01", row: /^(?:一般公共预算(?:财政)?拨款(?:收入)?|一般公共预算(?:资金)?)$/, column: /./ },
    ],
  },
  // The other two funds' appropriations, income and spending (before the all-fund totals, whose
  // words they contain: "政府性基金预算财政拨款支出" is no 财政拨款支出).
  ...OTHER_FUNDS.flatMap(fundMetrics),
  {
    key: "财政拨款收入",
    // "一般公共预算财政拨款收入" is one fund's, not all appropriations.
    // "财政拨款收入总计" is the 财政拨款收支总表's total (with the carry-over), not the year's income.
    pattern: /(?<!一般公共预算|政府性基金预算?|国有资本经营预算?)财政拨款收入(?!总计|支出总计)/,
    synonyms: [],
    // "财政拨款" alone is the income; before a kind of spending it only qualifies that spending,
    // and before a budget set against its actual it is the spending (财政拨款支出).
    // (…nor when it pays for something: "财政拨款开支的<某物>", "财政拨款安排的…".)
    ask: /财政拨款(?![^，,。？?]{0,8}(?:支出|经费|花了|花掉|用了|用掉)|的?(?:开支|支付|安排|列支|负担)|(?:整体|总体)?(?:(?:年初|全年|调整后)?预算[^。？?]{0,8}?(?:决算|实际|执行|完成)|的?(?:完成|执行)))/,
    tables: [
      { table: "02", row: /^合计$/, column: lastColumn("财政拨款收入") },
      // 上海 预算's 财务收支预算总表 lists the income sources as rows.
      { table: "01", row: /^财政拨款收入$/, column: /./ },
    ],
  },
  {
    key: "财政专户管理资金收入",
    // Non-tax income the treasury holds in a special account and pays back: "财政专户管理资金收入"
    // (national template), "财政专户管理的非税收入拨款" (湖南).
    pattern: /财政专户管理的?(?:资金|非税收入)(?:拨款)?(?:收入)?/,
    synonyms: ["财政专户资金", "财政专户收入"],
    // "非税收入", as people call it (a department's non-tax income is what the treasury holds for it);
    // read in questions only, and whole ("税收收入" is no part of it).
    ask: /非税收入/,
    tableOnly: true,
    tables: [
      { table: "01", row: /^财政专户管理的?(?:资金|非税收入)(?:拨款)?(?:收入)?$/, column: /./ },
      {
        table: "02",
        row: /^合计$/,
        column: lastColumn("财政专户管理的?(?:资金|非税收入)(?:拨款)?(?:收入)?"),
      },
    ],
  },
  // The other income sources of table 01 (rows) and table 02 (columns of its 合计 row).
  ...INCOME_SOURCES.map((name): MetricDef => ({
    key: name,
    pattern: new RegExp(`${INCOME_PREFIX}${name}(?:预算|决算)?`),
    synonyms: [],
    uncounted: true,
    tables: [
      { table: "01", row: new RegExp(`^${INCOME_PREFIX}${name}$`), column: /./ },
      { table: "02", row: /^合计$/, column: lastColumn(`${INCOME_PREFIX}${name}`) },
    ],
  })),
  {
    key: "年初结转和结余",
    pattern: /年初结转和?结余/,
    synonyms: ["上年结转", "年初结转", "年初结余"],
    // "年初还有多少结余", "年初带着多少钱结转": the carry-in asked with the ask between its words.
    ask: /年初(?:有|还有|带着|共有)?(?:多少|几多)?(?:钱的?|资金的?)?(?:结转|结余)/,
    tables: [
      // (A budget's 收支总表 prints the carry-in as 上年结转.)
      { table: "01", row: /^(?:年初结转和结余|上年结转(?:和?结余)?)$/, column: /./ },
      // A fund's own table prints its carry-over in a column (政府性基金 收入支出表).
      { table: "07", row: /^合计$/, column: /^年初结转和?结余$/ },
      // Each fund's own carry-over, a column of the appropriation summary's row (a fund named).
      { table: "04", row: /^年初财政拨款结转和结余$/, column: ONE_FUND_COLUMN },
    ],
    tableOnly: true,
  },
  {
    key: "年末结转和结余",
    pattern: /年末结转和?结余/,
    synonyms: [
      "结转结余",
      "结转和结余",
      "年末结转",
      "年末结余",
      "结转下年",
      "结转到下一年",
      "结转到下年",
      "转到下一年",
    ],
    // "年底还剩多少没花", "到年底还结转了多少": what is carried to the next year ("没花完" is a
    // budget's shortfall).
    ask: /(?:年底|年末)[^，,。？?]{0,4}还?(?:剩(?:下|余)?|结[转余](?:下来)?)(?:了)?(?:多少|几)/,
    tables: [
      // (A budget's 收支总表 prints the carry-out as 结转下年 or 年终结转.)
      { table: "01", row: /^(?:年末结转和结余|结转下年|年终结转)$/, column: /./ },
      { table: "07", row: /^合计$/, column: /^年末结转和?结余$/ },
      { table: "04", row: /^年末财政拨款结转和结余$/, column: ONE_FUND_COLUMN },
    ],
    tableOnly: true,
  },
  // The appropriations' own carry-overs, printed in the appropriation summary (table 04).
  {
    key: "年初财政拨款结转和结余",
    pattern: /(?:年初财政拨款|财政拨款(?:的)?年初)结转和?结余/,
    synonyms: ["上年财政拨款结转"],
    tables: [{ table: "04", row: /^年初财政拨款结转和结余$/, column: /./ }],
    tableOnly: true,
  },
  {
    key: "年末财政拨款结转和结余",
    pattern: /(?:年末财政拨款|财政拨款(?:的)?年末)结转和?结余/,
    synonyms: [],
    tables: [{ table: "04", row: /^年末财政拨款结转和结余$/, column: /./ }],
    tableOnly: true,
  },
  {
    key: "财政拨款支出",
    // People drop 财政拨款 ("一般公共预算支出"): the same table's total.
    // (…and say its total so: "一般公共预算财政拨款总支出".)
    // (…and the templates' "一般公共预算当年拨款N万元" of its 规模变化情况, the same total; not the part
    // of it some projects use, "涉及一般公共预算当年拨款…", nor a heading naming it.)
    pattern:
      /(?:一般公共预算)?财政拨款总?支出|一般公共预算(?:拨款)?总?支出|(?<!涉及|使用|其中)一般公共预算当年拨款(?=[\d,.]+万?元)/,
    synonyms: ["拨款支出"],
    // "一般公共预算年初预算和决算（实际支出）": the spending, its basis words left for the planner.
    // "一般公共预算整体完成年初预算…", "…执行率": the spending's completion.
    // "…财政拨款花了多少": money spent from the appropriation is its spending.
    ask: /(?:一般公共预算|财政拨款)(?:整体|总体)?(?=(?:年初|全年|调整后)?预算数?[和与及跟、，,]?(?:决算|实际|执行)|的?(?:完成|执行)(?:了|率|情况)?)|(?:一般公共预算)?财政拨款(?=[^，,。？?]{0,6}(?:花了|花掉|用了|用掉))/,
    // (Final accounts print its 年初预算数 and 全年预算数 beside the 决算数, each a column of its own.)
    tables: [{ table: "05", row: /^合计$/, column: /小计|合计|^(?:年初|全年|调整后?)预算数?$/ }],
  },
  {
    key: "基本支出",
    pattern: /基本支出/,
    synonyms: [],
    parts: ["人员经费", "公用经费"],
    // All funds (03) first; the general budget's own (05) for a share of its total.
    tables: [
      // ("基本支出 / 小计" where the table prints its 人员经费 and 公用经费 beside it.)
      { table: "03", row: /^合计$/, column: /(?:^| \/ )基本支出(?: \/ 小计)?$/ },
      { table: "05", row: /^合计$/, column: lastColumn("基本支出") },
    ],
  },
  {
    key: "项目支出",
    // (Not "项目支出绩效目标…", "项目支出绩效自评": the performance work on the projects.)
    pattern: /项目支出(?!绩效)/,
    synonyms: ["项目经费"],
    // "另安排教师培训项目支出86.40万元": a project named by what it does, not the unit's 项目支出.
    qualifiedBy: PROJECT_NAMED_BEFORE,
    // Where a performance write-up states them (most documents list projects, not these groups).
    splits: ["年初预算的各项目", "年中追加的各项目"],
    // All funds (03) first; the general budget's own (05) for a share of its total.
    tables: [
      { table: "03", row: /^合计$/, column: lastColumn("项目支出") },
      { table: "05", row: /^合计$/, column: lastColumn("项目支出") },
    ],
  },
  // The projects of one kind, stated together in a final account's performance write-up (read by
  // ingest/parse/project-groups.ts): the budgeted at the start of the year and those added during it.
  {
    key: "年初预算的各项目",
    // Not "年初预算项目支出", the year-start budget of 项目支出.
    pattern: /年初(?:预算|安排)的?项目(?!支出|经费)/,
    // Not "年初项目预算", the year-start budget of the projects.
    synonyms: [],
    // "年初就定下的项目", "年初定下的与年中新增的", "年初项目加追加项目" (not "年初项目预算", the projects' year-start budget): the projects planned from the start.
    namesItsProjects: true,
    ask: /年初就?(?:预算|安排|定下来?|确定(?:下来)?|批复)(?:好)?的?(?:那些|这些|几个|[两二三四五六七八九十\d]+个)?项目(?!支出|经费)|年初就?(?:安排|定下来?|确定(?:下来)?|批复)?的(?=[和与跟及、][^，,。？?]{0,4}年中)|年初项目(?!的?(?:预算|支出|经费|资金))/,
    tableOnly: true,
  },
  {
    key: "年中追加的各项目",
    pattern: /年中(?:追加|新增)的?项目/,
    synonyms: ["追加项目"],
    namesItsProjects: true,
    ask: /(?:年中)?追加的?(?:那些|这些|几个|[两二三四五六七八九十\d]+个)?项目|年中(?:追加|新增)的?(?:那些|这些|几个|[两二三四五六七八九十\d]+个)?项目|年中(?:追加|新增)的/,
    tableOnly: true,
  },
  {
    key: "人员经费",
    economicItems: ["301", "303"],
    pattern: /人员经费/,
    synonyms: ["人头经费"],
    // All funds first, as 基本支出: a 部门支出总表 splitting its 基本支出 into 人员经费 and 公用经费 (03),
    // 上海 预算's 财务收支预算总表 splitting its spending total into 人员经费 / 公用经费 / 项目支出 (01);
    // then the general budget's basic-spending table (06).
    tables: [
      { table: "03", row: /^合计$/, column: lastColumn("基本支出 \\/ 人员经费") },
      { table: "01", row: /^支出总计$/, column: lastColumn("基本支出 \\/ 人员经费") },
      { table: "06", row: /^人员经费合计$/, column: /决算数/ },
      { table: "06", row: /^合计$/, column: lastColumn("人员经费") },
    ],
  },
  {
    key: "公用经费",
    economicItems: ["302", "310"],
    pattern: /公用经费/,
    synonyms: ["日常公用经费"],
    // All funds first, as 基本支出: a 部门支出总表 splitting its 基本支出 into 人员经费 and 公用经费 (03),
    // 上海 预算's 财务收支预算总表 splitting its spending total into 人员经费 / 公用经费 / 项目支出 (01);
    // then the general budget's basic-spending table (06).
    tables: [
      { table: "03", row: /^合计$/, column: lastColumn("基本支出 \\/ 公用经费") },
      { table: "01", row: /^支出总计$/, column: lastColumn("基本支出 \\/ 公用经费") },
      { table: "06", row: /^公用经费合计$/, column: /决算数/ },
      { table: "06", row: /^合计$/, column: lastColumn("公用经费") },
    ],
  },
  {
    key: "机关运行经费",
    pattern: /机关运行经费/,
    synonyms: ["机关运行费", "机关运转经费"],
    // "行政运行经费", "事业运行经费" are the 行政运行 / 事业运行 subjects (2010101 …), not the 机关运行经费.
    ask: /(?<!行政|事业)运行经费/,
    // 部门预算's “三公”经费和机关运行经费预算表 carries it beside the 三公 columns.
    tables: [{ table: "09", row: ANY_ROW, column: /^[^/]*机关运行经费[^/]*$/ }],
  },
  {
    key: "政府采购货物支出",
    pattern: procurementPart("货物"),
    ask: procurementAsk("货物"),
    synonyms: ["采购货物", "货物采购", "货物类采购"],
  },
  {
    key: "政府采购工程支出",
    pattern: procurementPart("工程"),
    ask: procurementAsk("工程"),
    synonyms: ["采购工程", "工程采购", "工程类采购"],
  },
  {
    key: "政府采购服务支出",
    pattern: procurementPart("服务"),
    ask: procurementAsk("服务"),
    synonyms: ["采购服务", "服务采购", "服务类采购"],
  },
  {
    key: "政府采购支出总额",
    pattern: /政府采购(?:支出总额|支出|预算|金额)/,
    synonyms: ["政府采购", "采购总额", "采购支出", "采购金额", "采购预算"],
    // "政采预算": the everyday abbreviation, read in questions only (as a synonym, its two characters
    // would be close to too many words).
    ask: /政采/,
    parts: ["政府采购货物支出", "政府采购工程支出", "政府采购服务支出"],
    subsets: ["面向中小企业预留采购金额", "授予中小企业合同金额"],
    qualifiedBy: /预留(?:给[^，,。；;]*?的)?$/,
  },
  {
    // A budget's "面向中小企业预留政府采购项目预算金额X万元，其中，预留给小型和微型企业的…Y万元".
    key: "面向中小企业预留采购金额",
    pattern: /面向中小企业预留(?:政府)?采购(?:项目)?(?:预算)?(?:金额)?/,
    // Its "其中" 小微企业 share is a subset, not a split: no parts to add up (server: LISTED_PARTS).
    synonyms: ["预留给中小企业的采购", "中小企业预留", "预留给中小企业", "给中小企业预留"],
    subsets: ["预留小微企业采购金额"],
  },
  {
    key: "预留小微企业采购金额",
    pattern: /(?:预留给小型和微型企业的|面向小微企业预留)(?:政府)?采购(?:项目)?(?:预算)?(?:金额)?/,
    synonyms: ["预留给小微企业", "小微企业预留", "给小微企业预留"],
    // "采购预算里小微企业占多少": of a procurement budget, the share reserved for them.
    ask: /(?<=采购预算[^，,。？?]{0,8})小微企业/,
  },
  {
    key: "授予中小企业合同金额",
    pattern: /授予中小企业合同(?:金额)?/,
    synonyms: [
      "中小企业合同",
      "中小企业的合同",
      "授予中小企业",
      "给中小企业",
      "授给中小企业",
      "给了中小企业",
    ],
    subsets: ["授予小微企业合同金额"],
    // 中小企业 said to 拿到/得到/获得 contracts: what was awarded (a budget's reserved share says 预留).
    ask: /(?<!小微)中小企业[^，,。？?预留]{0,2}(?:拿|得到|获得|中标)/,
  },
  {
    key: "授予小微企业合同金额",
    pattern: /授予小微企业合同(?:金额)?/,
    synonyms: [
      "小微企业合同",
      "小微企业的合同",
      "授予小微企业",
      "给小微企业",
      "授给小微企业",
      "给了小微企业",
      "小微企业的采购合同",
    ],
    // "小微企业拿到多少", "小微企业得到多少合同": what was awarded (a budget's reserved share says 预留).
    // "采购里小微企业的比例", "小微企业的政府采购合同": of procurement that was made, the contracts
    // awarded (a budget's "采购预算里…" or "…预留" is the reserved amount). Only 小微企业 is matched:
    // the procurement named around it stays a whole the asker named.
    ask: /小微企业[^，,。？?预留]{0,2}(?:拿|得到|获得|中标)|(?<=(?<!预算[^，,。？?]{0,8})采购(?!预算)[^。？?预算]{0,10})小微企业(?![^，,。？?]{0,3}预留)|小微企业(?=[^，,。？?预留]{0,6}采购合同)/,
  },
  {
    key: "绩效目标项目资金",
    // The 上海 budgets' 绩效目标设置情况 sentence: how many projects were given targets, and the
    // project budget they involve (涉及项目预算资金, 涉及项目支出预算).
    pattern: /涉及项目(?:支出)?预算(?:资金)?|绩效目标的?项目(?:预算)?资金/,
    synonyms: ["绩效目标项目资金", "绩效目标涉及的资金", "绩效目标资金"],
    // (Not across a question word: "绩效目标表里哪个项目资金最多" ranks the projects.)
    // "绩效目标项目加起来是不是…": the projects' money added is this figure.
    ask: /绩效目标[^，,。？?哪]{0,6}项目[^。？?哪]{0,8}资金|绩效目标(?:的项目|填报表|表)(?=里|中|当中|上)|绩效目标的?项目(?=[^，,。？?]{0,6}(?:加起来|加一起|合计|相加|之和|一共|总共|等于|是不是|对得上|对不上))/,
    namedInProseWords: true,
    projectTables: /绩效目标/,
  },
  {
    key: "会议费",
    pattern: /会议费/,
    synonyms: ["开会的钱", "会议开支"],
    tables: [{ table: "06", code: "30215", column: BASIC_ROW_TOTAL }],
  },
  {
    key: "培训费",
    pattern: /培训费/,
    synonyms: ["培训开支", "培训经费"],
    tables: [{ table: "06", code: "30216", column: BASIC_ROW_TOTAL }],
  },
  {
    key: "车辆数",
    pattern: /公务用车保有量|共有(?:公务用)?车辆|共有公务用车|车辆保有量|车辆(?=\s*\d+\s*辆)/,
    synonyms: [
      "几辆车",
      "多少辆车",
      "公车数量",
      "车辆数量",
      "几辆公车",
      "多少辆公车",
      "几辆公务车",
      "多少辆公务车",
      "有车吗",
      "有公车吗",
      "有公务车吗",
    ],
    measure: "辆",
    // "公车占多少" asks the cars' share of money, not how many cars.
    // "<单位>的车派什么用场", "有哪类车": the cars by kind, which is how their count is broken down.
    ask: /几辆|多少辆|车辆|辆车|(?:几|多少)(?:台|部)?车(?![费补改钱])|(?<![用公])车子?(?=最多|最少|更多|更少)|车(?:都|辆)?(?:是|有)?(?:些)?(?:什么|啥|哪些|哪类|哪种)(?:用途|类型|车)|车的?用途|车(?:都)?(?:是)?(?:干什么|做什么|干啥|做啥)用的|(?:什么|哪些|哪类|哪种)(?:用途的?|类型的?)?车(?![费补改])|公车(?!购置|运行|运维|占|的?(?:比例|比重|占比))|公务用?车(?!购置|运行|运维|占|的?(?:比例|比重|占比))|(?:^|[^\u4e00-\u9fa5])车[？?！!。]*$|(?:有没有|有无)(?:公务用?|公)?车(?![费补改钱])/,
  },
  {
    // The asset statement's "房屋14609.83平方米": the floor area of the buildings the body holds.
    key: "房屋面积",
    pattern: /房屋(?:建筑)?(?:面积)?(?=\s*\d[\d,.]*\s*平方米)/,
    synonyms: ["房屋面积", "房屋建筑面积", "办公用房面积", "房产面积"],
    measure: "平方米",
    ask: /房屋[^，,。？?]{0,4}(?:面积|多大|多少平)|(?:房子|用房|房产)[^，,。？?]{0,4}(?:面积|多大|多少平)/,
  },
  {
    key: "编制数",
    pattern: /编制(?:总数|数|人数)?(?:共计|合计|总计|共|为)?(?=\s*\d)|编制(?:总)?数/,
    synonyms: ["核定编制", "多少编制"],
    measure: "人",
    // "编制" alone is the staffing, not the drafting of a budget ("预算编制范围", "编制说明").
    ask: /(?<!预算|决算|报告|报表)编制(?!范围|说明|情况|依据|原则|口径|方法|工作|流程|要求|单位)/,
    qualifiedBy: BODY_RIGHT_BEFORE,
  },
  {
    key: "在职人数",
    pattern: /(?:现有|实有)?在职(?:在编)?(?:人员|人数)|实有人数|实际在职人数/,
    synonyms: ["在职", "实有人员", "实际人数", "人员数", "员工", "职工"],
    measure: "人",
    // "接待了多少人", "培训了几个人" count the people of that activity, not the staff.
    ask: /(?<!(?:接待|培训|出国|出访|参会|参加|参与|出席|到会|调解|救助|服务|走访|慰问|去|来|到|派|出去)了?)(?:多少个?人(?!次)|几个人)|多少员工/,
    qualifiedBy: BODY_RIGHT_BEFORE,
  },
  {
    key: "部门整体支出",
    pattern: /年度资金总额|部门整体支出|整体支出/,
    synonyms: ["资金总额", "全年执行数"],
  },
  {
    key: "绩效自评得分",
    // "绩效自评得分 <n> 分", "平均得分<n>分": a self-evaluation score, not a ranking's "得分排名".
    pattern: /(?:自评|平均|评价|综合)得分(?!排名)/,
    synonyms: ["自评分数", "绩效得分", "绩效评分", "自评得分", "打了多少分"],
    measure: "分",
    // "平均<几>分": a score is the one figure counted in 分.
    ask: /(?:自评|绩效|评价|评了|打了?|得了?)[^，,。？?]{0,8}(?:多少分|几分|得分|分数)|得分(?:是|为|有)?(?:多少|几)|总分|平均(?:得)?(?:多少|几)分(?![之钱配别类成摊担解项])/,
    otherSubject: /项目|专项|工程/,
  },
  // "在职人数N人，其中在岗人数M人": those at work among the staff, a count of its own.
  { key: "在岗人数", pattern: /在岗(?:人员|人数)/, synonyms: ["在岗"], measure: "人" },
  { key: "离退休人数", pattern: /离退休人(?:数|员)/, synonyms: ["离退休"], measure: "人" },
  { key: "退休人数", pattern: /(?<!离)退休人(?:员|数)/, synonyms: ["退休"], measure: "人" },
];

export const METRIC_BY_KEY = new Map(METRICS.map((m) => [m.key, m]));

/** A table cell as the lexicon's selectors see it. */
export interface CellDescriptor {
  table?: string;
  /** Whose figure the cell is (a department's own row in an account of a level's departments). */
  unit?: string;
  row: string;
  rowCode?: string;
  column: string;
}

/** Does a table cell hold the metric, through the metric's table selectors? */
export function cellHoldsMetric(cell: CellDescriptor, key: string): boolean {
  if (!cell.table) return false;
  return (METRIC_BY_KEY.get(key)?.tables ?? []).some((s) => s.table === cell.table && selectorHolds(s, cell));
}

/** The cell holds the metric only through fallback selectors (see TableSelector.fallback). */
export function heldByFallback(cell: CellDescriptor, key: string): boolean {
  const selectors = selectorsOf(cell, key);
  return selectors.length > 0 && selectors.every((s) => s.fallback);
}

function selectorsOf(cell: CellDescriptor, key: string): TableSelector[] {
  if (!cell.table) return [];
  return (METRIC_BY_KEY.get(key)?.tables ?? []).filter(
    (s) => s.table === cell.table && selectorHolds(s, cell),
  );
}

/** A cell of the selector's table is the one it selects: its row (or code) and its column. */
export function selectorHolds(selector: TableSelector, cell: CellDescriptor): boolean {
  return (
    // (A body's row is its own figure in its own view: "the figure row, whatever it is called".)
    (!selector.row || selector.row.test(cell.row) || (selector.row === ANY_ROW && cell.unit === cell.row)) &&
    (!selector.code || selector.code === cell.rowCode) &&
    selector.column.test(cell.column)
  );
}

/** The metrics with a selector for each standard table, in lexicon order. */
const METRICS_BY_TABLE = new Map<string, MetricDef[]>();
for (const m of METRICS)
  for (const table of new Set((m.tables ?? []).map((s) => s.table)))
    METRICS_BY_TABLE.set(table, [...(METRICS_BY_TABLE.get(table) ?? []), m]);

/** The metrics a cell of this table may hold (those with a selector for it), in lexicon order. */
export function metricsOfTable(table: string | undefined): readonly MetricDef[] {
  return (table && METRICS_BY_TABLE.get(table)) || [];
}

/** Every lexicon metric a fact is about: its narrative tag and the metrics its table cell holds. */
export function metricsOfFact(fact: CellDescriptor & { metric?: string }): string[] {
  const keys = metricsOfTable(fact.table)
    .filter((m) => cellHoldsMetric(fact, m.key))
    .map((m) => m.key);
  return fact.metric && !keys.includes(fact.metric) ? [fact.metric, ...keys] : keys;
}

export interface MetricMention {
  key: string;
  start: number;
  end: number;
}

/** Each mentionable metric's pattern, compiled once per process (global, without its own flags). */
const MENTION_PATTERNS = METRICS.filter((m) => !m.tableOnly).map((m) => ({
  key: m.key,
  re: new RegExp(m.pattern.source, "g"),
}));

/** Any of the patterns anywhere in a text: most texts mention no metric and are passed over at once. */
const ANY_MENTION = new RegExp(MENTION_PATTERNS.map(({ re }) => `(?:${re.source})`).join("|"));

/**
 * All metric mentions in a text, longest match first where they overlap. Row labels and headings
 * repeat within and across documents: a text's mentions are remembered (callers must not change
 * the array).
 */
export const findMetricMentions = memoByText(metricMentions);

function metricMentions(text: string): MetricMention[] {
  if (!ANY_MENTION.test(text)) return [];
  const found: MetricMention[] = [];
  for (const { key, re } of MENTION_PATTERNS) {
    re.lastIndex = 0;
    for (let hit = re.exec(text); hit; hit = re.exec(text)) {
      found.push({ key, start: hit.index, end: hit.index + hit[0].length });
      if (!hit[0]) re.lastIndex++;
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: MetricMention[] = [];
  for (const f of found) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) continue;
    out.push(f);
  }
  return out;
}
