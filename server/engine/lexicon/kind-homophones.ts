/**
 * Characters typed by pinyin for the character that ends a body's name (委 → 为, 办 → 半): a short
 * name mistyped so ("商务为") still names that body. None of them ends a body's name itself
 * (园 is a body of its own, never a typo of 院).
 */
export const KIND_HOMOPHONES: Readonly<Record<string, string>> = {
  委: "为伟卫未位维威唯围",
  办: "半版伴扮拌班搬斑",
  局: "居菊橘举句据",
  院: "员元远愿怨源",
  处: "出初触储",
  厅: "听停庭挺",
  所: "锁索",
  馆: "管官关",
};

/** Is `typed` a pinyin slip for the body-kind character `kind`? */
export function isKindHomophone(typed: string | undefined, kind: string | undefined): boolean {
  return !!typed && !!kind && (KIND_HOMOPHONES[kind] ?? "").includes(typed);
}
