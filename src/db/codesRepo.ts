import { CODE_KINDS, codeSchema, type Code, type CodeKind } from '../domain/schemas/code';
import type { WorkspaceDb } from './schema';
import { newId } from './workspaceRegistry';

const KIND_ORDER = new Map<CodeKind, number>(CODE_KINDS.map((kind, index) => [kind, index]));

/** In codebook order (kind, then name), so the pinned-code shortcuts keep a stable numbering. */
export function compareCodes(a: Code, b: Code): number {
  return (
    (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0) || a.name.localeCompare(b.name)
  );
}

export async function listCodes(db: WorkspaceDb): Promise<Code[]> {
  const codes = await db.codes.toArray();
  return codes.sort(compareCodes);
}

/** One colour per kind for codes made on the fly; the Codebook page can refine it later. */
const KIND_COLOURS: Record<CodeKind, string> = {
  pain_point: '#b82e2e',
  buying_trigger: '#b8742e',
  decision_criterion: '#a89a1f',
  persona: '#5a9a1f',
  channel: '#2eb85c',
  competitor: '#2eb8a3',
  outcome: '#2e8ab8',
  favourite_aspect: '#2e5ab8',
  expansion_signal: '#4a2eb8',
  failure_product: '#8a2eb8',
  failure_process: '#b82ea3',
  failure_external: '#b82e5c',
};

export interface NewCode {
  name: string;
  kind: CodeKind;
}

/** Names are unique regardless of case: two "Slow onboarding" codes would split the counts. */
export async function createCode(
  db: WorkspaceDb,
  input: NewCode,
  now: string,
  id: string = newId(),
): Promise<Code> {
  const code = codeSchema.parse({
    id,
    createdAt: now,
    updatedAt: now,
    name: input.name,
    kind: input.kind,
    description: null,
    colour: KIND_COLOURS[input.kind],
    parentId: null,
    pinned: false,
  });
  return db.transaction('rw', db.codes, async () => {
    const wanted = code.name.toLocaleLowerCase();
    const clash = await db.codes.filter((c) => c.name.toLocaleLowerCase() === wanted).first();
    if (clash) throw new Error(`A code named “${clash.name}” already exists.`);
    await db.codes.add(code);
    return code;
  });
}
