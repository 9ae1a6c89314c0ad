/**
 * Calendar arithmetic on whole UTC days. The demo works in day numbers (days since the epoch)
 * so "N days before now" never drifts with time zones or daylight saving.
 */
const DAY_MS = 86_400_000;

const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/** Parses an ISO date-time and returns it in the canonical `toISOString` form. */
export function canonicalIso(iso: string): string {
  const time = new Date(iso).getTime();
  if (Number.isNaN(time)) throw new Error(`"${iso}" is not an ISO date-time.`);
  return new Date(time).toISOString();
}

export function dayNumber(iso: string): number {
  return Math.floor(new Date(iso).getTime() / DAY_MS);
}

/** YYYY-MM-DD for a day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** An ISO date-time on a given day, at a given minute past midnight UTC. */
export function isoDateTime(day: number, minuteOfDay: number): string {
  return new Date(day * DAY_MS + minuteOfDay * 60_000).toISOString();
}

/** "Mar 2025", the way people talk about when something started. */
export function monthLabel(day: number): string {
  const date = new Date(day * DAY_MS);
  return `${MONTHS[date.getUTCMonth()] ?? ''} ${date.getUTCFullYear()}`;
}
