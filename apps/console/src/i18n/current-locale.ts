/*
 * The console's language, for code outside React that words messages (the API's field errors
 * are put under their inputs by plain functions). The i18n provider records every switch here.
 */
let current = 'zh-CN';

export function currentLocale(): string {
  return current;
}

export function recordLocale(locale: string): void {
  current = locale;
}
