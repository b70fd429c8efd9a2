import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";

const { ask } = usePdfEngine(["putuo-swh-2025-bumen-yusuan.pdf"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * putuo-swh-2025-bumen-yusuan.pdf page 8 (rendered), item 14: "“商业服务业等支出（类）其他商业服务业等支出（款)
 * 其他商业服务业等支出（项）”3136.40万元，主要用于标准化菜场及副食品行业管理。"
 */
describe("money asked of a thing no row is called, that one row's sentence says it pays for", () => {
  it("answers with that row's figure, said to be the row's", async () => {
    const r = await ask("商务委2025年副食品行业管理那块预算给了多少钱");
    expect(r.status).toBe("answered");
    const text = plain(r.answer);
    expect(text).toContain("文件没有单列“副食品行业管理”的数字");
    expect(text).toContain("其他商业服务业等支出");
    expect(text).toContain("3136.40万元");
    expect(text).toContain("主要用于标准化菜场及副食品行业管理");
  });

  it("is no answer to who got the money", async () => {
    const r = await ask("商务委2025年标准化菜场的钱给了哪些企业");
    expect(plain(r.answer)).not.toContain("3136.40");
  });
});
