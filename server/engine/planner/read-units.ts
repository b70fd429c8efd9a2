import { escapeRegExp } from "../../../lib/escape-regexp.js";
import type { Knowledge } from "../knowledge.js";
import type { Context } from "../conversation.js";
import type { Turn } from "./turn.js";
import { normalizeQuestion } from "../normalize-question.js";
import { COUNTED_KIND, findUnits, placesNamed, stationsAfterUnit, unknownUnitNames } from "../find-units.js";
import { publishingInYearsAsked } from "../plan-years.js";
import { unitsPlacedBy } from "../unit-choice.js";
import { publishersOf } from "./publishers.js";
import { SUM_CUE } from "../question-cues.js";
import { BOTH, COMPARED_WITH, OWN_BODIES_ASKED } from "./planner-cues.js";
import { GAP_ASKED } from "../lexicon/follow-up-cues.js";
import { PARENT_WHOLE_ASKED } from "../lexicon/body-rows.js";

/** A count of divisions asked on its own ("有几个部门", "内设几个处室"). */
const DIVISIONS_COUNTED =
  /^(?:那|那么)?(?:它|该单位)?(?:有|设|下设|内设)?了?(?:几个|多少个?)(?:内设)?(?:部门|科室|处室|股室|机构)/;

/** "几个部门" asks which of the units, but "底下设了几个部门" counts a body's own divisions. */
const ALL_UNITS =
  /(?<!(?:下面|下边|底下|内部|里面|下设|内设)(?:有|设)?了?)(各|所有|全部|每个|哪个|哪家|哪一个|三个|三家|几个|几家|两个|两家)(单位|部门)|各单位|三家|几家|谁最|谁的[^，,。？?]{0,12}?(?:最|更)/;

/** "…决算多少" with no budget word: the final accounts are asked. */
const FINAL_ONLY = /^(?!.*预算).*决算/;

/** What was actually spent, which only a final account prints ("预算和实际各花了多少"). */
const ACTUALS_ASKED = /实际(?:上)?(?:用|花|支出|执行|发生|开支|完成)|实际数|实际\s*\d|(?:用|花)掉了/;

/**
 * Names of tables ("某某明细表", "公开05表", "一般公共预算支出表"): where to look, not the figures asked
 * about; a name ends where the sentence says where ("<某项>在<某表>里"). A
 * self-evaluation form is named by its own words only: "<某项目>项目自评表" keeps the project's name.
 */
const TABLE_NAME =
  /(?:(?![在与跟里])[\u4e00-\u9fa5“”"]){2,24}?(?:决算|预算|明细|数据)表|(?:一般公共预算|政府性基金(?:预算)?)(?:财政拨款)?(?:基本)?支出表|(?<![收入])(?:部门|单位)?支出(?:预算|决算)总表|(?:项目支出|部门整体支出|整体支出|项目)?(?:绩效)?自评表|(?:财务收支|收支|(?:一般公共预算)?(?:基本支出|项目支出|财政拨款|支出)?(?:经济分类|功能分类))(?:预算|决算)?(?:总|汇总|明细)?表|“?三公”?(?:经费)?(?:和机关运行经费)?(?:预算|决算)?(?:明细|情况|统计)?表|公开\s*\d+\s*表|表\s*\d+/g;

/** "哪个最多", "排一下": the units named so far, ranked. */
const RANKS_NAMED = /(?:哪个|哪家|哪一个|谁)(?:的)?(?:最|更)|排序|排名|排一下|排个序/;

/** "哪家<某项>的占比更高": which of the units just asked, a figure between (not a part ranked, "最"). */
const WHICH_OF_THEM =
  /(?:哪个|哪家|谁)(?!项目|科目|类|款|项)[^，,。？?最]{1,14}?(?:更)?(?:多|高|大|少|低)[？?。！!]*$/;

/** The places' words, with the level after them ("某县"), as a neutral mark. */
function placesMasked(rest: string, places: string[]): string {
  return places.reduce(
    (text, place) =>
      text.replace(new RegExp(`${escapeRegExp(place)}(?:省|市|区|县|旗)?`, "g"), (m) => "□".repeat(m.length)),
    rest,
  );
}

/** The units named with one of the places (all of them when no place is named). */
function unitsIn(units: string[], places: string[]): string[] {
  return places.length ? units.filter((unit) => places.some((place) => unit.includes(place))) : units;
}

/** Words for all the units named so far ("三家", "这几个", "都"); "两个都…" is the last two. */
const EVERY_MENTIONED =
  /^(?!.*[两二]\s*(?:家|个|单位)).*(?:[三四五六七八九十]\s*(?:家|个|单位)|这几|这些|都|全部|所有)/;

/** Units in the order the question names them (by their own name or any alias; `said` adds a word). */
function inQuestionOrder(k: Knowledge, q: string, units: string[], said: Record<string, string>): string[] {
  const at = (unit: string) => {
    const names = [
      unit,
      said[unit] ?? "",
      ...k.aliases.filter((a) => a.units.includes(unit)).map((a) => a.key),
    ];
    const found = names.filter(Boolean).map((name) => q.toLowerCase().indexOf(name.toLowerCase()));
    return Math.min(...found.filter((i) => i >= 0), Number.MAX_SAFE_INTEGER);
  };
  return [...units].sort((x, y) => at(x) - at(y));
}

/** A particle closing a question for tone, and its question mark. */
const TONE_PARTICLE = /(?<=[\u4e00-\u9fa5\d])(?:呢|呀|啊|哈|哦)([？?]?)$/;

/** The kind a body's name ends with ("…中心", "…站"), no word of the row it points at. */
const BODY_KIND_AT_END = /(?:中心|大队|站|所|队|院|馆)$/;

/** "那一项", "这项": words pointing at a row, said right after a body's name. */
const POINTS_AT_ROW = /^(?:那|这)一?项/;

/** Where the question names a body right before words pointing at a row: the name and its place. */
function rowPointedBy(k: Knowledge, q: string, unit: string): { name: string; at: number } | undefined {
  const names = [unit, ...(k.unit(unit)?.aliases ?? [])].sort((a, b) => b.length - a.length);
  for (const name of names) {
    const at = q.indexOf(name);
    if (at >= 0 && POINTS_AT_ROW.test(q.slice(at + name.length))) return { name, at };
  }
  return undefined;
}

/** A town's, township's or street's government: its place has stations of other bodies (财政所, 派出所). */
const PLACE_GOVERNMENT = /(?:镇|乡|街道)(?:人民政府|办事处)$/;

/** Phase 1: the question normalised, and the units it names (a shared short name settled when it can be). */
export function readUnits(k: Knowledge, question: string, ctx?: Context): Turn {
  // Unit names typed in pinyin ("<拼音>街道") read as the names they spell.
  const normalized = normalizeQuestion(k.unitPinyin.transliterate(question));
  // A conversation's first question ends in a particle only for tone ("…多少人次呢"): no follow-up.
  const q = ctx ? normalized : normalized.replace(TONE_PARTICLE, "$1");
  const found = findUnits(k, q);
  // Table names are not the figures asked about; units are masked out already.
  const tables = [...found.rest.matchAll(TABLE_NAME)].map((m): [number, string] => [m.index, m[0]]);
  found.rest = found.rest.replace(TABLE_NAME, (m) => "，".repeat(m.length));
  // "财政局2024年…": of the bodies a short name may mean, the one publishing for the year asked,
  // …or the one named with a place of its own ("财政局（<区名>）"). Also when the name is one of
  // several units listed. (A budget figure is no clue: final accounts print budgets too; an
  // account named as such is, as budgets print no 决算.)
  const ambiguous = found.ambiguous;
  const byYear = ambiguous ? publishingInYearsAsked(k, q, ambiguous.units) : [];
  const placed = ambiguous && byYear.length !== 1 ? unitsPlacedBy(q, ambiguous.key, ambiguous.units) : [];
  // A final account named (决算, no 预算 beside it): only a body that publishes one can answer.
  const finalAsked =
    ambiguous && (FINAL_ONLY.test(q) || ACTUALS_ASKED.test(q))
      ? publishersOf(k, ambiguous.units, "决算")
      : [];
  const chosen = [byYear, placed, finalAsked].find((units) => units.length === 1) ?? [];
  if (ambiguous && chosen.length === 1) {
    found.units = inQuestionOrder(k, q, [...found.units, ...chosen], { [chosen[0]]: ambiguous.key });
    found.fuzzy.push({ asked: ambiguous.key, unit: chosen[0] });
    found.ambiguous = undefined;
  }
  // A name several bodies share, listed beside other units: they are answered, and it is said
  // which name was left out and why.
  const leftOut =
    found.ambiguous && found.units.length
      ? [`“${found.ambiguous.key}”可能指：${found.ambiguous.units.join("、")}，未计入；请指明是哪一个`]
      : [];
  // "<某中心>那一项（<某科目>）": a body named to point at the subject row that pays for it, no unit asked.
  for (const unit of found.units.filter((name) => !k.docs(name).length)) {
    const said = rowPointedBy(k, q, unit);
    if (!said) continue;
    found.units = found.units.filter((name) => name !== unit);
    // (Its words stay for the row's name, its kind and the pointing words go: "<某某>" of "<某某>中心那项".)
    const pointing = POINTS_AT_ROW.exec(q.slice(said.at + said.name.length))![0];
    const words = said.name.replace(BODY_KIND_AT_END, (kind) => "，".repeat(kind.length));
    found.rest =
      found.rest.slice(0, said.at) +
      words +
      "，".repeat(pointing.length) +
      found.rest.slice(said.at + said.name.length + pointing.length);
  }
  let units = found.units;
  // "三家加起来", "这几个都加上": every unit the conversation named, not the last two.
  if (!units.length && SUM_CUE.test(q) && EVERY_MENTIONED.test(q) && (ctx?.mentionedUnits.length ?? 0) > 2)
    units = ctx!.mentionedUnits;
  if (
    !units.length &&
    (BOTH.test(q) || WHICH_OF_THEM.test(q) || SUM_CUE.test(q) || GAP_ASKED.test(q)) &&
    ctx?.previousUnits.length
  )
    units = [...new Set([...ctx.previousUnits, ...ctx.units])];
  // "<下属单位>…占全局…": a body read from its part of its department's document, over the department.
  const parent = units.length === 1 ? k.unit(units[0])?.parent : undefined;
  if (parent && PARENT_WHOLE_ASKED.test(q) && k.docs(units[0]).length && k.docs(parent).length)
    units = [units[0], parent];
  // "和<另一单位>比呢" after a figure: the unit before and this one, compared.
  if (units.length === 1 && ctx?.units.length === 1 && COMPARED_WITH.test(q) && units[0] !== ctx.units[0])
    units = [ctx.units[0], units[0]];
  // A ranking asked after the conversation went through several units ranks all of them.
  if (!units.length && RANKS_NAMED.test(q) && (ctx?.mentionedUnits.length ?? 0) > 2)
    units = ctx!.mentionedUnits;
  // "<某地>这几个单位": every unit of that place ("三个<某地>单位": the place said inside the cue).
  const places = units.length ? [] : placesNamed(found.rest, k.placeStems);
  const unplaced = places.reduce((text, place) => text.split(place).join(""), q);
  // "<某县>高标准农田…资金": the place of the one unit the index has there, said before the figure,
  // is that unit, and no word of the figure.
  // (Said with its level: "大邑段" inside a project's name is no place said.)
  const ownPlace = places.filter(
    (place) =>
      k.placeStems.includes(place.slice(0, 2)) &&
      (/[省市区县旗]$/.test(place) || new RegExp(`${escapeRegExp(place)}[省市区县旗]`).test(found.rest)),
  );
  const placedUnits = unitsIn(k.publishingUnits, ownPlace);
  // (Not when the place opens another body's name: "<某县>住建局" is a body the index does not have.)
  const otherBody = () => found.elsewhere.length > 0 || unknownUnitNames(found.rest, k).length > 0;
  if (
    !units.length &&
    ownPlace.length &&
    placedUnits.length === 1 &&
    !ALL_UNITS.test(unplaced) &&
    !otherBody()
  ) {
    units = placedUnits;
    found.rest = placesMasked(found.rest, ownPlace);
  }
  // "<某单位>是干什么的？→ 有几个部门", "→ 部门预算包括哪几家单位": that unit's divisions or bodies,
  // not how many units there are.
  const ownDivisions = ctx?.units.length === 1 && (DIVISIONS_COUNTED.test(q) || OWN_BODIES_ASKED.test(q));
  if (!units.length && !ownDivisions && ALL_UNITS.test(unplaced)) units = unitsIn(k.publishingUnits, places);
  // "浙江各单位": a place none of the index's units is in.
  const placeUnits = ALL_UNITS.test(unplaced) ? places.map((place) => `${place}的单位`) : [];
  // "<某镇>财政所花了多少": a station of the unit's place, not the unit.
  // (A place's government only: "<某局>司法所" are the bureau's own offices.)
  const stations =
    units.length === 1 && PLACE_GOVERNMENT.test(units[0])
      ? stationsAfterUnit(q, found.rest, k.units.find((u) => u.name === units[0])?.children ?? [])
      : [];
  if (stations.length) units = [];
  const unknownUnits = stations.length
    ? stations
    : units.length || found.ambiguous
      ? []
      : [
          ...new Set([
            ...found.elsewhere.filter((name) => !COUNTED_KIND.test(name)),
            ...unknownUnitNames(found.rest, k),
            ...placeUnits,
          ]),
        ];
  // Unit spans become a neutral mark: neither words nor list punctuation for the metric matchers.
  // "每辆车", "人均": the count divides the amount; its words are no figure of their own.
  return { k, ctx, q, found, units, unknownUnits, leftOut, tables };
}
