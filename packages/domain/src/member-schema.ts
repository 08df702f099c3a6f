import { z } from 'zod';
import { MEMBER_FIELDS as F } from './fields.js';
import {
  dictionaryCode,
  fen,
  date,
  idNumber,
  issue,
  optional,
  required,
  shaped,
  text,
  type SchemaOptions,
} from './input-fields.js';
import { ON_ANY_OBJECT, idAgreement, resolveRules } from './rules.js';

const MEMBER_ROW = { label: '家庭成员信息', labelEn: 'Household member' };

/** One row of 家庭主要成员. Its ID number, when given, must agree with its birth date and sex. */
export function makeMemberInputSchema(options: SchemaOptions = {}) {
  const rules = resolveRules(options);
  const member = z
    .object({
      name: required(F.name, text(F.name)),
      relation: required(F.relation, dictionaryCode(F.relation, rules)),
      sex: required(F.sex, dictionaryCode(F.sex, rules)),
      politicalStatus: optional(dictionaryCode(F.politicalStatus, rules)),
      idNumber: optional(idNumber(F.idNumber, rules)),
      birthDate: optional(date(F.birthDate, rules)),
      health: optional(dictionaryCode(F.health, rules)),
      monthlyIncomeFen: optional(fen(F.monthlyIncomeFen)),
      memberStatus: optional(dictionaryCode(F.memberStatus, rules)),
      medicalInsurance: optional(dictionaryCode(F.medicalInsurance, rules)),
      employerOrSchool: optional(text(F.employerOrSchool)),
    })
    .superRefine((row, ctx) => {
      for (const { field, code, expected } of idAgreement(row, rules)) {
        ctx.addIssue(issue(code, expected, [field]));
      }
    }, ON_ANY_OBJECT);
  return shaped(MEMBER_ROW, 'object', member);
}

export const memberInputSchema = makeMemberInputSchema();
export type MemberInput = z.infer<typeof memberInputSchema>;
