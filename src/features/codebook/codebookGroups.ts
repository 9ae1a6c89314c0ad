import { CODE_KIND_LABELS, CODE_KINDS, type Code, type CodeKind } from '../../domain/schemas/code';

export interface CodebookEntry {
  code: Code;
  /** 0 for a top-level code; sub-codes are indented under their parent. */
  depth: number;
  parent: Code | undefined;
}

export interface CodebookSection {
  kind: CodeKind;
  /** Set only inside the failure-reason group, whose kinds share one heading. */
  subheading: string | null;
  hint: string | null;
  entries: CodebookEntry[];
}

export interface CodebookGroup {
  id: string;
  heading: string;
  sections: CodebookSection[];
}

const FAILURE_KINDS: readonly CodeKind[] = [
  'failure_product',
  'failure_process',
  'failure_external',
];

/** DOMAIN.md §3: the split decides what to do, so each part says what it calls for. */
const FAILURE_PARTS: Partial<Record<CodeKind, { subheading: string; hint: string }>> = {
  failure_product: {
    subheading: 'Product',
    hint: 'A missing capability: this segment is not ICP today, and may be once the roadmap ships it.',
  },
  failure_process: {
    subheading: 'Process',
    hint: 'Sales, onboarding, support or pricing failed: the segment may well be ICP; fix the process.',
  },
  failure_external: {
    subheading: 'External',
    hint: 'Budget freeze, acquisition, champion left: out of our control.',
  },
};

/** Parents before their sub-codes, siblings by name; a parent of another kind counts as none. */
function treeOrder(codes: readonly Code[], byId: ReadonlyMap<string, Code>): CodebookEntry[] {
  const ofKind = new Set(codes.map((c) => c.id));
  const children = new Map<string | null, Code[]>();
  for (const code of codes) {
    const key = code.parentId !== null && ofKind.has(code.parentId) ? code.parentId : null;
    children.set(key, [...(children.get(key) ?? []), code]);
  }
  const entries: CodebookEntry[] = [];
  const visit = (parentId: string | null, depth: number) => {
    const siblings = [...(children.get(parentId) ?? [])].sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    for (const code of siblings) {
      entries.push({
        code,
        depth,
        parent: code.parentId === null ? undefined : byId.get(code.parentId),
      });
      visit(code.id, depth + 1);
    }
  };
  visit(null, 0);
  return entries;
}

/** One group per kind, in codebook order; the three failure kinds share "Failure reason". */
export function groupCodebook(codes: readonly Code[]): CodebookGroup[] {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const section = (kind: CodeKind): CodebookSection => ({
    kind,
    subheading: FAILURE_PARTS[kind]?.subheading ?? null,
    hint: FAILURE_PARTS[kind]?.hint ?? null,
    entries: treeOrder(
      codes.filter((c) => c.kind === kind),
      byId,
    ),
  });
  const groups: CodebookGroup[] = CODE_KINDS.filter((kind) => !FAILURE_KINDS.includes(kind)).map(
    (kind) => ({ id: kind, heading: CODE_KIND_LABELS[kind], sections: [section(kind)] }),
  );
  groups.push({ id: 'failure', heading: 'Failure reason', sections: FAILURE_KINDS.map(section) });
  return groups;
}
