// The chat page: wires the question box, the conversations and their history list, the panel
// (sources, documents), the theme toggle and the empty state. Each part lives in its own module.
import { $, button, el } from "./dom.js";
import { Conversations } from "./conversations.js";
import { Composer } from "./composer.js";
import { ChatController } from "./chat-controller.js";
import { renderHistory } from "./history-list.js";
import { emptyState } from "./suggestions.js";
import { loadCatalog } from "./catalog.js";
import { openSource } from "./source-panel.js";
import { showDocuments } from "./documents-panel.js";
import { closePanel, fetchProblem, setupPanel } from "./panel.js";
import { downloadConversation } from "./exports.js";
import { setupTheme } from "./theme.js";

const store = new Conversations();
let catalog;
let catalogProblem;

const composer = new Composer(
  { form: $("ask"), input: $("question"), send: $("send"), stop: $("stop") },
  (q) => chat.ask(q),
);

function renderEmpty() {
  const box = $("suggestions");
  if (catalog) return box.replaceChildren(emptyState(catalog, (q) => chat.ask(q)));
  if (!catalogProblem) return box.replaceChildren(el("p", { className: "meta" }, "正在读取已收录的文件…"));
  box.replaceChildren(
    el(
      "div",
      { className: "error-box", role: "alert" },
      el("p", {}, catalogProblem),
      button("重试", () => void fetchCatalog(), { className: "ghost retry" }),
    ),
  );
}

const chat = new ChatController({
  store,
  log: $("log"),
  empty: $("suggestions"),
  composer,
  catalog: () => catalog,
  openSource,
  renderEmpty,
  onChange: () => drawHistory(),
});

async function fetchCatalog() {
  catalogProblem = undefined;
  renderEmpty();
  try {
    catalog = await loadCatalog(true);
  } catch (error) {
    catalogProblem = fetchProblem(error, "文件目录");
  }
  if (!store.active.messages.length) renderEmpty();
}

function drawHistory() {
  renderHistory($("history-list"), store, {
    onOpen: (id) => {
      if (chat.busyNow) return;
      store.select(id);
      chat.render();
      drawHistory();
      showHistory(false);
    },
    onChange: (removed) => {
      if (removed) chat.render();
      drawHistory();
    },
  });
}

/** On a phone the history is a drawer opened from the header. */
function showHistory(open) {
  $("history").classList.toggle("open", open);
  $("toggle-history").setAttribute("aria-expanded", String(open));
}

$("new-chat").addEventListener("click", () => {
  if (chat.busyNow) return;
  store.create();
  chat.render();
  drawHistory();
  closePanel();
  $("question").focus();
});
$("toggle-history").addEventListener("click", () => showHistory(!$("history").classList.contains("open")));
$("export-chat").addEventListener(
  "click",
  () => store.active.messages.length && downloadConversation(store.active),
);
$("show-docs").addEventListener("click", () => void showDocuments());
setupPanel();
setupTheme($("theme-toggle"));
chat.render();
drawHistory();
void fetchCatalog();
