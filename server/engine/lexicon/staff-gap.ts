/**
 * Staff against the approved establishment (编制): the words that ask how far the people actually
 * employed are over or under it ("超编", "比编制多几个人", "缺编多少", "编制和实有人数对比"), and those that ask it as a
 * share of the establishment ("超编比例").
 */
export const STAFF_GAP_ASKED =
  /超编|控制率|编制(?:使用|占用)率|满编率|超出编制|超过编制|空编|缺编|(?:比|超出?|超过|多于|少于)[^，,。？?]{0,6}编制|编制[^，,。？?]{0,10}(?:多|少|差|超)了?(?:多少|几)|编制[^。？?]{0,12}(?:实有|实际|在职|在岗|在编)[^。？?]{0,8}(?:对比|比较|相比|比一比|比比|差距)/;
/** After the counts were asked ("编制多少 → 那实际的呢，多出几个"): how far one is over the other. */
export const STAFF_GAP_FOLLOW_UP =
  /超(?:了|出)?(?:多少|几)|多(?:了|出)?(?:多少|几)个?人|差(?:了)?(?:多少|几)个?人?|相差/;
/** Another year named beside the gap words: a change between years is asked. */
export const OTHER_YEAR_NAMED = /上年|去年|上一年|前一年|同比|(?<!\d)(?:20)?\d{2}\s*年/;
/** The people employed as a share of the establishment (its 控制率, as 基础数据表 print it). */
export const STAFF_FILLED_SHARE =
  /控制率|编制(?:使用|占用)率|满编率|(?:在职|在岗|在编|实有|实际)(?:人员|人数)?占(?:编制|编制数)/;
export const STAFF_GAP_SHARE = /比例|比率|百分之|百分比|%|几成|超编率|缺编率/;

/** The two counts set against each other: the people employed, the establishment. */
export const STAFF_COUNT_KEY = "在职人数";
export const ESTABLISHMENT_KEY = "编制数";
