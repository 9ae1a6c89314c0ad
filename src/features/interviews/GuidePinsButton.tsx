import { useState } from 'react';
import { useCommand } from '../../app/useCommand';
import { useCommandContext } from '../../app/useCommandContext';
import { setGuidePinsCommand } from '../../commands/pinCommands';
import type { Code } from '../../domain/schemas/code';
import type { Guide } from '../../domain/schemas/guide';
import { GuidePinsDialog } from './GuidePinsDialog';

interface Props {
  guide: Guide;
  codes: readonly Code[];
  pinned: readonly Code[];
}

/** "Pins…": sets the guide's Alt+1…9 codes without leaving the call. */
export function GuidePinsButton({ guide, codes, pinned }: Props) {
  const ctx = useCommandContext();
  const run = useCommand();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="pins-button" onClick={() => setOpen(true)}>
        Pins…
      </button>
      {open && (
        <GuidePinsDialog
          guide={guide}
          codes={codes}
          pinned={pinned}
          onSave={async (codeIds) => {
            await run(setGuidePinsCommand(ctx, { guideId: guide.id, codeIds }), {
              failed: 'The pins were not saved',
              throwErrors: true,
            });
          }}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
