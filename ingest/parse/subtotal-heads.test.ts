import { describe, expect, it } from "vitest";
import { subtotalHeadsNested } from "./subtotal-heads.js";

describe("a subtotal named in one header cell", () => {
  it("goes over the 其中 columns after it, and the whole beside its siblings", () => {
    const paths = [
      ["决算数", "合计"],
      ["决算数", "因公出国（境）费"],
      ["决算数", "公务用车购置及运行维护费小计"],
      ["决算数", "其中：购置费"],
      ["决算数", "其中：运行维护费"],
      ["决算数", "公务接待费"],
    ];
    expect(subtotalHeadsNested(paths)).toEqual([
      ["决算数", "合计"],
      ["决算数", "因公出国（境）费"],
      ["决算数", "公务用车购置及运行维护费", "小计"],
      ["决算数", "公务用车购置及运行维护费", "购置费"],
      ["决算数", "公务用车购置及运行维护费", "运行维护费"],
      ["决算数", "公务接待费"],
    ]);
  });

  it("leaves a bare 小计 and a named subtotal with no 其中 columns as they are", () => {
    const paths = [["本年支出", "小计"], ["本年支出", "基本支出"], ["某费小计"], ["某费"]];
    expect(subtotalHeadsNested(paths)).toEqual(paths);
  });
});
