import { z } from 'zod';

/** Every stored record carries these; ids are opaque strings so imports and the demo can choose them. */
export const recordBase = {
  id: z.string().min(1, 'Id is missing.'),
  createdAt: z.iso.datetime({ message: 'Created-at must be an ISO date-time.' }),
  updatedAt: z.iso.datetime({ message: 'Updated-at must be an ISO date-time.' }),
};

/** Calendar dates are stored as YYYY-MM-DD: interviews and deals happen on days, not instants. */
export const isoDate = z.iso.date({ message: 'Use a date like 2026-03-31.' });

export const shortText = (label: string, max = 300) =>
  z
    .string({ message: `${label} must be text.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} is longer than ${max} characters.`);

export const optionalText = (label: string, max = 300) =>
  z
    .string({ message: `${label} must be text.` })
    .trim()
    .max(max, `${label} is longer than ${max} characters.`)
    .nullable();

export const nonNegative = (label: string) =>
  z.number({ message: `${label} must be a number.` }).min(0, `${label} cannot be negative.`);
