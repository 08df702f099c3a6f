import { describe, expect, it } from 'vitest';
import {
  ARCHIVE_FIELDS,
  ERROR_CODES,
  archiveInputSchema,
  determinationInputSchema,
  isDefaultSelectable,
  makeArchiveInputSchema,
  memberInputSchema,
  toFieldErrors,
  type FieldError,
} from '../src/index.js';
import { SON_ID, SPOUSE_ID, TODAY, WORKER_ID, validArchive } from './fixtures.js';

const schema = makeArchiveInputSchema({ today: () => TODAY });

function errorsOf(input: unknown): FieldError[] {
  const result = schema.safeParse(input);
  return result.success ? [] : toFieldErrors(result.error);
}

function withChange(change: (a: Record<string, unknown>) => void): Record<string, unknown> {
  const archive = validArchive();
  change(archive);
  return archive;
}

/** The change produces exactly one error, at `path`, with `code`. */
function expectOnly(change: (a: Record<string, unknown>) => void, path: string[], code: string) {
  const errors = errorsOf(withChange(change));
  expect(errors.map((e) => ({ path: e.path, code: e.code }))).toEqual([{ path, code }]);
  return errors[0]!;
}

const members = (a: Record<string, unknown>) => a.members as Record<string, unknown>[];
const determination = (a: Record<string, unknown>) => a.determination as Record<string, unknown>;

describe('a complete archive', () => {
  it('passes, normalised', () => {
    const result = schema.safeParse(
      withChange((a) => {
        a.name = '  张国强 ';
        a.idNumber = WORKER_ID.toLowerCase();
        a.otherContact = '';
        a.employer = null;
      }),
    );
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.name).toBe('张国强');
    expect(result.data.idNumber).toBe(WORKER_ID);
    expect(result.data.otherContact).toBeUndefined();
    expect(result.data.employer).toBeUndefined();
    expect(result.data.members).toHaveLength(2);
    expect(result.data.determination?.keyGroups).toEqual(['EXPENDITURE_HARDSHIP']);
  });

  it('passes with only the required fields, defaults filled in', () => {
    const a = validArchive();
    const required = Object.fromEntries(
      Object.entries(a).filter(([name]) => {
        const field = ARCHIVE_FIELDS[name as keyof typeof ARCHIVE_FIELDS];
        return field?.required;
      }),
    );
    const result = schema.safeParse(required);
    expect(result.success ? [] : toFieldErrors(result.error)).toEqual([]);
    expect(result.data).toMatchObject({ singleParent: false, members: [], secondaryCauses: [] });
  });

  it('passes the default schema (real today, shipped dictionaries)', () => {
    const input = withChange((a) => {
      a.workerSignedOn = undefined;
      a.determination = undefined;
    });
    expect(archiveInputSchema.safeParse(input).success).toBe(true);
  });

  it('does not take the generated number or the derived per-member income', () => {
    const result = schema.safeParse(
      withChange((a) => {
        a.number = '411726-2026-000001';
        a.monthlyIncomePerMemberFen = 1;
      }),
    );
    expect(result.success && 'number' in result.data).toBe(false);
    expect(result.success && 'monthlyIncomePerMemberFen' in result.data).toBe(false);
  });
});

describe('required fields (the seed’s *)', () => {
  const requiredInput = Object.values(ARCHIVE_FIELDS)
    .filter((f) => f.required && !('computed' in f && f.computed))
    .map((f) => [f.name, f.label] as const);

  it('covers every starred input field', () => {
    expect(requiredInput.map(([n]) => n)).toContain('hukouRegionCode');
    expect(requiredInput).toHaveLength(25);
  });

  it.each(requiredInput)('asks for %s when missing, blank or null', (name, label) => {
    for (const empty of [undefined, '', '   ', null]) {
      const error = expectOnly((a) => void (a[name] = empty), [name], 'REQUIRED');
      expect(error.message).toBe(`请填写${label}`);
    }
  });
});

describe('field rules', () => {
  it('limits text length, counted in characters', () => {
    expectOnly((a) => void (a.name = '张'.repeat(51)), ['name'], 'TEXT_TOO_LONG');
    expect(errorsOf(withChange((a) => void (a.name = '𠀀'.repeat(50))))).toEqual([]);
  });

  it('reports a wrong type in Chinese', () => {
    const error = expectOnly((a) => void (a.name = 42), ['name'], 'INVALID_TYPE');
    expect(error.message).toBe('姓名的格式不正确');
  });

  it('checks dictionary codes against the live dictionary', () => {
    const error = expectOnly((a) => void (a.health = 'HEALTHY'), ['health'], 'NOT_IN_DICTIONARY');
    expect(error.message).toContain('健康状况');
    const custom = makeArchiveInputSchema({
      today: () => TODAY,
      // A province that retired 恶性肿瘤 (say, split it up) and added its own 尘肺病 entry.
      isSelectable: (dictionary, code) =>
        (dictionary === 'health' && code === 'PNEUMOCONIOSIS') ||
        (code !== 'MALIGNANT_TUMOR' && isDefaultSelectable(dictionary, code)),
    });
    expect(custom.safeParse(withChange((a) => void (a.health = 'PNEUMOCONIOSIS'))).success).toBe(
      true,
    );
    const retired = custom.safeParse(validArchive());
    expect(retired.success ? [] : toFieldErrors(retired.error).map((e) => e.code)).toEqual([
      'NOT_IN_DICTIONARY',
    ]);
  });

  it('validates the ID number with its own codes', () => {
    expectOnly((a) => void (a.idNumber = '411726197508153617'), ['idNumber'], 'ID_NUMBER_CHECKSUM');
    expectOnly((a) => void (a.idNumber = '411726750815361'), ['idNumber'], 'ID_NUMBER_LEGACY_15');
  });

  it('requires birth date and sex to agree with the ID number', () => {
    const date = expectOnly(
      (a) => void (a.birthDate = '1975-08-16'),
      ['birthDate'],
      'BIRTH_DATE_MISMATCH',
    );
    expect(date.message).toContain('1975-08-15');
    const sex = expectOnly((a) => void (a.sex = '2'), ['sex'], 'SEX_MISMATCH');
    expect(sex.message).toContain('男');
  });

  it('requires disability category and grade when health is 残疾', () => {
    const errors = errorsOf(withChange((a) => void (a.health = 'DISABLED')));
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      [['disabilityCategory'], 'DISABILITY_CATEGORY_REQUIRED'],
      [['disabilityGrade'], 'DISABILITY_GRADE_REQUIRED'],
    ]);
    const complete = withChange((a) => {
      a.health = 'DISABLED';
      a.disabilityCategory = '4';
      a.disabilityGrade = '2';
    });
    expect(errorsOf(complete)).toEqual([]);
    expectOnly(
      (a) => void (a.disabilityGrade = '2'),
      ['disabilityCategory'],
      'DISABILITY_GRADE_WITHOUT_CATEGORY',
    );
  });

  it('keeps money as non-negative integer fen', () => {
    expectOnly((a) => void (a.monthlyIncomeFen = -1), ['monthlyIncomeFen'], 'FEN_NEGATIVE');
    expectOnly((a) => void (a.monthlyIncomeFen = 1200.5), ['monthlyIncomeFen'], 'FEN_NOT_INTEGER');
    expectOnly(
      (a) => void (a.otherAnnualIncomeFen = 2 ** 53),
      ['otherAnnualIncomeFen'],
      'FEN_NOT_INTEGER',
    );
    expectOnly(
      (a) => void (a.householdAnnualIncomeFen = '2400000'),
      ['householdAnnualIncomeFen'],
      'INVALID_TYPE',
    );
  });

  it('keeps household size within 1..50 and at least the people listed', () => {
    for (const size of [0, 51, 2.5]) {
      expectOnly((a) => void (a.householdSize = size), ['householdSize'], 'HOUSEHOLD_SIZE_RANGE');
    }
    const error = expectOnly(
      (a) => void (a.householdSize = 2),
      ['householdSize'],
      'HOUSEHOLD_SIZE_TOO_SMALL',
    );
    expect(error.message).toContain('3');
  });

  it('accepts floor area with at most two decimals', () => {
    expect(errorsOf(withChange((a) => void (a.floorArea = 85.25)))).toEqual([]);
    expect(errorsOf(withChange((a) => void (a.floorArea = 0)))).toEqual([]);
    for (const area of [-1, 85.125, 20_000]) {
      expectOnly((a) => void (a.floorArea = area), ['floorArea'], 'FLOOR_AREA_INVALID');
    }
  });

  it('checks dates: real, not in the future, work after birth', () => {
    expectOnly((a) => void (a.workStartDate = '1994-02-30'), ['workStartDate'], 'DATE_INVALID');
    expectOnly((a) => void (a.workStartDate = '07/01/1994'), ['workStartDate'], 'DATE_FORMAT');
    expectOnly((a) => void (a.workStartDate = '1994-07'), ['workStartDate'], 'DATE_FORMAT');
    expectOnly((a) => void (a.workStartDate = '2026-03-16'), ['workStartDate'], 'DATE_IN_FUTURE');
    expectOnly(
      (a) => void (a.workStartDate = '1970-01-01'),
      ['workStartDate'],
      'WORK_START_BEFORE_BIRTH',
    );
    expectOnly((a) => void (a.workerSignedOn = '1899-12-31'), ['workerSignedOn'], 'DATE_TOO_EARLY');
  });

  it('checks mobile, postal code, hukou division code and bank card', () => {
    expectOnly((a) => void (a.mobile = '12812345678'), ['mobile'], 'MOBILE_FORMAT');
    expectOnly((a) => void (a.postalCode = '4634'), ['postalCode'], 'POSTAL_CODE_FORMAT');
    expectOnly(
      (a) => void (a.hukouRegionCode = '991726'),
      ['hukouRegionCode'],
      'DIVISION_CODE_PROVINCE',
    );
    expectOnly(
      (a) => void (a.bankCardNumber = '6222-0212'),
      ['bankCardNumber'],
      'BANK_CARD_FORMAT',
    );
    // A failed Luhn check is a warning (see archiveWarnings), never an error.
    expect(errorsOf(withChange((a) => void (a.bankCardNumber = '6222021234567890129')))).toEqual(
      [],
    );
  });
});

describe('causes (致困原因)', () => {
  it('needs one known primary cause', () => {
    expectOnly((a) => void (a.primaryCause = 'POVERTY'), ['primaryCause'], 'INVALID_OPTION');
  });

  it('allows at most three secondary causes', () => {
    const error = expectOnly(
      (a) => void (a.secondaryCauses = ['LAID_OFF', 'ACCIDENT', 'NATURAL_DISASTER', 'OTHER']),
      ['secondaryCauses'],
      'SECONDARY_CAUSES_TOO_MANY',
    );
    expect(error.message).toContain('4');
  });

  it('refuses a repeated secondary cause, at the repeat', () => {
    expectOnly(
      (a) => void (a.secondaryCauses = ['LAID_OFF', 'LAID_OFF']),
      ['secondaryCauses', '1'],
      'SECONDARY_CAUSE_DUPLICATE',
    );
  });

  it('refuses a secondary cause equal to the primary', () => {
    const error = expectOnly(
      (a) => void (a.secondaryCauses = ['LAID_OFF', 'SERIOUS_ILLNESS']),
      ['secondaryCauses', '1'],
      'SECONDARY_CAUSE_IS_PRIMARY',
    );
    expect(error.message).toContain('患重特大疾病');
  });

  it('refuses an unknown secondary cause', () => {
    expectOnly(
      (a) => void (a.secondaryCauses = ['LAZY']),
      ['secondaryCauses', '0'],
      'INVALID_OPTION',
    );
  });
});

describe('household members (家庭主要成员)', () => {
  it('allows up to 20 members', () => {
    const member = { name: '张某', relation: 'OTHER', sex: '1' };
    expect(
      errorsOf(
        withChange((a) => {
          a.householdSize = 21;
          a.members = Array.from({ length: 20 }, () => ({ ...member }));
        }),
      ),
    ).toEqual([]);
    expectOnly(
      (a) => {
        a.householdSize = 50;
        a.members = Array.from({ length: 21 }, () => ({ ...member }));
      },
      ['members'],
      'MEMBERS_TOO_MANY',
    );
  });

  it('asks for name, relation and sex, naming the row', () => {
    const error = expectOnly(
      (a) => void delete members(a)[1]!.name,
      ['members', '1', 'name'],
      'REQUIRED',
    );
    expect(error.message).toBe('第2位家庭成员：请填写姓名');
    expectOnly(
      (a) => void (members(a)[0]!.relation = ''),
      ['members', '0', 'relation'],
      'REQUIRED',
    );
    expectOnly(
      (a) => void (members(a)[0]!.sex = 'F'),
      ['members', '0', 'sex'],
      'NOT_IN_DICTIONARY',
    );
  });

  it('checks a member’s ID number and its agreement with birth date and sex', () => {
    expectOnly(
      (a) => void (members(a)[0]!.idNumber = '411726197703023621'),
      ['members', '0', 'idNumber'],
      'ID_NUMBER_CHECKSUM',
    );
    expectOnly(
      (a) => void (members(a)[0]!.birthDate = '1977-03-03'),
      ['members', '0', 'birthDate'],
      'BIRTH_DATE_MISMATCH',
    );
    expectOnly((a) => void (members(a)[1]!.sex = '2'), ['members', '1', 'sex'], 'SEX_MISMATCH');
  });

  it('refuses an ID number twice in a household, the worker’s included', () => {
    const withWorker = expectOnly(
      (a) => {
        members(a)[1]!.idNumber = WORKER_ID.toLowerCase();
        members(a)[1]!.birthDate = '1975-08-15';
      },
      ['members', '1', 'idNumber'],
      'ID_NUMBER_DUPLICATE_IN_HOUSEHOLD',
    );
    expect(withWorker.message).toContain('职工本人');
    const third = { name: '李秀英', relation: 'OTHER', sex: '2', idNumber: SPOUSE_ID };
    const twice = expectOnly(
      (a) => {
        a.householdSize = 4;
        members(a).push(third);
      },
      ['members', '2', 'idNumber'],
      'ID_NUMBER_DUPLICATE_IN_HOUSEHOLD',
    );
    expect(twice.message).toContain('第1位家庭成员');
    expect(SON_ID).not.toBe(SPOUSE_ID);
  });

  it('validates a member on its own too', () => {
    expect(memberInputSchema.safeParse({ name: '张磊', relation: 'SON', sex: '1' }).success).toBe(
      true,
    );
    const result = memberInputSchema.safeParse({
      name: '张磊',
      relation: 'SON',
      sex: '2',
      idNumber: SON_ID,
    });
    expect(result.success ? [] : toFieldErrors(result.error).map((e) => e.code)).toEqual([
      'SEX_MISMATCH',
    ]);
  });
});

describe('determination (确定是否为解困脱困对象)', () => {
  it('needs a date', () => {
    expectOnly(
      (a) => void delete determination(a).decidedOn,
      ['determination', 'decidedOn'],
      'REQUIRED',
    );
    expectOnly(
      (a) => void (determination(a).decidedOn = '2026-04-01'),
      ['determination', 'decidedOn'],
      'DATE_IN_FUTURE',
    );
  });

  it('needs at least one key group, measure and action plan for a target', () => {
    const errors = errorsOf(
      withChange((a) => {
        a.determination = { isTarget: true, decidedOn: '2026-03-10' };
      }),
    );
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      [['determination', 'keyGroups'], 'KEY_GROUPS_REQUIRED'],
      [['determination', 'measures'], 'MEASURES_REQUIRED'],
      [['determination', 'actionPlans'], 'ACTION_PLANS_REQUIRED'],
    ]);
  });

  it('needs a note for every "other" chosen', () => {
    expectOnly(
      (a) => void (determination(a).keyGroups = ['OTHER']),
      ['determination', 'keyGroupOther'],
      'KEY_GROUP_OTHER_NOTE_REQUIRED',
    );
    expectOnly(
      (a) => void (determination(a).measures = ['OTHER']),
      ['determination', 'measureOther'],
      'MEASURE_OTHER_NOTE_REQUIRED',
    );
    expectOnly(
      (a) => {
        determination(a).actionPlans = ['OTHER', 'SKILLS_TRAINING'];
        determination(a).actionPlanOther = '  ';
      },
      ['determination', 'actionPlanOther'],
      'ACTION_PLAN_OTHER_NOTE_REQUIRED',
    );
    const noted = withChange((a) => {
      determination(a).keyGroups = ['OTHER'];
      determination(a).keyGroupOther = '因病返贫的个体工商户';
    });
    expect(errorsOf(noted)).toEqual([]);
  });

  it('refuses repeats and unknown codes', () => {
    expectOnly(
      (a) => void (determination(a).measures = ['SOCIAL_ASSISTANCE', 'SOCIAL_ASSISTANCE']),
      ['determination', 'measures', '1'],
      'OPTION_DUPLICATE',
    );
    expectOnly(
      (a) => void (determination(a).actionPlans = ['PLAN_9']),
      ['determination', 'actionPlans', '0'],
      'INVALID_OPTION',
    );
  });

  it('does not classify a worker who is not a target', () => {
    const plain = { isTarget: false, decidedOn: '2026-03-10' };
    expect(determinationInputSchema.safeParse(plain).success).toBe(true);
    expectOnly(
      (a) => void (a.determination = { ...plain, keyGroups: ['EXPENDITURE_HARDSHIP'] }),
      ['determination', 'keyGroups'],
      'CLASSIFICATION_WITHOUT_TARGET',
    );
  });
});

describe('reporting', () => {
  it('reports every problem at once, each with a known code and a Chinese message', () => {
    const errors = errorsOf(
      withChange((a) => {
        a.name = '';
        a.idNumber = '411726197508153617';
        a.mobile = '123';
        a.secondaryCauses = ['SERIOUS_ILLNESS'];
        a.householdSize = 1;
        members(a)[0]!.idNumber = 'abc';
        determination(a).keyGroups = [];
      }),
    );
    expect(errors.map((e) => e.path.join('.')).sort()).toEqual(
      [
        'name',
        'idNumber',
        'mobile',
        'secondaryCauses.0',
        'householdSize',
        'members.0.idNumber',
        'determination.keyGroups',
      ].sort(),
    );
    for (const error of errors) {
      expect(Object.keys(ERROR_CODES)).toContain(error.code);
      expect(error.message).toMatch(/[\u4e00-\u9fff]/);
      for (const segment of error.path) expect(typeof segment).toBe('string');
    }
  });

  it('refuses what is not an archive at all', () => {
    for (const input of [null, 'archive', []]) {
      const errors = errorsOf(input);
      expect(errors).toEqual([
        {
          path: [],
          code: 'INVALID_TYPE',
          message: '档案信息的格式不正确',
          params: { label: '档案信息', labelEn: 'Archive' },
        },
      ]);
    }
  });
});
