import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";

/**
 * Questions about the units themselves — which units a document covers, what kind of body a unit
 * is — and a passage asked beside a figure. Expected text is read from data/docs at the lines given
 * and off the rendered PDF pages (pdftoppm -r 60/70).
 */
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("which units a department's documents cover", () => {
  const { ask } = useSampleEngine();

  // 003 lines 31–32: "三、部门预算单位构成 / 我单位纳入2024年度部门预算编制范围的为办公室机关本级和株洲市人民政府驻北京联络处。"
  it("'部门预算包括哪些单位' quotes the budget's own 单位构成, not the final accounts'", async () => {
    const r = await ask("株洲市政府办2024年部门预算包括哪些单位");
    expect(r.answer).toContain("办公室机关本级和株洲市人民政府驻北京联络处");
  });
});

describe("which units, in the Shanghai documents", () => {
  const { ask } = usePdfEngine([
    "putuo-czj-2024-bumen-juesuan.pdf",
    "putuo-sfj-2026-bumen-yusuan.pdf",
    "putuo-wanli-2024-bumen-yusuan.pdf",
  ]);

  // putuo-czj-2024-bumen-juesuan p5 (二、部门决算单位构成): 1 上海市普陀区财政局（本级）, 2 …财政所,
  // 3 上海市普陀区国库收付中心.
  it("'包含哪几家单位' is a list asked, quoted from 单位构成, not a count", async () => {
    const r = await ask("普陀区财政局的部门决算包含哪几家单位");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("国库收付中心");
  });

  // putuo-sfj-2026-bumen-yusuan p6: "具体包括：1.普陀区司法局本部 / 2.普陀区法律援助中心".
  it("the list's second item, on a line of its own, is quoted with the first", async () => {
    const r = await ask("普陀司法局的部门预算里有哪几家单位");
    expect(r.answer).toContain("2.普陀区法律援助中心");
  });

  // putuo-wanli-2024-bumen-yusuan p4: "…事业单位 4 家，具体包括：" then six numbered lines, the last
  // "6. 上海市普陀区万里街道综合行政执法队。".
  it("a list opened by '具体包括：' on lines of their own is quoted whole", async () => {
    const r = await ask("万里街道的部门预算包括哪几家单位");
    expect(r.answer).toContain("2. 上海市普陀区万里街道社区事务受理服务中心");
    expect(r.answer).toContain("6. 上海市普陀区万里街道综合行政执法队");
  });
});

describe("a passage and a figure asked in one message", () => {
  const { ask } = usePdfEngine(["putuo-sfj-2026-bumen-yusuan.pdf"]);

  // putuo-sfj-2026-bumen-yusuan p23 (人民调解项目经费情况说明): "一、项目概述 人民调解承担着化解社会矛盾…";
  // "六、年度预算安排 795万元".
  it("'项目是干什么的，安排了多少钱' quotes what it is for and reads its amount", async () => {
    const r = await ask("司法局的人民调解项目是干什么的，2026年安排了多少钱？");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("795.00万元");
    expect(r.answer).toContain("人民调解承担着化解社会矛盾");
  });
});

describe("what kind of body a unit is", () => {
  const { ask } = useSampleEngine();

  // 001 line 11: "株洲市人民政府驻北京联络处是市政府直属正处级公益一类事业单位单位，现有科室1个…".
  it("'是个什么级别的单位' quotes the sentence that ranks it", async () => {
    const r = await ask("驻京办是个什么级别的单位？");
    expect(r.answer).toContain("正处级公益一类事业单位");
  });

  // 001 line 1199: "本部门主要职责是：负责市委、市人民政府领导在京公务活动的接待工作…".
  it("'平时主要干啥' is its duties; '平时' names nothing to look for", async () => {
    const r = await ask("驻京办平时主要干啥");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("在京公务活动的接待工作");
  });
});

describe("a count asked in all", () => {
  const { ask } = useSampleEngine();

  // 001 line 1267: "…累计接待了125批次1222人次，其中：公务接待16批次176人次，支出2.71万元；商务接待5批次47人…".
  it("'一共接待了多少批次、多少人次' quotes the sentence with the whole, not only the 公务接待 part", async () => {
    const r = await ask("驻京办2024年一共接待了多少批次、多少人次？");
    expect(r.answer).toContain("累计接待了125批次1222人次");
  });
});
