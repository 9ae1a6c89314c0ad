import { z } from 'zod';
import { recordBase, shortText } from './common';

/**
 * A question of the workspace's bank. Guides list question ids, so a question the method asks
 * in every cohort is one record: edited once, it reads the same in every guide.
 */
export const questionSchema = z.object({
  ...recordBase,
  text: shortText('Question', 1000),
});
export type Question = z.infer<typeof questionSchema>;
