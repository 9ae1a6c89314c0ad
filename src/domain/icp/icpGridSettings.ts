/**
 * The ICP Grid's weights and core pain, as the team sets them for a workspace (stored in the
 * workspace `settings` table under ICP_GRID_SETTINGS_KEY). A stored value is parsed on the way
 * out: one from an older version, a restored backup or a damaged store falls back to the
 * defaults, part by part, instead of breaking the ICP page.
 */
import { z } from 'zod';
import type { Code } from '../schemas/code';
import {
  COMPONENT_LABELS,
  DEFAULT_GRID_WEIGHTS,
  type GridWeights,
  type GtmComponent,
  type PmfComponent,
} from './icpGrid';

/** Key of the workspace setting that stores the grid settings. */
export const ICP_GRID_SETTINGS_KEY = 'icp.gridSettings';

/** Weights are relative: each score divides by the sum of the weights it used. */
export const MAX_GRID_WEIGHT = 1;

const weight = (component: PmfComponent | GtmComponent) => {
  const label = COMPONENT_LABELS[component];
  return z
    .number({ message: `${label}: enter a weight from 0 to ${MAX_GRID_WEIGHT}.` })
    .min(0, `${label} weight cannot be negative.`)
    .max(MAX_GRID_WEIGHT, `${label} weight cannot be above ${MAX_GRID_WEIGHT}.`);
};

const anyPositive = (weights: Record<string, number>) => Object.values(weights).some((w) => w > 0);

export const pmfWeightsSchema = z
  .object({
    retention: weight('retention'),
    nps: weight('nps'),
    corePain: weight('corePain'),
    productFit: weight('productFit'),
  })
  .refine(anyPositive, { message: 'Give at least one PMF component a weight above 0.' });

export const gtmWeightsSchema = z
  .object({
    winRate: weight('winRate'),
    salesCycle: weight('salesCycle'),
    dealVolume: weight('dealVolume'),
  })
  .refine(anyPositive, { message: 'Give at least one GTM component a weight above 0.' });

export const gridWeightsSchema = z.object({
  pmf: pmfWeightsSchema,
  gtm: gtmWeightsSchema,
}) satisfies z.ZodType<GridWeights>;

/**
 * What is wrong with an axis as a whole (every weight at 0, so it cannot be scored), or null.
 * Problems with a single weight are reported against that weight instead.
 */
export function axisWeightsProblem(axis: 'pmf' | 'gtm', weights: unknown): string | null {
  const result = (axis === 'pmf' ? pmfWeightsSchema : gtmWeightsSchema).safeParse(weights);
  if (result.success) return null;
  return result.error.issues.find((issue) => issue.path.length === 0)?.message ?? null;
}

/** null: the automatic choice, the pain point cited by most power users. */
const corePainCodeIdSchema = z.string().min(1).nullable();

export const icpGridSettingsSchema = z.object({
  weights: gridWeightsSchema,
  corePainCodeId: corePainCodeIdSchema,
});
export type IcpGridSettings = z.infer<typeof icpGridSettingsSchema>;

/** A fresh copy each time, so no caller can change the shared defaults. */
export function defaultGridWeights(): GridWeights {
  return { pmf: { ...DEFAULT_GRID_WEIGHTS.pmf }, gtm: { ...DEFAULT_GRID_WEIGHTS.gtm } };
}

export function defaultIcpGridSettings(): IcpGridSettings {
  return { weights: defaultGridWeights(), corePainCodeId: null };
}

/**
 * The stored value read over the defaults: undefined (never saved) gives the defaults, and an
 * invalid part (weights, core pain) is replaced by its default while a valid part is kept.
 */
export function icpGridSettingsFromSetting(stored: unknown): IcpGridSettings {
  const whole = icpGridSettingsSchema.safeParse(stored);
  if (whole.success) return whole.data;
  const record: Record<string, unknown> =
    typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const weights = gridWeightsSchema.safeParse(record.weights);
  const corePain = corePainCodeIdSchema.safeParse(record.corePainCodeId);
  return {
    weights: weights.success ? weights.data : defaultGridWeights(),
    corePainCodeId: corePain.success ? corePain.data : null,
  };
}

/** The pain points the user can pick as the core pain, by name. */
export function corePainCandidates(codes: readonly Code[]): Code[] {
  return codes
    .filter((c) => c.kind === 'pain_point')
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/**
 * The grid options for the saved settings. A chosen core pain that is no longer a pain point in
 * the codebook (deleted, or its kind changed) falls back to the automatic choice, and says so.
 */
export function gridOptionsFromSettings(
  settings: IcpGridSettings,
  codes: readonly Code[],
): { weights: GridWeights; corePainCodeId?: string; corePainMissing: boolean } {
  const id = settings.corePainCodeId;
  if (id === null) return { weights: settings.weights, corePainMissing: false };
  const found = corePainCandidates(codes).some((c) => c.id === id);
  return found
    ? { weights: settings.weights, corePainCodeId: id, corePainMissing: false }
    : { weights: settings.weights, corePainMissing: true };
}
