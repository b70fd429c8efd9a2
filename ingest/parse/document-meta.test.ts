import { describe, expect, it } from "vitest";
import { CORPUS_FILES, corpusLines, type DocId } from "../testing/corpus.js";
import { AppError } from "../../lib/app-error.js";
import { extractMeta, isAbbreviationOf } from "./document-meta.js";

function metaOf(id: DocId) {
  return extractMeta(CORPUS_FILES[id], corpusLines(id));
}

/** Run `fn` and return the AppError it throws (fails the test when it throws nothing or something else). */
function appErrorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error("expected an AppError, nothing was thrown");
}

describe("extractMeta：从正文读出单位、年度、类型和金额单位", () => {
  it("000 株洲市人民政府办公室 2024年度部门决算", () => {
    const meta = metaOf("000");
    expect(meta.unit).toBe("株洲市人民政府办公室");
    expect(meta.year).toBe(2024);
    expect(meta.kind).toBe("决算");
    expect(meta.amountUnit).toBe("万元");
    expect(meta.title).toContain("株洲市人民政府办公室");
    expect(meta.title).toContain("决算");
  });

  it("001 株洲市人民政府驻北京联络处（逐格一行版式，无封面标题）", () => {
    const meta = metaOf("001");
    expect(meta.unit).toBe("株洲市人民政府驻北京联络处");
    expect(meta.year).toBe(2024);
    expect(meta.kind).toBe("决算");
    expect(meta.amountUnit).toBe("万元");
    expect(meta.title).toContain("株洲市人民政府驻北京联络处");
  });

  it("002 中共株洲市天元区委办公室：表头“部门：区委办”是简称，不是单位全称", () => {
    const meta = metaOf("002");
    expect(meta.unit).toBe("中共株洲市天元区委办公室");
    expect(meta.year).toBe(2024);
    expect(meta.kind).toBe("决算");
    expect(meta.amountUnit).toBe("万元");
    expect(meta.selfAliases).toContain("区委办");
    expect(meta.selfAliases).not.toContain("中共株洲市天元区委办公室");
  });

  it("003 株洲市人民政府办公室 2024年部门预算说明（纯叙述，无表）", () => {
    const meta = metaOf("003");
    expect(meta.unit).toBe("株洲市人民政府办公室");
    expect(meta.year).toBe(2024);
    expect(meta.kind).toBe("预算");
    expect(meta.amountUnit).toBe("万元");
    expect(meta.title).toContain("预算");
  });

  it("年度不被文号、附件年份干扰（001 有“株编办【2010】297号”、“2025年5月8日”）", () => {
    const lines = corpusLines("001");
    expect(lines.some((l) => l.includes("【2010】"))).toBe(true);
    expect(lines.some((l) => l.includes("2025年5月8日"))).toBe(true);
    expect(metaOf("001").year).toBe(2024);
  });

  it("只看内容、不看文件名：误导性的文件名不改变结果", () => {
    const meta = extractMeta("2019年度某某局部门预算.txt", corpusLines("000"));
    expect(meta.unit).toBe("株洲市人民政府办公室");
    expect(meta.year).toBe(2024);
    expect(meta.kind).toBe("决算");
  });

  it("“单位：元”的文本读出金额单位为元", () => {
    const lines = [
      "2023年度",
      "株洲市某某事务中心",
      "部门决算",
      "收入支出决算总表",
      "公开01表",
      "单位：元",
      "部门：株洲市某某事务中心",
    ];
    const meta = extractMeta("x.txt", lines);
    expect(meta.amountUnit).toBe("元");
    expect(meta.year).toBe(2023);
    expect(meta.unit).toBe("株洲市某某事务中心");
  });
});

describe("extractMeta：不是预决算公开文件时报错", () => {
  it("会议纪要：抛出 NOT_A_DISCLOSURE", () => {
    const error = appErrorOf(() =>
      extractMeta("纪要.txt", [
        "关于食堂管理的会议纪要",
        "",
        "2024年3月5日，后勤科召开会议，讨论了食堂菜单和就餐时间。",
        "参会人员：张三、李四。",
      ]),
    );
    expect(error.code).toBe("NOT_A_DISCLOSURE");
    expect(error.status).toBe(422);
    expect(error.message).toContain("纪要.txt");
  });

  it("空文本：抛出 NOT_A_DISCLOSURE", () => {
    expect(appErrorOf(() => extractMeta("empty.txt", [""])).code).toBe("NOT_A_DISCLOSURE");
  });

  it("README 式说明文字（句子里提到部门决算，但没有公开文件的标题或标准表）：抛出 NOT_A_DISCLOSURE", () => {
    const error = appErrorOf(() =>
      extractMeta("README.md", ["样本文件", "", "这里放的是各单位的部门决算和部门预算公开文本。"]),
    );
    expect(error.code).toBe("NOT_A_DISCLOSURE");
  });
});

describe("extractMeta：好文件不因缺一项而被丢弃", () => {
  const warningsOf = (meta: ReturnType<typeof extractMeta>) =>
    meta.warnings.map((w) => `${w.code}:${w.message}`);

  it("有“部门决算”标题但找不到年度：照常读出单位和类型，年度记为0，并给出 metadata 警告", () => {
    const meta = extractMeta("x.txt", ["株洲市某某事务中心", "部门决算", "本单位收支情况如下。"]);
    expect(meta.unit).toBe("株洲市某某事务中心");
    expect(meta.kind).toBe("决算");
    expect(meta.year).toBe(0);
    expect(warningsOf(meta)).toEqual([expect.stringMatching(/^metadata:.*年度/)]);
  });

  it("找不到单位名称：记为可见的占位名（带文件名），并给出 metadata 警告", () => {
    const meta = extractMeta("docs/x.txt", [
      "2024年度部门决算",
      "收入支出决算总表",
      "公开01表",
      "单位：万元",
    ]);
    expect(meta.unit).toBe("未识别单位（x.txt）");
    expect(meta.year).toBe(2024);
    expect(meta.kind).toBe("决算");
    expect(warningsOf(meta)).toEqual([expect.stringMatching(/^metadata:.*单位/)]);
  });

  it("年度只在正文里出现：取最常见的年份并说明", () => {
    const meta = extractMeta("x.txt", [
      "株洲市某某事务中心",
      "部门决算",
      "2023年收入120万元，2023年支出118万元。",
    ]);
    expect(meta.year).toBe(2023);
    expect(warningsOf(meta)).toEqual([expect.stringMatching(/^metadata:.*2023/)]);
  });

  it("--unit/--year/--kind 覆盖正文；与正文不同时留下 metadata 警告", () => {
    const meta = extractMeta("x.txt", corpusLines("001"), {
      unit: "株洲市人民政府驻北京联络处",
      year: 2024,
      kind: "决算",
    });
    expect([meta.unit, meta.year, meta.kind]).toEqual(["株洲市人民政府驻北京联络处", 2024, "决算"]);
    expect(meta.warnings).toEqual([]);
    const other = extractMeta("x.txt", corpusLines("001"), { year: 2023 });
    expect(other.year).toBe(2023);
    expect(warningsOf(other)).toEqual([expect.stringMatching(/^metadata:年度按指定值“2023”.*2024/)]);
  });

  it("三项都由命令行给出时，没有标题的文本也照常建立索引", () => {
    const meta = extractMeta("x.txt", ["本单位收支情况如下。"], {
      unit: "某某中心",
      year: 2024,
      kind: "预算",
    });
    expect([meta.unit, meta.year, meta.kind]).toEqual(["某某中心", 2024, "预算"]);
  });
});

/** Cover lines of the published 上海 PDFs, as their text layer reads (pdftotext -layout, pages 1). */
describe("extractMeta：上海封面（预算主管部门 / 预算单位、部门 / 单位版本）", () => {
  it("putuo-sfj-2026-bumen-yusuan：区级部门预算，预算主管部门 → 部门版", () => {
    const meta = extractMeta("a.pdf", [
      "上海市普陀区2026年区级部门预算",
      "",
      "    预算主管部门：上海市普陀区司法局",
      "                        目 录",
    ]);
    expect([meta.unit, meta.year, meta.kind, meta.edition]).toEqual([
      "上海市普陀区司法局",
      2026,
      "预算",
      "部门",
    ]);
    expect(meta.warnings).toEqual([]);
  });

  it("putuo-shfly-2024-danwei-yusuan：标题折成两行也读得出，预算单位 → 单位版", () => {
    const meta = extractMeta("b.pdf", [
      "上海市普陀区社会福利院",
      "2024年单位预算",
      "",
      "     预算单位：上海市普陀区社会福利院",
    ]);
    expect([meta.unit, meta.year, meta.kind, meta.edition]).toEqual([
      "上海市普陀区社会福利院",
      2024,
      "预算",
      "单位",
    ]);
  });

  it("shanghai-czj-2025-danwei-yusuan：“上海市财政局（单位）主要职能”里的（单位）是版本字样，不是单位名的一部分", () => {
    const meta = extractMeta("c.pdf", [
      "上海市2025年市级单位预算",
      "",
      "   预算单位：上海市财政局",
      "                         目   录",
      "                        上海市财政局（单位）主要职能",
    ]);
    expect([meta.unit, meta.year, meta.edition]).toEqual(["上海市财政局", 2025, "单位"]);
  });

  it("标题用 **…** 强调（Markdown 导出）", () => {
    const meta = extractMeta("d.md", [
      "**上海市普陀区社会福利院2024年单位预算**",
      "预算单位：上海市普陀区社会福利院",
    ]);
    expect([meta.unit, meta.year, meta.kind]).toEqual(["上海市普陀区社会福利院", 2024, "预算"]);
  });

  it("单位名带（本级）：全称保留后缀，不带后缀的名称作别名；成员名单里的“（本级）”不改单位名", () => {
    const meta = extractMeta("e.pdf", [
      "上海市普陀区财政局（本级）",
      "2024年度部门决算",
      "部门：上海市普陀区财政局",
    ]);
    expect(meta.unit).toBe("上海市普陀区财政局（本级）");
    expect(meta.selfAliases).toContain("上海市普陀区财政局");
    // putuo-czj-2024-bumen-juesuan p3: the 部门 edition lists its own body as a member "（本级）".
    const lines = [
      "上海市普陀区财政局",
      "2024年度部门决算",
      ...Array<string>(12).fill(""),
      "上海市普陀区财政局（本级）",
    ];
    expect(extractMeta("f.pdf", lines).unit).toBe("上海市普陀区财政局");
  });
});

describe("isAbbreviationOf：简称的字按顺序出现在全称里", () => {
  it("区委办 ⊂ 中共株洲市天元区委办公室；市政府办 ⊂ 株洲市人民政府办公室", () => {
    expect(isAbbreviationOf("区委办", "中共株洲市天元区委办公室")).toBe(true);
    expect(isAbbreviationOf("市政府办", "株洲市人民政府办公室")).toBe(true);
    expect(isAbbreviationOf("驻京办", "株洲市人民政府驻北京联络处")).toBe(false);
    expect(isAbbreviationOf("株洲市人民政府办公室", "株洲市人民政府办公室")).toBe(false);
  });
});

describe("the document's own short name, from its contents page", () => {
  it("a contents line names its part before the dot leader and page number", () => {
    const lines = [
      "锡林郭勒盟某某旗自然资源局",
      "2025年部门预算",
      "目  录",
      "第一部分  某旗自然资源局概况………………………………   3",
      "第二部分  某旗自然资源局2025年部门预算表…………   4",
      "表1 2025年部门收支总表",
      "单位名称：锡林郭勒盟某某旗自然资源局",
    ];
    const meta = extractMeta("x.txt", lines);
    expect(meta.unit).toBe("锡林郭勒盟某某旗自然资源局");
    expect(meta.selfAliases).toContain("某旗自然资源局");
  });
});

describe("a body's other nameplates (加挂…牌子)", () => {
  it("each name the body also carries is one of its own names", () => {
    // ingest/fixtures/unseen/huzhou-nyncj-2025-yusuan.pdf, page 3: "…为正处级，加挂湖州市乡村振兴局牌子。"
    const meta = extractMeta("h.pdf", [
      "湖州市农业农村局2025年部门预算",
      "第一部分 部门概况",
      "湖州市农业农村局是市政府工作部门，为正处级，加挂湖州市乡村振兴局牌子。主要职责是：",
    ]);
    expect(meta.unit).toBe("湖州市农业农村局");
    expect(meta.selfAliases).toContain("湖州市乡村振兴局");
  });

  it("a list of nameplates gives each name; words that are no body's name give none", () => {
    // putuo-swh-2025-bumen-yusuan.pdf page 3 (rendered): "…加挂上海市普陀区经济委员会、上海市普陀区粮食和物资储备局牌子。"
    const meta = extractMeta("s.pdf", [
      "上海市普陀区商务委员会2025年部门预算",
      "上海市普陀区商务委员会是主管全区产业经济的区政府工作部门 ，为正处级，加挂上海市普陀区经济委员会、上海市普陀区粮食和物资储备局牌子。",
      "各街道加挂便民服务牌子。",
    ]);
    expect(meta.selfAliases).toEqual(
      expect.arrayContaining(["上海市普陀区经济委员会", "上海市普陀区粮食和物资储备局"]),
    );
    expect(meta.selfAliases).not.toContain("便民服务");
  });
});
