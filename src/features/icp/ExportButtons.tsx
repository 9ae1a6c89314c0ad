import { useState } from 'react';
import { accountsScoresCsv } from '../../export/accountsScoresCsv';
import { icpMarkdown } from '../../export/icpMarkdown';
import { downloadBlob } from '../../ui/download';
import type { IcpData } from './useIcpData';

export function ExportButtons({ data }: { data: IcpData }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { current } = data;
  const stem = `icp-v${current.number}`;
  const slide = async () => {
    setError(null);
    setBusy(true);
    try {
      // Loaded on click only: pptxgenjs is too large for the page's own bundle.
      const { icpSlide } = await import('../../export/icpSlide');
      downloadBlob(await icpSlide(current, data.traits), `${stem}.pptx`);
    } catch (e) {
      setError(`The slide could not be made: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };
  const text = (content: string, type: string) =>
    new Blob([content], { type: `${type};charset=utf-8` });
  return (
    <section aria-labelledby="icp-export-heading" className="icp-section">
      <h2 id="icp-export-heading">Share</h2>
      <div className="icp-exports">
        <button type="button" onClick={() => void slide()} disabled={busy}>
          Download slide (.pptx)
        </button>
        <button
          type="button"
          onClick={() =>
            downloadBlob(
              text(
                icpMarkdown(current, data.traits, data.highlights, data.accounts),
                'text/markdown',
              ),
              `${stem}.md`,
            )
          }
        >
          Download brief (.md)
        </button>
        <button
          type="button"
          onClick={() =>
            downloadBlob(
              text(accountsScoresCsv(data.accounts, data.scored), 'text/csv'),
              `${stem}-scores.csv`,
            )
          }
        >
          Download scores (.csv)
        </button>
      </div>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </section>
  );
}
