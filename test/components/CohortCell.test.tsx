// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkspaceDb } from '../../src/db/schema';
import type { Account } from '../../src/domain/schemas/account';
import { CohortCell } from '../../src/features/accounts/CohortCell';
import { accountRecord } from '../fixtures/records';
import { renderInWorkspace } from './renderInWorkspace';

const dbs: WorkspaceDb[] = [];
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

/**
 * The account prop is the record as first read and never refreshed, like a long table whose
 * re-read has not come back yet: what the cell shows after a choice is its own doing.
 */
async function renderCell() {
  const db = new WorkspaceDb(`tourbook-cohort-cell-${crypto.randomUUID()}`);
  dbs.push(db);
  const account: Account = accountRecord({ id: 'acc-1', name: 'Acme', cohort: null });
  await db.accounts.add(account);
  renderInWorkspace(db, <CohortCell account={account} />);
  return db;
}

describe('CohortCell', () => {
  it('shows the chosen cohort at once and stores it as set by hand', async () => {
    const db = await renderCell();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Cohort for Acme: No cohort' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Cohort for Acme' }), 'Churner');
    const button = screen.getByRole('button', { name: 'Cohort for Acme: Churner' });
    expect(button).toHaveFocus();
    await waitFor(async () =>
      expect(await db.accounts.get('acc-1')).toMatchObject({
        cohort: 'churner',
        cohortSource: 'manual',
      }),
    );
  });

  it('goes back to the stored cohort and says why when the write fails', async () => {
    const db = await renderCell();
    await db.accounts.delete('acc-1');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Cohort for Acme: No cohort' }));
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Cohort for Acme' }),
      'Power user',
    );
    expect(
      await screen.findByText('Cohort not saved: That account no longer exists.'),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Cohort for Acme: No cohort' })).toBeVisible();
  });
});
