import { describe, expect, it } from "vitest";
import { parseSections } from "./parse-sections.js";
import { entryTitled, tocEntries, tocSpan } from "./table-of-contents.js";

/**
 * putuo-swh-2025-bumen-yusuan, pages 1–3 as rendered (pdftoppm -r 60): the cover, a 目录 page of
 * numbered entries without leader dots or page numbers, then the body, whose titles are printed
 * without the entries' numbers ("上海市普陀区商务委员会主要职能"). Lines abridged where marked.
 */
const SWH = [
  "上海市普陀区2025年区级部门预算",
  "预算主管部门：上海市普陀区商务委员会",
  "目 录",
  "一、部门主要职能",
  "二、部门机构设置",
  "三、名词解释",
  "四、部门预算编制说明",
  "五、部门预算表",
  "1. 2025年部门财务收支预算总表",
  "2. 2025年部门收入预算总表",
  "六、其他相关情况说明",
  "七、项目经费情况说明",
  "上海市普陀区商务委员会主要职能",
  "上海市普陀区商务委员会是主管全区产业经济的区政府工作部门 ，为正处级，加挂上海市普陀区经济委员会、上海市普陀区粮食和物资储备局牌子。",
  "主要职能包括：",
  "1、贯彻执行国家和本市有关工商业、内外贸、粮食流通等方面的方针、政策和法律、法规及规章，并结合本区实际,制订具体实施意见。",
  "上海市普陀区商务委员会机构设置",
  "本部门中，行政单位1家，事业单位1家，具体包括：",
  "名词解释",
  "2025年部门预算编制说明",
];

describe("a table of contents without leader dots", () => {
  it("runs over the numbered entries after 目录, up to the body's first title", () => {
    expect(tocSpan(SWH)).toEqual([2, 12]);
  });

  it("ends where an entry repeats: the body restarting with its own numbered headings", () => {
    const lines = [
      "目录",
      "一、部门主要职能",
      "二、部门机构设置",
      "一、部门主要职能",
      "本部门主要职能是：……",
    ];
    expect(tocSpan(lines)).toEqual([0, 3]);
  });

  it("lists the top-level entries with the subject words a body title ends with", () => {
    const entries = tocEntries(SWH, tocSpan(SWH));
    expect(entries.map((e) => e.tail)).toEqual([
      "主要职能",
      "机构设置",
      "名词解释",
      "预算编制说明",
      // "五、部门预算表" lists tables: their titles head no section of it.
      "其他相关情况说明",
      "项目经费情况说明",
    ]);
  });

  it("a body title is the entry it ends with, once; a sentence is none", () => {
    const entries = tocEntries(SWH, tocSpan(SWH));
    const used = new Set<string>(["一、部门主要职能"]);
    expect(entryTitled("上海市普陀区商务委员会机构设置", entries, used)?.title).toBe("二、部门机构设置");
    expect(entryTitled("上海市普陀区商务委员会主要职能", entries, used)).toBeUndefined();
    expect(entryTitled("主要职能包括：", entries, new Set())).toBeUndefined();
  });
});

describe("sections of a document whose body titles carry no numbers", () => {
  it("each body title opens the section its entry names, its text under it", () => {
    const { sections } = parseSections("swh", SWH, () => false);
    const titled = sections.map((s) => [s.title, s.lines[0]]);
    expect(titled).toEqual([
      ["封面", 1],
      ["一、部门主要职能", 13],
      ["二、部门机构设置", 17],
      ["三、名词解释", 19],
      ["四、部门预算编制说明", 20],
    ]);
    expect(sections[1].text).toContain("主管全区产业经济的区政府工作部门");
    // The printed title stays in the text: a project page's title names its project.
    expect(sections[1].text.startsWith("上海市普陀区商务委员会主要职能")).toBe(true);
  });
});
