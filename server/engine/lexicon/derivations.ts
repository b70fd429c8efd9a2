/**
 * Figures the standard tables work out from others, for "<某项>是怎么来的": the figure, what is added
 * and what is taken off (收入支出决算总表: 年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出).
 */
export const DERIVATIONS: readonly { key: string; plus: readonly string[]; minus: readonly string[] }[] = [
  { key: "年末结转和结余", plus: ["年初结转和结余", "收入合计"], minus: ["支出合计"] },
  {
    key: "年末财政拨款结转和结余",
    plus: ["年初财政拨款结转和结余", "财政拨款收入"],
    minus: ["财政拨款支出"],
  },
];

/** How a figure came to be is asked ("怎么来的", "是怎么算出来的", "如何得出"). */
export const DERIVATION_ASKED =
  /怎么来的|咋来的|如何来的|怎么算(?:出来)?的|怎么得(?:出|来)的|如何(?:得出|算出|计算)|是怎么算/;
