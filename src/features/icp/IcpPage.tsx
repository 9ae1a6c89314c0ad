import { useLiveQuery } from 'dexie-react-hooks';
import { usePageTitle } from '../../app/usePageTitle';
import { useWorkspaceDb } from '../../app/useWorkspace';
import { EmptyState } from '../../ui/EmptyState';
import { plural } from '../../ui/format';

export function IcpPage() {
  usePageTitle('ICP');
  const db = useWorkspaceDb();
  const versions = useLiveQuery(() => db.icpVersions.count(), [db]);
  return (
    <section aria-labelledby="icp-heading">
      <div className="page-header">
        <h1 id="icp-heading">Ideal Customer Profile</h1>
      </div>
      <EmptyState title="No ICP version yet">
        <p>
          {versions === undefined ? 'Loading…' : `${plural(versions, 'version')} so far. `}
          The ICP is built from synthesized evidence: scored traits, IS / IS NOT, and a sign-off.
          Synthesize the interviews first.
        </p>
      </EmptyState>
    </section>
  );
}
