import { type FieldSpec } from '@bangfu/domain';
import { ActionPlanEnum, HardshipCauseEnum, KeyGroupEnum, MeasureEnum } from './archive-enums.js';

/**
 * The archive form's fields come from the domain catalogue (ARCHIVE_FIELDS, MEMBER_FIELDS,
 * DETERMINATION_FIELDS): one vocabulary and one set of labels for the API, console and
 * spreadsheets. This maps a field's kind to its GraphQL type.
 */
export const LIST_ENUMS = {
  primaryCause: HardshipCauseEnum,
  secondaryCauses: HardshipCauseEnum,
  keyGroups: KeyGroupEnum,
  measures: MeasureEnum,
  actionPlans: ActionPlanEnum,
} as const;

export const describe = (spec: FieldSpec, extra = '') =>
  `${spec.label}${spec.required ? '（必填）' : ''}${extra}。${spec.labelEn}${spec.required ? ' (required)' : ''}.`;

/**
 * Input types are deliberately loose (every field nullable, dates as strings) so that every
 * problem reaches the domain validator and comes back as a ValidationError naming the field,
 * instead of failing GraphQL's variable coercion with no path.
 */
export function inputType(spec: FieldSpec): unknown {
  switch (spec.kind) {
    case 'fen':
    case 'int':
      return 'Int';
    case 'decimal':
      return 'Float';
    case 'bool':
      return 'Boolean';
    case 'enum':
      return LIST_ENUMS[spec.list!];
    case 'enumList':
      return [LIST_ENUMS[spec.list!]];
    default:
      return 'String';
  }
}

/** Output types: dates are the Date scalar, the rest as on input. */
export function outputType(spec: FieldSpec): unknown {
  return spec.kind === 'date' ? 'Date' : inputType(spec);
}

/** Fields that are not plain input: generated, derived, or uploaded separately. */
export const NOT_INPUT = new Set(['number', 'monthlyIncomePerMemberFen', 'attachments']);
