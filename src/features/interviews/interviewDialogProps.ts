import type { Contact } from '../../domain/schemas/contact';
import type { Interview } from '../../domain/schemas/interview';

/** What the interview page's dialogs (transcript import, speakers) are opened with. */
export interface InterviewDialogProps {
  open: boolean;
  onClose(): void;
  interview: Interview;
  contacts: readonly Contact[];
}
