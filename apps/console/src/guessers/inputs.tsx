import type { DictionaryName, FieldSpec } from '@bangfu/domain';
import { InputAdornment } from '@mui/material';
import { required as requiredValidator, type Validator } from 'ra-core';
import { Suspense, lazy, type ComponentProps, type ComponentType, type ReactElement } from 'react';
import { SelectInput, TextInput } from 'react-admin';
import { catalogueFor, dictionaryOf, enumValueLabels } from '../i18n/domain-labels.js';
import { model } from '../model.js';
import type { InputFieldModel } from '../schema-model/types.js';
import { useDictionary, useLanguage } from './hooks.js';

/*
 * Input guessers: enum → select with the domain's labels, dictionary code → select of the live
 * dictionary, reference id → autocomplete over the referenced resource, Date → date input,
 * Boolean → checkbox, an input object → its fields, a list of them → rows to add and remove.
 */

export interface InputProps {
  source: string;
  label?: string;
  helperText?: string | false;
  validate?: Validator[];
  alwaysOn?: boolean;
}

function EnumInput({
  enumName,
  multiple,
  ...props
}: InputProps & { enumName: string; multiple: boolean }) {
  const lang = useLanguage();
  const choices = enumValueLabels(model.enums[enumName]!).map((v) => ({
    id: v.value,
    name: v.label[lang],
  }));
  return multiple ? (
    <Rare.SelectArrayInput {...props} choices={choices} translateChoice={false} />
  ) : (
    <SelectInput {...props} choices={choices} translateChoice={false} emptyText="" />
  );
}

function DictionaryInput({ dictionary, ...props }: InputProps & { dictionary: DictionaryName }) {
  const lang = useLanguage();
  const choices = useDictionary(dictionary).map((e) => ({
    id: e.code,
    name: lang === 'en' ? e.labelEn : e.label,
    disabled: e.retired,
  }));
  return <SelectInput {...props} choices={choices} translateChoice={false} />;
}

/** A component loaded when a page first shows it, in a chunk of its own. */
function onDemand<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Lazy = lazy(() => load().then((component) => ({ default: component })));
  return function OnDemand(props: P) {
    return (
      <Suspense fallback={null}>
        <Lazy {...(props as ComponentProps<typeof Lazy>)} />
      </Suspense>
    );
  };
}

/*
 * The autocomplete over another resource is MUI's largest input (~15 kB gzip): loaded when a
 * form or a filter first shows one, not with every list.
 */
const ReferenceIdInput = onDemand<InputProps & { reference: string }>(() =>
  import('./reference-input.js').then((m) => m.default),
);

/*
 * Inputs a list shows only once someone adds their filter (dates, numbers, yes/no, several
 * values) or only forms use (passwords, rows of an input object): loaded with the first page
 * that shows one (rare-inputs.tsx), so a list's first load carries only the text and select
 * inputs of its standing filters.
 */
const rare = () => import('./rare-inputs.js');
const Rare = {
  CheckboxInput: onDemand(() => rare().then((m) => m.CheckboxInput)),
  DateInput: onDemand(() => rare().then((m) => m.DateInput)),
  DateTimeInput: onDemand(() => rare().then((m) => m.DateTimeInput)),
  EmbeddedListInput: onDemand(() => rare().then((m) => m.EmbeddedListInput)),
  NumberInput: onDemand(() => rare().then((m) => m.NumberInput)),
  PasswordInput: onDemand(() => rare().then((m) => m.PasswordInput)),
  SelectArrayInput: onDemand(() => rare().then((m) => m.SelectArrayInput)),
};
export const CheckboxInput = Rare.CheckboxInput;

function EmbeddedInput({ typeName, source }: InputProps & { typeName: string }) {
  const input = model.inputs[typeName];
  if (!input) return null;
  const catalogue = catalogueFor(input.fields.map((f) => f.name));
  return (
    <>{input.fields.map((f) => guessInput({ ...f, name: `${source}.${f.name}` }, { catalogue }))}</>
  );
}

/** Money is kept in fen; people type yuan. */
const fenToYuan = (v: unknown) => (typeof v === 'number' ? v / 100 : v);
const yuanToFen = (v: unknown) => (v === '' || v == null ? null : Math.round(Number(v) * 100));

export interface InputGuessOptions {
  catalogue: Readonly<Record<string, FieldSpec>> | undefined;
  label?: string;
  alwaysOn?: boolean;
  /** Filters never require a value, whatever the schema says. */
  filter?: boolean;
  helperText?: string;
}

export function guessInput(
  field: InputFieldModel,
  options: InputGuessOptions,
): ReactElement | null {
  const base = field.name.split('.').pop()!;
  const required = field.required && !options.filter;
  const common: InputProps & { key: string } = {
    key: field.name,
    source: field.name,
    ...(options.label ? { label: options.label } : {}),
    ...(options.alwaysOn ? { alwaysOn: true } : {}),
    helperText: options.helperText ?? false,
    ...(required ? { validate: [requiredValidator()] } : {}),
  };
  const dictionary = dictionaryOf(options.catalogue, base);
  const spec = options.catalogue?.[base];
  switch (field.kind) {
    case 'id':
    case 'string':
      if (dictionary) return <DictionaryInput {...common} dictionary={dictionary} />;
      if (/password/i.test(base))
        return <Rare.PasswordInput {...common} autoComplete="new-password" />;
      return <TextInput {...common} multiline={(spec?.maxLength ?? 0) > 200} />;
    case 'int':
    case 'float':
      if (spec?.kind === 'fen' || base.endsWith('Fen'))
        // Typed in yuan: the schema's help ("单位：分") describes the API, not this input.
        return (
          <Rare.NumberInput
            {...common}
            helperText={false}
            format={fenToYuan}
            parse={yuanToFen}
            step={0.01}
            slotProps={{
              input: { startAdornment: <InputAdornment position="start">¥</InputAdornment> },
            }}
          />
        );
      return <Rare.NumberInput {...common} step={field.kind === 'int' ? 1 : 0.01} />;
    case 'boolean':
      return <Rare.CheckboxInput {...common} />;
    case 'date':
      return <Rare.DateInput {...common} />;
    case 'datetime':
      return <Rare.DateTimeInput {...common} />;
    case 'enum':
    case 'enumList':
      return (
        <EnumInput {...common} enumName={field.type.name} multiple={field.kind === 'enumList'} />
      );
    case 'reference':
      return <ReferenceIdInput {...common} reference={field.reference!} />;
    case 'embedded':
      return <EmbeddedInput {...common} typeName={field.type.name} />;
    case 'embeddedList':
      return <Rare.EmbeddedListInput {...common} typeName={field.type.name} />;
    default:
      return <TextInput {...common} />;
  }
}
