import { describe, expect, it } from 'vitest';
import { CODE_KINDS, codeSchema } from '../../src/domain/schemas/code';
import { findingSchema } from '../../src/domain/schemas/finding';
import { guideSchema } from '../../src/domain/schemas/guide';
import { settingSchema } from '../../src/domain/schemas/setting';
import { workspaceSchema } from '../../src/domain/schemas/workspace';

const at = '2026-03-01T10:00:00.000Z';
const base = { id: 'x1', createdAt: at, updatedAt: at };

function firstMessage(result: { success: boolean; error?: { issues: { message: string }[] } }) {
  return result.error?.issues[0]?.message;
}

const COHORT_MESSAGE = 'Cohort must be one of power user, emerging promoter, churner, lost deal.';

describe('code schema', () => {
  const code = {
    ...base,
    name: 'Manual reporting',
    kind: 'pain_point',
    description: null,
    colour: '#B82E2E',
    parentId: null,
    pinned: true,
  };

  it('accepts a code of every kind in the codebook, trimming its name', () => {
    for (const kind of CODE_KINDS) {
      expect(codeSchema.parse({ ...code, kind }).kind).toBe(kind);
    }
    expect(codeSchema.parse({ ...code, name: '  Manual reporting ' }).name).toBe(
      'Manual reporting',
    );
    expect(codeSchema.parse({ ...code, parentId: 'c0', description: 'Weekly' })).toMatchObject({
      parentId: 'c0',
      description: 'Weekly',
    });
  });

  it.each([
    [{ name: '  ' }, 'Code name is required.'],
    [{ name: 'x'.repeat(121) }, 'Code name is longer than 120 characters.'],
    [{ name: 42 }, 'Code name must be text.'],
    [{ kind: 'feature_request' }, 'Pick a code kind from the codebook.'],
    [{ colour: 'red' }, 'Colour must be a hex colour like #3366cc.'],
    [{ colour: '#3366c' }, 'Colour must be a hex colour like #3366cc.'],
    [{ description: 'x'.repeat(2001) }, 'Description is longer than 2000 characters.'],
    [{ id: '' }, 'Id is missing.'],
    [{ createdAt: '2026-03-01' }, 'Created-at must be an ISO date-time.'],
    [{ updatedAt: 'yesterday' }, 'Updated-at must be an ISO date-time.'],
  ])('refuses %o with "%s"', (patch, message) => {
    expect(firstMessage(codeSchema.safeParse({ ...code, ...patch }))).toBe(message);
  });

  it('needs a yes/no pin', () => {
    expect(codeSchema.safeParse({ ...code, pinned: 'yes' }).success).toBe(false);
  });
});

describe('guide schema', () => {
  const guide = {
    ...base,
    name: 'Churner interview',
    cohort: 'churner',
    questionIds: ['q-1', 'q-2'],
  };

  it('accepts a guide for a cohort or for everyone, listing bank question ids', () => {
    expect(guideSchema.parse(guide).questionIds).toEqual(guide.questionIds);
    expect(guideSchema.parse({ ...guide, cohort: null }).cohort).toBeNull();
    expect(guideSchema.parse({ ...guide, questionIds: [] }).questionIds).toEqual([]);
    const full = Array.from({ length: 200 }, (_, i) => `q-${i + 1}`);
    expect(guideSchema.parse({ ...guide, questionIds: full }).questionIds).toHaveLength(200);
  });

  it.each([
    [{ name: '' }, 'Guide name is required.'],
    [{ name: 'x'.repeat(201) }, 'Guide name is longer than 200 characters.'],
    [{ cohort: 'vip' }, COHORT_MESSAGE],
    [{ questionIds: ['q-1', ''] }, 'A question id is missing.'],
    [
      { questionIds: Array.from({ length: 201 }, (_, i) => `q-${i}`) },
      'A guide holds at most 200 questions.',
    ],
  ])('refuses %o with "%s"', (patch, message) => {
    expect(firstMessage(guideSchema.safeParse({ ...guide, ...patch }))).toBe(message);
  });
});

describe('finding schema', () => {
  const finding = {
    ...base,
    statement: 'Teams over 50 people stop trusting spreadsheet reports.',
    codeIds: ['c1', 'c2'],
    highlightIds: ['h1'],
    cohort: 'power_user',
    status: 'draft',
  };

  it('accepts a finding in each status, with or without a cohort', () => {
    for (const status of ['draft', 'accepted', 'rejected']) {
      expect(findingSchema.parse({ ...finding, status }).status).toBe(status);
    }
    expect(findingSchema.parse({ ...finding, cohort: null }).cohort).toBeNull();
    expect(findingSchema.parse({ ...finding, statement: '  Trimmed.  ' }).statement).toBe(
      'Trimmed.',
    );
  });

  it.each([
    [{ statement: ' ' }, 'Statement is required.'],
    [{ statement: 'x'.repeat(2001) }, 'Statement is longer than 2000 characters.'],
    [{ cohort: 'fans' }, COHORT_MESSAGE],
    [{ status: 'done' }, 'Invalid option: expected one of "draft"|"accepted"|"rejected"'],
    [{ codeIds: [1] }, 'Invalid input: expected string, received number'],
    [{ highlightIds: 'h1' }, 'Invalid input: expected array, received string'],
    // Stored times are UTC: an offset means the record came from somewhere else.
    [{ updatedAt: '2026-03-01T10:00:00+02:00' }, 'Updated-at must be an ISO date-time.'],
  ])('refuses %o with "%s"', (patch, message) => {
    expect(firstMessage(findingSchema.safeParse({ ...finding, ...patch }))).toBe(message);
  });
});

describe('workspace schema', () => {
  const workspace = {
    ...base,
    name: 'Northwind listening tour',
    dbName: 'tourbook-ws-0b6f9a4e-2c1d-4e8f-9a7b-3c5d7e9f1a2b',
    isDemo: false,
  };

  it('accepts a workspace and trims its name', () => {
    expect(workspaceSchema.parse(workspace)).toEqual(workspace);
    expect(workspaceSchema.parse({ ...workspace, name: '  Tour  ', isDemo: true })).toMatchObject({
      name: 'Tour',
      isDemo: true,
    });
    expect(workspaceSchema.parse({ ...workspace, name: 'x'.repeat(100) }).name).toHaveLength(100);
  });

  it.each([
    [{ name: '   ' }, 'Workspace name is required.'],
    [{ name: 'x'.repeat(101) }, 'Workspace name is longer than 100 characters.'],
    [{ name: null }, 'Workspace name must be text.'],
    [
      { dbName: 'tourbook-registry' },
      'Invalid string: must match pattern /^tourbook-ws-[a-z0-9-]+$/',
    ],
    [
      { dbName: 'tourbook-ws-ABC' },
      'Invalid string: must match pattern /^tourbook-ws-[a-z0-9-]+$/',
    ],
    [{ isDemo: 'yes' }, 'Invalid input: expected boolean, received string'],
  ])('refuses %o with "%s"', (patch, message) => {
    expect(firstMessage(workspaceSchema.safeParse({ ...workspace, ...patch }))).toBe(message);
  });
});

describe('setting schema', () => {
  it('accepts a value of any shape under a key', () => {
    for (const value of [{ minNps: 9, tags: ['a'] }, [1, 2], 'DMY', 0, false, null]) {
      expect(settingSchema.parse({ key: 'cohort.thresholds', value, updatedAt: at })).toEqual({
        key: 'cohort.thresholds',
        value,
        updatedAt: at,
      });
    }
  });

  it.each([
    [{ key: '' }, 'Too small: expected string to have >=1 characters'],
    [{ key: 'k'.repeat(201) }, 'Too big: expected string to have <=200 characters'],
    [{ key: 3 }, 'Invalid input: expected string, received number'],
    [{ updatedAt: '2026-03-01' }, 'Invalid ISO datetime'],
  ])('refuses %o with "%s"', (patch, message) => {
    const setting = { key: 'import.mapping', value: [], updatedAt: at, ...patch };
    expect(firstMessage(settingSchema.safeParse(setting))).toBe(message);
  });

  it('refuses a setting whose value is missing altogether', () => {
    expect(firstMessage(settingSchema.safeParse({ key: 'import.mapping', updatedAt: at }))).toBe(
      'Invalid input: expected nonoptional, received undefined',
    );
  });
});
