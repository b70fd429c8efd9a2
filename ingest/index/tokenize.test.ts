import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";
import { describe, expect, it } from "vitest";
import { parseCorpus } from "../testing/corpus.js";
import { toHalfWidth } from "../text/parse-amount.js";
import { isIndexWord, tokens } from "./tokenize.js";

/**
 * A chunk is cut whitespace piece by piece, remembered pieces not cut again: the words must be
 * those of one cut of the whole text (jieba never joins characters across whitespace).
 */
describe("words of a chunk", () => {
  it("are the words of one jieba cut of the whole text, on every chunk of the sample", async () => {
    const jieba = Jieba.withDict(dict);
    const chunks = Object.values(await parseCorpus()).flatMap((parsed) => parsed.chunks);
    expect(chunks.length).toBeGreaterThan(100);
    for (const chunk of chunks) {
      const whole = jieba
        .cutForSearch(toHalfWidth(chunk.text).toLowerCase(), true)
        .map((word) => word.trim())
        .filter(isIndexWord);
      expect(tokens(chunk.text).words).toEqual(whole);
    }
  });
});
