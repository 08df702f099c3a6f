import type { DictionaryName, FieldSpec } from '@bangfu/domain';
import { InputAdornment } from '@mui/material';
import { required } from 'ra-core';
import { DateInput, NumberInput, SelectInput, TextInput } from 'react-admin';
import { useDictionary, useLanguage } from '../guessers/hooks.js';
import { CheckboxInput } from '../guessers/inputs.js';
import { IdNumberInput } from './IdNumberInput.js';
import { MoneyInput } from './MoneyInput.js';

/*
 * One input of the archive form, chosen by the domain's field kind (the seed form's idea of the
 * field, finer than GraphQL's String), labelled with the seed's wording and * when required.
 * Validation itself is the whole form's (the domain's zod schema); `required()` here only
 * marks the label.
 */

export interface FieldInputProps {
  spec: FieldSpec;
  /** Where the value lives in the form ('name', 'members.2.idNumber'). */
  source: string;
  /** The same row's fields, for inputs that fill in others (ID number → birth date, sex). */
  prefix?: string;
  /** Compact inputs for the household members' table. */
  dense?: boolean;
  disabled?: boolean;
}

export function DictionarySelect({
  dictionary,
  ...props
}: {
  dictionary: DictionaryName;
  source: string;
  label: string;
  validate?: ReturnType<typeof required>;
  dense?: boolean;
  helperText?: string | false;
  disabled?: boolean;
}) {
  const lang = useLanguage();
  const choices = useDictionary(dictionary).map((e) => ({
    id: e.code,
    name: lang === 'en' ? e.labelEn : e.label,
    disabled: e.retired,
  }));
  return (
    <SelectInput
      source={props.source}
      label={props.label}
      validate={props.validate}
      choices={choices}
      translateChoice={false}
      emptyText=""
      helperText={props.helperText ?? false}
      disabled={props.disabled}
      size={props.dense ? 'small' : undefined}
      fullWidth
    />
  );
}

export function FieldInput({ spec, source, prefix = '', dense, disabled }: FieldInputProps) {
  const lang = useLanguage();
  const label = lang === 'en' ? spec.labelEn : spec.label;
  const common = {
    source,
    label,
    disabled,
    fullWidth: true,
    helperText: false as const,
    size: dense ? ('small' as const) : undefined,
    ...(spec.required ? { validate: required() } : {}),
  };
  switch (spec.kind) {
    case 'idNumber':
      return <IdNumberInput {...common} prefix={prefix} />;
    case 'fen':
      return <MoneyInput {...common} />;
    case 'date':
      return <DateInput {...common} />;
    case 'dictionary':
      return <DictionarySelect {...common} dense={dense} dictionary={spec.dictionary!} />;
    case 'bool':
      return <CheckboxInput source={source} label={label} />;
    case 'int':
      return <NumberInput {...common} step={1} />;
    case 'decimal':
      return (
        <NumberInput
          {...common}
          step={0.01}
          slotProps={
            spec.unit
              ? {
                  input: {
                    endAdornment: <InputAdornment position="end">{spec.unit}</InputAdornment>,
                  },
                }
              : undefined
          }
        />
      );
    default:
      return <TextInput {...common} multiline={(spec.maxLength ?? 0) > 200} />;
  }
}
