import { METRIC_BY_KEY } from "../../ingest/domain/metrics.js";
import { partFromContext } from "./find-metrics.js";
import { sharesStem } from "./per-unit-amount.js";
import { refKey, type MetricRef } from "./plan-schema.js";

/** "A中B占…", "A里面的B占比": the figure after 中/里 is the part, the one before it the whole. */
const INSIDE = /^的?(中|里|里面|当中|其中|之中)的?[，,、]?$/;

/** Between a part and the whole it is asked over ("…占…", "…占了…的"). */
const SHARE_OF = /^[^，,。？?]{0,3}占[了的]?(?:全部|整个|总)?$/;

/** A whole named by its everyday word ("占支出的比例", "占总收入几成"): the total it means. */
const WHOLE_WORDS: readonly { word: RegExp; key: string }[] = [
  {
    word: /占[了的]?(?:全部|全|总|整个|所有|全年|当年|本年)?的?支出(?![\u4e00-\u9fa5]*(?:合计|总额|决算|预算|中|里))/,
    key: "支出合计",
  },
  {
    word: /占[了的]?(?:全部|全|总|整个|所有|全年|当年|本年)?的?收入(?![\u4e00-\u9fa5]*(?:合计|总额|决算|预算|中|里))/,
    key: "收入合计",
  },
];

/**
 * The part and the whole of a share question, part first. A whole with lexicon parts reads a
 * project or subject sharing a part's stem as that part ("三公经费中因公出国…" → 因公出国（境）费),
 * and a lone whole takes the part its distinctive word names ("政府采购里服务类占比").
 */
export function shareParts(q: string, refs: MetricRef[], spans: [number, number][]): MetricRef[] {
  let out = refs.map((ref) => asPartOf(refs, ref));
  if (out.length === 1) {
    const part = partFromContext(q, out);
    const whole = WHOLE_WORDS.find((w) => w.word.test(q))?.key;
    if (part.length) out = [...part, ...out];
    else if (whole && refKey(out[0]) !== refKey({ type: "metric", key: whole }))
      out = [...out, { type: "metric", key: whole }];
  }
  if (out.length === 2 && spans.length >= 2) {
    const between = q.slice(spans[0][1], spans[1][0]);
    if (INSIDE.test(between)) out = [out[1], out[0]];
  }
  // "A里的B占C": A only says where B is read; B is the part, C the whole asked.
  if (out.length === 3 && spans.length === 3) {
    const [[, firstEnd], [secondStart, secondEnd], [thirdStart]] = spans;
    if (INSIDE.test(q.slice(firstEnd, secondStart)) && SHARE_OF.test(q.slice(secondEnd, thirdStart)))
      out = out.slice(1);
  }
  return out.filter((r, i) => out.findIndex((x) => refKey(x) === refKey(r)) === i);
}

function asPartOf(refs: MetricRef[], ref: MetricRef): MetricRef {
  if (ref.type === "metric") return ref;
  for (const whole of refs) {
    if (whole.type !== "metric") continue;
    const part = METRIC_BY_KEY.get(whole.key)?.parts?.find((p) => sharesStem(ref.name ?? "", p));
    if (part) return { type: "metric", key: part };
  }
  return ref;
}
