import englishMessages from 'ra-language-english';
import { describe, expect, it } from 'vitest';
import { englishAppMessages } from '../src/i18n/app-messages-en.js';
import { chineseAppMessages } from '../src/i18n/app-messages.js';
import { englishTranslation } from '../src/i18n/english.js';
import { chineseTranslation } from '../src/i18n/i18n-provider.js';
import chineseMessages from '../src/i18n/zh-CN.js';
import { testModel } from './support/schema.js';

function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keys(value, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

const HAN = /[\u4e00-\u9fff]/;

describe('Chinese translation of react-admin', () => {
  it('translates every key of ra-language-english, and no other', () => {
    expect(keys(chineseMessages).sort()).toEqual(keys(englishMessages).sort());
  });

  it('is Chinese and keeps every %{placeholder} of the English', () => {
    const lookup = (messages: object, key: string) =>
      key
        .split('.')
        .reduce<unknown>((m, k) => (m as Record<string, unknown>)[k], messages) as string;
    for (const key of keys(englishMessages)) {
      const zh = lookup(chineseMessages, key);
      const en = lookup(englishMessages, key);
      // Messages that are only placeholders ('%{name} %{recordRepresentation}') need no words.
      if (/[a-z]/i.test(en.replace(/%\{\w+\}/g, ''))) expect(zh, key).toMatch(HAN);
      // smart_count only selects the plural form, which Chinese does not need.
      const placeholders = (s: string) =>
        [...new Set(s.match(/%\{\w+\}/g) ?? [])].filter((p) => p !== '%{smart_count}').sort();
      expect(placeholders(zh), key).toEqual(placeholders(en));
    }
  });

  it('has the console’s own words in both languages', () => {
    expect(keys(englishAppMessages).sort()).toEqual(keys(chineseAppMessages).sort());
  });
});

describe('labels of the resources', () => {
  it('names resources and fields in Chinese by default and in English on the switch', () => {
    const zh = chineseTranslation(testModel) as unknown as {
      resources: Record<string, { name: string; fields: Record<string, string> }>;
    };
    expect(zh.resources.unions!.name).toBe('工会组织');
    expect(zh.resources.users!.fields.unionId).toBe(zh.resources.users!.fields.union);
    const en = englishTranslation(testModel) as unknown as typeof zh & {
      ra: { action: { save: string } };
    };
    expect(en.resources.unions!.name).toBe('Union |||| Unions');
    expect(en.ra.action.save).toBe('Save');
  });
});
