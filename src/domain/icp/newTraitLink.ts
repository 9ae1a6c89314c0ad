/**
 * The link other pages use to open the ICP page's New trait dialog, prefilled:
 *   /icp?newTraitFromCode=<codeId>
 *   /icp?newTraitFromLift=<dimension>&newTraitValue=<value>
 * The link carries only what identifies the evidence; the ICP page rebuilds the draft from the
 * live workspace, so a stale or hand-edited link never saves numbers that are not true. A bad
 * parameter is ignored, never thrown.
 */
import { z } from 'zod';
import { traitDraftFromCode, traitDraftFromLift, type TraitDraft } from '../icp/traitDraftFromLift';
import type { Account } from '../schemas/account';
import type { Code } from '../schemas/code';
import type { Highlight } from '../schemas/highlight';
import { TRAIT_DIMENSIONS, traitLift, type TraitDimension } from '../synthesis/traitLift';

export const NEW_TRAIT_PARAMS = {
  fromCode: 'newTraitFromCode',
  fromLift: 'newTraitFromLift',
  value: 'newTraitValue',
} as const;

export type NewTraitRequest =
  { source: 'code'; codeId: string } | { source: 'lift'; dimension: TraitDimension; value: string };

const requestSchema = z.union([
  z.object({
    source: z.literal('code'),
    codeId: z.string().trim().min(1).max(200),
  }),
  z.object({
    source: z.literal('lift'),
    dimension: z.enum(TRAIT_DIMENSIONS),
    value: z.string().trim().min(1).max(200),
  }),
]);

export function newTraitFromCodeHref(codeId: string): string {
  return `/icp?${new URLSearchParams({ [NEW_TRAIT_PARAMS.fromCode]: codeId }).toString()}`;
}

export function newTraitFromLiftHref(dimension: TraitDimension, value: string): string {
  const params = new URLSearchParams({
    [NEW_TRAIT_PARAMS.fromLift]: dimension,
    [NEW_TRAIT_PARAMS.value]: value,
  });
  return `/icp?${params.toString()}`;
}

/** Whether the URL asks for a new trait at all, valid or not (so the page can say it failed). */
export function hasNewTraitParams(params: URLSearchParams): boolean {
  return params.has(NEW_TRAIT_PARAMS.fromCode) || params.has(NEW_TRAIT_PARAMS.fromLift);
}

export function parseNewTraitLink(params: URLSearchParams): NewTraitRequest | null {
  const codeId = params.get(NEW_TRAIT_PARAMS.fromCode);
  const candidate =
    codeId !== null
      ? { source: 'code', codeId }
      : {
          source: 'lift',
          dimension: params.get(NEW_TRAIT_PARAMS.fromLift),
          value: params.get(NEW_TRAIT_PARAMS.value),
        };
  const parsed = requestSchema.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}

export function withoutNewTraitParams(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of Object.values(NEW_TRAIT_PARAMS)) next.delete(name);
  return next;
}

export type NewTraitResolution =
  { draft: TraitDraft; error: null } | { draft: null; error: string };

/** The draft a link asks for, from the live workspace, or why there is none. */
export function resolveNewTraitLink(
  params: URLSearchParams,
  workspace: {
    codes: readonly Code[];
    highlights: readonly Pick<Highlight, 'id' | 'codeIds'>[];
    accounts: readonly Account[];
  },
): NewTraitResolution | null {
  if (!hasNewTraitParams(params)) return null;
  const request = parseNewTraitLink(params);
  if (!request) return { draft: null, error: 'That link to a new trait is not valid.' };
  if (request.source === 'code') {
    const code = workspace.codes.find((c) => c.id === request.codeId);
    return code
      ? { draft: traitDraftFromCode(code, workspace.highlights), error: null }
      : { draft: null, error: 'That code no longer exists.' };
  }
  // Trait lift runs over all accounts in the cohorts, unfiltered, so these are Synthesis's numbers.
  const { rows } = traitLift(workspace, { dimension: request.dimension });
  const row = rows.find((r) => r.value === request.value);
  return row
    ? { draft: traitDraftFromLift(request.dimension, row), error: null }
    : {
        draft: null,
        error: `No power user, churner or lost deal has “${request.value}” any more.`,
      };
}
