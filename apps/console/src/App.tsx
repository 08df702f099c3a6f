import ViewListIcon from '@mui/icons-material/ViewList';
import { Suspense, lazy, type ComponentType } from 'react';
import { localStorageStore } from 'ra-core';
import { AdminContext, AdminUI, CustomRoutes, Loading, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { can } from './access.js';
import { authProvider, dataProvider } from './api.js';
import { CHANGE_PASSWORD_PATH, type Permissions } from './data/auth-provider.js';
import { createI18nProvider } from './i18n/i18n-provider.js';
import { Layout } from './Layout.js';
import { model } from './model.js';
import { paperRoutes } from './print/routes.js';
import { overrides, type Page } from './resources/overrides.js';
import { ConsoleSignIn } from './sign-in/ConsoleSignIn.js';

/*
 * The console: one react-admin resource per resource of the model, shown to the roles that may
 * use it. Screens are loaded on demand, so the sign-in page carries only react-admin's core.
 * Every page checks the session itself (react-admin's pages do; DictionaryList calls
 * useAuthenticated). `requireAuth` is not used: with permission-dependent resources it made
 * react-admin 5.15 sign out in a loop (hundreds of times) before showing the sign-in page.
 */

const i18nProvider = createI18nProvider(model);
const store = localStorageStore();

function onDemand(load: () => Promise<{ default: ComponentType }>): ComponentType {
  const Page = lazy(load);
  return function OnDemand() {
    return (
      <Suspense fallback={<Loading />}>
        <Page />
      </Suspense>
    );
  };
}

const DashboardPage = lazy(() => import('./dashboard/Dashboard.js'));
function Dashboard() {
  return (
    <Suspense fallback={<Loading />}>
      <DashboardPage />
    </Suspense>
  );
}

const ChangePasswordPage = onDemand(() => import('./password/ChangePasswordPage.js'));

const GENERIC: Record<Page, ComponentType> = {
  list: onDemand(() => import('./resources/generic/GenericList.js')),
  show: onDemand(() => import('./resources/generic/GenericShow.js')),
  edit: onDemand(() => import('./resources/generic/GenericEdit.js')),
  create: onDemand(() => import('./resources/generic/GenericCreate.js')),
};

const pages = new Map<string, ComponentType>();
function page(resource: string, kind: Page): ComponentType {
  const load = overrides[resource]?.pages?.[kind];
  if (!load) return GENERIC[kind];
  const key = `${resource}:${kind}`;
  if (!pages.has(key)) pages.set(key, onDemand(load));
  return pages.get(key)!;
}

function resources(permissions: Permissions | undefined) {
  return (
    Object.values(model.resources)
      // Before sign-in there are no permissions yet: every page then sends people to the sign-in page.
      .filter((r) => !permissions || can(permissions, 'read', r.name))
      .map((r) => (
        <Resource
          key={r.name}
          name={r.name}
          icon={overrides[r.name]?.icon ?? ViewListIcon}
          recordRepresentation={r.representation}
          list={page(r.name, 'list')}
          show={r.one ? page(r.name, 'show') : undefined}
          edit={
            r.one && r.update && can(permissions, 'edit', r.name) ? page(r.name, 'edit') : undefined
          }
          create={
            r.create && can(permissions, 'create', r.name) ? page(r.name, 'create') : undefined
          }
        />
      ))
  );
}

export function App() {
  // <Admin> is these two; used directly so its English default i18n provider is not bundled.
  return (
    <AdminContext
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      store={store}
    >
      <AdminUI
        layout={Layout}
        loginPage={ConsoleSignIn}
        dashboard={Dashboard}
        title="帮扶"
        disableTelemetry
      >
        {resources}
        {paperRoutes}
        <CustomRoutes noLayout>
          <Route path={CHANGE_PASSWORD_PATH} element={<ChangePasswordPage />} />
        </CustomRoutes>
      </AdminUI>
    </AdminContext>
  );
}
