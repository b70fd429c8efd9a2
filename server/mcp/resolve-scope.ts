import { METRICS } from "../../ingest/domain/metrics.js";
import { matchKey } from "../../ingest/text/normalize-text.js";
import { AppError } from "../../lib/app-error.js";
import type { Engine } from "../engine/answer.js";
import type { Knowledge } from "../engine/knowledge.js";

/** Where the tools get the engine from: the server's holder, or the stdio process's own. */
export type EngineSource = () => Engine | undefined;

export function knowledgeOf(source: EngineSource): Knowledge {
  const engine = source();
  if (!engine) throw new AppError("INDEX_MISSING", "The index is not loaded yet");
  return engine.knowledge;
}

export function engineOf(source: EngineSource): Engine {
  const engine = source();
  if (!engine) throw new AppError("INDEX_MISSING", "The index is not loaded yet");
  return engine;
}

/**
 * A unit as a user names it (full name, an alias such as 驻京办, or part of a name) → the full
 * unit names of the index; undefined when no unit is given. An unknown name is an error that
 * lists the units there are, so a calling model can retry.
 */
export function resolveUnits(k: Knowledge, name: string | undefined): string[] | undefined {
  if (!name?.trim()) return undefined;
  if (k.unit(name)) return [name];
  const key = matchKey(name);
  const exact = k.aliases.filter((a) => a.key === key).flatMap((a) => a.units);
  const found = exact.length
    ? exact
    : [
        ...k.units.filter((u) => matchKey(u.name).includes(key)).map((u) => u.name),
        ...k.aliases.filter((a) => a.key.includes(key)).flatMap((a) => a.units),
      ];
  if (found.length) return [...new Set(found)];
  throw new AppError("NOT_FOUND", `没有找到单位「${name}」。已收录的单位：${k.publishingUnits.join("、")}`, {
    field: "unit",
  });
}

/** A figure's name (三公经费, 出国费 …) → its key in the domain lexicon, if it is one. */
export function resolveMetric(name: string | undefined): string | undefined {
  const text = name?.trim();
  if (!text) return undefined;
  const exact = METRICS.find((m) => m.key === text || m.synonyms.includes(text));
  return (exact ?? METRICS.find((m) => m.pattern.test(text)))?.key;
}

export const METRIC_KEYS = METRICS.map((m) => m.key);
