import type { Random } from '../seededRandom';
import type { BuyingRole } from '../schemas/contact';
import type { Cohort } from '../schemas/cohort';
import { asciiFold } from './demoCompanies';
import type { Story } from './demoStories';

/** People at demo companies, and the small team running the listening tour. */

// prettier-ignore
const FIRST_NAMES = [
  'Dana', 'Marcus', 'Aisha', 'Tomás', 'Ingrid', 'Kenji', 'Priyanka', 'Olu', 'Sofia', 'Björn',
  'Chloé', 'Rahul', 'Hannah', 'Mateo', 'Zoë', 'Yusuf', 'Elena', 'Finn', 'Amara', 'Lucas', 'Mei',
  'Jonas', 'Nadia', 'Diego', 'Freya', 'Kwame', 'Léa', 'Arjun', 'Siobhán', 'Noah', 'Camila',
  'Søren', 'Fatima', 'Oliver', 'Yuki', 'Małgorzata', 'Ethan', 'Ümit', 'Grace', 'Rafael', 'Anaïs',
  'Samuel', 'Inês', 'Viktor', 'Leila', 'Connor', 'Thandiwe', 'Hiro', 'Paula', 'Emeka',
] as const;

// prettier-ignore
const LAST_NAMES = [
  'Whitfield', 'Okafor', 'Lindqvist', 'García', 'Tanaka', 'Kowalski', 'Nguyen', 'Müller',
  "O'Brien", 'Haddad', 'Fernández', 'Johansson', 'Patel', 'Schmidt', 'Moreau', 'Achebe', 'Rossi',
  'Kim', 'Novak', 'Silva', 'Andersen', 'Mensah', 'Dubois', 'Ivanova', 'Costa', 'Brennan',
  'Yılmaz', 'Sato', 'Fischer', 'Ramírez', 'Okonkwo', 'Larsen', 'Bianchi', 'Kaur', 'Nakamura',
  'Walsh', 'Jovanović', 'Castillo', 'Eriksen', 'Hoffmann', 'Reyes', 'Lund', 'Sandoval', 'Ahmed',
  'Varga', 'Keane', 'Abiodun', 'Delacroix',
] as const;

const TITLES: Record<BuyingRole, readonly string[]> = {
  champion: [
    'VP Customer Success',
    'Head of Revenue Operations',
    'Director of Customer Success',
    'RevOps Lead',
    'Head of CS Operations',
  ],
  economic_buyer: ['CFO', 'Chief Revenue Officer', 'COO', 'VP Finance'],
  user: [
    'Customer Success Manager',
    'Senior CSM',
    'RevOps Analyst',
    'Account Manager',
    'CS Operations Analyst',
  ],
  blocker_security: ['CISO', 'Head of Information Security', 'Security Engineer'],
  blocker_procurement: ['Procurement Manager', 'Head of Procurement', 'Vendor Manager'],
  blocker_legal: ['General Counsel', 'Legal Counsel'],
  blocker_it: ['IT Director', 'Head of IT', 'Identity & Access Lead'],
};

export interface PersonPlan {
  name: string;
  firstName: string;
  title: string;
  email: string | null;
  buyingRole: BuyingRole;
}

/** The buying team the story implies; the first role is who the tour interviews. */
function rolesFor(rng: Random, cohort: Cohort, story: Story): BuyingRole[] {
  const maybe = (role: BuyingRole, p: number): BuyingRole[] => (rng.chance(p) ? [role] : []);
  switch (story) {
    case 'core':
      // Always a user as well: the tour calls one power user back to hear the daily view.
      return ['champion', 'user', ...maybe('economic_buyer', 0.5)];
    case 'fresh':
      return ['champion', ...maybe('user', 0.5)];
    case 'no_champion':
      // Nobody owned it, so the tour can only reach a user.
      return ['user', ...maybe('economic_buyer', 0.5)];
    case 'champion_left':
      return ['user', 'economic_buyer'];
    case 'no_sso':
      return [
        'champion',
        'blocker_it',
        ...maybe('blocker_legal', cohort === 'lost_deal' ? 0.4 : 0),
      ];
    case 'security_review':
      return ['champion', 'blocker_security', ...maybe('economic_buyer', 0.5)];
    case 'pricing_confusion':
      return cohort === 'lost_deal'
        ? ['champion', 'blocker_procurement', ...maybe('economic_buyer', 0.4)]
        : ['champion', ...maybe('economic_buyer', 0.5)];
    case 'budget_freeze':
      return ['champion', 'economic_buyer'];
    default:
      return ['champion', ...maybe(rng.pick<BuyingRole>(['user', 'economic_buyer']), 0.5)];
  }
}

export function emailLocalPart(first: string, last: string): string {
  const clean = (part: string) =>
    asciiFold(part)
      .toLowerCase()
      .replace(/[^a-z]/g, '');
  return `${clean(first)}.${clean(last)}`;
}

/** Hands out full names without repeats, so a name identifies one person across the demo. */
export function createNamePool(rng: Random): () => { first: string; last: string } {
  const used = new Set<string>();
  return () => {
    for (;;) {
      const first = rng.pick(FIRST_NAMES);
      const last = rng.pick(LAST_NAMES);
      const key = `${first} ${last}`;
      if (!used.has(key)) {
        used.add(key);
        return { first, last };
      }
    }
  };
}

export function planPeople(
  rng: Random,
  nextName: () => { first: string; last: string },
  cohort: Cohort,
  story: Story,
  domain: string,
): PersonPlan[] {
  return rolesFor(rng, cohort, story).map((buyingRole) => {
    const { first, last } = nextName();
    return {
      name: `${first} ${last}`,
      firstName: first,
      title: rng.pick(TITLES[buyingRole]),
      // CRM exports often lack emails; a fifth missing keeps empty cells in the demo.
      email: rng.chance(0.8) ? `${emailLocalPart(first, last)}@${domain}` : null,
      buyingRole,
    };
  });
}

export interface Interviewer {
  name: string;
  role: string;
}

export const INTERVIEWERS: readonly Interviewer[] = [
  { name: 'Maya Chen', role: 'PM' },
  { name: 'Leo Hartmann', role: 'Founder' },
  { name: 'Priya Nair', role: 'PMM' },
];

export const interviewerLabel = (interviewer: Interviewer) =>
  `${interviewer.name} (${interviewer.role})`;
