import { z } from 'zod';
import { contactSchema } from '../schemas/contact';
import { emptyForm, textToOptional } from './formFields';

const s = contactSchema.shape;

export const contactFormSchema = z.object({
  name: s.name,
  title: textToOptional(s.title),
  email: textToOptional(s.email),
  buyingRole: z
    .string()
    .transform((v) => (v === '' ? null : v))
    .pipe(s.buyingRole),
});
export type ContactFormValues = z.input<typeof contactFormSchema>;

export const EMPTY_CONTACT_FORM: ContactFormValues = emptyForm(contactFormSchema);
