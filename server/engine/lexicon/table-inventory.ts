/**
 * Questions about a document's tables rather than their figures ("这份决算有几张表", "哪些表是空的",
 * "某某那张表在不在"): answered from the tables the ingest found, their notes and the standard
 * tables of the document's kind it did not find.
 */
export const TableAspect = ["empty", "note", "exists", "count", "list"] as const;
export type TableAspect = (typeof TableAspect)[number];

/** How each aspect is asked, tried in this order (an emptiness asked of a listed table is about emptiness). */
export const TABLE_ASKED: readonly { aspect: TableAspect; asks: RegExp }[] = [
  {
    aspect: "empty",
    asks: /空表|表格?(?:怎么|为什么|为啥|是不是|是否)?(?:是|为)?空(?:的|白)|(?:哪|几)(?:些|张|个)表?[^，。？?]{0,4}(?:是)?空|(?:没有|无)数据的表|本表无数据/,
  },
  {
    aspect: "note",
    // "…表下面的备注是什么意思", or a column the table's note defines ("某表中的“决算数”指什么")
    asks: /(?:表(?:下面|下方|底下|后面|最后)?的?(?:那句|这句|那行|这行)?(?:备注|注释|附注|注)|备注|表注)(?:是|写的|说的|讲的)?(?:什么|啥|怎么说|意思)|表(?:里|中)?的?[“"][^”"]{1,12}[”"](?:是|指|什么意思|怎么理解)/,
  },
  {
    aspect: "exists",
    // "有没有<某某>那张表", "<某某>那张表在不在" (not "表里有没有<某项>")
    asks: /有没有[^，。？?]{1,16}?(?:那张|这张|那个|这个|的)?表(?![里中上])|(?:有|列了|列有|公开了)[^，。？?]{1,16}?表吗|[^，。？?]{2,16}?表(?:有没有|有吗|在不在)(?=[？?，。！!]|$)/,
  },
  { aspect: "count", asks: /(?:几|多少)张表|表格?(?:一共|总共|共)?有?(?:几|多少)张/ },
  {
    aspect: "list",
    asks: /(?:有|包括|包含|列了|公开了)(?:哪些|哪几张|什么)表|哪(?:些|几张)表(?![里中上])/,
  },
];

/** Words around a table's name in a question ("那张", "的") that are no part of it. */
export const TABLE_NAME_FILLER = /那张|这张|那个|这个|这份|那份|的|里|中/g;

/** A table's printed label in a question ("公开07表", "附表3"). */
export const TABLE_LABEL = /公开\d{1,2}表|附表\d{1,2}|表[一二三四五六七八九十]{1,3}(?![^，。？?]{0,2}表)/;

/** A note saying the table holds nothing ("故本表无数据", "本表为空表"). */
export const EMPTY_NOTE = /本表(?:无数据|为空表|为空)|空表/;

/** A figure asked beside the table ("批了多少钱，这张表在吗"): the figure's question, not the table's. */
export const AMOUNT_ASKED = /多少(?!张)|金额|几(?:万|百|千)/;

/**
 * A table's total asked by the table's name ("部门项目支出预算表合计多少", "三公那张表总计是多少"): the
 * table's own 合计 row, read across its columns.
 */
export const TABLE_TOTAL_ASKED =
  /表(?:里|中|上)?的?(?:合计|总计|总额|总数)(?:数|行)?(?:是|为|有)?(?:多少|几|呢)/;

/** The rows that total a table. */
export const TOTAL_ROW = /^(?:合\s*计|总\s*计|本年(?:收入|支出)合计)$/;
