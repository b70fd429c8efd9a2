import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DOCS_DIR, parseCorpus, type DocId } from "../testing/corpus.js";
import type { ParsedDocument } from "../schema.js";
import { buildUnits, readAliasFile } from "./build-units.js";
import { deriveAliases, placeWordsOf } from "./derive-aliases.js";

let docs: Record<DocId, ParsedDocument>;

beforeAll(async () => {
  docs = await parseCorpus();
});

const BEIJING = "株洲市人民政府驻北京联络处";
const CITY_OFFICE = "株洲市人民政府办公室";
const DISTRICT_OFFICE = "中共株洲市天元区委办公室";

describe("deriveAliases：按规则从全称推出简称", () => {
  it("委办局的通行简称：卫生健康局 → 卫健局，人力资源和社会保障局 → 人社局", () => {
    expect(deriveAliases("常德市鼎城区卫生健康局")).toEqual(
      expect.arrayContaining(["卫健局", "区卫健局", "鼎城区卫健局", "鼎城卫健局"]),
    );
    expect(deriveAliases("某某市人力资源和社会保障局")).toEqual(
      expect.arrayContaining(["人社局", "市人社局"]),
    );
  });

  it("教育和体育局 → 教体局; schools by their number and kind: 第二中学 → 二中, 体育运动学校 → 体校", () => {
    expect(deriveAliases("岱南县教育和体育局")).toEqual(expect.arrayContaining(["教体局", "县教体局"]));
    expect(deriveAliases("岱南县第二中学")).toEqual(expect.arrayContaining(["县二中", "岱南二中"]));
    expect(deriveAliases("岱南县第一实验小学")).toEqual(expect.arrayContaining(["县一实小"]));
    expect(deriveAliases("岱南县体育运动学校")).toEqual(expect.arrayContaining(["县体校"]));
    // …and by the two characters its own town calls it by, and 职业中专 for a 职业中等专业学校.
    expect(deriveAliases("岱南县第一中学")).toEqual(expect.arrayContaining(["一中"]));
    expect(deriveAliases("岱南县职业中等专业学校")).toEqual(expect.arrayContaining(["职专", "职业中专"]));
  });

  it("a street office's own body goes by its name without the street's ('综合行政执法队')", () => {
    expect(deriveAliases("成都市温江区杏林街道综合行政执法队")).toEqual(
      expect.arrayContaining(["综合行政执法队", "行政执法队"]),
    );
    expect(deriveAliases("成都市温江区杏林街道办事处")).not.toContain("办事处");
  });

  it("a county's 市场监督管理局: the county, not a city named '…县市' (市场 is no city's 市)", () => {
    expect(deriveAliases("某阳县市场监督管理局")).toEqual(
      expect.arrayContaining(["市场监管局", "县市场监管局", "某阳县市场监管局", "某阳市场监管局"]),
    );
    expect(deriveAliases("某某市市场监督管理局")).toEqual(expect.arrayContaining(["某某市场监管局"]));
    expect(deriveAliases("某阳县市场监督管理局")).not.toContain("场监督管理局");
  });

  it("内蒙古's leagues and banners stand where cities and counties do: 某某盟某某某旗自然资源局", () => {
    expect(deriveAliases("锡林郭勒盟西乌珠穆沁旗自然资源局")).toEqual(
      expect.arrayContaining(["旗自然资源局", "西乌珠穆沁旗自然资源局", "西乌珠穆沁自然资源局"]),
    );
    expect(deriveAliases("内蒙古自治区某某市某某前旗财政局")).toEqual(
      expect.arrayContaining(["旗财政局", "某某前旗财政局"]),
    );
  });

  it("renamed bureaus by their everyday names: 农业农村局 → 农业局, 科学技术局 → 科技局, 交通运输局 → 交通局", () => {
    expect(deriveAliases("湖州市农业农村局")).toEqual(
      expect.arrayContaining(["农业局", "市农业局", "湖州农业局"]),
    );
    expect(deriveAliases("某某市科学技术局")).toEqual(expect.arrayContaining(["科技局"]));
    expect(deriveAliases("某某市交通运输局")).toEqual(expect.arrayContaining(["交通局"]));
  });

  it("株洲市人民政府驻北京联络处 → 驻京办、驻北京联络处", () => {
    const aliases = deriveAliases(BEIJING);
    expect(aliases).toEqual(
      expect.arrayContaining(["驻京办", "驻北京联络处", "市政府驻北京联络处", "株洲驻京办"]),
    );
  });

  it("市人民政府12345市长热线办公室 → 12345市长热线办公室（政府之后的本名）；办公室本身不是简称", () => {
    expect(deriveAliases("市人民政府12345市长热线办公室")).toEqual(
      expect.arrayContaining(["12345市长热线办公室", "12345市长热线办"]),
    );
    expect(deriveAliases(CITY_OFFICE)).not.toContain("办公室");
    expect(deriveAliases(CITY_OFFICE)).not.toContain("办");
  });

  it("上海市财政局 → 沪财政局（城市简称表）；区级单位不用城市简称", () => {
    expect(deriveAliases("上海市财政局")).toEqual(expect.arrayContaining(["沪财政局", "上海财政局"]));
    expect(deriveAliases("上海市普陀区财政局")).not.toContain("沪财政局");
  });

  it("株洲市人民政府驻上海联络处 → 驻沪办（城市简称表）", () => {
    expect(deriveAliases("株洲市人民政府驻上海联络处")).toEqual(
      expect.arrayContaining(["驻沪办", "驻上海联络处"]),
    );
  });

  it("株洲市人民政府办公室 → 市政府办、市政府办公室", () => {
    expect(deriveAliases(CITY_OFFICE)).toEqual(
      expect.arrayContaining(["市政府办", "市政府办公室", "株洲市政府办"]),
    );
  });

  it("中共株洲市天元区委办公室 → 区委办、天元区委办", () => {
    const aliases = deriveAliases(DISTRICT_OFFICE);
    expect(aliases).toEqual(expect.arrayContaining(["区委办", "天元区委办", "天元区委办公室"]));
    // "委办"、"委办公室" would match any committee's office.
    expect(aliases).not.toContain("委办");
    expect(aliases).not.toContain("委办公室");
  });

  it("株洲市机关事务管理局 → 机关事务局", () => {
    expect(deriveAliases("株洲市机关事务管理局")).toEqual(
      expect.arrayContaining(["机关事务局", "市机关事务局"]),
    );
  });

  // Names as the 上海 PDFs print them on their covers (../shared/corpus-pdf).
  it("上海市普陀区司法局 → 普陀区司法局、普陀司法局、司法局", () => {
    expect(deriveAliases("上海市普陀区司法局")).toEqual(
      expect.arrayContaining(["普陀区司法局", "普陀司法局", "司法局"]),
    );
  });

  it("上海市普陀区商务委员会 → 普陀区商务委、普陀商务委、商务委", () => {
    expect(deriveAliases("上海市普陀区商务委员会")).toEqual(
      expect.arrayContaining(["普陀区商务委", "普陀商务委", "商务委", "商务委员会"]),
    );
  });

  it("商务委员会 is also 商委; a finance bureau is its place and 财政, never 区财政 or 财政 alone", () => {
    expect(deriveAliases("上海市普陀区商务委员会")).toEqual(expect.arrayContaining(["普陀商委", "区商委"]));
    const finance = deriveAliases("上海市普陀区财政局");
    expect(finance).toContain("普陀财政");
    expect(finance).not.toContain("区财政");
    expect(finance).not.toContain("财政");
    expect(deriveAliases("上海市财政局")).toContain("上海财政");
  });

  it("上海市普陀区社会福利院 → 社会福利院、福利院（institution without its generic word）", () => {
    const aliases = deriveAliases("上海市普陀区社会福利院");
    expect(aliases).toEqual(expect.arrayContaining(["普陀区社会福利院", "社会福利院", "福利院"]));
    expect(aliases).not.toContain("社会");
  });

  it("上海市普陀区人民政府万里街道办事处 → 万里街道、万里街道办事处、普陀区万里街道", () => {
    const aliases = deriveAliases("上海市普陀区人民政府万里街道办事处");
    expect(aliases).toEqual(expect.arrayContaining(["万里街道", "万里街道办事处", "普陀区万里街道", "万里"]));
    // The kind of office alone, as people say it when there is one ("街道办三公多少").
    expect(aliases).toEqual(expect.arrayContaining(["街道办", "街道办事处"]));
    expect(aliases).not.toContain("政府万里街道");
  });

  it("不含全称本身，不含重复，至少三个字", () => {
    for (const name of [BEIJING, CITY_OFFICE, DISTRICT_OFFICE, "株洲市机关事务管理局"]) {
      const aliases = deriveAliases(name);
      expect(aliases, name).not.toContain(name);
      expect(new Set(aliases).size, name).toBe(aliases.length);
      expect(
        aliases.every((a) => a.length >= 3),
        name,
      ).toBe(true);
    }
  });

  it("两个不同单位的简称互不相同（驻京办不是市政府办的简称）", () => {
    const beijing = new Set(deriveAliases(BEIJING));
    expect(deriveAliases(CITY_OFFICE).filter((a) => beijing.has(a))).toEqual([]);
  });
});

describe("单位关系：驻北京联络处隶属于市政府办", () => {
  it("000 决算：“所属事业单位 5 个，分别是：株洲市人民政府驻北京联络处、…”（第592行）", () => {
    expect(docs["000"].info.relations).toContainEqual({ parent: CITY_OFFICE, child: BEIJING });
    // 000's own accounts cover 本级 plus three units, not the Beijing office (第88行).
    expect(docs["000"].info.covers).not.toContain(BEIJING);
    expect(docs["000"].info.covers).toContain("株洲市人民政府驻上海联络处");
  });

  it("003 预算：“纳入2024年度部门预算编制范围的为办公室机关本级和株洲市人民政府驻北京联络处”（第32行）", () => {
    expect(docs["003"].info.covers).toEqual([BEIJING]);
    expect(docs["003"].info.relations).toContainEqual({ parent: CITY_OFFICE, child: BEIJING });
  });

  it("buildUnits：驻北京联络处的上级是株洲市人民政府办公室，两者都有自己的文档", () => {
    const units = buildUnits(
      Object.values(docs).map((d) => d.info),
      {},
    );
    const beijing = units.find((u) => u.name === BEIJING);
    const office = units.find((u) => u.name === CITY_OFFICE);
    expect(beijing?.parent).toBe(CITY_OFFICE);
    expect(beijing?.docIds).toEqual(["001"]);
    expect(beijing?.aliases).toEqual(expect.arrayContaining(["驻京办", "驻北京联络处"]));
    expect(office?.children).toContain(BEIJING);
    expect(office?.docIds).toEqual(["000", "003"]);
    expect(office?.parent).toBeUndefined();
  });

  it("只在别人文档里出现的单位也建档：驻上海联络处（无自己的文档）", () => {
    const shanghai = buildUnits(
      Object.values(docs).map((d) => d.info),
      {},
    ).find((u) => u.name === "株洲市人民政府驻上海联络处");
    expect(shanghai?.docIds).toEqual([]);
    expect(shanghai?.parent).toBe(CITY_OFFICE);
  });

  it("区委办：文档自称“部门：区委办”，单位别名含区委办", () => {
    expect(docs["002"].info.aliases).toContain("区委办");
    const unit = buildUnits(
      Object.values(docs).map((d) => d.info),
      {},
    ).find((u) => u.name === DISTRICT_OFFICE);
    expect(unit?.aliases).toEqual(expect.arrayContaining(["区委办", "天元区委办"]));
    expect(unit?.parent).toBeUndefined();
  });

  it("data/aliases.json 的补充简称并入规则简称", async () => {
    const extra = await readAliasFile(join(DOCS_DIR, "..", "aliases.json"));
    expect(Object.keys(extra).some((k) => k.startsWith("$"))).toBe(false);
    const beijing = buildUnits(
      Object.values(docs).map((d) => d.info),
      extra,
    ).find((u) => u.name === BEIJING);
    expect(beijing?.aliases).toEqual(expect.arrayContaining(["北京办", "驻京联络处", "驻京办"]));
  });

  it("001 单独也说明上级：项目自评表“主管部门 株洲市人民政府办公室 / 实施单位 株洲市人民政府驻北京联络处”（第1636–1639行）", () => {
    expect(docs["001"].info.relations).toContainEqual({ parent: CITY_OFFICE, child: BEIJING });
  });
});

describe("everyday short names of public-health bodies and market regulators", () => {
  it("疾病预防控制中心 → 疾控中心, 卫生健康综合监督所 → 卫生监督所, 妇幼保健院 → 妇幼院, 市场监督管理局 → 市监局", () => {
    // ingest/fixtures/unseen/yunfu-wjj-2025-yusuan.html 第一部分 二; linxi-scjg-2023-juesuan.pdf cover.
    expect(deriveAliases("云浮市疾病预防控制中心")).toEqual(
      expect.arrayContaining(["疾控中心", "市疾控中心"]),
    );
    expect(deriveAliases("云浮市卫生健康综合监督所")).toContain("卫生监督所");
    expect(deriveAliases("云浮市妇幼保健院")).toContain("妇幼院");
    expect(deriveAliases("济宁市群众艺术馆")).toContain("群艺馆");
    expect(deriveAliases("临溪市市场监督管理局")).toEqual(expect.arrayContaining(["市监局", "市场监管局"]));
  });

  it("a natural-resources bureau goes by 资源局 or 自资局, and with 规划 by 资规局", () => {
    expect(deriveAliases("汝阳县自然资源局")).toContain("资源局");
    expect(deriveAliases("汝阳县自然资源局")).toEqual(
      expect.arrayContaining(["自资局", "县自资局", "汝阳自资局"]),
    );
    expect(deriveAliases("某某市自然资源和规划局")).toContain("资规局");
  });

  it("a body of an autonomous county or prefecture goes by the place and its level alone", () => {
    expect(deriveAliases("某某满族自治县自然资源局")).toEqual(
      expect.arrayContaining(["某某县自然资源局", "某某自然资源局", "县自然资源局", "自然资源局"]),
    );
    expect(deriveAliases("某某土家族苗族自治州民政局")).toContain("某某州民政局");
    expect(deriveAliases("某某满族自治县自然资源局")).not.toContain("某某满族自治县自然资源局");
  });
});

describe("names as a county's own lists write them", () => {
  it("a body named with its level word alone ('县…') goes by its own name without it", () => {
    expect(deriveAliases("县应急管理局")).toEqual(expect.arrayContaining(["应急管理局", "应急局"]));
    expect(deriveAliases("县人民法院")).toContain("县法院");
    expect(deriveAliases("县城市管理和综合执法局")).toEqual(expect.arrayContaining(["城管局", "县城管局"]));
    expect(deriveAliases("县商务和粮食局")).toContain("商务粮食局");
  });

  it("an office with a second nameplate in brackets goes by either name", () => {
    expect(deriveAliases("县人民政府办公室（县外事办）")).toEqual(
      expect.arrayContaining(["县人民政府办公室", "县政府办", "县外事办"]),
    );
  });

  it("the discipline and supervisory commissions sharing one office go by 纪委监委", () => {
    expect(deriveAliases("中共某县纪律检查委员会机关某县监察委员会")).toContain("纪委监委");
  });

  it("a level's departments together go by the level as people say it", () => {
    expect(deriveAliases("某某县本级部门")).toEqual(expect.arrayContaining(["全县", "县本级"]));
  });

  it("a bureau of education and sports goes by 教育局, a vocational centre by 职教中心", () => {
    expect(deriveAliases("某县教育体育局")).toContain("教育局");
    expect(deriveAliases("某县职业教育中心")).toContain("职教中心");
  });

  it("a testing centre goes by 检测中心, a quality-inspection institute by 质检院", () => {
    expect(deriveAliases("某市农产品质量安全检验检测中心")).toContain("检测中心");
    expect(deriveAliases("某市质量技术监督检测研究院")).toContain("质检院");
  });
});

describe("the place words a unit's name opens with", () => {
  it("are each run of its province, city and district, with and without their level words", () => {
    expect(placeWordsOf("上海市普陀区司法局")).toEqual(
      expect.arrayContaining(["上海市", "上海", "上海市普陀区", "上海普陀", "普陀区", "普陀"]),
    );
    expect(placeWordsOf("上海市普陀区司法局")).not.toContain("司法局");
    expect(placeWordsOf("某某满族自治县自然资源局")).toEqual(expect.arrayContaining(["某某县", "某某"]));
  });
});
