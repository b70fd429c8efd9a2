// Charts of an answer's figures with ECharts (served from node_modules, canvas renderer, no
// inline styles): bars for comparisons, rankings and breakdowns, a line for trends. Full names,
// one number format (two decimals, thousands separators), 万元 on the axis and in each label.
import { el } from "./dom.js";

let library;
const echarts = () => (library ??= import("/vendor/echarts/echarts.esm.min.mjs"));

/** The one number format of the page's charts. */
export function formatAmount(value, measure = "万元") {
  const n = Number(value);
  const text = Number.isFinite(n)
    ? n.toLocaleString("zh-CN", { minimumFractionDigits: 2, maximumFractionDigits: 2 })
    : String(value);
  return `${text}${measure}`;
}

const dark = () =>
  document.documentElement.dataset.theme === "dark" ||
  (document.documentElement.dataset.theme !== "light" && matchMedia("(prefers-color-scheme: dark)").matches);

function barOption(spec, values) {
  const names = spec.points.map((p) => p.label);
  return {
    grid: { left: 8, right: 80, top: 28, bottom: 8, containLabel: true },
    xAxis: {
      type: "value",
      name: spec.measure,
      axisLabel: { formatter: (v) => Number(v).toLocaleString("zh-CN") },
    },
    yAxis: {
      type: "category",
      inverse: true,
      data: names,
      axisLabel: { width: 150, overflow: "break", lineHeight: 14 },
    },
    series: [
      {
        type: "bar",
        data: values,
        barMaxWidth: 22,
        label: { show: true, position: "right", formatter: (p) => formatAmount(p.value, spec.measure) },
      },
    ],
  };
}

function lineOption(spec, values) {
  return {
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: "category", data: spec.points.map((p) => p.label), boundaryGap: true },
    yAxis: {
      type: "value",
      name: spec.measure,
      axisLabel: { formatter: (v) => Number(v).toLocaleString("zh-CN") },
    },
    series: [
      {
        type: "line",
        data: values,
        symbolSize: 8,
        label: { show: true, position: "top", formatter: (p) => formatAmount(p.value, spec.measure) },
      },
    ],
  };
}

/** The figures as a table for screen readers (and for anyone who prefers numbers). */
function dataTable(spec) {
  return el(
    "table",
    { className: "visually-hidden" },
    el("caption", {}, spec.title),
    el("tr", {}, el("th", { scope: "col" }, "项目"), el("th", { scope: "col" }, `金额（${spec.measure}）`)),
    ...spec.points.map((p) =>
      el("tr", {}, el("th", { scope: "row" }, p.label), el("td", {}, formatAmount(p.value, spec.measure))),
    ),
  );
}

/** A figure for the answer's chart spec ({ type, title, measure, points }); drawn once on screen. */
export function chartFigure(spec) {
  const values = spec.points.map((p) => Number(p.value));
  const height = spec.type === "line" ? 260 : Math.max(140, 44 * values.length + 50);
  const canvas = el("div", {
    className: "chart-canvas",
    role: "img",
    "aria-label": `${spec.title}（单位：${spec.measure}）`,
  });
  canvas.style.height = `${height}px`;
  const figure = el(
    "figure",
    { className: "chart" },
    canvas,
    el("figcaption", {}, `${spec.title}（单位：${spec.measure}）`),
    dataTable(spec),
  );
  const draw = async () => {
    const { init } = await echarts();
    const chart = init(canvas, dark() ? "dark" : undefined, { renderer: "canvas" });
    chart.setOption({
      backgroundColor: "transparent",
      animation: false,
      textStyle: { fontFamily: getComputedStyle(document.documentElement).fontFamily },
      tooltip: {
        trigger: "item",
        renderMode: "richText",
        formatter: (p) => `${p.name}：${formatAmount(p.value, spec.measure)}`,
      },
      ...(spec.type === "line" ? lineOption(spec, values) : barOption(spec, values)),
    });
    new ResizeObserver(() => chart.resize()).observe(canvas);
    figure.dataset.drawn = "true";
  };
  const seen = new IntersectionObserver((entries) => {
    if (!entries.some((e) => e.isIntersecting)) return;
    seen.disconnect();
    draw().catch((error) => {
      canvas.textContent = `图表无法显示（${error.message}），数字见上文。`;
    });
  });
  seen.observe(canvas);
  return figure;
}
