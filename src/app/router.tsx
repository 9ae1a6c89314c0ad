import { lazy, Suspense, type ComponentType } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { AccountsPage } from '../features/accounts/AccountsPage';
import { AppShell } from './AppShell';
import { NotFound } from './NotFound';
import { RequireWorkspace } from './RequireWorkspace';
import { RouteError } from './RouteError';

/**
 * Only the page a first visit lands on (the accounts list) is in the initial bundle; every
 * other page loads on its first visit, which keeps the first load within its 200 KiB budget.
 */
function lazyPage<K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
  label: string,
) {
  const Page = lazy(async () => {
    const module = await load();
    const component: ComponentType = module[name];
    return { default: component };
  });
  return (
    <Suspense fallback={<p role="status">Loading {label}…</p>}>
      <Page />
    </Suspense>
  );
}

const accountPage = lazyPage(
  () => import('../features/accounts/AccountPage'),
  'AccountPage',
  'account',
);
const accountEditPage = lazyPage(
  () => import('../features/accounts/AccountEditPage'),
  'AccountEditPage',
  'account',
);
const cohortOverviewPage = lazyPage(
  () => import('../features/accounts/CohortOverviewPage'),
  'CohortOverviewPage',
  'cohort overview',
);
const interviewPage = lazyPage(
  () => import('../features/interviews/InterviewPage'),
  'InterviewPage',
  'interview',
);
const newInterviewPage = lazyPage(
  () => import('../features/interviews/NewInterviewPage'),
  'NewInterviewPage',
  'form',
);
const tourPlanPage = lazyPage(
  () => import('../features/interviews/TourPlanPage'),
  'TourPlanPage',
  'tour plan',
);
const guidesPage = lazyPage(
  () => import('../features/interviews/GuidesPage'),
  'GuidesPage',
  'guides',
);
const quotesPage = lazyPage(() => import('../features/quotes/QuotesPage'), 'QuotesPage', 'quotes');
const codebookPage = lazyPage(
  () => import('../features/codebook/CodebookPage'),
  'CodebookPage',
  'codebook',
);
// Synthesis brings recharts and the engine.
const synthesisPage = lazyPage(
  () => import('../features/synthesis/SynthesisPage'),
  'SynthesisPage',
  'synthesis',
);
const startPage = lazyPage(() => import('../features/start/StartPage'), 'StartPage', 'checklist');
// Only someone opening an invite link needs it.
const joinPage = lazyPage(() => import('../features/workspace/JoinPage'), 'JoinPage', 'invite');
const workspacePage = lazyPage(
  () => import('../features/workspace/WorkspacePage'),
  'WorkspacePage',
  'workspace',
);
const interviewsPage = lazyPage(
  () => import('../features/interviews/InterviewsPage'),
  'InterviewsPage',
  'interviews',
);
const icpPage = lazyPage(() => import('../features/icp/IcpPage'), 'IcpPage', 'ICP');

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
          { path: 'workspace', element: workspacePage },
          { path: 'join', element: joinPage },
          {
            element: <RequireWorkspace />,
            children: [
              { path: 'start', element: startPage },
              { path: 'accounts', element: <AccountsPage /> },
              { path: 'accounts/overview', element: cohortOverviewPage },
              { path: 'accounts/new', element: accountEditPage },
              { path: 'accounts/:accountId', element: accountPage },
              { path: 'accounts/:accountId/edit', element: accountEditPage },
              { path: 'interviews', element: interviewsPage },
              { path: 'interviews/new', element: newInterviewPage },
              { path: 'interviews/plan', element: tourPlanPage },
              { path: 'interviews/:interviewId', element: interviewPage },
              { path: 'guides', element: guidesPage },
              { path: 'quotes', element: quotesPage },
              { path: 'codebook', element: codebookPage },
              { path: 'synthesis', element: synthesisPage },
              { path: 'icp', element: icpPage },
            ],
          },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
]);
