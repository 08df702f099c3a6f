import { Checkbox, FormControl, FormControlLabel, FormHelperText } from '@mui/material';
import { useInput, useResourceContext, useTranslate, useTranslateLabel } from 'ra-core';
import { ArrayInput, SimpleFormIterator } from 'react-admin';
import { fieldErrorText } from '../i18n/field-error.js';
import { catalogueFor } from '../i18n/domain-labels.js';
import { model } from '../model.js';
import { guessInput, type InputProps } from './inputs.js';

/*
 * The guessed inputs a list's first load does without (loaded on demand by inputs.tsx): a list
 * shows them only once someone adds their filter, or they belong to forms.
 */

export {
  DateInput,
  DateTimeInput,
  NumberInput,
  PasswordInput,
  SelectArrayInput,
} from 'react-admin';

export function CheckboxInput({ source, label, helperText, validate }: InputProps) {
  const translate = useTranslate();
  const translateLabel = useTranslateLabel();
  const resource = useResourceContext();
  const { field, fieldState, isRequired } = useInput({ source, validate, defaultValue: null });
  const error = fieldErrorText(fieldState.error?.message, translate);
  return (
    <FormControl error={fieldState.invalid} margin="dense">
      <FormControlLabel
        control={
          <Checkbox
            checked={field.value === true}
            onChange={(e) => field.onChange(e.target.checked)}
            name={field.name}
          />
        }
        label={`${translateLabel({ label, resource, source })}${isRequired ? ' *' : ''}`}
      />
      {(error || helperText) && <FormHelperText>{error ?? helperText}</FormHelperText>}
    </FormControl>
  );
}

export function EmbeddedListInput({ typeName, ...props }: InputProps & { typeName: string }) {
  const input = model.inputs[typeName];
  if (!input) return null;
  const catalogue = catalogueFor(input.fields.map((f) => f.name));
  return (
    <ArrayInput {...props}>
      <SimpleFormIterator inline>
        {input.fields.map((f) => guessInput(f, { catalogue }))}
      </SimpleFormIterator>
    </ArrayInput>
  );
}
