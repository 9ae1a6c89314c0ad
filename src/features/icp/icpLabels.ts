import type { RuleField } from '../../domain/icp/scoring';
import type { Trait } from '../../domain/schemas/trait';

export const COMPONENT_LABELS: Record<Trait['component'], string> = {
  firmographic: 'Firmographic',
  technographic: 'Technographic',
  behavioural: 'Behavioural',
  psychographic: 'Psychographic',
  persona: 'Persona',
  channel: 'Channel',
};

export const KIND_LABELS: Record<Trait['kind'], string> = {
  must_have: 'Must-have',
  nice_to_have: 'Nice-to-have',
  disqualifier: 'Disqualifier',
};

export const FIELD_LABELS: Record<RuleField, string> = {
  industry: 'Industry',
  employees: 'Employees',
  employeesBand: 'Employee band',
  region: 'Region',
  arr: 'ARR',
  ltv: 'LTV',
  salesCycleDays: 'Sales cycle (days)',
  nps: 'NPS',
  integrations: 'Integrations',
  techStack: 'Tech stack',
  plan: 'Plan',
};

export const signedWeight = (weight: number) =>
  weight > 0 ? `+${weight}` : `−${Math.abs(weight)}`;
