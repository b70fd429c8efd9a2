/**
 * "基本支出+项目支出是否等于支出合计", "合计是不是正好等于两项相加", "两项加起来能对上总数吗": the
 * asker checks that parts add up to their whole. The words that ask it, and those that add.
 */
export const SUM_CHECKED =
  /(?:是否|是不是|能不能|能否)?(?:正好|刚好|恰好)?等于|等不等于|对得上|对不上|对的上|能对上|相符|吻合|一致吗|是否一致|一致不一致|相等吗|(?:是否|是不是)相等|相不相等|(?:是不是|是否|就是)(?:这个|那个)数|是(?:这个|那个)数吗|(?:相加|加起来|加总|合计)(?:得来|得到|算出|而来)的?(?:吗|么)?|(?:加起来|相加|合起来|加在一起|加一起)(?:正好|刚好)?(?:是不是|是否|就是)/;

/** The marks that join the parts ("A+B", "A加B", "A和B": 加 is read as 和 by then); the whole stands on the other side. */
export const PARTS_JOINED = /[+＋和]|加上?|相加/;

/** "说明里的<甲>加<乙>": the narrative's figures are the ones to add. */
export const NARRATIVE_NAMED = /说明(?:里|中|上)|文字说明|情况说明|正文/;

/** "<某项>（<甲>+<乙>）": parts added in brackets right after the figure they make up. */
export const PARTS_GLOSSED = /[（(][^（）()，,。？?]{1,16}(?:[+＋]|加上?)[^（）()，,。？?]{1,16}[)）]/;

/** The whole named only as the row's total ("能对上合计吗", "等于小计吗"). */
export const ROW_TOTAL_NAMED =
  /(?:合计|小计|总计|总数)(?:数|栏|列)?(?:吗|么|没有|[？?]|$|(?=对得上|对不上|对的上|能对上|一致|相等|相符|吻合))/;

/**
 * The whole named only by a word for a total ("<甲>、<乙>、<丙>相加是否就是总数"), or pointed at after the
 * asker quotes it ("<整体>N万元，<甲>加<乙>是不是这个数"): the figure the parts make up.
 */
export const WHOLE_UNNAMED = /总额|总数|合计|总计|小计|总的|整体|总共的|(?:这个|那个)数/;

/** "<整体>三项加起来…", "<整体>三类加起来": the whole's parts counted, then added. */
export const PARTS_COUNTED =
  /([两二三四五六七八九十])(?:项|块|类|大类|种|部分|个部分)(?:加起来|相加|合起来|加总|之和|合计|一共|总共|加在一起)/;

/** An amount the asker puts a sum at, to check ("是不是346.3", "等于N吗", "对不对"). */
export const SUM_CLAIMED =
  /(?:是不是|是否|等不等于|等于|有没有)\s*\d|(?<!不)是\s*\d[\d.,]*\s*(?:亿元|万元|元|亿|万)?\s*(?:吗|么|嘛|[？?])|对吗|对不对|对么/;
