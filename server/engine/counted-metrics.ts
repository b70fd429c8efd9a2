import { METRIC_BY_KEY } from "../../ingest/domain/metrics.js";
import type { MetricRef } from "./plan-schema.js";

/** A figure counted rather than paid (车辆数, 在职人数): a lexicon metric with a measure of its own. */
export const isCount = (ref: MetricRef): boolean =>
  ref.type === "metric" && Boolean(METRIC_BY_KEY.get(ref.key)?.measure);

/** A count of people (编制数, 在职人数): its sentence says who is counted beside it. */
export const isHeadCount = (ref: MetricRef): boolean =>
  ref.type === "metric" && METRIC_BY_KEY.get(ref.key)?.measure === "人";
