/**
 * Tiny workspaces for the synthesis tests: every record gets schema-valid defaults so a test
 * only spells out the fields its hand computation depends on.
 */
import type { Account } from '../../../src/domain/schemas/account';
import type { Code, CodeKind } from '../../../src/domain/schemas/code';
import type { Cohort } from '../../../src/domain/schemas/cohort';
import type { Deal } from '../../../src/domain/schemas/deal';
import type { Finding } from '../../../src/domain/schemas/finding';
import type { Highlight } from '../../../src/domain/schemas/highlight';
import type { Interview } from '../../../src/domain/schemas/interview';
import type { SynthesisInput } from '../../../src/domain/synthesis/synthesisInput';
import { accountRecord, dealRecord, interviewRecord } from '../../fixtures/records';

const at = '2026-01-01T00:00:00.000Z';

export function account(id: string, cohort: Cohort | null, fields: Partial<Account> = {}): Account {
  return accountRecord({
    id,
    createdAt: at,
    updatedAt: at,
    cohort,
    cohortSource: cohort === null ? null : 'manual',
    ...fields,
  });
}

export function code(id: string, kind: CodeKind, name = id): Code {
  return {
    id,
    createdAt: at,
    updatedAt: at,
    name,
    kind,
    description: null,
    colour: '#336699',
    parentId: null,
    pinned: false,
  };
}

export function interview(
  id: string,
  accountId: string,
  date = '2026-02-01',
  fields: Partial<Interview> = {},
): Interview {
  return interviewRecord({
    id,
    createdAt: at,
    updatedAt: at,
    accountId,
    date,
    interviewer: 'Dana',
    notes: 'Notes from the call.',
    status: 'done',
    ...fields,
  });
}

/** A quote in `interview`, credited to the interview's account as the app denormalises it. */
export function quote(
  id: string,
  on: Pick<Interview, 'id' | 'accountId'>,
  codeIds: string[],
  fields: Partial<Highlight> = {},
): Highlight {
  return {
    id,
    createdAt: at,
    updatedAt: at,
    interviewId: on.id,
    accountId: on.accountId,
    codeIds,
    traitIds: [],
    anchor: { exact: `Quote ${id}`, prefix: '', suffix: '', start: 0, end: 5, source: 'notes' },
    speaker: null,
    comment: null,
    ...fields,
  };
}

export function deal(id: string, accountId: string, fields: Partial<Deal> = {}): Deal {
  return dealRecord({ id, createdAt: at, updatedAt: at, accountId, stage: 'won', ...fields });
}

export function finding(highlightIds: string[], fields: Partial<Finding> = {}): Finding {
  return {
    id: 'finding-1',
    createdAt: at,
    updatedAt: at,
    statement: 'A statement',
    codeIds: [],
    highlightIds,
    cohort: null,
    status: 'draft',
    ...fields,
  };
}

export function workspace(parts: Partial<SynthesisInput>): SynthesisInput {
  return { accounts: [], deals: [], interviews: [], highlights: [], codes: [], ...parts };
}
