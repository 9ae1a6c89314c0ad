import { placeSegment, quadrantOf, type GridSegment } from '../../../src/domain/icp/icpGrid';
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

/** A grid segment placed by its scores, with no component figures. */
export function gridSegment(
  label: string,
  pmf: number | null,
  gtm: number | null,
  accounts = 5,
): GridSegment {
  return {
    label,
    values: [label],
    accounts,
    pmf,
    gtm,
    components: {
      retention: null,
      nps: null,
      corePain: null,
      productFit: null,
      winRate: null,
      salesCycle: null,
      dealVolume: null,
    },
    ...placeSegment(quadrantOf(pmf, gtm), accounts),
  };
}
