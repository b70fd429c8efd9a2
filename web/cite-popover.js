// The pop-over of a citation marker: shown on hover (mouse) and on click or tap, pinned until
// Escape, a click elsewhere or another marker. Keyboard users get focus moved into it.
import { el } from "./dom.js";

let pop;
let owner;
let pinned = false;
let hideTimer;

function popover() {
  if (pop) return pop;
  pop = el("div", {
    id: "cite-pop",
    className: "cite-pop",
    role: "dialog",
    "aria-label": "引用出处",
    tabIndex: -1,
    hidden: true,
  });
  pop.addEventListener("mouseenter", () => clearTimeout(hideTimer));
  pop.addEventListener("mouseleave", () => !pinned && scheduleHide());
  pop.addEventListener("keydown", (e) => e.key === "Escape" && hide(true));
  document.addEventListener("click", (e) => {
    if (pop.hidden || pop.contains(e.target) || e.target === owner) return;
    hide(false);
  });
  document.body.append(pop);
  return pop;
}

function place(anchor) {
  const box = anchor.getBoundingClientRect();
  const width = Math.min(360, document.documentElement.clientWidth - 16);
  pop.style.width = `${width}px`;
  const left = Math.min(
    Math.max(8, box.left + window.scrollX - 24),
    window.scrollX + document.documentElement.clientWidth - width - 8,
  );
  pop.style.left = `${left}px`;
  pop.style.top = `${box.bottom + window.scrollY + 6}px`;
  const below = pop.getBoundingClientRect();
  if (below.bottom > window.innerHeight && box.top > below.height + 8)
    pop.style.top = `${box.top + window.scrollY - below.height - 6}px`;
}

function show(anchor, render, pin) {
  clearTimeout(hideTimer);
  popover();
  if (owner && owner !== anchor) owner.setAttribute("aria-expanded", "false");
  owner = anchor;
  pinned = pin;
  pop.replaceChildren(...render());
  pop.hidden = false;
  anchor.setAttribute("aria-expanded", "true");
  place(anchor);
}

export function hide(returnFocus) {
  if (!pop || pop.hidden) return;
  pop.hidden = true;
  pinned = false;
  owner?.setAttribute("aria-expanded", "false");
  if (returnFocus) owner?.focus();
}

function scheduleHide() {
  clearTimeout(hideTimer);
  hideTimer = setTimeout(() => !pinned && hide(false), 250);
}

/** Give a marker button its pop-over; `render` returns the content nodes. */
export function attachPopover(anchor, render) {
  anchor.setAttribute("aria-haspopup", "dialog");
  anchor.setAttribute("aria-expanded", "false");
  anchor.setAttribute("aria-controls", "cite-pop");
  anchor.addEventListener("mouseenter", () => !pinned && show(anchor, render, false));
  anchor.addEventListener("mouseleave", () => !pinned && scheduleHide());
  anchor.addEventListener("click", (e) => {
    if (owner === anchor && pinned && !pop.hidden) return hide(false);
    show(anchor, render, true);
    // A keyboard activation (no pointer position) moves focus into the pop-over.
    if (e.detail === 0) pop.focus();
  });
  anchor.addEventListener("keydown", (e) => e.key === "Escape" && hide(true));
}
