import { ethnicity } from './ethnicity.js';
import { housingType, hukouType, medicalInsurance } from './living.js';
import { health, maritalStatus, memberStatus, relation } from './person.js';
import {
  disabilityCategory,
  disabilityGrade,
  industry,
  politicalStatus,
  sex,
} from './standards.js';
import { employerType, enterpriseStatus, modelWorkerType, workStatus } from './work.js';
import {
  applicationChannel,
  attachmentType,
  exitReason,
  hardshipCategory,
  spotCheckResult,
} from './archive.js';
import type { Dictionary, DictionaryEntry } from './types.js';
import { toLocale, type Locale } from '../locale.js';

export type { Dictionary, DictionaryEntry } from './types.js';
export { HEALTH_DISABLED } from './person.js';
export { DICTIONARY_CODE_MAX, validateDictionaryCode } from './code.js';

/** The defaults shipped for every editable dictionary, keyed by the field each one serves. */
export const DEFAULT_DICTIONARIES = {
  hardshipCategory,
  ethnicity,
  politicalStatus,
  sex,
  health,
  disabilityCategory,
  disabilityGrade,
  workStatus,
  modelWorkerType,
  housingType,
  maritalStatus,
  hukouType,
  industry,
  employerType,
  enterpriseStatus,
  medicalInsurance,
  relation,
  memberStatus,
  exitReason,
  spotCheckResult,
  attachmentType,
  applicationChannel,
} as const satisfies Record<string, Dictionary>;

export type DictionaryName = keyof typeof DEFAULT_DICTIONARIES;

export const DICTIONARY_NAMES = Object.keys(DEFAULT_DICTIONARIES) as DictionaryName[];

/** Whether `code` may be chosen in `dictionary` when only the shipped defaults exist. */
export function isDefaultSelectable(dictionary: DictionaryName, code: string): boolean {
  return findDefaultEntry(dictionary, code) !== undefined;
}

/** The default entry of `dictionary` with `code`, if shipped. */
export function findDefaultEntry(
  dictionary: DictionaryName,
  code: string,
): DictionaryEntry | undefined {
  return DEFAULT_DICTIONARIES[dictionary].entries.find((e) => e.code === code);
}

/** The label of a code in the default dictionaries; the code itself when unknown (never blank). */
export function dictionaryLabel(
  dictionary: DictionaryName,
  code: string,
  locale: 'zh' | Locale = 'zh',
): string {
  const entry = findDefaultEntry(dictionary, code);
  if (!entry) return code;
  return toLocale(locale) === 'en' ? entry.labelEn : entry.label;
}
