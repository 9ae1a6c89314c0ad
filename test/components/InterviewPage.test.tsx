// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createInterview } from '../../src/db/interviewsRepo';
import { WorkspaceDb } from '../../src/db/schema';
import type { Code } from '../../src/domain/schemas/code';
import { accountRecord } from '../fixtures/records';
import { renderInterviewPage } from './renderInWorkspace';

const AT = '2026-01-01T00:00:00.000Z';
const dbs: WorkspaceDb[] = [];
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

const pinned: Code = {
  id: 'code-slow',
  createdAt: AT,
  updatedAt: AT,
  name: 'Slow onboarding',
  kind: 'failure_process',
  description: null,
  colour: '#aa3366',
  parentId: null,
  pinned: true,
};

async function renderInterview() {
  const db = new WorkspaceDb(`tourbook-interview-page-${crypto.randomUUID()}`);
  dbs.push(db);
  await db.accounts.add(
    accountRecord({
      id: 'acc-1',
      name: 'Acme',
      cohort: 'churner',
      cohortSource: 'manual',
    }),
  );
  await db.codes.add(pinned);
  const interview = await createInterview(
    db,
    {
      accountId: 'acc-1',
      contactIds: [],
      date: '2026-01-02',
      interviewer: 'Priya',
      guideId: null,
      channel: 'phone',
    },
    AT,
    'int-1',
  );
  await renderInterviewPage(db, interview.id, 'Interview with Acme');
  return db;
}

describe('InterviewPage', () => {
  it('shows the pinned codes with their shortcuts beside the notes', async () => {
    await renderInterview();
    const legend = screen.getByRole('region', { name: 'Pinned codes' });
    expect(await within(legend).findByText('Alt+1')).toBeVisible();
    expect(within(legend).getByText('Slow onboarding')).toBeVisible();
  });

  it('codes the current line with Alt+1, announces it, and saves notes and quote', async () => {
    const db = await renderInterview();
    const notes = screen.getByRole('textbox', { name: 'Notes' });
    await userEvent.type(notes, 'Onboarding took three weeks.');
    await userEvent.keyboard('{Alt>}1{/Alt}');
    expect(await screen.findByText('Coded as Slow onboarding')).toBeVisible();
    const panel = screen.getByRole('region', { name: 'Quotes in this interview' });
    expect(await within(panel).findByText('Onboarding took three weeks.')).toBeVisible();
    expect(await screen.findByText('Saved')).toBeVisible();
    const [highlight] = await db.highlights.toArray();
    expect(highlight).toMatchObject({
      accountId: 'acc-1',
      codeIds: ['code-slow'],
      anchor: { exact: 'Onboarding took three weeks.', source: 'notes' },
    });
    expect((await db.interviews.get('int-1'))?.notes).toBe('Onboarding took three weeks.');
  });

  it('says Saving… while a write is pending and Saved only once it is stored', async () => {
    const db = await renderInterview();
    // Another transaction holds the interviews store, so the write waits behind it.
    let holding = true;
    const blocker = db.backendDB().transaction('interviews', 'readwrite');
    const spin = () => {
      if (holding) blocker.objectStore('interviews').get('none').onsuccess = spin;
    };
    spin();
    await userEvent.type(screen.getByRole('textbox', { name: 'Notes' }), 'x');
    expect(screen.getByText('Saving…')).toBeVisible();
    expect(screen.queryByText('Saved')).toBeNull();
    holding = false;
    await screen.findByText('Saved');
    await waitFor(async () => expect((await db.interviews.get('int-1'))?.notes).toBe('x'));
  });
});
