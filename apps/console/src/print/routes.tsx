import { Suspense, lazy, type ComponentType } from 'react';
import { CustomRoutes, Loading } from 'react-admin';
import { Route } from 'react-router-dom';

/*
 * The paper routes, mounted by App.tsx: print views outside the layout (only the A4 sheet and its
 * toolbar) and the 公示名单 screen inside it. Every page is loaded on demand.
 */

function onDemand(load: () => Promise<{ default: ComponentType }>) {
  const Page = lazy(load);
  return (
    <Suspense fallback={<Loading />}>
      <Page />
    </Suspense>
  );
}

export const printPath = {
  archiveForm: (id: string) => `/print/archives/${encodeURIComponent(id)}/form`,
  contactCard: (id: string) => `/print/archives/${encodeURIComponent(id)}/contact-card`,
  noticeScreen: '/public-notice',
};

export const paperRoutes = (
  <>
    <CustomRoutes noLayout>
      <Route
        path="/print/archives/:id/form"
        element={onDemand(() => import('./ArchiveFormPrint.js'))}
      />
      <Route
        path="/print/archives/:id/contact-card"
        element={onDemand(() => import('./ContactCardPrint.js'))}
      />
      <Route
        path="/print/public-notice"
        element={onDemand(() => import('./PublicNoticePrint.js'))}
      />
    </CustomRoutes>
    <CustomRoutes>
      <Route
        path={printPath.noticeScreen}
        element={onDemand(() => import('./PublicNoticeScreen.js'))}
      />
    </CustomRoutes>
  </>
);
