import { memoByText } from "./memo-by-text.js";
import { toHalfWidth } from "./parse-amount.js";

/**
 * Header and label cells: conversion splits words with spaces ("公务用车 运行维护 费"); Chinese
 * needs none. Markdown emphasis ("**收入支出决算总表**") is not part of a label either.
 */
export const cleanLabel: (text: string) => string = memoByText((text) =>
  text.replace(/[\s\u3000\u00a0]+|\*\*/g, "").trim(),
);

/** Keep ASCII spaces between Latin words but drop them around CJK characters. */
export function cleanSentence(text: string): string {
  return (
    text
      .replace(/[\u3000\u00a0]/g, " ")
      .replace(/\*\*/g, "")
      .replace(/\s+/g, " ")
      // Spaces between CJK characters, or between CJK and digits, are conversion noise.
      .replace(/(?<=[^\p{ASCII}]) (?=[^\p{ASCII}]|\d)|(?<=\d) (?=[^\p{ASCII}])/gu, "")
      .replace(/(?<=\d) (?=[.,%])|(?<=[.,]) (?=\d)/g, "")
      .trim()
  );
}

/** Lower-noise form used for matching names: half-width, no spaces, unified brackets and quotes. */
export const matchKey: (text: string) => string = memoByText((text) =>
  toHalfWidth(text)
    .replace(/[\s]+/g, "")
    .replace(/[()（）]/g, "")
    .replace(/[“”"'‘’「」]/g, "")
    .toLowerCase(),
);
