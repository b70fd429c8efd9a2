import { describe, expect, it } from "vitest";
import { DOC } from "../testing/sample-index.js";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";
import { expectCited } from "./answer-expect.js";

const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * data/docs/002 line 287 (公开06表): 人员经费合计 544.3; line 442 (情况说明): "人员经费544.36万元". data/docs/000
 * line 306: 人员经费合计 2,619.09; data/docs/001's own row is smaller.
 */
describe("units ranked by a figure their documents print twice, differently", () => {
  const { ask } = useSampleEngine();
  it("names the other printing in a note", async () => {
    const r = await ask("市政府办、驻京办、天元区委办2024年人员经费排一下");
    const text = plain(r.answer);
    expect(text).toContain("2619.09万元");
    expect(text).toContain("544.30万元");
    expect(text).toMatch(/中共株洲市天元区委办公室：情况说明第442行所列为 544\.36万元/);
    expectCited(r, DOC.tianyuanFinal, 442);
  });

  /**
   * data/docs/000 line 494: 公务用车运行维护费 预算83万元，决算85.75万元, and "截止2024年12月31日，我单位开支财政拨款的
   * 公务用车保有量为19辆。"
   */
  it("a draft on the cars' running cost says how many cars there were", async () => {
    const r = await ask("帮我写一段市政府办2024年公务用车运行维护费超支的说明");
    const text = plain(r.answer);
    expect(text).toContain("85.75 − 83 = 2.75");
    expect(text).toContain("文件同时写明车辆数：19辆");
    expectCited(r, DOC.cityFinal, 494);
  });
});

/**
 * Rendered pages: putuo-sfj-2026-bumen-yusuan.pdf page 21 and putuo-sfj-2026-danwei-yusuan.pdf page 20
 * (“三公”经费和机关运行经费预算表): 机关运行经费预算数 217.83 (部门) and 184.59 (单位), 万元.
 */
describe("a unit ranked by one edition of its budget", () => {
  const { ask } = usePdfEngine([
    "putuo-sfj-2026-bumen-yusuan.pdf",
    "putuo-sfj-2026-danwei-yusuan.pdf",
    "putuo-swh-2025-bumen-yusuan.pdf",
  ]);
  it("names the other edition's figure", async () => {
    const r = await ask("商务委和司法局的机关运行经费预算谁多，排一下");
    const text = plain(r.answer);
    expect(text).toContain("217.83万元");
    expect(text).toMatch(/上海市普陀区司法局单位预算所列为 184\.59万元/);
  });
});
