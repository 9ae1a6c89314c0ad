import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { WorkspaceContext, type WorkspaceContextValue } from '../../src/app/workspaceContext';
import { RegistryDb } from '../../src/db/registryDb';
import type { WorkspaceDb } from '../../src/db/schema';
import { InterviewPage } from '../../src/features/interviews/InterviewPage';
import { ToastProvider } from '../../src/ui/ToastProvider';

/**
 * The workspace context with `db` open and nothing else to do: for components that only
 * read and write the open workspace, without the provider's start-up (registry, demo, persistence).
 */
function openWorkspace(db: WorkspaceDb): WorkspaceContextValue {
  return {
    registry: new RegistryDb(`registry-${crypto.randomUUID()}`),
    workspaces: [],
    current: null,
    db,
    switching: null,
    switchTo: vi.fn(),
    create: vi.fn(),
    rename: vi.fn(),
    remove: vi.fn(),
    createDemo: vi.fn(),
  };
}

/** Renders `ui` with `db` as the open workspace and toasts shown, as the app shell does. */
export function renderInWorkspace(db: WorkspaceDb, ui: ReactNode) {
  return render(
    <ToastProvider>
      <WorkspaceContext.Provider value={openWorkspace(db)}>{ui}</WorkspaceContext.Provider>
    </ToastProvider>,
  );
}

/** Opens an interview's page at its own address and waits for its heading. */
export async function renderInterviewPage(db: WorkspaceDb, interviewId: string, heading: string) {
  const router = createMemoryRouter(
    [{ path: '/interviews/:interviewId', element: <InterviewPage /> }],
    { initialEntries: [`/interviews/${interviewId}`] },
  );
  renderInWorkspace(db, <RouterProvider router={router} />);
  await screen.findByRole('heading', { name: heading });
}
