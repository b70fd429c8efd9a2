/**
 * "<某项> <金额> 出自哪张表", "这个数出自哪", "看到一个数<金额>，这是什么钱": where in the documents
 * an amount the asker quotes is printed, which says what it is. The amount may be pasted as the page prints it (元 in most 上海 tables) or in 万元.
 */
export const LOCATION_ASKED =
  /(?:在|是|列在|出自|来自)?(?:哪张|哪个|哪一张|哪一个|什么)表|出自哪|来自哪|哪一页|第几页|在哪(?:里|儿)?(?:能)?(?:找到|查到|看到)|(?:这|那)(?:个数|笔钱|个数字)?(?:是|指的?是|说的是)?(?:什么|哪项|哪一项)(?:钱|费用|开支|数|支出)/;

/** A number the asker quotes, with or without its unit (thousands separators are already removed). */
export const QUOTED_NUMBER =
  /(?<![\d.])(\d{3,}(?:\.\d+)?|\d+\.\d+)\s*(亿元|亿|万元|万|元)?(?![\d.]|\s*(?:%|％|年|[辆台人个次]))/g;
