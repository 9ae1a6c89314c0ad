import { guideSchema } from '../domain/schemas/guide';
import { checked } from './checked';
import type { WorkspaceDb } from './schema';

const pinsSchema = guideSchema.shape.pinnedCodeIds.unwrap();

/**
 * Stores a guide's pin list, refusing a code the codebook no longer has: a pin on a deleted code
 * would hold a key that does nothing.
 */
export async function setGuidePins(
  db: WorkspaceDb,
  guideId: string,
  codeIds: readonly string[],
  now: string,
): Promise<void> {
  const pins = checked(pinsSchema, [...codeIds]);
  const found = await db.codes.bulkGet(pins);
  if (found.some((code) => code === undefined)) {
    throw new Error('A code to pin is no longer in the codebook. Pick the pins again.');
  }
  const updated = await db.guides.update(guideId, { pinnedCodeIds: pins, updatedAt: now });
  if (updated === 0) throw new Error('This guide no longer exists.');
}
