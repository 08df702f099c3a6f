/**
 * Realistic Chinese names, addresses, employers and union names for the demo data, shaped like
 * what Henan trade unions actually write on their forms.
 */
import type { Random } from './random.js';
import { TOWNSHIPS, cityByCode, countyFullName, type City, type County } from './regions.js';

// ---------------------------------------------------------------------------------------------
// People

export type PersonSex = 'M' | 'F';

function words(text: string): readonly string[] {
  return text.split(' ');
}

/** '王80 李76' → [['王', 80], ['李', 76]]: a surname and its weight. */
function weightedWords(text: string): readonly (readonly [string, number])[] {
  return text.split(' ').map((w) => [w.slice(0, 1), Number(w.slice(1))] as const);
}

/** Common surnames with rough weights (per mille of the population, Henan leaning). */
const SURNAMES = weightedWords(
  '王80 李76 张78 刘58 陈38 杨36 赵30 黄14 周18 吴14 徐14 孙18 胡13 朱14 高17 林5 何7 郭22 马17 罗5 梁9 宋13 郑9 谢6 韩9 唐5 冯9 于6 董9 萧1 程8 曹9 袁6 邓5 许9 傅3 沈4 曾3 彭5 吕7 苏7 卢5 蒋4 蔡5 贾9 丁6 魏10 薛5 叶4 阎4 余4 潘4 杜7 戴3 夏4 钟3 汪3 田8 任7 姜5 范7 方4 石6 姚6 谭2 廖2 邹2 熊3 金3 陆2 郝5 孔4 白5 崔6 康4 毛4 邱3 秦4 江3 史5 顾2 侯5 邵3 孟6 龙1 万3 段4 雷3 钱2 汤3 尹4 黎1 易2 常5 武5 乔5 贺3 赖1 龚2 文2 申4 牛5 岳3 耿3 路3 翟3 裴2 聂2 左2 靳3 焦3 屈2',
);

/** Surnames common among Hui families in Henan. */
const HUI_SURNAMES = weightedWords('马30 白8 金6 沙5 海4 丁6 穆3 米2 哈2 王8 李6 张6 杨4 刘4');

type Generation = 'OLD' | 'MID' | 'YOUNG' | 'CHILD';

function generationOf(birthYear: number): Generation {
  if (birthYear < 1960) return 'OLD';
  if (birthYear < 1980) return 'MID';
  if (birthYear < 1996) return 'YOUNG';
  return 'CHILD';
}

/** Given names by sex and by the decade people were born in: names follow fashions. */
const GIVEN_NAMES: Readonly<Record<PersonSex, Readonly<Record<Generation, readonly string[]>>>> = {
  M: {
    OLD: words(
      '建国 国庆 卫东 建军 振华 德胜 福成 长林 保国 新民 玉山 树林 金山 永昌 跃进 学军 向东 援朝 解放 和平 富贵 振东 志学 文明 庆丰 春生 秋生 留柱 拴柱 铁锁 有才 德林 宝山 根生 福林 广生',
    ),
    MID: words(
      '建华 志刚 海涛 伟 军 勇 强 涛 斌 刚 永刚 国强 红军 卫国 建伟 晓东 明 亮 俊峰 立新 红伟 建设 国伟 宏伟 振宇 新华 保安 春雷 建民 全胜 海军 志勇 卫红 建立 铁军 长青 东升 永红 国锋 朝阳 建峰 书成',
    ),
    YOUNG: words(
      '磊 鹏 超 浩 杰 伟 帅 鑫 亮 晓辉 俊杰 亚飞 振洋 鹏飞 龙 阳 旭 凯 冬冬 晓峰 亚伟 国栋 永辉 明亮 松涛 晓龙 鹏辉 利军 朋 彬 晨 博 飞 壮壮 宏亮 少华',
    ),
    CHILD: words(
      '子豪 浩然 宇轩 俊熙 一鸣 子轩 博文 皓轩 宇航 思远 睿 浩宇 嘉豪 铭泽 梓睿 奕辰 沐宸 子墨 梓豪 晨阳 雨泽 宇豪 佳乐 家乐 天佑 锦程 明轩 俊豪 一诺 子健 志远 瑞泽',
    ),
  },
  F: {
    OLD: words(
      '秀兰 桂英 玉兰 秀英 凤英 淑珍 桂兰 玉梅 翠花 桂芳 秀珍 素珍 春花 兰英 玉珍 瑞芳 爱荣 改花 素梅 巧云 金凤 俊英 荣华 桂香 素英 玉芝 秀云 凤兰 粉花 爱琴',
    ),
    MID: words(
      '丽 红 霞 燕 艳 娟 红梅 丽娟 玉霞 海燕 红霞 秀丽 丽萍 淑芬 彩霞 晓红 春燕 爱华 凤琴 慧 芳 敏 静 丽华 红艳 小红 素娟 艳玲 桂琴 美玲 俊霞 建英 红英 丽霞 卫华',
    ),
    YOUNG: words(
      '静 婷 丹 倩 雪 晶 莹 璐 蕾 佳 晓丽 亚楠 晓燕 丹丹 雅丽 文静 婷婷 园园 芳芳 晓娜 艳丽 梦 亚男 盼盼 莉莉 贝贝 瑞瑞 晓敏 冰 洁 慧敏 琳',
    ),
    CHILD: words(
      '梓涵 欣怡 子涵 雨涵 诗涵 可馨 一诺 语桐 梦琪 思彤 佳怡 若汐 雨桐 紫涵 嘉怡 欣妍 依诺 梓萱 雨萱 思琪 梦瑶 诗琪 悦 佳琪 沐阳 心怡 晨曦 若曦 安然 语嫣',
    ),
  },
};

export function surname(rng: Random, options: { hui?: boolean } = {}): string {
  return rng.weightedPairs(options.hui ? HUI_SURNAMES : SURNAMES);
}

export function givenName(rng: Random, sex: PersonSex, birthYear: number): string {
  return rng.pick(GIVEN_NAMES[sex][generationOf(birthYear)]);
}

/** A full name; pass `family` to give a child the father's surname. */
export function personName(
  rng: Random,
  sex: PersonSex,
  birthYear: number,
  options: { family?: string; hui?: boolean } = {},
): string {
  return (options.family ?? surname(rng, options)) + givenName(rng, sex, birthYear);
}

// ---------------------------------------------------------------------------------------------
// Contact

const MOBILE_PREFIXES = words(
  '134 135 136 137 138 139 150 151 152 157 158 159 182 183 187 188 130 131 132 155 156 185 186 166 133 153 180 181 189 177 173 199 198 178 176',
);

export function mobileNumber(rng: Random): string {
  return rng.pick(MOBILE_PREFIXES) + rng.digits(8);
}

/** A fixed-line number with the area code (郑州 and 洛阳 numbers have 8 digits). */
export function landline(rng: Random, areaCode: string): string {
  const long = areaCode === '0371' || areaCode === '0379';
  return `${areaCode}-${rng.int(2, 8)}${rng.digits(long ? 7 : 6)}`;
}

// ---------------------------------------------------------------------------------------------
// Places

/** 金水 for 金水区, 管城 for 管城回族区, 新密 for 新密市; one-character names keep their suffix. */
export function shortCountyName(name: string): string {
  const short = name.replace(/(回族区|区|市|县)$/, '');
  return short.length >= 2 ? short : name;
}

/** Roads known to run through a district, on top of those its 街道 are named after. */
const KNOWN_ROADS: Readonly<Record<string, readonly string[]>> = {
  '410102': words('建设路 棉纺路 伊河路 华山路 工人路 中原路 互助路'),
  '410103': words('大学路 京广路 政通路 兴华街 庆丰街 长江路 淮河路'),
  '410104': words('东大街 城东路 紫荆山路 商城路 郑汴路 南关街'),
  '410105': words(
    '纬五路 纬一路 经三路 经五路 农业路 黄河路 红专路 政七街 金水路 文化路 花园路 顺河路',
  ),
  '410183': words('青屏大街 开阳路 西大街 新华路'),
  '410203': words('东大街 曹门关街 宋门关街 铁塔西街 工业路'),
  '410204': words('自由路 中山路 解放路 鼓楼街 书店街 寺后街'),
  '410302': words('中州东路 西大街 东大街 南大街 民主街 九都东路'),
  '410303': words('中州中路 唐宫路 凯旋路 纱厂路 王城大道 道南路'),
  '410305': words('中州西路 建设路 西苑路 景华路 南昌路 青岛路 天津路 武汉路 长春路 太原路'),
  '410402': words('中兴路 矿工路 建设路 光明路 新华路'),
  '410403': words('建设路 东环路 五一路 优越路 东安路 开源路'),
  '410482': words('风穴路 紫云路 广成路 望嵩路 丹阳路 朝阳路'),
  '410502': words('文峰大道 中华路 人民大道 文明大道 解放大道 平原路 德隆街'),
  '410503': words('红旗路 解放路 灯塔路 胜利路 人民大道'),
  '410526': words('人民路 文明路 建设路 新区大道'),
  '410603': words('红旗街 长风路 山城路 朝歌路'),
  '410702': words('人民路 平原路 胜利路 和平大道 劳动街 金穗大道'),
  '410703': words('胜利路 解放大道 健康路 自由路 平原路 中同街'),
  '410783': words('人民路 宏力大道 山海大道 文明路'),
  '410802': words('解放路 民主路 人民路 塔南路 建设路'),
  '410811': words('人民路 塔南路 丰收路 建设路 山阳路'),
  '410902': words('中原路 胜利路 建设路 人民路 大庆路 黄河路'),
  '410181': words('新华路 杜甫路 永安路 紫荆路 人民路'),
  '410225': words('裕禄大道 中山路 人民路 建设路'),
};

const COMMON_ROADS = words('人民路 建设路 解放路 文化路 新华路 中山路 工业路 胜利路');

const ROADS = new Map<string, readonly string[]>();

/** Roads of a county: known ones, and those its 街道 are named after (文化路街道 → 文化路). */
export function roadsOf(countyCode: string): readonly string[] {
  let roads = ROADS.get(countyCode);
  if (!roads) {
    const fromStreets = (TOWNSHIPS[countyCode] ?? [])
      .map((t) => t.replace(/街道$/, ''))
      .filter((t) => /(路|街|大道|大街)$/.test(t) && t.length >= 3);
    roads = [...new Set([...(KNOWN_ROADS[countyCode] ?? []), ...fromStreets])];
    if (roads.length === 0) roads = COMMON_ROADS;
    ROADS.set(countyCode, roads);
  }
  return roads;
}

/** Townships (街道, 镇, 乡) of a county; a county without data gets a county seat, 城关镇. */
export function townshipsOf(countyCode: string): readonly string[] {
  return TOWNSHIPS[countyCode] ?? ['城关镇'];
}

export function isStreetOffice(township: string): boolean {
  return township.endsWith('街道');
}

const VILLAGE_ENDINGS = words('庄 寨 营 楼 岗 屯 集 店 沟 洼');
const TOWN_ROADS = words('人民路 建设路 解放路 文化路 新华路 中心街 东大街 西大街');

/**
 * A home address in a county, e.g. 郑州市金水区文化路街道纬五路12号院3号楼2单元401, or in a
 * township 巩义市米河镇王庄村3组16号 or 巩义市米河镇人民路26号.
 */
export function homeAddress(rng: Random, county: County, township?: string): string {
  const town = township ?? rng.pick(townshipsOf(county.code));
  const prefix = countyFullName(county) + town;
  if (isStreetOffice(town)) {
    const road = rng.pick(roadsOf(county.code));
    const floor = rng.int(1, rng.chance(0.8) ? 7 : 18);
    const room = `${floor}0${rng.int(1, 4)}`;
    return `${prefix}${road}${rng.int(1, 199)}号院${rng.int(1, 24)}号楼${rng.int(1, 6)}单元${room}`;
  }
  // A township seat: a street house; otherwise a village, named as Henan villages are (王庄, 李寨).
  if (rng.chance(0.25)) return `${prefix}${rng.pick(TOWN_ROADS)}${rng.int(1, 120)}号`;
  const village = surname(rng) + rng.pick(VILLAGE_ENDINGS);
  return `${prefix}${village}村${rng.int(1, 12)}组${rng.int(1, 98)}号`;
}

/** Community (社区) names of a district: named after its roads, as most are. */
export function communityNames(countyCode: string): readonly string[] {
  const roads = roadsOf(countyCode).filter((r) => !r.endsWith('大道'));
  const extra = ['工人新村', '向阳', '和平', '幸福', '光明', '团结', '建设新村'];
  return [...roads, ...extra].map((r) => `${r}社区`);
}

// ---------------------------------------------------------------------------------------------
// Employers

export interface EmployerTemplate {
  /** GB/T 4754 section (the `industry` dictionary's code). */
  industry: string;
  ownership: 'STATE' | 'COLLECTIVE' | 'PRIVATE' | 'PUBLIC_INSTITUTION';
  name: (place: string, rng: Random) => string;
  /** For a real enterprise: the county it stands in, so its union is placed there. */
  county?: string;
}

const ORDINALS = words('第一 第二 第三 第四 第五 第六');
const BRANDS = words(
  '中原 黄河 嵩山 伏牛 华豫 豫兴 宏达 金星 天成 恒通 鑫源 永昌 东方 新华 兴业 盛达 宏源 瑞丰',
);

function tmpl(
  industry: string,
  ownership: EmployerTemplate['ownership'],
  name: EmployerTemplate['name'],
  county?: string,
): EmployerTemplate {
  return county === undefined
    ? { industry, ownership, name }
    : { industry, ownership, name, county };
}

const brand = (what: string) => (p: string, r: Random) => `${p}${r.pick(BRANDS)}${what}`;

/** Kinds of employer found in every Henan city, named after the place. */
const GENERAL_EMPLOYERS: readonly EmployerTemplate[] = [
  // Numbered mills (郑州第三棉纺织厂) belong to cities; a county has one.
  tmpl('C', 'STATE', (p, r) => `${p}${/[市县]$/.test(p) ? '' : r.pick(ORDINALS)}棉纺织厂`),
  tmpl('C', 'STATE', (p) => `${p}纺织机械有限公司`),
  tmpl('C', 'STATE', (p) => `${p}电缆有限公司`),
  tmpl('C', 'COLLECTIVE', (p) => `${p}印染厂`),
  tmpl('C', 'COLLECTIVE', (p) => `${p}面粉厂`),
  tmpl('C', 'PRIVATE', brand('食品有限公司')),
  tmpl('C', 'PRIVATE', brand('服饰有限公司')),
  tmpl('C', 'PRIVATE', brand('包装材料有限公司')),
  tmpl('C', 'PRIVATE', brand('机械制造有限公司')),
  tmpl('C', 'PRIVATE', brand('汽车配件有限公司')),
  tmpl('E', 'STATE', (p, r) => `${p}${r.pick(ORDINALS)}建筑工程有限公司`),
  tmpl('E', 'PRIVATE', brand('建筑劳务有限公司')),
  tmpl('F', 'STATE', (p) => `${p}百货大楼`),
  tmpl('F', 'PRIVATE', brand('商贸有限公司')),
  tmpl('F', 'PRIVATE', brand('超市有限公司')),
  tmpl('G', 'STATE', (p) => `${p}公共交通有限公司`),
  tmpl('G', 'PRIVATE', brand('物流有限公司')),
  tmpl('G', 'COLLECTIVE', (p) => `${p}出租汽车有限公司`),
  tmpl('H', 'PRIVATE', brand('大酒店有限公司')),
  tmpl('H', 'PRIVATE', brand('餐饮管理有限公司')),
  tmpl('K', 'PRIVATE', brand('物业服务有限公司')),
  tmpl('L', 'PRIVATE', brand('保安服务有限公司')),
  tmpl('N', 'PUBLIC_INSTITUTION', (p) => `${p}环境卫生管理处`),
  tmpl('N', 'PUBLIC_INSTITUTION', (p) => `${p}园林绿化管理处`),
  tmpl('O', 'PRIVATE', brand('家政服务有限公司')),
  tmpl('O', 'PRIVATE', brand('汽车修理有限公司')),
  tmpl('Q', 'PUBLIC_INSTITUTION', (p) => `${p}中医院`),
  tmpl('Q', 'PRIVATE', brand('养老服务中心')),
  tmpl('P', 'PRIVATE', brand('幼儿园')),
  tmpl('D', 'STATE', (p) => `${p}热力有限公司`),
  tmpl('A', 'STATE', (p) => `${p}国营农场`),
];

/** Employers that migrant workers (农民工) typically have. */
const MIGRANT_EMPLOYERS: readonly EmployerTemplate[] = GENERAL_EMPLOYERS.filter(
  (t) => t.ownership === 'PRIVATE' && ['C', 'E', 'G', 'H', 'K', 'L', 'O'].includes(t.industry),
);

/** What each city (or direct county) is known for: enterprises people there recognise. */
const LOCAL_EMPLOYERS: Readonly<Record<string, readonly EmployerTemplate[]>> = {
  '410100': [
    tmpl('C', 'STATE', () => '郑州第二砂轮厂', '410102'),
    tmpl('C', 'STATE', () => '郑州纺织机械有限公司', '410102'),
    tmpl('C', 'STATE', (_, r) => `郑州国棉${r.pick(['一', '三', '四', '五', '六'])}厂`, '410102'),
    tmpl('C', 'PRIVATE', brand('速冻食品有限公司')),
    tmpl('C', 'PRIVATE', brand('煤矿机械配件有限公司')),
  ],
  '410200': [
    tmpl('C', 'PRIVATE', brand('阀门有限公司')),
    tmpl('C', 'PRIVATE', brand('仪表有限公司')),
    tmpl('C', 'PRIVATE', brand('汴绣工艺品有限公司')),
  ],
  '410300': [
    tmpl('C', 'STATE', () => '洛阳轴承厂', '410305'),
    tmpl('C', 'STATE', () => '洛阳铜加工厂', '410305'),
    tmpl('C', 'STATE', () => '洛阳玻璃制品厂', '410303'),
    tmpl('C', 'PRIVATE', brand('矿山机械配件有限公司')),
    tmpl('C', 'PRIVATE', brand('耐火材料有限公司')),
  ],
  '410400': [
    tmpl('C', 'PRIVATE', brand('尼龙制品有限公司')),
    tmpl('C', 'PRIVATE', brand('电气有限公司')),
    tmpl('B', 'STATE', brand('煤业有限公司')),
  ],
  '410500': [
    tmpl('C', 'PRIVATE', brand('钢材加工有限公司')),
    tmpl('C', 'PRIVATE', brand('纺织有限公司')),
  ],
  '410600': [
    tmpl('B', 'STATE', brand('煤业有限公司')),
    tmpl('C', 'PRIVATE', brand('镁业有限公司')),
  ],
  '410700': [
    tmpl('C', 'PRIVATE', brand('化纤有限公司')),
    tmpl('C', 'PRIVATE', brand('电池有限公司')),
    tmpl('C', 'PRIVATE', brand('起重机械有限公司')),
  ],
  '410800': [
    tmpl('B', 'STATE', brand('煤业有限公司')),
    tmpl('C', 'PRIVATE', brand('轮胎有限公司')),
  ],
  '410900': [tmpl('C', 'PRIVATE', brand('石化设备有限公司'))],
  '410181': [
    tmpl('C', 'PRIVATE', brand('耐火材料有限公司')),
    tmpl('C', 'PRIVATE', brand('铝业有限公司')),
  ],
  '410482': [
    tmpl('C', 'PRIVATE', brand('汝瓷有限公司')),
    tmpl('C', 'PRIVATE', brand('水泥有限公司')),
  ],
  '410783': [
    tmpl('C', 'PRIVATE', brand('起重机械有限公司')),
    tmpl('C', 'PRIVATE', brand('防腐工程有限公司')),
  ],
  '410225': [
    tmpl('C', 'PRIVATE', brand('民族乐器有限公司')),
    tmpl('C', 'PRIVATE', brand('家居有限公司')),
  ],
  '410526': [tmpl('C', 'PRIVATE', brand('面业有限公司'))],
};

export interface Employer {
  name: string;
  industry: string;
  ownership: EmployerTemplate['ownership'];
}

/**
 * An employer in a county (or, without one, in a city): a local enterprise now and then,
 * otherwise a common kind of enterprise named after the place. `atHome` keeps real enterprises
 * to the county they stand in (for an enterprise union sitting in that county); `migrant` picks
 * the private firms that employ migrant workers.
 */
export function employerIn(
  rng: Random,
  area: { cityCode: string; county?: County },
  options: { atHome?: boolean; migrant?: boolean } = {},
): Employer {
  const county = area.county;
  const localKey = county && LOCAL_EMPLOYERS[county.code] ? county.code : area.cityCode;
  const local = (LOCAL_EMPLOYERS[localKey] ?? []).filter(
    (t) => !options.atHome || t.county === undefined || t.county === county?.code,
  );
  const template = options.migrant
    ? rng.pick(MIGRANT_EMPLOYERS)
    : local.length > 0 && rng.chance(0.35)
      ? rng.pick(local)
      : rng.pick(GENERAL_EMPLOYERS);
  // Public institutions carry the full name of their government: 开封市中医院, not 开封中医院.
  const place = employerPlace(
    rng,
    area.cityCode,
    county,
    template.ownership === 'PUBLIC_INSTITUTION',
  );
  return {
    name: template.name(place, rng),
    industry: template.industry,
    ownership: template.ownership,
  };
}

/** 郑州… or 郑州市金水区… for a district, 新密市… for a county-level city, 郑州市… for a city. */
function employerPlace(
  rng: Random,
  cityCode: string,
  county: County | undefined,
  full: boolean,
): string {
  const city: City | undefined = cityByCode(cityCode);
  if (county && county.kind !== 'DISTRICT') return county.name;
  if (!city) return county?.name ?? '';
  if (!county) return full || rng.chance(0.5) ? city.name : city.shortName;
  if (full) return rng.chance(0.6) ? city.name : city.name + county.name;
  return rng.chance(0.7) ? city.shortName : city.name + county.name;
}

/** Section of GB/T 4754 an employer's name suggests, for unions known only by their name. */
const INDUSTRY_WORDS: readonly (readonly [RegExp, string])[] = [
  [/煤业|煤矿(?!机械)|矿业/, 'B'],
  [/建筑|劳务/, 'E'],
  [/百货|商贸|超市/, 'F'],
  [/公共交通|物流|出租汽车/, 'G'],
  [/酒店|餐饮/, 'H'],
  [/物业/, 'K'],
  [/保安/, 'L'],
  [/环境卫生|园林/, 'N'],
  [/家政|汽车修理/, 'O'],
  [/幼儿园|学校|中学|小学/, 'P'],
  [/医院|养老/, 'Q'],
  [/热力|供水|燃气/, 'D'],
  [/农场|林场/, 'A'],
];

/** What is known of an employer from its name alone (a grassroots union's name minus 工会). */
export function employerFromName(name: string): Employer {
  const industry = INDUSTRY_WORDS.find(([re]) => re.test(name))?.[1] ?? 'C';
  const ownership: Employer['ownership'] = /管理处|医院/.test(name)
    ? 'PUBLIC_INSTITUTION'
    : /厂$|国棉|公共交通|热力|百货大楼|国营|第[一二三四五六]建筑/.test(name)
      ? 'STATE'
      : /出租汽车/.test(name)
        ? 'COLLECTIVE'
        : 'PRIVATE';
  return { name, industry, ownership };
}

// ---------------------------------------------------------------------------------------------
// Schools

const UNIVERSITIES = words(
  '郑州大学 河南大学 河南科技大学 河南理工大学 河南工业大学 河南农业大学 河南师范大学 河南财经政法大学 郑州轻工业大学 华北水利水电大学 河南中医药大学 信阳师范大学 洛阳师范学院 安阳师范学院 南阳师范学院 商丘师范学院 周口师范学院 黄淮学院 许昌学院 平顶山学院 新乡医学院 河南城建学院 郑州航空工业管理学院',
);

const VOCATIONAL_COLLEGES = words(
  '河南职业技术学院 郑州铁路职业技术学院 河南工业职业技术学院 平顶山工业职业技术学院 开封大学 焦作大学 洛阳职业技术学院 新乡职业技术学院 漯河职业技术学院 河南交通职业技术学院',
);

const CHINESE_NUMBERS = words(
  '一 二 三 四 五 六 七 八 九 十 十一 十二 十三 十四 十五 十六 十七 十八 十九 二十',
);

export type SchoolStage =
  'KINDERGARTEN' | 'PRIMARY' | 'JUNIOR' | 'SENIOR' | 'VOCATIONAL' | 'UNIVERSITY' | 'POSTGRADUATE';

export function schoolName(rng: Random, stage: SchoolStage, county: County): string {
  const city = cityByCode(county.cityCode);
  const cityName = county.kind === 'DISTRICT' && city ? city.name : county.name;
  const road = rng.pick(roadsOf(county.code));
  switch (stage) {
    case 'KINDERGARTEN':
      return `${countyFullName(county)}${road}幼儿园`;
    case 'PRIMARY':
      return `${countyFullName(county)}${road}${rng.chance(0.5) ? '第一' : ''}小学`;
    case 'JUNIOR':
      return `${cityName}第${rng.pick(CHINESE_NUMBERS)}中学`;
    case 'SENIOR':
      return `${cityName}第${rng.pick(CHINESE_NUMBERS.slice(0, 12))}高级中学`;
    case 'VOCATIONAL':
      return rng.chance(0.5) ? `${cityName}职业教育中心` : rng.pick(VOCATIONAL_COLLEGES);
    case 'UNIVERSITY':
      return rng.pick(rng.chance(0.35) ? VOCATIONAL_COLLEGES : UNIVERSITIES);
    case 'POSTGRADUATE':
      return rng.pick(UNIVERSITIES.slice(0, 8));
  }
}

// ---------------------------------------------------------------------------------------------
// Banks

export interface Bank {
  name: string;
  /** Issuer identification number of a debit card line (real BIN prefixes). */
  bin: string;
  length: 16 | 19;
  weight: number;
}

export const BANKS: readonly Bank[] = [
  { name: '中国工商银行', bin: '622202', length: 19, weight: 20 },
  { name: '中国农业银行', bin: '622848', length: 19, weight: 22 },
  { name: '中国建设银行', bin: '621700', length: 19, weight: 16 },
  { name: '中国银行', bin: '621661', length: 19, weight: 9 },
  { name: '中国邮政储蓄银行', bin: '621799', length: 19, weight: 20 },
  { name: '交通银行', bin: '622262', length: 19, weight: 5 },
  { name: '招商银行', bin: '622588', length: 16, weight: 3 },
];

/** The Luhn check digit that completes `body`. */
export function luhnCheckDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

export function bankAccount(
  rng: Random,
  county: County,
): { bankName: string; bankBranch: string; bankCardNumber: string } {
  const bank = rng.weighted(
    BANKS,
    BANKS.map((b) => b.weight),
  );
  const body = bank.bin + rng.digits(bank.length - bank.bin.length - 1);
  const city = cityByCode(county.cityCode);
  const short = shortCountyName(county.name);
  const branch =
    county.kind === 'DISTRICT' && city
      ? `${city.shortName}${rng.chance(0.5) ? short : rng.pick(roadsOf(county.code))}支行`
      : `${short}支行`;
  return { bankName: bank.name, bankBranch: branch, bankCardNumber: body + luhnCheckDigit(body) };
}
