import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";
import { expectFacts, expectGrounded } from "./answer-expect.js";

const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * Shares and differences whose wording hid what was divided or compared. Figures read off the
 * rendered pages (pdftoppm -r 70/80): putuo-shfly-2024-danwei-yusuan p14 (302 商品和服务支出
 * 2,120,950; 30209 物业管理费 1,206,000); putuo-czj-2024-bumen-juesuan p7 (年初结转和结余 49.14,
 * 年末结转和结余 55.34) and p17 (30228 工会经费 24.42, 30229 福利费 42.77, 公用经费合计 184.65);
 * putuo-swh-2025-danwei-yusuan p9 (一、一般公共服务支出 21,601,733 = 人员经费 10,823,891 + 公用经费
 * 1,467,842 + 项目支出 9,310,000; 五、资源勘探工业信息等支出 293,810,000; 支出总计 371,514,655).
 */
const { ask } = usePdfEngine([
  "putuo-shfly-2024-danwei-yusuan.pdf",
  "putuo-czj-2024-bumen-juesuan.pdf",
  "putuo-swh-2025-danwei-yusuan.pdf",
]);

describe("a share whose whole's name holds 和", () => {
  it("物业费占商品和服务支出多大比例 divides the two (商品和服务 lists nothing)", async () => {
    const r = await ask("普陀区社会福利院物业费在商品和服务支出里占多大比例");
    expect(plain(r.answer)).toContain("120.6 ÷ 212.095 = 56.86%");
    expectGrounded(r);
  });
});

describe("the whole named first, as the container", () => {
  it("<整体>里，甲和乙加起来占多少: the sum over the container, not over the last part", async () => {
    const r = await ask("普陀区财政局公用经费当中，工会经费和福利费加起来占多少");
    const text = plain(r.answer);
    expect(text).toContain("24.42 + 42.77 = 67.19");
    expect(text).toContain("67.19 ÷ 184.65 = 36.39%");
    expect(text).not.toContain("931");
  });
});

describe("a sibling row said by its modifier only", () => {
  it("年末结转和结余比年初多多少 compares with 年初结转和结余", async () => {
    const r = await ask("普陀区财政局2024年年末结转和结余比年初增加了多少");
    expect(plain(r.answer)).toContain("55.34 − 49.14 = 6.20");
  });
});

describe("an item said with its class in brackets", () => {
  it("the bracketed class only restates where the item sits; the whole is the total named after 占", async () => {
    const r = await ask("商务委2025年扶持中小企业的钱（资源勘探工业信息等支出）占总支出的百分之几");
    expect(plain(r.answer)).toContain("29381 ÷ 37151.4655 = 79.08%");
  });
});

describe("several cells of one row", () => {
  it("each cell asked, then the row's total they make up", async () => {
    const r = await ask("商务委2025年单位预算一般公共服务支出中人员经费、公用经费、项目分别多少");
    expectFacts(r, "10823891.00元 1467842.00元 9310000.00元 21601733.00元");
  });
});

describe("a count of one kind over its total (sample final accounts)", () => {
  // data/docs/000 line 522: "共有车辆19辆，其中…机要通信用车15辆…"; 15 ÷ 19 = 78.95%.
  const sample = useSampleEngine();
  it("机要通信用车占车辆的比例 is 15 ÷ 19", async () => {
    const r = await sample.ask("市政府办2024年机要通信用车在所有车辆中占比");
    expect(plain(r.answer)).toContain("15 ÷ 19 = 78.95%");
  });
});
