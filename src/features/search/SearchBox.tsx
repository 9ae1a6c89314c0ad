import { useWorkspace } from '../../app/useWorkspace';
import { WorkspaceSearch } from './WorkspaceSearch';

/** Search lives in the header; with no workspace open there is nothing to search. */
export function SearchBox() {
  const { current } = useWorkspace();
  if (!current) return null;
  return <WorkspaceSearch key={current.dbName} dbName={current.dbName} />;
}
