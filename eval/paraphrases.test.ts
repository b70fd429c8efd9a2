import { describe, expect, it } from "vitest";
import { PARAPHRASES } from "./paraphrases.js";

const context = {
  aliases: [
    { key: "某市人民政府驻北京联络处", units: ["某市人民政府驻北京联络处"] },
    { key: "驻北京联络处", units: ["某市人民政府驻北京联络处"] },
    { key: "驻京办", units: ["某市人民政府驻北京联络处"] },
  ],
};
const rewrite = (name: string, q: string) => PARAPHRASES.find((p) => p.name === name)!.rewrite(q, context);

describe("meaning-keeping rewrites", () => {
  it("wrap, retype and reword without changing what is asked", () => {
    expect(rewrite("greeting", "驻京办三公经费多少？")).toBe("你好，想问一下，驻京办三公经费多少？谢谢");
    expect(rewrite("full-width", "驻京办2024年三公")).toBe("驻京办２０２４年三公");
    expect(rewrite("year-du", "驻京办2024年三公")).toBe("驻京办2024年度三公");
    expect(rewrite("two-digit-year", "驻京办2024年三公")).toBe("驻京办24年三公");
    expect(rewrite("full-name", "驻京办三公经费多少")).toBe("某市人民政府驻北京联络处三公经费多少");
    expect(rewrite("possessive", "驻京办三公经费多少")).toBe("驻京办的三公经费多少");
    expect(rewrite("traditional", "驻京办的车辆运行费")).toBe("駐京辦的車輛運行費");
    expect(rewrite("short-name", "某市人民政府驻北京联络处三公经费")).toBe("驻京办三公经费");
    expect(rewrite("years-joined", "驻京办2023年和2024年三公")).toBe("驻京办2023年跟2024年三公");
  });

  it("leave a question they do not apply to as it is", () => {
    expect(rewrite("year-du", "驻京办三公经费")).toBe("驻京办三公经费");
    expect(rewrite("possessive", "驻京办的三公经费")).toBe("驻京办的三公经费");
  });
});
