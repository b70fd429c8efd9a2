import { describe, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";
import { expectFacts } from "./answer-expect.js";

/** A total people name in everyday words, read off the rendered page (pdftoppm -r 80). */
const { ask } = usePdfEngine(["putuo-czj-2024-bumen-juesuan.pdf"]);

describe("totals in everyday words", () => {
  // putuo-czj-2024 p21 (rendered page): 一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，
  // 完成年初预算的98.20%.
  it("一般公共预算支出 is the 一般公共预算财政拨款支出 the document compares", async () => {
    const r = await ask("普陀区财政局2024年一般公共预算支出年初预算多少，决算多少");
    expectFacts(r, "2993.92万元 2940.05万元");
  });
});
