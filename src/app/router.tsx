import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { AccountEditPage } from '../features/accounts/AccountEditPage';
import { AccountPage } from '../features/accounts/AccountPage';
import { AccountsPage } from '../features/accounts/AccountsPage';
import { CohortOverviewPage } from '../features/accounts/CohortOverviewPage';
import { CodebookPage } from '../features/codebook/CodebookPage';
import { IcpPage } from '../features/icp/IcpPage';
import { GuidesPage } from '../features/interviews/GuidesPage';
import { InterviewPage } from '../features/interviews/InterviewPage';
import { InterviewsPage } from '../features/interviews/InterviewsPage';
import { NewInterviewPage } from '../features/interviews/NewInterviewPage';
import { QuotesPage } from '../features/quotes/QuotesPage';
import { WorkspacePage } from '../features/workspace/WorkspacePage';
import { AppShell } from './AppShell';
import { NotFound } from './NotFound';
import { RequireWorkspace } from './RequireWorkspace';
import { RouteError } from './RouteError';

// Synthesis brings recharts and the engine: loaded on first visit, out of the initial bundle.
const SynthesisPage = lazy(() =>
  import('../features/synthesis/SynthesisPage').then((module) => ({
    default: module.SynthesisPage,
  })),
);

export const router = createBrowserRouter([
  {
    path: '/',
    element: <AppShell />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <Navigate to="/accounts" replace /> },
          { path: 'workspace', element: <WorkspacePage /> },
          {
            element: <RequireWorkspace />,
            children: [
              { path: 'accounts', element: <AccountsPage /> },
              { path: 'accounts/overview', element: <CohortOverviewPage /> },
              { path: 'accounts/new', element: <AccountEditPage /> },
              { path: 'accounts/:accountId', element: <AccountPage /> },
              { path: 'accounts/:accountId/edit', element: <AccountEditPage /> },
              { path: 'interviews', element: <InterviewsPage /> },
              { path: 'interviews/new', element: <NewInterviewPage /> },
              { path: 'interviews/:interviewId', element: <InterviewPage /> },
              { path: 'guides', element: <GuidesPage /> },
              { path: 'quotes', element: <QuotesPage /> },
              { path: 'codebook', element: <CodebookPage /> },
              {
                path: 'synthesis',
                element: (
                  <Suspense fallback={<p role="status">Loading synthesis…</p>}>
                    <SynthesisPage />
                  </Suspense>
                ),
              },
              { path: 'icp', element: <IcpPage /> },
            ],
          },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
]);
