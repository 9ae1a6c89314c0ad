import { RouterProvider } from 'react-router';
import { ToastProvider } from '../ui/ToastProvider';
import { AppErrorBoundary } from './AppErrorBoundary';
import { router } from './router';
import { WorkspaceProvider } from './WorkspaceProvider';

export function App() {
  return (
    <AppErrorBoundary>
      <ToastProvider>
        <WorkspaceProvider>
          <RouterProvider router={router} />
        </WorkspaceProvider>
      </ToastProvider>
    </AppErrorBoundary>
  );
}
