import { useState } from 'react';
import type { TeamRole } from '../../app/teamSyncContext';

interface Props {
  makeLink(role: TeamRole): Promise<string>;
}

const ROLES: { role: TeamRole; label: string; what: string }[] = [
  { role: 'editor', label: 'Editor', what: 'can change everything' },
  {
    role: 'reviewer',
    label: 'Reviewer',
    what: 'reads, comments and decides, cannot change evidence',
  },
];

/** One invite link per role, made on demand; a link works for 72 hours and for several people. */
export function InviteLinks({ makeLink }: Props) {
  const [links, setLinks] = useState<Partial<Record<TeamRole, string>>>({});
  const [error, setError] = useState<string | null>(null);

  const make = async (role: TeamRole) => {
    setError(null);
    try {
      const link = await makeLink(role);
      setLinks((prev) => ({ ...prev, [role]: link }));
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <div>
      <h3>Invite links</h3>
      <ul className="invite-links">
        {ROLES.map(({ role, label, what }) => (
          <li key={role}>
            <button type="button" onClick={() => void make(role)}>
              Make {label.toLowerCase()} link
            </button>{' '}
            <span className="muted">
              {label}: {what}.
            </span>
            {links[role] && (
              <input
                readOnly
                aria-label={`${label} invite link`}
                value={links[role]}
                onFocus={(e) => e.target.select()}
              />
            )}
          </li>
        ))}
      </ul>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
