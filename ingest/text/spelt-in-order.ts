/**
 * How many runs of `name`'s characters spell `short` in order, each character at its first place
 * after the one before ("甲丙" in "甲乙丙" is two runs); Infinity when they do not spell it.
 */
export function runsSpelling(short: string, name: string): number {
  let runs = 0;
  let last = -2;
  for (const char of short) {
    const at = name.indexOf(char, last + 1);
    if (at < 0) return Infinity;
    if (at !== last + 1) runs++;
    last = at;
  }
  return runs;
}
