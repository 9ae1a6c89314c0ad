import type { SearchHit } from '../../search/searchIndex';
import { SnippetText } from './SnippetText';

interface Props {
  id: string;
  hit: SearchHit;
  active: boolean;
  onOpen(): void;
  onHover(): void;
}

export function SearchHitOption({ id, hit, active, onOpen, onHover }: Props) {
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      className={active ? 'search-hit active' : 'search-hit'}
      // The box keeps focus, so typing can go on after a look at the list.
      onMouseDown={(event) => event.preventDefault()}
      onMouseMove={onHover}
      onClick={onOpen}
    >
      <span className="search-hit-title">{hit.title}</span>
      <SnippetText snippet={hit.snippet} />
    </li>
  );
}
