import { pino, type DestinationStream, type Logger } from "pino";
import type { Config } from "../lib/config.js";

/**
 * The server's logger. LOG_FORMAT=json: pino's JSON lines on stdout (for collectors), as before.
 * LOG_FORMAT=text (the default): one short readable line per event on stderr, so stdout carries
 * only what a person needs (the line with the URL, see `servingLine`).
 */
const LEVELS: Record<number, string> = {
  10: "TRACE",
  20: "DEBUG",
  30: "INFO",
  40: "WARN",
  50: "ERROR",
  60: "FATAL",
};
/** Fields every pino line has, or that the text line shows in its own way. */
const SHOWN_APART = new Set(["level", "time", "pid", "hostname", "msg", "req", "res", "responseTime", "err"]);

function clock(time: unknown): string {
  const date = typeof time === "number" ? new Date(time) : new Date();
  return date.toTimeString().slice(0, 8);
}

function field(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

/** One pino JSON line as "12:00:01 INFO  message key=value": requests as "POST /api/chat 200 12ms". */
export function formatLogLine(line: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch (error) {
    return `${line.trimEnd()} (${(error as Error).message})`;
  }
  const level = (LEVELS[Number(entry.level)] ?? "LOG").padEnd(5);
  const req = entry.req as { method?: string; url?: string } | undefined;
  const res = entry.res as { statusCode?: number } | undefined;
  const parts = [clock(entry.time), level];
  if (req?.method && res?.statusCode)
    parts.push(
      `${req.method} ${req.url ?? ""} ${res.statusCode} ${Math.round(Number(entry.responseTime ?? 0))}ms`,
    );
  else if (entry.msg) parts.push(String(entry.msg));
  for (const [key, value] of Object.entries(entry))
    if (!SHOWN_APART.has(key) && value !== undefined) parts.push(`${key}=${field(value)}`);
  const err = entry.err as { message?: string } | undefined;
  if (err?.message) parts.push(`error=${field(err.message)}`);
  return parts.join(" ");
}

/** A pino destination that writes each line formatted for people. */
export function textDestination(out: { write(text: string): unknown }): DestinationStream {
  return {
    write(chunk: string) {
      for (const line of chunk.split("\n")) if (line.trim()) out.write(`${formatLogLine(line)}\n`);
    },
  };
}

export function createLogger(
  config: Pick<Config, "LOG_LEVEL" | "LOG_FORMAT">,
  options: { stream?: "stdout" | "stderr" } = {},
): Logger {
  const out = options.stream === "stderr" || config.LOG_FORMAT === "text" ? process.stderr : process.stdout;
  if (config.LOG_FORMAT === "json")
    return pino({ level: config.LOG_LEVEL }, pino.destination(out === process.stderr ? 2 : 1));
  return pino({ level: config.LOG_LEVEL }, textDestination(out));
}

/** The one line `npm start` prints on stdout: where to open the page. */
export function servingLine(host: string, port: number): string {
  const any = host === "0.0.0.0" || host === "::";
  const shown = any ? "localhost" : host.includes(":") ? `[${host}]` : host;
  const note = any ? `（监听所有网卡 ${host}，其他电脑用本机 IP 访问）` : "";
  return `budget-qa 正在运行：http://${shown}:${port}${note}`;
}
