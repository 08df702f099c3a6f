import { z } from 'zod';
import { HARDSHIP_CAUSES, MAX_SECONDARY_CAUSES } from './causes.js';
import { validateMobile, validatePostalCode } from './contact.js';
import { isIsoDate } from './dates.js';
import { makeDeterminationInputSchema } from './determination-schema.js';
import { isFixedCode } from './enumeration.js';
import type { MessageParams } from './error-codes.js';
import { HEALTH_DISABLED } from './dictionaries/index.js';
import { normalizeIdNumber } from './id-number.js';
import { validateBankCard } from './bank-card.js';
import { ARCHIVE_FIELDS as F } from './fields.js';
import {
  bool,
  date,
  defaulted,
  dictionaryCode,
  fen,
  fixedCode,
  fixedCodes,
  idNumber,
  issue,
  optional,
  required,
  shaped,
  text,
  typedNumber,
  validated,
  type Rules,
  type SchemaOptions,
} from './input-fields.js';
import { makeMemberInputSchema } from './member-schema.js';
import { validateDivisionCode } from './region.js';
import {
  ON_ANY_ARRAY,
  ON_ANY_OBJECT,
  idAgreement,
  parsedId,
  resolveRules,
  stringOf,
} from './rules.js';

/** 家庭主要成员: the form prints four rows; larger households are real, so allow up to 20. */
export const MAX_MEMBERS = 20;
const MAX_HOUSEHOLD_SIZE = 50;
const MAX_FLOOR_AREA = 10_000;

function isHouseholdSize(value: unknown): value is number {
  return (
    Number.isInteger(value) && (value as number) >= 1 && (value as number) <= MAX_HOUSEHOLD_SIZE
  );
}

// Typed as text, a size or an area is read from its digits ("３", "85.5平方米").
const AREA_UNIT = /\s*(?:m2|m²|㎡|平方米|平米)$/i;

function householdSize() {
  return z.unknown().transform((value, ctx) => {
    const size = typedNumber(value);
    if (isHouseholdSize(size)) return size;
    ctx.addIssue(issue('HOUSEHOLD_SIZE_RANGE'));
    return z.NEVER;
  });
}

function floorArea() {
  return z.unknown().transform((value, ctx) => {
    const area = typedNumber(value, AREA_UNIT);
    // Two decimals at most, judged on the shortest decimal form so 85.1 passes and 85.123 fails.
    if (
      typeof area === 'number' &&
      area >= 0 &&
      area <= MAX_FLOOR_AREA &&
      /^\d+(\.\d{1,2})?$/.test(String(area))
    ) {
      return area;
    }
    ctx.addIssue(issue('FLOOR_AREA_INVALID'));
    return z.NEVER;
  });
}

const MEMBERS = { label: '家庭主要成员', labelEn: 'Household members' };
const ARCHIVE = { label: '档案信息', labelEn: 'Archive' };

function members(rules: Rules) {
  const list = z.array(makeMemberInputSchema(rules)).superRefine((rows, ctx) => {
    if (rows.length > MAX_MEMBERS) ctx.addIssue(issue('MEMBERS_TOO_MANY', { max: MAX_MEMBERS }));
  }, ON_ANY_ARRAY);
  return defaulted(shaped(MEMBERS, 'array', list), []);
}

/**
 * The archive input (困难职工档案表) as the API and the console accept it. Not in it: `number`
 * (generated on creation) and `monthlyIncomePerMemberFen` (always derived, never typed in).
 * Dictionaries are edited at run time, so the API builds the schema with its own `isSelectable`;
 * `archiveInputSchema` uses the shipped defaults.
 */
export function makeArchiveInputSchema(options: SchemaOptions = {}) {
  const rules = resolveRules(options);
  const form = z
    .object({
      hardshipCategory: required(F.hardshipCategory, dictionaryCode(F.hardshipCategory, rules)),
      name: required(F.name, text(F.name)),
      ethnicity: required(F.ethnicity, dictionaryCode(F.ethnicity, rules)),
      sex: required(F.sex, dictionaryCode(F.sex, rules)),
      politicalStatus: required(F.politicalStatus, dictionaryCode(F.politicalStatus, rules)),
      idNumber: required(F.idNumber, idNumber(F.idNumber, rules)),
      birthDate: required(F.birthDate, date(F.birthDate, rules)),
      health: required(F.health, dictionaryCode(F.health, rules)),
      disabilityCategory: optional(dictionaryCode(F.disabilityCategory, rules)),
      disabilityGrade: optional(dictionaryCode(F.disabilityGrade, rules)),
      workStatus: required(F.workStatus, dictionaryCode(F.workStatus, rules)),
      modelWorkerType: required(F.modelWorkerType, dictionaryCode(F.modelWorkerType, rules)),

      housingType: required(F.housingType, dictionaryCode(F.housingType, rules)),
      floorArea: optional(floorArea()),
      mobile: optional(validated(F.mobile, validateMobile)),
      otherContact: optional(text(F.otherContact)),
      postalCode: optional(validated(F.postalCode, validatePostalCode)),
      workStartDate: required(F.workStartDate, date(F.workStartDate, rules)),
      industry: required(F.industry, dictionaryCode(F.industry, rules)),
      maritalStatus: required(F.maritalStatus, dictionaryCode(F.maritalStatus, rules)),
      hukouType: required(F.hukouType, dictionaryCode(F.hukouType, rules)),

      address: required(F.address, text(F.address)),
      employer: optional(text(F.employer)),
      employerType: optional(dictionaryCode(F.employerType, rules)),
      enterpriseStatus: optional(dictionaryCode(F.enterpriseStatus, rules)),
      singleParent: defaulted(bool(F.singleParent), false),

      monthlyIncomeFen: required(F.monthlyIncomeFen, fen(F.monthlyIncomeFen)),
      otherAnnualIncomeFen: required(F.otherAnnualIncomeFen, fen(F.otherAnnualIncomeFen)),
      householdAnnualIncomeFen: required(
        F.householdAnnualIncomeFen,
        fen(F.householdAnnualIncomeFen),
      ),
      householdSize: required(F.householdSize, householdSize()),
      hukouRegionCode: required(
        F.hukouRegionCode,
        validated(F.hukouRegionCode, (v) => validateDivisionCode(v, F.hukouRegionCode.label)),
      ),
      medicalInsurance: required(F.medicalInsurance, dictionaryCode(F.medicalInsurance, rules)),
      seriousIllnessInsurance: optional(bool(F.seriousIllnessInsurance)),
      medicalMutualAid: optional(bool(F.medicalMutualAid)),
      canSelfHelp: optional(bool(F.canSelfHelp)),
      zeroEmployment: optional(bool(F.zeroEmployment)),

      members: members(rules),

      primaryCause: required(F.primaryCause, fixedCode(HARDSHIP_CAUSES, F.primaryCause)),
      secondaryCauses: fixedCodes(HARDSHIP_CAUSES, F.secondaryCauses),

      bankName: optional(text(F.bankName)),
      bankBranch: optional(text(F.bankBranch)),
      bankCardNumber: optional(validated(F.bankCardNumber, validateBankCard)),

      remarks: optional(text(F.remarks)),
      workerSignedOn: optional(date(F.workerSignedOn, rules)),
      archivist: required(F.archivist, text(F.archivist)),
      reviewer: required(F.reviewer, text(F.reviewer)),
      enteredBy: optional(text(F.enteredBy)),
      assistanceUnit: optional(text(F.assistanceUnit)),
      assistancePerson: optional(text(F.assistancePerson)),

      determination: optional(makeDeterminationInputSchema(rules)),
    })
    .superRefine((archive, ctx) => {
      const add = (...args: Parameters<typeof issue>) => ctx.addIssue(issue(...args));

      for (const { field, code, expected } of idAgreement(archive, rules))
        add(code, expected, [field]);

      if (archive.health === HEALTH_DISABLED) {
        if (!stringOf(archive.disabilityCategory))
          add('DISABILITY_CATEGORY_REQUIRED', {}, ['disabilityCategory']);
        if (!stringOf(archive.disabilityGrade))
          add('DISABILITY_GRADE_REQUIRED', {}, ['disabilityGrade']);
      } else if (stringOf(archive.disabilityGrade) && !stringOf(archive.disabilityCategory)) {
        add('DISABILITY_GRADE_WITHOUT_CATEGORY', {}, ['disabilityCategory']);
      }

      const { birthDate, workStartDate } = archive;
      if (isIsoDate(birthDate) && isIsoDate(workStartDate) && workStartDate <= birthDate) {
        add('WORK_START_BEFORE_BIRTH', {}, ['workStartDate']);
      }

      // An error, not a warning: 家庭人口 divides the household income, and a size smaller than
      // the people listed would inflate the per-member income that decides the hardship category.
      const memberList: unknown[] = Array.isArray(archive.members) ? archive.members : [];
      const size = archive.householdSize;
      if (isHouseholdSize(size) && size < memberList.length + 1) {
        add('HOUSEHOLD_SIZE_TOO_SMALL', { size, count: memberList.length + 1 }, ['householdSize']);
      }

      checkCauses(archive.primaryCause, archive.secondaryCauses, add);
      checkHouseholdIds(archive.idNumber, memberList, rules, add);
    }, ON_ANY_OBJECT);
  return shaped(ARCHIVE, 'object', form);
}

type Add = (...args: Parameters<typeof issue>) => void;

/** 主要致困原因限选一项, 次要致困原因最多选三项, and a secondary cause never repeats the primary. */
function checkCauses(primary: unknown, secondary: unknown, add: Add): void {
  const chosen: unknown[] = Array.isArray(secondary) ? secondary : [];
  if (chosen.length > MAX_SECONDARY_CAUSES) {
    add('SECONDARY_CAUSES_TOO_MANY', { count: chosen.length }, ['secondaryCauses']);
  }
  const named = (code: unknown): MessageParams => {
    const cause = isFixedCode(HARDSHIP_CAUSES, code) ? HARDSHIP_CAUSES[code] : undefined;
    return cause ? { value: cause.label, valueEn: cause.labelEn } : { value: String(code) };
  };
  chosen.forEach((code, i) => {
    if (code === primary) {
      add('SECONDARY_CAUSE_IS_PRIMARY', named(code), ['secondaryCauses', i]);
    } else if (chosen.indexOf(code) !== i) {
      add('SECONDARY_CAUSE_DUPLICATE', named(code), ['secondaryCauses', i]);
    }
  });
}

/** 一户一档: an ID number appears once per household, the worker's included. */
function checkHouseholdIds(workerId: unknown, memberList: unknown[], rules: Rules, add: Add): void {
  const seen = new Map<string, { other: string; otherEn: string }>();
  const worker = parsedId(workerId, rules);
  if (worker?.ok) {
    seen.set(normalizeIdNumber(String(workerId)), { other: '职工本人', otherEn: 'the worker' });
  }
  memberList.forEach((member, i) => {
    if (typeof member !== 'object' || member === null) return;
    const value = (member as Record<string, unknown>).idNumber;
    if (!parsedId(value, rules)?.ok) return;
    const id = normalizeIdNumber(String(value));
    const other = seen.get(id);
    if (other) add('ID_NUMBER_DUPLICATE_IN_HOUSEHOLD', other, ['members', i, 'idNumber']);
    else seen.set(id, { other: `第${i + 1}位家庭成员`, otherEn: `household member ${i + 1}` });
  });
}

export const archiveInputSchema = makeArchiveInputSchema();
export type ArchiveInput = z.infer<typeof archiveInputSchema>;
