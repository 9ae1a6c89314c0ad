/** Traits with schema-valid defaults, so each test spells out only the rule and weight it checks. */
import type { Trait } from '../../../src/domain/schemas/trait';

const at = '2026-01-01T00:00:00.000Z';

export function trait(id: string, fields: Partial<Trait> = {}): Trait {
  return {
    id,
    createdAt: at,
    updatedAt: at,
    name: id,
    description: null,
    component: 'firmographic',
    kind: 'must_have',
    weight: 3,
    rule: null,
    codeIds: [],
    highlightIds: [],
    ...fields,
  };
}
