import { RouterProvider } from 'react-router';
import { AppErrorBoundary } from './AppErrorBoundary';
import { router } from './router';
import { WorkspaceProvider } from './WorkspaceProvider';

export function App() {
  return (
    <AppErrorBoundary>
      <WorkspaceProvider>
        <RouterProvider router={router} />
      </WorkspaceProvider>
    </AppErrorBoundary>
  );
}
