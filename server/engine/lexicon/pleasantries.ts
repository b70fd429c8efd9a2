/**
 * Greetings and thanks around a question ("你好，想问一下，…？谢谢"): no part of what is asked. Said
 * at the start or the end of a message, or as a clause of their own.
 */
const GREETING =
  /^(?:(?:你好|您好|老师好|hi|hello|嗨|请问一下|请问|麻烦问一下|麻烦问下|麻烦|想问一下|想问下|问一下|问下|我想问一下|我想问下|我想问|打扰一下|打扰了|劳驾)[，,！!。、~～\s]*)+/i;
const THANKS =
  /[，,。！!~～\s]*(?:谢谢(?:你|您|啦|了)?|多谢|感谢|谢了|辛苦(?:了|啦)?|thanks|thank you|麻烦了)[！!。~～\s]*$/i;

/** The message without the greeting before it and the thanks after it. */
export function withoutPleasantries(text: string): string {
  const bare = text.replace(GREETING, "").replace(THANKS, "");
  return bare.trim() ? bare : text;
}

/** A clause that is only a greeting or thanks ("谢谢", "你好"). */
export function onlyPleasantry(clause: string): boolean {
  return /^[\s，,。！!？?~～]*$/.test(clause.replace(GREETING, "").replace(THANKS, ""));
}
