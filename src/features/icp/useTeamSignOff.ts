import { useCallback, useEffect, useState } from 'react';
import { errorText } from '../../commands/errorText';
import { useTeamSync } from '../../app/useTeamSync';
import { teamSignOff, type TeamDecision, type TeamSignOff } from '../../domain/review/teamSignOff';
import type { IcpVersion } from '../../domain/schemas/icpVersion';

interface Loaded {
  versionId: string;
  hash: string;
  entries: TeamDecision[];
  required: number;
}

/**
 * A shared workspace's sign-off of `version`, from the decisions the team server recorded; read
 * again whenever anyone records one (the review document's nudge). Null in a browser of one.
 */
export function useTeamSignOff(version: IcpVersion) {
  const { review } = useTeamSync();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);

  // Bumped after this member decides, so the list is read again even before the nudge lands.
  const [asked, setAsked] = useState(0);

  useEffect(() => {
    if (!review) return;
    let live = true;
    const read = () => {
      Promise.all([review.versionHash(version), review.decisions(version.id)]).then(
        ([hash, answer]) => {
          if (!live) return;
          setLoaded({ versionId: version.id, hash, ...answer });
          setError(null);
        },
        (failure: unknown) => {
          if (live) setError(errorText(failure, 'The team’s decisions could not be read'));
        },
      );
    };
    read();
    const stop = review.onDecisions(read);
    return () => {
      live = false;
      stop();
    };
  }, [review, version, asked]);

  const decide = useCallback(
    async (decision: TeamDecision['decision'], note: string | null) => {
      if (!review) return;
      await review.decide({ version, decision, note });
      setAsked((n) => n + 1);
    },
    [review, version],
  );

  const state: TeamSignOff | null =
    loaded && loaded.versionId === version.id
      ? teamSignOff(loaded.entries, loaded.hash, loaded.required)
      : null;
  return { shared: review !== null, state, error, decide };
}
