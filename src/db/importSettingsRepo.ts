/**
 * What the import dialog remembers between imports, in the `settings` table: the column
 * mapping per preset (`import.mapping.<preset>`) and the loss-reason rules (`import.lossRules`).
 * Stored values are checked on the way out; a damaged one reads as "nothing saved".
 */
import { z } from 'zod';
import { failureCategorySchema, type FailureCategory } from '../domain/schemas/deal';
import type { WorkspaceDb } from './schema';
import { checked } from './checked';

export interface SavedColumnAssignment {
  column: string;
  /** A field name, 'custom' or 'ignore'; the import layer re-checks it against the preset. */
  target: string;
}

export interface SavedLossRule {
  keyword: string;
  category: FailureCategory;
}

const mappingSchema = z.array(z.object({ column: z.string(), target: z.string() }));
const lossRulesSchema = z.array(
  z.object({ keyword: z.string().trim().min(1), category: failureCategorySchema }),
);

const mappingKey = (preset: string) => `import.mapping.${preset}`;
const LOSS_RULES_KEY = 'import.lossRules';

async function load<T>(db: WorkspaceDb, key: string, schema: z.ZodType<T>): Promise<T | null> {
  const setting = await db.settings.get(key);
  if (!setting) return null;
  const parsed = schema.safeParse(setting.value);
  return parsed.success ? parsed.data : null;
}

async function save(db: WorkspaceDb, key: string, value: unknown, now: string): Promise<void> {
  await db.settings.put({ key, value, updatedAt: now });
}

/** The saved mapping for a preset, or null when the user has not saved one. */
export function loadMapping(
  db: WorkspaceDb,
  preset: string,
): Promise<SavedColumnAssignment[] | null> {
  return load(db, mappingKey(preset), mappingSchema);
}

export async function saveMapping(
  db: WorkspaceDb,
  preset: string,
  mapping: readonly SavedColumnAssignment[],
  now = new Date().toISOString(),
): Promise<void> {
  await save(db, mappingKey(preset), checked(mappingSchema, mapping), now);
}

/** The user's loss rules, or null when they still use the defaults (DEFAULT_LOSS_RULES). */
export function loadLossRules(db: WorkspaceDb): Promise<SavedLossRule[] | null> {
  return load(db, LOSS_RULES_KEY, lossRulesSchema);
}

export async function saveLossRules(
  db: WorkspaceDb,
  rules: readonly SavedLossRule[],
  now = new Date().toISOString(),
): Promise<void> {
  await save(db, LOSS_RULES_KEY, checked(lossRulesSchema, rules), now);
}
