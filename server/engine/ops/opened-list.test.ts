import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../../testing/sample-engine.js";
import { itemsOpenedBy } from "./opened-list.js";

const pdf = usePdfEngine(["putuo-wanli-2024-bumen-yusuan.pdf"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("itemsOpenedBy", () => {
  const passage = ["标题", "本部门包括：", "1. 甲中心。", "2、乙队。", "其他说明。"].join("\n");

  it("takes the numbered lines after a sentence ending in a colon", () => {
    expect(itemsOpenedBy(passage, "本部门包括：")).toEqual(["1. 甲中心。", "2、乙队。"]);
  });

  it("takes nothing after a sentence that opens no list", () => {
    expect(itemsOpenedBy(passage, "其他说明。")).toEqual([]);
  });
});

/**
 * putuo-wanli-2024-bumen-yusuan.pdf page 4, rendered at 80 dpi: 部门预算是包括万里街道本部以及下属 5
 * 家预算单位的综合收支计划。本部门中，…具体包括：1. …办事处（本部）… 6. 上海市普陀区万里街道综合行政执法队。
 */
describe("a count of the units a department's budget covers", () => {
  it("quotes the list the counting sentence opens", async () => {
    const text = plain((await pdf.ask("万里街道2024年部门预算由几家单位组成，都是哪些")).answer);
    expect(text).toContain("5家预算单位");
    expect(text).toContain("上海市普陀区万里街道综合行政执法队");
  });
});
