import { z } from 'zod';
import { optionalText, recordBase, shortText } from './common';

export const BUYING_ROLES = [
  'champion',
  'economic_buyer',
  'user',
  'blocker_security',
  'blocker_procurement',
  'blocker_legal',
  'blocker_it',
] as const;
export const buyingRoleSchema = z.enum(BUYING_ROLES, {
  message: 'Pick a buying role from the list.',
});
export type BuyingRole = z.infer<typeof buyingRoleSchema>;

export const BUYING_ROLE_LABELS: Record<BuyingRole, string> = {
  champion: 'Champion',
  economic_buyer: 'Economic buyer',
  user: 'User',
  blocker_security: 'Blocker: security',
  blocker_procurement: 'Blocker: procurement',
  blocker_legal: 'Blocker: legal',
  blocker_it: 'Blocker: IT',
};

export const contactSchema = z.object({
  ...recordBase,
  accountId: z.string().min(1, 'A contact belongs to an account.'),
  name: shortText('Name', 200),
  title: optionalText('Title', 200),
  email: z.email('Email must look like name@company.com.').nullable(),
  buyingRole: buyingRoleSchema.nullable(),
});
export type Contact = z.infer<typeof contactSchema>;
