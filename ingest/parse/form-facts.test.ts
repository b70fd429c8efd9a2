import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CORPUS_PDF_DIR } from "../read/pdf/testing/corpus-pdf.js";
import { readDocument } from "../read/read-document.js";
import type { ParsedDocument } from "../schema.js";
import { parseDocument } from "./parse-document.js";

/**
 * Project target forms (财政项目支出绩效目标填报表) of 万里街道's 2023 部门预算, read off the rendered pages:
 * - p31: 项目名称 新建万里街道社区公共服务中心, 项目资金总额 4,100,000.00 (元); the project's write-up (p30)
 *   calls it 万里街道社区公共服务中心新建工程 and states its quarters 25.88 + 180.74 + 186.60 + 16.78 = 410.00万元.
 * - p32: 项目名称 就业援助基地补贴, 项目资金总额 6,351,000.00.
 */
const FILE = join(CORPUS_PDF_DIR, "putuo-wanli-2023-bumen-yusuan.pdf");
let doc: ParsedDocument;
beforeAll(async () => {
  const text = await readDocument(FILE);
  doc = parseDocument({ docId: "wanli-2023", file: FILE, hash: "t", ...text });
}, 60_000);

const projectTotals = () =>
  doc.facts
    .filter((f) => f.column === "项目资金总额" && f.rowPath?.length === 2)
    .map((f) => [f.row, f.value, f.measure, f.basis]);

describe("a project's total from its target form", () => {
  it("is a figure of the project named on the form, planned in the budget", () => {
    expect(projectTotals()).toContainEqual(["就业援助基地补贴", "635.1", "万元", "年初预算"]);
  });

  it("takes the write-up's name when it equals the sum of that project's stated parts", () => {
    expect(projectTotals()).toContainEqual(["万里街道社区公共服务中心新建工程", "410", "万元", "年初预算"]);
    expect(projectTotals().map(([name]) => name)).not.toContain("新建万里街道社区公共服务中心");
  });
});
