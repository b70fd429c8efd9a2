/**
 * A unit price asked of an item of an asset or purchase table ("单价多少", "每台多少钱", "一辆多少钱"):
 * the 单价 column of the item's row answers it, not the row's amount over some other count.
 */
export const ITEM_PRICE_ASKED =
  /单价|(?:每|一|平均每|平均一)(?:台|辆|件|套|个|部|把|张|只|块)(?:多少|几|要|花|是)/;

/** How many of an item asked ("买几台", "多少辆", "数量"): the 数量 column of its row. */
export const ITEM_COUNT_ASKED = /(?:几|多少)(?:台|辆|件|套|个|部|把|张|只|块)|数量/;

/** The column of an item's amount (its unit price and count: ingest/domain/indicator-values.ts). */
export const ITEM_AMOUNT_COLUMN = /^(?:金额|合计|预算金额|预算数)$/;
