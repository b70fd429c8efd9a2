import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";

const { ask } = usePdfEngine(["putuo-swh-2025-bumen-yusuan.pdf"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * putuo-swh-2025-bumen-yusuan.pdf page 3 (rendered): "…为正处级，加挂上海市普陀区经济委员会、上海市普陀区粮食和物资储备局牌子。";
 * page 5 (机构设置, rendered): "机关设9个内设机构".
 */
describe("two questions about the body in one message", () => {
  it("answers the other names it carries and its divisions, each from its passage", async () => {
    const r = await ask("普陀商务委还挂着什么牌子？下面设了几个科室？");
    const text = plain(r.answer);
    expect(text).toContain("上海市普陀区经济委员会");
    expect(text).toContain("粮食和物资储备局");
    expect(text).toContain("9个内设机构");
  });
});

/**
 * putuo-shfly-2024-danwei-yusuan.pdf page 3 (rendered at -r 60): "上海市普陀区社会福利院是收养社会孤老、退休孤老、
 * 寄养有家老人的事业单位。"; page 4 (机构设置): "设5个内设机构，包括：院长室、办公室、财务室、后勤部、护理部。"
 */
describe("two topics of the body, one of them a count", () => {
  const welfare = usePdfEngine(["putuo-shfly-2024-danwei-yusuan.pdf"]);

  it("the other names and the number of divisions (内设几个机构), each from its passage", async () => {
    const text = plain((await ask("普陀商务委另外挂着哪些牌子？机关内设几个机构？")).answer);
    expect(text).toContain("上海市普陀区经济委员会");
    expect(text).toContain("9个内设机构");
  });

  it("what the body does and how many divisions (内设部门) it has", async () => {
    const r = await welfare.ask("社会福利院平时主要干什么？下面有几个内设部门？");
    const text = plain(r.answer);
    expect(text).toContain("收养社会孤老");
    expect(text).toContain("设5个内设机构");
    // The second passage needs no words leading into it of its own.
    expect(text.match(/原文写明/g) ?? []).toHaveLength(0);
  });
});
