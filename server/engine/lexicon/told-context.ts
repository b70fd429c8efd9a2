/**
 * How a message of several sentences tells a story or guesses around its question (see
 * asked-scope.ts withoutToldContext): the words that make a sentence a question without a
 * question mark, and the words of a guess or an aside after it.
 */

/** Words that make a sentence a question without a question mark ("…呢", "超支了没", "有没有…"). */
export const ASKING = /吗|呢|嘛|多少|是否|有没有|了没|为什么|为啥|什么|哪(?:些|个|里|项|一)|如何|怎么样/;

/** A guess or an aside after the question: no question of its own, even with a question mark. */
export const REMARK = /吧[？?]?$|应该是|估计|我猜|我觉得|倒推|^[（(][^）)]*[）)][呢吗？?]*$/;
