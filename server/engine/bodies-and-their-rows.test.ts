import { describe, expect, it } from "vitest";
import { useFilesEngine } from "../testing/sample-engine.js";

/**
 * Documents written for the tests, values read off their pages:
 * - ingest/fixtures/unseen/jiangmen-mzj-2025-yusuan.txt line 82: "分单位情况：江门市民政局本级行政编制36名，实有34人；
 *   江门市社会福利院事业编制68名，实有63人；江门市救助管理站事业编制18名，实有17人；…".
 * - ingest/fixtures/unseen/bishan-tyjrswj-2025-yusuan.docx, rendered with LibreOffice, page 4: "4．璧山区光荣院：公益一类
 *   事业单位，负责集中供养孤老、生活不能自理的优抚对象，设置床位40张，现集中供养23人。核定事业编制6名，实有人数6人。"
 * - ingest/fixtures/unseen/dainan-jytj-2024-juesuan.docx, rendered: page 9 (公开03表 续, 万元) "229 60 彩票公益金安排的支出
 *   90.40", "229 60 03 用于体育事业的彩票公益金支出 54.80", "207 体育 722.65"; page 16 (公开10表 下属单位支出决算情况表)
 *   "2 岱南县第一中学 5811.28 4686.72 1124.56", "10 岱南县职业中等专业学校 3977.84".
 * - ingest/fixtures/unseen/songyang-scjgj-2024-juesuan.pdf: a county bureau's final accounts that print no town office's
 *   own figures.
 */
const civil = useFilesEngine(["ingest/fixtures/unseen/jiangmen-mzj-2025-yusuan.txt"]);
const veterans = useFilesEngine(["ingest/fixtures/unseen/bishan-tyjrswj-2025-yusuan.docx"]);
const schools = useFilesEngine(["ingest/fixtures/unseen/dainan-jytj-2024-juesuan.docx"]);
const market = useFilesEngine(["ingest/fixtures/unseen/songyang-scjgj-2024-juesuan.pdf"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("bodies' staff listed one clause each in a paragraph", () => {
  it("are each body's own counts", async () => {
    const r = await civil.ask("社会福利院编制多少个，现在实有多少人");
    const answer = plain(r.answer);
    expect(answer).toContain("68人");
    expect(answer).toContain("63人");
    expect(answer).not.toContain("158人");
  });
});

describe("people a body serves", () => {
  it("are not its staff", async () => {
    const r = await veterans.ask("光荣院集中供养了多少人");
    const answer = plain(r.answer);
    expect(answer).toContain("23人");
    expect(answer).not.toMatch(/在职人数 6人/);
  });
});

describe("a body named by its everyday short name", () => {
  it("'一中' is the county's 第一中学, read in the table of the bureau's bodies", async () => {
    const r = await schools.ask("一中2024年总共花了多少钱");
    const answer = plain(r.answer);
    expect(answer.split("\n")[0]).toContain("岱南县第一中学");
    expect(answer).toContain("5811.28万元");
    expect(answer).not.toContain("40281.94");
  });

  it("'职业中专' is the 职业中等专业学校", async () => {
    const r = await schools.ask("职业中专去年支出多少");
    expect(plain(r.answer)).toContain("3977.84万元");
  });

  it("a town office the document prints nothing of is refused, not read as a row of the bureau's", async () => {
    const r = await market.ask("城关市场监督管理所去年一共花了多少钱？");
    expect(r.status).toBe("not_found");
  });
});

describe("a row and a word beside it that one of its children holds", () => {
  it("is that child row", async () => {
    const r = await schools.ask("教体局2024年彩票公益金花在体育上的有多少");
    const answer = plain(r.answer);
    expect(answer.split("\n")[0]).toContain("54.80万元");
    expect(answer).not.toContain("722.65");
  });
});

describe("money asked after people were counted", () => {
  it("does not give the head count again as the answer", async () => {
    const r = await civil.ask("救助管理站有几个人", "它对应的那项支出安排了多少钱");
    expect(plain(r.answer)).not.toMatch(/1[78]人/);
  });
});
