import { Autocomplete, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'ra-core';
import { useDeferredValue, useState } from 'react';
import { client } from '../api.js';
import type { UnionLevel } from '../generated/graphql/graphql.js';
import { UnionChoicesQuery } from './queries.js';

export interface UnionChoice {
  id: string;
  name: string;
}

/** A union of the viewer's subtree, found by name or code as one types. */
export function UnionPicker({
  label,
  value,
  onChange,
  level,
  disabled,
}: {
  label: string;
  value: UnionChoice | null;
  onChange: (union: UnionChoice | null) => void;
  level?: UnionLevel;
  disabled?: boolean;
}) {
  const translate = useTranslate();
  const [typed, setTyped] = useState('');
  const search = useDeferredValue(typed);
  const { data, isFetching } = useQuery({
    queryKey: ['bangfu', 'unionChoices', search, level],
    queryFn: () => client(UnionChoicesQuery, { search: search || null, level: level ?? null }),
    enabled: !disabled,
  });
  const options: UnionChoice[] = data?.unions.edges.map((e) => e.node) ?? [];
  return (
    <Autocomplete
      sx={{ width: 360, maxWidth: '100%' }}
      options={value && !options.some((o) => o.id === value.id) ? [value, ...options] : options}
      value={value}
      disabled={disabled}
      loading={isFetching}
      filterOptions={(x) => x}
      getOptionLabel={(o) => o.name}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      noOptionsText={translate('bangfu.print.unionPicker.none')}
      onChange={(_event, union) => onChange(union)}
      onInputChange={(_event, text, reason) => {
        if (reason === 'input') setTyped(text);
      }}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          placeholder={translate('bangfu.print.unionPicker.search')}
        />
      )}
    />
  );
}
