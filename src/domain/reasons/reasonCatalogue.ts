/**
 * The failure-reason catalogue (DOMAIN.md §3): one list of reasons, each with its category and
 * the spellings that mean it, that CRM loss reasons and failure codes both resolve to, so one
 * account is counted once per reason whichever source named it. Stored in the workspace
 * `settings` table under REASON_CATALOGUE_KEY; a stored value that does not parse falls back to
 * the defaults rather than breaking the synthesis page.
 */
import { z } from 'zod';
import { failureCategorySchema, type FailureCategory } from '../schemas/deal';
import { DEFAULT_REASONS } from './defaultReasons';
import { reasonKey, reasonTokens, tokenSimilarity } from './reasonTokens';

export const REASON_CATALOGUE_KEY = 'synthesis.reasonCatalogue';

const spelling = z.string().trim().min(1, 'Type the reason.').max(200);

export const catalogueReasonSchema = z.object({
  id: z.string().min(1).max(120),
  name: spelling,
  category: failureCategorySchema,
  synonyms: z.array(spelling).max(500),
});
export type CatalogueReason = z.infer<typeof catalogueReasonSchema>;

export const reasonCatalogueSchema = z.object({
  reasons: z.array(catalogueReasonSchema).max(1000),
});
export type ReasonCatalogue = z.infer<typeof reasonCatalogueSchema>;

export const EMPTY_CATALOGUE: ReasonCatalogue = { reasons: [] };
export const DEFAULT_CATALOGUE: ReasonCatalogue = { reasons: DEFAULT_REASONS };

/** Never saved, or not readable: the defaults. */
export function catalogueFromSetting(value: unknown): ReasonCatalogue {
  const parsed = reasonCatalogueSchema.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_CATALOGUE;
}

const spellingsOf = (reason: CatalogueReason) => [reason.name, ...reason.synonyms];

export interface ReasonIndex {
  /** A reason by any of its spellings, folded with reasonKey. */
  resolve(text: string): CatalogueReason | null;
  /** Reasons whose words match the text, best first, for "same as …?"; never a resolved one. */
  suggest(text: string): CatalogueReason[];
}

/** Built once per analysis: resolving 100,000 quotes must not scan the catalogue each time. */
export function indexCatalogue(catalogue: ReasonCatalogue): ReasonIndex {
  const byKey = new Map<string, CatalogueReason>();
  const tokens = catalogue.reasons.map((reason) => ({
    reason,
    sets: spellingsOf(reason).map(reasonTokens),
  }));
  for (const reason of catalogue.reasons) {
    for (const text of spellingsOf(reason)) {
      const key = reasonKey(text);
      if (!byKey.has(key)) byKey.set(key, reason);
    }
  }
  return {
    resolve: (text) => byKey.get(reasonKey(text)) ?? null,
    suggest(text) {
      if (byKey.has(reasonKey(text))) return [];
      const own = reasonTokens(text);
      return tokens
        .map(({ reason, sets }) => ({
          reason,
          score: Math.max(0, ...sets.map((set) => tokenSimilarity(own, set))),
        }))
        .filter(({ score }) => score > 0)
        .sort((a, b) => b.score - a.score || a.reason.name.localeCompare(b.reason.name))
        .map(({ reason }) => reason);
    },
  };
}

export type CatalogueResult =
  { ok: true; catalogue: ReasonCatalogue } | { ok: false; error: string };

function checkedSpelling(text: string): string | null {
  const parsed = spelling.safeParse(text);
  return parsed.success ? parsed.data : null;
}

function update(
  catalogue: ReasonCatalogue,
  id: string,
  change: (reason: CatalogueReason) => CatalogueReason,
): ReasonCatalogue {
  return {
    reasons: catalogue.reasons.map((reason) => (reason.id === id ? change(reason) : reason)),
  };
}

/** Which other reason already answers to this spelling, if any. */
function ownerOf(catalogue: ReasonCatalogue, text: string, except: string): CatalogueReason | null {
  const key = reasonKey(text);
  return (
    catalogue.reasons.find(
      (reason) => reason.id !== except && spellingsOf(reason).some((s) => reasonKey(s) === key),
    ) ?? null
  );
}

function taken(owner: CatalogueReason): CatalogueResult {
  return { ok: false, error: `“${owner.name}” already answers to that spelling.` };
}

/**
 * Confirms that these spellings mean the reason (a user answered "same as …?" or typed a
 * synonym). Spellings it already answers to are skipped.
 */
export function addSynonyms(
  catalogue: ReasonCatalogue,
  id: string,
  texts: readonly string[],
): CatalogueResult {
  const target = catalogue.reasons.find((reason) => reason.id === id);
  if (!target) return { ok: false, error: 'That reason is no longer in the catalogue.' };
  const added: string[] = [];
  const known = new Set(spellingsOf(target).map(reasonKey));
  for (const text of texts) {
    const clean = checkedSpelling(text);
    if (clean === null) return { ok: false, error: 'Type the spelling to add.' };
    const owner = ownerOf(catalogue, clean, id);
    if (owner) return taken(owner);
    if (known.has(reasonKey(clean))) continue;
    known.add(reasonKey(clean));
    added.push(clean);
  }
  const catalogueNext = update(catalogue, id, (r) => ({
    ...r,
    synonyms: [...r.synonyms, ...added],
  }));
  return { ok: true, catalogue: catalogueNext };
}

export function removeSynonym(
  catalogue: ReasonCatalogue,
  id: string,
  text: string,
): ReasonCatalogue {
  return update(catalogue, id, (r) => ({ ...r, synonyms: r.synonyms.filter((s) => s !== text) }));
}

/** The old name stays a synonym, so CRM rows typed that way keep resolving. */
export function renameReason(
  catalogue: ReasonCatalogue,
  id: string,
  name: string,
): CatalogueResult {
  const clean = checkedSpelling(name);
  if (clean === null) return { ok: false, error: 'Type a name.' };
  const owner = ownerOf(catalogue, clean, id);
  if (owner) return taken(owner);
  const next = update(catalogue, id, (r) => {
    const synonyms = r.synonyms.filter((s) => reasonKey(s) !== reasonKey(clean));
    const keepOld = reasonKey(r.name) !== reasonKey(clean);
    return { ...r, name: clean, synonyms: keepOld ? [r.name, ...synonyms] : synonyms };
  });
  return { ok: true, catalogue: next };
}

export function setCategory(
  catalogue: ReasonCatalogue,
  id: string,
  category: FailureCategory,
): ReasonCatalogue {
  return update(catalogue, id, (r) => ({ ...r, category }));
}

/** A new reason under its own name; the id is derived from it, so no clock or random is read. */
export function addReason(
  catalogue: ReasonCatalogue,
  name: string,
  category: FailureCategory,
): CatalogueResult {
  const clean = checkedSpelling(name);
  if (clean === null) return { ok: false, error: 'Type a name.' };
  const owner = ownerOf(catalogue, clean, '');
  if (owner) return taken(owner);
  const ids = new Set(catalogue.reasons.map((reason) => reason.id));
  const base = `custom:${reasonKey(clean)}`.slice(0, 100);
  let id = base;
  for (let n = 2; ids.has(id); n += 1) id = `${base}:${n}`;
  const reason: CatalogueReason = { id, name: clean, category, synonyms: [] };
  return { ok: true, catalogue: { reasons: [...catalogue.reasons, reason] } };
}
