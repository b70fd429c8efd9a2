/**
 * Questions that ask *which* thing rather than how much: where the money took people, which
 * companies received it. A passage answers one only if it states that kind of thing (`shows`);
 * otherwise the documents do not disclose it and the passage is only the closest text.
 */
export const ASKED_KINDS: readonly { kind: string; asks: RegExp; shows: RegExp }[] = [
  {
    kind: "目的地",
    asks: /去了?哪(?:些|个|里|儿)|哪(?:些|个)国家|哪些地方|出访.{0,4}哪/,
    shows: /赴|前往|出访[^，。；]{0,8}(?:国|地区)|国家和地区/,
  },
  {
    kind: "收款单位",
    asks: /哪(?:些|家)(?:公司|企业|供应商)|给了?哪些(?:公司|企业|单位)/,
    shows: /公司|供应商|中标|企业名单|名单/,
  },
];
