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

  it("有“部门决算”字样但找不到年度：抛出 NOT_A_DISCLOSURE 并说明缺什么", () => {
    const error = appErrorOf(() =>
      extractMeta("x.txt", ["株洲市某某事务中心", "部门决算", "本单位收支情况如下。"]),
    );
    expect(error.code).toBe("NOT_A_DISCLOSURE");
    expect(error.message).toContain("year");
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
