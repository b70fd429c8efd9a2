import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Fact } from "../../ingest/schema.js";
import { buildSampleIndex, DOC, TIANYUAN as TIANYUAN_UNIT } from "../testing/sample-index.js";
import { createEngine, type Engine } from "./answer.js";
import { difference, growth, ratio, total } from "./calculator.js";
import { compose } from "./compose.js";
import { DraftBuilder, notFound } from "./draft.js";
import type { Knowledge } from "./knowledge.js";
import { planMessage } from "./rule-planner.js";

/** Markdown of answers: composed from hand-built drafts over real facts of the sample corpus. */
let engine: Engine;
let k: Knowledge;
let cleanup: () => Promise<void>;
let facts: Fact[];
beforeAll(async () => {
  const built = await buildSampleIndex();
  engine = await createEngine(built.store, built.embeddings);
  facts = built.facts;
  k = engine.knowledge;
  cleanup = built.cleanup;
});
afterAll(() => cleanup?.());

function fact(docId: string, pick: (f: Fact) => boolean): Fact {
  const hits = facts.filter((f) => f.docId === docId && pick(f));
  expect(hits, "exactly one fact").toHaveLength(1);
  return hits[0];
}
// 001 line 1132: “三公”经费财政拨款支出预算为40万元，支出决算为23.3万元 …
const budget = () =>
  fact(DOC.beijingFinal, (f) => !f.table && f.metric === "三公经费" && f.column === "预算数");
const actual = () =>
  fact(DOC.beijingFinal, (f) => !f.table && f.metric === "三公经费" && f.column === "决算数");
// 000 line 356, table 09: 决算数 / 合计 136.85
const cityTotal = () => fact(DOC.cityFinal, (f) => f.table === "09" && f.column === "决算数 / 合计");

/** [n] markers of the answer body, in order of first appearance. */
function firstMarkers(answer: string): number[] {
  const body = answer.split("**来源**")[0];
  return [...new Set([...body.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])))];
}

describe("compose: a hand-built draft", () => {
  function composed() {
    const b = new DraftBuilder();
    const [bud, act, city] = [budget(), actual(), cityTotal()];
    b.d.headline = [
      "驻京办三公经费预算 ",
      b.fact(bud, "预算"),
      "，决算 ",
      b.fact(act, "决算"),
      "，完成 ",
      b.computed(ratio(act.value, bud.value)!, "完成率", [act, bud]),
      "。",
    ];
    b.d.bullets.push(["市政府办 ", b.fact(city, "市政府办三公经费")]);
    b.d.notes.push([
      "决算比预算 ",
      b.change({ ...difference(act.value, bud.value, "万元"), facts: [act, bud] }, "差额"),
      "。",
    ]);
    const plan = planMessage(k, "驻京办三公经费预算完成率");
    return { result: compose(b.build(), plan), bud, act, city };
  }

  it("puts the headline first, figures in bold with their unit and a citation marker", () => {
    const { result } = composed();
    expect(result.answer.split("\n")[0]).toBe(
      "驻京办三公经费预算 **40.00万元**[1]，决算 **23.30万元**[2]，完成 **58.25%**[2][1]（23.3 ÷ 40 = 58.25%）。",
    );
    expect(result.status).toBe("answered");
    expect(result.mode).toBe("rules");
  });

  it("lists bullets, then notes, then sources", () => {
    const { result } = composed();
    const parts = result.answer.split("\n\n");
    expect(parts[1]).toBe("- 市政府办 **136.85万元**[3]");
    expect(parts[2]).toBe("**说明**");
    // A change says 减少 with the magnitude; the formula keeps the sign.
    expect(parts[3]).toBe("- 决算比预算 减少 **16.70万元**[2][1]（23.3 − 40 = -16.7）。");
    expect(parts[4]).toBe("**来源**");
    expect(parts[5].split("\n")).toHaveLength(3);
  });

  it("numbers citations in order of first use and lists each once in 来源", () => {
    const { result, bud, act, city } = composed();
    expect(result.citations.map((c) => c.id)).toEqual([bud.id, act.id, city.id]);
    expect(firstMarkers(result.answer)).toEqual([1, 2, 3]);
    const sources = result.answer.split("**来源**\n\n")[1].split("\n");
    expect(sources[0]).toMatch(
      /^1\. 株洲市人民政府驻北京联络处 2024年度决算｜.*（一）“三公”经费财政拨款支出决算总体情况说明｜第1132行$/,
    );
    expect(sources[2]).toMatch(
      /^3\. 株洲市人民政府办公室 2024年度决算｜财政拨款“三公”经费支出决算表（公开09表）｜.*｜决算数 \/ 合计｜第356行$/,
    );
  });

  it("citations carry document, table, row, column, lines and excerpt", () => {
    const { result } = composed();
    expect(result.citations[0]).toMatchObject({
      docId: DOC.beijingFinal,
      year: 2024,
      kind: "决算",
      lines: [1132, 1132],
      column: "预算数",
    });
    expect(result.citations[0].excerpt).toContain("40万元");
    expect(result.citations[0].table).toBeUndefined();
    expect(result.citations[2]).toMatchObject({
      docId: DOC.cityFinal,
      table: "09",
      column: "决算数 / 合计",
      lines: [356, 356],
    });
  });

  it("returns the figures as facts, computed ones with their formula and sources", () => {
    const { result, bud, act, city } = composed();
    expect(result.facts).toEqual([
      { label: "预算", value: "40", measure: "万元", sourceIds: [bud.id] },
      { label: "决算", value: "23.3", measure: "万元", sourceIds: [act.id] },
      {
        label: "完成率",
        value: "58.25",
        measure: "%",
        formula: "23.3 ÷ 40 = 58.25%",
        sourceIds: [act.id, bud.id],
      },
      { label: "市政府办三公经费", value: "136.85", measure: "万元", sourceIds: [city.id] },
      {
        label: "差额",
        value: "-16.7",
        measure: "万元",
        formula: "23.3 − 40 = -16.7",
        sourceIds: [act.id, bud.id],
      },
    ]);
  });
});

describe("compose: figure rendering", () => {
  const render = (build: (b: DraftBuilder) => void) => {
    const b = new DraftBuilder();
    build(b);
    return compose(b.build(), planMessage(k, "驻京办三公经费")).answer.split("\n")[0];
  };

  it("a bare figure shows no formula", () => {
    const a = actual();
    const bud = budget();
    const bare = (b: DraftBuilder) => {
      const seg = b.computed(ratio(a.value, bud.value)!, "完成率", [a, bud]);
      if (typeof seg !== "string") b.d.headline = [{ ...seg, bare: true }];
    };
    expect(render(bare)).toBe("**58.25%**[1][2]");
  });

  it("a percent change says 增长/下降, a zero change says 持平", () => {
    const a = actual();
    expect(
      render((b) => (b.d.headline = [b.change({ ...growth("136.85", "151.98")!, facts: [a] }, "变化率")])),
    ).toBe("下降 **9.96%**[1]（(136.85 − 151.98) ÷ 151.98 = -9.96%）");
    expect(
      render((b) => (b.d.headline = [b.change({ ...difference("23.3", "23.3", "万元"), facts: [a] }, "差")])),
    ).toBe("持平[1]（23.3 − 23.3 = 0.0）");
  });

  // 000 line 356, table 09: 预算数 因公出国（境）费 49.98, 公务用车购置及运行维护费 85.75, 公务接待费 1.12
  const budgetParts = () =>
    ["预算数 / 因公出国（境）费", "预算数 / 公务用车购置及运行维护费 / 小计", "预算数 / 公务接待费"].map(
      (column) => fact(DOC.cityFinal, (f) => f.table === "09" && f.column === column),
    );

  it("a sum cites each of its parts", () => {
    const parts = budgetParts();
    const sum = (b: DraftBuilder) =>
      (b.d.headline = [
        b.computed(
          total(
            parts.map((f) => f.value),
            "万元",
          ),
          "合计",
          parts,
        ),
      ]);
    expect(render(sum)).toBe("**136.85万元**[1][2][3]（49.98 + 85.75 + 1.12 = 136.85）");
  });

  it("a sum of many parts marks the first three and 等, and lists every source", () => {
    const many = [...budgetParts(), actual(), budget()];
    const b = new DraftBuilder();
    b.d.headline = [b.computed({ value: "1", measure: "万元", formula: "" }, "合计", many)];
    const result = compose(b.build(), planMessage(k, "驻京办三公经费"));
    expect(result.answer.split("\n")[0]).toBe("**1.00万元**[1][2][3]等");
    expect(result.citations.map((c) => c.id)).toEqual(many.map((f) => f.id));
  });

  it("counts print as whole numbers", () => {
    const cars = fact(
      DOC.cityFinal,
      (f) => f.metric === "车辆数" && f.column === "数量" && f.source.lines[0] === 492,
    );
    expect(render((b) => (b.d.headline = ["共有 ", b.fact(cars), "。"]))).toBe("共有 **19辆**[1]。");
  });

  it("a variance draft is a quoted paragraph with bold, cited figures", () => {
    const b = new DraftBuilder();
    const a = actual();
    b.d.headline = ["决算 ", b.fact(a)];
    b.d.draft = ["决算", b.fact(a), "。"];
    const answer = compose(b.build(), planMessage(k, "驻京办三公经费")).answer;
    expect(answer).toContain("**可直接使用的说明草稿：**\n\n> 决算**23.30万元**[1]。");
  });

  it("a quoted passage cites its section chunk", async () => {
    const chunk = (await k.store.searchText("部门职责", { units: [TIANYUAN_UNIT] }, 50)).find(
      (hit) =>
        hit.chunk.docId === DOC.tianyuanFinal &&
        hit.chunk.type === "section" &&
        hit.chunk.title === "一、部门职责",
    )!.chunk;
    const b = new DraftBuilder();
    b.d.headline = ["以下内容摘自："];
    b.d.passages.push({ chunk, title: "一、部门职责", text: "第一行\n第二行" });
    const result = compose(b.build(), planMessage(k, "区委办的职责"));
    expect(result.answer).toContain("> 第一行\n> 第二行\n> —— 摘自「一、部门职责」[1]");
    expect(result.citations).toEqual([
      expect.objectContaining({
        id: chunk.id,
        docId: DOC.tianyuanFinal,
        lines: [54, 91],
        excerpt: "第一行\n第二行",
      }),
    ]);
  });

  it("a not-found draft is its message alone, without sources", () => {
    const result = compose(
      notFound("文件中没有找到这个数字，我不会推测。"),
      planMessage(k, "驻京办三公经费"),
    );
    expect(result).toMatchObject({
      status: "not_found",
      answer: "文件中没有找到这个数字，我不会推测。",
      facts: [],
      citations: [],
    });
  });
});

describe("compose: engine answers keep the structure", () => {
  it.each([
    "驻京办三公经费是多少",
    "起草一段说明：驻京办三公经费决算小于预算的原因",
    "市政府办近两年三公经费变化",
    "哪个单位三公经费最高",
    "区委办的职责是什么",
  ])("%s", async (q) => {
    const r = await engine.answer([{ role: "user", content: q }], { llm: false });
    const [head, ...rest] = r.answer.split("\n\n");
    expect(head).not.toMatch(/^(- |> |\*\*说明|\*\*来源)/);
    const n = r.citations.length;
    expect(firstMarkers(r.answer)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    expect(rest.at(-2)).toBe("**来源**");
    expect(
      rest
        .at(-1)!
        .split("\n")
        .map((l) => Number(l.split(".")[0])),
    ).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    // Figures are bold with their unit; computed ones show their formula.
    for (const f of r.facts.filter((x) => x.formula)) expect(r.answer).toContain(`（${f.formula}）`);
    if (r.facts.length) expect(r.answer).toMatch(/\*\*\d+(\.\d+)?(万元|%|辆|个百分点|倍)\*\*/);
  });
});
