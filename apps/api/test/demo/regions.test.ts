import { describe, expect, it } from 'vitest';
import {
  CITIES,
  COUNTIES,
  DIRECT_COUNTIES,
  PROVINCE,
  TOWNSHIPS,
  contactCodesOf,
  countyByCode,
  countyFullName,
  regionName,
} from '../../src/demo/regions.js';

describe('Henan regions', () => {
  it('has the province, its 17 cities and its 10 directly administered counties', () => {
    expect(PROVINCE).toMatchObject({ code: '410000', name: '河南省' });
    expect(CITIES.map((c) => `${c.code} ${c.name}`)).toEqual([
      '410100 郑州市',
      '410200 开封市',
      '410300 洛阳市',
      '410400 平顶山市',
      '410500 安阳市',
      '410600 鹤壁市',
      '410700 新乡市',
      '410800 焦作市',
      '410900 濮阳市',
      '411000 许昌市',
      '411100 漯河市',
      '411200 三门峡市',
      '411300 南阳市',
      '411400 商丘市',
      '411500 信阳市',
      '411600 周口市',
      '411700 驻马店市',
    ]);
    expect(DIRECT_COUNTIES.map((c) => `${c.code} ${c.name}`)).toEqual([
      '410181 巩义市',
      '410225 兰考县',
      '410482 汝州市',
      '410526 滑县',
      '410783 长垣市',
      '411381 邓州市',
      '411481 永城市',
      '411525 固始县',
      '411628 鹿邑县',
      '411729 新蔡县',
    ]);
  });

  it('lists every county-level division once, direct counties outside their cities', () => {
    // 157 county-level divisions in Henan: 54 districts, 21 county-level cities, 82 counties,
    // less 济源 (province-administered, neither a city nor a direct county).
    expect(COUNTIES).toHaveLength(156);
    expect(COUNTIES.filter((c) => c.kind === 'DISTRICT')).toHaveLength(54);
    expect(COUNTIES.filter((c) => c.kind === 'COUNTY_CITY')).toHaveLength(20);
    expect(COUNTIES.filter((c) => c.kind === 'COUNTY')).toHaveLength(82);
    expect(new Set(COUNTIES.map((c) => c.code)).size).toBe(156);
    const direct = new Set(DIRECT_COUNTIES.map((c) => c.code));
    for (const city of CITIES) {
      for (const county of city.counties) {
        expect(direct.has(county.code)).toBe(false);
        expect(county.code.slice(0, 4)).toBe(city.code.slice(0, 4));
        expect(county.code).toMatch(/^41\d{2}(0[1-9]|[1-9]\d)$/);
      }
    }
    for (const county of DIRECT_COUNTIES)
      expect(county.code.slice(0, 4)).toBe(county.cityCode.slice(0, 4));
  });

  it('has the 郑州 districts and the recent renamings right', () => {
    const zhengzhou = CITIES[0]!.counties.map((c) => `${c.code} ${c.name}`);
    expect(zhengzhou).toEqual([
      '410102 中原区',
      '410103 二七区',
      '410104 管城回族区',
      '410105 金水区',
      '410106 上街区',
      '410108 惠济区',
      '410122 中牟县',
      '410182 荥阳市',
      '410183 新密市',
      '410184 新郑市',
      '410185 登封市',
    ]);
    expect(regionName('410212')).toBe('祥符区');
    expect(regionName('410307')).toBe('偃师区');
    expect(regionName('410308')).toBe('孟津区');
    expect(regionName('411003')).toBe('建安区');
    expect(regionName('411203')).toBe('陕州区');
    expect(regionName('411603')).toBe('淮阳区');
    expect(regionName('410783')).toBe('长垣市');
    for (const gone of [
      '410224',
      '410306',
      '410322',
      '410381',
      '410728',
      '411023',
      '411222',
      '411626',
    ]) {
      expect(regionName(gone)).toBeUndefined();
    }
  });

  it('looks names up by code', () => {
    expect(regionName('410000')).toBe('河南省');
    expect(regionName('410100')).toBe('郑州市');
    expect(regionName('410105')).toBe('金水区');
    expect(regionName('410181')).toBe('巩义市');
    expect(regionName('999999')).toBeUndefined();
    expect(countyFullName(countyByCode('410105')!)).toBe('郑州市金水区');
    expect(countyFullName(countyByCode('410122')!)).toBe('中牟县');
    expect(contactCodesOf('410105')).toMatchObject({ postalCode: '450000', areaCode: '0371' });
    expect(contactCodesOf('410181')).toMatchObject({ postalCode: '451200', areaCode: '0371' });
  });

  it('keeps townships only for known counties, with real-looking names', () => {
    for (const [code, towns] of Object.entries(TOWNSHIPS)) {
      expect(countyByCode(code), code).toBeDefined();
      for (const town of towns) expect(town).toMatch(/(街道|镇|乡)$/);
      expect(new Set(towns).size).toBe(towns.length);
    }
    expect(TOWNSHIPS['410105']).toContain('文化路街道');
  });
});
