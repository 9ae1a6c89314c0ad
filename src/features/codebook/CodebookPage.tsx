import { usePageTitle } from '../../app/usePageTitle';
import { EmptyState } from '../../ui/EmptyState';

export function CodebookPage() {
  usePageTitle('Codebook');
  return (
    <EmptyState title="Codebook">
      <p>Codes are created and assigned from the interview page for now.</p>
    </EmptyState>
  );
}
