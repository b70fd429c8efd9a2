import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findTables } from "./find-tables.js";
import { parseSections } from "./parse-sections.js";

const DOCS = fileURLToPath(new URL("../../data/docs/", import.meta.url));
const FILES = {
  "000": "000_2a4a6f0d8c259386.txt",
  "001": "001_c98938bd16771fdc.txt",
  "002": "002_f16b9cd1552d1230.txt",
} as const;
const docLines = (id: keyof typeof FILES) => readFileSync(DOCS + FILES[id], "utf8").split("\n");

/** Lines `from`..`to` (1-based, inclusive) of a corpus document, as a real excerpt. */
const excerpt = (id: keyof typeof FILES, from: number, to: number) => docLines(id).slice(from - 1, to);

/** Sections of a whole document, with table lines skipped exactly as parseDocument does. */
function wholeDocument(id: keyof typeof FILES) {
  const lines = docLines(id);
  const inTable = new Uint8Array(lines.length);
  for (const r of findTables(lines)) inTable.fill(1, r.start, r.end);
  return parseSections(id, lines, (i) => inTable[i] === 1);
}

describe("标题树：第X部分 → 一、 → （一） → 1、", () => {
  // 000 lines 360–420: 第三部分 / 2024年度部门决算情况说明 / 一、… / 五、… / （一）（二）（三） / 1、2、…
  const { sections } = parseSections("000", excerpt("000", 360, 420), () => false);
  const byTitle = (title: string) => sections.find((s) => s.title === title);

  it("第三部分的标题取自下一行", () => {
    const part = byTitle("第三部分 2024年度部门决算情况说明");
    expect(part?.level).toBe(1);
    expect(part?.path).toEqual(["第三部分 2024年度部门决算情况说明"]);
  });

  it("一、… 是二级标题，挂在第三部分下", () => {
    const s = byTitle("一、收入支出决算总体情况说明");
    expect(s?.level).toBe(2);
    expect(s?.path).toEqual(["第三部分 2024年度部门决算情况说明", "一、收入支出决算总体情况说明"]);
    expect(s?.text).toBe(
      "2024年度收、支总计5487.18万元。与上年相比，减少326.65万元，降低5.62%，主要是因为压减了运转经费开支。",
    );
  });

  it("（三）是三级、1、是四级，路径完整", () => {
    const item = byTitle("1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）");
    expect(item?.level).toBe(4);
    expect(item?.path).toEqual([
      "第三部分 2024年度部门决算情况说明",
      "五、一般公共预算财政拨款支出决算情况说明",
      "（三）一般公共预算财政拨款支出决算具体情况",
      "1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）",
    ]);
    expect(item?.text).toContain("年初预算为3387.7万元，支出决算为3647.8万元，完成年初预算的107.68%");
  });

  it("同级标题按顺序排列：（一）（二）（三），1、2、3、4、5、6", () => {
    const level3 = sections.filter((s) => s.level === 3).map((s) => s.title.slice(0, 3));
    expect(level3).toEqual(["（一）", "（二）", "（三）"]);
    const level4 = sections.filter((s) => s.level === 4).map((s) => s.title.split("、")[0]);
    expect(level4).toEqual(["1", "2", "3", "4", "5", "6"]);
  });

  it("行号是原文行号（1 起），上级章节的范围覆盖下级", () => {
    const five = byTitle("五、一般公共预算财政拨款支出决算情况说明");
    const first = byTitle("1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）");
    // Excerpt line 21 is document line 380; the excerpt starts at line 1.
    expect(five?.lines[0]).toBe(380 - 359);
    expect(first?.lines[0]).toBe(396 - 359);
    expect(five!.lines[1]).toBeGreaterThanOrEqual(first!.lines[1]);
  });

  it("（1）项目标题是五级（000 附件 第654行）", () => {
    const { sections: s } = parseSections("000", excerpt("000", 650, 660), () => false);
    const project = s.find((x) => x.title === "（1）政府门户网站专项资金项目");
    expect(project?.level).toBe(5);
    expect(project?.path).toEqual(["（二）项目支出绩效情况", "（1）政府门户网站专项资金项目"]);
  });

  it("带句号的“1.”条目不是标题，“1.”短标题才是", () => {
    const lines = [
      "（二）“三公”经费财政拨款支出决算具体情况说明",
      "",
      "1.因公出国（境）费",
      "",
      "支出决算为0万元。",
    ];
    const { sections: s } = parseSections("x", lines, () => false);
    expect(s.map((x) => [x.level, x.title])).toEqual([
      [3, "（二）“三公”经费财政拨款支出决算具体情况说明"],
      [4, "1.因公出国（境）费"],
    ]);
  });

  it("含逗号的短标题“1. 坚持身在兵位、胸为帅谋，精准做好参谋辅政”也是四级标题（000 第622行）", () => {
    const { sections: s } = parseSections("000", excerpt("000", 620, 632), () => false);
    expect(s.find((x) => x.title === "1. 坚持身在兵位、胸为帅谋，精准做好参谋辅政")?.level).toBe(4);
  });
});

describe("目录不产生标题", () => {
  const { sections } = wholeDocument("000");

  it("000 目录（第7–52行）里的“第一部分…”“六、…”都不是章节", () => {
    const inToc = sections.filter((s) => s.level > 0 && s.lines[0] >= 7 && s.lines[0] <= 53);
    expect(inToc).toEqual([]);
    expect(sections[0].title).toBe("封面");
    expect(sections[1].lines[0]).toBe(54);
  });

  it("正文里的“六、一般公共预算财政拨款基本支出决算情况说明”只出现一次，在第468行", () => {
    const six = sections.filter((s) => s.title === "六、一般公共预算财政拨款基本支出决算情况说明");
    expect(six.map((s) => s.lines[0])).toEqual([468]);
  });

  it("002 目录（第9–48行）同样被跳过；五个部分各出现一次", () => {
    const parts = wholeDocument("002").sections.filter((s) => s.level === 1);
    expect(parts.map((s) => s.title.slice(0, 4))).toEqual([
      "第一部分",
      "第二部分",
      "第三部分",
      "第四部分",
      "第五部分",
    ]);
    expect(parts[0].lines[0]).toBe(50);
  });

  it("000 第一部分的标题跨两行：“株洲市人民政府办公室 / 部门（单位）概况”（第54–56行）", () => {
    expect(sections[1].title).toBe("第一部分 株洲市人民政府办公室部门（单位）概况");
  });
});

describe("修复被转换打断的句子", () => {
  const { sections, paragraphs } = wholeDocument("000");
  const textOf = (prefix: string) => sections.find((s) => s.title.startsWith(prefix))?.text ?? "";

  it("“…考核奖\\n\\n励资金。”（000 第410–412行）合成一句", () => {
    const text = textOf("4、一般公共服务支出（类）其他一般公共服务支出（款）");
    expect(text).toBe(
      "年初预算为0万元，支出决算为30.45万元，决算数大于年初预算数的主要原因是：年中机构改革纳入了原金融办考核奖励资金。",
    );
    const p = paragraphs.find((x) => x.text.includes("考核奖励资金"));
    expect(p?.lines).toEqual([410, 412]);
  });

  it("“决算数大于年初\\n\\n预算数的主要原因是”（000 第436–438行）", () => {
    expect(textOf("10、卫生健康支出（类）")).toContain(
      "决算数大于年初预算数的主要原因是：追加单位的增人增资经费。",
    );
  });

  it("以逗号结尾的行接上下一段：“金融支出39.27万元，\\n\\n占0.72%”（000 第388–390行）", () => {
    expect(textOf("（二）一般公共预算财政拨款支出决算结构情况")).toContain("金融支出39.27万元，占0.72%；");
  });

  it("002 “…完成年初预算的87.6%，\\n\\n决算数小于…”（第422–424行）", () => {
    expect(wholeDocument("002").sections.find((s) => s.title.startsWith("12、"))?.text).toBe(
      "年初预算为10.93万元，支出决算为9.57万元，完成年初预算的87.6%，决算数小于年初预算数的主要原因是：人员退休，支出减少。",
    );
  });

  it("以句号结尾的段落不与下一个标题合并", () => {
    const s = textOf("一、收入支出决算总体情况说明");
    expect(s).not.toContain("二、");
    expect(sections.some((x) => x.title === "二、收入决算情况说明")).toBe(true);
  });

  it("表格行不进入任何段落", () => {
    expect(paragraphs.some((p) => p.text.includes("5,487.18") || p.text.includes("2010301"))).toBe(false);
  });

  it("被打断的句子“（九）协调…政府门户网站有关工\\n\\n作，…”不是标题（000 第582–584行）", () => {
    expect(sections.map((s) => s.title)).not.toContain("（九）协调全市电子政务建设管理、政府门户网站有关工");
  });
});

describe("表注不是标题", () => {
  for (const [id, line] of [
    ["000", 138],
    ["001", 146],
    ["002", 128],
  ] as const) {
    it(`${id} 第${line}行表注“2.本套报表金额单位转换时可能存在尾数误差”不成为四级标题`, () => {
      const titles = wholeDocument(id).sections.map((s) => s.title.replace(/\s/g, ""));
      expect(titles).not.toContain("2.本套报表金额单位转换时可能存在尾数误差");
    });
  }
});

describe("a line introducing a list", () => {
  // putuo-sfj-2026-bumen-yusuan p8 (pdftoppm -r 80): the reason's line has no full stop, and the
  // next line introduces the list of spending items.
  it("opens a paragraph of its own, so the reason before it ends where it ends", () => {
    const lines = [
      "四、部门预算编制说明",
      "财政拨款收入支出增加的主要原因是工作量增加",
      "财政拨款支出主要内容如下：",
      "1、公共安全支出（204类）司法（06款）行政运行（01项）1672.67万元。",
    ];
    const { paragraphs } = parseSections("sfj", lines, () => false);
    expect(paragraphs.map((p) => p.text)).toContain("财政拨款收入支出增加的主要原因是工作量增加");
    expect(paragraphs.map((p) => p.text)).toContain("财政拨款支出主要内容如下：");
  });
});

describe("a list whose first item closes a sentence", () => {
  // putuo-sfj-2026-bumen-yusuan p6 (pdftoppm -r 70): "具体包括：1.普陀区司法局本部" with
  // "2.普陀区法律援助中心" on the line below; the page's heading is the contents' "二、部门机构设置".
  it("keeps the second item in the paragraph, not as a heading of its own", () => {
    const lines = [
      "二、部门机构设置",
      "上海市普陀区司法局部门预算是包括区司法局本部以及下属1家预算单位的综合收支计划。",
      "本部门中，行政单位1家，参公单位1家，具体包括：1.普陀区司法局本部",
      "2.普陀区法律援助中心",
    ];
    const { sections } = parseSections("sfj", lines, () => false);
    expect(sections.map((s) => s.title)).toEqual(["二、部门机构设置"]);
    expect(sections[0].text).toContain("2.普陀区法律援助中心");
  });

  // putuo-wanli-2024-bumen-yusuan p4 (pdftoppm -r 60): "…具体包括：" then items 1–6 on lines of their own.
  it("items on lines of their own after '具体包括：' are the paragraph's list, not headings", () => {
    const lines = [
      "二、部门机构设置",
      "本部门中，行政单位 1 家，参公单位1家，事业单位 4 家，具体包括：",
      "1. 上海市普陀区人民政府万里街道办事处（本部）。",
      "2. 上海市普陀区万里街道社区事务受理服务中心。",
      "6. 上海市普陀区万里街道综合行政执法队。",
    ];
    const { sections } = parseSections("wanli", lines, () => false);
    // Items 1 and 2 continue the list; a number that skips ahead is no item of it.
    expect(sections.map((s) => s.title)).toEqual([
      "二、部门机构设置",
      "6. 上海市普陀区万里街道综合行政执法队",
    ]);
    expect(sections[0].text).toContain("2. 上海市普陀区万里街道社区事务受理服务中心");
  });

  // 000 line 628: "2.坚持聚焦重点、真抓实干，推动工作落地见效" follows item 1's paragraph, not a colon.
  it("a numbered heading after an ordinary paragraph stays a heading", () => {
    const titles = wholeDocument("000").sections.map((s) => s.title);
    expect(titles).toContain("2.坚持聚焦重点、真抓实干，推动工作落地见效");
  });

  it("a short last item of a list whose items are paragraphs is body text, not a heading (putuo-sfj-2026 p5)", () => {
    // The rendered page: "（九）规划、协调、指导本区法治人才队伍建设相关工作。负责本系统各类干部队伍建设。" then
    // "（十）完成区委、区政府交办的其他任务。" — the tenth duty, short enough to look like a heading.
    const lines = [
      "一、部门主要职能",
      "（九）规划、协调、指导本区法治人才队伍建设相关工作。负责本系统各类干部队伍建设。",
      "",
      "（十）完成区委、区政府交办的其他任务。",
      "二、部门机构设置",
    ];
    const { sections: s } = parseSections("x", lines, () => false);
    expect(s.map((x) => x.title)).toEqual(["一、部门主要职能", "二、部门机构设置"]);
    expect(s[0].text).toContain("（十）完成区委、区政府交办的其他任务。");
  });

  it("a titled item after a paragraph item stays a heading (001 lines 7–9: （二）单位机构、人员情况)", () => {
    const { sections: s } = parseSections("001", excerpt("001", 5, 12), () => false);
    expect(s.find((x) => x.title === "（二）单位机构、人员情况")?.level).toBe(3);
  });
});
