/**
 * @bangfu/domain — the vocabulary of 困难职工解困脱困建档立卡: the seed's fixed lists, the
 * editable dictionaries' defaults, labels (zh-CN, en), validators, money and masking helpers,
 * and the archive input schema shared by the API and the console. No server code.
 */
export * from './causes.js';
export * from './classification.js';
export { OTHER, fixedEntries, isFixedCode, type FixedEntry } from './enumeration.js';
export * from './fixed-lists.js';
export * from './union-levels.js';
export * from './roles.js';
export * from './workflow.js';
export * from './dictionaries/index.js';

export type { Check, Problem } from './check.js';
export * from './locale.js';
export { normalizeTyped, unprintableCharacter, excerpt } from './typing.js';
export { englishLabel, labelParams, type FieldLabel } from './labels.js';
export * from './error-codes.js';
export { ERROR_CODES_EN } from './error-codes-en.js';
export * from './free-text.js';
export * from './dates.js';
export * from './notice.js';
export * from './region.js';
export * from './id-number.js';
export * from './contact.js';
export * from './bank-card.js';
export * from './money.js';
export * from './mask.js';
export * from './archive-number.js';
export * from './assistance.js';
export * from './attachments.js';
export * from './password.js';

export * from './fields.js';
export type { SchemaOptions } from './input-fields.js';
export * from './member-schema.js';
export * from './determination-schema.js';
export * from './archive-schema.js';
export * from './field-errors.js';
export * from './archive-warnings.js';
