import type { IngestRun } from "./bench-ingest.js";
import type { HttpRun } from "./bench-http.js";
import type { IncrementalRun } from "./bench-incremental.js";
import type { Latency, Shape } from "./bench-latency.js";
import type { ServerRun } from "./bench-server.js";

/** One store and corpus size in eval/bench.json; a phase that failed or was skipped says why. */
export interface SizeResult {
  store: "sqlite" | "postgres";
  docs: number;
  corpusSeconds?: number;
  ingest?: IngestRun;
  answer?: { openMs: number; byShape: Record<Shape, Latency> };
  server?: ServerRun;
  http?: HttpRun;
  incremental?: IncrementalRun;
  /** Phase → error message or "TODO: …" for a phase that could not run. */
  problems: Record<string, string>;
}

const mb = (bytes?: number) => (bytes === undefined ? "–" : `${Math.round(bytes / 2 ** 20)} MiB`);
const gibOrMib = (bytes?: number) =>
  bytes === undefined ? "–" : bytes >= 2 ** 30 ? `${(bytes / 2 ** 30).toFixed(2)} GiB` : mb(bytes);
const ms = (l?: Latency) => (l ? `${fmt(l.p50Ms)} / ${fmt(l.p99Ms)}` : "–");
const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const int = (n?: number) => (n === undefined ? "–" : n.toLocaleString("en-US"));

function row(cells: string[]): string {
  return `| ${cells.join(" | ")} |`;
}

/** The Markdown tables `npm run bench` prints and the README's Performance section quotes. */
export function markdown(results: SizeResult[]): string {
  const label = (r: SizeResult) => `${r.store === "sqlite" ? "SQLite" : "PostgreSQL"}, ${int(r.docs)} docs`;
  const ingest = [
    row(["corpus", "facts", "ingest", "docs/s", "facts/s", "index on disk", "ingest peak RSS", "+1 doc"]),
    row(Array(8).fill("---")),
    ...results.map((r) =>
      row([
        label(r),
        int(r.ingest?.facts),
        r.ingest ? `${int(Math.round(r.ingest.seconds))} s` : "–",
        r.ingest ? String(r.ingest.documentsPerSecond) : "–",
        int(r.ingest?.factsPerSecond),
        gibOrMib(r.ingest?.indexBytes),
        gibOrMib(r.ingest?.peakRssBytes),
        incrementalCell(r.incremental),
      ]),
    ),
  ];
  const server = [
    row([
      "corpus",
      "server start",
      "RSS start",
      "RSS / HWM after 1,000 q",
      "after load",
      "/api/chat req/s",
      "trivial Express",
      "ratio",
      "no answer cache: req/s, ratio",
    ]),
    row(Array(9).fill("---")),
    ...results.map((r) =>
      row([
        label(r),
        r.server ? `${(r.server.startupMs / 1000).toFixed(1)} s` : "–",
        mb(r.server?.afterStart.rssBytes),
        r.server ? `${mb(r.server.afterQuestions.rssBytes)} / ${mb(r.server.afterQuestions.hwmBytes)}` : "–",
        r.http ? `${mb(r.http.serverMemoryAfter.rssBytes)} / ${mb(r.http.serverMemoryAfter.hwmBytes)}` : "–",
        r.http ? `${fmt(r.http.chat.requestsPerSecond)} (p99 ${r.http.chat.latencyMs.p99} ms)` : "–",
        r.http ? fmt(r.http.baseline.requestsPerSecond) : "–",
        r.http ? r.http.ratio.toFixed(2) : "–",
        r.http?.uncached
          ? `${fmt(r.http.uncached.requestsPerSecond)} (p99 ${r.http.uncached.latencyMs.p99} ms), ${r.http.uncached.ratio.toFixed(2)}`
          : "–",
      ]),
    ),
  ];
  const latency = [
    row([
      "corpus (p50 / p99 ms)",
      "gold",
      "`<unit><year>年三公经费是多少`",
      "ranking, all units",
      "text",
      "slowest",
    ]),
    row(Array(6).fill("---")),
    ...results.map((r) => {
      const b = r.answer?.byShape;
      const worst = b
        ? Object.values(b).sort((x, y) => (y.slowest?.ms ?? 0) - (x.slowest?.ms ?? 0))[0]
        : undefined;
      return row([
        label(r),
        ms(b?.gold),
        ms(b?.unitValue),
        ms(b?.ranking),
        ms(b?.text),
        worst?.slowest ? `${worst.slowest.ms} ms: ${worst.slowest.text}` : "–",
      ]);
    }),
  ];
  const problems = results.flatMap((r) =>
    Object.entries(r.problems).map(([phase, message]) => `- ${label(r)}, ${phase}: ${message}`),
  );
  return [...ingest, "", ...server, "", ...latency, ...(problems.length ? ["", ...problems] : [])].join("\n");
}

/** The first one-document ingest, and the series after it when measured. */
function incrementalCell(run: IncrementalRun | undefined): string {
  if (!run) return "–";
  const first = `${run.addSeconds.toFixed(2)} s`;
  return run.series
    ? `${first}; ${run.series.count} more: median ${run.series.medianSeconds.toFixed(2)}, max ${run.series.maxSeconds.toFixed(2)} s`
    : first;
}
