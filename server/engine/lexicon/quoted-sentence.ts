/**
 * "说明里写的“主要原因是……”说的是哪一项", "“<某句话>”解释了哪几个数", "那条写“…”，对吗": a
 * sentence of the document the asker quotes, and what it is about asked, or whether it is right. The words that ask it, and the marks that quote.
 */
export const SENTENCE_ABOUT_ASKED =
  /说的是|指的是|讲的是|说的哪|指的哪|解释(?:的是|了)|是(?:在)?哪(?:一)?(?:项|个|类|块|笔)|什么钱|哪几个数|哪些数|哪(?:个|一)?科目|属于哪/;

/** "那条写“…”，对吗": whether a quoted sentence is right (its figures, when nothing else answers). */
export const SENTENCE_CHECKED =
  /对吗|对不对|是否正确|正确吗|准确吗|是否准确|写错了?吗|有没有写错|有没有(?:问题|错)|有(?:问题|错)吗|靠谱吗|可信吗|说得通吗|对得上吗/;

/** A quoted sentence asked about or checked: its words and years are the document's. */
export const QUOTED_SENTENCE_ASKED = new RegExp(`${SENTENCE_ABOUT_ASKED.source}|${SENTENCE_CHECKED.source}`);

/** Text in quotation marks: Chinese, corner or ASCII quotes. */
export const QUOTED_TEXT = /[“"「『‘]([^“”"「」『』‘’]{4,160})[”"」』’]/g;

/** An ellipsis the asker puts for words left out: the parts around it are quoted in order. */
export const LEFT_OUT = /…+|\.{3,}|⋯+|。。。/;

/** At least this many Chinese characters make a quote a sentence, not a name. */
export const MIN_QUOTED_CHARACTERS = 6;
