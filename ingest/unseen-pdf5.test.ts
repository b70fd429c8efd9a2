import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocument } from "./parse/parse-document.js";
import { readDocument } from "./read/read-document.js";

/**
 * A final account written for these tests in LibreOffice Writer and printed to PDF by it
 * (eval/gold/unseen-pdf5/NOTES.md): 肇庆市端州区卫生健康局 2024年度部门决算. Read off the rendered pages:
 * - page 22 (printed 20): "2024年度“三公”经费财政拨款支出全年预算数为42.70万元（其中年初预算16.70万元，
 *   年中追加公务用车购置预算26.00万元），支出决算为39.45万元，完成全年预算的92.39%";
 * - page 8, 支出决算表: 21004 公共卫生 本年支出合计 32,297,966.89 where its 项 and its 基本 + 项目 add up
 *   to 32,279,966.89 — its writer's planted slip; page 20: 疾病预防控制机构 "支出决算为586.41万元"
 *   where page 12 prints 568.41 — the other.
 */
const FILE = fileURLToPath(new URL("./fixtures/unseen/duanzhou-wjj-2024-juesuan.pdf", import.meta.url));
const read = await readDocument(FILE, await readFile(FILE));
const doc = parseDocument({
  docId: "duanzhou-wjj-2024-juesuan",
  file: "ingest/fixtures/unseen/duanzhou-wjj-2024-juesuan.pdf",
  hash: "test",
  text: read.text,
  sources: read.sources,
});

describe("an unseen Guangdong final account printed by LibreOffice Writer: 肇庆市端州区卫生健康局 2024年度部门决算", () => {
  it("a subject named in a bracket closed before the amount is an aside: 39.45 is the 三公 total, not 购置费", () => {
    const stated = doc.facts.filter((f) => !f.table && f.value === "39.45");
    expect(stated.map((f) => f.metric)).toEqual(["三公经费"]);
  });

  it("finds both planted errors and nothing else", () => {
    const failed = (doc.info.report?.checks.failed ?? []).map((f) => f.message);
    expect(failed.some((message) => /公共卫生.*3229\.796689/.test(message))).toBe(true);
    expect(failed.some((message) => /疾病预防控制机构.*568\.41.*586\.41/.test(message))).toBe(true);
    expect(failed.every((message) => /公共卫生|卫生健康支出|疾病预防控制机构/.test(message))).toBe(true);
  });
});
