// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_COHORT_THRESHOLDS } from '../../src/domain/cohortRules';
import { CohortThresholdsForm } from '../../src/shared/cohorts/CohortThresholdsForm';

/** Longer than the form's save delay, so a save that was going to happen has happened. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 700));

describe('CohortThresholdsForm', () => {
  it('shows why an invalid value is refused, beside the field, and saves nothing', async () => {
    const onSave = vi.fn(async () => {});
    render(<CohortThresholdsForm initial={DEFAULT_COHORT_THRESHOLDS} onSave={onSave} />);
    const nps = screen.getByLabelText('Promoter NPS (at least)');
    await userEvent.clear(nps);
    await userEvent.type(nps, '11');

    await waitFor(() => expect(nps).toHaveAttribute('aria-invalid', 'true'));
    expect(nps).toHaveAccessibleDescription(/Promoter NPS must be from 0 to 10\./);
    expect(screen.getByRole('status')).toHaveTextContent('Not saved');
    await settle();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('refuses an empty number and a fractional month the same way', async () => {
    const onSave = vi.fn(async () => {});
    render(<CohortThresholdsForm initial={DEFAULT_COHORT_THRESHOLDS} onSave={onSave} />);
    const share = screen.getByLabelText('Top share by value');
    await userEvent.clear(share);
    await waitFor(() => expect(share).toHaveAccessibleDescription(/Top share must be a number\./));
    const tenure = screen.getByLabelText('Power users: customer for at least (months)');
    await userEvent.clear(tenure);
    await userEvent.type(tenure, '1.5');
    await waitFor(() =>
      expect(tenure).toHaveAccessibleDescription(/Tenure must be whole months\./),
    );
    await settle();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('saves a valid change, once, with every threshold', async () => {
    const onSave = vi.fn(async () => {});
    render(<CohortThresholdsForm initial={DEFAULT_COHORT_THRESHOLDS} onSave={onSave} />);
    const share = screen.getByLabelText('Top share by value');
    await userEvent.clear(share);
    await userEvent.type(share, '0.5');
    await userEvent.selectOptions(screen.getByLabelText('Value measure'), 'LTV');

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Saved'));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave).toHaveBeenCalledWith({
      ...DEFAULT_COHORT_THRESHOLDS,
      valueTopShare: 0.5,
      valueMetric: 'ltv',
    });
    expect(share).not.toHaveAttribute('aria-invalid');
  });
});
