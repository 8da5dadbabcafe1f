/**
 * Routes. Every page is its own chunk (React.lazy), so the public call page loads only the shell and
 * its own code; pages for signed-in roles add chunks without growing what the public downloads.
 */
import { lazy } from 'react';
import { RouterProvider, createBrowserRouter } from 'react-router';
import { RouteError } from './shell/route-error.js';
import { Layout } from './shell/layout.js';
import { ClockProvider } from './shell/clock-context.js';
import { SessionProvider } from './shell/session-context.js';

const HomePage = lazy(() =>
  import('./pages/public/home-page.js').then((m) => ({ default: m.HomePage })),
);
const CallPage = lazy(() =>
  import('./pages/public/call-page.js').then((m) => ({ default: m.CallPage })),
);
const AccessibilityPage = lazy(() =>
  import('./pages/public/accessibility-page.js').then((m) => ({ default: m.AccessibilityPage })),
);
const NotFoundPage = lazy(() =>
  import('./pages/public/not-found-page.js').then((m) => ({ default: m.NotFoundPage })),
);
const MePage = lazy(() => import('./pages/me/me-page.js').then((m) => ({ default: m.MePage })));

const router = createBrowserRouter([
  {
    path: '/',
    element: <Layout />,
    errorElement: (
      <Layout>
        <RouteError />
      </Layout>
    ),
    children: [
      { index: true, element: <HomePage /> },
      { path: 'calls/:callId', element: <CallPage /> },
      { path: 'accessibility', element: <AccessibilityPage /> },
      { path: 'me', element: <MePage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return (
    <SessionProvider>
      <ClockProvider>
        <RouterProvider router={router} />
      </ClockProvider>
    </SessionProvider>
  );
}
