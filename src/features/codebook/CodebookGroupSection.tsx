import { useId } from 'react';
import type { CodeUsage } from '../../db/codesRepo';
import type { Code } from '../../domain/schemas/code';
import { CodebookTable } from './CodebookTable';
import type { CodebookGroup } from './codebookGroups';

interface Props {
  group: CodebookGroup;
  usage: ReadonlyMap<string, CodeUsage>;
  onEdit(code: Code): void;
  onMerge(code: Code): void;
  onPin(code: Code): void;
  onDelete(code: Code): void;
}

export function CodebookGroupSection({ group, ...handlers }: Props) {
  const id = useId();
  return (
    <section className="panel codebook-group" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{group.heading}</h2>
      {group.sections.map((section) =>
        section.subheading === null ? (
          <CodebookTable
            key={section.kind}
            section={section}
            labelledBy={`${id}-heading`}
            {...handlers}
          />
        ) : (
          <div key={section.kind} className="codebook-subsection">
            <h3 id={`${id}-${section.kind}`}>{section.subheading}</h3>
            {section.hint && <p className="codebook-hint">{section.hint}</p>}
            <CodebookTable section={section} labelledBy={`${id}-${section.kind}`} {...handlers} />
          </div>
        ),
      )}
    </section>
  );
}
