import { describe, expect, it } from "vitest";
import type { Section } from "../schema.js";
import { buildChunks } from "./build-chunks.js";

/**
 * 普陀区商务委 2025 部门预算 p26 (贸易高质量发展专项经费情况说明), 二、立项依据: "1、《普陀区加快贸易高质量发展实施意见》
 * （普商务规范〔2023〕3号）。" is read as a heading, and "2、《普陀区服务企业发展工作实施意见》（普投资规范〔2023〕1号）。"
 * as the next one, so the first heads no text.
 */
const doc = { docId: "swh", unit: "上海市普陀区商务委员会", year: 2025, kind: "预算" as const };
const section = (id: string, path: string[], text: string): Section => ({
  id,
  level: path.length,
  title: path.at(-1)!,
  path,
  lines: [1, 1],
  text,
});

describe("section chunks", () => {
  it("keep a numbered item that heads nothing, and drop a bare heading", () => {
    const chunks = buildChunks({
      doc,
      tables: [],
      amountUnit: "万元",
      sections: [
        section("s36", ["二、立项依据"], ""),
        section(
          "s37",
          ["二、立项依据", "1、《普陀区加快贸易高质量发展实施意见》（普商务规范〔2023〕3号）。"],
          "",
        ),
        section(
          "s38",
          ["二、立项依据", "2、《普陀区服务企业发展工作实施意见》（普投资规范〔2023〕1号）。"],
          "3、《上海市跨国公司地区总部发展资金管理办法》（沪商规（2024）2号）第四条。",
        ),
      ],
    });
    expect(chunks.map((chunk) => chunk.id)).toEqual(["s37", "s38"]);
    expect(chunks[0].title).toContain("《普陀区加快贸易高质量发展实施意见》");
  });
});
