import { parseInviteFragment, type InviteLink } from '../sync/teamLink';

/** The invite in a /join link's fragment, for the join page (which may not import src/sync). */
export function parseInvite(hash: string): InviteLink | null {
  return parseInviteFragment(hash);
}
