import { describe, expect, it } from 'vitest';
import {
  ERROR_CODES,
  ERROR_CODES_EN,
  LIST_SEPARATORS,
  archiveWarnings,
  formatErrorMessage,
  joinList,
  makeArchiveInputSchema,
  messageSlots,
  renderFieldError,
  toFieldErrors,
  toLocale,
  validatePhone,
  type ErrorCode,
} from '../src/index.js';
import { SPOUSE_ID, TODAY, validArchive } from './fixtures.js';

const schema = makeArchiveInputSchema({ today: () => TODAY });
const HAN = /[\u4e00-\u9fff]/;

describe('English messages', () => {
  it('has an English template for every code, with the Chinese template’s slots', () => {
    expect(Object.keys(ERROR_CODES_EN).sort()).toEqual(Object.keys(ERROR_CODES).sort());
    for (const code of Object.keys(ERROR_CODES) as ErrorCode[]) {
      expect(ERROR_CODES_EN[code], code).not.toMatch(HAN);
      expect(new Set(messageSlots(code, 'en')), code).toEqual(new Set(messageSlots(code)));
    }
  });

  it('renders a schema error in English from its code and parameters, naming the member row', () => {
    const archive = validArchive();
    archive.name = '';
    (archive.members as Record<string, unknown>[])[1]!.idNumber = SPOUSE_ID;
    (archive.members as Record<string, unknown>[])[1]!.birthDate = undefined;
    (archive.members as Record<string, unknown>[])[1]!.sex = '2';
    archive.secondaryCauses = ['SERIOUS_ILLNESS'];
    const result = schema.safeParse(archive);
    const errors = result.success ? [] : toFieldErrors(result.error);
    expect(errors.map((e) => [e.path.join('.'), e.message, renderFieldError(e, 'en')])).toEqual([
      ['name', '请填写姓名', 'Name is required'],
      [
        'secondaryCauses.0',
        '次要致困原因不能与主要致困原因（患重特大疾病）相同',
        'A secondary cause cannot be the primary cause (Major or catastrophic illness)',
      ],
      [
        'members.1.idNumber',
        '第2位家庭成员：身份证号与第1位家庭成员重复，同一户中每个身份证号只能出现一次',
        'Household member 2: Same ID number as household member 1; each ID number may appear only once in a household',
      ],
    ]);
    for (const e of errors) expect(renderFieldError(e, 'zh-CN')).toBe(e.message);
  });

  it('renders warnings in English too', () => {
    const archive = validArchive();
    (archive.members as Record<string, unknown>[])[1] = { name: '张丽', relation: 'SON', sex: '2' };
    const [warning] = archiveWarnings(schema.parse(archive));
    expect(warning?.message).toBe('第2位家庭成员：关系“儿子”与性别“女”不一致，请核对');
    expect(renderFieldError(warning!, 'en')).toBe(
      'Household member 2: Relation "Son" does not match sex "Female"; check them',
    );
  });

  it('names a field the API labelled in Chinese only by its catalogue label, or as given', () => {
    expect(formatErrorMessage('REQUIRED', { label: '家庭住址' }, 'en')).toBe(
      'Home address is required',
    );
    expect(formatErrorMessage('REQUIRED', { label: '附件类型' }, 'en')).toBe(
      '附件类型 is required',
    );
    const phone = validatePhone('12345', '帮扶责任人联系方式');
    expect(!phone.ok && renderFieldError(phone, 'en')).toMatch(
      /^帮扶责任人联系方式 must be a mobile/,
    );
    const named = validatePhone('12345', {
      label: '帮扶责任人联系方式',
      labelEn: 'Phone of the person in charge',
    });
    expect(!named.ok && renderFieldError(named, 'en')).toMatch(
      /^Phone of the person in charge must/,
    );
  });

  it('falls back to the Chinese message for what it cannot render, never to an empty string', () => {
    const conflict = { path: [], code: 'VERSION_CONFLICT', message: '档案已被他人修改' };
    expect(renderFieldError(conflict, 'en')).toBe('档案已被他人修改');
    // An error from an API that does not send parameters yet.
    expect(
      renderFieldError({ code: 'TEXT_TOO_LONG', message: '备注不能超过1000个字，请精简' }, 'en'),
    ).toBe('备注不能超过1000个字，请精简');
    expect(renderFieldError({ code: 'SOMETHING', message: ' ' }, 'en')).not.toBe('');
    expect(renderFieldError({ code: 'SOMETHING', message: '' }, 'zh-CN')).not.toBe('');
  });

  it('reads any English language tag as English, anything else as Chinese', () => {
    expect(['en', 'en-US', 'EN-gb'].map(toLocale)).toEqual(['en', 'en', 'en']);
    expect(['zh', 'zh-CN', '', undefined, 'fr'].map(toLocale)).toEqual(Array(5).fill('zh-CN'));
  });
});

describe('lists', () => {
  it('joins with 、 in Chinese and a comma in English', () => {
    expect(joinList(['下岗失业', '子女上学'])).toBe('下岗失业、子女上学');
    expect(joinList(['Laid off', "Children's schooling"], 'en')).toBe(
      "Laid off, Children's schooling",
    );
    expect(joinList([], 'en')).toBe('');
    expect(LIST_SEPARATORS['zh-CN']).toBe('、');
  });
});
