export const SYNTHESIS_VIEWS = [
  { id: 'matrix', label: 'Evidence matrix' },
  { id: 'failures', label: 'Failure analysis' },
  { id: 'numbers', label: 'Numbers' },
  { id: 'lift', label: 'Trait lift' },
  { id: 'saturation', label: 'Saturation' },
  { id: 'findings', label: 'Findings' },
] as const;

export type SynthesisView = (typeof SYNTHESIS_VIEWS)[number]['id'];

export function viewFromParam(value: string | null): SynthesisView {
  return SYNTHESIS_VIEWS.find((view) => view.id === value)?.id ?? 'matrix';
}
