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
 * On a phone the page is as wide as the screen: react-admin's layout grows to fit its content
 * (`min-width: fit-content`), so one wide table made every page scroll sideways. Below `sm` the
 * content is held to the screen and wide parts scroll inside themselves. Wider screens are as
 * react-admin lays them out.
 */
const PHONE_WIDTH = {
  '@media (max-width: 599.95px)': {
    minWidth: 0,
    '& .RaLayout-content': { minWidth: 0 },
  },
};

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
  return (
    <RaLayout menu={AppMenu} sx={PHONE_WIDTH}>
      {children}
    </RaLayout>
  );
}
