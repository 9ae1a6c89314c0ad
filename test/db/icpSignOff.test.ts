import { describe, expect, it } from 'vitest';
import {
  createTrait,
  currentVersion,
  recordSignOff,
  signOffVersion,
  submitForReview,
  updateVersionLines,
  type TraitDetails,
} from '../../src/db/icpRepo';
import { WorkspaceDb } from '../../src/db/schema';
import { putSetting } from '../../src/db/settingsRepo';
import { REQUIRED_APPROVALS_KEY } from '../../src/domain/icp/signOffGuards';
import { account } from '../unit/synthesis/builders';
import { freshDb } from './freshDb';

const AT = '2026-03-01T10:00:00.000Z';

const saas: TraitDetails = {
  name: 'B2B SaaS',
  description: null,
  component: 'firmographic',
  kind: 'must_have',
  weight: 5,
  rule: { op: 'equals', field: 'industry', value: 'SaaS' },
  codeIds: [],
  highlightIds: [],
};

/** A version that meets every review condition: a positive trait, IS, IS NOT, 5 a side. */
async function ready(db: WorkspaceDb) {
  await db.accounts.bulkAdd([
    ...[1, 2, 3, 4, 5].map((i) => account(`p${i}`, 'power_user', { industry: 'SaaS' })),
    ...[1, 2, 3, 4, 5].map((i) => account(`c${i}`, i % 2 ? 'churner' : 'lost_deal')),
  ]);
  await createTrait(db, saas, AT);
  const v = await currentVersion(db, AT);
  await updateVersionLines(db, v.id, { isLines: ['B2B SaaS'], isNotLines: ['Retail'] }, AT);
  return v;
}

const decision = (name: string, decision: 'approve' | 'request_changes' = 'approve') => ({
  name,
  role: 'Sales',
  decision,
  comment: '',
});

describe('ICP review guards', () => {
  it('refuses to submit an empty ICP, naming every reason, and leaves it a draft', async () => {
    const db = freshDb();
    const v = await currentVersion(db, AT);
    const refusal = submitForReview(db, v.id, AT);
    await expect(refusal).rejects.toThrow(/cannot go to review: Add at least one trait/);
    await expect(refusal).rejects.toThrow(/“ICP IS” line.*“ICP IS NOT” line.*5 power users/);
    expect((await db.icpVersions.get(v.id))?.status).toBe('draft');
  });

  it('submits a version that meets every condition', async () => {
    const db = freshDb();
    const v = await ready(db);
    expect((await submitForReview(db, v.id, AT)).status).toBe('in_review');
  });

  it('signs off only after two different reviewers approve; the same name twice is refused', async () => {
    const db = freshDb();
    const v = await ready(db);
    await submitForReview(db, v.id, AT);
    await recordSignOff(db, v.id, decision('Ana Ortiz'), AT);
    await expect(recordSignOff(db, v.id, decision('ana ortiz'), AT)).rejects.toThrow(
      /already approved/,
    );
    await expect(signOffVersion(db, v.id, AT)).rejects.toThrow(
      'Needs 2 approvals from different reviewers; 1 so far.',
    );
    await recordSignOff(db, v.id, decision('Bo'), AT);
    expect((await signOffVersion(db, v.id, AT)).status).toBe('signed_off');
  });

  it('needs as many approvals as the workspace setting asks', async () => {
    const db = freshDb();
    const v = await ready(db);
    await putSetting(db, REQUIRED_APPROVALS_KEY, 3, AT);
    await submitForReview(db, v.id, AT);
    await recordSignOff(db, v.id, decision('Ana'), AT);
    await recordSignOff(db, v.id, decision('Bo'), AT);
    await expect(signOffVersion(db, v.id, AT)).rejects.toThrow(/Needs 3 approvals.*2 so far/);
    await putSetting(db, REQUIRED_APPROVALS_KEY, 1, AT);
    expect((await signOffVersion(db, v.id, AT)).status).toBe('signed_off');
  });
});
