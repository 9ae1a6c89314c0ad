/**
 * The parts of the Markdown brief that show who agreed and what the ICP rests on beyond its
 * traits: reviewer decisions, personas and findings. Every user string goes through
 * markdownText, as in the rest of the brief.
 */
import type { Persona, PersonaTheme } from '../domain/icp/personas';
import type { SignOff } from '../domain/schemas/icpVersion';
import type { Finding } from '../domain/schemas/finding';
import { SMALL_SAMPLE } from '../domain/synthesis/synthesisInput';
import { markdownText } from './markdownText';

const DECISION_LABELS: Record<SignOff['decision'], string> = {
  approve: 'Approved',
  request_changes: 'Changes requested',
};

/** "Ana Ortiz (CEO): Approved on 2026-02-01 — “The evidence holds.”" */
export function reviewSection(signOffs: readonly SignOff[]): string[] {
  const lines = signOffs.map((s) => {
    const comment = s.comment.trim() === '' ? '' : ` — “${markdownText(s.comment)}”`;
    return `- ${markdownText(s.name)} (${markdownText(s.role)}): ${DECISION_LABELS[s.decision]} on ${s.at.slice(0, 10)}${comment}`;
  });
  return ['## Reviewer decisions', ...(lines.length ? lines : ['- _No decisions recorded yet._'])];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const themeList = (list: readonly PersonaTheme[]) =>
  list.length === 0
    ? '_none coded yet_'
    : list.map((t) => `${markdownText(t.name)} (${plural(t.accounts, 'account')})`).join('; ');

export function personasSection(personas: readonly Persona[], base: number): string[] {
  const out = [
    '## Personas',
    '',
    `Buying roles at ${plural(base, 'power-user account')}, from contacts and coded quotes.`,
  ];
  if (personas.length === 0) out.push('', '_No buying roles recorded for power users yet._');
  for (const p of personas) {
    const titles = p.titles.map((t) => `${markdownText(t.title)} (${t.contacts})`).join('; ');
    out.push(
      '',
      `### ${markdownText(p.name)}`,
      '',
      `- Evidence: ${plural(p.accounts, 'account')}, ${plural(p.quotes, 'quote')}${p.accounts < SMALL_SAMPLE ? ' (small sample)' : ''}`,
      `- Titles seen: ${titles === '' ? '_none recorded_' : titles}`,
      `- Goals: ${themeList(p.goals)}`,
      `- Pains: ${themeList(p.pains)}`,
    );
  }
  return out;
}

export interface BriefFinding {
  finding: Pick<Finding, 'statement' | 'status'>;
  /** findingEvidence's summary: "5 quotes from 3 accounts: Power users 2, Churners 1" */
  evidence: string;
}

const FINDING_ORDER: Record<Finding['status'], number> = { accepted: 0, draft: 1, rejected: 2 };

/** Rejected findings are left out: the brief says what the team holds to be true. */
export function findingsSection(findings: readonly BriefFinding[]): string[] {
  const kept = findings
    .filter((f) => f.finding.status !== 'rejected')
    .sort((a, b) => FINDING_ORDER[a.finding.status] - FINDING_ORDER[b.finding.status]);
  const lines = kept.map(
    ({ finding, evidence }) =>
      `- ${markdownText(finding.statement)} (${finding.status === 'accepted' ? 'accepted' : 'draft'}; ${evidence})`,
  );
  return ['## Findings', ...(lines.length ? lines : ['- _No findings yet._'])];
}
