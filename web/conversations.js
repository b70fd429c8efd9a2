// Conversations kept in the browser (localStorage): a list with titles, the active one, and the
// messages of each. Saving never breaks the page: when storage is full, older answers lose their
// sources, then the oldest conversations go, then the active one keeps only its recent turns.

const KEY = "budget-qa:conversations";
/** The single conversation saved by earlier versions of the page: imported once. */
const OLD_KEY = "budget-qa:conversation";
const MAX_CONVERSATIONS = 50;
const MAX_MESSAGES = 100;
const TITLE_CHARS = 30;

const newId = () => `c${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;

function validMessage(m) {
  return m && (m.role === "user" || m.role === "assistant") && typeof m.content === "string";
}

function cleanConversation(c) {
  if (!c || typeof c.id !== "string" || !Array.isArray(c.messages)) return undefined;
  return {
    id: c.id,
    title: typeof c.title === "string" ? c.title : "",
    renamed: c.renamed === true,
    createdAt: Number(c.createdAt) || Date.now(),
    updatedAt: Number(c.updatedAt) || Date.now(),
    messages: c.messages.filter(validMessage),
  };
}

function readSaved() {
  const parse = (key, fallback) => {
    try {
      return JSON.parse(localStorage.getItem(key) ?? fallback);
    } catch (error) {
      console.warn(`ignoring unreadable ${key}`, error);
      return JSON.parse(fallback);
    }
  };
  const saved = parse(KEY, "{}");
  const items = (Array.isArray(saved.items) ? saved.items : []).map(cleanConversation).filter(Boolean);
  const old = parse(OLD_KEY, "[]");
  if (Array.isArray(old) && old.some(validMessage)) {
    const messages = old.filter(validMessage);
    const imported = { ...cleanConversation({ id: newId(), messages }), title: titleOf(messages) };
    items.push(imported);
    localStorage.removeItem(OLD_KEY);
    return { items, active: imported.id };
  }
  const active = items.some((c) => c.id === saved.active) ? saved.active : items[0]?.id;
  return { items, active };
}

/** A title from the first question. */
export function titleOf(messages) {
  const first = messages.find((m) => m.role === "user")?.content.trim() ?? "";
  return first.length > TITLE_CHARS ? `${first.slice(0, TITLE_CHARS)}…` : first || "新对话";
}

export class Conversations {
  constructor() {
    const { items, active } = readSaved();
    this.items = items;
    this.activeId = active;
    if (!this.active) this.create();
  }

  get active() {
    return this.items.find((c) => c.id === this.activeId);
  }

  /** Most recently used first. */
  list() {
    return [...this.items].sort((a, b) => b.updatedAt - a.updatedAt);
  }

  /** A new empty conversation, made active; an empty active one is reused, never stacked. */
  create() {
    const current = this.active;
    if (current && !current.messages.length) return current;
    const c = {
      id: newId(),
      title: "",
      renamed: false,
      createdAt: Date.now(),
      updatedAt: Date.now(),
      messages: [],
    };
    this.items.push(c);
    this.activeId = c.id;
    this.save();
    return c;
  }

  select(id) {
    if (this.items.some((c) => c.id === id)) this.activeId = id;
    this.save();
    return this.active;
  }

  rename(id, title) {
    const c = this.items.find((x) => x.id === id);
    if (!c || !title.trim()) return;
    c.title = title.trim().slice(0, 100);
    c.renamed = true;
    this.save();
  }

  remove(id) {
    this.items = this.items.filter((c) => c.id !== id);
    if (this.activeId === id) this.activeId = this.list()[0]?.id;
    if (!this.active) this.create();
    this.save();
  }

  /** Replace the active conversation's messages (after an answer, a stop, an edit). */
  update(messages) {
    const c = this.active;
    c.messages = messages.slice(-MAX_MESSAGES);
    c.updatedAt = Date.now();
    if (!c.renamed) c.title = titleOf(c.messages);
    this.save();
  }

  save() {
    const items = this.list().slice(0, MAX_CONVERSATIONS);
    const bare = (c, keep) => ({
      ...c,
      messages: c.messages.map((m, i) =>
        i < c.messages.length - keep ? { role: m.role, content: m.content } : m,
      ),
    });
    const attempts = [
      items,
      items.map((c) => bare(c, c.id === this.activeId ? 6 : 0)),
      items.filter((c) => c.id === this.activeId).map((c) => bare(c, 2)),
      items
        .filter((c) => c.id === this.activeId)
        .map((c) => ({ ...c, messages: bare(c, 0).messages.slice(-20) })),
      [],
    ];
    for (const attempt of attempts) {
      try {
        localStorage.setItem(KEY, JSON.stringify({ version: 1, active: this.activeId, items: attempt }));
        return;
      } catch (error) {
        if (error?.name !== "QuotaExceededError") throw error;
      }
    }
  }
}
