import type { CodeUsage } from '../../db/codesRepo';
import type { Code } from '../../domain/schemas/code';
import { CodeRow } from './CodeRow';
import type { CodebookSection } from './codebookGroups';
import { ActionsHeader } from '../../ui/ActionsHeader';

interface Props {
  section: CodebookSection;
  labelledBy: string;
  usage: ReadonlyMap<string, CodeUsage>;
  onEdit(code: Code): void;
  onMerge(code: Code): void;
  onPin(code: Code): void;
  onDelete(code: Code): void;
}

export function CodebookTable({
  section,
  labelledBy,
  usage,
  onEdit,
  onMerge,
  onPin,
  onDelete,
}: Props) {
  if (section.entries.length === 0)
    return <p className="codebook-empty">No codes of this kind yet.</p>;
  return (
    <div className="table-wrap codebook-table-wrap">
      <table className="data-table codebook-table" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">Description</th>
            <th scope="col">Parent</th>
            <th scope="col" className="num">
              Quotes
            </th>
            <th scope="col" className="num">
              Accounts
            </th>
            <ActionsHeader />
          </tr>
        </thead>
        <tbody>
          {section.entries.map((entry) => (
            <CodeRow
              key={entry.code.id}
              entry={entry}
              usage={usage.get(entry.code.id)}
              onEdit={() => onEdit(entry.code)}
              onMerge={() => onMerge(entry.code)}
              onPin={() => onPin(entry.code)}
              onDelete={() => onDelete(entry.code)}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
