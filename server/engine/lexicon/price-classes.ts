/**
 * Assets counted by a price class ("单位价值N万元以上设备", "单价N万元以上的专用设备"): the
 * documents count them in a sentence of their asset section. The class's threshold is part of
 * what is asked: a sentence about another threshold does not answer it. The threshold may also
 * be said bare before the things counted ("设备100万元以上的多少台"): the second group.
 */
export const PRICE_CLASS_ASKED =
  /(?:单价|单位价值|价值)\s*(\d+(?:\.\d+)?)\s*万元?(?:（含）|\(含\))?(?:及)?以上|(?<![\d.])(\d+(?:\.\d+)?)\s*万元?(?:（含）|\(含\))?(?:及)?以上的?(?=[^，,。？?]{0,6}(?:设备|台|套))/;

/** The sentence that counts such assets, with its threshold and count ("单位价值N万元以上设备（不含车辆）M台（套）"). */
export const PRICE_CLASS_STATED =
  /(?:单价|单位价值|价值)\s*(\d+(?:\.\d+)?)\s*万元(?:（含）|\(含\))?(?:及)?以上[^，。；\n]{0,20}?(\d+)\s*(?:台|套|件|辆)(?:（套）|\(套\))?/g;

/** What a retrieval for those sentences searches. */
export const PRICE_CLASS_QUERY = "单位价值 万元以上 设备 台 套 国有资产占用";

/** The price or make of the items asked, not how many there are ("那几台设备是啥、值多少"). */
export const PRICE_OF_ITEMS = /多少钱|价格|价值多少|型号|品牌|什么设备|啥设备|是什么|是啥/;
