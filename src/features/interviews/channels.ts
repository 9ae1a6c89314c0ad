import type { InterviewChannel } from '../../domain/schemas/interview';

export const CHANNEL_LABELS: Record<InterviewChannel, string> = {
  video: 'Video call',
  phone: 'Phone',
  in_person: 'In person',
  other: 'Other',
};
