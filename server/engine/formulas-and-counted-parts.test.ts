import { describe, expect, it } from "vitest";
import { DOC } from "../testing/sample-index.js";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";
import { expectCited } from "./answer-expect.js";

/**
 * Rendered pages (pdftoppm -r 80): putuo-czj-2024-bumen-juesuan.pdf p21, "一般公共预算财政拨款支出年初预算为
 * 2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%" (2940.05 ÷ 2993.92 = 98.20 % by hand);
 * shanghai-czj-2025-danwei-yusuan.pdf p20, 三公 合计 346.30 = 因公出国(境)费 288.70 + 公务接待费 25.40 +
 * 公务用车购置及运行费 32.20 (by hand: 346.30).
 */
const pdf = usePdfEngine(["putuo-czj-2024-bumen-juesuan.pdf", "shanghai-czj-2025-danwei-yusuan.pdf"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("a follow-up asking only for the arithmetic", () => {
  it("answers the question before again, its formula shown", async () => {
    const r = await pdf.ask("普陀区财政局24年年初预算执行得怎样", "把计算过程发我");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("2940.05 ÷ 2993.92 = 98.20%");
  });

  it("“怎么算出来的” is the same request", async () => {
    const r = await pdf.ask("普陀区财政局24年年初预算执行得怎样", "这个怎么算出来的");
    expect(plain(r.answer)).toContain("2940.05 ÷ 2993.92 = 98.20%");
  });
});

/**
 * putuo-czj-2024-bumen-juesuan.pdf p24 (rendered): "政府采购金额…为251.25万元，其中：货物采购金额4.79万元、工程采购
 * 金额0万元、服务采购金额246.47万元" (by hand 4.79 + 0 + 246.47 = 251.26).
 */
describe("parts added against the amount the asker puts their whole at", () => {
  it("“货物+工程+服务加起来等于N吗”: the parts added, set against the printed whole", async () => {
    const r = await pdf.ask("普陀财政局采购的货物和工程和服务三项相加，是不是等于251.25万");
    expect(r.status).toBe("answered");
    const text = plain(r.answer);
    expect(text).toContain("4.79 + 0 + 246.47 = 251.26");
    expect(text).toContain("251.25万元");
    expect(text).toContain("问题中所说的数字与文件所列相符");
  });
});

describe("a whole's parts counted and added", () => {
  it("“<整体>三项加起来是不是N” adds the whole's parts and sets them against it", async () => {
    const r = await pdf.ask("上海市财政局25年三公经费三项相加等不等于346.3");
    expect(r.status).toBe("answered");
    const text = plain(r.answer);
    expect(text).toContain("288.7 + 32.2 + 25.4 = 346.3");
    expect(text).not.toContain("与文件不符");
  });
});

/**
 * data/docs/000 line 484: 六个出国团组 and what each cost ("…赴尼日利亚、埃及考察团支出12.39万元…"), the
 * largest 12.39 (5.41, 9.5, 7.5, 6.58, 8.6 the others).
 */
const sample = useSampleEngine();

describe("a delegation called 团", () => {
  it("“哪个团花得最多” ranks the delegations the sentence lists", async () => {
    const r = await sample.ask("市政府办24年出国的那几个团，哪个团花得最多");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("赴尼日利亚、埃及考察团：12.39万元");
    expectCited(r, DOC.cityFinal, 484);
  });
});
