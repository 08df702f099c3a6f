import { idNumberCheckChar } from '@bangfu/domain';
import { describe, expect, it } from 'vitest';
import { archiveFieldErrors, validateArchiveForm } from '../src/archive-form/client-validation.js';
import { archiveDifferences } from '../src/archive-form/differences.js';
import { toArchiveInput, unchangedMaskedPaths } from '../src/archive-form/form-values.js';
import { checkAsTyped, perMemberText } from '../src/archive-form/live-checks.js';
import { archiveSections } from '../src/archive-form/sections.js';
import { model } from '../src/model.js';

/*
 * The archive form's logic without a browser: the domain's schema run on the form's values
 * (masked numbers left alone), money typed in yuan, the live ID check, the sections of the seed.
 */

function id(birth: string, order: number): string {
  const first17 = `410105${birth}${String(order).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}

const valid = {
  hardshipCategory: 'DEEP',
  name: '张国强',
  ethnicity: '01',
  sex: '1',
  politicalStatus: '13',
  idNumber: id('19750815', 11),
  birthDate: '1975-08-15',
  health: 'GOOD',
  workStatus: 'LAID_OFF',
  modelWorkerType: 'NONE',
  housingType: 'RENTED',
  workStartDate: '1994-07-01',
  industry: 'C',
  maritalStatus: 'MARRIED',
  hukouType: 'NON_AGRICULTURAL',
  address: '郑州市金水区纬五路12号',
  monthlyIncomeFen: 120000,
  otherAnnualIncomeFen: 300000,
  householdAnnualIncomeFen: 2400000,
  householdSize: 3,
  hukouRegionCode: '410105',
  medicalInsurance: 'EMPLOYEE_BASIC',
  members: [{ name: '李秀英', relation: 'SPOUSE', sex: '2', idNumber: id('19770302', 12) }],
  primaryCause: 'SERIOUS_ILLNESS',
  secondaryCauses: ['LAID_OFF'],
  archivist: '王建设',
  reviewer: '刘红',
  // What the API answers besides the form, which the form holds but never sends.
  id: 'a1',
  number: '410105-2026-000001',
  status: 'DRAFT',
  version: 3,
};

const paths = (values: Record<string, unknown>, original?: Record<string, unknown>) =>
  archiveFieldErrors(model, values, { original }).map((e) => [e.path.join('.'), e.code]);

describe('the archive form checked with the domain schema', () => {
  it('accepts a complete form', () => {
    expect(paths(valid)).toEqual([]);
    expect(validateArchiveForm(model, valid)).toBeUndefined();
  });

  it('puts each problem on its input, a member’s ID number on its row', () => {
    const wrong = { ...valid.members[0]!, idNumber: `${id('19770302', 12).slice(0, 17)}0` };
    const values = { ...valid, name: '', secondaryCauses: ['SERIOUS_ILLNESS'], members: [wrong] };
    expect(paths(values)).toEqual(
      expect.arrayContaining([
        ['name', 'REQUIRED'],
        ['secondaryCauses.0', 'SECONDARY_CAUSE_IS_PRIMARY'],
        ['members.0.idNumber', 'ID_NUMBER_CHECKSUM'],
      ]),
    );
    const errors = validateArchiveForm(model, values) as {
      members: Record<string, { idNumber: string }>;
    };
    expect(errors.members['0']!.idNumber).toMatch(/^第1位家庭成员：身份证号校验位不符/);
  });

  it('leaves a masked number read from the API alone, but checks one typed over it', () => {
    const original = { ...valid, idNumber: '410105********0113', mobile: '138****5678' };
    expect(paths(original, original)).toEqual([]);
    expect(paths({ ...original, mobile: '138****0000' }, original)).toEqual([
      ['mobile', 'MOBILE_FORMAT'],
    ]);
    const members = [{ ...valid.members[0]!, idNumber: '410105********1224' }];
    const read = { ...valid, members };
    expect(unchangedMaskedPaths(read, read, ['idNumber'])).toEqual(new Set(['members.0.idNumber']));
    // The masked value is sent back exactly as read: the API then keeps the stored number.
    expect(toArchiveInput(model, original).idNumber).toBe('410105********0113');
  });

  it('says why money typed in yuan cannot be read', () => {
    expect(paths({ ...valid, monthlyIncomeFen: '1200.555' })).toEqual([
      ['monthlyIncomeFen', 'MONEY_TOO_MANY_DECIMALS'],
    ]);
    const members = [{ ...valid.members[0]!, monthlyIncomeFen: '五百' }];
    expect(paths({ ...valid, members })).toEqual([['members.0.monthlyIncomeFen', 'MONEY_FORMAT']]);
  });
});

describe('the form’s values as ArchiveInput', () => {
  it('sends every input field, none of the record’s own, and no untouched determination', () => {
    const input = toArchiveInput(model, {
      ...valid,
      determination: { keyGroups: [], measures: [], actionPlans: [] },
    });
    expect(input).not.toHaveProperty('id');
    expect(input).not.toHaveProperty('version');
    expect(input).toMatchObject({ name: '张国强', determination: null, mobile: null });
    expect(input.members).toEqual([expect.objectContaining({ name: '李秀英', health: null })]);
  });

  it('lists where the form and the latest version differ, in the seed form’s order', () => {
    const latest = { ...valid, name: '张国华', address: '新地址' };
    const mine = { ...valid, address: '我的地址' };
    expect(archiveDifferences(model, mine, latest)).toEqual([
      { field: 'name', mine: '张国强', latest: '张国华' },
      { field: 'address', mine: '我的地址', latest: '新地址' },
    ]);
  });
});

describe('helpers shown as one types', () => {
  const translate = (key: string, options?: Record<string, unknown>) =>
    `${key}${options ? JSON.stringify(options) : ''}`;

  it('checks an ID number as it is typed', () => {
    expect(checkAsTyped('4101051975', translate, 'zh').hint).toMatch(/idTyping\{"count":10\}/);
    const wrong = valid.idNumber.slice(0, 17) + (valid.idNumber.endsWith('1') ? '2' : '1');
    expect(checkAsTyped(wrong, translate, 'zh').error).toMatch(/校验位不符/);
    expect(checkAsTyped(valid.idNumber, translate, 'zh').hint).toMatch(/1975-08-15.*男/);
    expect(checkAsTyped('410105********0113', translate, 'zh')).toEqual({
      hint: 'bangfu.archive.form.masked',
    });
  });

  it('works out the income per member the way the domain does', () => {
    expect(perMemberText(2400000, 3, 'zh')).toBe('¥666.67');
    expect(perMemberText(2400000, 0, 'zh')).toBe('');
    expect(perMemberText('24000', 3, 'zh')).toBe('');
  });

  it('lays the form out in the seed’s ten parts', () => {
    const sections = archiveSections({ computed: false });
    expect(sections.map((s) => s.label)).toEqual([
      '基本信息',
      '居住与就业',
      '住址与单位',
      '收入与保障',
      '家庭主要成员',
      '致困原因',
      '银行账户',
      '附件',
      '确定解困脱困对象',
      '签字与帮扶责任',
    ]);
    expect(sections[0]!.fields.map((f) => f.name)).not.toContain('number');
  });
});
