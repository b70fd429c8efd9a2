// The chat page. Markdown from the server is rendered with marked and sanitised with DOMPurify
// before it touches the DOM; the user's own text is only ever set as textContent.
import { marked } from "/vendor/marked/marked.esm.js";
import DOMPurify from "/vendor/dompurify/purify.es.mjs";
import { showPrintedPage } from "/pdf-view.js";

const STORE = "budget-qa:conversation";
/** What a question carries of the conversation: the server reads only the recent turns anyway. */
const SEND_MESSAGES = 24;
const SEND_ANSWER_CHARS = 4000;
/** What the browser keeps across reloads. */
const SAVE_MESSAGES = 40;
const SUGGESTIONS = [
  "驻北京联络处三公经费是多少",
  "市政府办有几辆公车",
  "哪个单位三公经费最高",
  "近两年三公经费变化",
  "起草一段说明：驻京办三公经费决算小于预算的原因",
];

const $ = (id) => document.getElementById(id);
const log = $("log");
const form = $("ask");
const input = $("question");
const panel = $("panel");

/** [{ role, content, result? }] — kept in the browser only. */
let conversation = load();

function load() {
  try {
    const saved = JSON.parse(localStorage.getItem(STORE) ?? "[]");
    return Array.isArray(saved)
      ? saved.filter(
          (m) => m && (m.role === "user" || m.role === "assistant") && typeof m.content === "string",
        )
      : [];
  } catch {
    return [];
  }
}

/**
 * Keep the recent conversation across reloads. When the browser's storage is full, older answers
 * are kept without their sources, then fewer messages: saving never breaks the page.
 */
function save() {
  const recent = conversation.slice(-SAVE_MESSAGES);
  const attempts = [
    recent,
    recent.map((m, i) => (i < recent.length - 2 ? { role: m.role, content: m.content } : m)),
    recent.slice(-10).map(({ role, content }) => ({ role, content: content.slice(0, SEND_ANSWER_CHARS) })),
    [],
  ];
  for (const attempt of attempts) {
    try {
      localStorage.setItem(STORE, JSON.stringify(attempt));
      return;
    } catch (error) {
      if (error?.name !== "QuotaExceededError") throw error;
    }
  }
}

/** The messages a question is sent with: the recent turns, long answers cut short. */
function outgoing(history) {
  return history.slice(-SEND_MESSAGES).map(({ role, content }) => ({
    role,
    content:
      role === "assistant" && content.length > SEND_ANSWER_CHARS
        ? content.slice(0, SEND_ANSWER_CHARS)
        : content,
  }));
}

function safeHtml(markdown) {
  return DOMPurify.sanitize(marked.parse(markdown, { async: false }), { USE_PROFILES: { html: true } });
}

/** Turn "[3]" markers into buttons that open citation 3. */
function linkCitations(container, citations) {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const nodes = [];
  while (walker.nextNode()) if (/\[\d+\]/.test(walker.currentNode.nodeValue)) nodes.push(walker.currentNode);
  for (const node of nodes) {
    const parts = node.nodeValue.split(/(\[\d+\])/);
    const frag = document.createDocumentFragment();
    for (const part of parts) {
      const m = /^\[(\d+)\]$/.exec(part);
      const citation = m && citations[Number(m[1]) - 1];
      if (citation) frag.append(citeButton(citation, m[1]));
      else frag.append(document.createTextNode(part));
    }
    node.replaceWith(frag);
  }
}

function citeButton(citation, label) {
  const b = document.createElement("button");
  b.type = "button";
  b.className = "cite";
  b.textContent = label;
  b.title = `${citation.unit} ${citation.year}年度${citation.kind}${citation.table ? ` 表${citation.table}` : ""}${citation.section ? ` ${citation.section}` : ""}`;
  b.addEventListener("click", () => openSource(citation));
  return b;
}

/** A PDF citation's page, else the line of the text export. */
function printedAt(c) {
  return c.page ? `第${c.page}页` : c.lines ? `第${c.lines[0]}行` : undefined;
}

function sourceChips(citations) {
  const list = document.createElement("div");
  list.className = "chips";
  citations.forEach((c, i) => {
    // Table cells by table number; narrative sentences by their page or line (the section path is in the tooltip).
    const where = c.table ? `表${c.table}` : (printedAt(c) ?? "说明");
    const b = citeButton(c, `${i + 1} · ${where}${c.row ? ` · ${c.row}`.slice(0, 18) : ""}`);
    b.classList.add("chip");
    list.append(b);
  });
  return list;
}

/** A small SVG bar or line chart; values come from the answer's facts. */
function chart(spec) {
  const values = spec.points.map((p) => Number(p.value));
  const max = Math.max(...values, 0) || 1;
  const ns = "http://www.w3.org/2000/svg";
  const W = 320;
  const rowH = 26;
  const svg = document.createElementNS(ns, "svg");
  const figure = document.createElement("figure");
  figure.className = "chart";
  const caption = document.createElement("figcaption");
  caption.textContent = `${spec.title}（${spec.measure}）`;
  if (spec.type === "line") {
    const H = 140;
    svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
    const step = values.length > 1 ? (W - 60) / (values.length - 1) : 0;
    const pts = values.map((v, i) => [30 + i * step, H - 30 - (v / max) * (H - 50)]);
    const line = document.createElementNS(ns, "polyline");
    line.setAttribute("points", pts.map((p) => p.join(",")).join(" "));
    line.setAttribute("fill", "none");
    line.setAttribute("stroke", "#1f6feb");
    line.setAttribute("stroke-width", "2");
    svg.append(line);
    pts.forEach(([x, y], i) => {
      const dot = document.createElementNS(ns, "circle");
      dot.setAttribute("cx", x);
      dot.setAttribute("cy", y);
      dot.setAttribute("r", "4");
      dot.setAttribute("fill", "#1f6feb");
      const label = document.createElementNS(ns, "text");
      label.setAttribute("x", x);
      label.setAttribute("y", H - 10);
      label.setAttribute("text-anchor", "middle");
      label.setAttribute("font-size", "11");
      label.textContent = `${spec.points[i].label} ${spec.points[i].value}`;
      svg.append(dot, label);
    });
  } else {
    svg.setAttribute("viewBox", `0 0 ${W} ${rowH * values.length + 4}`);
    values.forEach((v, i) => {
      const y = i * rowH + 2;
      const bar = document.createElementNS(ns, "rect");
      bar.setAttribute("x", "110");
      bar.setAttribute("y", String(y + 4));
      bar.setAttribute("height", String(rowH - 10));
      bar.setAttribute("width", String(Math.max(1, (Math.abs(v) / max) * (W - 180))));
      bar.setAttribute("fill", "#1f6feb");
      const name = document.createElementNS(ns, "text");
      name.setAttribute("x", "0");
      name.setAttribute("y", String(y + rowH / 2 + 4));
      name.setAttribute("font-size", "11");
      name.textContent = spec.points[i].label.slice(0, 9);
      const val = document.createElementNS(ns, "text");
      val.setAttribute("x", String(114 + (Math.abs(v) / max) * (W - 180)));
      val.setAttribute("y", String(y + rowH / 2 + 4));
      val.setAttribute("font-size", "11");
      val.textContent = spec.points[i].value;
      svg.append(bar, name, val);
    });
  }
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", caption.textContent);
  figure.append(svg, caption);
  return figure;
}

function addUser(text) {
  const li = document.createElement("li");
  li.className = "msg user";
  const p = document.createElement("p");
  p.textContent = text;
  li.append(p);
  log.append(li);
  li.scrollIntoView({ block: "end" });
}

function addAssistant() {
  const li = document.createElement("li");
  li.className = "msg assistant";
  const body = document.createElement("div");
  body.className = "answer";
  body.setAttribute("data-testid", "answer");
  li.append(body);
  log.append(li);
  return { li, body };
}

function finish(view, markdown, result) {
  view.body.innerHTML = safeHtml(markdown);
  linkCitations(view.body, result?.citations ?? []);
  view.li.dataset.status = result?.status ?? "answered";
  if (result?.chart && result.chart.points?.length >= 2) view.li.append(chart(result.chart));
  if (result?.citations?.length) view.li.append(sourceChips(result.citations));
  const copy = document.createElement("button");
  copy.type = "button";
  copy.className = "ghost copy";
  copy.textContent = "复制回答";
  copy.addEventListener("click", async () => {
    await navigator.clipboard?.writeText(markdown).catch(() => undefined);
    copy.textContent = "已复制";
  });
  view.li.append(copy);
  view.li.scrollIntoView({ block: "end" });
}

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** POST /api/chat with stream: true and read the Server-Sent Events into `view` as they arrive. */
async function stream(messages, view) {
  let markdown = "";
  let result = null;
  const res = await fetch("/api/chat", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "text/event-stream" },
    body: JSON.stringify({ messages, stream: true }),
  });
  if (!res.ok || !res.body) {
    const error = await res.json().catch(() => ({}));
    const message =
      res.status === 429
        ? "提问太频繁了，请稍等一分钟再试。"
        : (error?.error?.message ?? `请求失败（${res.status}）`);
    throw new HttpError(res.status, message);
  }
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let cut;
    while ((cut = buffer.indexOf("\n\n")) >= 0) {
      const event = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      const data = event
        .split("\n")
        .filter((l) => l.startsWith("data: "))
        .map((l) => l.slice(6))
        .join("\n");
      if (!data) continue;
      const msg = JSON.parse(data);
      if (msg.type === "delta") {
        markdown += msg.text;
        view.body.innerHTML = safeHtml(markdown);
      } else if (msg.type === "replace") {
        // A refined wording of the same answer (same figures), sent once if it came in time.
        markdown = msg.text;
        view.body.innerHTML = safeHtml(markdown);
      } else if (msg.type === "meta") result = msg;
      else if (msg.type === "error") throw new Error(msg.message);
    }
  }
  return { markdown, result };
}

/**
 * Ask a question with the conversation so far. A 4xx refusal of a conversation (never expected:
 * the server accepts any length) is retried once with the question alone, so the page is never
 * stuck; any other failure puts the question back in the box to send again.
 */
async function ask(question) {
  const history = conversation.slice();
  conversation.push({ role: "user", content: question });
  addUser(question);
  const view = addAssistant();
  view.body.textContent = "…";
  try {
    let answer;
    try {
      answer = await stream(outgoing(conversation), view);
    } catch (error) {
      const refused = error instanceof HttpError && error.status >= 400 && error.status < 500;
      if (!refused || error.status === 429 || !history.length) throw error;
      conversation = [{ role: "user", content: question }];
      answer = await stream(outgoing(conversation), view);
      view.li.dataset.restarted = "true";
      answer.markdown = `（之前的对话无法继续，已按新对话回答。）\n\n${answer.markdown}`;
    }
    finish(view, answer.markdown, answer.result);
    conversation.push({ role: "assistant", content: answer.markdown, result: answer.result });
  } catch (error) {
    view.body.textContent = `出错了：${error.message}`;
    view.li.dataset.status = "error";
    conversation = history;
    if (!input.value) input.value = question;
  }
  save();
}

async function openSource(citation) {
  panel.hidden = false;
  $("panel-title").textContent = "出处";
  $("panel-meta").textContent =
    `${citation.unit} ${citation.year}年度${citation.kind}${printedAt(citation) ? ` · ${printedAt(citation)}` : ""}`;
  $("panel-body").textContent = "加载中…";
  try {
    const res = await fetch(`/api/sources/${encodeURIComponent(citation.id)}`);
    if (!res.ok) throw new Error(`无法打开出处（${res.status}）`);
    const source = await res.json();
    $("panel-title").textContent = source.title;
    $("panel-body").innerHTML = safeHtml(source.markdown);
    // A PDF source: the printed page with the cited cell or line outlined (text view folded below).
    if (source.fileUrl && source.page) return void (await showPrintedPage($("panel-body"), source));
    const target = $("panel-body").querySelector("strong, mark");
    target?.classList.add("hit");
    target?.scrollIntoView({ block: "center" });
  } catch (error) {
    $("panel-body").textContent = error.message;
  }
}

async function showDocuments() {
  panel.hidden = false;
  $("panel-title").textContent = "已收录的文件";
  $("panel-meta").textContent = "核对提示是入库时发现的前后不一致，回答会同时列出两种说法。";
  $("panel-body").textContent = "加载中…";
  const res = await fetch("/api/documents");
  const { documents } = await res.json();
  const list = document.createElement("ul");
  list.className = "docs";
  for (const d of documents) {
    const li = document.createElement("li");
    const h = document.createElement("h3");
    h.textContent = `${d.unit} · ${d.year}年度${d.kind}`;
    const p = document.createElement("p");
    p.className = "meta";
    p.textContent = `${d.counts.tables} 张表 · ${d.counts.facts} 条数据 · ${d.warnings.length} 条核对提示`;
    li.append(h, p);
    if (d.report) li.append(reportDetails(d.report));
    const shown = d.warnings.filter((w) => w.code !== "rounding");
    if (shown.length) {
      const details = document.createElement("details");
      const summary = document.createElement("summary");
      summary.textContent = `核对提示（${shown.length}）`;
      const ul = document.createElement("ul");
      for (const w of shown) {
        const item = document.createElement("li");
        item.textContent = w.message;
        ul.append(item);
      }
      details.append(summary, ul);
      li.append(details);
    }
    list.append(li);
  }
  $("panel-body").replaceChildren(list);
}

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
  text_repeat: "说明中重复出现的数字",
  table_text: "说明与表中数字",
};

function percentText(passed, total) {
  return `${((passed / total) * 100).toFixed(1).replace(/\.0$/, "")}%`;
}

/** The understanding report: a "表 9 · 校验 98%" badge that opens the tables found and the failed checks. */
function reportDetails(report) {
  const { tables, missing, checks } = report;
  const standard = tables.filter((t) => t.standard);
  const details = document.createElement("details");
  details.className = "report";
  const summary = document.createElement("summary");
  const badge = document.createElement("span");
  badge.className = "badge";
  const rate = checks.total ? checks.passed / checks.total : null;
  badge.dataset.level = rate === null ? "none" : rate >= 0.99 ? "good" : rate >= 0.9 ? "fair" : "poor";
  badge.textContent = `表 ${standard.length || tables.length} · 校验 ${rate === null ? "—" : percentText(checks.passed, checks.total)}`;
  summary.append(badge);
  summary.title =
    `识别出 ${standard.length} 张标准表（共 ${tables.length} 张表）；` +
    (checks.total ? `${checks.total} 项校验中 ${checks.passed} 项成立` : "没有可校验的数字");
  details.append(summary);

  const list = document.createElement("ul");
  list.className = "report-tables";
  for (const t of tables) {
    const item = document.createElement("li");
    item.textContent = `${t.standard ? "✓" : "·"} ${t.title} · ${t.rows} 行 · ${t.facts} 个数 · ${t.amountUnit}`;
    if (!t.standard) item.className = "meta";
    list.append(item);
  }
  details.append(list);
  if (missing.length && standard.length) {
    const p = document.createElement("p");
    p.className = "meta";
    p.textContent = `未找到：${missing.join("、")}`;
    details.append(p);
  }
  const failedCount = checks.total - checks.passed;
  const p = document.createElement("p");
  p.className = "meta";
  p.textContent = checks.total
    ? `${checks.total} 项校验，${checks.passed} 项成立（含尾数差），${failedCount} 项不成立`
    : "没有可校验的数字";
  details.append(p);
  if (checks.failed.length) {
    const failures = document.createElement("ul");
    failures.className = "report-failures";
    for (const f of checks.failed) {
      const item = document.createElement("li");
      item.textContent = `${CHECK_KINDS[f.kind] ?? f.kind}：${f.message}`;
      failures.append(item);
    }
    if (failedCount > checks.failed.length) {
      const more = document.createElement("li");
      more.className = "meta";
      more.textContent = `另有 ${failedCount - checks.failed.length} 项未列出`;
      failures.append(more);
    }
    details.append(failures);
  }
  return details;
}

function restore() {
  for (const m of conversation) {
    if (m.role === "user") addUser(m.content);
    else finish(addAssistant(), m.content, m.result);
  }
}

for (const s of SUGGESTIONS) {
  const b = document.createElement("button");
  b.type = "button";
  b.className = "chip";
  b.textContent = s;
  b.addEventListener("click", () => {
    input.value = s;
    form.requestSubmit();
  });
  $("suggestions").append(b);
}

form.addEventListener("submit", (e) => {
  e.preventDefault();
  const q = input.value.trim();
  if (!q) return;
  input.value = "";
  $("send").disabled = true;
  ask(q).finally(() => ($("send").disabled = false));
});
input.addEventListener("keydown", (e) => {
  if (e.key === "Enter" && !e.shiftKey) {
    e.preventDefault();
    form.requestSubmit();
  }
});
$("close-panel").addEventListener("click", () => (panel.hidden = true));
$("show-docs").addEventListener("click", () => void showDocuments());
$("new-chat").addEventListener("click", () => {
  conversation = [];
  save();
  log.replaceChildren();
  panel.hidden = true;
});
restore();
