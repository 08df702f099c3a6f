import {
  ARCHIVE_FIELDS,
  DETERMINATION_FIELDS,
  MEMBER_FIELDS,
  dictionaryLabel as defaultLabel,
  type FieldSpec,
} from '@bangfu/domain';
import { useTranslate } from 'ra-core';
import { useMemo } from 'react';
import { useDictionaries, useLanguage } from '../guessers/hooks.js';
import type { Vocabulary } from './describe.js';

/*
 * The words for describing archive values in the current language: live dictionary labels, the
 * domain's field labels, and the console's own labels for plans, ledger entries and checks.
 */

/** Objects that appear inside an archive's history, and where their field labels live. */
const OBJECT_MESSAGES: Readonly<Record<string, string>> = {
  plan: 'plan',
  ledger: 'ledger',
  spotCheck: 'spotCheck',
  attachments: 'attachments',
};
const RENAMED: Readonly<Record<string, string>> = { amountFen: 'amount' };

export function domainSpec(name: string): FieldSpec | undefined {
  for (const catalogue of [ARCHIVE_FIELDS, MEMBER_FIELDS, DETERMINATION_FIELDS] as const) {
    if (Object.hasOwn(catalogue, name)) return (catalogue as Record<string, FieldSpec>)[name];
  }
  return undefined;
}

export function useVocabulary(): Vocabulary & { changeLabel(key: string): string } {
  const translate = useTranslate();
  const lang = useLanguage();
  const { data } = useDictionaries();
  return useMemo(() => {
    const fieldLabel = (name: string) => {
      const spec = domainSpec(name);
      if (spec) return lang === 'en' ? spec.labelEn : spec.label;
      return translate(`resources.archives.fields.${name}`, { _: name });
    };
    const keyLabel = (key: string, parent: string) => {
      const section = OBJECT_MESSAGES[parent];
      if (section) {
        const label = translate(`bangfu.archive.${section}.${RENAMED[key] ?? key}`, { _: '' });
        if (label) return label;
      }
      return fieldLabel(key);
    };
    return {
      lang,
      yes: translate('bangfu.archive.yes'),
      no: translate('bangfu.archive.no'),
      empty: translate('bangfu.archive.empty'),
      dictionaryLabel(dictionary, code) {
        const entry = data?.dictionaries
          .find((d) => d.name === dictionary)
          ?.entries.find((e) => e.code === code);
        return entry
          ? lang === 'en'
            ? entry.labelEn
            : entry.label
          : defaultLabel(dictionary, code, lang);
      },
      keyLabel,
      changeLabel(key: string) {
        const [head, rest] = key.split(/\.(.*)/s);
        if (rest && OBJECT_MESSAGES[head!]) {
          return `${translate(`bangfu.archive.history.keys.${head}`)} · ${keyLabel(rest, head!)}`;
        }
        const own = translate(`bangfu.archive.history.keys.${key}`, { _: '' });
        return own || fieldLabel(key);
      },
    };
  }, [translate, lang, data]);
}
