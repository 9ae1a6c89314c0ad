// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DataTable, type Column } from '../../src/ui/DataTable';

interface Row {
  id: string;
  name: string;
  deals: number;
}

const COLUMNS: readonly Column<Row>[] = [
  { header: 'Account', rowHeader: true, cell: (row) => row.name },
  { header: 'Deals', numeric: true, cell: (row) => row.deals },
  {
    header: <span className="visually-hidden">Actions</span>,
    headerClassName: 'no-print',
    className: 'row-actions',
    cell: () => <button>Edit</button>,
  },
];

const ROWS: Row[] = [
  { id: 'a', name: 'Acme', deals: 3 },
  { id: 'b', name: 'Globex', deals: 12 },
];

describe('DataTable', () => {
  it('is named by its caption, with column headers and one row per item named by its row header', () => {
    render(
      <DataTable caption="Deals per account" columns={COLUMNS} rows={ROWS} rowKey={(r) => r.id} />,
    );
    const table = screen.getByRole('table', { name: 'Deals per account' });
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent)).toEqual(['Account', 'Deals', 'Actions']);
    expect(headers[1]).toHaveClass('num');
    expect(within(table).getByRole('rowheader', { name: 'Globex' })).toBeInTheDocument();
    const acme = within(table).getByRole('row', { name: /Acme/ });
    const cells = within(acme).getAllByRole('cell');
    expect(cells.map((c) => c.textContent)).toEqual(['3', 'Edit']);
    // A cell's class (a flex row of buttons, say) stays off the header, which has its own.
    expect(cells[1]).toHaveClass('row-actions');
    expect(headers[2]).toHaveClass('no-print');
    expect(headers[2]).not.toHaveClass('row-actions');
    expect(table.parentElement).toHaveClass('table-wrap');
  });

  it('shows the empty state in place of the table when there are no rows', () => {
    render(
      <DataTable
        caption="Deals per account"
        columns={COLUMNS}
        rows={[]}
        rowKey={(r) => r.id}
        empty={<p>No accounts yet.</p>}
      />,
    );
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText('No accounts yet.')).toBeInTheDocument();
  });

  it('takes its name from a heading, and can go without the scrolling box', () => {
    render(
      <>
        <h2 id="heading">Accounts</h2>
        <DataTable
          labelledBy="heading"
          wrap={false}
          columns={COLUMNS}
          rows={ROWS}
          rowKey={(r) => r.id}
          rowClassName={(r) => (r.deals > 10 ? 'busy' : undefined)}
        />
      </>,
    );
    const table = screen.getByRole('table', { name: 'Accounts' });
    expect(table.parentElement).not.toHaveClass('table-wrap');
    expect(within(table).getByRole('rowheader', { name: 'Globex' }).closest('tr')).toHaveClass(
      'busy',
    );
  });

  it('names a box that scrolls as a focusable region', () => {
    render(
      <DataTable
        caption="Deals per account"
        scrollLabel="Deals"
        wrap="tall"
        columns={COLUMNS}
        rows={ROWS}
        rowKey={(r) => r.id}
      />,
    );
    const region = screen.getByRole('region', { name: 'Deals' });
    expect(region).toHaveClass('table-wrap', 'tall');
    expect(region).toHaveAttribute('tabindex', '0');
    expect(within(region).getByRole('table', { name: 'Deals per account' })).toBeInTheDocument();
  });
});
