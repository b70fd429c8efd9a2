// One assistant message: streamed text revealed as it arrives, then the finished answer with
// numbered citations, the staff draft block, a chart, the source list, actions and follow-ups.
import { announce, button, copyText, el } from "./dom.js";
import { plainText, safeHtml, withoutSourceList } from "./markdown.js";
import { linkMarkers, sourceIndex, sourceLabel, sourceList } from "./citations.js";
import { wrapDraft } from "./draft-block.js";
import { chartFigure } from "./charts.js";
import { downloadFactsCsv } from "./exports.js";
import { feedbackControls } from "./feedback.js";
import { followUpChips, followUps } from "./suggestions.js";

/** The reveal lasts about this many steps of 16 ms whatever the answer's length. */
const REVEAL_STEPS = 30;

export class AnswerView {
  constructor(index) {
    this.body = el("div", { className: "answer", "data-testid": "answer" });
    this.li = el("li", { className: "msg assistant", "data-index": index, "aria-busy": "true" }, this.body);
    this.body.append(el("p", { className: "meta thinking" }, "正在查找文件…"));
    this.target = "";
    this.shown = 0;
  }

  /** New text arrived: reveal it a few characters at a time so the reader sees it come. */
  stream(markdown) {
    this.target = withoutSourceList(markdown);
    this.li.classList.add("streaming");
    if (!this.timer) this.tick();
  }

  tick() {
    const step = Math.max(8, Math.ceil(this.target.length / REVEAL_STEPS));
    this.shown = Math.min(this.target.length, this.shown + step);
    this.body.innerHTML = safeHtml(this.target.slice(0, this.shown));
    if (this.shown < this.target.length) this.timer = setTimeout(() => this.tick(), 16);
    else {
      this.timer = undefined;
      this.onDrained?.();
    }
  }

  /** Resolves once everything received so far is on screen. */
  drained() {
    if (!this.timer) return Promise.resolve();
    return new Promise((resolve) => (this.onDrained = resolve));
  }

  settle(status) {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.li.classList.remove("streaming");
    this.li.removeAttribute("aria-busy");
    this.li.dataset.status = status;
  }

  /** The finished answer. ctx: { catalog, question, openSource, onAsk, onRegenerate?, feedback }. */
  finish(markdown, result, ctx) {
    this.settle(result?.status ?? "answered");
    const shown = withoutSourceList(markdown);
    const citations = result?.citations ?? [];
    const index = sourceIndex(shown, citations);
    this.body.innerHTML = safeHtml(shown);
    wrapDraft(this.body, shown, index, result?.plan);
    linkMarkers(this.body, index, citations, result, ctx.openSource);
    if (result?.chart?.points?.length >= 2) this.li.append(chartFigure(result.chart));
    if (index.sources.length) this.li.append(sourceList(index, ctx.openSource));
    this.li.append(
      this.actions(shown, index, citations, ctx),
      followUpChips(followUps(result, ctx.catalog, ctx.question), ctx.onAsk),
    );
  }

  actions(shown, index, citations, ctx) {
    const sources = index.sources.map((s) => `${s.n}. ${sourceLabel(s.citation)}`);
    const copy = button(
      "复制回答",
      async () => {
        const done = await copyText(
          [plainText(shown), ...(sources.length ? ["", "来源：", ...sources] : [])].join("\n"),
        );
        copy.textContent = done ? "已复制" : "复制失败";
        announce(done ? "回答已复制" : "浏览器不允许复制");
      },
      { className: "ghost copy" },
    );
    const bar = el("div", { className: "actions", role: "group", "aria-label": "回答操作" }, copy);
    if (citations.length) {
      const csv = button("导出引用数据（CSV）", () => downloadFactsCsv(citations, csv), {
        className: "ghost export-csv",
      });
      bar.append(csv);
    }
    if (ctx.onRegenerate) bar.append(button("重新生成", ctx.onRegenerate, { className: "ghost regenerate" }));
    if (ctx.feedback) bar.append(feedbackControls(ctx.feedback));
    return bar;
  }

  /** Stopped by the reader: what arrived stays, marked as stopped. */
  stopped(markdown, ctx) {
    this.settle("stopped");
    const shown = withoutSourceList(markdown);
    this.body.innerHTML = shown ? safeHtml(shown) : "";
    this.body.append(el("p", { className: "meta stopped-note" }, "已停止生成。"));
    if (ctx.onRegenerate)
      this.li.append(
        el(
          "div",
          { className: "actions" },
          button("重新生成", ctx.onRegenerate, { className: "ghost regenerate" }),
        ),
      );
  }

  /** No answer: the reason in Chinese and a button to ask again. */
  error(message, retry) {
    this.settle("error");
    this.body.replaceChildren(
      el(
        "div",
        { className: "error-box", role: "alert" },
        el("p", {}, message),
        retry ? button("重试", retry, { className: "ghost retry" }) : "",
      ),
    );
  }
}

/** A question in the conversation, with 编辑 (edit and send again) when `onEdit` is given. */
export function userView(text, index, onEdit) {
  const p = el("p", {}, text);
  const li = el("li", { className: "msg user", "data-index": index }, p);
  if (!onEdit) return li;
  const edit = button(
    "编辑",
    () => {
      const box = el("textarea", { className: "edit-box", value: text, rows: 2, "aria-label": "修改问题" });
      const cancel = () => form.replaceWith(p, edit);
      const form = el(
        "form",
        {
          className: "edit-form",
          onsubmit: (e) => (e.preventDefault(), box.value.trim() && onEdit(box.value.trim())),
        },
        box,
        el(
          "div",
          { className: "edit-actions" },
          el("button", { type: "submit", className: "ghost send-edit" }, "发送"),
          button("取消", cancel),
        ),
      );
      box.addEventListener("keydown", (e) => e.key === "Escape" && cancel());
      p.replaceWith(form);
      edit.remove();
      box.focus();
    },
    { className: "ghost edit", "aria-label": "编辑这个问题并重新提问" },
  );
  li.append(edit);
  return li;
}
