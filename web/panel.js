// The side panel (a bottom sheet on a phone) that shows a source, the document list or a document.
import { $, button, el } from "./dom.js";

let opener;

/** Open the panel with a title and a line under it; returns the emptied body to fill. */
export function openPanel(title, meta = "") {
  const panel = $("panel");
  if (panel.hidden) opener = document.activeElement;
  panel.hidden = false;
  $("panel-title").textContent = title;
  $("panel-meta").textContent = meta;
  const body = $("panel-body");
  body.replaceChildren(el("p", { className: "meta loading" }, "加载中…"));
  return body;
}

export function closePanel() {
  $("panel").hidden = true;
  if (opener?.isConnected) opener.focus();
}

/** An error in the panel in Chinese, with a button that runs `retry`. */
export function panelError(body, message, retry) {
  body.replaceChildren(
    el(
      "div",
      { className: "error-box", role: "alert" },
      el("p", {}, message),
      retry ? button("重试", retry, { className: "ghost retry" }) : "",
    ),
  );
}

/** Why a fetch failed, in words for the reader. */
export function fetchProblem(error, what) {
  if (error instanceof TypeError) return `无法连接服务器，${what}加载失败。请检查网络后重试。`;
  return `${what}加载失败（${error.message}）。`;
}

/** fetch JSON or throw an Error naming the HTTP status. */
export async function getJson(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(res.status === 404 ? "没有找到" : `HTTP ${res.status}`);
  return res.json();
}

export function setupPanel() {
  $("close-panel").addEventListener("click", closePanel);
  $("panel").addEventListener("keydown", (e) => e.key === "Escape" && closePanel());
}
