import { useId, useState } from 'react';
import type { VersionLines } from '../../db/icpRepo';
import type { IcpVersion } from '../../domain/schemas/icpVersion';

interface Props {
  version: IcpVersion;
  locked: boolean;
  onSave(lines: Required<VersionLines>): Promise<void>;
}

const LISTS = [
  { key: 'isLines', label: 'ICP IS', hint: 'One statement per line: who the ICP is.' },
  { key: 'isNotLines', label: 'ICP IS NOT', hint: 'One per line: who looks similar but is not.' },
  { key: 'exclusions', label: 'Exclusions', hint: 'One per line: who we will not sell to.' },
] as const;

type Key = (typeof LISTS)[number]['key'];

/** Keyed by version by the parent, so switching versions starts from the stored lines. */
export function LinesEditor({ version, locked, onSave }: Props) {
  const baseId = useId();
  const [text, setText] = useState<Record<Key, string>>({
    isLines: version.isLines.join('\n'),
    isNotLines: version.isNotLines.join('\n'),
    exclusions: version.exclusions.join('\n'),
  });
  const [status, setStatus] = useState<string | null>(null);
  const save = async () => {
    setStatus(null);
    try {
      const split = (key: Key) => text[key].split('\n');
      await onSave({
        isLines: split('isLines'),
        isNotLines: split('isNotLines'),
        exclusions: split('exclusions'),
      });
      setStatus('Saved');
    } catch (error) {
      setStatus((error as Error).message);
    }
  };
  return (
    <section aria-labelledby="icp-lines-heading" className="icp-section">
      <h2 id="icp-lines-heading">IS / IS NOT</h2>
      {/* Paper cannot scroll a textarea, so print shows the stored lines as lists instead. */}
      <div className="icp-lines icp-print-only">
        {LISTS.map(({ key, label }) => (
          <div key={key}>
            <h3>{label}</h3>
            {version[key].length === 0 ? (
              <p>None yet.</p>
            ) : (
              <ul>
                {version[key].map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </div>
      <div className="icp-lines icp-no-print">
        {LISTS.map(({ key, label, hint }) => (
          <div className="field" key={key}>
            <label htmlFor={`${baseId}-${key}`}>{label}</label>
            <textarea
              id={`${baseId}-${key}`}
              rows={5}
              value={text[key]}
              disabled={locked}
              aria-describedby={`${baseId}-${key}-hint`}
              onChange={(e) => {
                setStatus(null);
                setText({ ...text, [key]: e.target.value });
              }}
            />
            <p id={`${baseId}-${key}-hint`} className="field-hint">
              {hint}
            </p>
          </div>
        ))}
      </div>
      <div className="form-actions icp-no-print">
        <button type="button" onClick={() => void save()} disabled={locked}>
          Save IS / IS NOT
        </button>
        <span role="status">{status}</span>
      </div>
    </section>
  );
}
