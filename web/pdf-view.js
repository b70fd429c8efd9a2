// Citations into PDFs: the cited page drawn with pdf.js (served by the app itself, no CDN) with
// the cited cell or line outlined. Boxes come from GET /api/sources/:id as [x0, y0, x1, y1] in
// points from the page's top-left corner, which is pdf.js's viewport at scale 1: at any scale the
// box on the canvas is the box times the scale.

const PDFJS = "/vendor/pdfjs";
/** Open documents kept for the next citation into the same file. */
const KEEP_DOCUMENTS = 3;
/** The page is drawn at least this many CSS pixels per point, so table cells stay readable; the frame scrolls. */
const READABLE_SCALE = 1;

let library;
const documents = new Map();
/** The latest request: an older one that finishes late leaves the panel alone. */
let latest = 0;

function pdfjs() {
  library ??= import(`${PDFJS}/pdf.mjs`).then((lib) => {
    lib.GlobalWorkerOptions.workerSrc = `${PDFJS}/pdf.worker.mjs`;
    return lib;
  });
  return library;
}

function openDocument(url) {
  let loading = documents.get(url);
  if (!loading) {
    loading = pdfjs().then(
      (lib) =>
        lib.getDocument({
          url,
          cMapUrl: `${PDFJS}/cmaps/`,
          cMapPacked: true,
          standardFontDataUrl: `${PDFJS}/standard_fonts/`,
          // The page's CSP has no 'unsafe-eval': do not even try.
          isEvalSupported: false,
          verbosity: 0,
        }).promise,
    );
    loading.catch(() => documents.delete(url));
    documents.set(url, loading);
    if (documents.size > KEEP_DOCUMENTS) {
      const [oldest, doc] = documents.entries().next().value;
      documents.delete(oldest);
      doc.then((d) => d.destroy()).catch((error) => console.warn("pdf.js: closing a document failed", error));
    }
  } else {
    documents.delete(url);
    documents.set(url, loading);
  }
  return loading;
}

/** Draw one page into a new frame: canvas plus, when there is a box, the highlight over it. */
async function drawPage(pdfPage, scale, box) {
  const viewport = pdfPage.getViewport({ scale });
  const ratio = window.devicePixelRatio || 1;
  const frame = document.createElement("div");
  frame.className = "pdf-page";
  frame.dataset.scale = String(scale);
  frame.style.width = `${viewport.width}px`;
  frame.style.height = `${viewport.height}px`;
  const canvas = document.createElement("canvas");
  canvas.width = Math.floor(viewport.width * ratio);
  canvas.height = Math.floor(viewport.height * ratio);
  canvas.style.width = `${viewport.width}px`;
  canvas.style.height = `${viewport.height}px`;
  canvas.setAttribute("role", "img");
  canvas.setAttribute("aria-label", `原文件第 ${pdfPage.pageNumber} 页`);
  frame.append(canvas);
  await pdfPage.render({
    canvas,
    canvasContext: canvas.getContext("2d"),
    viewport,
    transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
  }).promise;
  if (box) {
    const [x0, y0, x1, y1] = box;
    const hit = document.createElement("div");
    hit.className = "pdf-hit";
    hit.style.left = `${x0 * scale}px`;
    hit.style.top = `${y0 * scale}px`;
    hit.style.width = `${(x1 - x0) * scale}px`;
    hit.style.height = `${(y1 - y0) * scale}px`;
    frame.append(hit);
  }
  return frame;
}

function toolbar(source, onZoom) {
  const bar = document.createElement("div");
  bar.className = "pdf-bar";
  const where = document.createElement("span");
  where.className = "meta";
  where.textContent = `原文件第 ${source.page} 页`;
  const zoom = document.createElement("button");
  zoom.type = "button";
  zoom.className = "ghost pdf-zoom";
  let whole = false;
  zoom.textContent = "整页";
  zoom.addEventListener("click", () => {
    whole = !whole;
    zoom.textContent = whole ? "放大" : "整页";
    onZoom(whole);
  });
  // A download: the browser's own PDF viewer may refuse to run under the app's CSP (object-src 'none').
  const link = document.createElement("a");
  link.href = source.fileUrl;
  link.download = "";
  link.textContent = "下载原文件";
  bar.append(where, zoom, link);
  return bar;
}

/**
 * Scroll the frame so the outline is in the middle, or its start in view when it is wider or
 * taller than the frame (a long paragraph), then bring the frame itself on screen.
 */
function reveal(scroller, hit) {
  if (hit) {
    const margin = (room, length) => Math.max(8, (room - length) / 2);
    scroller.scrollLeft = hit.offsetLeft - margin(scroller.clientWidth, hit.offsetWidth);
    scroller.scrollTop = hit.offsetTop - margin(scroller.clientHeight, hit.offsetHeight);
  }
  scroller.scrollIntoView({ block: "nearest" });
}

/**
 * Show a PDF source in `body`: the cited page with its box highlighted and scrolled into view,
 * and below it, folded, the text view `body` already holds (the table or section as text). When
 * the page cannot be drawn, the text view stays, with a note saying why.
 */
export async function showPrintedPage(body, source) {
  const request = ++latest;
  const text = document.createElement("details");
  text.className = "pdf-text";
  const summary = document.createElement("summary");
  summary.textContent = "文字版";
  text.append(summary, ...body.childNodes);
  const view = document.createElement("div");
  view.className = "pdf-view";
  const scroller = document.createElement("div");
  scroller.className = "pdf-scroll";
  scroller.textContent = "正在打开原文件…";
  body.replaceChildren(view, text);

  let pdfPage;
  const show = async (whole) => {
    const fit = scroller.clientWidth / pdfPage.getViewport({ scale: 1 }).width;
    const frame = await drawPage(pdfPage, whole ? fit : Math.max(fit, READABLE_SCALE), source.box);
    if (request !== latest) return;
    scroller.replaceChildren(frame);
    reveal(scroller, frame.querySelector(".pdf-hit"));
  };
  const fail = (error) => {
    if (request !== latest) return;
    scroller.textContent = `无法显示原文件页面（${error?.message ?? error}），以下是文字版。`;
    text.open = true;
  };
  view.append(
    toolbar(source, (whole) => {
      if (pdfPage) show(whole).catch(fail);
    }),
    scroller,
  );
  try {
    const doc = await openDocument(source.fileUrl);
    pdfPage = await doc.getPage(source.page);
    if (request !== latest) return;
    await show(false);
  } catch (error) {
    fail(error);
  }
}
