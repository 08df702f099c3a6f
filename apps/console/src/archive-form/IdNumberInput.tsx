import { SEX_CODES, parseIdNumber } from '@bangfu/domain';
import { TextField } from '@mui/material';
import { FieldTitle, useInput, useTranslate, type Validator } from 'ra-core';
import { useFormContext } from 'react-hook-form';
import { useLanguage } from '../guessers/hooks.js';
import { fieldErrorText } from '../i18n/field-error.js';
import { isMasked } from './form-values.js';
import { checkAsTyped } from './live-checks.js';

/*
 * 身份证号, checked as it is typed (GB 11643 via the domain's parseIdNumber): the count while
 * typing, the Chinese reason as soon as it cannot be right, and once it is right the birth date
 * and sex of the same person are filled in from it. A masked number read from the API is left
 * exactly as it is (sent back unchanged, the API keeps the stored number).
 */

export function IdNumberInput({
  source,
  label,
  prefix,
  validate,
  disabled,
  size,
}: {
  source: string;
  label: string;
  prefix: string;
  validate?: Validator;
  disabled?: boolean;
  size?: 'small';
}) {
  const translate = useTranslate();
  const lang = useLanguage();
  const { setValue } = useFormContext();
  const { field, fieldState, isRequired } = useInput({ source, validate, defaultValue: '' });
  const value = typeof field.value === 'string' ? field.value : '';
  const live = checkAsTyped(value, translate, lang);
  const submitted = fieldErrorText(fieldState.error?.message, translate);
  const message = live.error ?? submitted ?? live.hint;

  function onChange(text: string) {
    field.onChange(text);
    if (isMasked(text)) return;
    const parsed = parseIdNumber(text);
    if (!parsed.ok) return;
    const options = { shouldDirty: true, shouldValidate: true };
    setValue(`${prefix}birthDate`, parsed.birthDate, options);
    setValue(`${prefix}sex`, SEX_CODES[parsed.sex], options);
  }

  return (
    <TextField
      name={field.name}
      inputRef={field.ref}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onBlur={field.onBlur}
      label={<FieldTitle label={label} isRequired={isRequired} />}
      error={!!(live.error ?? submitted)}
      helperText={message ?? ' '}
      disabled={disabled}
      size={size}
      fullWidth
      margin="dense"
      className={`ra-input ra-input-${source}`}
      slotProps={{ htmlInput: { maxLength: 24, spellCheck: false, autoComplete: 'off' } }}
    />
  );
}
