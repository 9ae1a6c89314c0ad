import { useLiveQuery } from 'dexie-react-hooks';
import { useWorkspaceDb } from '../../app/useWorkspace';
import { countMergeRecords } from '../../db/accountMergeRepo';
import type { Account } from '../../domain/schemas/account';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { plural } from '../../ui/format';

interface Props {
  keep: Account;
  merge: Account;
  onConfirm(): void;
  onCancel(): void;
}

/** Names what moves before anything does, so a wrong pair is caught here. */
export function MergeAccountsDialog({ keep, merge, onConfirm, onCancel }: Props) {
  const db = useWorkspaceDb();
  const counts = useLiveQuery(() => countMergeRecords(db, merge.id), [db, merge.id]);
  return (
    <ConfirmDialog
      open
      title={`Merge “${merge.name}” into “${keep.name}”?`}
      confirmLabel="Merge accounts"
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      {counts ? (
        <p>
          {plural(counts.deals, 'deal')}, {plural(counts.contacts, 'contact')},{' '}
          {plural(counts.interviews, 'interview')} and {plural(counts.quotes, 'quote')} move to “
          {keep.name}”. Its blank fields are filled from “{merge.name}”, which is then deleted.
        </p>
      ) : (
        <p role="status">Counting what moves…</p>
      )}
    </ConfirmDialog>
  );
}
