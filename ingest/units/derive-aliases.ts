/**
 * Short names users type for a unit, derived from its full name by general rules:
 * 株洲市人民政府办公室 → 市政府办, 市政府办公室, 政府办…; 株洲市人民政府驻北京联络处 → 驻北京联络处,
 * 驻京办…; 中共株洲市天元区委办公室 → 区委办, 天元区委办…
 */
const CITY_SHORT: Record<string, string> = {
  北京: "京",
  上海: "沪",
  天津: "津",
  重庆: "渝",
  广州: "穗",
  深圳: "深",
  长沙: "长",
  武汉: "汉",
  海南: "琼",
  香港: "港",
};

// A city's name holds no 县 or 区, and its 市 is no 市场 ("某县市场监督管理局" is a county's bureau).
// 内蒙古's leagues (盟) stand where cities do, its banners (旗, names up to six characters) where counties do.
const REGION =
  /^((?:[\u4e00-\u9fa5]{2,4}?(?:省|自治区))?)((?:[^\s县区]{2,4}?市(?!场)|[\u4e00-\u9fa5]{2,5}?盟)?)((?:[\u4e00-\u9fa5]{1,4}?[区县]|[\u4e00-\u9fa5]{1,6}?旗)?)(.+)$/;

/** A generic word before an institution's own name that people leave out: 社会福利院 → 福利院. */
const GENERIC_PREFIX = /^(?:社会|公共)(?=[\u4e00-\u9fa5]{2,}(?:院|馆|站|中心)$)/;

/** A level word and the government before a body's own name of five characters or more. */
const GOVERNMENT_BEFORE = /^[省市区县]?(?:人民政府|政府)(?!驻)(.{5,})$/;

/**
 * The short forms bureaus go by in everyday and press usage (卫生健康局 → 卫健局, 人力资源和社会保障局
 * → 人社局): the words of the name each cut to their first character.
 */
export const BODY_SHORT_NAMES: readonly [RegExp, string][] = [
  [/卫生健康/, "卫健"],
  [/卫生和计划生育/, "卫计"],
  [/人力资源和社会保障/, "人社"],
  [/住房和城乡建设/, "住建"],
  [/市场监督管理/, "市场监管"],
  // …and 市场监督管理局 as 市监局.
  [/^市场监督管理局$/, "市监局"],
  [/发展和改革/, "发改"],
  [/工业和信息化/, "工信"],
  [/医疗保障/, "医保"],
  [/文化(?:和|广电和)?旅游/, "文旅"],
  [/教育和?体育/, "教体"],
  // …and the bureau of education and sports as the education bureau people still call it.
  [/^教育和?体育局$/, "教育局"],
  [/退役军人事务/, "退役军人"],
  // Bureaus renamed in the 2018 reform still go by their old or shortened names.
  [/农业农村/, "农业"],
  [/科学技术/, "科技"],
  [/交通运输/, "交通"],
  [/城市管理/, "城管"],
  [/自然资源和规划/, "自然资源"],
  // …and 自然资源局 as 资源局 or 自资局, 自然资源和规划局 as 资规局.
  [/^自然资源局$/, "资源局"],
  [/^自然资源局$/, "自资局"],
  [/^自然资源和规划局$/, "资规局"],
  // 生态环境局 is still "环保局" (环境保护局 before 2018), or "环境局".
  [/生态环境(?=局$)/, "环保"],
  [/生态环境(?=局$)/, "环境"],
];

/** Bodies people name by two characters alone ("法院"): one such body in a county's list. */
const TWO_CHARACTER_BODIES: ReadonlySet<string> = new Set(["法院"]);

/** A school's two-character short name: its number and kind ("一中", "二小"), or 职专 / 体校. */
const SCHOOL_SHORT = /^(?:[一二三四五六七八九十][中小]|职专|体校)$/;

function bodyVariants(body: string): string[] {
  const out = new Set<string>([body]);
  const swaps: [RegExp, string][] = [
    ...BODY_SHORT_NAMES,
    [/人民政府/, "政府"],
    [/办公室$/, "办"],
    [/委员会/, "委"],
    [/管理局$/, "局"],
    // 商务委员会 is "商委" in everyday and press usage.
    [/商务委员会$/, "商委"],
    [/事务管理局$/, "事务局"],
    // A field body without its generic words: 综合执法大队 → 执法大队, 公路管理段 → 公路段.
    [/综合(?=(?:行政)?执法)/, ""],
    [/管理(?=[段站所]$)/, ""],
    // Schools go by their number: 第二中学 → 二中, 第一实验小学 → 一实小, 第三小学 → 三小.
    [/第([一二三四五六七八九十]{1,3})中学$/, "$1中"],
    [/第([一二三四五六七八九十]{1,3})实验小学$/, "$1实小"],
    [/第([一二三四五六七八九十]{1,3})小学$/, "$1小"],
    [/体育运动学校$/, "体校"],
    [/职业中等专业学校$/, "职专"],
    [/职业中等专业学校$/, "职业中专"],
    [/特殊教育学校$/, "特教学校"],
    // Public-health bodies go by their everyday short names: 疾病预防控制中心 → 疾控中心,
    // 卫生健康综合监督所 → 卫生监督所, 妇幼保健院 → 妇幼院.
    [/疾病预防控制/, "疾控"],
    // …and a vocational school's centre: 职业教育中心 → 职教中心.
    [/职业教育中心$/, "职教中心"],
    // …and a testing centre by what it does: <某产品>质量安全检验检测中心 → 检测中心.
    [/^[\u4e00-\u9fa5]*?检验检测中心$/, "检测中心"],
    // …and a quality-inspection institute by its everyday name: 质量技术监督检测研究院 → 质检院.
    [/^[\u4e00-\u9fa5]*?质量(?:技术)?监督检(?:验|测)(?:检测)?研究院$/, "质检院"],
    [/卫生健康综合监督所$/, "卫生监督所"],
    [/妇幼保健院$/, "妇幼院"],
    // Courts and procuratorates without 人民: 人民法院 → 法院, 人民检察院 → 检察院.
    [/^人民(法院|检察院)$/, "$1"],
    // The discipline commission and the supervisory commission sharing one office: 纪委监委.
    [/纪律检查委员会(?:机关)?.{0,6}监察委员会$/, "纪委监委"],
    [/^纪律检查委员会(?:机关)?$/, "纪委"],
    // The standing committee's office of a people's congress: 人大办.
    [/^人大常委会办公室$/, "人大办"],
    // 城市管理和综合执法局 → 城管局; a two-word bureau without its 和 (商务和粮食局 → 商务粮食局).
    [/城市管理和综合(?:行政)?执法局$/, "城管局"],
    [/^([\u4e00-\u9fa5]{2})和([\u4e00-\u9fa5]{2}局)$/, "$1$2"],
    // …and a cultural one: 群众艺术馆 → 群艺馆.
    [/群众艺术馆$/, "群艺馆"],
    // Lottery bodies go by 体彩 / 福彩: 体育彩票管理中心 → 体彩中心, 福利彩票发行中心 → 福彩中心.
    [/体育彩票(?:管理|发行)?/, "体彩"],
    [/福利彩票(?:管理|发行)?/, "福彩"],
  ];
  for (let round = 0; round < 3; round++) {
    for (const v of [...out]) for (const [re, to] of swaps) if (re.test(v)) out.add(v.replace(re, to));
  }
  return [...out];
}

/** A body's name opening with its level word alone ("县…", "区…"), no place before it. */
const BARE_LEVEL = /^([县区])(.{3,})$/;

/** A level word a place's name ends with ("上海市", "普陀区"), which people may leave out. */
const LEVEL_WORD = /(?:省|自治区|市|盟|区|县|旗)$/;

/**
 * The place words a unit's name opens with, as people say them before it ("上海普陀的司法局",
 * "普陀区的…"): each run of its province, city and district, with and without their level words.
 */
export function placeWordsOf(fullName: string): string[] {
  const short = withShortPlace(fullName);
  return short
    ? [...new Set([...placeWordsOfName(fullName), ...placeWordsOfName(short)])]
    : placeWordsOfName(fullName);
}

function placeWordsOfName(fullName: string): string[] {
  const m = REGION.exec(fullName.replace(/^(中共|中国共产党)/, ""));
  if (!m) return [];
  const parts = [m[1], m[2], m[3]].filter((part): part is string => !!part);
  const bare = parts.map((part) => part.replace(LEVEL_WORD, ""));
  const out = new Set<string>();
  for (let from = 0; from < parts.length; from++)
    for (let to = from + 1; to <= parts.length; to++) {
      out.add(parts.slice(from, to).join(""));
      out.add(bare.slice(from, to).join(""));
    }
  return [...out].filter((word) => word.length >= 2);
}

/**
 * An autonomous county, banner or prefecture by its place and level alone, as people call it:
 * 某某满族自治县 → 某某县, 某某土家族苗族自治州 → 某某州.
 */
const AUTONOMOUS_PLACE = /([\u4e00-\u9fa5]{2,4}?)(?:[\u4e00-\u9fa5]{1,3}?族)+自治(州|县|旗)/;

/** The name with its autonomous place said short; undefined when it names none. */
const withShortPlace = (name: string) =>
  AUTONOMOUS_PLACE.test(name) ? name.replace(AUTONOMOUS_PLACE, "$1$2") : undefined;

export function deriveAliases(fullName: string): string[] {
  // "<某镇人民政府>（本级）": the body goes by the names of its bare form too.
  const bare = fullName.replace(OWN_LEVEL_QUALIFIER, "");
  if (bare !== fullName)
    return [...new Set([...aliasesWithPlace(fullName), bare, ...aliasesWithPlace(bare)])].filter(
      (alias) => alias !== fullName,
    );
  // "<某县>本级部门" (a finance bureau's account of all a level's departments): the level as people
  // say it ("全县", "县本级", "全县各部门").
  const level = LEVEL_DEPARTMENTS.exec(fullName);
  if (level) {
    const [, place, word] = level;
    const said = [
      `全${word}`,
      `${word}本级`,
      `全${word}本级`,
      `${word}本级部门`,
      `全${word}各部门`,
      `${word}直部门`,
    ];
    return [...new Set([...said, `${place}本级`, `${place!.replace(LEVEL_WORD, "")}本级部门`])];
  }
  // "<某办公室>（<某办>）": one office with two nameplates goes by either name.
  const plate = SECOND_NAMEPLATE.exec(fullName);
  if (plate) {
    const first = fullName.slice(0, plate.index);
    return [
      ...new Set([first, ...aliasesWithPlace(first), plate[1]!, ...aliasesWithPlace(plate[1]!)]),
    ].filter((alias) => alias !== fullName);
  }
  return aliasesWithPlace(fullName);
}

/** A level's departments together, named after their place ("<某县>本级部门", read so at ingest). */
const LEVEL_DEPARTMENTS = /^([\u4e00-\u9fa5]{1,10}?([省市县区旗]))本级部门$/;

/** A second nameplate in brackets after a body's name ("（<某县>外事办）"), a body's name itself. */
const SECOND_NAMEPLATE = /[（(]([\u4e00-\u9fa5]{2,16}(?:办|局|委|室|中心|委员会|学校|中学|小学))[)）]$/;

/** The body's own level said in brackets after its name ("（本级）"). */
const OWN_LEVEL_QUALIFIER = /[（(](?:机关)?本级[)）]$/;

function aliasesWithPlace(fullName: string): string[] {
  const short = withShortPlace(fullName);
  if (!short) return aliasesOf(fullName);
  return [...new Set([...aliasesOf(fullName), short, ...aliasesOf(short)])].filter((a) => a !== fullName);
}

function aliasesOf(fullName: string): string[] {
  const out = new Set<string>();
  const name = fullName.replace(/^(中共|中国共产党)/, "");
  out.add(name);
  const m = REGION.exec(name);
  if (!m) return [...out].filter((a) => a !== fullName);
  const [, province, city, placedDistrict, placedBody] = m;
  // "县应急管理局", "区委办公室": a level word with no place before it, as a county's own lists write.
  const levelOnly = !province && !city && !placedDistrict ? BARE_LEVEL.exec(name) : null;
  const district = levelOnly ? levelOnly[1]! : placedDistrict;
  const body = levelOnly ? levelOnly[2]! : placedBody;
  // 市人民政府<某某办公室>: the level and the government before a body's own name ("12345市长热线办公室");
  // only a long own name, never a bare 办公室.
  const own = GOVERNMENT_BEFORE.exec(body)?.[1];
  if (own) for (const v of bodyVariants(own)) out.add(v);
  const region = district || city || province;
  const level = region ? region.slice(-1) : "";
  const cityName = city.replace(/市$/, "");
  const variants = bodyVariants(body);
  for (const v of variants) {
    if (v.length < 2) continue;
    // 区委… and 市人民政府…: the level word belongs to the body when the body starts with 委/人民政府.
    if (level) out.add(level + v);
    if (region) out.add(region + v);
    if (district) {
      out.add(district.replace(/[区县旗]$/, "") + level + v);
      // 普陀区司法局 → 普陀司法局: the district's name without its level word.
      if (!/^(委|人民政府|政府)/.test(v)) out.add(district.replace(/[区县旗]$/, "") + v);
    } else if (cityName) {
      out.add(cityName + v);
      // A city's own bodies by its one-character short name ("沪财政局", "京…"), from the table.
      if (CITY_SHORT[cityName] && v.length >= 3) out.add(CITY_SHORT[cityName] + v);
    }
    // Bare bodies ("机关事务局") may fit several units; the planner asks which one when they do.
    // (A school by its two-character short name too, "一中", "职专": how its own town calls it.)
    if ((v.length >= 3 || SCHOOL_SHORT.test(v)) && !/^委/.test(v)) out.add(v);
    if (GENERIC_PREFIX.test(v)) out.add(v.replace(GENERIC_PREFIX, ""));
  }
  // A law-enforcement squad by its kind alone ("执法大队"), however its own words run before it.
  const squad = /(?:执法|稽查|监察)(?:大队|支队|总队)$/.exec(body)?.[0];
  if (squad && squad !== body) out.add(squad);
  // A finance bureau by its place and 财政 alone ("普陀财政", "上海财政"); never "区财政" or "财政",
  // which name the government's appropriation in any unit's words ("区财政拨款").
  const placeName = district.replace(/[区县旗]$/, "") || cityName;
  if (/^财政局$/.test(body) && placeName) out.add(`${placeName}财政`);
  // Liaison offices: 驻北京联络处 → 驻京办, 驻北京办, 北京联络处.
  const liaison = /驻([\u4e00-\u9fa5]{2,4}?)(联络处|办事处|办)$/.exec(body);
  if (liaison) {
    const [, place, office] = liaison;
    const short = CITY_SHORT[place] ?? place.slice(0, 1);
    for (const p of [place, short]) {
      out.add(`驻${p}${office}`);
      out.add(`驻${p}办`);
      if (p === place) out.add(`${p}${office}`);
      if (level) out.add(`${level}驻${p}办`);
      if (cityName) out.add(`${cityName}驻${p}办`);
    }
  }
  // Street and town offices: 人民政府万里街道办事处 → 万里街道办事处, 万里街道, 万里街道办.
  const street = /^(?:人民政府|政府)?([\u4e00-\u9fa5]{2,4}?)(街道|镇)办事处$/.exec(body);
  // People also name a street office by its place alone ("<地名>2024年…"): kept however short.
  const bare = street?.[1];
  if (street) {
    const [, place, kind] = street;
    for (const short of [`${place}${kind}办事处`, `${place}${kind}`, `${place}${kind}办`]) {
      out.add(short);
      if (district) out.add(district + short);
    }
    // The kind of office alone ("街道办"), like a bare body: one unit, or the planner asks which.
    out.add(`${kind}办事处`);
    out.add(`${kind}办`);
  }
  // Town and township governments: <某>镇人民政府 → <某>镇, <某>镇政府 (the place alone too).
  const town = /^([\u4e00-\u9fa5]{2,4}?)(镇|乡|苏木)(?:人民政府|政府)$/.exec(body);
  if (town) {
    const [, place, kind] = town;
    for (const short of [`${place}${kind}`, `${place}${kind}政府`, `${place}${kind}人民政府`]) {
      out.add(short);
      if (district) out.add(district + short);
    }
  }
  // A body of a street office ("杏林街道综合行政执法队", "…街道社区治理服务中心"): by its own name alone.
  const ofStreet = /^[\u4e00-\u9fa5]{2,4}?街道(?!办事处$|办$)([\u4e00-\u9fa5]{4,})$/.exec(body)?.[1];
  for (const v of ofStreet ? bodyVariants(ofStreet) : []) if (v.length >= 4) out.add(v);
  const place = bare ?? town?.[1];
  return [...out, ...(place ? [place] : [])].filter(
    (a) =>
      a !== fullName && (a.length >= 3 || a === place || SCHOOL_SHORT.test(a) || TWO_CHARACTER_BODIES.has(a)),
  );
}
