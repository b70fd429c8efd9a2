import { describe, expect, it } from "vitest";
import { onlyPleasantry, withoutPleasantries } from "./pleasantries.js";

describe("greetings and thanks around a question", () => {
  it("are taken off the start and the end, the question kept", () => {
    expect(withoutPleasantries("您好，麻烦问一下，某单位三公经费多少？谢谢！")).toBe("某单位三公经费多少？");
    expect(withoutPleasantries("hi 请问某单位有几辆车 thanks")).toBe("某单位有几辆车");
  });

  it("a request to look something up is no part of it", () => {
    expect(withoutPleasantries("帮我查一下某单位三公经费")).toBe("某单位三公经费");
    expect(withoutPleasantries("我想了解一下：某单位有几辆车")).toBe("某单位有几辆车");
  });

  it("a message that is only thanks is kept as it is", () => {
    expect(withoutPleasantries("谢谢")).toBe("谢谢");
  });

  it("a clause of thanks alone is no question", () => {
    expect(onlyPleasantry("谢谢您")).toBe(true);
    expect(onlyPleasantry("辛苦了！")).toBe(true);
    expect(onlyPleasantry("那去年呢")).toBe(false);
  });
});

describe("who is asking, said before the question", () => {
  it("is taken off when a colon or comma follows it", () => {
    expect(withoutPleasantries("记者：某单位去年出差花了多少")).toBe("某单位去年出差花了多少");
    expect(withoutPleasantries("我是人大代表，某局机关运行经费多少")).toBe("某局机关运行经费多少");
    expect(withoutPleasantries("审计问：某处会议费决算多少")).toBe("某处会议费决算多少");
  });

  it("so is what the figure is wanted for", () => {
    expect(withoutPleasantries("写调研报告用：某局去年差旅费多少")).toBe("某局去年差旅费多少");
    expect(withoutPleasantries("做汇报材料要用:某处有几辆车")).toBe("某处有几辆车");
  });

  it("a role word that begins what is asked stays", () => {
    expect(withoutPleasantries("学生资助支出多少")).toBe("学生资助支出多少");
    expect(withoutPleasantries("代表团出访花了多少")).toBe("代表团出访花了多少");
  });
});

describe("chat before a turn to the question", () => {
  it("is dropped when it names no body and no number", () => {
    expect(withoutPleasantries("今天好冷，路上堵得不行……对了，顺便问一下某局三公经费多少")).toBe(
      "某局三公经费多少",
    );
    expect(withoutPleasantries("下雨了。言归正传，某处会议费多少")).toBe("某处会议费多少");
  });

  it("is kept when it names the body or a number the question goes on from", () => {
    const told = "我在看某局2024年的决算，对了，三公经费多少";
    expect(withoutPleasantries(told)).toBe(told);
  });
});

describe("a passage pasted in quotes before the question", () => {
  it("is dropped when a request turns to the question after it", () => {
    expect(
      withoutPleasantries(
        "这是我在新闻上看到的：“某局去年的会议费比上年减少了不少，主要原因是压缩会议数量和规模……”——请问某局会议费多少",
      ),
    ).toBe("某局会议费多少");
  });

  it("is kept when the question asks about the quoted sentence itself", () => {
    const about = "说明里写的“主要原因是压缩会议数量和规模以及严格控制会议开支标准”说的是哪项";
    expect(withoutPleasantries(about)).toBe(about);
  });
});
