import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";

/**
 * The documents name posts and bodies, not office holders, builders or companions:
 * - 000 (市政府办 2024 决算) 附件 lists 内设科室 (秘书一科…), no 秘书长 by name.
 * - 002 (区委办 2024 决算) line 474: 接待包头市九原区委书记一行 (the guests), no one said to accompany them.
 * - 万里街道 2024 预算: the 社区公共服务中心新建工程 write-up names no builder.
 * - 002: the 档案馆's work is told in prose; no count of files kept is stated.
 */
const samples = useSampleEngine();
const { ask } = usePdfEngine(["putuo-wanli-2024-bumen-yusuan.pdf"]);

describe("people and firms the documents do not name", () => {
  it("an office holder asked by post is not disclosed", async () => {
    const r = await samples.ask("株洲市人民政府办公室的秘书长叫什么名字");
    expect(r.status).toBe("not_found");
  });

  it("who accompanied a visit is not the guests", async () => {
    const r = await samples.ask("区委办接待包头来的客人，是哪几位领导陪同的");
    expect(r.status).toBe("not_found");
    expect(r.answer).toContain("陪同");
  });

  it("the builder of a project, asked with its trade, is not disclosed", async () => {
    const r = await ask("万里街道社区公共服务中心新建工程是哪家施工公司承建的");
    expect(r.status).toBe("not_found");
  });

  it("a count in a classifier no figure uses (卷, 册) is not an amount", async () => {
    const r = await samples.ask("天元区档案馆现在馆藏档案有多少卷");
    expect(r.status).toBe("not_found");
  });
});
