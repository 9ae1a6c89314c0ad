/** Finding codes by name for the code picker: prefix matches first, then anywhere in the name. */
import { CODE_KIND_LABELS, type Code } from '../../domain/schemas/code';

const norm = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

export function searchCodes(
  codes: readonly Code[],
  query: string,
  excludeIds: readonly string[] = [],
  limit = 50,
): Code[] {
  const q = norm(query);
  const excluded = new Set(excludeIds);
  const candidates = codes.filter((c) => !excluded.has(c.id));
  if (q === '') return candidates.slice(0, limit);
  const starts: Code[] = [];
  const contains: Code[] = [];
  for (const code of candidates) {
    const name = norm(code.name);
    if (name.startsWith(q)) starts.push(code);
    else if (name.includes(q) || norm(CODE_KIND_LABELS[code.kind]).includes(q)) contains.push(code);
  }
  return [...starts, ...contains].slice(0, limit);
}

/** The name a new code would get, or null when the query is blank or names an existing code. */
export function newCodeName(codes: readonly Code[], query: string): string | null {
  const name = query.trim().replace(/\s+/g, ' ');
  if (name === '') return null;
  const wanted = norm(name);
  return codes.some((c) => norm(c.name) === wanted) ? null : name;
}
