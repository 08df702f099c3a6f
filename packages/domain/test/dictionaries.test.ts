import { describe, expect, it } from 'vitest';
import {
  ARCHIVE_FIELDS,
  DEFAULT_DICTIONARIES,
  DETERMINATION_FIELDS,
  DICTIONARY_CODE_MAX,
  DICTIONARY_NAMES,
  MEMBER_FIELDS,
  dictionaryLabel,
  isDefaultSelectable,
  validateDictionaryCode,
} from '../src/index.js';

const codes = (name: keyof typeof DEFAULT_DICTIONARIES) =>
  DEFAULT_DICTIONARIES[name].entries.map((e) => e.code);
const labels = (name: keyof typeof DEFAULT_DICTIONARIES) =>
  DEFAULT_DICTIONARIES[name].entries.map((e) => e.label);

describe('default dictionaries', () => {
  it('ships exactly the dictionaries the archive form needs, each named after its field', () => {
    expect([...DICTIONARY_NAMES].sort()).toEqual(
      [
        'hardshipCategory',
        'ethnicity',
        'politicalStatus',
        'sex',
        'health',
        'disabilityCategory',
        'disabilityGrade',
        'workStatus',
        'modelWorkerType',
        'housingType',
        'maritalStatus',
        'hukouType',
        'industry',
        'employerType',
        'enterpriseStatus',
        'medicalInsurance',
        'relation',
        'memberStatus',
        'exitReason',
        'spotCheckResult',
        'attachmentType',
        'applicationChannel',
      ].sort(),
    );
    for (const [name, dictionary] of Object.entries(DEFAULT_DICTIONARIES)) {
      expect(dictionary.name).toBe(name);
    }
  });

  it('gives every entry a unique stable code and both labels', () => {
    for (const dictionary of Object.values(DEFAULT_DICTIONARIES)) {
      const all = dictionary.entries.map((e) => e.code);
      expect(new Set(all).size, dictionary.name).toBe(all.length);
      for (const e of dictionary.entries) {
        expect(e.code).toMatch(/^([0-9]{1,2}|[A-Z][A-Z0-9_]*)$/);
        expect(e.label).toMatch(/[\u4e00-\u9fff]/);
        expect(e.labelEn.trim()).not.toBe('');
      }
    }
  });

  it('lists the 56 ethnic groups of GB 3304 with their codes, plus 97 and 98', () => {
    const ethnicity = DEFAULT_DICTIONARIES.ethnicity.entries;
    expect(ethnicity).toHaveLength(58);
    expect(ethnicity.slice(0, 56).map((e) => e.code)).toEqual(
      Array.from({ length: 56 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
    const byCode = Object.fromEntries(ethnicity.map((e) => [e.code, e.label]));
    expect(byCode).toMatchObject({
      '01': '汉族',
      '02': '蒙古族',
      '03': '回族',
      '04': '藏族',
      '05': '维吾尔族',
      '08': '壮族',
      '10': '朝鲜族',
      '11': '满族',
      '15': '土家族',
      '17': '哈萨克族',
      '22': '畲族',
      '23': '高山族',
      '29': '柯尔克孜族',
      '37': '仡佬族',
      '43': '乌孜别克族',
      '44': '俄罗斯族',
      '49': '京族',
      '52': '鄂伦春族',
      '55': '珞巴族',
      '56': '基诺族',
      '97': '其他',
      '98': '外国血统中国籍人士',
    });
    expect(new Set(ethnicity.map((e) => e.label)).size).toBe(58);
  });

  it('codes political status by GB/T 4762, 01 to 13', () => {
    expect(codes('politicalStatus')).toEqual(
      Array.from({ length: 13 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
    expect(labels('politicalStatus')[0]).toBe('中共党员');
    expect(labels('politicalStatus')[12]).toBe('群众');
  });

  it('codes sex by GB/T 2261.1 and disability grades 1–4', () => {
    expect(DEFAULT_DICTIONARIES.sex.entries.map((e) => [e.code, e.label])).toEqual([
      ['1', '男'],
      ['2', '女'],
    ]);
    expect(DEFAULT_DICTIONARIES.disabilityGrade.entries.map((e) => [e.code, e.label])).toEqual([
      ['1', '一级'],
      ['2', '二级'],
      ['3', '三级'],
      ['4', '四级'],
    ]);
  });

  it('lists the twenty GB/T 4754-2017 industry sections A–T with official names', () => {
    expect(codes('industry').join('')).toBe('ABCDEFGHIJKLMNOPQRST');
    expect(dictionaryLabel('industry', 'C')).toBe('制造业');
    expect(dictionaryLabel('industry', 'I')).toBe('信息传输、软件和信息技术服务业');
    expect(dictionaryLabel('industry', 'S')).toBe('公共管理、社会保障和社会组织');
  });

  it('ships the default dictionaries', () => {
    expect(labels('hardshipCategory')).toEqual(['深度困难', '相对困难', '意外致困']);
    expect(codes('hardshipCategory')).toEqual(['DEEP', 'RELATIVE', 'SUDDEN']);
    expect(labels('health')).toHaveLength(19);
    expect(labels('health')).toContain('残疾');
    expect(labels('workStatus')).toEqual([
      '在岗',
      '下岗/待岗',
      '失业/无业',
      '退休',
      '病休',
      '内退',
      '农民工',
    ]);
    expect(labels('modelWorkerType')).toEqual([
      '全国劳模',
      '省部级劳模',
      '地市级劳模',
      '其他劳模',
      '非劳模',
    ]);
    expect(labels('housingType')).toHaveLength(9);
    expect(labels('maritalStatus')).toEqual(['未婚', '已婚', '离异', '丧偶']);
    expect(labels('hukouType')).toEqual(['非农业', '农业', '农转居']);
    expect(labels('employerType')).toHaveLength(7);
    expect(labels('enterpriseStatus')).toEqual([
      '正常经营',
      '亏损企业',
      '停产半停产',
      '改制企业',
      '关闭破产企业',
    ]);
    expect(labels('medicalInsurance')).toEqual([
      '职工基本医疗保险',
      '城乡居民基本医疗保险',
      '公费医疗',
      '未参保',
    ]);
    expect(labels('relation')).toEqual(['配偶', '父亲', '母亲', '儿子', '女儿', '其他']);
    expect(labels('memberStatus')).toHaveLength(14);
    expect(labels('exitReason')).toEqual([
      '实现脱困',
      '死亡',
      '迁出',
      '经精准识别不符合条件',
      '其他',
    ]);
    expect(labels('spotCheckResult')).toEqual(['属实', '不属实', '需整改']);
    expect(labels('disabilityCategory')).toHaveLength(7);
  });

  it('answers selectability and labels from the defaults', () => {
    expect(isDefaultSelectable('health', 'DISABLED')).toBe(true);
    expect(isDefaultSelectable('health', 'HEALTHY')).toBe(false);
    expect(dictionaryLabel('ethnicity', '03')).toBe('回族');
    expect(dictionaryLabel('ethnicity', '03', 'en')).toBe('Hui');
    expect(dictionaryLabel('ethnicity', '03', 'zh-CN')).toBe('回族');
    expect(dictionaryLabel('ethnicity', '99')).toBe('99');
  });

  it('covers every dictionary a field refers to', () => {
    const fields = [
      ...Object.values(ARCHIVE_FIELDS),
      ...Object.values(MEMBER_FIELDS),
      ...Object.values(DETERMINATION_FIELDS),
    ];
    for (const field of fields) {
      if (field.kind === 'dictionary') {
        expect(DEFAULT_DICTIONARIES, field.name).toHaveProperty(
          'dictionary' in field ? field.dictionary : '?',
        );
      }
    }
  });
});

describe('codes of new dictionary entries', () => {
  it('accepts digits like the standards and upper-case mnemonics like the shipped codes', () => {
    for (const code of ['14', '0099', 'ELDERLY_CARE', 'U', ' RENTED_2 ']) {
      expect(validateDictionaryCode(code)).toEqual({ ok: true, value: code.trim() });
    }
    expect(validateDictionaryCode('ＥＬＤＥＲＬＹ＿ＣＡＲＥ　')).toEqual({
      ok: true,
      value: 'ELDERLY_CARE',
    });
  });

  it('asks for a code when none is typed', () => {
    for (const code of ['', '   ', '\u3000']) {
      expect(validateDictionaryCode(code)).toMatchObject({ ok: false, code: 'REQUIRED' });
    }
  });

  it('refuses anything else with DICTIONARY_CODE_FORMAT', () => {
    for (const code of [
      'elderly',
      'A\u0000',
      '老人',
      '12345',
      '_X',
      'A-B',
      'A B',
      'X'.repeat(DICTIONARY_CODE_MAX + 1),
    ]) {
      expect(validateDictionaryCode(code), code).toMatchObject({
        ok: false,
        code: 'DICTIONARY_CODE_FORMAT',
      });
    }
  });

  it('every shipped code would pass the same check', () => {
    for (const dictionary of Object.values(DEFAULT_DICTIONARIES)) {
      for (const e of dictionary.entries)
        expect(validateDictionaryCode(e.code).ok, e.code).toBe(true);
    }
  });
});
