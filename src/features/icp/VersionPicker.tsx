import { useId } from 'react';
import { versionLabel } from '../../domain/icp/versionView';
import type { IcpVersion } from '../../domain/schemas/icpVersion';

interface Props {
  versions: readonly IcpVersion[];
  viewed: IcpVersion;
  onPick(version: IcpVersion): void;
}

/** Newest first: the current version is the one most people want, the rest are history. */
export function VersionPicker({ versions, viewed, onPick }: Props) {
  const id = useId();
  const current = versions.at(-1);
  return (
    <div className="field icp-version-picker icp-no-print">
      <label htmlFor={id}>Viewing</label>
      <select
        id={id}
        value={viewed.id}
        onChange={(e) => {
          const picked = versions.find((v) => v.id === e.target.value);
          if (picked) onPick(picked);
        }}
      >
        {[...versions].reverse().map((v) => (
          <option key={v.id} value={v.id}>
            {versionLabel(v)}
            {v.id === current?.id ? ' (current)' : ''}
          </option>
        ))}
      </select>
    </div>
  );
}
