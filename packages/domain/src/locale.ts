/*
 * The console's two languages. Stored data and the API's `message` stay Chinese; what
 * a person reads in English mode is rendered from codes and parameters with these.
 */

export type Locale = 'zh-CN' | 'en';

export const LOCALES = ['zh-CN', 'en'] as const satisfies readonly Locale[];

/** 'en', 'en-US', 'en-GB' → 'en'; everything else (zh, zh-CN, unknown) → 'zh-CN'. */
export function toLocale(tag: string | undefined): Locale {
  return typeof tag === 'string' && /^en\b/i.test(tag) ? 'en' : 'zh-CN';
}

/** How a list of names is joined: 下岗失业、子女上学 / Laid off, Children at school. */
export const LIST_SEPARATORS = { 'zh-CN': '、', en: ', ' } as const satisfies Record<
  Locale,
  string
>;

export function joinList(items: readonly string[], locale: Locale | string = 'zh-CN'): string {
  return items.join(LIST_SEPARATORS[toLocale(locale)]);
}
