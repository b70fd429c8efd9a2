import { beforeAll, describe, expect, it } from "vitest";
import { parseCorpus, type DocId } from "../testing/corpus.js";
import type { ParsedDocument } from "../schema.js";

/**
 * The projects of one kind stated together in the final accounts' performance write-ups, read off
 * data/docs: 002 line 612 "1.年初预算项目“国安机要保密经费”、…专项资金125.00万元，实际支出107.16万元，
 * 结余结转0万元", line 640 "2.年中追加项目“党政专用通信二级网建设”、…项目150.46万元，实际支出102.43万元，
 * 结余结转0万元"; 000 line 652 "1.年初预算项目政府门户网站专项资金、市长热线专项，年中执行调减124.11万元，
 * 实际支出558.89万元，结余结转0万元", lines 662–664 "2.年中追加项目…，金额241.36万元，实际支出204.44万元，
 * 结余结转0万元"; 001 lines 1274 and 1280 each name one project ("年初预算项目“驻京工作经费专项资金…").
 */
let docs: Record<DocId, ParsedDocument>;
beforeAll(async () => {
  docs = await parseCorpus();
});

function groupFigures(id: DocId): string[] {
  return docs[id].facts
    .filter((f) => f.metric === "年初预算的各项目" || f.metric === "年中追加的各项目")
    .map((f) => `${f.source.lines[0]} ${f.row} ${f.column} ${f.value}${f.measure}`);
}

describe("project groups of a performance write-up", () => {
  it("reads each group's money, spending and carry-over (天元区委办)", () => {
    expect(groupFigures("002")).toEqual([
      "612 年初预算的各项目 预算数 125万元",
      "612 年初预算的各项目 决算数 107.16万元",
      "612 年初预算的各项目 结余结转 0万元",
      "640 年中追加的各项目 预算数 150.46万元",
      "640 年中追加的各项目 决算数 102.43万元",
      "640 年中追加的各项目 结余结转 0万元",
    ]);
  });

  it("reads a year's cut as a signed adjustment, and a group stated over two lines (市政府办)", () => {
    expect(groupFigures("000")).toEqual([
      "652 年初预算的各项目 年中调整数 -124.11万元",
      "652 年初预算的各项目 决算数 558.89万元",
      "652 年初预算的各项目 结余结转 0万元",
      "662 年中追加的各项目 预算数 241.36万元",
      "662 年中追加的各项目 决算数 204.44万元",
      "662 年中追加的各项目 结余结转 0万元",
    ]);
  });

  it("leaves a sentence about one project to that project (驻京办)", () => {
    expect(groupFigures("001")).toEqual([]);
  });
});
