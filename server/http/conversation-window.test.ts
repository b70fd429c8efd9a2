import { describe, expect, it } from "vitest";
import { ChatMessage } from "../engine/plan-schema.js";
import { AppError } from "../../lib/app-error.js";
import { CHAT_LIMITS, fitConversation } from "./conversation-window.js";

/** A question and a follow-up as the chat page sends them (web/chat-page.test.ts asks the same). */
const Q = "驻北京联络处三公经费是多少";
const FOLLOW_UP = "其中公务接待费呢？";
const user = (content: string) => ({ role: "user" as const, content });
const assistant = (content: string) => ({ role: "assistant" as const, content });

/** n turns of question and a long answer (a ranking over 200 units runs to 22,000 characters). */
function turns(n: number, answerChars = 22_000) {
  return Array.from({ length: n }, (_, i) => [
    user(`${Q}（第${i + 1}问）`),
    assistant(`第${i + 1}个回答：${"各单位三公经费排名。".repeat(answerChars / 10)}`.slice(0, answerChars)),
  ]).flat();
}

describe("fitConversation", () => {
  it("keeps the last turns of a 31-turn conversation with 22,000-character answers, within the engine's schema", () => {
    const raw = [...turns(30), user(FOLLOW_UP)];
    const fitted = fitConversation(raw);
    expect(fitted.messages).toHaveLength(CHAT_LIMITS.keepMessages);
    expect(() => ChatMessage.array().parse(fitted.messages)).not.toThrow();
    expect(fitted.messages.at(-1)).toEqual(user(FOLLOW_UP));
    // The most recent earlier turns, in order, each answer cut with a mark.
    expect(fitted.messages.at(-3)).toEqual(user(`${Q}（第30问）`));
    const answer = fitted.messages.at(-2)!;
    expect(answer.role).toBe("assistant");
    expect(answer.content.length).toBe(CHAT_LIMITS.assistantChars);
    expect(answer.content.startsWith("第30个回答：")).toBe(true);
    expect(answer.content.endsWith("…（以下从略）")).toBe(true);
    expect(fitted.dropped).toBe(raw.length - CHAT_LIMITS.keepMessages);
    // Fifteen earlier messages ending with an answer: eight answers, each cut.
    expect(fitted.cut).toBe(8);
  });

  it("passes a short conversation through unchanged", () => {
    const raw = [user(Q), assistant("驻北京联络处2024年三公经费决算为23.30万元。"), user(FOLLOW_UP)];
    expect(fitConversation(raw)).toEqual({ messages: raw, question: FOLLOW_UP, dropped: 0, cut: 0 });
  });

  it("normalises every message and drops earlier ones left empty", () => {
    const fitted = fitConversation([
      user("\u200B\u200D"),
      assistant("答\u0000案"),
      user(`驻北\u200B京联络处三公经费是多少`),
    ]);
    expect(fitted.messages).toEqual([assistant("答案"), user(Q)]);
    expect(fitted.dropped).toBe(1);
  });

  it("does not split a surrogate pair when it cuts an answer", () => {
    const long = "😀".repeat(CHAT_LIMITS.assistantChars);
    const [kept] = fitConversation([assistant(long), user(Q)]).messages;
    expect(kept.content.endsWith("…（以下从略）")).toBe(true);
    expect(kept.content).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it("refuses only a question over the engine's limit, naming its field", () => {
    const raw = [...turns(2, 100), user("问".repeat(CHAT_LIMITS.questionChars + 1))];
    expect(() => fitConversation(raw)).toThrowError(AppError);
    expect(() => fitConversation(raw)).toThrowError(/^messages\.4\.content: a question of at most 4000/);
    // The page allows 2,000 characters: always accepted.
    expect(fitConversation([user("问".repeat(2000))]).messages).toHaveLength(1);
  });

  it("leaves no message for the engine when the question is empty once normalised", () => {
    expect(fitConversation([user(Q), assistant("答"), user("\u200B")])).toMatchObject({
      messages: [],
      question: "",
    });
  });
});
