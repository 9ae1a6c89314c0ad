import type { Account } from './schemas/account';
import type { Code } from './schemas/code';
import type { Contact } from './schemas/contact';
import type { Deal } from './schemas/deal';
import type { Finding } from './schemas/finding';
import type { Guide } from './schemas/guide';
import type { Highlight } from './schemas/highlight';
import type { IcpVersion } from './schemas/icpVersion';
import type { Interview } from './schemas/interview';
import type { Question } from './schemas/question';
import type { Trait } from './schemas/trait';

/** The records of one workspace, as the demo generator produces them and a seed writes them. */
export interface WorkspaceData {
  accounts: Account[];
  deals: Deal[];
  contacts: Contact[];
  guides: Guide[];
  questions: Question[];
  interviews: Interview[];
  codes: Code[];
  highlights: Highlight[];
  traits: Trait[];
  findings: Finding[];
  icpVersions: IcpVersion[];
}
