/**
 * The catalogue a new workspace starts from: the loss reasons B2B SaaS teams meet most, filed
 * the way DOMAIN.md §3 splits them. Pricing, onboarding, support and the sales motion are
 * process (ours to fix); a missing capability is product; what the buyer's company did is
 * external. Teams rename, recategorise and extend it; these are only the starting spellings.
 */
import type { FailureCategory } from '../schemas/deal';

interface Seed {
  id: string;
  name: string;
  category: FailureCategory;
  synonyms: string[];
}

export const DEFAULT_REASONS: Seed[] = [
  {
    id: 'price',
    name: 'Price too high',
    category: 'process',
    synonyms: ['Too expensive', 'Price', 'Pricing', 'Over budget', 'Cost'],
  },
  {
    id: 'pricing-confusion',
    name: 'Pricing confusion',
    category: 'process',
    synonyms: ['Confusing pricing', 'Unclear pricing'],
  },
  {
    id: 'timing',
    name: 'Bad timing',
    category: 'process',
    synonyms: ['Timing', 'Not a priority', 'Not now'],
  },
  {
    id: 'no-decision',
    name: 'No decision',
    category: 'process',
    synonyms: ['Went dark', 'Stalled', 'Status quo', 'Ghosted'],
  },
  {
    id: 'competitor',
    name: 'Chose a competitor',
    category: 'process',
    synonyms: ['Competitor', 'Lost to competitor', 'Went with competitor'],
  },
  {
    id: 'no-champion',
    name: 'No champion',
    category: 'process',
    synonyms: ['No internal owner', 'Single-threaded'],
  },
  {
    id: 'security-review',
    name: 'Security review stalled',
    category: 'process',
    synonyms: ['Security review', 'Infosec review', 'Security questionnaire'],
  },
  {
    id: 'implementation',
    name: 'Implementation effort',
    category: 'process',
    synonyms: ['Too hard to implement', 'Implementation', 'Setup effort'],
  },
  {
    id: 'onboarding',
    name: 'Poor onboarding',
    category: 'process',
    synonyms: ['Slow onboarding', 'Onboarding'],
  },
  {
    id: 'support',
    name: 'Poor support',
    category: 'process',
    synonyms: ['Slow support', 'Support'],
  },
  {
    id: 'missing-feature',
    name: 'Missing feature',
    category: 'product',
    synonyms: ['Feature gap', 'Missing functionality', 'Missing capability'],
  },
  {
    id: 'integration',
    name: 'Integration gap',
    category: 'product',
    synonyms: ['Missing integration', 'No integration', 'Integration'],
  },
  {
    id: 'sso',
    name: 'Missing SSO',
    category: 'product',
    synonyms: ['No SSO', 'No SSO/SAML', 'SSO'],
  },
  {
    id: 'compliance',
    name: 'Compliance gap',
    category: 'product',
    synonyms: ['Compliance', 'Missing certification', 'No SOC 2'],
  },
  {
    id: 'data-residency',
    name: 'No EU data residency',
    category: 'product',
    synonyms: ['Data residency', 'EU data residency'],
  },
  {
    id: 'budget-freeze',
    name: 'Budget freeze',
    category: 'external',
    synonyms: ['Spending freeze', 'Budget cut', 'No budget'],
  },
  {
    id: 'champion-left',
    name: 'Champion left',
    category: 'external',
    synonyms: ['Sponsor left', 'Contact left'],
  },
  {
    id: 'acquisition',
    name: 'Acquisition',
    category: 'external',
    synonyms: ['Acquired', 'Merger', 'Company acquired'],
  },
  {
    id: 'company-closed',
    name: 'Company closed',
    category: 'external',
    synonyms: ['Out of business', 'Went bankrupt'],
  },
];
