import { useLocaleState } from 'ra-core';
import { useEffect, type ReactNode } from 'react';
import { Menu, Layout as RaLayout } from 'react-admin';
import { PaperMenuItems } from './print/PaperMenuItems.js';

/** The home page (建档立卡情况), the resources, then the paper screens. */
function AppMenu() {
  return (
    <Menu>
      <Menu.DashboardItem />
      <Menu.ResourceItems />
      <PaperMenuItems />
    </Menu>
  );
}

/** react-admin's layout (its app bar has the language menu); keeps <html lang> in step. */
export function Layout({ children }: { children: ReactNode }) {
  const [locale] = useLocaleState();
  useEffect(() => {
    document.documentElement.lang = locale === 'en' ? 'en' : 'zh-CN';
  }, [locale]);
  return <RaLayout menu={AppMenu}>{children}</RaLayout>;
}
