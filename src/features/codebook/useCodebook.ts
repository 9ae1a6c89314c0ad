import { useLiveQuery } from 'dexie-react-hooks';
import {
  codeUsage,
  createCodeWithDetails,
  deleteCodeWithUndo,
  listCodes,
  mergeCodes,
  restoreDeletedCode,
  restoreMerge,
  updateCode,
  type CodeDetails,
} from '../../db/codesRepo';
import type { WorkspaceDb } from '../../db/schema';
import { nowIso } from '../../db/workspaceRegistry';
import type { Code } from '../../domain/schemas/code';
import { plural } from '../../ui/format';
import { useToast } from '../../ui/toastContext';

type Details = Omit<CodeDetails, 'colour'> & { colour?: string };

/** The codebook with its usage, and the edits the page makes, each delete or merge undoable. */
export function useCodebook(db: WorkspaceDb) {
  const codes = useLiveQuery(() => listCodes(db), [db]);
  const usage = useLiveQuery(() => codeUsage(db), [db]);
  const toast = useToast();

  const report = (error: unknown) => toast({ message: (error as Error).message, tone: 'error' });

  /** Rejects with the reason, for the dialog to show beside its form. */
  const save = async (code: Code | null, details: Details): Promise<void> => {
    if (code)
      await updateCode(
        db,
        code.id,
        { ...details, colour: details.colour ?? code.colour },
        nowIso(),
      );
    else await createCodeWithDetails(db, details, nowIso());
  };

  const remove = async (code: Code) => {
    try {
      const deletion = await deleteCodeWithUndo(db, code.id, nowIso());
      const from =
        deletion.highlights.length > 0
          ? `; removed from ${plural(deletion.highlights.length, 'quote')}`
          : '';
      toast({
        message: `Deleted “${code.name}”${from}`,
        action: { label: 'Undo', run: () => restoreDeletedCode(db, deletion).catch(report) },
      });
    } catch (error) {
      report(error);
    }
  };

  const merge = async (source: Code, targetId: string) => {
    const merged = await mergeCodes(db, source.id, targetId, nowIso());
    toast({
      message: `Merged “${source.name}” into “${merged.target.name}”; ${plural(merged.highlights.length, 'quote')} moved`,
      action: { label: 'Undo', run: () => restoreMerge(db, merged).catch(report) },
    });
  };

  return { codes, usage, save, remove, merge };
}
