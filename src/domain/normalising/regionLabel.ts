/**
 * How a stored region reads, without the countries-list data: the accounts table is the first
 * page, and the country list would put about 20 KiB more into its initial JS. The browser's own
 * Intl.DisplayNames names ISO 3166-1 codes.
 */
const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/**
 * A country code as the country's name ("US" → "United States"), anything else (a sales region
 * such as "EMEA") as stored. `asWritten` is the file's spelling when it differs, so the user
 * can still see what the CRM said.
 */
export function regionLabel(
  region: string | null,
  regionAsWritten?: string | null,
): { label: string; asWritten: string | null } | null {
  if (region === null) return null;
  const label = /^[A-Z]{2}$/.test(region) ? (names.of(region) ?? region) : region;
  const written = regionAsWritten?.trim() ?? '';
  return { label, asWritten: written !== '' && written !== label ? written : null };
}
