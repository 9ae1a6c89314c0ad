/**
 * How the personas moved between two versions: matched by buying role, with the titles, goals
 * and pains that came or went and the change in evidence. Versions signed off before personas
 * were kept have none to compare, and then nothing is reported rather than "all added".
 */
import type { IcpVersion } from '../schemas/icpVersion';

export type FrozenPersona = NonNullable<IcpVersion['personas']>[number];

export type PersonaChange =
  | { kind: 'persona_added'; persona: FrozenPersona }
  | { kind: 'persona_removed'; persona: FrozenPersona }
  | {
      kind: 'persona_changed';
      persona: FrozenPersona;
      /** Each with what came and what went, by name. */
      titles: NameDelta;
      goals: NameDelta;
      pains: NameDelta;
      accounts: { from: number; to: number };
    };

export interface NameDelta {
  added: string[];
  removed: string[];
}

function delta(before: readonly string[], after: readonly string[]): NameDelta {
  return {
    added: after.filter((name) => !before.includes(name)),
    removed: before.filter((name) => !after.includes(name)),
  };
}

const isEmpty = (d: NameDelta) => d.added.length === 0 && d.removed.length === 0;

export function personaChanges(
  before: readonly FrozenPersona[] | undefined,
  after: readonly FrozenPersona[] | undefined,
): PersonaChange[] {
  if (!before || !after) return [];
  const changes: PersonaChange[] = [];
  for (const persona of after) {
    const was = before.find((p) => p.role === persona.role);
    if (!was) {
      changes.push({ kind: 'persona_added', persona });
      continue;
    }
    const titles = delta(
      was.titles.map((t) => t.title),
      persona.titles.map((t) => t.title),
    );
    const goals = delta(
      was.goals.map((g) => g.name),
      persona.goals.map((g) => g.name),
    );
    const pains = delta(
      was.pains.map((p) => p.name),
      persona.pains.map((p) => p.name),
    );
    if (isEmpty(titles) && isEmpty(goals) && isEmpty(pains) && was.accounts === persona.accounts) {
      continue;
    }
    changes.push({
      kind: 'persona_changed',
      persona,
      titles,
      goals,
      pains,
      accounts: { from: was.accounts, to: persona.accounts },
    });
  }
  for (const persona of before) {
    if (!after.some((p) => p.role === persona.role)) {
      changes.push({ kind: 'persona_removed', persona });
    }
  }
  return changes;
}
