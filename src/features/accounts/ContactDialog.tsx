import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import {
  contactFormSchema,
  EMPTY_CONTACT_FORM,
  type ContactFormValues,
} from '../../domain/forms/contactForm';
import { BUYING_ROLES, BUYING_ROLE_LABELS, type Contact } from '../../domain/schemas/contact';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';

type Output = z.output<typeof contactFormSchema>;

interface Props {
  contact: Contact | null;
  onClose(): void;
  onSave(values: Output): Promise<void>;
}

export function ContactDialog({ contact, onClose, onSave }: Props) {
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ContactFormValues, unknown, Output>({
    resolver: zodResolver(contactFormSchema),
    defaultValues: contact
      ? {
          name: contact.name,
          title: contact.title ?? '',
          email: contact.email ?? '',
          buyingRole: contact.buyingRole ?? '',
        }
      : EMPTY_CONTACT_FORM,
  });
  const submit = handleSubmit(async (values) => {
    try {
      await onSave(values);
      onClose();
    } catch (error) {
      setError('root', { message: (error as Error).message });
    }
  });
  return (
    <Dialog open title={contact ? 'Edit contact' : 'Add contact'} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate className="entity-form">
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
            <option value="">Unknown</option>
            {BUYING_ROLES.map((role) => (
              <option key={role} value={role}>
                {BUYING_ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        </Field>
        {errors.root && (
          <p role="alert" className="field-error">
            {errors.root.message}
          </p>
        )}
        <div className="form-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={isSubmitting}>
            Save contact
          </button>
        </div>
      </form>
    </Dialog>
  );
}
