import type { CodeUsage } from '../../db/codesRepo';
import type { CodebookEntry } from './codebookGroups';

interface Props {
  entry: CodebookEntry;
  usage: CodeUsage | undefined;
  onEdit(): void;
  onMerge(): void;
  onPin(): void;
  onDelete(): void;
}

export function CodeRow({ entry, usage, onEdit, onMerge, onPin, onDelete }: Props) {
  const { code, depth, parent } = entry;
  return (
    <tr>
      <th
        scope="row"
        className="codebook-name"
        style={{ paddingLeft: `${0.75 + depth * 1.25}rem` }}
      >
        <span>
          <span
            className="codebook-swatch"
            style={{ background: code.colour }}
            aria-hidden="true"
          />
          {code.name}
        </span>
      </th>
      <td className="codebook-description">
        {code.description ?? <span className="codebook-none">—</span>}
      </td>
      <td>{parent?.name ?? <span className="codebook-none">—</span>}</td>
      <td className="num">{usage?.quotes ?? 0}</td>
      <td className="num">{usage?.accounts ?? 0}</td>
      <td>
        <div className="row-actions">
          <button type="button" aria-label={`Edit “${code.name}”`} onClick={onEdit}>
            Edit
          </button>
          <button type="button" aria-label={`Merge “${code.name}” into…`} onClick={onMerge}>
            Merge
          </button>
          <button type="button" aria-label={`Pin “${code.name}” to a guide…`} onClick={onPin}>
            Pin…
          </button>
          <button
            type="button"
            className="danger"
            aria-label={`Delete “${code.name}”`}
            onClick={onDelete}
          >
            Delete
          </button>
        </div>
      </td>
    </tr>
  );
}
