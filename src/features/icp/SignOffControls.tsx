import { useState } from 'react';
import { distinctApprovals, signOffBlockers } from '../../domain/icp/signOffGuards';
import type { IcpVersion } from '../../domain/schemas/icpVersion';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useRequiredApprovals } from './useRequiredApprovals';

interface Props {
  version: IcpVersion;
  onSignOff(): void;
}

/** Sign-off freezes what the team agreed, so it waits for enough reviewers and asks once more. */
export function SignOffControls({ version, onSignOff }: Props) {
  const { required } = useRequiredApprovals();
  const [confirming, setConfirming] = useState(false);
  if (required === undefined) return null;
  const blockers = signOffBlockers(version, required);
  const approvals = distinctApprovals(version.signOffs);
  return (
    <div className="form-actions">
      <button
        type="button"
        className="primary"
        onClick={() => setConfirming(true)}
        disabled={blockers.length > 0}
      >
        Sign off
      </button>
      <span className="field-hint">
        {blockers.length > 0
          ? blockers.join(' ')
          : `${approvals} of ${required} approvals from different reviewers.`}
      </span>
      <ConfirmDialog
        open={confirming}
        title={`Sign off version ${version.number}?`}
        confirmLabel={`Sign off version ${version.number}`}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          onSignOff();
        }}
      >
        <p>
          This freezes version {version.number}: its {version.traits.length} traits and their
          weights, kinds and rules, the IS / IS NOT lines and exclusions, and today’s scores,
          cohorts, separation and evidence counts. Later changes go into a new draft.
        </p>
      </ConfirmDialog>
    </div>
  );
}
