import { createBrowserRouter, Navigate } from 'react-router';
import { AccountsPage } from '../features/accounts/AccountsPage';
import { IcpPage } from '../features/icp/IcpPage';
import { InterviewsPage } from '../features/interviews/InterviewsPage';
import { QuotesPage } from '../features/quotes/QuotesPage';
import { SynthesisPage } from '../features/synthesis/SynthesisPage';
import { WorkspacePage } from '../features/workspace/WorkspacePage';
import { AppShell } from './AppShell';
import { NotFound } from './NotFound';
import { RequireWorkspace } from './RequireWorkspace';
import { RouteError } from './RouteError';

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
              { path: 'interviews', element: <InterviewsPage /> },
              { path: 'quotes', element: <QuotesPage /> },
              { path: 'synthesis', element: <SynthesisPage /> },
              { path: 'icp', element: <IcpPage /> },
            ],
          },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
]);
