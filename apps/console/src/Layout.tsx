import { useLocaleState } from 'ra-core';
import { useEffect, type ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';

/** react-admin's layout (its app bar has the language menu); keeps <html lang> in step. */
export function Layout({ children }: { children: ReactNode }) {
  const [locale] = useLocaleState();
  useEffect(() => {
    document.documentElement.lang = locale === 'en' ? 'en' : 'zh-CN';
  }, [locale]);
  return <RaLayout>{children}</RaLayout>;
}
