/** "<某支出>小计" heading its own column: the subtotal of the "其中：…" columns printed after it. */
const NAMED_SUBTOTAL = /^(.{2,}?)小计$/;
const PART_OF = /^其中[:：]\s*/;

/**
 * A header that names a subtotal in one cell ("公务用车购置及运行维护费小计", then "其中：购置费",
 * "其中：运行维护费") is put as the standard tables print it, the parts under their whole:
 * "<某支出> / 小计", "<某支出> / 购置费", "<某支出> / 运行维护费". Sums then read the subtotal as the
 * sum of its parts, and the whole as one part of the table's 合计.
 */
export function subtotalHeadsNested(paths: string[][]): string[][] {
  const nested = paths.map((path) => [...path]);
  nested.forEach((path, k) => {
    const whole = NAMED_SUBTOTAL.exec(path[path.length - 1] ?? "")?.[1];
    if (!whole) return;
    const parent = path.slice(0, -1).join(" / ");
    const parts: string[][] = [];
    for (const next of nested.slice(k + 1)) {
      const label = next[next.length - 1] ?? "";
      if (next.slice(0, -1).join(" / ") !== parent || !PART_OF.test(label)) break;
      parts.push(next);
    }
    if (!parts.length) return;
    path.splice(path.length - 1, 1, whole, "小计");
    for (const part of parts)
      part.splice(part.length - 1, 1, whole, part[part.length - 1]!.replace(PART_OF, ""));
  });
  return nested;
}
