/** Chinese numerals two to ten as people write counts ("三个单位", "两家"). */
export const NUMERALS: Readonly<Record<string, number>> = {
  两: 2,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};
