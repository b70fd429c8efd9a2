import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";

const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * Questions about a body's internal divisions and member units, answered by quoting the passage.
 * 000 line 86: "株洲市人民政府办公室内设机构包括：25 个内设科室、…"; 001 line 1284 (招商专项项目):
 * "…累计对接企业80余家…推动4个招商项目签约落地…". Rendered pages (pdftoppm -r 60):
 * putuo-sfj-2026-danwei-yusuan p4 ("上海市普陀区司法局设12个内设机构，包括：办公室、政治处、…教育
 * 帮扶科"); putuo-wanli-2024-bumen-yusuan p4 ("…本部以及下属 5 家预算单位…6. 上海市普陀区万里街道
 * 综合行政执法队").
 */
describe("divisions and member units (sample)", () => {
  const { ask } = useSampleEngine();
  it("内设多少个科室: the structure passage, not item headings that share 事业单位", async () => {
    const r = await ask("市政府办内设多少个科室，下面有几个事业单位");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("25个内设科室");
  });

  it("干了些什么、有什么成果: the project's results are quoted", async () => {
    const r = await ask("驻京办招商引资这块干了些什么，有什么成果");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("累计对接企业80余家");
  });
});

describe("divisions and member units (PDF)", () => {
  const { ask } = usePdfEngine([
    "putuo-sfj-2026-bumen-yusuan.pdf",
    "putuo-sfj-2026-danwei-yusuan.pdf",
    "putuo-wanli-2024-bumen-yusuan.pdf",
  ]);
  it("科室 is asked of the passage that says 内设机构", async () => {
    const r = await ask("普陀区司法局有哪些科室");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("设12个内设机构");
    expect(plain(r.answer)).toContain("教育帮扶科");
  });

  it("部门预算由哪些单位组成: the units the 部门 edition consolidates", async () => {
    const r = await ask("万里街道2024年部门预算由哪些单位组成");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("综合行政执法队");
  });
});
