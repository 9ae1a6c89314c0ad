import { CODE_KIND_LABELS, CODE_KINDS, type Code } from '../domain/schemas/code';

interface Props {
  codes: readonly Code[];
  /** Left out of the list, e.g. the code being merged or edited. */
  exclude?: ReadonlySet<string>;
}

/** <option>s for a code <select>, in <optgroup>s by kind, in codebook order. */
export function CodeOptions({ codes, exclude }: Props) {
  return CODE_KINDS.map((kind) => {
    const ofKind = codes.filter((code) => code.kind === kind && !exclude?.has(code.id));
    if (ofKind.length === 0) return null;
    return (
      <optgroup key={kind} label={CODE_KIND_LABELS[kind]}>
        {ofKind.map((code) => (
          <option key={code.id} value={code.id}>
            {code.name}
          </option>
        ))}
      </optgroup>
    );
  });
}
