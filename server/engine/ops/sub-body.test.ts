import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../../testing/sample-engine.js";

const pdf = usePdfEngine(["putuo-sfj-2026-bumen-yusuan.pdf", "putuo-sfj-2026-danwei-yusuan.pdf"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * Rendered at 80 dpi: 部门预算 p.10 (2026年部门财务收支预算总表, 元) 支出总计 96,282,213.44; 单位预算 p.8
 * (2026年预算单位财务收支预算总表, 元) 支出总计 86,959,408.34. The 部门 edition's 机构设置: "具体包括：
 * 1. 普陀区司法局本部 2. 普陀区法律援助中心".
 */
describe("a body under the department, asked alone", () => {
  it("is the 部门 edition less the 单位 one when it is the only other body", async () => {
    const r = await pdf.ask("司法局底下那个法律援助中心，2026年自己的预算有多少");
    const text = plain(r.answer);
    expect(r.status).toBe("answered");
    expect(text).toContain("9628.221344 − 8695.940834 = 932.280510");
    expect(text).toContain("普陀区法律援助中心");
    expect(text).toContain("推算");
  });

  it("a body the department does not list stays refused", async () => {
    const r = await pdf.ask("司法局下属的公证处自己一年预算多少");
    expect(r.status).toBe("not_found");
  });
});

/**
 * putuo-swh-2025 部门预算's 机构设置 lists "2. 上海市普陀区中小企业服务中心，不单列预算"; the two editions'
 * totals are the same amount.
 */
describe("a body budgeted inside the unit's own edition", () => {
  const swh = usePdfEngine(["putuo-swh-2025-bumen-yusuan.pdf", "putuo-swh-2025-danwei-yusuan.pdf"]);
  it("is refused, not given a difference of nothing", async () => {
    const r = await swh.ask("商务委下属的中小企业服务中心自己预算多少");
    expect(r.status).toBe("not_found");
  });
});
