import type { TranslationMessages } from 'ra-core';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { SchemaModel } from '../schema-model/types.js';
import { chineseAppMessages } from './app-messages.js';
import { recordLocale } from './current-locale.js';
import { errorPhrase } from './field-error.js';
import { resourceMessages } from './resource-messages.js';
import chineseMessages from './zh-CN.js';

export const LOCALES = [
  { locale: 'zh-CN', name: '中文' },
  { locale: 'en', name: 'English' },
];

type Messages = Record<string, unknown>;

export function merge(...sources: Messages[]): Messages {
  const target: Messages = {};
  for (const source of sources) {
    for (const [key, value] of Object.entries(source)) {
      const current = target[key];
      target[key] =
        typeof value === 'object' &&
        value !== null &&
        typeof current === 'object' &&
        current !== null
          ? merge(current as Messages, value as Messages)
          : value;
    }
  }
  return target;
}

export function chineseTranslation(model: SchemaModel): TranslationMessages {
  return merge(
    chineseMessages,
    { bangfu: chineseAppMessages },
    resourceMessages(model, 'zh'),
  ) as TranslationMessages;
}

export function createI18nProvider(model: SchemaModel) {
  const chinese = chineseTranslation(model);
  const provider = polyglotI18nProvider(
    // English is fetched on the switch (react-admin waits for it); Chinese is there from the start.
    (locale) =>
      locale === 'en' ? import('./english.js').then((m) => m.englishTranslation(model)) : chinese,
    'zh-CN',
    LOCALES,
    { allowMissing: true },
  );
  return {
    ...provider,
    changeLocale: (locale: string, options?: unknown) => {
      recordLocale(locale);
      return provider.changeLocale(locale, options);
    },
    /*
     * Polyglot throws on anything but a string key, and react-admin components pass error
     * messages straight through; a message in an unexpected shape must show as words, never
     * take the page (and everything typed into it) down.
     */
    translate: (key: unknown, options?: Record<string, unknown>): string => {
      if (typeof key === 'string') return provider.translate(key, options);
      const phrase = errorPhrase(key);
      return phrase
        ? provider.translate(phrase.key, { _: phrase.key, ...phrase.args, ...options })
        : '';
    },
  };
}
