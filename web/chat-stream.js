// POST /api/chat with stream: true, read as Server-Sent Events. Errors become a ChatError with
// a message in Chinese for the reader and a kind the page acts on (retry, restart, stop).

/** Why a question got no answer, in the words shown to the reader. */
const MESSAGES = {
  offline: "无法连接服务器，请检查网络或稍后重试。",
  busy: "提问太频繁了，请稍等一分钟再试。",
  starting: "服务正在加载文件索引，请稍后重试。",
  server: "服务器出错了，请重试。",
  refused: "服务器拒绝了这个请求",
  broken: "回答中途中断了，请重试。",
};

export class ChatError extends Error {
  /** kind: offline | busy | starting | server | refused | broken | aborted */
  constructor(kind, message, status) {
    super(message ?? MESSAGES[kind]);
    this.kind = kind;
    this.status = status;
  }
}

async function refusal(res) {
  const body = await res.json().catch(() => ({}));
  const detail = body?.error?.message;
  if (res.status === 429) return new ChatError("busy", undefined, 429);
  if (res.status === 503) return new ChatError("starting", undefined, 503);
  if (res.status >= 500) return new ChatError("server", undefined, res.status);
  return new ChatError(
    "refused",
    `${MESSAGES.refused}（${res.status}${detail ? `：${detail}` : ""}）`,
    res.status,
  );
}

/** The `data:` payloads of the complete events in `buffer`, and what is left over. */
function takeEvents(buffer) {
  const events = [];
  let cut;
  while ((cut = buffer.indexOf("\n\n")) >= 0) {
    const data = buffer
      .slice(0, cut)
      .split("\n")
      .filter((l) => l.startsWith("data: "))
      .map((l) => l.slice(6))
      .join("\n");
    buffer = buffer.slice(cut + 2);
    if (data) events.push(JSON.parse(data));
  }
  return { events, rest: buffer };
}

/**
 * Ask with `messages`; `onText(markdown)` is called with the whole text so far after each delta
 * (or a refined "replace"). Resolves to { markdown, result } where result is the "meta" event.
 */
export async function streamChat(messages, { signal, onText }) {
  let res;
  try {
    res = await fetch("/api/chat", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream" },
      body: JSON.stringify({ messages, stream: true }),
      signal,
    });
  } catch (error) {
    throw signal?.aborted
      ? new ChatError("aborted", "已停止")
      : new ChatError("offline", undefined, 0, error);
  }
  if (!res.ok || !res.body) throw await refusal(res);
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let markdown = "";
  let result = null;
  let buffer = "";
  for (;;) {
    let chunk;
    try {
      chunk = await reader.read();
    } catch (error) {
      throw signal?.aborted
        ? new ChatError("aborted", "已停止")
        : new ChatError("broken", undefined, 0, error);
    }
    if (chunk.done) break;
    const { events, rest } = takeEvents(buffer + decoder.decode(chunk.value, { stream: true }));
    buffer = rest;
    for (const msg of events) {
      if (msg.type === "delta") markdown += msg.text;
      else if (msg.type === "replace") markdown = msg.text;
      else if (msg.type === "meta") result = msg;
      else if (msg.type === "error") throw new ChatError("server", msg.message);
      if (msg.type === "delta" || msg.type === "replace") onText?.(markdown);
    }
  }
  if (!result) throw new ChatError("broken");
  return { markdown, result };
}
