/**
 * The day a document was published, asked ("哪天公开的", "什么时候发布的", "公开时间是哪天"): the
 * document's own labelled date answers it, not a figure (ingest/parse/publication-date.ts reads it).
 */
export const PUBLICATION_ASKED =
  /(?:哪天|哪一天|哪日|什么时候|什么时间|何时|啥时候|几月几[号日]|哪个月)[^，,。？?]{0,6}?(?:公开|发布|公布|挂网|上网|印发)|(?:公开|发布|公布|印发)的?(?:时间|日期|日子)/;
