import { words } from "../../../ingest/index/tokenize.js";
import { DraftBuilder } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { QueryPlan } from "../plan-schema.js";
import { retrieve } from "../retrieval.js";
import type { Scope } from "../scope.js";

/** The lines of a chunk that share the most words with the question, in document order. */
function bestLines(text: string, query: string, max = 600): string {
  const terms = new Set(words(query));
  const lines = text
    .split("\n")
    .slice(1)
    .filter((l) => l.trim());
  const scored = lines.map((l, i) => ({ l, i, s: words(l).filter((w) => terms.has(w)).length }));
  const top = [...scored]
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .slice(0, 4)
    .sort((a, b) => a.i - b.i);
  let out = "";
  for (const t of top.length ? top : scored.slice(0, 3)) {
    if (out.length + t.l.length > max) break;
    out += (out ? "\n" : "") + t.l;
  }
  return out || lines.join("\n").slice(0, max);
}

const GENERIC = new Set(
  "哪些 哪家 哪个 哪几个 几个 什么 多少 是 有 的 了 吗 呢 请问 具体 情况 性质 属于 之类 年 年度 部门 单位 决算 预算 公开 文件 主要 根据 一下 分别 说明 里 中 今年 去年 介绍 内容 相关 怎么 如何 为什么 有没有 哪里 这个 那个".split(
    " ",
  ),
);

function distinctiveWords(query: string): string[] {
  return [...new Set(words(query))].filter((w) => w.length >= 2 && !GENERIC.has(w) && !/^\d+$/.test(w));
}

/** Share of the question's distinctive words that the passages contain. */
function coverage(query: string, text: string): number {
  const distinctive = distinctiveWords(query);
  if (!distinctive.length) return 1;
  return distinctive.filter((w) => text.includes(w)).length / distinctive.length;
}

/** Questions about duties, structure, staffing, purposes: quote the documents, cite the section. */
export async function textOp(k: Knowledge, plan: QueryPlan, scopes: Scope[]): Promise<DraftBuilder> {
  const b = new DraftBuilder();
  const query = plan.textQuery ?? "";
  // Words every chunk has (年度, 部门, 决算) only blur the ranking; search with the distinctive ones.
  const focused = distinctiveWords(query).join(" ") || query;
  const hits = await retrieve(
    k,
    focused,
    { units: scopes.map((s) => s.unit), years: scopes.map((s) => s.year), type: "section" },
    3,
  );
  // Retrieval always returns something; when the passages do not contain what was asked, say so.
  if (!hits.length || coverage(query, hits.map((h) => h.chunk.text).join("\n")) < 0.5) {
    b.d.status = "not_found";
    const asked = plan.qualifiers.length ? plan.qualifiers : distinctiveWords(query).slice(0, 3);
    b.d.headline = [
      asked.length
        ? `文件中没有找到与${asked.map((w) => `“${w}”`).join("、")}相关的内容。`
        : "文件中没有找到与该问题相关的内容。",
    ];
    return b;
  }
  const first = hits[0].chunk;
  b.d.headline = [
    `以下内容摘自${first.unit}${first.year}年度${first.kind}「${first.section.join(" > ")}」：`,
  ];
  for (const h of hits.slice(0, plan.operation === "text_lookup" ? 2 : 1)) {
    b.d.passages.push({
      chunk: h.chunk,
      title: h.chunk.section.join(" > "),
      text: bestLines(h.chunk.text, query),
    });
    b.d.extraSources.push({ chunkId: h.chunk.id });
  }
  return b;
}
