// Asking, stopping, regenerating and editing within the active conversation, and drawing it.
import { streamChat } from "./chat-stream.js";
import { AnswerView, userView } from "./answer-view.js";
import { announce, el } from "./dom.js";

/** What a question carries of the conversation: the server reads only the recent turns anyway. */
const SEND_MESSAGES = 24;
const SEND_ANSWER_CHARS = 4000;

/** The messages a question is sent with: the recent turns, long answers cut short. */
export function outgoing(history) {
  return history.slice(-SEND_MESSAGES).map(({ role, content }) => ({
    role,
    content:
      role === "assistant" && content.length > SEND_ANSWER_CHARS
        ? content.slice(0, SEND_ANSWER_CHARS)
        : content,
  }));
}

/** The citation fields a feedback record keeps. */
function citationRecord(c) {
  const keep = ["id", "docId", "unit", "year", "kind", "table", "section", "row", "column", "lines", "page"];
  return Object.fromEntries(keep.filter((k) => c[k] !== undefined && c[k] !== null).map((k) => [k, c[k]]));
}

export class ChatController {
  /** deps: { store, log, empty, composer, catalog(), openSource, renderEmpty, onChange } */
  constructor(deps) {
    Object.assign(this, deps);
    this.busyNow = false;
  }

  get messages() {
    return this.store.active.messages;
  }

  /** The context an answer's view needs: follow-ups, regenerate (last answer only), feedback. */
  context(messages, i) {
    const m = messages[i];
    const question = messages[i - 1]?.content ?? "";
    return {
      catalog: this.catalog(),
      question,
      openSource: this.openSource,
      onAsk: (q) => this.ask(q),
      onRegenerate: i === messages.length - 1 ? () => this.regenerate() : undefined,
      feedback: m.result && {
        rating: m.feedback,
        record: () => ({
          question,
          answer: m.content,
          status: m.result.status,
          mode: m.result.mode,
          plan: m.result.plan ?? null,
          citations: (m.result.citations ?? []).slice(0, 200).map(citationRecord),
          conversationId: this.store.active.id,
          turn: i,
        }),
        saved: (rating) => {
          m.feedback = rating;
          this.store.save();
        },
      },
    };
  }

  render() {
    const messages = this.messages;
    this.log.replaceChildren();
    messages.forEach((m, i) => {
      if (m.role === "user")
        return this.log.append(userView(m.content, i, (text) => this.editAndResend(i, text)));
      const view = new AnswerView(i);
      this.log.append(view.li);
      if (m.status === "stopped")
        view.stopped(m.content === "（已停止生成）" ? "" : m.content, this.context(messages, i));
      else view.finish(m.content, m.result, this.context(messages, i));
    });
    this.empty.hidden = messages.length > 0;
    if (!messages.length) this.renderEmpty();
  }

  async ask(question) {
    if (this.busyNow) return;
    this.log.querySelectorAll("[data-failed], [data-status=error]").forEach((n) => n.remove());
    this.log.querySelectorAll(".regenerate").forEach((n) => n.remove());
    this.empty.hidden = true;
    let messages = [...this.messages, { role: "user", content: question }];
    const at = messages.length - 1;
    const userLi = userView(question, at, (text) => this.editAndResend(at, text));
    const view = new AnswerView(messages.length);
    this.log.append(userLi, view.li);
    userLi.scrollIntoView({ block: "start" });
    const abort = new AbortController();
    this.abort = abort;
    this.busyNow = true;
    this.composer.busy(true, () => abort.abort());
    let text = "";
    const options = { signal: abort.signal, onText: (t) => view.stream((text = t)) };
    try {
      let answer;
      let restarted = false;
      try {
        answer = await streamChat(outgoing(messages), options);
      } catch (error) {
        // A refused conversation (never expected): asked again alone, as a new conversation.
        if (error.kind !== "refused" || messages.length === 1) throw error;
        answer = await streamChat([{ role: "user", content: question }], options);
        answer.markdown = `（之前的对话无法继续，已按新对话回答。）\n\n${answer.markdown}`;
        messages = [{ role: "user", content: question }];
        restarted = true;
      }
      await view.drained();
      messages.push({ role: "assistant", content: answer.markdown, result: answer.result });
      if (restarted) this.store.create();
      this.store.update(messages);
      if (restarted) {
        this.render();
        this.log.lastElementChild.dataset.restarted = "true";
      } else view.finish(answer.markdown, answer.result, this.context(messages, messages.length - 1));
      this.log.lastElementChild.scrollIntoView({ block: "start" });
      announce("回答已生成");
    } catch (error) {
      if (error.kind === "aborted") {
        messages.push({ role: "assistant", content: text || "（已停止生成）", status: "stopped" });
        this.store.update(messages);
        view.stopped(text, this.context(messages, messages.length - 1));
        announce("已停止生成");
      } else {
        userLi.dataset.failed = "true";
        view.error(error.message, () => this.retry(question));
        if (!this.composer.value) this.composer.value = question;
        announce(error.message);
      }
    } finally {
      this.busyNow = false;
      this.composer.busy(false);
      this.onChange();
    }
  }

  /** Ask a failed question again: its error goes, the box is emptied if it still holds it. */
  retry(question) {
    if (this.composer.value.trim() === question) this.composer.value = "";
    return this.ask(question);
  }

  /** Ask the last question again, replacing its answer. */
  regenerate() {
    const messages = this.messages;
    const at = messages.findLastIndex((m) => m.role === "user");
    if (this.busyNow || at < 0) return;
    const question = messages[at].content;
    this.store.update(messages.slice(0, at));
    this.render();
    return this.ask(question);
  }

  /** Change question i and ask it again: the turns after it are replaced by the new answer. */
  editAndResend(i, text) {
    if (this.busyNow) return;
    this.store.update(this.messages.slice(0, i));
    this.render();
    return this.ask(text);
  }

  /** A message in the log that is not part of the conversation (e.g. the index failed to load). */
  notice(text) {
    this.log.append(el("li", { className: "msg notice" }, text));
  }
}
