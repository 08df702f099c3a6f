import { fenToYuan, parseYuan } from '@bangfu/domain';
import { InputAdornment, TextField } from '@mui/material';
import { FieldTitle, useInput, useTranslate, type Validator } from 'ra-core';
import { useEffect, useRef, useState } from 'react';
import { fieldErrorText } from '../i18n/field-error.js';

/*
 * Money typed in yuan ("1234.5", "¥1,234.50"), kept in the form as integer fen: the domain's
 * parseYuan reads the text with string arithmetic, never a float. Text that is not an amount
 * stays in the form as typed, so the form's check can say what is wrong with it.
 */

const asText = (value: unknown) =>
  typeof value === 'number' ? fenToYuan(value) : typeof value === 'string' ? value : '';

export function MoneyInput({
  source,
  label,
  validate,
  disabled,
  size,
}: {
  source: string;
  label: string;
  validate?: Validator;
  disabled?: boolean;
  size?: 'small';
}) {
  const translate = useTranslate();
  const { field, fieldState, isRequired } = useInput({ source, validate });
  const [text, setText] = useState(() => asText(field.value));
  const typing = useRef(false);

  // A value set from outside (a reset, the latest version loaded) replaces the text.
  useEffect(() => {
    if (!typing.current) setText(asText(field.value));
  }, [field.value]);

  function onChange(next: string) {
    typing.current = true;
    setText(next);
    if (next.trim() === '') return field.onChange(null);
    const parsed = parseYuan(next);
    field.onChange(parsed.ok ? parsed.value : next);
  }

  function onBlur() {
    typing.current = false;
    if (typeof field.value === 'number') setText(fenToYuan(field.value));
    field.onBlur();
  }

  const error = fieldErrorText(fieldState.error?.message, translate);
  return (
    <TextField
      name={field.name}
      inputRef={field.ref}
      value={text}
      onChange={(e) => onChange(e.target.value)}
      onBlur={onBlur}
      label={<FieldTitle label={label} isRequired={isRequired} />}
      error={!!error}
      helperText={error ?? ' '}
      disabled={disabled}
      size={size}
      fullWidth
      margin="dense"
      className={`ra-input ra-input-${source}`}
      slotProps={{
        input: {
          startAdornment: <InputAdornment position="start">¥</InputAdornment>,
        },
        htmlInput: { inputMode: 'decimal', autoComplete: 'off' },
      }}
    />
  );
}
