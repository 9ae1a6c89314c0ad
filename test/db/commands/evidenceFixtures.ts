import type { Code } from '../../../src/domain/schemas/code';
import type { Finding } from '../../../src/domain/schemas/finding';
import type { Highlight } from '../../../src/domain/schemas/highlight';

export const AT = '2026-03-01T10:00:00.000Z';
export const NOW = '2026-03-02T10:00:00.000Z';
export const LATER = '2026-03-03T10:00:00.000Z';

export function code(id: string, name: string, parentId: string | null = null): Code {
  return {
    id,
    createdAt: AT,
    updatedAt: AT,
    name,
    kind: 'pain_point',
    description: null,
    colour: '#b82e2e',
    parentId,
    pinned: false,
  };
}

export function quote(id: string, codeIds: string[] = []): Highlight {
  return {
    id,
    createdAt: AT,
    updatedAt: AT,
    interviewId: 'int-1',
    accountId: 'acc-1',
    codeIds,
    traitIds: [],
    anchor: { exact: `Quote ${id}`, prefix: '', suffix: '', start: 0, end: 8, source: 'notes' },
    speaker: null,
    comment: null,
  };
}

export function finding(id: string, fields: Partial<Finding> = {}): Finding {
  return {
    id,
    createdAt: AT,
    updatedAt: AT,
    statement: 'Power users lose hours to manual reporting',
    codeIds: [],
    highlightIds: [],
    cohort: null,
    status: 'draft',
    ...fields,
  };
}
