import { isDefaultSelectable } from '@bangfu/domain';
import { useLocaleState } from 'ra-core';
import { useCallback, useMemo } from 'react';
import { useDictionaries } from '../guessers/hooks.js';
import { model } from '../model.js';
import { validateArchiveForm, type IsSelectable } from './client-validation.js';
import type { FormValues } from './form-values.js';

/** Codes of the record as read: a retired code it already holds stays acceptable (as in the API). */
function heldCodes(original: FormValues | undefined): Set<string> {
  const held = new Set<string>();
  const add = (row: FormValues | undefined) => {
    for (const [field, value] of Object.entries(row ?? {}))
      if (typeof value === 'string') held.add(`${field}:${value}`);
  };
  add(original);
  ((original?.members as FormValues[] | undefined) ?? []).forEach(add);
  return held;
}

/** Whether a dictionary code may be chosen: live and not retired, or already on the record. */
export function useIsSelectable(original: FormValues | undefined): IsSelectable {
  const { data } = useDictionaries();
  return useMemo(() => {
    const held = heldCodes(original);
    const live = new Map(
      (data?.dictionaries ?? []).flatMap((d) =>
        d.entries.map((e) => [`${d.name}:${e.code}`, !e.retired] as const),
      ),
    );
    return (dictionary, code) => {
      const selectable = live.size ? live.get(`${dictionary}:${code}`) : undefined;
      if (selectable === undefined && !live.size) return isDefaultSelectable(dictionary, code);
      return selectable === true || held.has(`${dictionary}:${code}`);
    };
  }, [data, original]);
}

/** react-admin's form-level `validate`: the domain's schema over the whole form. */
export function useArchiveValidate(original: FormValues | undefined) {
  const isSelectable = useIsSelectable(original);
  const [locale] = useLocaleState();
  return useCallback(
    (values: FormValues) => validateArchiveForm(model, values, { original, isSelectable, locale }),
    [original, isSelectable, locale],
  );
}
