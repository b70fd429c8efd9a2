// 👍/👎 on an answer, sent to POST /api/feedback with the question, the answer, the plan and the
// citations, so maintainers can turn it into gold items. 👎 asks (optionally) what was wrong.
import { announce, button, el } from "./dom.js";

/**
 * The controls for one answer. feedback: { rating?, record: () => {...}, saved: (rating) => void }
 * where record() gives the question, answer, plan, mode, status and citations to send.
 */
export function feedbackControls(feedback) {
  const status = el("span", { className: "meta feedback-status", role: "status" });
  const up = button("有用", () => send("up"), {
    className: "ghost feedback-up",
    "aria-label": "回答有用",
    "aria-pressed": String(feedback.rating === "up"),
  });
  const down = button("有问题", () => ask(), {
    className: "ghost feedback-down",
    "aria-label": "回答有问题",
    "aria-pressed": String(feedback.rating === "down"),
  });
  const box = el("span", { className: "feedback" }, up, down, status);

  async function send(rating, comment) {
    status.textContent = "正在发送…";
    try {
      const res = await fetch("/api/feedback", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ ...feedback.record(), rating, ...(comment ? { comment } : {}) }),
      });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      up.setAttribute("aria-pressed", String(rating === "up"));
      down.setAttribute("aria-pressed", String(rating === "down"));
      status.textContent = "谢谢反馈";
      feedback.saved(rating);
      announce("反馈已记录");
    } catch (error) {
      status.textContent =
        error instanceof TypeError ? "无法连接服务器，反馈未发送" : `反馈未发送（${error.message}）`;
    }
  }

  function ask() {
    const text = el("textarea", {
      className: "feedback-comment",
      rows: 2,
      maxLength: 2000,
      "aria-label": "哪里不对？（可选）",
      placeholder: "哪里不对？（可选）",
    });
    const form = el(
      "form",
      {
        className: "feedback-form",
        onsubmit: (e) => (e.preventDefault(), form.remove(), send("down", text.value.trim())),
      },
      text,
      el("button", { type: "submit", className: "ghost feedback-send" }, "提交"),
      button("取消", () => form.remove()),
    );
    box.after(form);
    text.focus();
  }
  return box;
}
