import { describe, expect, it } from "vitest";
import { useFilesEngine } from "../testing/sample-engine.js";

/**
 * Documents written for the tests, values read off them:
 * - ingest/fixtures/unseen/tuoxi-slj-2024-juesuan.doc (沱溪县水利局 2024年度部门决算, rendered by LibreOffice),
 *   page 9: "政府采购支出总额1,286.47万元，其中：政府采购货物支出214.30万元、政府采购工程支出876.52万元、政府采购
 *   服务支出195.65万元"; page 5: 本年收入合计5,824.28万元, 事业收入174.52万元, 其他收入12.40万元.
 * - ingest/fixtures/unseen/changde-weijian-2025-yusuan.txt, lines 89–97 (部门收支总表): 四、财政专户管理的非税收入
 *   拨款 86.40, 五、事业收入 1,150.00, 本年收入合计 13,721.24; no row of 财政拨款收入 as a whole.
 * Computed by hand: 174.52 + 12.40 = 186.92, 186.92 ÷ 5824.28 = 3.2093 % → 3.21 %; 86.40 + 1150.00 = 1236.40,
 * 1236.40 ÷ 13721.24 = 9.0109 % → 9.01 %.
 */
const county = useFilesEngine(["ingest/fixtures/unseen/tuoxi-slj-2024-juesuan.doc"]);
const health = useFilesEngine(["ingest/fixtures/unseen/changde-weijian-2025-yusuan.txt"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("one kind of procurement asked after 采购里", () => {
  it("is that kind's figure", async () => {
    const text = plain((await county.ask("水利局采购当中的服务花了多少钱")).answer);
    expect(text).toContain("195.65万元");
    expect(text).not.toContain("1286.47万元，");
  });
});

describe("the money not from a fund, its parts named in brackets", () => {
  it("is the whole less the fund's part, the named parts added up beside it", async () => {
    const text = plain(
      (await county.ask("2024年水利局的非财政拨款收入（即事业收入与其他收入）占全部收入的比重？")).answer,
    );
    expect(text).toContain("186.92万元");
    expect(text).toContain("3.21%");
    expect(text).toContain("174.52万元");
    expect(text).toContain("12.40万元");
    expect(text).toContain("相符");
  });

  it("is the named parts added up where the fund's part is printed nowhere", async () => {
    const text = plain(
      (await health.ask("今年收入中非财政拨款的部分（事业收入、非税收入）占多少比例？")).answer,
    );
    expect(text).toContain("1236.40万元");
    expect(text).toContain("9.01%");
    expect(text).toContain("13721.24万元");
  });

  it("adds no figure twice where two of the names are one figure", async () => {
    const text = plain(
      (await health.ask("今年收入中非财政拨款的部分（非税收入、财政专户资金）占多少比例？")).answer,
    );
    expect(text).not.toContain("172.80");
    expect(text).not.toMatch(/\b1\.26%/);
  });
});
