import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Decimal } from "decimal.js";
import { extractMeta } from "../ingest/parse/document-meta.js";

/**
 * A synthetic corpus for load tests: copies of the sample documents with another unit's name,
 * shifted years and every amount scaled by one factor per document. Amounts keep their style
 * (thousands separators, "5, 487. 18" spacing, trailing full-width spaces) and are printed with
 * two decimals, so the parser sees the same layouts at a different size. Deterministic per seed.
 */

export const SAMPLE_DIR = join(import.meta.dirname, "..", "data", "docs");

export interface SyntheticDoc {
  file: string;
  source: string;
  unit: string;
  sourceUnit: string;
  year: number;
  sourceYear: number;
  /** The factor every amount was multiplied by, as an exact decimal string. */
  factor: string;
}

export interface CorpusOptions {
  count: number;
  outDir: string;
  sourceDir?: string;
  seed?: number;
}

export interface Rewrite {
  /** Names to replace with `toUnit`: the unit's full name and the short names it uses for itself. */
  fromNames: string[];
  toUnit: string;
  yearShift: number;
  factor: string;
}

const CITY_DISTRICTS: Record<string, string[]> = {
  长沙市: ["芙蓉区", "天心区", "岳麓区", "开福区", "雨花区", "望城区"],
  株洲市: ["荷塘区", "芦淞区", "石峰区", "天元区", "渌口区"],
  湘潭市: ["雨湖区", "岳塘区"],
  衡阳市: ["珠晖区", "雁峰区", "石鼓区", "蒸湘区", "南岳区"],
  邵阳市: ["双清区", "大祥区", "北塔区"],
  岳阳市: ["岳阳楼区", "云溪区", "君山区"],
  常德市: ["武陵区", "鼎城区"],
  张家界市: ["永定区", "武陵源区"],
  益阳市: ["资阳区", "赫山区"],
  郴州市: ["北湖区", "苏仙区"],
  永州市: ["零陵区", "冷水滩区"],
  怀化市: ["鹤城区"],
  娄底市: ["娄星区"],
};
const CITY_DEPARTMENTS = [
  "人民政府办公室",
  "发展和改革委员会",
  "教育局",
  "科学技术局",
  "工业和信息化局",
  "民政局",
  "司法局",
  "财政局",
  "人力资源和社会保障局",
  "自然资源和规划局",
  "生态环境局",
  "住房和城乡建设局",
  "交通运输局",
  "水利局",
  "农业农村局",
  "商务局",
  "文化旅游广电体育局",
  "卫生健康委员会",
  "退役军人事务局",
  "应急管理局",
  "审计局",
  "市场监督管理局",
  "统计局",
  "医疗保障局",
  "机关事务管理局",
  "信访局",
  "人民政府驻北京联络处",
];
const DISTRICT_DEPARTMENTS = [
  "人民政府办公室",
  "财政局",
  "教育局",
  "民政局",
  "卫生健康局",
  "住房和城乡建设局",
  "农业农村局",
  "自然资源局",
  "应急管理局",
  "审计局",
  "市场监督管理局",
  "城市管理和综合执法局",
];
const PARTY_BODIES = ["委办公室", "委组织部", "委宣传部", "委政法委员会"];
const CITY_PARTY_BODIES = [...PARTY_BODIES, "委统一战线工作部", "委机构编制委员会办公室", "纪律检查委员会"];

/** About a thousand plausible department names across Hunan's cities and districts. */
export function unitNames(): string[] {
  const names: string[] = [];
  for (const [city, districts] of Object.entries(CITY_DISTRICTS)) {
    for (const d of CITY_DEPARTMENTS) names.push(city + d);
    for (const b of CITY_PARTY_BODIES) names.push(`中共${city}${b}`);
    for (const district of districts) {
      for (const d of DISTRICT_DEPARTMENTS) names.push(city + district + d);
      for (const b of PARTY_BODIES) names.push(`中共${city}${district}${b}`);
    }
  }
  return names;
}

/** mulberry32: a small seeded PRNG, so a corpus is reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Two decimals, half-up, with the original's thousands separators and "5, 487. 18" spacing. */
export function formatLike(original: string, value: Decimal): string {
  const [int, frac] = value.toFixed(2, Decimal.ROUND_HALF_UP).split(".");
  const grouped = `${original.includes(",") ? int.replace(/\B(?=(\d{3})+$)/g, ",") : int}.${frac}`;
  return /\s/.test(original) ? grouped.replace(/,/g, ", ").replace(/\./, ". ") : grouped;
}

function scaled(original: string, factor: Decimal): string {
  const value = new Decimal(original.replace(/[\s,]/g, ""));
  return formatLike(original, value.times(factor));
}

/** A whole table cell holding a decimal amount ("5,487.18", "5, 487. 18", "247.80\u3000", "-7.65"). */
const CELL_AMOUNT = /^([\s\u3000]*)(-?)(\d{1,3}(?:,\s?\d{3})+\s?\.\s?\d+|\d+\s?\.\s?\d+)([\s\u3000]*)$/;
/** An amount inside a sentence: a number followed by its money unit. */
const SENTENCE_AMOUNT = /(\d{1,3}(?:,\s?\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(\s*(?:万元|亿元|元))/g;

/** Scale the amounts of one cell or sentence; codes, row numbers, years, counts and rates stay. */
export function scaleText(text: string, factor: Decimal): string {
  const cell = CELL_AMOUNT.exec(text);
  if (cell) return `${cell[1]}${cell[2]}${scaled(cell[3], factor)}${cell[4]}`;
  return text.replace(SENTENCE_AMOUNT, (_, num: string, unit: string) => scaled(num, factor) + unit);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Apply one rewrite to a document's text, cell by cell so tab-separated rows keep their shape. */
export function rewriteDocument(text: string, rw: Rewrite): string {
  const factor = new Decimal(rw.factor);
  const names = [...rw.fromNames].sort((a, b) => b.length - a.length).map(escape);
  const nameRe = names.length ? new RegExp(names.join("|"), "g") : undefined;
  return text
    .split("\n")
    .map((line) => {
      const renamed = nameRe ? line.replace(nameRe, rw.toUnit) : line;
      const shifted = renamed.replace(/(20\d{2})(?=\s*年)/g, (y) => String(Number(y) + rw.yearShift));
      return shifted
        .split("\t")
        .map((c) => scaleText(c, factor))
        .join("\t");
    })
    .join("\n");
}

interface Source {
  file: string;
  text: string;
  unit: string;
  aliases: string[];
  year: number;
}

async function readSources(dir: string): Promise<Source[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(".txt")).sort();
  return Promise.all(
    files.map(async (f) => {
      const text = await readFile(join(dir, f), "utf8");
      const meta = extractMeta(f, text.split("\n"));
      return { file: f, text, unit: meta.unit, aliases: meta.selfAliases, year: meta.year };
    }),
  );
}

/** Write `count` synthetic documents into `outDir` (syn-00001.txt, …), cycling through the samples. */
export async function writeSyntheticCorpus(options: CorpusOptions): Promise<SyntheticDoc[]> {
  const random = seededRandom(options.seed ?? 20240601);
  const sources = await readSources(options.sourceDir ?? SAMPLE_DIR);
  if (!sources.length) throw new Error(`no .txt documents in ${options.sourceDir ?? SAMPLE_DIR}`);
  const pool = shuffled(unitNames(), random);
  await mkdir(options.outDir, { recursive: true });
  const width = Math.max(5, String(options.count).length);
  const docs: SyntheticDoc[] = [];
  for (let i = 0; i < options.count; i++) {
    const src = sources[i % sources.length];
    const rw: Rewrite = {
      fromNames: [src.unit, ...src.aliases],
      toUnit: pool[i % pool.length],
      yearShift: Math.floor(random() * 6) - 4,
      factor: (0.25 + random() * 3.75).toFixed(3),
    };
    const file = join(options.outDir, `syn-${String(i + 1).padStart(width, "0")}.txt`);
    await writeFile(file, rewriteDocument(src.text, rw));
    docs.push({
      file,
      source: src.file,
      unit: rw.toUnit,
      sourceUnit: src.unit,
      year: src.year + rw.yearShift,
      sourceYear: src.year,
      factor: rw.factor,
    });
  }
  return docs;
}
