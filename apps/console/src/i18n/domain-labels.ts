import {
  ACTION_PLANS,
  ARCHIVE_FIELDS,
  ARCHIVE_STATUSES,
  DETERMINATION_FIELDS,
  GRASSROOTS_KINDS,
  HARDSHIP_CAUSES,
  KEY_GROUPS,
  MEASURES,
  MEMBER_FIELDS,
  ROLES,
  UNION_LEVELS,
  type DictionaryName,
  type FieldSpec,
} from '@bangfu/domain';
import type { EnumModel, Label } from '../schema-model/types.js';

/*
 * Labels from @bangfu/domain win over the schema's descriptions: the domain package holds the
 * seed form's exact wording. Which domain list or field catalogue serves a GraphQL type is found
 * by its codes and field names, not by a table of type names, so a new enum that reuses a
 * domain list (or a new archive-like input) is labelled without an edit here.
 */

type Labelled = { readonly label: string; readonly labelEn: string };

const DOMAIN_LISTS: readonly Readonly<Record<string, Labelled>>[] = [
  ROLES,
  UNION_LEVELS,
  GRASSROOTS_KINDS,
  ARCHIVE_STATUSES,
  HARDSHIP_CAUSES,
  KEY_GROUPS,
  MEASURES,
  ACTION_PLANS,
];

const FIELD_CATALOGUES: readonly Readonly<Record<string, FieldSpec>>[] = [
  ARCHIVE_FIELDS,
  MEMBER_FIELDS,
  DETERMINATION_FIELDS,
];

const label = (entry: Labelled): Label => ({ zh: entry.label, en: entry.labelEn });

/** The domain list whose codes include every value of the enum. */
export function domainListFor(
  enumModel: EnumModel,
): Readonly<Record<string, Labelled>> | undefined {
  return DOMAIN_LISTS.find((list) => enumModel.values.every((v) => Object.hasOwn(list, v.value)));
}

/**
 * The enum's values with their labels, in the domain list's order where one serves it (states in
 * workflow order, causes by number), else the schema's (GraphQL prints enums alphabetically).
 */
export function enumValueLabels(enumModel: EnumModel): { value: string; label: Label }[] {
  const list = domainListFor(enumModel);
  const order = list ? Object.keys(list) : [];
  const values = list
    ? [...enumModel.values].sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value))
    : enumModel.values;
  return values.map((v) => ({
    value: v.value,
    label: list?.[v.value] ? label(list[v.value]!) : v.label,
  }));
}

/** The field catalogue covering most of these field names (at least half of them), if any. */
export function catalogueFor(
  fieldNames: readonly string[],
): Readonly<Record<string, FieldSpec>> | undefined {
  let best: Readonly<Record<string, FieldSpec>> | undefined;
  let bestShare = 0.5;
  for (const catalogue of FIELD_CATALOGUES) {
    const share =
      fieldNames.filter((n) => Object.hasOwn(catalogue, n)).length / Math.max(fieldNames.length, 1);
    if (share >= bestShare) [best, bestShare] = [catalogue, share];
  }
  return best;
}

export function domainFieldLabel(
  catalogue: Readonly<Record<string, FieldSpec>> | undefined,
  name: string,
): Label | undefined {
  const spec = catalogue?.[name];
  return spec ? { zh: spec.label, en: spec.labelEn } : undefined;
}

/** The editable dictionary a string field's codes come from (`health` → health). */
export function dictionaryOf(
  catalogue: Readonly<Record<string, FieldSpec>> | undefined,
  name: string,
): DictionaryName | undefined {
  return catalogue?.[name]?.dictionary;
}
