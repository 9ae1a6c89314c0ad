// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ProgressBar } from '../../src/ui/ProgressBar';

describe('ProgressBar', () => {
  it('is a progressbar named by its label, with its value, max and value text', () => {
    render(
      <ProgressBar label="Checking rows" valueText="3 of 10 rows checked" value={3} max={10} />,
    );
    const bar = screen.getByRole('progressbar', { name: 'Checking rows' });
    expect(bar).toHaveAttribute('value', '3');
    expect(bar).toHaveAttribute('max', '10');
    expect(bar).toHaveAttribute('aria-valuetext', '3 of 10 rows checked');
    expect(screen.getByRole('status')).toHaveTextContent('3 of 10 rows checked');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('is indeterminate without a value, and shows a caption in place of the value text', () => {
    render(<ProgressBar label="Reading CSV" valueText="Starting" caption="Starting…" />);
    const bar = screen.getByRole('progressbar', { name: 'Reading CSV' });
    expect(bar).not.toHaveAttribute('value');
    expect(bar).toHaveAttribute('aria-valuetext', 'Starting');
    expect(screen.getByRole('status')).toHaveTextContent('Starting…');
  });

  it('offers a cancel button when the work can be stopped', async () => {
    const onCancel = vi.fn();
    render(
      <ProgressBar
        label="Reading CSV"
        valueText="40 rows"
        onCancel={onCancel}
        cancelLabel="Stop reading"
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Stop reading' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });
});
