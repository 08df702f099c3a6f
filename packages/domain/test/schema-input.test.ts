import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  ARCHIVE_FIELDS,
  DETERMINATION_FIELDS,
  MEMBER_FIELDS,
  makeArchiveInputSchema,
  makeDeterminationInputSchema,
  makeMemberInputSchema,
  toFieldErrors,
  type FieldError,
} from '../src/index.js';
import { TODAY, validArchive } from './fixtures.js';
import { anyText, expectWellFormed, toFullWidth } from './typed-arbitraries.js';

const options = { today: () => TODAY };
const schema = makeArchiveInputSchema(options);

type Parser = { safeParse: (input: unknown) => { success: boolean; error?: z.ZodError } };

function errorsOf(input: unknown, parse: Parser = schema): FieldError[] {
  const result = parse.safeParse(input);
  return result.success || !result.error ? [] : toFieldErrors(result.error);
}

// Whatever a form, a spreadsheet or a script may put in a field.
const anyValue = fc.oneof(
  { weight: 6, arbitrary: anyText },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      null,
      undefined,
      Number.NaN,
      Infinity,
      -1,
      1.5,
      2 ** 53,
      true,
      [],
      {},
    ),
  },
  { weight: 1, arbitrary: fc.integer() },
);

type Place = (archive: Record<string, unknown>, value: unknown) => void;

const fieldPlaces: [path: string, place: Place][] = [
  ...Object.values(ARCHIVE_FIELDS)
    .filter((f) => !('computed' in f))
    .map((f): [string, Place] => [f.name, (a, v) => void (a[f.name] = v)]),
  ...Object.keys(MEMBER_FIELDS).map((name): [string, Place] => [
    `members.0.${name}`,
    (a, v) => void ((a.members as Record<string, unknown>[])[0]![name] = v),
  ]),
  ...Object.keys(DETERMINATION_FIELDS).map((name): [string, Place] => [
    `determination.${name}`,
    (a, v) => void ((a.determination as Record<string, unknown>)[name] = v),
  ]),
];

describe('every field of the archive form, whatever is typed into it', () => {
  it.each(fieldPlaces)(
    '%s: never throws, every problem a known code in both languages',
    (_, place) => {
      fc.assert(
        fc.property(anyValue, (value) => {
          const archive = validArchive();
          place(archive, value);
          for (const error of errorsOf(archive)) {
            expect(error.path.every((segment) => typeof segment === 'string')).toBe(true);
            expectWellFormed(error);
          }
        }),
        { numRuns: 60 },
      );
    },
  );

  it('the whole input may be anything', () => {
    const member = makeMemberInputSchema(options);
    const determination = makeDeterminationInputSchema(options);
    fc.assert(
      fc.property(fc.anything(), (input) => {
        for (const parse of [schema, member, determination]) {
          for (const error of errorsOf(input, parse)) expectWellFormed(error);
        }
      }),
    );
  });
});

const TEXT_FIELDS = fieldPlaces.filter(([path]) => {
  const [head, , member] = path.split('.');
  const field =
    head === 'members'
      ? MEMBER_FIELDS[member as keyof typeof MEMBER_FIELDS]
      : head === 'determination'
        ? DETERMINATION_FIELDS[path.split('.')[1] as keyof typeof DETERMINATION_FIELDS]
        : ARCHIVE_FIELDS[head as keyof typeof ARCHIVE_FIELDS];
  return field.kind === 'text';
});

describe('free text', () => {
  it.each(TEXT_FIELDS)('%s refuses a NUL byte with its own code, at the field', (path, place) => {
    const archive = validArchive();
    place(archive, '王\u0000建设');
    const errors = errorsOf(archive);
    expect(errors.map((e) => [e.path.join('.'), e.code])).toEqual([
      [path, 'TEXT_CONTROL_CHARACTER'],
    ]);
    expectWellFormed(errors[0]!);
  });

  it('keeps new lines in remarks, Windows ones made plain', () => {
    const result = schema.safeParse({ ...validArchive(), remarks: '第一行\r\n第二行' });
    expect(result.success && result.data.remarks).toBe('第一行\n第二行');
  });
});

// Typed fields of the fixture and the value each holds, as a person would type them again.
const TYPED_FIELDS: [
  path: string,
  place: Place,
  typedAs: (a: Record<string, unknown>) => string,
][] = [
  ['idNumber', (a, v) => void (a.idNumber = v), (a) => String(a.idNumber)],
  ['birthDate', (a, v) => void (a.birthDate = v), (a) => String(a.birthDate)],
  ['mobile', (a, v) => void (a.mobile = v), (a) => `+86 ${String(a.mobile)}`],
  ['postalCode', (a, v) => void (a.postalCode = v), (a) => String(a.postalCode)],
  ['workStartDate', (a, v) => void (a.workStartDate = v), () => '1994/7/1'],
  ['hukouRegionCode', (a, v) => void (a.hukouRegionCode = v), (a) => String(a.hukouRegionCode)],
  ['householdSize', (a, v) => void (a.householdSize = v), (a) => String(a.householdSize)],
  ['floorArea', (a, v) => void (a.floorArea = v), (a) => `${String(a.floorArea)}平方米`],
  ['bankCardNumber', (a, v) => void (a.bankCardNumber = v), () => '6222 0212 3456 7890 128'],
  ['workerSignedOn', (a, v) => void (a.workerSignedOn = v), () => '2026年3月1日'],
  [
    'members.0.idNumber',
    (a, v) => void ((a.members as Record<string, unknown>[])[0]!.idNumber = v),
    (a) => String((a.members as Record<string, unknown>[])[0]!.idNumber),
  ],
  [
    'determination.decidedOn',
    (a, v) => void ((a.determination as Record<string, unknown>).decidedOn = v),
    () => '20260310',
  ],
];

describe('typed fields', () => {
  const expected = schema.parse(validArchive());

  it.each(TYPED_FIELDS)(
    '%s typed in full width, with spaces, gives the same archive',
    (_, place, typedAs) => {
      for (const variant of [
        (t: string) => t,
        toFullWidth,
        (t: string) => `\u3000${toFullWidth(t)} `,
      ]) {
        const archive = validArchive();
        place(archive, variant(typedAs(archive)));
        const result = schema.safeParse(archive);
        expect(result.success ? [] : toFieldErrors(result.error)).toEqual([]);
        expect(result.data).toEqual(expected);
      }
    },
  );

  it('refuses money beyond its field’s bound, naming the bound', () => {
    const errors = errorsOf({ ...validArchive(), householdAnnualIncomeFen: 2_147_483_647 });
    expect(errors).toEqual([
      {
        path: ['householdAnnualIncomeFen'],
        code: 'FEN_TOO_LARGE',
        message: '家庭年度总收入不能超过2,000,000元，请检查是否多输了位数',
        params: {
          label: '家庭年度总收入',
          labelEn: 'Total household income per year',
          max: '2,000,000',
        },
      },
    ]);
    const member = validArchive();
    (member.members as Record<string, unknown>[])[0]!.monthlyIncomeFen = 10_000_001;
    expect(errorsOf(member).map((e) => [e.path.join('.'), e.code])).toEqual([
      ['members.0.monthlyIncomeFen', 'FEN_TOO_LARGE'],
    ]);
  });

  it('refuses a size or an area that is not a number, with the field’s own code', () => {
    for (const size of ['三', '3人', '', '-1', '1e1']) {
      const errors = errorsOf({ ...validArchive(), householdSize: size });
      expect(errors.map((e) => e.code)).toEqual([
        size === '' ? 'REQUIRED' : 'HOUSEHOLD_SIZE_RANGE',
      ]);
    }
    for (const area of ['大约50', '50..5', '∞', '1e3']) {
      expect(errorsOf({ ...validArchive(), floorArea: area }).map((e) => e.code)).toEqual([
        'FLOOR_AREA_INVALID',
      ]);
    }
  });
});
