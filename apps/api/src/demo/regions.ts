/**
 * Henan's administrative shape (GB/T 2260 codes, as of the 2020s) for the demo data: the province,
 * its 17 prefecture-level cities (省辖市) with their county-level divisions, and the 10 counties
 * the province administers directly (省直管县). In the union hierarchy a direct county sits under
 * the province, so it is listed once, in DIRECT_COUNTIES, and left out of its city's counties.
 * Statistical-only units (经济技术开发区, 高新区, 城乡一体化示范区 …, codes x7x) are not GB/T 2260
 * divisions and are left out; so is 济源市 (419001), a province-administered city that is neither
 * one of the 17 cities nor one of the 10 direct counties.
 *
 * Recent changes reflected: 祥符区 410212 (was 开封县, 2014), 陕州区 411203 (was 陕县, 2015),
 * 建安区 411003 (was 许昌县, 2016), 长垣市 410783 (was 长垣县, 2019), 淮阳区 411603 (was 淮阳县,
 * 2019), 偃师区 410307 and 孟津区 410308 (was 偃师市, 孟津县 and 吉利区, 2021).
 */

export type CountyKind = 'DISTRICT' | 'COUNTY' | 'COUNTY_CITY';

export interface County {
  code: string;
  name: string;
  /** 市辖区, 县 or 县级市. */
  kind: CountyKind;
  /** The prefecture-level city it lies in (for a direct county too). */
  cityCode: string;
}

export interface City {
  code: string;
  name: string;
  /** 郑州 for 郑州市: how enterprises and addresses name the city. */
  shortName: string;
  postalCode: string;
  /** Fixed-line area code (区号). */
  areaCode: string;
  /** County-level divisions under the city, direct counties excluded. */
  counties: readonly County[];
}

export interface DirectCounty extends County {
  postalCode: string;
  areaCode: string;
}

export const PROVINCE = { code: '410000', name: '河南省', shortName: '河南' } as const;

function kindOf(name: string): CountyKind {
  if (name.endsWith('区')) return 'DISTRICT';
  if (name.endsWith('市')) return 'COUNTY_CITY';
  return 'COUNTY';
}

type CountyRow = readonly [code: string, name: string];

function city(
  code: string,
  name: string,
  postalCode: string,
  areaCode: string,
  rows: readonly CountyRow[],
): City {
  return {
    code,
    name,
    shortName: name.replace(/市$/, ''),
    postalCode,
    areaCode,
    counties: rows.map(([c, n]) => ({ code: c, name: n, kind: kindOf(n), cityCode: code })),
  };
}

export const CITIES: readonly City[] = [
  city('410100', '郑州市', '450000', '0371', [
    ['410102', '中原区'],
    ['410103', '二七区'],
    ['410104', '管城回族区'],
    ['410105', '金水区'],
    ['410106', '上街区'],
    ['410108', '惠济区'],
    ['410122', '中牟县'],
    ['410182', '荥阳市'],
    ['410183', '新密市'],
    ['410184', '新郑市'],
    ['410185', '登封市'],
  ]),
  city('410200', '开封市', '475000', '0371', [
    ['410202', '龙亭区'],
    ['410203', '顺河回族区'],
    ['410204', '鼓楼区'],
    ['410205', '禹王台区'],
    ['410212', '祥符区'],
    ['410221', '杞县'],
    ['410222', '通许县'],
    ['410223', '尉氏县'],
  ]),
  city('410300', '洛阳市', '471000', '0379', [
    ['410302', '老城区'],
    ['410303', '西工区'],
    ['410304', '瀍河回族区'],
    ['410305', '涧西区'],
    ['410307', '偃师区'],
    ['410308', '孟津区'],
    ['410311', '洛龙区'],
    ['410323', '新安县'],
    ['410324', '栾川县'],
    ['410325', '嵩县'],
    ['410326', '汝阳县'],
    ['410327', '宜阳县'],
    ['410328', '洛宁县'],
    ['410329', '伊川县'],
  ]),
  city('410400', '平顶山市', '467000', '0375', [
    ['410402', '新华区'],
    ['410403', '卫东区'],
    ['410404', '石龙区'],
    ['410411', '湛河区'],
    ['410421', '宝丰县'],
    ['410422', '叶县'],
    ['410423', '鲁山县'],
    ['410425', '郏县'],
    ['410481', '舞钢市'],
  ]),
  city('410500', '安阳市', '455000', '0372', [
    ['410502', '文峰区'],
    ['410503', '北关区'],
    ['410505', '殷都区'],
    ['410506', '龙安区'],
    ['410522', '安阳县'],
    ['410523', '汤阴县'],
    ['410527', '内黄县'],
    ['410581', '林州市'],
  ]),
  city('410600', '鹤壁市', '458000', '0392', [
    ['410602', '鹤山区'],
    ['410603', '山城区'],
    ['410611', '淇滨区'],
    ['410621', '浚县'],
    ['410622', '淇县'],
  ]),
  city('410700', '新乡市', '453000', '0373', [
    ['410702', '红旗区'],
    ['410703', '卫滨区'],
    ['410704', '凤泉区'],
    ['410711', '牧野区'],
    ['410721', '新乡县'],
    ['410724', '获嘉县'],
    ['410725', '原阳县'],
    ['410726', '延津县'],
    ['410727', '封丘县'],
    ['410781', '卫辉市'],
    ['410782', '辉县市'],
  ]),
  city('410800', '焦作市', '454000', '0391', [
    ['410802', '解放区'],
    ['410803', '中站区'],
    ['410804', '马村区'],
    ['410811', '山阳区'],
    ['410821', '修武县'],
    ['410822', '博爱县'],
    ['410823', '武陟县'],
    ['410825', '温县'],
    ['410882', '沁阳市'],
    ['410883', '孟州市'],
  ]),
  city('410900', '濮阳市', '457000', '0393', [
    ['410902', '华龙区'],
    ['410922', '清丰县'],
    ['410923', '南乐县'],
    ['410926', '范县'],
    ['410927', '台前县'],
    ['410928', '濮阳县'],
  ]),
  city('411000', '许昌市', '461000', '0374', [
    ['411002', '魏都区'],
    ['411003', '建安区'],
    ['411024', '鄢陵县'],
    ['411025', '襄城县'],
    ['411081', '禹州市'],
    ['411082', '长葛市'],
  ]),
  city('411100', '漯河市', '462000', '0395', [
    ['411102', '源汇区'],
    ['411103', '郾城区'],
    ['411104', '召陵区'],
    ['411121', '舞阳县'],
    ['411122', '临颍县'],
  ]),
  city('411200', '三门峡市', '472000', '0398', [
    ['411202', '湖滨区'],
    ['411203', '陕州区'],
    ['411221', '渑池县'],
    ['411224', '卢氏县'],
    ['411281', '义马市'],
    ['411282', '灵宝市'],
  ]),
  city('411300', '南阳市', '473000', '0377', [
    ['411302', '宛城区'],
    ['411303', '卧龙区'],
    ['411321', '南召县'],
    ['411322', '方城县'],
    ['411323', '西峡县'],
    ['411324', '镇平县'],
    ['411325', '内乡县'],
    ['411326', '淅川县'],
    ['411327', '社旗县'],
    ['411328', '唐河县'],
    ['411329', '新野县'],
    ['411330', '桐柏县'],
  ]),
  city('411400', '商丘市', '476000', '0370', [
    ['411402', '梁园区'],
    ['411403', '睢阳区'],
    ['411421', '民权县'],
    ['411422', '睢县'],
    ['411423', '宁陵县'],
    ['411424', '柘城县'],
    ['411425', '虞城县'],
    ['411426', '夏邑县'],
  ]),
  city('411500', '信阳市', '464000', '0376', [
    ['411502', '浉河区'],
    ['411503', '平桥区'],
    ['411521', '罗山县'],
    ['411522', '光山县'],
    ['411523', '新县'],
    ['411524', '商城县'],
    ['411526', '潢川县'],
    ['411527', '淮滨县'],
    ['411528', '息县'],
  ]),
  city('411600', '周口市', '466000', '0394', [
    ['411602', '川汇区'],
    ['411603', '淮阳区'],
    ['411621', '扶沟县'],
    ['411622', '西华县'],
    ['411623', '商水县'],
    ['411624', '沈丘县'],
    ['411625', '郸城县'],
    ['411627', '太康县'],
    ['411681', '项城市'],
  ]),
  city('411700', '驻马店市', '463000', '0396', [
    ['411702', '驿城区'],
    ['411721', '西平县'],
    ['411722', '上蔡县'],
    ['411723', '平舆县'],
    ['411724', '正阳县'],
    ['411725', '确山县'],
    ['411726', '泌阳县'],
    ['411727', '汝南县'],
    ['411728', '遂平县'],
  ]),
];

function direct(
  code: string,
  name: string,
  cityCode: string,
  postalCode: string,
  areaCode: string,
): DirectCounty {
  return { code, name, kind: kindOf(name), cityCode, postalCode, areaCode };
}

/** 省直管县（市）: under the province in the union hierarchy. */
export const DIRECT_COUNTIES: readonly DirectCounty[] = [
  direct('410181', '巩义市', '410100', '451200', '0371'),
  direct('410225', '兰考县', '410200', '475300', '0371'),
  direct('410482', '汝州市', '410400', '467500', '0375'),
  direct('410526', '滑县', '410500', '456400', '0372'),
  direct('410783', '长垣市', '410700', '453400', '0373'),
  direct('411381', '邓州市', '411300', '474150', '0377'),
  direct('411481', '永城市', '411400', '476600', '0370'),
  direct('411525', '固始县', '411500', '465200', '0376'),
  direct('411628', '鹿邑县', '411600', '477200', '0394'),
  direct('411729', '新蔡县', '411700', '463500', '0396'),
];

/** Every county-level division: the cities' and the direct counties. */
export const COUNTIES: readonly County[] = [
  ...CITIES.flatMap((c) => c.counties),
  ...DIRECT_COUNTIES,
];

const NAMES = new Map<string, string>([
  [PROVINCE.code, PROVINCE.name],
  ...CITIES.map((c): [string, string] => [c.code, c.name]),
  ...COUNTIES.map((c): [string, string] => [c.code, c.name]),
]);
const CITY_BY_CODE = new Map(CITIES.map((c) => [c.code, c]));
const COUNTY_BY_CODE = new Map(COUNTIES.map((c) => [c.code, c]));
const DIRECT_BY_CODE = new Map(DIRECT_COUNTIES.map((c) => [c.code, c]));

/** The name of a Henan division (河南省, a city or a county-level division), or undefined. */
export function regionName(code: string): string | undefined {
  return NAMES.get(code);
}

export function cityByCode(code: string): City | undefined {
  return CITY_BY_CODE.get(code);
}

export function countyByCode(code: string): County | undefined {
  return COUNTY_BY_CODE.get(code);
}

export function isDirectCounty(code: string): boolean {
  return DIRECT_BY_CODE.has(code);
}

/** How addresses and union names spell a county: 郑州市金水区 for a district, 新郑市 or 中牟县 otherwise. */
export function countyFullName(county: County): string {
  const city = CITY_BY_CODE.get(county.cityCode);
  return county.kind === 'DISTRICT' && city ? city.name + county.name : county.name;
}

/** Postal code and area code of the city or direct county a division belongs to. */
export function contactCodesOf(code: string): { postalCode: string; areaCode: string } {
  const directCounty = DIRECT_BY_CODE.get(code);
  if (directCounty) return directCounty;
  const county = COUNTY_BY_CODE.get(code);
  const city = CITY_BY_CODE.get(county ? county.cityCode : code);
  if (!city) throw new Error(`不是河南省的行政区划代码：${code}`);
  return city;
}

function words(text: string): readonly string[] {
  return text.split(' ');
}

/**
 * Township-level divisions (街道, 镇, 乡) of the counties that demo grassroots unions sit in, as
 * published in the national statistics division codes (统计用区划代码, 2020s). Farms, development
 * zones and management committees are left out.
 */
export const TOWNSHIPS: Readonly<Record<string, readonly string[]>> = {
  // 郑州市
  '410102': words(
    '林山寨街道 建设路街道 棉纺路街道 秦岭路街道 桐柏路街道 三官庙街道 绿东村街道 汝河路街道 航海西路街道 中原西路街道 西流湖街道 须水街道 莲湖街道 柳湖街道',
  ),
  '410103': words(
    '淮河路街道 解放路街道 铭功路街道 一马路街道 蜜蜂张街道 五里堡街道 大学路街道 建中街街道 福华街街道 德化街街道 嵩山路街道 京广路街道 长江路街道 人和路街道 侯寨街道 马寨镇',
  ),
  '410104': words(
    '北下街街道 西大街街道 南关街街道 城东路街道 东大街街道 二里岗街道 陇海马路街道 紫荆山南路街道 航海东路街道 十八里河街道 南曹街道 金岱街道 商都路街道 圃田乡',
  ),
  '410105': words(
    '经八路街道 花园路街道 人民路街道 杜岭街道 大石桥街道 南阳路街道 南阳新村街道 文化路街道 丰产路街道 东风路街道 北林路街道 未来路街道 凤凰台街道 龙子湖街道 祭城路街道 兴达路街道 国基路街道 杨金路街道 丰庆路街道 如意湖街道 博学路街道 龙湖街道 龙源路街道 金光路街道',
  ),
  '410183': words(
    '青屏街街道 新华路街道 西大街街道 矿区街道 城关镇 米村镇 牛店镇 平陌镇 超化镇 苟堂镇 大隗镇 刘寨镇 白寨镇 岳村镇 来集镇 曲梁镇 袁庄乡',
  ),
  '410181': words(
    '新华路街道 杜甫路街道 永安路街道 孝义街道 紫荆路街道 米河镇 新中镇 小关镇 竹林镇 大峪沟镇 河洛镇 站街镇 康店镇 北山口镇 西村镇 芝田镇 回郭镇 鲁庄镇 夹津口镇 涉村镇',
  ),
  // 开封市
  '410203': words('清平街道 铁塔街道 曹门街道 宋门街道 工业街道 苹果园街道 东郊乡 土柏岗乡'),
  '410204': words('相国寺街道 新华街道 卧龙街道 州桥街道 西司门街道 南苑街道 五一街道 仙人庄街道'),
  '410225': words(
    '兰阳街道 桐乡街道 惠安街道 堌阳镇 南彰镇 考城镇 红庙镇 谷营镇 东坝头镇 小宋镇 仪封镇 三义寨乡 孟寨乡 许河乡 葡萄架乡 阎楼乡',
  ),
  // 洛阳市
  '410302': words(
    '西关街道 西南隅街道 西北隅街道 东南隅街道 东北隅街道 南关街道 洛浦街道 邙山街道 道北路街道',
  ),
  '410303': words(
    '王城路街道 金谷园路街道 西工街道 邙岭路街道 唐宫路街道 汉屯路街道 凯旋东路街道 洛北街道 红山街道',
  ),
  '410305': words(
    '湖北路街道 天津路街道 长春路街道 南昌路街道 长安路街道 重庆路街道 郑州路街道 武汉路街道 珠江路街道 周山路街道 工农街道',
  ),
  // 平顶山市
  '410402': words(
    '曙光街街道 光明路街道 中兴路街道 矿工路街道 西市场街道 新新街街道 青石山街道 湛河北路街道 西高皇街道 焦店镇',
  ),
  '410403': words(
    '东安路街道 优越路街道 五一路街道 建设路街道 东环路街道 东工人镇街道 光华路街道 鸿鹰街道 申楼街道 北环路街道 东高皇街道 蒲城街道',
  ),
  '410482': words(
    '煤山街道 风穴路街道 钟楼街道 洗耳河街道 汝南街道 紫云路街道 寄料镇 温泉镇 临汝镇 小屯镇 杨楼镇 蟒川镇 庙下镇 米庙镇 陵头镇 纸坊镇 大峪镇 夏店镇 焦村镇 王寨乡 骑岭乡',
  ),
  // 安阳市
  '410502': words(
    '东大街街道 头二三街道 甜水井街道 东关街道 南关街道 西大街街道 北大街街道 西关街道 紫薇大道街道 光华路街道 永明路街道 中华路街道 宝莲寺镇',
  ),
  '410503': words(
    '红旗路街道 解放路街道 灯塔路街道 豆腐营街道 洹北街道 彰东街道 彰北街道 民航路街道 曙光路街道 柏庄镇',
  ),
  '410526': words(
    '道口镇街道 城关街道 锦和街道 白道口镇 留固镇 上官镇 牛屯镇 万古镇 高平镇 王庄镇 老店镇 慈周寨镇 焦虎镇 四间房镇 八里营镇 赵营镇 半坡店镇 枣村乡 大寨乡 桑村乡 老爷庙乡 瓦岗寨乡 小铺乡',
  ),
  // 鹤壁市
  '410603': words(
    '红旗街街道 长风中路街道 山城路街道 汤河桥街道 鹿楼街道 宝山街道 大胡街道 石林镇',
  ),
  // 新乡市
  '410702': words('西街街道 东街街道 渠东街道 文化街街道 向阳小区街道 洪门镇 小店镇'),
  '410703': words(
    '胜利路街道 解放路街道 中同街街道 健康路街道 自由路街道 南桥街道 铁西街道 平原镇',
  ),
  '410783': words(
    '蒲西街道 蒲东街道 南蒲街道 蒲北街道 魏庄街道 丁栾镇 樊相镇 恼里镇 常村镇 赵堤镇 孟岗镇 满村镇 苗寨镇 张三寨镇 方里镇 佘家镇 芦岗乡 武邱乡',
  ),
  // 焦作市
  '410802': words(
    '民生街道 民主街道 新华街道 焦西街道 焦南街道 焦北街道 七百间街道 上白作街道 王褚街道',
  ),
  '410811': words(
    '东方红街道 焦东街道 百间房街道 太行街道 艺新街道 光亚街道 定和街道 中星街道 新城街道',
  ),
  // 濮阳市
  '410902': words(
    '中原路街道 胜利路街道 建设路街道 人民路街道 大庆路街道 黄河路街道 任丘路街道 长庆路街道 濮东街道 岳村镇 孟轲乡',
  ),
};
