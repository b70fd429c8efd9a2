// What the index covers (GET /api/documents): units, their short names, years and kinds. The
// empty state and the follow-up suggestions are built from it, never from names in the code.

let cached;

export async function loadCatalog(fresh = false) {
  if (cached && !fresh) return cached;
  const res = await fetch("/api/documents");
  if (!res.ok) throw new Error(res.status === 503 ? "服务正在加载文件索引" : `HTTP ${res.status}`);
  const { documents, units } = await res.json();
  cached = { documents, units };
  return cached;
}

/** Each unit with the years and kinds of its documents, latest first. */
export function coverage(catalog) {
  const byUnit = new Map();
  for (const d of catalog.documents) {
    const entry = byUnit.get(d.unit) ?? new Set();
    entry.add(`${d.year}年度${d.kind}`);
    byUnit.set(d.unit, entry);
  }
  return [...byUnit].map(([unit, set]) => ({ unit, docs: [...set].sort().reverse() }));
}
