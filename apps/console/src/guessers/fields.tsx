import { formatFen, type DictionaryName, type FieldSpec } from '@bangfu/domain';
import { Chip, Stack } from '@mui/material';
import { useRecordContext } from 'ra-core';
import type { ReactElement } from 'react';
import { Link } from 'react-router-dom';
import {
  ArrayField,
  BooleanField,
  Datagrid,
  DateField,
  Labeled,
  NumberField,
  TextField,
} from 'react-admin';
import {
  catalogueFor,
  dictionaryOf,
  domainFieldLabel,
  enumValueLabels,
} from '../i18n/domain-labels.js';
import { model } from '../model.js';
import type { FieldModel } from '../schema-model/types.js';
import { useDictionary, useLanguage } from './hooks.js';

/*
 * Field guessers: a FieldModel's kind picks the component that shows it. Enums and dictionary
 * codes show their labels in the current language; references show the referenced record's
 * name as a link (the list query already selected it: no extra request per row).
 */

interface FieldProps {
  source: string;
  label?: string;
  sortable?: boolean;
}

function useValue(source: string): unknown {
  const record = useRecordContext();
  return source
    .split('.')
    .reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], record);
}

export function EnumField({ source, enumName }: FieldProps & { enumName: string }) {
  const value = useValue(source);
  const lang = useLanguage();
  const labels = enumValueLabels(model.enums[enumName]!);
  const values = Array.isArray(value) ? (value as string[]) : value == null ? [] : [String(value)];
  const text = (v: string) => labels.find((l) => l.value === v)?.label[lang] ?? v;
  if (!Array.isArray(value)) return <span>{values.map(text).join('')}</span>;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {values.map((v) => (
        <Chip key={v} size="small" label={text(v)} />
      ))}
    </Stack>
  );
}

export function DictionaryField({
  source,
  dictionary,
}: FieldProps & { dictionary: DictionaryName }) {
  const value = useValue(source);
  const lang = useLanguage();
  const entries = useDictionary(dictionary);
  if (value == null || value === '') return null;
  const entry = entries.find((e) => e.code === value);
  return <span>{entry ? (lang === 'en' ? entry.labelEn : entry.label) : String(value)}</span>;
}

/** Dates as people here write them: 2026年10月27日 in Chinese, the browser's way in English. */
export function LocalDateField({ showTime, ...props }: FieldProps & { showTime?: boolean }) {
  const lang = useLanguage();
  return <DateField {...props} showTime={showTime} locales={lang === 'en' ? undefined : 'zh-CN'} />;
}

export function MoneyField({ source }: FieldProps) {
  const value = useValue(source);
  return <span>{typeof value === 'number' ? formatFen(value) : ''}</span>;
}

/** A reference already embedded in the record (`union { id name }`), linked to its page. */
export function EmbeddedReferenceField({ source, reference }: FieldProps & { reference: string }) {
  const value = useValue(source) as
    Record<string, unknown> | Record<string, unknown>[] | null | undefined;
  const target = model.resources[reference];
  if (!value || !target) return null;
  const items = Array.isArray(value) ? value : [value];
  const name = (v: Record<string, unknown>) => String(v[target.representation] ?? v.id);
  const link = (v: Record<string, unknown>) =>
    `/${reference}/${encodeURIComponent(String(v.id))}${target.one ? '/show' : ''}`;
  if (!Array.isArray(value)) {
    return (
      <Link to={link(value)} onClick={(e) => e.stopPropagation()}>
        {name(value)}
      </Link>
    );
  }
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {items.map((v) => (
        <Chip
          key={String(v.id)}
          size="small"
          component={Link}
          to={link(v)}
          clickable
          label={name(v)}
        />
      ))}
    </Stack>
  );
}

function JsonField({ source }: FieldProps) {
  const value = useValue(source);
  return value == null ? null : (
    <pre style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{JSON.stringify(value, null, 2)}</pre>
  );
}

function ListOfStringsField({ source }: FieldProps) {
  const value = useValue(source);
  return <span>{Array.isArray(value) ? value.join('、') : ''}</span>;
}

/** An embedded object (a determination): its own fields, labelled, one under another. */
function EmbeddedField({ source, typeName }: FieldProps & { typeName: string }) {
  const lang = useLanguage();
  const value = useValue(source);
  const object = model.objects[typeName];
  if (!object || value == null) return null;
  const catalogue = catalogueFor(object.fields.map((f) => f.name));
  return (
    <Stack spacing={1}>
      {object.fields.map((f) => (
        <Labeled key={f.name} label={(domainFieldLabel(catalogue, f.name) ?? f.label)[lang]}>
          {guessField({ ...f, name: `${source}.${f.name}` }, { catalogue }) ?? <span />}
        </Labeled>
      ))}
    </Stack>
  );
}

/** Household members and the like: a table with a column per field of the embedded type. */
function EmbeddedListField({ source, typeName, label }: FieldProps & { typeName: string }) {
  const lang = useLanguage();
  const object = model.objects[typeName];
  if (!object) return null;
  const catalogue = catalogueFor(object.fields.map((f) => f.name));
  return (
    <ArrayField source={source} label={label}>
      <Datagrid bulkActionButtons={false} rowClick={false}>
        {object.fields
          .filter((f) => !f.kind.startsWith('embedded'))
          .map((f) =>
            guessField(f, {
              catalogue,
              label: (domainFieldLabel(catalogue, f.name) ?? f.label)[lang],
            }),
          )}
      </Datagrid>
    </ArrayField>
  );
}

export interface GuessOptions {
  /** The domain catalogue of the record's type, for dictionary codes and money. */
  catalogue: Readonly<Record<string, FieldSpec>> | undefined;
  label?: string;
  sortable?: boolean;
}

/** The field component for one field of the model. */
export function guessField(field: FieldModel, options: GuessOptions): ReactElement | null {
  const common = {
    key: field.name,
    source: field.name,
    sortable: options.sortable ?? false,
    ...(options.label ? { label: options.label } : {}),
  };
  const base = field.name.split('.').pop()!;
  const dictionary = dictionaryOf(options.catalogue, base);
  const spec = options.catalogue?.[base];
  switch (field.kind) {
    case 'id':
    case 'string':
      return dictionary ? (
        <DictionaryField {...common} dictionary={dictionary} />
      ) : (
        <TextField {...common} />
      );
    case 'int':
    case 'float':
      if (spec?.kind === 'fen' || base.endsWith('Fen')) return <MoneyField {...common} />;
      // Whole numbers here are years, sizes and counts: 2027, not "2,027".
      return (
        <NumberField
          {...common}
          options={field.kind === 'int' ? { useGrouping: false } : undefined}
        />
      );
    case 'boolean':
      return <BooleanField {...common} />;
    case 'date':
      return <LocalDateField {...common} />;
    case 'datetime':
      return <LocalDateField {...common} showTime />;
    case 'enum':
    case 'enumList':
      return <EnumField {...common} enumName={field.type.name} />;
    case 'stringList':
      return <ListOfStringsField {...common} />;
    case 'reference':
    case 'referenceList':
      return field.type.kind === 'OBJECT' ? (
        <EmbeddedReferenceField {...common} reference={field.reference!} />
      ) : (
        <TextField {...common} />
      );
    case 'embedded':
      return <EmbeddedField {...common} typeName={field.type.name} />;
    case 'embeddedList':
      return <EmbeddedListField {...common} typeName={field.type.name} />;
    case 'json':
      return <JsonField {...common} />;
    case 'connection':
      return null;
  }
}
