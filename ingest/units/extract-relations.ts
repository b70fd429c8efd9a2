import { cleanLabel } from "../text/normalize-text.js";
import type { ParsedTable } from "../schema.js";
import type { Paragraph } from "../parse/parse-sections.js";

export interface Relations {
  relations: { parent: string; child: string }[];
  /** Units whose figures this document includes besides its own. */
  covers: string[];
}

const NAME = "[\\u4e00-\\u9fa5（）()0-9 ]{3,40}?";

/**
 * Parent/child relations the documents state: "所属事业单位N个，分别是：A、B", "主管部门 X …
 * 实施单位 Y", and the units a budget covers ("…本级和株洲市人民政府驻北京联络处").
 */
export function extractRelations(
  paragraphs: Paragraph[],
  tables: ParsedTable[],
  unit: string,
  lines: string[] = [],
): Relations {
  const relations: { parent: string; child: string }[] = [];
  const covers = new Set<string>();
  const split = (list: string) =>
    list
      .split(/[、，,和及]/)
      .map((s) =>
        cleanLabel(s)
          .replace(/[。；;].*$/, "")
          .replace(/^(以及|本级以及|本级和)/, ""),
      )
      .filter((s) => s.length >= 4 && !/本级|机关$|科室|内设|^无|下属|独立核算/.test(s));

  for (const p of paragraphs) {
    const subs = new RegExp(`所属(?:事业)?单位\\s*\\d+\\s*个[，,]?\\s*分别是[:：](.+?)(?:。|$)`).exec(p.text);
    if (subs) for (const child of split(subs[1])) relations.push({ parent: unit, child });
    const scope =
      /(?:纳入\s*\d{4}\s*年度?部门预算编制范围的|决算汇总公开单位(?:构成)?(?:包括|仅包括))(?:为|是)?[:：]?(.+?)(?:。|$)/.exec(
        p.text,
      );
    if (scope) for (const c of split(scope[1])) if (c !== unit) covers.add(c);
  }
  for (const t of tables) {
    for (const row of t.rows) {
      const cells = row.cells.map(cleanLabel);
      const i = cells.findIndex((c) => c === "主管部门");
      const j = cells.findIndex((c) => c === "实施单位");
      if (i >= 0 && j > i) {
        const parent = cells.slice(i + 1, j).find(Boolean);
        const child = cells.slice(j + 1).find(Boolean);
        if (parent && child && parent !== child && new RegExp(`^${NAME}$`).test(child))
          relations.push({ parent, child });
      }
    }
  }
  // Project self-evaluation tables state "主管部门 X … 实施单位 Y", often inside a broken header.
  const flat = lines.join(" ").replace(/[\s\u3000]+/g, " ");
  for (const m of flat.matchAll(
    /主管部门 ?([\u4e00-\u9fa5（）]{4,30}?) ?实施单位 ?([\u4e00-\u9fa5（）]{4,30}?)(?= |$)/g,
  )) {
    if (m[1] !== m[2]) relations.push({ parent: m[1], child: m[2] });
  }
  const seen = new Set<string>();
  return {
    relations: relations.filter(
      (r) =>
        r.parent !== r.child && !seen.has(`${r.parent}>${r.child}`) && seen.add(`${r.parent}>${r.child}`),
    ),
    covers: [...covers],
  };
}
