/**
 * Personas (DOMAIN.md §5, ARCHITECTURE.md `personas`) derived from what the workspace already
 * holds, so they can never drift from it: one per buying role at power-user accounts, with the
 * titles those contacts hold and the goals and pains coded on quotes from that role. A quote
 * belongs to a role when its speaker is a contact of the account in that role, or when it is
 * coded with the persona code of that role. Evidence is counted by distinct accounts.
 */
import type { Code, CodeKind } from '../schemas/code';
import { BUYING_ROLE_LABELS, BUYING_ROLES, type BuyingRole } from '../schemas/contact';
import type { Account } from '../schemas/account';
import type { Contact } from '../schemas/contact';
import type { Highlight } from '../schemas/highlight';
import type { IcpVersion } from '../schemas/icpVersion';

export const PERSONA_THEMES = 3;
export const PERSONA_TITLES = 4;
const GOAL_KINDS: readonly CodeKind[] = ['outcome', 'decision_criterion'];
const PAIN_KINDS: readonly CodeKind[] = ['pain_point'];

export interface PersonaTheme {
  name: string;
  accounts: number;
  quotes: number;
}

export interface Persona {
  role: BuyingRole;
  name: string;
  /** Most held first, with how many contacts hold each. */
  titles: { title: string; contacts: number }[];
  goals: PersonaTheme[];
  pains: PersonaTheme[];
  /** Distinct power-user accounts with a contact in the role or a quote from it. */
  accounts: number;
  quotes: number;
}

export interface PersonaInput {
  accounts: readonly Pick<Account, 'id' | 'cohort'>[];
  contacts: readonly Pick<Contact, 'accountId' | 'name' | 'title' | 'buyingRole'>[];
  highlights: readonly Pick<Highlight, 'accountId' | 'speaker' | 'codeIds'>[];
  codes: readonly Pick<Code, 'id' | 'name' | 'kind'>[];
}

const norm = (text: string) => text.trim().toLowerCase();

function themes(
  quotes: readonly PersonaInput['highlights'][number][],
  codes: readonly Pick<Code, 'id' | 'name'>[],
): PersonaTheme[] {
  return codes
    .map((code) => {
      const citing = quotes.filter((q) => q.codeIds.includes(code.id));
      return {
        name: code.name,
        accounts: new Set(citing.map((q) => q.accountId)).size,
        quotes: citing.length,
      };
    })
    .filter((theme) => theme.quotes > 0)
    .sort((a, b) => b.accounts - a.accounts || b.quotes - a.quotes || a.name.localeCompare(b.name))
    .slice(0, PERSONA_THEMES);
}

export function derivePersonas(input: PersonaInput): { personas: Persona[]; base: number } {
  const power = new Set(input.accounts.filter((a) => a.cohort === 'power_user').map((a) => a.id));
  const contacts = input.contacts.filter((c) => c.buyingRole !== null && power.has(c.accountId));
  const roleOfSpeaker = new Map(
    contacts.map((c) => [`${c.accountId}\n${norm(c.name)}`, c.buyingRole] as const),
  );
  // The default codebook names its persona codes after the roles ("Champion", "Blocker: IT").
  const roleOfCode = new Map<string, BuyingRole>();
  for (const code of input.codes) {
    if (code.kind !== 'persona') continue;
    const role = BUYING_ROLES.find((r) => norm(BUYING_ROLE_LABELS[r]) === norm(code.name));
    if (role) roleOfCode.set(code.id, role);
  }
  const codesOf = (kinds: readonly CodeKind[]) => input.codes.filter((c) => kinds.includes(c.kind));
  const goalCodes = codesOf(GOAL_KINDS);
  const painCodes = codesOf(PAIN_KINDS);

  const personas = BUYING_ROLES.map((role): Persona => {
    const own = contacts.filter((c) => c.buyingRole === role);
    const quotes = input.highlights.filter((q) => {
      if (!power.has(q.accountId)) return false;
      const spoken = q.speaker ? roleOfSpeaker.get(`${q.accountId}\n${norm(q.speaker)}`) : null;
      return spoken === role || q.codeIds.some((id) => roleOfCode.get(id) === role);
    });
    const titleCounts = new Map<string, number>();
    for (const c of own) {
      if (c.title) titleCounts.set(c.title, (titleCounts.get(c.title) ?? 0) + 1);
    }
    return {
      role,
      name: BUYING_ROLE_LABELS[role],
      titles: [...titleCounts]
        .map(([title, n]) => ({ title, contacts: n }))
        .sort((a, b) => b.contacts - a.contacts || a.title.localeCompare(b.title))
        .slice(0, PERSONA_TITLES),
      goals: themes(quotes, goalCodes),
      pains: themes(quotes, painCodes),
      accounts: new Set([...own.map((c) => c.accountId), ...quotes.map((q) => q.accountId)]).size,
      quotes: quotes.length,
    };
  })
    .filter((persona) => persona.accounts > 0)
    .sort((a, b) => b.accounts - a.accounts || b.quotes - a.quotes);
  return { personas, base: power.size };
}

/**
 * The personas a version shows: its own copy once signed off (the base being the power users it
 * was signed off with), otherwise the live ones. A version signed off before personas were kept
 * shows the live ones too; `frozen` tells the caller which.
 */
export function personasOfVersion(
  version: Pick<IcpVersion, 'status' | 'personas' | 'snapshot'>,
  live: PersonaInput,
): { personas: Persona[]; base: number; frozen: boolean } {
  if (version.status === 'signed_off' && version.personas) {
    const cohorts = version.snapshot?.accounts?.map((pair) => pair.value.cohort) ?? [];
    return {
      personas: version.personas,
      base: cohorts.filter((cohort) => cohort === 'power_user').length,
      frozen: true,
    };
  }
  return { ...derivePersonas(live), frozen: false };
}
