import { describe, expect, it } from "vitest";
import { useFilesEngine } from "../testing/sample-engine.js";

/**
 * ingest/fixtures/unseen/mudanjiang-swj-2025-yusuan.doc (牡丹江市水务局 2025年部门预算), as LibreOffice prints
 * it: page 19, 表五 一般公共预算支出情况表: 213 农林水支出 合计 4105.55, the table's 合计 4764.32. By hand:
 * 4105.55 ÷ 4764.32 = 86.17 %.
 */
const { ask } = useFilesEngine(["ingest/fixtures/unseen/mudanjiang-swj-2025-yusuan.doc"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("a share asked after a whole and a part of it", () => {
  it("is the part over that whole, on the fund the conversation is about", async () => {
    const text = plain(
      (await ask("水务局一般公共预算支出今年多少钱", "农林水支出这个类呢", "它在里面占几成")).answer,
    );
    expect(text).toContain("86.17%");
    expect(text).toContain("4105.55 ÷ 4764.32");
  });
});
