import { useLocaleState, usePermissions } from 'ra-core';
import { useEffect, type ReactNode } from 'react';
import { Menu, Layout as RaLayout } from 'react-admin';
import { Navigate } from 'react-router-dom';
import { CHANGE_PASSWORD_PATH, type Permissions } from './data/auth-provider.js';
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

/**
 * react-admin's layout (its app bar has the language menu); keeps <html lang> in step. Someone
 * still holding an issued password sees no page of it: they are sent to change the password.
 */
export function Layout({ children }: { children: ReactNode }) {
  const [locale] = useLocaleState();
  const { permissions } = usePermissions<Permissions | undefined>();
  useEffect(() => {
    document.documentElement.lang = locale === 'en' ? 'en' : 'zh-CN';
  }, [locale]);
  if (permissions?.mustChangePassword) return <Navigate to={CHANGE_PASSWORD_PATH} replace />;
  return <RaLayout menu={AppMenu}>{children}</RaLayout>;
}
