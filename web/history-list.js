// The list of conversations: open, rename (inline), delete (after confirmation), newest first.
import { button, el } from "./dom.js";

function renameInPlace(item, conversation, store, onChange) {
  const input = el("input", {
    type: "text",
    className: "conv-title-input",
    value: conversation.title || "新对话",
    "aria-label": "对话名称",
    maxLength: 100,
  });
  let done = false;
  const finish = (save) => {
    if (done) return;
    done = true;
    if (save && input.value.trim()) store.rename(conversation.id, input.value);
    onChange();
  };
  input.addEventListener("keydown", (e) => {
    if (e.key === "Enter") finish(true);
    if (e.key === "Escape") finish(false);
  });
  input.addEventListener("blur", () => finish(true));
  item.replaceChildren(input);
  input.focus();
  input.select();
}

/** Draw the list into `container`; `onOpen(id)` opens one, `onChange()` redraws after an edit. */
export function renderHistory(container, store, { onOpen, onChange }) {
  const list = el("ul", { className: "conv-list" });
  for (const c of store.list()) {
    const title = c.title || "新对话";
    const active = c.id === store.activeId;
    const item = el("li", { className: active ? "conv active" : "conv", "data-id": c.id });
    item.append(
      button(title, () => onOpen(c.id), {
        className: "conv-open",
        "aria-current": active ? "true" : undefined,
        title,
      }),
      button("改名", () => renameInPlace(item, c, store, onChange), {
        className: "ghost conv-rename",
        "aria-label": `重命名：${title}`,
      }),
      button(
        "删除",
        () => {
          if (!confirm(`删除对话“${title}”？删除后无法恢复。`)) return;
          store.remove(c.id);
          onChange(true);
        },
        { className: "ghost conv-delete", "aria-label": `删除：${title}` },
      ),
    );
    list.append(item);
  }
  container.replaceChildren(list);
}
