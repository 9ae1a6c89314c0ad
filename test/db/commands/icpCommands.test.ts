import { describe, expect, it } from 'vitest';
import {
  createTraitCommand,
  deleteTraitCommand,
  updateTraitCommand,
} from '../../../src/commands/icpCommands';
import {
  ensureCurrentVersion,
  recordSignOffCommand,
  signOffAsTeamCommand,
  signOffVersionCommand,
  startNewDraftCommand,
  submitForReviewCommand,
  updateVersionLinesCommand,
} from '../../../src/commands/icpVersionCommands';
import type { CommandOutcome } from '../../../src/commands/outcome';
import { changesSince, lastChangeSeq } from '../../../src/db/changeQueries';
import { updateTrait, updateVersionLines, type TraitDetails } from '../../../src/db/icpRepo';
import type { WorkspaceDb } from '../../../src/db/schema';
import { account } from '../../unit/synthesis/builders';
import { freshDb } from '../freshDb';
import { logged } from '../loggedChanges';
import { fixedContext } from './fixedContext';

const AT = '2026-03-01T10:00:00.000Z';
const LATER = '2026-03-02T10:00:00.000Z';

const pain: TraitDetails = {
  name: 'Manual reporting eats hours',
  description: null,
  component: 'behavioural',
  kind: 'must_have',
  weight: 5,
  rule: { op: 'has_code', codeId: 'pain' },
  codeIds: ['pain'],
  highlightIds: [],
};

/** A workspace with its first draft (id v-1), and the context the commands run in. */
async function withDraft() {
  const db = freshDb();
  const ctx = fixedContext(db, AT, 'v');
  const draft = await ensureCurrentVersion(ctx);
  return { db, draft, ctx: fixedContext(db, AT) };
}

const traitOf = (db: WorkspaceDb, id: string) => db.traits.get(id);

function expectNoUndo(outcome: CommandOutcome<unknown>, message: string) {
  expect(outcome.message).toBe(message);
  expect(outcome.undo).toBeUndefined();
}

describe('trait commands', () => {
  it('creates a trait, logged with the draft’s copy; its Undo deletes it', async () => {
    const { db, draft, ctx } = await withDraft();
    const seq = await lastChangeSeq(db);

    const { result, message, undo } = await createTraitCommand(ctx, pain);
    expect(message).toBe('Trait “Manual reporting eats hours” created.');
    expect(result).toMatchObject({ id: 'id-1', name: pain.name, createdAt: AT });
    expect((await db.icpVersions.get(draft.id))?.traits.map((t) => t.id)).toEqual(['id-1']);
    expect(logged(await changesSince(db, seq))).toEqual([
      'icpVersions v-1 put local',
      'traits id-1 put local',
    ]);

    const undoSeq = await lastChangeSeq(db);
    expect(await undo?.()).toEqual({
      message: 'Trait “Manual reporting eats hours” removed.',
      kept: 0,
    });
    expect(await traitOf(db, 'id-1')).toBeUndefined();
    expect((await db.icpVersions.get(draft.id))?.traits).toEqual([]);
    expect(logged(await changesSince(db, undoSeq))).toEqual([
      'icpVersions v-1 put undo',
      'traits id-1 delete undo',
    ]);
  });

  it('keeps a created trait that was edited since, and says so', async () => {
    const { db, ctx } = await withDraft();
    const { undo } = await createTraitCommand(ctx, pain);
    await updateTrait(db, 'id-1', { weight: 3 }, LATER);

    expect(await undo?.()).toEqual({
      message: 'The trait was edited since, so it was kept as edited.',
      kept: 1,
    });
    expect((await traitOf(db, 'id-1'))?.weight).toBe(3);
  });

  it('updates a trait; its Undo puts it back exactly as it was', async () => {
    const { db, ctx } = await withDraft();
    const { result: created } = await createTraitCommand(ctx, pain);
    const seq = await lastChangeSeq(db);

    const later = fixedContext(db, LATER);
    const { result, message, undo } = await updateTraitCommand(later, {
      id: created.id,
      details: { name: 'Reporting pain', weight: 3 },
    });
    expect(message).toBe('Trait “Reporting pain” updated.');
    expect(result).toMatchObject({ name: 'Reporting pain', weight: 3, updatedAt: LATER });
    expect(logged(await changesSince(db, seq))).toEqual([
      'icpVersions v-1 put local',
      'traits id-1 put local',
    ]);

    const undoSeq = await lastChangeSeq(db);
    expect(await undo?.()).toEqual({
      message: 'Trait “Manual reporting eats hours” is back as it was.',
      kept: 0,
    });
    expect(await traitOf(db, created.id)).toEqual(created);
    expect(logged(await changesSince(db, undoSeq))).toEqual([
      'icpVersions v-1 put undo',
      'traits id-1 put undo',
    ]);
  });

  it('keeps a later edit of an updated trait when undoing the update', async () => {
    const { db, ctx } = await withDraft();
    await createTraitCommand(ctx, pain);
    const { undo } = await updateTraitCommand(ctx, { id: 'id-1', details: { weight: 3 } });
    await updateTrait(db, 'id-1', { name: 'Edited in another tab' }, LATER);

    const report = await undo?.();
    expect(report?.kept).toBe(1);
    expect(report?.message).toBe('The trait was edited since, so it was kept as edited.');
    expect(await traitOf(db, 'id-1')).toMatchObject({ name: 'Edited in another tab', weight: 3 });
  });

  it('deletes a trait; its Undo brings it back, unless one with its id exists again', async () => {
    const { db, ctx } = await withDraft();
    const { result: created } = await createTraitCommand(ctx, pain);
    const seq = await lastChangeSeq(db);

    const { message, undo } = await deleteTraitCommand(ctx, created);
    expect(message).toBe('Deleted “Manual reporting eats hours”.');
    expect(await traitOf(db, created.id)).toBeUndefined();
    expect(logged(await changesSince(db, seq))).toEqual([
      'icpVersions v-1 put local',
      'traits id-1 delete local',
    ]);

    const undoSeq = await lastChangeSeq(db);
    expect(await undo?.()).toEqual({ message: '“Manual reporting eats hours” is back.', kept: 0 });
    expect(await traitOf(db, created.id)).toEqual(created);
    expect(logged(await changesSince(db, undoSeq))).toEqual([
      'icpVersions v-1 put undo',
      'traits id-1 put undo',
    ]);

    expect(await undo?.()).toEqual({
      message: '“Manual reporting eats hours” exists again, so it was kept as it is.',
      kept: 1,
    });
  });

  it('refuses a trait write once the version is in review, writing nothing', async () => {
    const { db, draft, ctx } = await withDraft();
    await db.icpVersions.update(draft.id, { status: 'in_review' });
    const seq = await lastChangeSeq(db);
    await expect(createTraitCommand(ctx, pain)).rejects.toThrow('In review');
    expect(await changesSince(db, seq)).toEqual([]);
  });
});

/** What review asks of a version: two cohorts of five accounts, a trait and IS / IS NOT lines. */
async function makeReviewable(
  db: WorkspaceDb,
  ctx: ReturnType<typeof fixedContext>,
  versionId: string,
) {
  const cohorts = ['power_user', 'churner'] as const;
  await db.accounts.bulkPut(
    cohorts.flatMap((cohort) => [1, 2, 3, 4, 5].map((n) => account(`${cohort}-${n}`, cohort))),
  );
  await createTraitCommand(ctx, pain);
  await updateVersionLinesCommand(ctx, {
    versionId,
    lines: { isLines: ['Fintech'], isNotLines: ['Agencies'] },
  });
}

describe('version commands', () => {
  it('saves the IS / IS NOT lines; Undo puts the previous ones back', async () => {
    const { db, draft, ctx } = await withDraft();
    await updateVersionLines(db, draft.id, { isLines: ['Fintech'] }, AT);
    const seq = await lastChangeSeq(db);

    const { message, undo } = await updateVersionLinesCommand(ctx, {
      versionId: draft.id,
      lines: { isLines: ['Fintech', ' Series B ', ''], isNotLines: ['Agencies'] },
    });
    expect(message).toBe('IS / IS NOT lines updated.');
    expect(await db.icpVersions.get(draft.id)).toMatchObject({
      isLines: ['Fintech', 'Series B'],
      isNotLines: ['Agencies'],
    });
    expect(logged(await changesSince(db, seq))).toEqual(['icpVersions v-1 put local']);

    const undoSeq = await lastChangeSeq(db);
    expect(await undo?.()).toEqual({
      message: 'The previous IS / IS NOT lines are back.',
      kept: 0,
    });
    expect(await db.icpVersions.get(draft.id)).toMatchObject({
      isLines: ['Fintech'],
      isNotLines: [],
    });
    expect(logged(await changesSince(db, undoSeq))).toEqual(['icpVersions v-1 put undo']);
  });

  it('keeps lines edited after the save, but not a trait write, which is no edit of them', async () => {
    const { db, draft, ctx } = await withDraft();
    const first = await updateVersionLinesCommand(ctx, {
      versionId: draft.id,
      lines: { isLines: ['Fintech'] },
    });
    await createTraitCommand(ctx, pain);
    expect((await first.undo?.())?.kept).toBe(0);
    expect((await db.icpVersions.get(draft.id))?.isLines).toEqual([]);

    const second = await updateVersionLinesCommand(ctx, {
      versionId: draft.id,
      lines: { isLines: ['Fintech'] },
    });
    await updateVersionLines(db, draft.id, { isLines: ['Edited since'] }, LATER);
    expect(await second.undo?.()).toEqual({
      message: '1 list of lines edited since then was kept as edited.',
      kept: 1,
    });
    expect((await db.icpVersions.get(draft.id))?.isLines).toEqual(['Edited since']);
  });

  it('submits, records decisions, signs off and starts a new draft, none with an Undo', async () => {
    const { db, draft, ctx } = await withDraft();
    await expect(submitForReviewCommand(ctx, draft.id)).rejects.toThrow(
      'Version 1 cannot go to review: Add at least one trait with a positive weight.',
    );
    await makeReviewable(db, ctx, draft.id);

    let seq = await lastChangeSeq(db);
    const submitted = await submitForReviewCommand(ctx, draft.id);
    expectNoUndo(submitted, 'Submitted for review.');
    expect(submitted.result.status).toBe('in_review');
    expect(logged(await changesSince(db, seq))).toEqual(['icpVersions v-1 put local']);

    for (const name of ['Ana', 'Bo']) {
      const decision = await recordSignOffCommand(ctx, {
        versionId: draft.id,
        signOff: { name, role: 'CEO', decision: 'approve', comment: '' },
      });
      expectNoUndo(decision, 'Approval recorded.');
    }
    await expect(
      recordSignOffCommand(ctx, {
        versionId: draft.id,
        signOff: { name: ' ana', role: 'CEO', decision: 'approve', comment: '' },
      }),
    ).rejects.toThrow('Ana has already approved');

    seq = await lastChangeSeq(db);
    const signed = await signOffVersionCommand(ctx, draft.id);
    expectNoUndo(signed, 'Version 1 signed off.');
    expect(signed.result).toMatchObject({ status: 'signed_off', frozenAt: AT });
    expect(logged(await changesSince(db, seq))).toEqual(['icpVersions v-1 put local']);

    seq = await lastChangeSeq(db);
    const next = await startNewDraftCommand(ctx, draft.id);
    expectNoUndo(next, 'New draft started.');
    expect(next.result).toMatchObject({ id: 'id-2', number: 2, status: 'draft', basedOnId: 'v-1' });
    expect(logged(await changesSince(db, seq))).toEqual([
      'icpVersions id-2 put local',
      'traits id-1 delete local',
      'traits id-1 put local',
    ]);
  });
});

describe('signOffAsTeamCommand', () => {
  it('freezes a version in review with the team server’s approvals as its decisions', async () => {
    const { db, draft, ctx } = await withDraft();
    await makeReviewable(db, ctx, draft.id);
    await submitForReviewCommand(ctx, draft.id);
    const approval = (reviewerId: string, name: string) => ({
      name,
      role: 'reviewer',
      decision: 'approve' as const,
      comment: '',
      at: AT,
      reviewerId,
    });

    // One approval is not enough, whatever the caller claims: nothing is written.
    let seq = await lastChangeSeq(db);
    await expect(
      signOffAsTeamCommand(ctx, { versionId: draft.id, approvals: [approval('m-c', 'Cem')] }),
    ).rejects.toThrow('Needs 2 approvals from different reviewers; 1 so far.');
    expect(await changesSince(db, seq)).toEqual([]);
    expect((await db.icpVersions.get(draft.id))?.signOffs).toEqual([]);

    seq = await lastChangeSeq(db);
    const signed = await signOffAsTeamCommand(ctx, {
      versionId: draft.id,
      approvals: [approval('m-c', 'Cem'), approval('m-d', 'Dee')],
    });
    expectNoUndo(signed, 'Version 1 signed off by the team.');
    expect(signed.result).toMatchObject({ status: 'signed_off', frozenAt: AT });
    expect(signed.result.signOffs.map((s) => s.reviewerId)).toEqual(['m-c', 'm-d']);
    expect(logged(await changesSince(db, seq))).toEqual(['icpVersions v-1 put local']);
  });
});
