/**
 * Region cells: a country in any common spelling becomes its ISO 3166-1 code, with the spelling
 * kept beside it so the user still sees what the CRM said; anything else (EMEA, a state) stays
 * text, grouped with its other spellings later (../../domain/normalising/spellings).
 */
import { resolveCountry } from '../../domain/normalising/countries';
import { normaliseText, type Normalised } from './normalise';

export interface RegionValue {
  region: string;
  /** The cell as written, when it differs from the stored code. */
  regionAsWritten: string | null;
}

export function normaliseRegion(raw: string): Normalised<RegionValue | null> {
  const text = normaliseText(raw);
  if (!text.ok || text.value === null) return { ok: true, value: null };
  const country = resolveCountry(text.value);
  if (country === null) return { ok: true, value: { region: text.value, regionAsWritten: null } };
  const asWritten = text.value === country.code ? null : text.value;
  return { ok: true, value: { region: country.code, regionAsWritten: asWritten } };
}
