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
