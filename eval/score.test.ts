import { describe, expect, it } from "vitest";
import type { GoldItem } from "./gold-schema.js";
import { printedNumbers, scoreItem } from "./score.js";

const item: GoldItem = {
  id: "lookup-001",
  category: "lookup",
  turns: ["收入预算多少"],
  expect: "answered",
  values: [{ value: "8695.94", measure: "万元" }],
  evidence: [],
  phrases: [],
};
const score = (answer: string) => scoreItem(item, { answer, status: "answered", facts: [], citations: [] });

describe("unit slips (×10⁴ between 元 and 万元)", () => {
  it("counts an amount printed 10⁴ times too large or small", () => {
    expect(score("收入 **86959400万元**").unitErrors).toBe(1);
    expect(score("收入 **0.87万元**").unitErrors).toBe(1);
    expect(score("收入 **8695.94元**").unitErrors).toBe(1);
  });

  it("does not count the same amount written in the other unit", () => {
    expect(score("收入 **86959400元**").unitErrors).toBe(0);
    const inYuan: GoldItem = { ...item, values: [{ value: "4100000.00", measure: "元" }] };
    const r = scoreItem(inYuan, {
      answer: "合计 **410.00万元**",
      status: "answered",
      facts: [],
      citations: [],
    });
    expect(r.unitErrors).toBe(0);
    const wan: GoldItem = { ...item, values: [{ value: "410.00", measure: "万" }] };
    const w = scoreItem(wan, {
      answer: "合计 **4100000.00元**",
      status: "answered",
      facts: [],
      citations: [],
    });
    expect(w.unitErrors).toBe(0);
  });

  it("does not count list numbers or a quoted zero as a slip of a small amount", () => {
    expect(score("> 1.收入预算表 2.支出预算表\n> 事业收入0万元").unitErrors).toBe(0);
  });
});

describe("measures", () => {
  it("reads a gold value in 万 as 万元", () => {
    const wan: GoldItem = { ...item, values: [{ value: "370.00", measure: "万" }] };
    const r = scoreItem(wan, {
      answer: "支持外贸发展：**370.00万元**",
      status: "answered",
      facts: [],
      citations: [],
    });
    expect(r.missing).toEqual([]);
  });

  it("reads a count of equipment in 台（套）, as the asset statements print it, as 台", () => {
    const sets: GoldItem = { ...item, values: [{ value: "2", measure: "台（套）" }] };
    const r = scoreItem(sets, {
      answer: "> 单价100万元（含）以上设备（不含车辆）2台（套）",
      status: "answered",
      facts: [],
      citations: [],
    });
    expect(r.missing).toEqual([]);
    const other = scoreItem(sets, { answer: "共 **2辆**", status: "answered", facts: [], citations: [] });
    expect(other.missing).toEqual(["2台（套）"]);
  });

  it("reads a head count in 名, as documents print staffing, as 人, and 人 as 名", () => {
    const staff: GoldItem = { ...item, values: [{ value: "303", measure: "名" }] };
    const said = (answer: string) =>
      scoreItem(staff, { answer, status: "answered", facts: [], citations: [] });
    expect(said("编制数 **303人**").missing).toEqual([]);
    expect(said("> 本部门编制数303名").missing).toEqual([]);
    expect(said("共 **303辆**").missing).toEqual(["303名"]);
  });

  it("reads an average per thing (万元/辆) printed with or without its per-thing measure", () => {
    const perCar: GoldItem = { ...item, values: [{ value: "4.51", measure: "万元/辆" }] };
    const answer = (text: string) =>
      scoreItem(perCar, { answer: text, status: "answered", facts: [], citations: [] });
    expect(answer("平均每辆 **4.51万元/辆**（85.75 ÷ 19 = 4.51万元/辆）").missing).toEqual([]);
    expect(answer("平均每辆 **4.51万元**").missing).toEqual([]);
    const wrong = answer("平均每辆 **4.51辆**");
    expect(wrong.missing).toEqual(["4.51万元/辆"]);
  });
});

describe("the list of sources", () => {
  const count: GoldItem = { ...item, values: [{ value: "2", measure: "个" }] };
  const scored = (answer: string) =>
    scoreItem(count, { answer, status: "answered", facts: [], citations: [] }).correct;

  it("does not lend its entry numbers as figures of the answer", () => {
    expect(
      scored("文件没有写明。\n\n**来源**\n\n1. 某单位 2024年度决算｜第3行\n2. 某单位 2024年度决算｜第9行"),
    ).toBe(false);
  });

  it("does not lend its citation markers as figures of the answer", () => {
    const gap: GoldItem = { ...item, values: [{ value: "11.6", measure: "个百分点" }] };
    const answer = "占比为 **80.00%**[12]，说明所列为 **91.60%**[11]。";
    expect(scoreItem(gap, { answer, status: "answered", facts: [], citations: [] }).correct).toBe(false);
  });

  it("keeps what an entry cites (a page asked for is read there)", () => {
    const page: GoldItem = { ...item, values: [{ value: "23", measure: "页" }] };
    const answer = "说明里也有。\n\n**来源**\n\n1. 某单位 2024年度决算｜第23页";
    expect(scoreItem(page, { answer, status: "answered", facts: [], citations: [] }).correct).toBe(true);
  });
});

describe("grounding", () => {
  it("does not ask a stated reason's own words to be grounded, but every figure outside them", () => {
    const answer =
      "三公经费 **54.00万元**。\n\n- 文件说明的原因：本年度按规定更新购置1辆应急保障用车。\n- 另购置 2辆。";
    expect(printedNumbers(answer, false).map((p) => `${p.text}${p.measure ?? ""}`)).toEqual([
      "54.00万元",
      "2辆",
    ]);
    expect(printedNumbers(answer).map((p) => `${p.text}${p.measure ?? ""}`)).toContain("1辆");
  });

  it("does not ask a stated purpose's own words to be grounded either", () => {
    const answer = "运行维护费 **12.73万元**。\n\n- 文件所写用途：主要用于7辆公务用车的燃料费。\n- 共 3辆。";
    expect(printedNumbers(answer, false).map((p) => `${p.text}${p.measure ?? ""}`)).toEqual([
      "12.73万元",
      "3辆",
    ]);
  });
});
