import { useState } from 'react';
import { useWorkspaceDb } from '../../app/useWorkspace';
import { accountsInFigures } from '../../domain/icp/versionView';
import { accountsScoresCsv } from '../../export/accountsScoresCsv';
import { slideContent } from '../../export/slideContent';
import { downloadBlob } from '../../ui/download';
import { icpBrief, icpSlideInput } from './icpBrief';
import type { IcpData } from './useIcpData';
import { ErrorAlert } from '../../ui/ErrorAlert';

/** Exports the version on screen, with the same figures: frozen ones for a signed-off version. */
export function ExportButtons({ data }: { data: IcpData }) {
  const db = useWorkspaceDb();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { viewed, view } = data;
  const stem = `icp-v${viewed.number}`;
  const slide = async () => {
    setError(null);
    setBusy(true);
    try {
      // Loaded on click only: pptxgenjs is too large for the page's own bundle.
      const { icpSlide } = await import('../../export/icpSlide');
      downloadBlob(await icpSlide(slideContent(icpSlideInput(data))), `${stem}.pptx`);
    } catch (e) {
      setError(`The slide could not be made: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };
  const text = (content: string, type: string) =>
    new Blob([content], { type: `${type};charset=utf-8` });
  const brief = async () => {
    setError(null);
    try {
      downloadBlob(text(await icpBrief(db, data), 'text/markdown'), `${stem}.md`);
    } catch (e) {
      setError(`The brief could not be made: ${(e as Error).message}`);
    }
  };
  return (
    <section aria-labelledby="icp-export-heading" className="icp-section icp-no-print">
      <h2 id="icp-export-heading">Share</h2>
      <p className="field-hint">
        Exports version {viewed.number}
        {view.frozen ? ', with its figures as signed off.' : ', with today’s figures.'}
      </p>
      <div className="icp-exports">
        <button type="button" onClick={() => void slide()} disabled={busy}>
          Download slide (.pptx)
        </button>
        <button type="button" onClick={() => void brief()}>
          Download brief (.md)
        </button>
        <button
          type="button"
          onClick={() =>
            downloadBlob(
              text(
                accountsScoresCsv(accountsInFigures(data.accounts, view), view.scored),
                'text/csv',
              ),
              `${stem}-scores.csv`,
            )
          }
        >
          Download scores (.csv)
        </button>
      </div>
      <ErrorAlert message={error} />
    </section>
  );
}
