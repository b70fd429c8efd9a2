// Downloads: a POST to the export routes saved as a file, and the conversation as Markdown.
import { announce, saveBlob } from "./dom.js";

/** POST `body` as JSON to `url` and save the response as `name`; `control` shows progress. */
export async function downloadPost(url, body, name, control) {
  const label = control?.textContent;
  if (control) {
    control.disabled = true;
    control.textContent = "正在生成…";
  }
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`导出失败（${res.status}）`);
    saveBlob(await res.blob(), name);
    announce(`已下载 ${name}`);
  } catch (error) {
    announce(error instanceof TypeError ? "无法连接服务器，导出失败" : error.message);
    if (control) control.title = error.message;
  } finally {
    if (control) {
      control.disabled = false;
      control.textContent = label;
    }
  }
}

/** The cited facts of an answer as CSV (formulas neutralised on the server, as /api/facts does). */
export function downloadFactsCsv(citations, control) {
  const ids = [...new Set(citations.map((c) => c.id))];
  return downloadPost("/api/export/facts.csv", { ids }, "引用数据.csv", control);
}

/** A conversation as Markdown: each question, then the answer with its sources as the server wrote them. */
export function conversationMarkdown(conversation) {
  const date = new Date(conversation.updatedAt).toLocaleString("zh-CN");
  const parts = [`# ${conversation.title || "对话"}`, `导出时间：${date}`];
  for (const m of conversation.messages)
    parts.push(m.role === "user" ? `## 问：${m.content.replace(/\n/g, " ")}` : m.content);
  return `${parts.join("\n\n")}\n`;
}

export function downloadConversation(conversation) {
  const name = `${(conversation.title || "对话").replace(/[\\/:*?"<>|\s]+/g, "_")}.md`;
  saveBlob(new Blob([conversationMarkdown(conversation)], { type: "text/markdown;charset=utf-8" }), name);
}
