// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Account } from '../../src/domain/schemas/account';
import { ImportReviewStep } from '../../src/features/accounts/import/ImportReviewStep';
import type { ImportSetup } from '../../src/features/accounts/import/checkRows';
import { reviewOf, type ReviewState } from '../../src/features/accounts/import/importState';
import { detectAccountMapping, detectDealMapping } from '../../src/import/csv/columnMapping';
import { reviewAccountImport, reviewDealImport } from '../../src/import/csv/importPipeline';
import { DEFAULT_LOSS_RULES } from '../../src/import/csv/lossReasonRules';
import { parseCsvText } from '../../src/import/csv/parseCsv';
import { detectPreset } from '../../src/import/csv/presets';
import { salesforceOpportunitiesReport } from '../fixtures/csv/crmExports';
import { accountRecord, storedAccountRecord } from '../fixtures/records';

const NOW = '2026-01-01T00:00:00.000Z';

const stored: Account = accountRecord({
  id: 'acc-1',
  createdAt: NOW,
  updatedAt: NOW,
  name: 'Globex',
  domain: 'globex.com',
});

function reviewState(text: string, existing: Account[] = []): ReviewState {
  const read = parseCsvText(text);
  if (!read.ok) throw new Error(read.error.message);
  const { csv } = read;
  const preset = detectPreset(csv.headers);
  const inputs = {
    dateOrders: new Map(),
    dateQuestions: [],
    lifecycleAnswers: new Map(),
    lossRules: DEFAULT_LOSS_RULES,
    lossRulesEdited: false,
  };
  const setup: ImportSetup =
    preset === 'salesforce-opportunities'
      ? { kind: 'deals', preset, mapping: detectDealMapping(csv.headers) }
      : { kind: 'accounts', preset, mapping: detectAccountMapping(csv.headers, preset) };
  const review =
    setup.kind === 'deals'
      ? reviewDealImport(csv, { ...setup, existingAccounts: existing, existingDeals: [] })
      : reviewAccountImport(csv, { ...setup, existingAccounts: existing });
  return reviewOf(
    { file: new File([text], 'accounts.csv'), csv },
    setup,
    { existing: { accounts: existing, deals: [] }, inputs, review },
    NOW,
  );
}

function renderReview(state: ReviewState) {
  const handlers = {
    onDateOrder: vi.fn(),
    onLifecycle: vi.fn(),
    onDecide: vi.fn(),
    onDecideAll: vi.fn(),
    onClassify: vi.fn(),
    onLossRules: vi.fn(),
    onConflict: vi.fn(),
  };
  render(<ImportReviewStep state={state} preview={null} {...handlers} />);
  return handlers;
}

describe('ImportReviewStep', () => {
  it('shows how many rows fill each account field, and asks about unknown lifecycle stages', async () => {
    const csv = 'Company name,Lifecycle Stage,Industry\nAcme,Customer,Software\nGlobex,Other,\n';
    const handlers = renderReview(reviewState(csv));
    expect(screen.getByText('Industry: 1 of 2 rows')).toBeInTheDocument();
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: /Lifecycle stage “Other”/ }),
      'not_customer',
    );
    expect(handlers.onLifecycle).toHaveBeenCalledWith('other', 'not_customer');
  });

  it('says how many rows failed, lists the first ten, and offers the bad rows', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `Company ${i + 1},c${i + 1}.com,lots`);
    renderReview(reviewState(['name,domain,arr', ...rows].join('\n')));

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('12 rows failed validation. Nothing was imported.');
    const items = within(alert).getAllByRole('listitem');
    expect(items).toHaveLength(10);
    expect(items[0]).toHaveTextContent('Row 1: arr — expected a number, got “lots”');
    expect(items[9]).toHaveTextContent(/^Row 10: arr/);
    expect(alert).toHaveTextContent('…and 2 more problems, all in the download.');
    expect(within(alert).getByRole('button', { name: 'Download bad rows (CSV)' })).toBeVisible();
  });

  it('shows each duplicate group with skip chosen, and passes on what the user picks', async () => {
    const handlers = renderReview(
      reviewState(
        ['name,domain', 'Acme,acme.com', 'Acme Inc,acme.com', 'Globex Corp,globex.com'].join('\n'),
        [stored],
      ),
    );
    expect(screen.getByRole('heading', { name: 'Duplicates: 2 groups' })).toBeVisible();
    const inFile = screen.getByRole('group', { name: 'Acme' });
    expect(inFile).toHaveTextContent('Rows 1 and 2 of the file are one company');
    expect(within(inFile).getByRole('radio', { name: /^Skip/ })).toBeChecked();
    const known = screen.getByRole('group', { name: 'Globex' });
    expect(known).toHaveTextContent('Already in this workspace (same domain globex.com)');

    await userEvent.click(
      within(known).getByRole('radio', { name: 'Update the stored account from row 3' }),
    );
    expect(handlers.onDecide).toHaveBeenCalledWith('account:acc-1', 'update');
    await userEvent.click(screen.getByRole('button', { name: 'Update all' }));
    expect(handlers.onDecideAll).toHaveBeenCalledWith('update');
  });

  it('asks about loss reasons no rule matched, and hands edited rules back', async () => {
    const csv = [
      'Opportunity Name,Account Name,Stage,Closed Lost Reason',
      'Deal A,Acme,Closed Lost,Went dark',
      'Deal B,Acme,Closed Lost,Pricing too high',
    ].join('\n');
    const handlers = renderReview(reviewState(csv));
    const reasons = screen.getByRole('region', { name: 'Loss reasons no rule matched' });
    expect(
      within(reasons)
        .getAllByRole('rowheader')
        .map((r) => r.textContent),
    ).toEqual(['Went dark']);
    await userEvent.selectOptions(
      within(reasons).getByRole('combobox', { name: 'Category for “Went dark”' }),
      'process',
    );
    expect(handlers.onClassify).toHaveBeenCalledWith('Went dark', 'process');

    await userEvent.click(screen.getByText('Loss reason rules'));
    const apply = screen.getByRole('button', { name: 'Apply rules' });
    expect(apply).toBeDisabled();
    await userEvent.type(screen.getByRole('textbox', { name: 'Process keywords' }), '\ndark');
    await userEvent.click(apply);
    const rules = handlers.onLossRules.mock.calls[0]?.[0];
    expect(rules).toContainEqual({ keyword: 'dark', category: 'process' });
    expect(rules).toHaveLength(DEFAULT_LOSS_RULES.length + 1);
  });

  it('shows a stored account value the report contradicts, kept unless the user takes the file’s', async () => {
    const harbor = storedAccountRecord({
      id: 'stored-harbor',
      name: 'Harbor Health Partners',
      domain: null,
      industry: 'Hospitals',
      region: null,
    });
    const state = reviewState(salesforceOpportunitiesReport(), [harbor]);
    const handlers = renderReview(state);
    const section = screen.getByRole('region', {
      name: 'Account values that differ from the file',
    });
    const row = within(section).getByRole('row', { name: /Harbor Health Partners/ });
    expect(within(row).getByText('Hospitals')).toBeVisible();
    const take = within(row).getByRole('checkbox', { name: /Use the file’s industry for Harbor/ });
    expect(take).not.toBeChecked();
    await userEvent.click(take);
    expect(handlers.onConflict).toHaveBeenCalledWith('stored-harbor:industry', 'take');
  });
});
