/**
 * One-click traits from Synthesis (issue 7): a trait-lift row or a code becomes a trait draft
 * with its rule filled in and its evidence linked. The team still reviews the draft (name,
 * kind, weight) before it is saved; the defaults only lean the way the evidence leans.
 */
import type { Code, CodeKind } from '../schemas/code';
import type { Highlight } from '../schemas/highlight';
import type { Trait, TraitRule } from '../schemas/trait';
import type { IntegrationsBand } from '../sizeBands';
import { INTEGRATIONS_BANDS } from '../sizeBands';
import type { Lift, TraitDimension, TraitLiftRow } from '../synthesis/traitLift';

/** Everything a trait stores but its identity and timestamps. */
export type TraitDraft = Omit<Trait, 'id' | 'createdAt' | 'updatedAt'>;

const INTEGRATIONS_RANGE: Record<IntegrationsBand, { min: number | null; max: number | null }> = {
  '0': { min: null, max: 0 },
  '1-3': { min: 1, max: 3 },
  '4-6': { min: 4, max: 6 },
  '7+': { min: 7, max: null },
};

function isIntegrationsBand(value: string): value is IntegrationsBand {
  return (INTEGRATIONS_BANDS as readonly string[]).includes(value);
}

/**
 * The rule matching the same accounts the lift row counted: sizeBandOf and employeesBand agree,
 * and a tech value is one stack entry, so it is an exact (case-insensitive) entry match rather
 * than a substring ("Java" must not match "JavaScript").
 */
export function liftRule(dimension: TraitDimension, value: string): TraitRule | null {
  switch (dimension) {
    case 'industry':
      return { op: 'equals', field: 'industry', value };
    case 'region':
      return { op: 'equals', field: 'region', value };
    case 'sizeBand':
      return { op: 'equals', field: 'employeesBand', value };
    case 'tech':
      return { op: 'equals', field: 'techStack', value };
    case 'integrationsBand':
      return isIntegrationsBand(value)
        ? { op: 'range', field: 'integrations', ...INTEGRATIONS_RANGE[value] }
        : null;
  }
}

function liftName(dimension: TraitDimension, value: string): string {
  switch (dimension) {
    case 'industry':
      return `Industry: ${value}`;
    case 'region':
      return `Region: ${value}`;
    case 'sizeBand':
      return `${value} employees`;
    case 'integrationsBand':
      return `${value} integrations`;
    case 'tech':
      return `Uses ${value}`;
  }
}

const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);

function liftText(row: Lift): string {
  if (row.onlyInPowerUsers) return 'only in power users';
  return row.lift === null ? 'no lift computable' : `lift ${Math.round(row.lift * 100) / 100}×`;
}

/** The 95% intervals do not overlap: the gap between the groups is more than sampling noise. */
function isClear(row: Lift): boolean {
  const { powerUsers: p, comparison: c } = row;
  return !row.smallSample && (p.ci.low > c.ci.high || c.ci.low > p.ci.high);
}

/** The counts behind the draft, kept in its description so reviewers see why it exists. */
export function liftEvidenceText(row: Lift): string {
  const { powerUsers: p, comparison: c } = row;
  const text =
    `From trait lift: ${p.k}/${p.n} power users (${percent(p.share)}) vs ` +
    `${c.k}/${c.n} churners and lost deals (${percent(c.share)}), ${liftText(row)}.`;
  if (row.smallSample) return `${text} Small sample (a group under 5 accounts): not yet proof.`;
  return isClear(row) ? text : `${text} The 95% intervals overlap: a lead, not yet proof.`;
}

/**
 * Kind and weight from the direction of the lift. Unless the 95% intervals are clear of each
 * other (and both groups have 5+ accounts) the draft only gets ±1: a hint, not a finding. A
 * value clearly absent among power users but present among churners and lost deals is where
 * the team never wins: the exclusion list (DOMAIN.md §1).
 */
function liftVerdict(row: Lift): Pick<TraitDraft, 'kind' | 'weight'> {
  const favoursPowerUsers = row.onlyInPowerUsers || (row.lift !== null && row.lift > 1);
  const favoursComparison = row.lift !== null && row.lift < 1;
  if (!favoursPowerUsers && !favoursComparison) return { kind: 'nice_to_have', weight: 1 };
  if (!isClear(row)) return { kind: 'nice_to_have', weight: favoursComparison ? -1 : 1 };
  if (favoursPowerUsers) return { kind: 'nice_to_have', weight: 3 };
  return row.powerUsers.k === 0
    ? { kind: 'disqualifier', weight: -5 }
    : { kind: 'nice_to_have', weight: -3 };
}

/**
 * A trait-lift row as a trait draft. Attribute rows are CRM facts, not quotes, so they link no
 * codes or quotes; their evidence is the counts, written into the description.
 */
export function traitDraftFromLift(dimension: TraitDimension, row: TraitLiftRow): TraitDraft {
  return {
    name: liftName(dimension, row.value).slice(0, 200),
    description: liftEvidenceText(row),
    component:
      dimension === 'tech' || dimension === 'integrationsBand' ? 'technographic' : 'firmographic',
    ...liftVerdict(row),
    rule: liftRule(dimension, row.value),
    codeIds: [],
    highlightIds: [],
  };
}

/** DOMAIN.md §5: triggers, decision process and usage are behavioural; priorities psychographic. */
const CODE_COMPONENT: Record<CodeKind, TraitDraft['component']> = {
  pain_point: 'behavioural',
  buying_trigger: 'behavioural',
  decision_criterion: 'psychographic',
  persona: 'persona',
  channel: 'channel',
  competitor: 'technographic',
  outcome: 'behavioural',
  favourite_aspect: 'psychographic',
  expansion_signal: 'behavioural',
  failure_product: 'behavioural',
  failure_process: 'behavioural',
  failure_external: 'behavioural',
};

/**
 * DOMAIN.md §3: a product failure means the segment is not ICP today (a disqualifier); a
 * process or external failure does not rule the segment out, so it only leans against it.
 */
function codeVerdict(kind: CodeKind): Pick<TraitDraft, 'kind' | 'weight'> {
  if (kind === 'failure_product') return { kind: 'disqualifier', weight: -5 };
  if (kind === 'failure_process' || kind === 'failure_external') {
    return { kind: 'nice_to_have', weight: -1 };
  }
  return { kind: 'must_have', weight: 5 };
}

/** A code as a trait draft: a has_code rule, with the code and every quote coded with it linked. */
export function traitDraftFromCode(
  code: Pick<Code, 'id' | 'name' | 'kind' | 'description'>,
  quotes: readonly Pick<Highlight, 'id' | 'codeIds'>[],
): TraitDraft {
  const highlightIds = [
    ...new Set(quotes.filter((q) => q.codeIds.includes(code.id)).map((q) => q.id)),
  ].sort();
  return {
    name: code.name,
    description: code.description,
    component: CODE_COMPONENT[code.kind],
    ...codeVerdict(code.kind),
    rule: { op: 'has_code', codeId: code.id },
    codeIds: [code.id],
    highlightIds,
  };
}
