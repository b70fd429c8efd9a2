import { describe, expect, it } from "vitest";
import type { Paragraph } from "../parse/parse-sections.js";
import { extractRelations, listedBodies } from "./extract-relations.js";

/** The lists as pdftotext gives them, lines joined (putuo-sfj-2026, putuo-swh-2025, putuo-wanli-2024 部门预算). */
describe("the bodies a department's numbered list names", () => {
  it("leaves the department's own (本部) out", () => {
    const flat =
      "本部门中，行政单位1家，参公单位1家，具体包括： 1. 普陀区司法局本部       2. 普陀区法律援助中心                            名词解释";
    expect(listedBodies(flat)).toEqual(["普陀区法律援助中心"]);
  });

  it("reads past an item's own description to the next number", () => {
    const flat =
      "本部门中，行政单位1家，事业单位1家，具体包括：   1. 商务委本部，上海市普陀区商务委员会机关设9个内设机构，包括：办公室、综合调研科、商业发展科、市场秩序科（粮食和物资 储备科）、产业发展科。   2. 上海市普陀区中小企业服务中心，不单列预算。";
    expect(listedBodies(flat)).toEqual(["上海市普陀区中小企业服务中心"]);
  });

  it("reads every item of a longer list, each ending in 。", () => {
    const flat =
      "本部门中，行政单位 1 家，参公单位1家，事业单位 4 家，具体包括： 1. 上海市普陀区人民政府万里街道办事处（本部）。 2. 上海市普陀区万里街道社区事务受理服务中心。 3. 上海市普陀区万里街道社区党群服务中心。 4. 上海市普陀区万里街道城市运行管理中心。";
    expect(listedBodies(flat)).toEqual([
      "上海市普陀区万里街道社区事务受理服务中心",
      "上海市普陀区万里街道社区党群服务中心",
      "上海市普陀区万里街道城市运行管理中心",
    ]);
  });

  it("finds nothing where no department lists its bodies", () => {
    expect(listedBodies("单位职责具体包括：1. 负责财政收支。2. 负责预算编制。")).toEqual([]);
  });
});

/** ingest/fixtures/unseen/huzhou-nyncj-2025-yusuan.pdf, rendered page 3, 二、部门机构设置. */
describe("the bodies a department says it runs", () => {
  it("reads '局属事业单位3家，分别是：…', each name without the kind said in brackets after it", () => {
    const paragraph = {
      text: "局属事业单位3家，分别是：湖州市农业农村发展服务中心（公益一类）、湖州市农业综合行政执法队（参照公务员法管理）、湖州市农产品质量安全检测中心（公益二类）。",
      section: ["二、部门机构设置"],
      lines: [1, 1],
    } as Paragraph;
    expect(extractRelations([paragraph], [], "湖州市农业农村局").relations).toEqual([
      { parent: "湖州市农业农村局", child: "湖州市农业农村发展服务中心" },
      { parent: "湖州市农业农村局", child: "湖州市农业综合行政执法队" },
      { parent: "湖州市农业农村局", child: "湖州市农产品质量安全检测中心" },
    ]);
  });

  it("reads schools counted in 所 ('普通高中2所（A、B）') and a kind listed after its count and a colon", () => {
    // 岱南县教育和体育局 2024 决算 (ingest/fixtures/unseen/dainan-jytj-2024-juesuan.docx), 第一部分 二, shortened.
    const paragraph = {
      text: "局属单位17个，其中：普通高中2所（岱南县第一中学、岱南县第二中学），初级中学1所（岱南县实验中学），体育运动学校1所（岱南县体育运动学校）；其他事业单位6个：岱南县教学研究室、岱南县教师发展中心。",
      section: ["二、机构设置"],
      lines: [1, 1],
    } as Paragraph;
    expect(extractRelations([paragraph], [], "岱南县教育和体育局").relations.map((r) => r.child)).toEqual([
      "岱南县第一中学",
      "岱南县第二中学",
      "岱南县实验中学",
      "岱南县体育运动学校",
      "岱南县教学研究室",
      "岱南县教师发展中心",
    ]);
  });

  it("keeps '和' inside a body's name, and reads '（均为公益一类事业单位）' as the bodies' kind", () => {
    const paragraph = {
      text: "纳入本部门2024年度部门决算编制范围的单位共3个，包括：某县林业局机关本级，下属事业单位某县林木种苗站、某县森林资源和湿地保护中心（均为公益一类事业单位）。",
      section: ["一、部门概况"],
      lines: [1, 1],
    } as Paragraph;
    const { relations, covers } = extractRelations([paragraph], [], "某县林业局");
    expect(relations.map((r) => r.child)).toEqual(["某县林木种苗站", "某县森林资源和湿地保护中心"]);
    expect(covers).toEqual(["某县林木种苗站", "某县森林资源和湿地保护中心"]);
  });

  it("reads no body from the clause saying what the body before is ('A，为公益二类事业单位')", () => {
    const paragraph = {
      text: "所属事业单位1个：某县仲裁院，为公益二类事业单位，实行独立核算。",
      section: ["二、机构设置"],
      lines: [1, 1],
    } as Paragraph;
    expect(extractRelations([paragraph], [], "某县司法局").relations.map((r) => r.child)).toEqual([
      "某县仲裁院",
    ]);
  });

  it("takes the department under its second nameplate ('<本部门>（<某中心>）') for no body of it", () => {
    const lines = ["主管部门 某县司法局 实施单位 某县司法局（县调解中心）"];
    expect(extractRelations([], [], "某县司法局", lines).relations).toEqual([]);
  });

  it("still parts two bodies joined by '和' after the first one's closing word", () => {
    const paragraph = {
      text: "局属事业单位2个，分别是：某市测绘院和某市不动产登记中心。",
      section: ["二、机构设置"],
      lines: [1, 1],
    } as Paragraph;
    expect(extractRelations([paragraph], [], "某市自然资源局").relations.map((r) => r.child)).toEqual([
      "某市测绘院",
      "某市不动产登记中心",
    ]);
  });

  it("reads '下属单位N个，其中<kind>N个（A），<kind>N个（B、C）': the bodies in the brackets after each count", () => {
    const paragraph = {
      text: "某局下属单位3个，其中参照公务员法管理事业单位1个（某市执法支队），公益一类事业单位2个（某市图书馆、某市文物保护中心）。",
      section: ["二、机构设置"],
      lines: [1, 1],
    } as Paragraph;
    expect(extractRelations([paragraph], [], "某局").relations.map((r) => r.child)).toEqual([
      "某市执法支队",
      "某市图书馆",
      "某市文物保护中心",
    ]);
  });

  it("reads '所属事业单位N个：A（公益一类，副科级），B（…）', a note in brackets holding a comma", () => {
    const paragraph = {
      text: "所属事业单位2个：某旗不动产登记中心（公益一类，副科级），某旗土地收购储备中心（公益一类，股级）。",
      section: ["二、机构设置"],
      lines: [1, 1],
    } as Paragraph;
    expect(extractRelations([paragraph], [], "某旗自然资源局").relations.map((r) => r.child)).toEqual([
      "某旗不动产登记中心",
      "某旗土地收购储备中心",
    ]);
  });

  it("reads '所属二级预算单位N个：A，为…，内设…；B，为…': each body named before its description", () => {
    const paragraph = {
      text: "所属二级预算单位2个：某县公路管理段，为局属公益一类事业单位，内设综合办公室、养护技术股2个股室，下设城关、河口2个公路养护站；某县交通运输综合执法大队，为局属参照公务员法管理的事业单位，内设综合股、法制股。",
      section: ["二、机构设置"],
      lines: [1, 1],
    } as Paragraph;
    expect(extractRelations([paragraph], [], "某县交通运输局").relations.map((r) => r.child)).toEqual([
      "某县公路管理段",
      "某县交通运输综合执法大队",
    ]);
  });

  it("reads the units a budget covers after '纳入<单位>N年部门预算编制范围的单位共N个，即：', no count taken for a name", () => {
    const paragraph = {
      text: "纳入某县交通运输局2025年部门预算编制范围的单位共3个，即：某县交通运输局（本级）、某县公路管理段、某县交通运输综合执法大队。",
      section: ["二、机构设置"],
      lines: [1, 1],
    } as Paragraph;
    expect(extractRelations([paragraph], [], "某县交通运输局").covers).toEqual([
      "某县公路管理段",
      "某县交通运输综合执法大队",
    ]);
  });
});

describe("subordinates announced at a paragraph's end and listed one numbered paragraph each", () => {
  // ingest/fixtures/unseen/yunfu-wjj-2025-yusuan.html, 第一部分 二 (rendered page "— 3 —").
  const para = (text: string) =>
    ({ text, section: ["二、部门机构设置及预算单位构成"], lines: [1, 1] }) as Paragraph;
  const paragraphs = [
    para("纳入本部门2025年部门预算编制范围的单位共12个，包括局本级（行政单位）和所属事业单位11个，分别是："),
    para(
      "1．云浮市人民医院（公益二类事业单位，核定编制1280名）：全市规模最大的三级综合医院，承担医疗救治任务。",
    ),
    para("2．云浮市中医院（公益二类事业单位，核定编制620名）：三级中医医院，提供中医药医疗服务。"),
    para("3．云浮市疾病预防控制中心（公益一类事业单位，核定编制118名）：承担传染病预防控制。"),
    para("三、人员构成情况"),
  ];

  it("each numbered paragraph's body is a subordinate, in order, and the list stops where the numbers do", () => {
    const { relations } = extractRelations(paragraphs, [], "云浮市卫生健康局");
    expect(relations.map((r) => r.child)).toEqual([
      "云浮市人民医院",
      "云浮市中医院",
      "云浮市疾病预防控制中心",
    ]);
  });

  it("numbered paragraphs after no such opening are no bodies (a list of duties)", () => {
    const duties = [para("主要职责是："), para("1．负责全市卫生健康工作。"), para("2．负责疾病预防控制。")];
    expect(extractRelations(duties, [], "某局").relations).toEqual([]);
  });
});

/** ingest/fixtures/unseen/tuoxi-slj-2024-juesuan.doc, rendered page 4, （二）决算单位构成. */
describe("the units a final account covers, its own bodies among them", () => {
  it("reads '纳入…部门决算编制范围的单位共4个，包括：本局（本级）及所属A、B、C3个二级预算单位'", () => {
    const paragraph = {
      text: "纳入沱溪县水利局2024年度部门决算编制范围的单位共4个，包括：沱溪县水利局（本级）及所属沱溪县水利工程建设服务中心、沱溪县青龙湾水库管理站、沱溪县水库移民服务中心3个二级预算单位。",
      section: ["（二）决算单位构成"],
      lines: [1, 1],
    } as Paragraph;
    const { relations, covers } = extractRelations([paragraph], [], "沱溪县水利局");
    const bodies = ["沱溪县水利工程建设服务中心", "沱溪县青龙湾水库管理站", "沱溪县水库移民服务中心"];
    expect(covers).toEqual(bodies);
    expect(relations.map((r) => r.child)).toEqual(bodies);
  });
});
