import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";

const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * Questions about a body's internal divisions and member units, answered by quoting the passage.
 * 000 line 86: "株洲市人民政府办公室内设机构包括：25 个内设科室、…"; 001 line 1284 (招商专项项目):
 * "…累计对接企业80余家…推动4个招商项目签约落地…". Rendered pages (pdftoppm -r 60):
 * putuo-sfj-2026-danwei-yusuan p4 ("上海市普陀区司法局设12个内设机构，包括：办公室、政治处、…教育
 * 帮扶科"); putuo-wanli-2024-bumen-yusuan p4 ("…本部以及下属 5 家预算单位…6. 上海市普陀区万里街道
 * 综合行政执法队").
 */
describe("divisions and member units (sample)", () => {
  const { ask } = useSampleEngine();
  it("内设多少个科室: the structure passage, not item headings that share 事业单位", async () => {
    const r = await ask("市政府办内设多少个科室，下面有几个事业单位");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("25个内设科室");
  });

  it("干了些什么、有什么成果: the project's results are quoted", async () => {
    const r = await ask("驻京办招商引资这块干了些什么，有什么成果");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("累计对接企业80余家");
  });

  // 002 lines 644–646: "项目支出 79.55 万元 … 因此项目为涉密项目，不作公开评价。"
  it.each([
    "区委办党政专用通信二级网建设用了多少钱，效果怎么样",
    "区委办党政专用通信二级网建设项目效果怎么样",
  ])("how a project worked out is its passage, not a figure: %s", async (question) => {
    const r = await ask(question);
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("不作公开评价");
  });

  // 001 line 1284: 招商专项 "项目支出38.46万元 … 累计对接企业80余家".
  it("啥成绩 asked beside the money quotes the results with the amount", async () => {
    const r = await ask("驻京办2024年招商引资花了多少，干出了啥成绩");
    const answer = plain(r.answer);
    expect(answer).toContain("38.46万元");
    expect(answer).toContain("累计对接企业80余家");
  });
});

describe("divisions and member units (PDF)", () => {
  const { ask } = usePdfEngine([
    "putuo-sfj-2026-bumen-yusuan.pdf",
    "putuo-sfj-2026-danwei-yusuan.pdf",
    "putuo-wanli-2024-bumen-yusuan.pdf",
  ]);
  it("科室 is asked of the passage that says 内设机构", async () => {
    const r = await ask("普陀区司法局有哪些科室");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("设12个内设机构");
    expect(plain(r.answer)).toContain("教育帮扶科");
  });

  it("部门预算由哪些单位组成: the units the 部门 edition consolidates", async () => {
    const r = await ask("万里街道2024年部门预算由哪些单位组成");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("综合行政执法队");
  });
});

describe("how many items a numbered list has", () => {
  // 000 lines 70–82: "一、部门职能职责" with "（一）协助市人民政府领导同志…" … "（十二）承办市人民政府交办的其他事项。";
  // putuo-sfj-2026-bumen-yusuan p4–p5 (rendered, pdftoppm -r 60): "（一）贯彻执行…" … "（十）完成区委、区政府交办的其他任务。".
  const sample = useSampleEngine();
  it("主要职责一共几条: the numbered paragraphs counted (12)", async () => {
    const r = await sample.ask("市政府办的主要职责有哪些，一共几条");
    expect(plain(r.answer)).toContain("共 12项");
  });

  const pdf = usePdfEngine(["putuo-sfj-2026-bumen-yusuan.pdf"]);
  it("a list whose last item is one short line is counted whole (10, not 9)", async () => {
    const r = await pdf.ask("普陀区司法局主要职责有几项");
    const text = plain(r.answer);
    expect(text).toContain("共 10项");
    expect(text).toContain("（十）完成区委、区政府交办的其他任务");
  });
});

describe("a variance draft asked as 说明稿", () => {
  // 002 lines 408–410: 职业年金缴费支出（项）"年初预算为53.13万元，支出决算为11.98万元，完成年初预算的22.5%…
  // 主要原因是：退休人员职业年金支出减少".
  const sample = useSampleEngine();
  it("差异说明稿 drafts the budget-and-actual paragraph", async () => {
    const r = await sample.ask("区委办职业年金缴费差异说明稿");
    expect(r.plan.operation).toBe("explain_variance");
    const text = plain(r.answer);
    expect(text).toContain("53.13 − 11.98 = 41.15");
    expect(text).toContain("退休人员职业年金支出减少");
  });
});

describe("a count asked with a word shorter than the figure's name", () => {
  // 001 line 1141: "全年公务接待16批次176人次"; the 附件 (lines 1267, 1284): "累计接待了125批次1222人次，其中：公务接待
  // 16批次176人次…".
  const sample = useSampleEngine();
  it("一年接待了多少批次: the whole count the sentence states, beside the 公务接待 part", async () => {
    const r = await sample.ask("驻京办一年接待了多少批次、多少人次");
    const text = plain(r.answer);
    expect(text).toContain("累计接待了125批次1222人次");
  });
});

describe("a unit's duties asked by either word", () => {
  // shanghai-czj-2025-danwei-yusuan p3 (rendered): "上海市财政局（单位）主要职能 … 上海市财政局是主管全市财政工作
  // 的市政府组成部门。主要职能包括：（一）贯彻执行有关财政工作的法律…".
  const { ask } = usePdfEngine(["shanghai-czj-2025-danwei-yusuan.pdf"]);

  it.each(["上海市财政局的职责是什么", "上海市财政局主要职能有哪些"])(
    "%s quotes the 主要职能 section",
    async (question) => {
      const r = await ask(question);
      expect(r.status).toBe("answered");
      expect(plain(r.answer)).toContain("主管全市财政工作");
    },
  );
});

describe("what a project achieved", () => {
  // 000 line 660 (final accounts, 市长热线项目): "12345热线全年共接通企业和群众来电490871次 … 办结率 99.56%";
  // the same year's budget only plans the project.
  const { ask } = useSampleEngine();

  it("is quoted from the final accounts, not the budget's plan", async () => {
    const r = await ask("市政府办的12345热线项目效果如何");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("办结率99.56%");
  });
});

describe("where the trips went", () => {
  // 000 line 484: "赴匈牙利、希腊教育考察团支出9.5万元" in the 因公出国（境）费 paragraph.
  const { ask } = useSampleEngine();

  it("quotes the paragraph that names the destinations, also as a follow-up", async () => {
    for (const turns of [
      ["市政府办2024年因公出国去了哪些国家"],
      ["市政府办2024年三公经费", "出国那块多少", "去了哪些国家"],
    ]) {
      const r = await ask(...turns);
      expect(r.status).toBe("answered");
      expect(plain(r.answer)).toContain("匈牙利");
    }
  });
});

describe("divisions asked with everyday words", () => {
  // 002 line 94: "中共株洲市天元区委办公室内设机构包括：综合调研室、督查室、机要室、综合室。"
  const { ask } = useSampleEngine();

  it("'下面有哪些科室' is the internal divisions, not the subordinate units", async () => {
    const r = await ask("区委办下面设了哪些科室");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("综合调研室、督查室、机要室、综合室");
  });
});

describe("an approximate count in the prose", () => {
  // 001 line 1267: "累计对接企业80余家，促成企业或专家赴株考察10批次".
  const { ask } = useSampleEngine();

  it("'80余家' is quoted as the sentence states it", async () => {
    const r = await ask("驻京办招商累计对接了多少家企业");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("累计对接企业80余家");
  });
});
