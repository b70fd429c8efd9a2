/** Which firm ("哪家公司", "哪家建筑公司"): the trades said before the kind of firm. */
export const FIRM_TRADES = "建筑|施工|装修|设计|监理|物业|保洁|安保|咨询|审计|软件|科技";
export const FIRM_KINDS = "公司|企业|供应商|施工单位|事务所|会计师事务所|律师事务所|展商|厂家|商家";
/** "都接待了些啥": what a reception was, asked of it, is whom it received (not "接待了些什么费用"). */
export const GUESTS_AS_WHAT = /(?:接待|招待)了?(?:些|一些)?(?:啥|什么)(?![^，,。？?]{0,2}[费钱标])/;
const FIRM_ASKED = new RegExp(`哪(?:些|家|个|几家|几个)(?:${FIRM_TRADES})?(?:${FIRM_KINDS})`);

/**
 * Questions that ask *which* thing rather than how much: where the money took people, which
 * companies received it. A passage answers one only if it states that kind of thing (`shows`);
 * otherwise the documents do not disclose it and the passage is only the closest text.
 */
export const ASKED_KINDS: readonly {
  kind: string;
  asks: RegExp;
  shows: RegExp;
  /**
   * Shown only by a sentence that also says what was asked about: a post named with one occasion
   * ("接待某区委书记一行") tells nothing of who went on another ("出国培训的是哪位领导").
   */
  inSentence?: boolean;
}[] = [
  {
    kind: "目的地",
    // ("哪些地方做得不够": where it fell short, no place.)
    asks: /去了?哪(?:些|个|里|儿)|哪(?:些|个)国家|哪些地方(?![^，,。？?]{0,2}(?:做|不|需|有待|存在|要|可以|值得|改))|出访.{0,4}哪/,
    shows: /赴|前往|出访[^，。；]{0,8}(?:国|地区)|国家和地区/,
  },
  {
    kind: "单位名称",
    asks: new RegExp(
      `${FIRM_ASKED.source}|${/(?:给|扶持|支持|补贴|资助|奖励|补助|奖补)了?哪(?:些|几家|家)(?:公司|企业|单位)|谁(?:中标|承建|施工|供货)|中标(?:单位|方|的)|供应商是(?:谁|哪)/.source}`,
    ),
    // A named company ("某某有限公司"), not the word 公司 in a policy's name.
    shows: /有限公司|有限责任公司|股份公司|集团公司|供应商名单|中标人|中标单位|事务所|企业名单/,
  },
  {
    kind: "设备名称",
    asks: /(?:设备|资产)(?:具体|分别|都)?(?:是|都是|是些)(?:什么|啥|哪些)|(?:什么|啥|哪些|哪几)(?:台|件|套)?(?:设备|资产)/,
    // A device named with its count ("某某仪1台"), not a count of devices ("设备2台（套）").
    shows: /[\u4e00-\u9fa5]{2,}(?:仪|机|系统|装置)[^，。；0-9]{0,6}[1-9]\d*\s*[台套件]/,
  },
  {
    kind: "住宿或餐饮场所",
    asks: /(?:住|住的|住在|吃|吃的|在)?哪(?:家|个|些)(?:酒店|宾馆|饭店|餐厅|饭馆|招待所)|(?:酒店|宾馆|饭店|餐厅)(?:是|叫)(?:哪|什么)/,
    // A named hotel or restaurant ("某某酒店", "某某宾馆").
    shows: /[\u4e00-\u9fa5]{2,}(?:酒店|宾馆|饭店|大厦|招待所)/,
  },
  {
    kind: "来宾",
    // Whom a unit received ("接待了谁", "接待的是哪里的客人"): a passage describing the guests by
    // post or delegation answers it ("接待某市区委书记一行").
    // ("接待的客人都是哪些单位的": words said between; "都接待了些啥": what, of a reception, is whom.)
    asks: new RegExp(
      `${/(?:接待|招待)(?:了|的|过)(?:[^，,。？?]{0,8}?(?:都|分别))?(?:是)?(?:谁|哪些人|什么人|哪些客人|哪里的|哪些单位|哪些团)/.source}|${GUESTS_AS_WHAT.source}`,
    ),
    // A sentence of a reception naming its guests by kind ("接待某区委书记一行", "市领导及各市直单位
    // 在京公务活动发生的接待支出"); a count of them ("接待来访团组N个、来宾N人次") says how many, not
    // who, and a delegation sent abroad ("赴某国考察团") is no guest.
    shows:
      /接待[^。]{0,80}?(?:一行|考察团|调研组|代表团|检查组|督查组|领导|市直单位|客商|专家)|(?:一行|调研组|代表团|领导|市直单位|客商|专家)[^。]{0,40}接待/,
  },
  {
    kind: "陪同人员",
    // Who accompanied a visit ("陪同的是哪几位领导"): only a passage saying 陪同 tells, not one
    // naming the guests ("某区委书记一行").
    asks: /谁(?:陪同|陪着|带队)|陪同的?(?:人)?(?:是|有)?(?:谁|哪)|哪(?:几|些)?位[^，,。？?]{0,6}陪同/,
    shows: /陪同/,
    inSentence: true,
  },
  {
    kind: "项目名称",
    // Which of a counted set of projects ("绩效自评的项目N个 → 是哪N个"): a passage naming projects, listed
    // ("“甲”、“乙”", "甲项目、乙专项"), tells; one that only counts them does not. Also what they are
    // called ("这几个项目分别叫什么", "项目叫什么名字"): a project's name, not a person's.
    asks: /哪[两二三四五六七八九十\d]+个项目|项目[^，,。？?]{0,4}(?:叫什么|叫啥|名称|名字)|(?:这|那)(?:几|[两二三四五六七八九十\d]+)个项目(?:分别|都|具体)?(?:叫|是)(?:什么|啥|哪些|哪几个)/,
    shows: /[“"][^”"]{2,30}[”"](?:项目|专项)?[、，,和及][“"]|(?:项目|专项)[、，,][^。；]{2,30}(?:项目|专项)/,
  },
  {
    kind: "人员姓名",
    // Who the people counted were ("那3个人是谁", "出国的都是谁"), not which body is in charge, nor
    // whom a unit received (its guests are described by kind: "接待的是谁" is answered).
    asks: /(?:[\d一二两三四五六七八九十几]+|这|那)\s*(?:个|名|位|些)?人(?:都|分别|具体)?是(?:谁|哪些人)|(?:去|出国|出访|参加|参会|培训)[^，。？?\s]{0,8}的(?:人)?(?:都|分别|具体)?是(?:谁|哪些人)|(?<!项目[^，,。？?]{0,4})叫什么名字|(?:人员|人的)(?:名单|姓名)|(?:秘书长|局长|主任|书记|处长|科长|区长|市长|部长|主席|负责人|一把手)(?:是|叫)(?:谁|哪位|什么)|(?:是|有)?哪(?:几|些)?位[\u4e00-\u9fa5]{0,3}(?:领导|同志|负责人)|(?:都|分别)?是谁去的|名单(?:有吗|呢|是什么)|有(?:没有)?名单/,
    // A passage naming a person or a post ("某某同志", "某区委书记一行"); neither a delegation's name
    // ("某某考察团") nor a post inside a body's name ("市长热线") names anyone.
    shows: /同志|姓名|(?:局长|主任|书记|处长|科长|县长|区长|市长|部长|主席)(?:一行|等|带队|率|及|、|，)/,
    inSentence: true,
  },
  {
    kind: "实施时间",
    // When a project runs ("什么时候实施的", "哪年开始"): a passage stating its period or its months.
    asks: /(?:什么时候|何时|哪(?:一)?年|哪个月)(?:开始|结束|实施|执行|启动|完工|完成|开工)|实施(?:周期|期限)|起止时间/,
    shows: /(?:实施|执行|建设)(?:周期|期限|期|时间)|20\d{2}\s*年\s*\d{1,2}\s*月\s*(?:至|到|—|－|-|~)/,
  },
];
