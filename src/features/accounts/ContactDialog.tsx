import type { z } from 'zod';
import { contactFormSchema, EMPTY_CONTACT_FORM } from '../../domain/forms/contactForm';
import { BUYING_ROLES, BUYING_ROLE_LABELS, type Contact } from '../../domain/schemas/contact';
import { Field } from '../../ui/Field';
import { FormDialog } from '../../ui/FormDialog';
import { Options } from '../../ui/Options';
import { labelledOptions } from '../../ui/selectOptions';

type Output = z.output<typeof contactFormSchema>;

interface Props {
  contact: Contact | null;
  onClose(): void;
  onSave(values: Output): Promise<void>;
}

export function ContactDialog({ contact, onClose, onSave }: Props) {
  return (
    <FormDialog
      title={contact ? 'Edit contact' : 'Add contact'}
      schema={contactFormSchema}
      defaultValues={
        contact
          ? {
              name: contact.name,
              title: contact.title ?? '',
              email: contact.email ?? '',
              buyingRole: contact.buyingRole ?? '',
            }
          : EMPTY_CONTACT_FORM
      }
      submitLabel="Save contact"
      onSubmit={onSave}
      onClose={onClose}
      className="entity-form"
    >
      {({ register, formState: { errors } }) => (
        <>
          <Field label="Name" error={errors.name?.message}>
            <input {...register('name')} autoFocus />
          </Field>
          <Field label="Title" error={errors.title?.message}>
            <input {...register('title')} />
          </Field>
          <Field label="Email" error={errors.email?.message}>
            <input {...register('email')} type="email" />
          </Field>
          <Field label="Buying role" error={errors.buyingRole?.message}>
            <select {...register('buyingRole')}>
              <Options
                options={labelledOptions(BUYING_ROLES, BUYING_ROLE_LABELS)}
                empty="Unknown"
              />
            </select>
          </Field>
        </>
      )}
    </FormDialog>
  );
}
