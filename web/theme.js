// Dark mode: follows the system (prefers-color-scheme) until the reader picks light or dark with
// the toggle; the choice is kept in localStorage and set as <html data-theme>.
const KEY = "budget-qa:theme";
const LABELS = { auto: "主题：跟随系统", light: "主题：浅色", dark: "主题：深色" };
const NEXT = { auto: "dark", dark: "light", light: "auto" };

function apply(choice) {
  const root = document.documentElement;
  if (choice === "auto") delete root.dataset.theme;
  else root.dataset.theme = choice;
}

export function setupTheme(toggle) {
  let choice = localStorage.getItem(KEY) ?? "auto";
  if (!LABELS[choice]) choice = "auto";
  const show = () => {
    apply(choice);
    toggle.textContent = choice === "dark" ? "🌙" : choice === "light" ? "☀️" : "◐";
    toggle.setAttribute("aria-label", `${LABELS[choice]}（点击切换）`);
    toggle.title = LABELS[choice];
  };
  toggle.addEventListener("click", () => {
    choice = NEXT[choice];
    localStorage.setItem(KEY, choice);
    show();
  });
  show();
}
