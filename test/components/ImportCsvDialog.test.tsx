// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ImportCsvDialog } from '../../src/features/accounts/import/ImportCsvDialog';
import { freshDb } from '../db/freshDb';
import { generateAccountsCsv } from '../fixtures/csv/generateAccountsCsv';
import { holding, InProcessWorker } from '../fixtures/csv/inProcessWorker';
import { renderInWorkspace } from './renderInWorkspace';

beforeAll(() => {
  // jsdom has <dialog> but not its modal API.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
});

// The parse worker of each file chosen. The first file's rest waits for `rest.release()`.
let workers: InProcessWorker[] = [];
let rest = holding();
beforeEach(() => {
  workers = [];
  rest = holding();
  vi.stubGlobal(
    'Worker',
    class extends InProcessWorker {
      constructor() {
        super(workers.length === 0 ? rest.held : undefined);
        workers.push(this);
      }
    },
  );
});

const csvFile = (name: string, text: string) => new File([text], name, { type: 'text/csv' });

async function chooseFile(file: File) {
  await userEvent.upload(screen.getByLabelText('CSV file'), file);
}

describe('the import dialog reads a large file’s start first', () => {
  it('shows the mapping before the rest is read, and checks rows once it is', async () => {
    renderInWorkspace(freshDb(), <ImportCsvDialog onClose={() => {}} />);
    await chooseFile(csvFile('accounts.csv', generateAccountsCsv(1000)));

    await screen.findByRole('heading', { name: 'Map columns' });
    expect(screen.getByText(/“accounts\.csv”: 17 columns; the rows are still being read\./));
    await userEvent.click(screen.getByRole('button', { name: 'Check rows' }));
    expect(screen.getByRole('progressbar', { name: 'Checking rows' })).toHaveAttribute(
      'aria-valuetext',
      'Reading the rest of the file first',
    );

    rest.release();
    expect(
      await screen.findByRole('button', { name: 'Import 1,000 accounts' }, { timeout: 10_000 }),
    ).toBeEnabled();
  });

  it('abandons the first file’s rest when another file is chosen', async () => {
    renderInWorkspace(freshDb(), <ImportCsvDialog onClose={() => {}} />);
    await chooseFile(csvFile('first.csv', generateAccountsCsv(1000)));
    await screen.findByRole('heading', { name: 'Map columns' });
    await userEvent.click(screen.getByRole('button', { name: 'Choose another file' }));

    await chooseFile(
      csvFile('second.csv', 'name,domain\nAcme,acme.example\nGlobex,globex.example\n'),
    );
    await screen.findByText('“second.csv”: 2 rows, 2 columns.');
    rest.release();
    await workers[0]?.answered;
    expect(workers[0]?.posted).toEqual(['head']);

    await userEvent.click(screen.getByRole('button', { name: 'Check rows' }));
    expect(await screen.findByRole('button', { name: 'Import 2 accounts' })).toBeEnabled();
  });

  it('names a fault far down the file and does not import it, though the check began early', async () => {
    renderInWorkspace(freshDb(), <ImportCsvDialog onClose={() => {}} />);
    const text = `${generateAccountsCsv(1000)}\r\nTail Co,"tail.example`;
    await chooseFile(csvFile('accounts.csv', text));
    await screen.findByRole('heading', { name: 'Map columns' });
    await userEvent.click(screen.getByRole('button', { name: 'Check rows' }));

    rest.release();
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(within(alert).getByRole('listitem')).toHaveTextContent(
      'Row 1001 — a quoted cell is never closed, so the rest of the file ran into it',
    );
    expect(screen.getByRole('button', { name: /^Import \d/ })).toBeDisabled();
  });
});

describe('the import dialog writes what its review counted', () => {
  it('stamps the records with the time Import is pressed, not the time rows were checked', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const db = freshDb();
      renderInWorkspace(db, <ImportCsvDialog onClose={() => {}} />);
      rest.release();
      vi.setSystemTime(new Date('2026-03-01T09:00:00.000Z'));
      await chooseFile(
        csvFile('accounts.csv', 'name,domain\nAcme,acme.example\nGlobex,globex.example\n'),
      );
      await userEvent.click(await screen.findByRole('button', { name: 'Check rows' }));
      const confirm = await screen.findByRole('button', { name: 'Import 2 accounts' });

      vi.setSystemTime(new Date('2026-03-01T09:04:30.000Z'));
      await userEvent.click(confirm);
      await screen.findByText('Created 2 · Updated 0 · Skipped 0');

      const stored = await db.accounts.orderBy('name').toArray();
      expect(stored.map((a) => [a.name, a.createdAt, a.updatedAt])).toEqual([
        ['Acme', '2026-03-01T09:04:30.000Z', '2026-03-01T09:04:30.000Z'],
        ['Globex', '2026-03-01T09:04:30.000Z', '2026-03-01T09:04:30.000Z'],
      ]);
    } finally {
      vi.useRealTimers();
    }
  });
});
