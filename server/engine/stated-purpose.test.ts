import { describe, expect, it } from "vitest";
import { useSampleEngine, usePdfEngine } from "../testing/sample-engine.js";

const plain = (s: string) => s.replace(/\*\*/g, "");

/** data/docs/003 line 42: "政府门户网站专项项目173万元，主要用于政府门户网站工作的运转保障；" */
describe("a project's budget whose sentence says what it is for", () => {
  const { ask } = useSampleEngine();
  it("carries the purpose in the document's words", async () => {
    const r = await ask("市政府办2024年政府门户网站这个项目给了多少预算");
    const text = plain(r.answer);
    expect(text).toContain("173.00万元");
    expect(text).toContain("文件所写用途：主要用于政府门户网站工作的运转保障。");
  });
});

/**
 * putuo-sfj-2026-bumen-yusuan.pdf page 8 (rendered): "2、公共安全支出（204类）司法（06款）基层司法业务（04项）
 * 2170.39万元。主要用于：人民调解、医患纠纷、社区矫正和安置帮教等工作支出。"
 */
describe("a subject's budget whose purpose is the next sentence", () => {
  const { ask } = usePdfEngine(["putuo-sfj-2026-bumen-yusuan.pdf"]);
  it("carries it too", async () => {
    const r = await ask("普陀司法局26年基层司法业务这一项安排了多少");
    const text = plain(r.answer);
    expect(text).toContain("2170.39万元");
    expect(text).toContain("人民调解、医患纠纷、社区矫正和安置帮教等工作支出");
  });
});

/**
 * 001 (驻京办 2024 决算) line 1142: 公务用车运行维护费19.7万元，主要是燃油费、维修费、保险费等支出; line 1154:
 * 车辆3辆.
 */
describe("what a standard figure pays for, when its sentence says", () => {
  const { ask } = useSampleEngine();
  it("the running cost of the cars asked after their count is said with what it is spent on", async () => {
    const r = await ask("驻北京联络处有几辆车？", "这几辆车一年的运行维护费用是多少？");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("**19.70万元**");
    expect(r.answer).toContain("文件所写用途：主要是燃油费、维修费、保险费等支出");
  });
});
