import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Decimal } from "decimal.js";
import { z } from "zod";
import { matchKey } from "../text/normalize-text.js";

/**
 * What the ingested facts of the nine corpus PDFs must say, built on the page-verified
 * expectations of ingest/fixtures/pdf/<stem>.expected.json (cells and narrative figures read off
 * the pages rendered with `pdftoppm -r 110`). The fixture files print what the page prints; this
 * module adds what a reader of the page concludes from it:
 * - `figures`: what each narrative figure is about (the lexicon metric, or the subject row named
 *   by its 类/款/项 line), which figure it is (column), its sign (a decrease is stored negative)
 *   and the year it belongs to when not the document's ("2025年当年预算执行数");
 * - `codes`: the subject code of a row whose code cells are misprinted on the page;
 * - `wrapped`: labels printed over two lines (seen on the rendered page);
 * - `documentErrors`: the checks that fail because the document contradicts itself, each seen on
 *   the rendered page.
 */
interface Said {
  subject: string;
  column: string;
  /** −1: the sentence states a decrease ("减少", "下降"). */
  sign?: -1;
  period?: number;
}

interface DocumentError {
  kind: string;
  message: RegExp;
}

interface FactFixture {
  figures: Record<string, Said>;
  codes?: Record<string, string>;
  wrapped: string[];
  documentErrors: DocumentError[];
  /** Set where the document's own errors take the pass rate below 98 %. */
  minPassRate?: number;
}

const BUDGET = "年初预算数";
const ACTUAL = "决算数";
const YOY = "比上年增减额";
const YOY_RATE = "比上年增减率";
/** 三公 tables of the 上海 预算: the last column's header is printed as "机关运行经费预算" / "数". */
const THREE_PUBLIC_WRAPPED = "机关运行经费预算数";

export const FACT_FIXTURES: Record<string, FactFixture> = {
  "putuo-czj-2024-bumen-juesuan": {
    figures: {
      "收入支出总计2995.39万元": { subject: "收支总计", column: ACTUAL },
      "收入支出总计减少56.95万元，下降1.87%": { subject: "收支总计", column: YOY, sign: -1 },
      "财政拨款收入2940.05万元，占99.79%": { subject: "财政拨款收入", column: "占比" },
      "财政拨款收入支出总计0.3万元": { subject: "财政拨款收支总计", column: ACTUAL },
      "一般公共预算财政拨款支出减少63.14万元，下降2.10%": { subject: "财政拨款支出", column: YOY, sign: -1 },
      "年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%": {
        subject: "财政拨款支出",
        column: "年初预算完成率",
      },
      "年初预算为 1560.05 万元，支出决算为1511.89万元": { subject: "行政运行", column: BUDGET },
      "人员经费2152.26万元": { subject: "人员经费", column: ACTUAL },
      "“三公”经费财政拨款支出年初预算为0.95万元，支出决算为0.00万元": { subject: "三公经费", column: BUDGET },
      "机关运行经费支出184.65万元，比2023年度增加2.55万元，增长1.40%": {
        subject: "机关运行经费",
        column: ACTUAL,
      },
      "政府采购金额（以合同签订为准）为251.25万元": { subject: "政府采购支出总额", column: ACTUAL },
    },
    wrapped: [],
    documentErrors: [
      // p21: "财政拨款收入支出总计0.3万元"; table 04 (p13) prints 总计 2,961.68.
      {
        kind: "table_text",
        message: /“财政拨款收支总计”《财政拨款收入支出决算总表》为2961\.68万元，说明为0\.3万元/,
      },
    ],
  },
  "putuo-sfj-2026-bumen-yusuan": {
    figures: {
      "收入预算9628.22万元": { subject: "收入合计", column: BUDGET },
      "比2026年预算增加793.14万元": { subject: "财政拨款收入", column: YOY },
      "行政运行（01项）1672.67万元": { subject: "行政运行", column: BUDGET },
      "比2025年预算执行数减少1.07%": { subject: "行政运行", column: YOY_RATE, sign: -1 },
      "公共法律服务（07项）686万元": { subject: "公共法律服务", column: BUDGET },
      "2025年当年预算执行数为43269.3万元": { subject: "其他司法支出", column: ACTUAL, period: 2025 },
      "住房公积金（01项）208.8万元": { subject: "住房公积金", column: BUDGET },
      "2026年预算安排201.50万元，比2025年预算执行数增加5.27%": { subject: "住房公积金", column: BUDGET },
      "2026年“三公”经费预算数为10.81万元": { subject: "三公经费", column: BUDGET },
      "机关运行经费预算为217.83万元": { subject: "机关运行经费", column: BUDGET },
      "2026年本部门政府采购预算1486.42万元": { subject: "政府采购支出总额", column: BUDGET },
      // "截至2025年8月31日，…共有车辆3辆".
      共有车辆3辆: { subject: "车辆数", column: "数量", period: 2025 },
    },
    wrapped: [THREE_PUBLIC_WRAPPED],
    documentErrors: [
      // p9, item 12: 住房公积金（01项）208.8万元 … 2026年预算安排201.50万元.
      { kind: "text_repeat", message: /住房公积金”的年初预算数前后不一致：208\.8万元.*201\.5万元/ },
      // p9, item 6: 执行数43269.3万元, 预算安排3845.49万元, "增加17.62%" (the 单位 edition prints 3269.3).
      { kind: "stated_change", message: /其他司法支出”说明称比上年增减17\.62%，但\(3845\.49 − 43269\.3\)/ },
      // p9, item 9: 执行数77.99万元, 预算安排91.97万元, "增加17.66%" (item 8's rate).
      { kind: "stated_change", message: /职业年金缴费支出”说明称比上年增减17\.66%，但\(91\.97 − 77\.99\)/ },
      // p9, item 12: 执行数198.34万元, 预算安排201.50万元, "增加5.27%" (right for 208.8).
      { kind: "stated_change", message: /住房公积金”说明称比上年增减5\.27%，但\(201\.5 − 198\.34\)/ },
    ],
  },
  "putuo-sfj-2026-danwei-yusuan": {
    figures: {
      "收入预算8695.94万元": { subject: "收入合计", column: BUDGET },
      "比2025年预算增加794.88万元": { subject: "财政拨款收入", column: YOY },
      "2025年当年预算执行数为1690.69万元": { subject: "行政运行", column: ACTUAL, period: 2025 },
      "比2025年预算执行数增加277.22%": { subject: "信息化建设", column: YOY_RATE },
      "行政单位离退休（01项）56.12万元": { subject: "行政单位离退休", column: BUDGET },
      "2026年预算安排57.8万元，比2025年预算执行数减少2.27%": { subject: "行政单位离退休", column: BUDGET },
      "购房补贴（03项）207万元": { subject: "购房补贴", column: BUDGET },
      "2026年预算安排170.03万元，比2025年预算执行数增加21.74%": { subject: "购房补贴", column: BUDGET },
      "2026年“三公”经费预算数为10.71万元": { subject: "三公经费", column: BUDGET },
      "机关运行经费预算为184.59万元": { subject: "机关运行经费", column: BUDGET },
      "政府采购预算1484.2万元": { subject: "政府采购支出总额", column: BUDGET },
      共有车辆3辆: { subject: "车辆数", column: "数量", period: 2025 },
    },
    wrapped: [THREE_PUBLIC_WRAPPED],
    documentErrors: [
      // p11 and p14: the 行政运行 row prints 项目支出 64,840,547.00 (the 类's figure) though its
      // 合计 equals its 基本支出, in both 支出预算总表 and 一般公共预算支出功能分类预算表.
      { kind: "subject_hierarchy", message: /支出预算总表「20406 司法」支出预算 \/ 项目支出为6484\.0547/ },
      {
        kind: "subject_hierarchy",
        message: /功能分类预算表「20406 司法」一般公共预算支出 \/ 项目支出为6484\.0547/,
      },
      { kind: "total_column", message: /支出预算总表「行政运行」支出预算 \/ 合计为1434\.885334/ },
      { kind: "total_column", message: /功能分类预算表「行政运行」一般公共预算支出 \/ 合计为1434\.885334/ },
      // p6, item 7: 行政单位离退休（01项）56.12万元 … 2026年预算安排57.8万元.
      { kind: "text_repeat", message: /行政单位离退休”的年初预算数前后不一致：56\.12万元.*57\.8万元/ },
      // p7, item 13: 购房补贴（03项）207万元 … 2026年预算安排170.03万元.
      { kind: "text_repeat", message: /购房补贴”的年初预算数前后不一致：207万元.*170\.03万元/ },
      // p6, item 1: 执行数1690.69万元, 预算安排1434.89万元, "减少1.10%".
      { kind: "stated_change", message: /行政运行”说明称比上年增减-1\.1%，但\(1434\.89 − 1690\.69\)/ },
      // p6, item 7: 执行数57.43万元, 预算安排57.8万元, "减少2.27%" (right for 56.12).
      { kind: "stated_change", message: /行政单位离退休”说明称比上年增减-2\.27%，但\(57\.8 − 57\.43\)/ },
      // p7, item 13: 执行数241.76万元, 预算安排170.03万元, "增加21.74%".
      { kind: "stated_change", message: /购房补贴”说明称比上年增减21\.74%，但\(170\.03 − 241\.76\)/ },
    ],
    // 9 of 227 checks fail, every one a misprint listed above.
    minPassRate: 0.96,
  },
  "putuo-shfly-2024-danwei-yusuan": {
    figures: {
      "收入预算1,212.12万元": { subject: "收入合计", column: BUDGET },
      "财政拨款收入950.12万元，比2023年预算增加0.46万元": { subject: "财政拨款收入", column: BUDGET },
      "比2023年预算增加0.46万元": { subject: "财政拨款收入", column: YOY },
      "2023年当年预算执行数为54.60万元": { subject: "事业单位离退休", column: ACTUAL, period: 2023 },
      "比2023年预算执行数减少1.39%": { subject: "事业单位离退休", column: YOY_RATE, sign: -1 },
      "“社会保障和就业支出（类）社会福利（款）社会福利事业单位（项）”738.66万元": {
        subject: "社会福利事业单位",
        column: BUDGET,
      },
      "比2023年预算执行数增加14.04%": { subject: "事业单位医疗", column: YOY_RATE },
      "2024年“三公”经费预算数为6.40万元": { subject: "三公经费", column: BUDGET },
      "政府采购预算120.60万元": { subject: "政府采购支出总额", column: BUDGET },
      共有车辆2辆: { subject: "车辆数", column: "数量", period: 2023 },
    },
    // p9 and p11 print the 类 of 事业单位医疗 as "7" beside 款 11 and 项 02, under 210 / 21011.
    codes: { "71102": "2101102" },
    wrapped: [`2024年${THREE_PUBLIC_WRAPPED}`],
    documentErrors: [],
  },
  "putuo-swh-2025-bumen-yusuan": {
    figures: {
      "收入预算37,151.47万元": { subject: "收入合计", column: BUDGET },
      "比2024年预算执行数增加24,558.18万元": { subject: "财政拨款收入", column: YOY },
      "比2024年预算增加24,491.71万元": { subject: "财政拨款支出", column: YOY },
      "“一般公共服务支出（类）商贸事务（款）行政运行（项）”938.99万元": {
        subject: "行政运行",
        column: BUDGET,
      },
      "科技条件专项（项）”1,720.00万元": { subject: "科技条件专项", column: BUDGET },
      "其他支持中小企业发展和管理支出（项）”29,381.00万元": {
        subject: "其他支持中小企业发展和管理支出",
        column: BUDGET,
      },
      "2025年“三公”经费预算数为1.00万元": { subject: "三公经费", column: BUDGET },
      "机关运行经费预算为171.01万元": { subject: "机关运行经费", column: BUDGET },
      "政府采购预算38.20万元": { subject: "政府采购支出总额", column: BUDGET },
      共有车辆0辆: { subject: "车辆数", column: "数量", period: 2024 },
    },
    wrapped: [THREE_PUBLIC_WRAPPED],
    documentErrors: [],
  },
  "putuo-swh-2025-danwei-yusuan": {
    figures: {
      "收入预算37,151.47万元": { subject: "收入合计", column: BUDGET },
      "比2024年预算执行数增加24,558.18万元": { subject: "财政拨款收入", column: YOY },
      "比2024年预算增加24,491.71万元": { subject: "财政拨款支出", column: YOY },
      "事业运行（项）”290.18万元": { subject: "事业运行", column: BUDGET },
      "商业服务业等支出（项）”3136.40万元": { subject: "其他商业服务业等支出", column: BUDGET },
      "购房补贴（项）”148.80万元": { subject: "购房补贴", column: BUDGET },
      "2025年“三公”经费预算数为1.00万元": { subject: "三公经费", column: BUDGET },
      "机关运行经费预算为171.01万元": { subject: "机关运行经费", column: BUDGET },
      "政府采购服务预算30.40万": { subject: "政府采购服务支出", column: BUDGET },
    },
    wrapped: [THREE_PUBLIC_WRAPPED],
    documentErrors: [],
  },
  "putuo-wanli-2023-bumen-yusuan": {
    figures: {
      "收入预算16497.86万元": { subject: "收入合计", column: BUDGET },
      "比2022年（上一年度，下同）预算增加1421.25万元": { subject: "财政拨款收入", column: YOY },
      "比2022年预算执行数增加314.82%": { subject: "一般行政管理事务", column: YOY_RATE },
      "比2022年预算执行数增加77.70 %": { subject: "统计管理", column: YOY_RATE },
      "住房公积金（项）”352.67万元": { subject: "住房公积金", column: BUDGET },
      "2023年“三公”经费预算数为22.91万元": { subject: "三公经费", column: BUDGET },
      "机关运行经费预算为786.09万元": { subject: "机关运行经费", column: BUDGET },
      "政府采购预算830.00万元": { subject: "政府采购支出总额", column: BUDGET },
    },
    wrapped: [`2023年${THREE_PUBLIC_WRAPPED}`],
    documentErrors: [
      // p7, item 16: 机关事业单位职业年金缴费支出（项）220.63万元 … 2023年预算安排441.25万元
      // (item 15's figure; the tables print 2,206,272元).
      { kind: "text_repeat", message: /职业年金缴费支出”的年初预算数前后不一致：220\.63万元.*441\.25万元/ },
      // p6, item 3: 执行数11.67万元, 预算安排45.41万元, "增加314.82%".
      { kind: "stated_change", message: /一般行政管理事务”说明称比上年增减314\.82%，但\(45\.41 − 11\.67\)/ },
      // p7, item 16: 执行数132.59万元, 预算安排441.25万元 (item 15's), "增加60.54%" (item 15's rate).
      { kind: "stated_change", message: /职业年金缴费支出”说明称比上年增减60\.54%，但\(441\.25 − 132\.59\)/ },
    ],
  },
  "putuo-wanli-2024-bumen-yusuan": {
    figures: {
      "收入预算15621.11万元": { subject: "收入合计", column: BUDGET },
      "比2023年预算减少876.75万元": { subject: "财政拨款收入", column: YOY, sign: -1 },
      "比2023年预算执行数减少57.14%": { subject: "专项普查活动", column: YOY_RATE, sign: -1 },
      "比2023年预算执行数减少2.98%。主要原因是：宣传事务一般行政管理事务经费增加": {
        subject: "一般行政管理事务",
        column: YOY_RATE,
        sign: -1,
      },
      "住房公积金（项）”350.35万元": { subject: "住房公积金", column: BUDGET },
      "2024年预算安排352.67万元，比2023年预算执行数增加0.53%": { subject: "住房公积金", column: BUDGET },
      "2024年“三公”经费预算数为47.91万元，比2023年预算增加25万元": { subject: "三公经费", column: BUDGET },
      公务用车购置费25万元: { subject: "公务用车购置费", column: BUDGET },
      "机关运行经费预算为443.18万元": { subject: "机关运行经费", column: BUDGET },
      "政府采购预算1662.44万元": { subject: "政府采购支出总额", column: BUDGET },
      共有车辆7辆: { subject: "车辆数", column: "数量", period: 2023 },
    },
    // p29 prints the 款 of 津贴补贴 as "2" (and of 绩效工资 as "7") without the leading zero.
    codes: { "3012": "30102" },
    wrapped: [`2024年${THREE_PUBLIC_WRAPPED}`],
    documentErrors: [
      // p9, item 31: 住房公积金（项）350.35万元 … 2024年预算安排352.67万元.
      { kind: "text_repeat", message: /住房公积金”的年初预算数前后不一致：350\.35万元.*352\.67万元/ },
      // p9, item 31: 执行数348.52万元, 预算安排352.67万元, "增加0.53%" (right for 350.35).
      { kind: "stated_change", message: /住房公积金”说明称比上年增减0\.53%，但\(352\.67 − 348\.52\)/ },
    ],
  },
  "shanghai-czj-2025-danwei-yusuan": {
    figures: {
      "收入预算17,192万元": { subject: "收入合计", column: BUDGET },
      比2024年预算减少990万元: { subject: "财政拨款收入", column: YOY, sign: -1 },
      "“一般公共服务支出”科目12,789万元": { subject: "一般公共服务支出", column: BUDGET },
      "“住房保障支出”科目2,180万元": { subject: "住房保障支出", column: BUDGET },
      "2025年“三公”经费预算数为346.30万元": { subject: "三公经费", column: BUDGET },
      "机关运行经费预算为2,517.78万元": { subject: "机关运行经费", column: BUDGET },
      "政府采购预算1,708.03万元": { subject: "政府采购支出总额", column: BUDGET },
      共有车辆0辆: { subject: "车辆数", column: "数量", period: 2024 },
    },
    wrapped: [THREE_PUBLIC_WRAPPED],
    documentErrors: [],
  },
};

export interface ExpectedFactCell {
  page: number;
  table: string;
  row: string;
  /** The subject code the fact carries (the printed code, or its reading when misprinted). */
  subjectCode?: string;
  /** The table's only data row (三公 tables): any row label. */
  singleRow: boolean;
  column: string;
  /** The amount as printed, without thousands separators, and its unit. */
  printed: string;
  amountUnit: string;
  inWanYuan: Decimal;
  multiLineLabel: boolean;
  /** On a page after the table's first. */
  continued: boolean;
}

export interface ExpectedFigure {
  page: number;
  sentence: string;
  /** The part of the sentence up to its full stop that holds the figure. */
  clause: string;
  value: Decimal;
  measure: string;
  subject: string;
  column: string;
  period?: number;
}

/** The fields of ingest/fixtures/pdf/<stem>.expected.json these tests read. */
const PdfFixture = z.object({
  tables: z.array(
    z.object({
      title: z.string(),
      pages: z.array(z.number().int()),
      amountUnit: z.string(),
      empty: z.boolean().optional(),
    }),
  ),
  cells: z.array(
    z.object({
      page: z.number().int(),
      table: z.string(),
      row: z.string(),
      rowCode: z.string().optional(),
      column: z.string(),
      value: z.string(),
      amountUnit: z.string(),
      note: z.string().optional(),
    }),
  ),
  narrative: z.array(
    z.object({ page: z.number().int(), sentence: z.string(), value: z.string(), measure: z.string() }),
  ),
});

const FIXTURES = fileURLToPath(new URL("../fixtures/pdf/", import.meta.url));
const SHIFT: Record<string, number> = { 元: -4, 万元: 0 };

/** A stem's page-verified cells, tables and figures, with what a reader concludes from them. */
export function loadFactFixture(stem: string) {
  const expected = PdfFixture.parse(JSON.parse(readFileSync(`${FIXTURES}${stem}.expected.json`, "utf8")));
  const own = FACT_FIXTURES[stem];
  const wrapped = new Set(own.wrapped.map(matchKey));
  const cells: ExpectedFactCell[] = expected.cells.map((c) => {
    const printed = c.value.replace(/,/g, "");
    const pages = expected.tables.find((t) => t.title === c.table)?.pages ?? [c.page];
    const lastColumn = c.column.split(" / ").pop() ?? "";
    return {
      page: c.page,
      table: c.table,
      row: c.row,
      ...(c.rowCode ? { subjectCode: own.codes?.[c.rowCode] ?? c.rowCode } : {}),
      singleRow: /single data row/.test(c.row),
      column: c.column,
      printed,
      amountUnit: c.amountUnit,
      inWanYuan: new Decimal(printed).times(new Decimal(10).pow(SHIFT[c.amountUnit] ?? 0)),
      multiLineLabel:
        /multi-line label/.test(c.note ?? "") ||
        wrapped.has(matchKey(c.row)) ||
        wrapped.has(matchKey(lastColumn)),
      continued: pages.length > 1 && c.page !== pages[0],
    };
  });
  const figures: ExpectedFigure[] = [];
  for (const n of expected.narrative) {
    const said = own.figures[n.sentence];
    if (!said) continue;
    const clause =
      n.sentence.split("。").find((part) => part.replace(/[,\s]/g, "").includes(n.value)) ?? n.sentence;
    figures.push({
      page: n.page,
      sentence: n.sentence,
      clause,
      value: new Decimal(n.value).times(said.sign ?? 1),
      measure: n.measure,
      subject: said.subject,
      column: said.column,
      ...(said.period ? { period: said.period } : {}),
    });
  }
  const unused = Object.keys(own.figures).filter((s) => !expected.narrative.some((n) => n.sentence === s));
  if (unused.length)
    throw new Error(`${stem}: figures not in the page-verified fixture: ${unused.join("; ")}`);
  return {
    tables: expected.tables,
    cells,
    figures,
    documentErrors: own.documentErrors,
    minPassRate: own.minPassRate ?? 0.98,
  };
}
