import { describe, expect, it } from "vitest";
import { parseCorpus } from "../testing/corpus.js";
import { narrativeFacts } from "./narrative-facts.js";
import type { DocContext } from "./table-facts.js";

/**
 * data/docs/003 line 42: "…市长热线项目专项项目510万元，主要用于市长热线平台工作的运转保障；政府门户网站专项项目173万元，
 * 主要用于政府门户网站工作的运转保障；…"; data/docs/000 line 388: "2024年度财政拨款支出5487.18万元，主要用于以下方面：
 * 一般公共服务（类）支出4317.24万元，…" (a breakdown, not a purpose).
 */
describe("what a narrative amount is for", () => {
  it("is read right after the amount, each project its own", async () => {
    const docs = await parseCorpus();
    const facts = docs["003"].facts.filter((f) => !f.table);
    const hotline = facts.find((f) => f.row.includes("市长热线") && f.value === "510");
    const portal = facts.find((f) => f.row.includes("政府门户网站") && f.value === "173");
    expect(hotline?.purpose).toBe("主要用于市长热线平台工作的运转保障");
    expect(portal?.purpose).toBe("主要用于政府门户网站工作的运转保障");
  });

  // The same line: "驻京工作经费项目217万，主要用于驻京办的日常运转；" (the 元 left out).
  it("is read after an amount printed without 元", async () => {
    const docs = await parseCorpus();
    const office = docs["003"].facts.find(
      (f) => !f.table && f.row.includes("驻京工作经费") && f.value === "217",
    );
    expect(office?.purpose).toBe("主要用于驻京办的日常运转");
  });

  it("is not a list of the amount's parts", async () => {
    const docs = await parseCorpus();
    const spending = docs["000"].facts.find(
      (f) => !f.table && f.value === "5487.18" && f.source.excerpt.includes("主要用于以下方面"),
    );
    expect(spending).toBeDefined();
    expect(spending?.purpose).toBeUndefined();
  });

  // data/docs/001 line 1142: "公务用车运行维护费19.7万元，主要是燃油费、维修费、保险费等支出，截止…"; line 1119:
  // "…比年初预算减少9.2万元，主要原因是…" (a reason, not what the money is for).
  it("is the kinds of spending listed after “主要是”, never a reason", async () => {
    const docs = await parseCorpus();
    const facts = docs["001"].facts.filter((f) => !f.table);
    const running = facts.find((f) => f.value === "19.7" && f.source.excerpt.includes("燃油费"));
    expect(running?.purpose).toBe("主要是燃油费、维修费、保险费等支出");
    expect(facts.filter((f) => f.purpose?.includes("原因"))).toEqual([]);
  });
});

/**
 * ../fixtures/unseen/yichun-sthjj-2025-yusuan.md line 115: "…事业收入86.40万元，占1.18%，为宜春市生态环境监测
 * 中心承接社会委托检测取得的收入；其他收入30.00万元，占0.41\%，为宜春市环境信息与宣传教育中心取得的宣传合作收入。"
 */
describe("where an income comes from", () => {
  it("is read after the income's amount and share, one source said without a list", () => {
    const text =
      "2025年收入预算7320.22万元，其中：事业收入86.40万元，占1.18%，为宜春市生态环境监测中心承接社会委托检测取得的收入；其他收入30.00万元，占0.41%，为宜春市环境信息与宣传教育中心取得的宣传合作收入。";
    const doc = { docId: "d", unit: "某局", year: 2025, kind: "预算" } as DocContext;
    const facts = narrativeFacts([{ text, lines: [1, 1], section: ["二、收入预算情况"] }], doc);
    const purpose = (metric: string) =>
      facts.find((f) => f.metric === metric && f.measure === "万元")?.purpose;
    expect(purpose("事业收入")).toBe("为宜春市生态环境监测中心承接社会委托检测取得的收入");
    expect(purpose("其他收入")).toBe("为宜春市环境信息与宣传教育中心取得的宣传合作收入");
  });
});
