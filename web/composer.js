// The question box: Enter sends (never while an input method is composing: isComposing, or
// keyCode 229 from browsers that report composition that way), Shift+Enter is a new line; while
// an answer is coming, 停止 replaces nothing of what the reader typed.

export class Composer {
  constructor({ form, input, send, stop }, onSubmit) {
    this.form = form;
    this.input = input;
    this.sendButton = send;
    this.stopButton = stop;
    this.isBusy = false;
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      this.submit(onSubmit);
    });
    input.addEventListener("keydown", (e) => {
      if (e.key !== "Enter" || e.shiftKey || e.isComposing || e.keyCode === 229) return;
      e.preventDefault();
      form.requestSubmit();
    });
  }

  submit(onSubmit) {
    const question = this.input.value.trim();
    if (!question || this.isBusy) return;
    this.input.value = "";
    onSubmit(question);
  }

  get value() {
    return this.input.value;
  }

  set value(text) {
    this.input.value = text;
  }

  /** While an answer is coming: 提问 disabled, 停止 shown and wired to `onStop`. */
  busy(on, onStop) {
    this.isBusy = on;
    this.sendButton.disabled = on;
    this.stopButton.hidden = !on;
    this.stopButton.onclick = on ? onStop : null;
    if (!on && document.activeElement === this.stopButton) this.input.focus();
  }
}
