import { describe, expect, it } from 'vitest';
import {
  createFinding,
  deleteFinding,
  linkHighlight,
  listFindings,
  restoreFinding,
  unlinkHighlight,
  updateFindingStatement,
  updateFindingStatus,
} from '../../src/db/findingsRepo';
import { freshDb } from './freshDb';

const AT = '2026-03-01T10:00:00.000Z';
const LATER = '2026-03-02T10:00:00.000Z';

describe('findingsRepo', () => {
  it('creates a draft with a trimmed statement and de-duplicated links', async () => {
    const db = freshDb();
    const finding = await createFinding(
      db,
      { statement: '  Power users lose hours  ', cohort: 'power_user', highlightIds: ['h1', 'h1'] },
      AT,
      'f1',
    );
    expect(finding).toMatchObject({
      id: 'f1',
      statement: 'Power users lose hours',
      status: 'draft',
      highlightIds: ['h1'],
      codeIds: [],
      cohort: 'power_user',
    });
    expect(await db.findings.get('f1')).toEqual(finding);
  });

  it('rejects an empty statement and writes nothing', async () => {
    const db = freshDb();
    await expect(createFinding(db, { statement: '   ', cohort: null }, AT)).rejects.toThrow(
      /Statement is required/,
    );
    expect(await db.findings.count()).toBe(0);
  });

  it('changes status and statement and stamps updatedAt', async () => {
    const db = freshDb();
    await createFinding(db, { statement: 'A', cohort: null }, AT, 'f1');
    const accepted = await updateFindingStatus(db, 'f1', 'accepted', LATER);
    expect(accepted).toMatchObject({ status: 'accepted', updatedAt: LATER, createdAt: AT });
    const edited = await updateFindingStatement(db, 'f1', 'B', LATER);
    expect(edited).toMatchObject({ statement: 'B', status: 'accepted' });
    await expect(updateFindingStatement(db, 'f1', '', LATER)).rejects.toThrow();
    expect((await db.findings.get('f1'))?.statement).toBe('B');
  });

  it('links a quote once and unlinks it', async () => {
    const db = freshDb();
    await createFinding(db, { statement: 'A', cohort: null }, AT, 'f1');
    await linkHighlight(db, 'f1', 'h1', LATER);
    await linkHighlight(db, 'f1', 'h2', LATER);
    const twice = await linkHighlight(db, 'f1', 'h1', LATER);
    expect(twice.highlightIds).toEqual(['h1', 'h2']);
    const after = await unlinkHighlight(db, 'f1', 'h1', LATER);
    expect(after.highlightIds).toEqual(['h2']);
  });

  it('fails clearly on a finding that no longer exists', async () => {
    const db = freshDb();
    await expect(linkHighlight(db, 'gone', 'h1', AT)).rejects.toThrow(/no longer exists/);
    await expect(deleteFinding(db, 'gone')).rejects.toThrow(/no longer exists/);
  });

  it('deletes and restores a finding exactly as it was', async () => {
    const db = freshDb();
    await createFinding(db, { statement: 'A', cohort: null, highlightIds: ['h1'] }, AT, 'f1');
    await updateFindingStatus(db, 'f1', 'rejected', LATER);
    const before = await db.findings.get('f1');
    const deleted = await deleteFinding(db, 'f1');
    expect(await db.findings.count()).toBe(0);
    await restoreFinding(db, deleted);
    expect(await db.findings.get('f1')).toEqual(before);
  });

  it('lists findings oldest first', async () => {
    const db = freshDb();
    await createFinding(db, { statement: 'Second', cohort: null }, LATER, 'b');
    await createFinding(db, { statement: 'First', cohort: null }, AT, 'a');
    expect((await listFindings(db)).map((f) => f.statement)).toEqual(['First', 'Second']);
  });
});
