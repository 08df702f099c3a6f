import type { ErrorCode } from './error-codes.js';

/**
 * The English template of every code, for the console's English mode (the API's `message` stays
 * Chinese). Same slots as the Chinese template; a slot `x` is filled from `xEn` when the error
 * carries one (a label, a dictionary entry), else from `x`.
 */
export const ERROR_CODES_EN = {
  // Any field
  REQUIRED: '{label} is required',
  INVALID_TYPE: '{label} is not in the right format',
  TEXT_TOO_LONG: '{label} cannot be longer than {max} characters; please shorten it',
  TEXT_CONTROL_CHARACTER:
    '{label} contains a character that cannot be shown ({char}), usually pasted in from elsewhere; delete it and type the text again',
  INVALID_OPTION: 'Choose {label} from the options given',
  NOT_IN_DICTIONARY:
    'The option "{value}" of {label} does not exist or has been retired; choose again',
  OPTION_DUPLICATE: '"{value}" is chosen twice in {label}; remove the repeat',
  // Dates
  DATE_FORMAT: '{label} must be a date written year-month-day, e.g. 2016-07-13',
  DATE_INVALID: '{label} "{value}" is not a real date; check it',
  DATE_TOO_EARLY: '{label} cannot be before 1900',
  DATE_IN_FUTURE: '{label} cannot be later than today',
  YEAR_MONTH_FORMAT: '{label} must be a month written year-month, e.g. 2027-06',
  // Money and numbers
  FEN_NOT_INTEGER: '{label} must be a whole number of fen',
  FEN_NEGATIVE: '{label} cannot be negative',
  FEN_TOO_LARGE: '{label} cannot be more than ¥{max}; check for extra digits',
  MONEY_FORMAT: '{label} "{value}" is not an amount; write digits, e.g. 1234.50',
  MONEY_INCOMPLETE:
    '{label} "{value}" is not finished: write one or two digits after the decimal point, e.g. 12.50',
  MONEY_SEPARATOR:
    '{label} "{value}" has a misplaced comma: commas only separate thousands (1,234.50); use a point for decimals',
  MONEY_NEGATIVE: '{label} cannot be negative',
  MONEY_TOO_MANY_DECIMALS: '{label} has at most two decimal places (fen)',
  MONEY_TOO_LARGE: '{label} cannot be more than ¥{max}; check for extra digits',
  FLOOR_AREA_INVALID:
    'Floor area must be a number from 0 to 10000 (square metres) with at most two decimals',
  HOUSEHOLD_SIZE_RANGE: 'Household size must be a whole number from 1 to 50',
  HOUSEHOLD_SIZE_TOO_SMALL:
    'Household size ({size}) is smaller than the worker plus the members listed ({count}); check the size or the members',
  // ID numbers (GB 11643-1999)
  ID_NUMBER_REQUIRED: 'Enter the ID number',
  ID_NUMBER_LEGACY_15:
    'This is an old 15-digit ID number; enter the 18-character second-generation number',
  ID_NUMBER_LENGTH: 'An ID number has 18 characters; this one has {length}',
  ID_NUMBER_FORMAT: 'An ID number is 17 digits followed by a digit or X',
  ID_NUMBER_REGION:
    'The first 6 digits of the ID number, "{value}", are not a valid division code; check them',
  ID_NUMBER_BIRTH_DATE:
    'Digits 7–14 of the ID number, "{value}", are not a valid date of birth; check them',
  ID_NUMBER_FUTURE: 'The date of birth in the ID number is later than today; check it',
  ID_NUMBER_CHECKSUM:
    'The check character of the ID number does not match (from the first 17 digits it should be "{expected}"); check each digit',
  BIRTH_DATE_MISMATCH: 'Date of birth does not match the ID number, which says {expected}',
  SEX_MISMATCH: 'Sex does not match the ID number, which says {expected}',
  ID_NUMBER_DUPLICATE_IN_HOUSEHOLD:
    'Same ID number as {other}; each ID number may appear only once in a household',
  // Contact, region, bank
  MOBILE_FORMAT: 'A mobile number is 11 digits starting with 1 (second digit 3–9)',
  MOBILE_IS_LANDLINE:
    '"{value}" is a landline: enter it under Other contact; a mobile number is 11 digits starting with 1',
  POSTAL_CODE_FORMAT: 'A postal code is 6 digits',
  PHONE_FORMAT:
    '{label} must be a mobile or a landline (area code and extension optional), e.g. 13812345678, 0371-65551234 or 0371-65551234 ext. 8021',
  DIVISION_CODE_FORMAT: '{label} must be a 6-digit division code',
  DIVISION_CODE_PROVINCE:
    'The first two digits of {label} "{value}" are not a valid province code; check them',
  BANK_CARD_FORMAT: 'A bank card number is 12 to 19 digits',
  // Person and household
  DISABILITY_CATEGORY_REQUIRED: 'Health is "disabled": enter the disability category',
  DISABILITY_GRADE_REQUIRED: 'Health is "disabled": enter the disability grade',
  DISABILITY_GRADE_WITHOUT_CATEGORY:
    'A disability grade is given: enter the disability category too',
  WORK_START_BEFORE_BIRTH: 'The date work started must be after the date of birth',
  MEMBERS_TOO_MANY: 'List at most {max} household members',
  // Causes
  SECONDARY_CAUSES_TOO_MANY: 'Choose at most three secondary causes; {count} are chosen',
  SECONDARY_CAUSE_DUPLICATE: 'Secondary cause "{value}" is chosen twice',
  SECONDARY_CAUSE_IS_PRIMARY: 'A secondary cause cannot be the primary cause ({value})',
  // Determination
  KEY_GROUPS_REQUIRED: 'For a target, choose at least one key group',
  MEASURES_REQUIRED: 'For a target, choose at least one measure',
  ACTION_PLANS_REQUIRED: 'For a target, choose at least one action plan',
  KEY_GROUP_OTHER_NOTE_REQUIRED: 'Key group "Other" is chosen: describe the situation',
  MEASURE_OTHER_NOTE_REQUIRED: 'Measure "Other" is chosen: describe the measure',
  ACTION_PLAN_OTHER_NOTE_REQUIRED: 'Action plan "Other" is chosen: describe the plan',
  CLASSIFICATION_WITHOUT_TARGET:
    '{label} can only be chosen for a worker determined to be a target',
  // Attachments and dictionary upkeep
  ATTACHMENT_EMPTY: 'The attachment is empty; choose the file again',
  ATTACHMENT_TOO_LARGE:
    'An attachment cannot be larger than {max} MB; compress it or scan fewer pages per file',
  ATTACHMENT_TYPE_NOT_ALLOWED:
    'An attachment must be a PDF, JPEG, PNG or WebP file (judged by its content; renaming it does not help)',
  ATTACHMENT_DAMAGED:
    'The attachment is not a complete, valid {format} file (it is damaged, or carries something besides the {format} content); export or scan it again',
  ATTACHMENT_ACTIVE_CONTENT:
    'The PDF contains scripts, automatic actions, embedded files or dynamic forms ({feature}) and cannot be uploaded; print it to PDF or scan it again',
  ATTACHMENT_ENCRYPTED:
    'The PDF is encrypted or password-protected, so its content cannot be checked; save it as an unencrypted PDF first',
  ATTACHMENT_TOO_MANY_PIXELS:
    'The image has too many pixels (about {megapixels} megapixels, at most {max}); make it smaller first',
  ATTACHMENT_QUOTA_EXCEEDED:
    'This union has used {used} MB of attachment storage (limit {quota} MB); a file of {size} MB does not fit. Removed attachments still take space: ask the system administrator to raise the limit',
  DICTIONARY_CODE_FORMAT:
    'A code is 1 to 4 digits, or a capital letter followed by capitals, digits and underscores (at most {max} characters), e.g. 14 or ELDERLY_CARE',
  // Passwords (sign-in)
  PASSWORD_TOO_SHORT: 'A password needs at least {min} characters',
  PASSWORD_TOO_LONG: 'A password cannot be longer than {max} characters',
  PASSWORD_BLANK: 'A password cannot be only spaces',
  PASSWORD_COMMON: 'This is a common password, easily guessed; choose another',
  PASSWORD_CONTAINS_USERNAME: 'A password cannot contain the username',
  // Warnings
  BANK_CARD_LUHN:
    'The check digit of the bank card number looks wrong; compare it with the card (you can still save)',
  HOUSEHOLD_INCOME_BELOW_PARTS:
    'Total household income per year (¥{total}) is below the monthly incomes × 12 plus the other non-wage income (¥{parts}); check it',
  NO_CONTACT:
    'No mobile or other contact is given: the contact card will have no way to reach the worker',
  RELATION_SEX_MISMATCH: 'Relation "{relation}" does not match sex "{sex}"; check them',
  WORK_START_UNDER_16:
    'Work started before the age of 16; check the date of birth and the date work started',
} as const satisfies Record<ErrorCode, string>;
