import type { FieldSpec } from '@bangfu/domain';
import type { ReactElement } from 'react';
import { guessField } from '../../guessers/fields.js';
import { guessInput, type InputGuessOptions } from '../../guessers/inputs.js';
import type { FieldModel, InputFieldModel } from '../../schema-model/types.js';
import { overrides } from '../overrides.js';

/** A field's display: the resource's override when it has one, else the guess. */
export function renderField(
  resource: string,
  field: FieldModel,
  options: { catalogue: Readonly<Record<string, FieldSpec>> | undefined; sortable?: boolean },
): ReactElement | null {
  const Override = overrides[resource]?.fields?.[field.name];
  if (Override) return <Override key={field.name} field={field} source={field.name} />;
  return guessField(field, options);
}

/** A field's input: the resource's override when it has one, else the guess. */
export function renderInput(
  resource: string,
  field: InputFieldModel,
  options: InputGuessOptions,
): ReactElement | null {
  const Override = overrides[resource]?.inputs?.[field.name];
  if (Override) return <Override key={field.name} field={field} source={field.name} />;
  return guessInput(field, options);
}
