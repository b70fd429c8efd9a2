import { parseSse } from "../server/testing/http-harness.js";
import { AT_LABEL, DUTIES_QUESTION, FORMULA_LABEL } from "../server/testing/planted-document.js";

/**
 * The fault and hostile-input cases of `npm run chaos`, each against the real server (or the
 * real ingest CLI) on loopback. A case returns what it observed; `ok` says whether that is what
 * was expected.
 */
export interface Observed {
  ok: boolean;
  observed: string;
}

export interface Case {
  name: string;
  expected: string;
  run: () => Promise<Observed>;
}

export interface Target {
  url: string;
  port: number;
  adminToken: string;
  work: string;
}

const Q = "驻北京联络处三公经费是多少";
const user = (content: string) => ({ role: "user" as const, content });

export async function chat(url: string, body: unknown, headers: Record<string, string> = {}) {
  const started = performance.now();
  const res = await fetch(`${url}/api/chat`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await res.text();
  const ms = Math.round(performance.now() - started);
  let json: { answer?: string; status?: string; error?: { code: string; message: string } } = {};
  try {
    json = JSON.parse(text);
  } catch {
    // An SSE body, read by the caller from `text`.
  }
  return { status: res.status, json, text, ms };
}

const answered = (r: Awaited<ReturnType<typeof chat>>, contains: string): Observed => ({
  ok: r.status === 200 && r.json.status === "answered" && !!r.json.answer?.includes(contains),
  observed: `${r.status} ${r.json.status ?? r.json.error?.code} ${r.json.answer?.includes(contains) ? `“${contains}”` : "no figure"} (${r.ms} ms)`,
});
const refused = (r: Awaited<ReturnType<typeof chat>>, status: number): Observed => ({
  ok: r.status === status,
  observed: `${r.status} ${r.json.error?.code ?? ""}: ${(r.json.error?.message ?? "").slice(0, 60)} (${r.ms} ms)`,
});
const inert = (text: string) => !/<\s*(img|script|iframe)/i.test(text) && !/javascript:/i.test(text);

/** Real answers repeated to a ranking's length over 200 units: the conversation the page keeps. */
async function longConversation(url: string, turns: number) {
  const history: { role: "user" | "assistant"; content: string }[] = [];
  const questions = ["哪个单位三公经费最高", "市政府办有几辆公车", "驻北京联络处的主要职责是什么"];
  for (let turn = 1; turn < turns; turn++) {
    const question = turn === turns - 1 ? Q : questions[turn % questions.length];
    const r = await chat(url, { messages: [...history, user(question)] });
    if (r.status !== 200) return { history, failedAt: turn, status: r.status };
    history.push(user(question), {
      role: "assistant",
      content: r.json.answer!.repeat(Math.ceil(22_000 / r.json.answer!.length)),
    });
  }
  return { history, failedAt: 0, status: 200 };
}

export function conversationCases(t: Target): Case[] {
  return [
    {
      name: "31-turn conversation, 22,000-character answers",
      expected: "every turn 200; turn 31 a follow-up from context (3.60万元)",
      run: async () => {
        const { history, failedAt, status } = await longConversation(t.url, 31);
        if (failedAt) return { ok: false, observed: `turn ${failedAt}: ${status}` };
        const body = { messages: [...history, user("其中公务接待费呢？")] };
        const r = await chat(t.url, body);
        const mb = (Buffer.byteLength(JSON.stringify(body)) / 2 ** 20).toFixed(1);
        const seen = answered(r, "3.60万元");
        return { ...seen, observed: `${seen.observed}, body ${mb} MB` };
      },
    },
    {
      name: "2,000 short messages",
      expected: "200 (the server keeps the recent turns)",
      run: async () => {
        const messages = Array.from({ length: 1999 }, (_, i) =>
          i % 2 ? { role: "assistant", content: "好的" } : user("你好"),
        );
        return answered(await chat(t.url, { messages: [...messages, user(Q)] }), "23.30万元");
      },
    },
    {
      name: "question of 4,001 characters",
      expected: "400 naming messages.0.content",
      run: async () => refused(await chat(t.url, { messages: [user("问".repeat(4001))] }), 400),
    },
    {
      name: "question of 64,000 characters",
      expected: "400 at once (the planner never sees it)",
      run: async () => {
        const r = await chat(t.url, { messages: [user(Q.repeat(Math.ceil(64_000 / Q.length)))] });
        return { ...refused(r, 400), ok: r.status === 400 && r.ms < 1000 };
      },
    },
    {
      name: "body of 9 MB",
      expected: "413 PAYLOAD_TOO_LARGE",
      run: async () => refused(await chat(t.url, { messages: [user("x".repeat(9 * 2 ** 20))] }), 413),
    },
    {
      name: "malformed JSON",
      expected: "400 BAD_REQUEST",
      run: async () => refused(await chat(t.url, '{"messages": ['), 400),
    },
  ];
}

export function inputCases(t: Target): Case[] {
  const clarify = async (text: string): Promise<Observed> => {
    const r = await chat(t.url, { messages: [user(text)] });
    return {
      ok: r.status === 200 && r.json.status === "clarify",
      observed: `${r.status} ${r.json.status}: ${r.json.answer?.slice(0, 24)}…`,
    };
  };
  return [
    { name: "“？？？”", expected: "200 clarify with examples", run: () => clarify("？？？") },
    { name: "emoji only", expected: "200 clarify with examples", run: () => clarify("😀👍🎉") },
    {
      name: "zero-width characters inside the unit name",
      expected: "answered as without them (23.30万元)",
      run: async () =>
        answered(
          await chat(t.url, { messages: [user("驻北\u200B京联络\u200D处\uFEFF三公经费是多少")] }),
          "23.30万元",
        ),
    },
    {
      name: "control and bidi characters in the question",
      expected: "answered (23.30万元)",
      run: async () =>
        answered(
          await chat(t.url, { messages: [user("\u202E驻北京联络处\u0007三公经费\u0000是多少")] }),
          "23.30万元",
        ),
    },
    {
      name: "HTML in the question",
      expected: "answer without the markup",
      run: async () => {
        const r = await chat(t.url, { messages: [user(`<img src=x onerror=alert(1)>${Q}`)] });
        return {
          ok: r.status === 200 && inert(r.json.answer ?? "<"),
          observed: `${r.status}, raw tag in answer: ${!inert(r.json.answer ?? "<")}`,
        };
      },
    },
    {
      name: "aborted SSE stream",
      expected: "the next request is served",
      run: async () => {
        const abort = new AbortController();
        const res = await fetch(`${t.url}/api/chat`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ messages: [user("哪个单位三公经费最高")], stream: true }),
          signal: abort.signal,
        });
        await res.body!.getReader().read();
        abort.abort();
        return answered(await chat(t.url, { messages: [user(Q)] }), "23.30万元");
      },
    },
    {
      name: "path traversal to package.json",
      expected: "404",
      run: async () => {
        const res = await fetch(`${t.url}/vendor/marked/../../package.json`);
        return { ok: res.status === 404, observed: String(res.status) };
      },
    },
  ];
}

export function documentCases(t: Target): Case[] {
  const beijing = encodeURIComponent("株洲市人民政府驻北京联络处");
  return [
    {
      name: "HTML + javascript: link in a document → answer",
      expected: "no raw tag, no script URL (JSON and SSE)",
      run: async () => {
        const json = await chat(t.url, { messages: [user(DUTIES_QUESTION)] });
        const sse = await chat(t.url, { messages: [user(DUTIES_QUESTION)], stream: true });
        const text = parseSse(sse.text)
          .flatMap((e) => (e.type === "delta" ? [e.text] : []))
          .join("");
        const quoted = json.json.answer?.includes("&lt;img") ?? false;
        return {
          ok: quoted && inert(json.json.answer!) && inert(text),
          observed: `quoted as text: ${quoted}; JSON inert ${inert(json.json.answer ?? "<")}, SSE inert ${inert(text)}`,
        };
      },
    },
    {
      name: "HTML in a document → source views",
      expected: "no raw tag in the section or table view",
      run: async () => {
        const r = await chat(t.url, { messages: [user(DUTIES_QUESTION)] });
        const citation = (JSON.parse(r.text) as { citations: { id: string }[] }).citations[0];
        const section = await (await fetch(`${t.url}/api/sources/${encodeURIComponent(citation.id)}`)).json();
        const facts = await (await fetch(`${t.url}/api/facts?unit=${beijing}&limit=5000`)).json();
        const fact = facts.facts.find((f: { row: string }) => f.row === AT_LABEL);
        const table = await (await fetch(`${t.url}/api/sources/${encodeURIComponent(fact.id)}`)).json();
        return {
          ok: inert(section.markdown) && inert(table.markdown),
          observed: `section inert ${inert(section.markdown)}, table inert ${inert(table.markdown)}`,
        };
      },
    },
    {
      name: "formula row labels in a document → CSV",
      expected: "cells start with ' ; -7.65 stays a number",
      run: async () => {
        const csv = await (await fetch(`${t.url}/api/facts?format=csv&unit=${beijing}`)).text();
        const quoted =
          csv.includes(`"'${FORMULA_LABEL.replace(/"/g, '""')}"`) && csv.includes(`'${AT_LABEL}`);
        const live = /(^|,)"?[=@+]/m.test(csv);
        const negative = /,-7\.65,/.test(csv);
        return {
          ok: quoted && !live && negative,
          observed: `quoted ${quoted}, live formula ${live}, -7.65 plain ${negative}`,
        };
      },
    },
    {
      name: "CSV export with limit=10",
      expected: "header + 10 rows",
      run: async () => {
        const csv = await (await fetch(`${t.url}/api/facts?format=csv&limit=10`)).text();
        const lines = csv.trimEnd().split("\n").length;
        return { ok: lines === 11, observed: `${lines} lines, ${csv.length} chars` };
      },
    },
    {
      name: "cross-origin POST /api/admin/reload",
      expected: "403, nothing reloaded",
      run: async () => {
        const res = await fetch(`${t.url}/api/admin/reload`, {
          method: "POST",
          headers: {
            authorization: `Bearer ${t.adminToken}`,
            origin: "http://evil.example",
            "sec-fetch-site": "cross-site",
          },
        });
        return { ok: res.status === 403, observed: `${res.status} ${(await res.json()).error?.message}` };
      },
    },
    {
      name: "POST /api/admin/reload without the token",
      expected: "403",
      run: async () => {
        const res = await fetch(`${t.url}/api/admin/reload`, { method: "POST" });
        return { ok: res.status === 403, observed: `${res.status} ${(await res.json()).error?.message}` };
      },
    },
    {
      name: "same-origin reload with the token, 3 times",
      expected: "200, the served generation not loaded again",
      run: async () => {
        const bodies: string[] = [];
        for (let i = 0; i < 3; i++) {
          const res = await fetch(`${t.url}/api/admin/reload`, {
            method: "POST",
            headers: { authorization: `Bearer ${t.adminToken}` },
          });
          bodies.push(
            `${res.status} ${JSON.stringify(await res.json()).includes('"unchanged":true') ? "unchanged" : "loaded"}`,
          );
        }
        return { ok: bodies.every((b) => b === "200 unchanged"), observed: bodies.join(", ") };
      },
    },
  ];
}
