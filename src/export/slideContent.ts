/**
 * What the one slide says, decided apart from how pptxgenjs draws it: every line shortened to
 * fit its box, lists cut to what fits with "+N more", weights written after the name or in
 * their own column so no number ever wraps onto a line of its own.
 */
import type { Persona } from '../domain/icp/personas';
import type { ScoredAccount, TraitEvidence } from '../domain/icp/scoring';
import { describeSeparation } from '../domain/icp/separation';
import { describeTraitFigures, isFieldTrait, type TraitFigures } from '../domain/icp/traitFigures';
import { STATUS_LABELS } from '../domain/icp/versions';
import type { IcpVersion } from '../domain/schemas/icpVersion';
import type { Trait } from '../domain/schemas/trait';

export interface SlideInput {
  version: Pick<IcpVersion, 'number' | 'status' | 'isLines' | 'isNotLines' | 'exclusions'> &
    Partial<Pick<IcpVersion, 'frozenAt' | 'signOffs'>>;
  traits: readonly Trait[];
  separation?: number | null;
  evidence?: Readonly<Record<string, TraitEvidence>>;
  fieldFigures?: ReadonlyMap<string, TraitFigures>;
  personas?: readonly Persona[];
  scored?: readonly Pick<ScoredAccount, 'cohort'>[];
}

export interface SlideTraitRow {
  weight: string;
  name: string;
  disqualifier: boolean;
  evidence: string;
}

export interface SlideContent {
  title: string;
  status: string;
  separation: string;
  isLines: string[];
  isNotLines: string[];
  exclusions: string[];
  traits: SlideTraitRow[];
  personas: string[];
  base: string;
}

/** Limits measured on the rendered slide (docs/slide.png) at the font sizes icpSlide uses. */
export const SLIDE_LIMITS = {
  isLines: 5,
  isNotLines: 4,
  exclusions: 3,
  lineChars: 80,
  traits: 8,
  traitChars: 38,
  evidenceChars: 34,
  personas: 3,
  personaChars: 64,
} as const;

/** Every character but those XML 1.0 allows (controls, lone surrogates, U+FFFE, U+FFFF). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * pptxgenjs escapes `<` and `&` but writes control characters as they are, and PowerPoint
 * will not open a slide holding one. A line break inside a value would start a line without
 * its bullet, so whitespace is folded.
 */
export const slideText = (text: string) => text.replace(NOT_XML, '').replace(/\s+/g, ' ').trim();

/** Cut at a word where one is near, so a line never runs past its box. */
export function clip(text: string, max: number): string {
  const clean = slideText(text);
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** At most `n` lines; when more exist the last one says how many are left out. */
export function limitLines(lines: readonly string[], n: number, chars: number): string[] {
  if (lines.length === 0) return ['None yet'];
  if (lines.length <= n) return lines.map((line) => clip(line, chars));
  return [
    ...lines.slice(0, n - 1).map((line) => clip(line, chars)),
    `+${lines.length - n + 1} more`,
  ];
}

const signed = (weight: number) => (weight > 0 ? `+${weight}` : `−${Math.abs(weight)}`);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function traitRows(input: SlideInput): SlideTraitRow[] {
  // What the ICP is first, strongest first; then what rules accounts out, strongest first.
  const ordered = [...input.traits].sort(
    (a, b) =>
      Number(b.weight > 0) - Number(a.weight > 0) ||
      Math.abs(b.weight) - Math.abs(a.weight) ||
      a.name.localeCompare(b.name),
  );
  const rows = ordered.map((trait): SlideTraitRow => {
    const figures = isFieldTrait(trait) ? input.fieldFigures?.get(trait.id) : undefined;
    const e = input.evidence?.[trait.id];
    const evidence = figures
      ? describeTraitFigures(figures)
          .replace(' power users vs ', ' PU vs ')
          .replace(' churners and lost deals', ' churn/lost')
      : e
        ? `${plural(e.accounts, 'account')}, ${plural(e.quotes, 'quote')}`
        : '';
    return {
      weight: signed(trait.weight),
      name: clip(trait.name, SLIDE_LIMITS.traitChars),
      disqualifier: trait.kind === 'disqualifier',
      evidence: clip(evidence, SLIDE_LIMITS.evidenceChars),
    };
  });
  if (rows.length <= SLIDE_LIMITS.traits) return rows;
  const shown = rows.slice(0, SLIDE_LIMITS.traits - 1);
  return [
    ...shown,
    {
      weight: '',
      name: `+${rows.length - shown.length} more traits`,
      disqualifier: false,
      evidence: '',
    },
  ];
}

function statusLine(version: SlideInput['version']): string {
  const approvals = (version.signOffs ?? []).filter((s) => s.decision === 'approve');
  const by = approvals.map((s) => `${slideText(s.name)} (${slideText(s.role)})`);
  const date =
    version.status === 'signed_off' && version.frozenAt ? ` ${version.frozenAt.slice(0, 10)}` : '';
  const who = by.length ? ` · approved by ${clip(by.join(', '), 60)}` : ' · no approvals yet';
  return `${STATUS_LABELS[version.status]}${date}${who}`;
}

/** "Champion, 18 accounts: VP RevOps, Head of CS · pain: Manual reporting" */
function personaLine(persona: Persona): string {
  const titles = persona.titles.slice(0, 2).map((t) => t.title);
  const pain = persona.pains[0];
  const parts = [
    `${persona.name}, ${plural(persona.accounts, 'account')}`,
    titles.length ? `: ${titles.join(', ')}` : '',
    pain ? ` · pain: ${pain.name}` : '',
  ];
  return clip(parts.join(''), SLIDE_LIMITS.personaChars);
}

export function slideContent(input: SlideInput): SlideContent {
  const { version } = input;
  const scored = input.scored ?? [];
  const power = scored.filter((s) => s.cohort === 'power_user').length;
  const comparison = scored.filter(
    (s) => s.cohort === 'churner' || s.cohort === 'lost_deal',
  ).length;
  const personas = (input.personas ?? []).slice(0, SLIDE_LIMITS.personas);
  const more = (input.personas?.length ?? 0) - personas.length;
  return {
    title: `Ideal Customer Profile — v${version.number}`,
    status: statusLine(version),
    separation:
      input.separation === undefined
        ? ''
        : `${describeSeparation(input.separation)}${input.separation === null ? '' : ` (AUC ${input.separation.toFixed(2)})`}`,
    isLines: limitLines(version.isLines, SLIDE_LIMITS.isLines, SLIDE_LIMITS.lineChars),
    isNotLines: limitLines(version.isNotLines, SLIDE_LIMITS.isNotLines, SLIDE_LIMITS.lineChars),
    exclusions: limitLines(version.exclusions, SLIDE_LIMITS.exclusions, SLIDE_LIMITS.lineChars),
    traits: traitRows(input),
    personas:
      personas.length === 0
        ? []
        : [...personas.map(personaLine), ...(more > 0 ? [`+${more} more`] : [])],
    base: scored.length
      ? `Scored ${plural(scored.length, 'account')}: ${power} power users (PU), ${comparison} churners and lost deals (churn/lost). Evidence counts distinct accounts.`
      : '',
  };
}
