// A document's understanding report: a "表 9 · 校验 98%" badge that opens the tables found and
// the failed checks (GET /api/documents returns the report).
import { el } from "./dom.js";

/** What each check kind verifies, in the words of the documents. */
const CHECK_KINDS = {
  subject_hierarchy: "类 = 各款之和、款 = 各项之和",
  total_row: "合计行 = 各科目之和",
  total_column: "合计列 = 各分列之和",
  three_public: "“三公”经费合计 = 各项之和",
  basic_spending: "基本支出 = 人员经费 + 公用经费",
  statement_total: "总表：本年合计、总计",
  balance: "总表：收入总计 = 支出总计",
  cross_table: "两张表中的同一数字",
  narrative_sum: "说明中的合计 = 各项之和",
  stated_rate: "说明中的完成率",
  stated_change: "说明中的比上年增减率 = (本年 − 上年) ÷ 上年",
  text_repeat: "说明中重复出现的数字",
  table_text: "说明与表中数字",
};

function percentText(passed, total) {
  return `${((passed / total) * 100).toFixed(1).replace(/\.0$/, "")}%`;
}

function level(rate) {
  return rate === null ? "none" : rate >= 0.99 ? "good" : rate >= 0.9 ? "fair" : "poor";
}

function failureList(checks) {
  const failedCount = checks.total - checks.passed;
  const list = el("ul", { className: "report-failures" });
  for (const f of checks.failed) list.append(el("li", {}, `${CHECK_KINDS[f.kind] ?? f.kind}：${f.message}`));
  if (failedCount > checks.failed.length)
    list.append(el("li", { className: "meta" }, `另有 ${failedCount - checks.failed.length} 项未列出`));
  return list;
}

export function reportDetails(report) {
  const { tables, missing, checks } = report;
  const standard = tables.filter((t) => t.standard);
  const rate = checks.total ? checks.passed / checks.total : null;
  const badge = el(
    "span",
    { className: "badge", "data-level": level(rate) },
    `表 ${standard.length || tables.length} · 校验 ${rate === null ? "—" : percentText(checks.passed, checks.total)}`,
  );
  const summary = el("summary", {}, badge);
  summary.title =
    `识别出 ${standard.length} 张标准表（共 ${tables.length} 张表）；` +
    (checks.total ? `${checks.total} 项校验中 ${checks.passed} 项成立` : "没有可校验的数字");
  const tableList = el(
    "ul",
    { className: "report-tables" },
    ...tables.map((t) =>
      el(
        "li",
        { className: t.standard ? "" : "meta" },
        `${t.standard ? "✓" : "·"} ${t.title} · ${t.rows} 行 · ${t.facts} 个数 · ${t.amountUnit}`,
      ),
    ),
  );
  const failedCount = checks.total - checks.passed;
  return el(
    "details",
    { className: "report" },
    summary,
    tableList,
    missing.length && standard.length ? el("p", { className: "meta" }, `未找到：${missing.join("、")}`) : "",
    el(
      "p",
      { className: "meta" },
      checks.total
        ? `${checks.total} 项校验，${checks.passed} 项成立（含尾数差），${failedCount} 项不成立`
        : "没有可校验的数字",
    ),
    checks.failed.length ? failureList(checks) : "",
  );
}
