import { AutocompleteInput, ReferenceInput } from 'react-admin';
import { model } from '../model.js';
import type { InputProps } from './inputs.js';

/** A reference id typed by searching the referenced resource (loaded on demand by inputs.tsx). */
export default function ReferenceIdInput({
  reference,
  ...props
}: InputProps & { reference: string }) {
  const target = model.resources[reference]!;
  const searchable = target.list.filters.some((f) => f.name === 'search');
  return (
    <ReferenceInput source={props.source} reference={reference} alwaysOn={props.alwaysOn}>
      <AutocompleteInput
        label={props.label}
        helperText={props.helperText}
        validate={props.validate}
        optionText={target.representation}
        filterToQuery={(q: string) => (searchable && q ? { search: q } : {})}
        sx={{ minWidth: 280 }}
      />
    </ReferenceInput>
  );
}
