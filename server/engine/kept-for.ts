import type { Knowledge } from "./knowledge.js";

/** What is worked out from one of the knowledge's lists, once while that list lives (not per question). */
export function keptFor<Source extends object, Value>(
  source: (k: Knowledge) => Source,
  derive: (list: Source, k: Knowledge) => Value,
): (k: Knowledge) => Value {
  const kept = new WeakMap<Source, Value>();
  return (k) => {
    const list = source(k);
    const known = kept.get(list);
    if (known !== undefined) return known;
    const value = derive(list, k);
    kept.set(list, value);
    return value;
  };
}
