/**
 * Greetings, requests and thanks around a question ("你好，帮我查一下…？谢谢"): no part of what is
 * asked. Said at the start or the end of a message, or as a clause of their own.
 */
const GREETING_WORDS = [
  "你好",
  "您好",
  "老师好",
  "hi",
  "hello",
  "嗨",
  "请问一下",
  "请问",
  "麻烦帮我查一下",
  "麻烦帮我查下",
  "麻烦问一下",
  "麻烦问下",
  "麻烦",
  "我想问一下",
  "我想问下",
  "我想问",
  "想问一下",
  "想问下",
  "想请问",
  "想问",
  "问一下",
  "问下",
  "打听一下",
  "打听下",
  "打扰一下",
  "打扰了",
  "劳驾",
  "帮我查一下",
  "帮我查下",
  "帮我查查",
  "帮我查",
  "帮忙查一下",
  "帮忙查下",
  "帮我看一下",
  "帮我看看",
  "查一下",
  "查下",
  "我想知道",
  "想知道",
  "我想了解一下",
  "想了解一下",
  "我想了解",
  // asking to be told ("解释一下<单位>…"); "介绍一下<单位>" stays: it asks what the unit does
  "请解释一下",
  "解释一下",
  "请说明一下",
  "说明一下",
  "分析一下",
];
/** Who is asking, said before the question ("记者：…", "我是人大代表，…"): no part of what is asked. */
const SPEAKER_WORDS = [
  "记者",
  "人大代表",
  "政协委员",
  "代表",
  "委员",
  "审计",
  "学生",
  "市民",
  "网友",
  "财务",
];
const SPEAKER = `(?:我是)?(?:${SPEAKER_WORDS.join("|")})(?:问|提问)?[，,:：]`;
/**
 * What the figure is wanted for, said before it ("写<某>稿子用：", "做汇报材料要用，"), or what the
 * asker is doing ("我们科里也在做下一年度的预算，借鉴一下"): only with "我…在", never a bare "编<某>，".
 */
const PURPOSE = [
  "(?:我)?(?:写|做|准备|整理)[^，,。:：？?]{1,16}(?:用|要用|参考)[，,:：]",
  "(?:我们?|咱们?)(?:单位|部门|这边|局里|处里|科里)?(?:也|正|现在)?(?:正)?在(?:编|做|写|准备|整理)[^，,。:：？?]{1,12}[，,:：]",
  "(?:想|要)?(?:参考|借鉴)一下[，,:：]?",
  // what form the answer is wanted in, by whom ("记者要一句话：", "领导要个数，")
  `(?:${SPEAKER_WORDS.join("|")}|领导|我)?(?:要|需要|想要)(?:一句话|一段话|个说法|个数|个准数)[，,:：]`,
].join("|");
const GREETING = new RegExp(
  `^(?:(?:${GREETING_WORDS.join("|")})[，,！!。、:：~～\\s]*|${SPEAKER}\\s*|(?:${PURPOSE})\\s*)+`,
  "i",
);
const THANKS =
  /[，,。！!~～\s]*(?:谢谢(?:你|您|啦|了)?|多谢|感谢|谢了|辛苦(?:了|啦)?|thanks|thank you|麻烦了)[！!。~～\s]*$/i;

/** Requests that open a later clause ("现在是<某年>，我想问<某单位>…"): no part of what is asked. */
const REQUEST_WORDS = [
  "我想问一下",
  "我想问下",
  "我想问",
  "想问一下",
  "想问下",
  "我想请问",
  "想请问",
  "想问",
  "请问一下",
  "请问",
  "我想知道",
  "想知道",
];
const REQUEST_INSIDE = new RegExp(`(?<=[，,。！!；;\\s])(?:${REQUEST_WORDS.join("|")})`, "g");

/**
 * Chat before the question, left with a turn to it ("今天好热……对了，顺便问一下<问题>"): dropped when it
 * names no body and no number, so its words qualify nothing asked.
 */
const TURN_TO_TOPIC =
  /(?<=^|[，,。！!；;…~～\s])(?:对了|顺便问一下|顺便问下|顺便问|顺便说一下|说正事|言归正传|话说回来|回到正题)[，,。！!：:\s]*/g;
const NAMES_SOMETHING = /\d|局|办|委|院|街道|处|中心|部门|单位|预算|决算|经费|支出|收入/;

/**
 * A passage pasted in quotes, then a turn to the question ("下面是我复制的：“……”——请问<问题>"): the
 * passage is what was read, not what is asked. Only with a request after the closing quote; a
 * quoted sentence asked about itself ("说明里写的“…”说的是哪项") keeps its quote.
 */
const PASTED_THEN_ASKED =
  /^[^“”"]{0,24}[“"][\s\S]{20,}[”"][\s—–\-…。，,.]*(?=请问|想问|问一下|我想问|我的问题是)/;

function withoutChatBefore(text: string): string {
  const pasted = PASTED_THEN_ASKED.exec(text);
  if (pasted) return withoutChatBefore(text.slice(pasted[0].length));
  const turns = [...text.matchAll(TURN_TO_TOPIC)];
  const last = turns.at(-1);
  if (!last || last.index === undefined) return text;
  const before = text.slice(0, last.index);
  const after = text.slice(last.index + last[0].length);
  return NAMES_SOMETHING.test(before) || !after.trim() ? text : after;
}

/** The message without chat before it, the greeting, the requests opening its clauses and the thanks after it. */
export function withoutPleasantries(text: string): string {
  const bare = withoutChatBefore(text).replace(GREETING, "").replace(REQUEST_INSIDE, "").replace(THANKS, "");
  return bare.trim() ? bare : text;
}

/** A clause that is only a greeting or thanks ("谢谢", "你好"). */
export function onlyPleasantry(clause: string): boolean {
  return /^[\s，,。！!？?~～]*$/.test(clause.replace(GREETING, "").replace(THANKS, ""));
}

/**
 * Words of speech said between the parts of a question ("<单位> 呃 <某表>里 …", voice input): no
 * part of what is asked when they stand alone between spaces or marks, never inside a name.
 */
const FILLER_WORDS = ["呃", "嗯", "额", "啊", "哦", "唔", "那个", "这个", "就是", "就是说", "然后"];
const FILLERS = new RegExp(`(^|[\\s，,。、])(?:${FILLER_WORDS.join("|")})(?=[\\s，,。、？?]|$)`, "g");

/** "长沙驻沪的那个联络处", "杨浦那个民政局": a demonstrative inside a unit said loosely, not an anaphor. */
const DEMONSTRATIVE_IN_NAME =
  /(?<=[\u4e00-\u9fa5])(?<![年月天的])的?(?:那个|这个)(?=[\u4e00-\u9fa5]{0,4}?(?:联络处|办事处|街道|局|办|委|院|中心))/g;

/**
 * "<单位>，就是管<某事>那个，…": the body described by what it looks after, to say which is meant; the
 * description names no figure (what it looks after is no qualifier of what is asked).
 */
const BODY_DESCRIBED =
  /[，,](?:就是|也就是)?(?:管|负责|主管|分管)[\u4e00-\u9fa5]{1,10}?的?(?:那个|那家|那一个)(?:单位|部门)?(?=[，,])/g;

export function withoutFillers(text: string): string {
  let out = text.replace(DEMONSTRATIVE_IN_NAME, "").replace(BODY_DESCRIBED, "");
  // Twice: a filler right after another ("呃 那个 …") shares the space between them.
  for (let i = 0; i < 2; i++) out = out.replace(FILLERS, "$1");
  return out;
}

/**
 * A question filled in like a form ("- 单位：…\n- 年度：2025\n- 问题：…"): the field names are no
 * part of what is asked, the values are. Only at a line's start, after an optional list mark.
 */
const FORM_LABEL =
  /(^|\n)[ \t]*(?:[-*•·]|\d+[.、)）])?[ \t]*(?:单位|部门|单位名称|年度|年份|文件|文件类型|类型|问题|提问|我的问题)[ \t]*[：:]/g;

export function withoutFormLabels(text: string): string {
  return text.includes("\n") ? text.replace(FORM_LABEL, "$1") : text;
}
