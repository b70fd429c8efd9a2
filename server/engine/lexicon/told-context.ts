/**
 * How a message of several sentences tells a story or guesses around its question (see
 * asked-scope.ts withoutToldContext): the words that make a sentence a question without a
 * question mark, and the words of a guess or an aside after it.
 */

/** Words that make a sentence a question without a question mark ("…呢", "超支了没", "有没有…"). */
export const ASKING = /吗|呢|嘛|多少|是否|有没有|了没|为什么|为啥|什么|哪(?:些|个|里|项|一)|如何|怎么样/;

/** A guess or an aside after the question: no question of its own, even with a question mark. */
export const REMARK = /吧[？?]?$|应该是|估计|我猜|我觉得|倒推|^[（(][^）)]*[）)][呢吗？?]*$/;

/**
 * Why the asker asks, put before a colon ("审计前自查：", "写论文用：", "汇报材料："): a preface, no
 * figure or qualifier of its own. (A unit or year before a colon is no preface: no digits here,
 * and only these purposes.)
 */
export const PURPOSE_PREFACE =
  /^[^：:，,。？?！!\d]{0,6}(?:审计|自查|论文|作业|汇报|材料|调研|课题|研究|报告|采访|写稿|备课|复核|答辩|开会)[^：:，,。？?！!\d]{0,6}[：:]/;

/**
 * "<甲>占<乙><N>%，<丙>占<甲>一半多，那<丙>占<乙>多少": inside one sentence, the
 * clause that turns to the question; the clauses before it that state figures are told context.
 * ("…想知道这家靠不靠谱，它<年>拨了多少钱": the last clause, said of "它", turns to the question too;
 * so does a last clause opening "我想了解一下…" after a story told in clauses.)
 */
export const TURN_TO_QUESTION =
  /^(?:那么?|所以|请问|我?(?:就|就是|只是)?想问(?:问|一下|下)?|问一下|我?(?:就|就是|只是)?(?:很|挺)?(?:好奇|想知道|想了解)[，,]?$|我?(?:就|就是|只是)?(?:想|要)(?:了解|知道|查|问)(?:一下|下)(?=[^，,]*(?:[？?]|$))|它们?(?=[^，,]*$))/;

/**
 * An aside in brackets about the message itself, where it came from or how it was typed
 * ("（网上复制过来的）", "（打字太快按错了）"): no figure or qualifier.
 */
export const SOURCE_ASIDE =
  /[（(][^（）()]{0,20}(?:复制|粘贴|截图|表头|拍照|抄的|转发|网页|网上|打字|打错|按成|按错|输错|手滑|错别字)[^（）()]{0,20}[）)]/g;

/**
 * A story of several clauses told before a colon that turns to the question ("…平时挺关心…，最近
 * 老看到…，我就想问问：<问题>？"): no figure (no digit) and no question of its own before the colon.
 */
export const STORY_PREFACE =
  /^[^：:？?！!\d]*[，,][^：:？?！!\d]*[：:](?=[^：:]*(?:吗|呢|多少|几|哪|什么|怎么|如何|[？?]))/;

/**
 * What the asker is writing, told before a colon ("在赶一篇讲<某事>的文章，需要核实下："): a
 * preface, no figure or qualifier (units and years in it were read before).
 */
export const WRITING_PREFACE =
  /[^：:？?！!\d]{0,30}(?:稿子|稿件|文章|报道|推文|论文|视频|节目|材料)[^：:？?！!\d]{0,16}[：:]/;

/**
 * Which one the asker means, said after its name ("那个福利院，就是我老同事住的那个，…"): no figure
 * or qualifier.
 */
export const ONE_DESCRIBED = /[，,]\s*(?:也)?就是[^，,。？?！!\d]{1,20}的那(?:个|家|所|间)(?=[，,。])/g;

/** Who the asker is, said in passing ("我是<某处>的会计，…"): no figure or qualifier. */
export const SELF_INTRODUCED = /我(?:是|叫)[^，,。？?！!\d]{1,12}(?=[，,。！!])/g;

/** The count of the items just listed ("货物、工程和服务三块加在一起"): no qualifier of them. */
export const LIST_COUNTED =
  /[两二三四五六七八九十]个[^—，,。？?]{0,8}(?=——)|(?<=[\u4e00-\u9fa5□〇｜])[两二三四五六七八九十]\s*(?:项|块|类|个|部分|样|笔)(?=\s*(?:加|合|相加|一共|总共|合计|之和|的和|都|[，,。？?]|$))/g;

/** The document's own words asked for ("原文怎么说的", "原话是什么"): how to answer, no qualifier. */
export const WORDING_ASKED =
  /原文(?:里|中)?(?:是)?(?:怎么|如何)(?:说|写|讲)的?|原话(?:是)?(?:什么|怎么说)?|原文(?:是)?什么/g;
