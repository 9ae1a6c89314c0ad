import { zodResolver } from '@hookform/resolvers/zod';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { useWorkspaceDb } from '../../app/useWorkspace';
import { guideForCohort } from '../../db/guidesRepo';
import { createInterview, listAccountContacts } from '../../db/interviewsRepo';
import { nowIso } from '../../db/workspaceRegistry';
import type { Account } from '../../domain/schemas/account';
import { BUYING_ROLE_LABELS } from '../../domain/schemas/contact';
import { COHORT_LABELS, COHORT_SINGULAR, COHORTS } from '../../domain/schemas/cohort';
import type { Guide } from '../../domain/schemas/guide';
import { INTERVIEW_CHANNELS } from '../../domain/schemas/interview';
import { CohortBadge } from '../../ui/CohortBadge';
import { Field } from '../../ui/Field';
import { CHANNEL_LABELS } from './channels';
import {
  localToday,
  newInterviewFormSchema,
  type NewInterviewFormInput,
  type NewInterviewFormValues,
} from './newInterviewForm';

interface Props {
  accounts: readonly Account[];
  guides: readonly Guide[];
  defaultInterviewer: string;
  initialAccountId: string;
}

export function NewInterviewForm({
  accounts,
  guides,
  defaultInterviewer,
  initialAccountId,
}: Props) {
  const db = useWorkspaceDb();
  const navigate = useNavigate();
  const contactsId = useId();
  const [saveError, setSaveError] = useState<string | null>(null);
  const initialAccount = accounts.find((a) => a.id === initialAccountId);
  const {
    register,
    handleSubmit,
    control,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<NewInterviewFormInput, unknown, NewInterviewFormValues>({
    resolver: zodResolver(newInterviewFormSchema),
    defaultValues: {
      accountId: initialAccount?.id ?? '',
      contactIds: [],
      guideId: guideForCohort(guides, initialAccount?.cohort ?? null)?.id ?? '',
      date: localToday(),
      interviewer: defaultInterviewer,
      channel: 'video',
    },
  });
  const accountId = useWatch({ control, name: 'accountId' });
  const account = accounts.find((a) => a.id === accountId);
  const contacts = useLiveQuery(
    () => (accountId ? listAccountContacts(db, accountId) : Promise.resolve([])),
    [db, accountId],
  );

  const submit = handleSubmit(async (values) => {
    setSaveError(null);
    try {
      const interview = await createInterview(
        db,
        { ...values, guideId: values.guideId === '' ? null : values.guideId },
        nowIso(),
      );
      navigate(`/interviews/${interview.id}`);
    } catch (e) {
      setSaveError(e instanceof Error ? e.message : String(e));
    }
  });

  const accountField = register('accountId', {
    onChange: (event: { target: { value: string } }) => {
      const picked = accounts.find((a) => a.id === event.target.value);
      // Contacts belong to one account; the guide follows the cohort, as the method asks.
      setValue('contactIds', []);
      const guide = guideForCohort(guides, picked?.cohort ?? null);
      if (guide) setValue('guideId', guide.id);
    },
  });

  return (
    <form className="panel interview-form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="interview-form-account">
        <Field label="Account" error={errors.accountId?.message}>
          <select {...accountField}>
            <option value="">Choose an account…</option>
            {accounts.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
                {a.cohort ? ` (${COHORT_SINGULAR[a.cohort]})` : ''}
              </option>
            ))}
          </select>
        </Field>
        {account && (
          <p className="interview-form-cohort">
            Cohort: <CohortBadge cohort={account.cohort} />
          </p>
        )}
      </div>

      <fieldset className="interview-form-contacts" aria-describedby={`${contactsId}-hint`}>
        <legend>Contacts</legend>
        <p id={`${contactsId}-hint`} className="field-hint">
          Who joins the call from the account.
        </p>
        {!account ? (
          <p>Choose an account to see its contacts.</p>
        ) : contacts === undefined ? (
          <p role="status">Loading contacts…</p>
        ) : contacts.length === 0 ? (
          <p>No contacts are recorded for {account.name}.</p>
        ) : (
          <Controller
            control={control}
            name="contactIds"
            render={({ field }) => (
              <ul className="interview-form-checks">
                {contacts.map((contact) => (
                  <li key={contact.id}>
                    <label>
                      <input
                        type="checkbox"
                        checked={field.value.includes(contact.id)}
                        onChange={(event) =>
                          field.onChange(
                            event.target.checked
                              ? [...field.value, contact.id]
                              : field.value.filter((id) => id !== contact.id),
                          )
                        }
                      />{' '}
                      {contact.name}
                      {contact.title && <span className="field-hint">, {contact.title}</span>}
                      {contact.buyingRole && (
                        <span className="field-hint">
                          {' '}
                          · {BUYING_ROLE_LABELS[contact.buyingRole]}
                        </span>
                      )}
                    </label>
                  </li>
                ))}
              </ul>
            )}
          />
        )}
      </fieldset>

      <Field
        label="Guide"
        error={errors.guideId?.message}
        hint="Defaults to the guide written for the account’s cohort."
      >
        <select {...register('guideId')}>
          <option value="">No guide</option>
          {COHORTS.map((cohort) => {
            const inCohort = guides.filter((g) => g.cohort === cohort);
            return inCohort.length === 0 ? null : (
              <optgroup key={cohort} label={COHORT_LABELS[cohort]}>
                {inCohort.map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.name}
                  </option>
                ))}
              </optgroup>
            );
          })}
          {guides.some((g) => g.cohort === null) && (
            <optgroup label="Any cohort">
              {guides
                .filter((g) => g.cohort === null)
                .map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.name}
                  </option>
                ))}
            </optgroup>
          )}
        </select>
      </Field>

      <div className="interview-form-row">
        <Field label="Date" error={errors.date?.message}>
          <input type="date" {...register('date')} />
        </Field>
        <Field label="Interviewer" error={errors.interviewer?.message}>
          <input type="text" autoComplete="name" {...register('interviewer')} />
        </Field>
        <Field label="Channel" error={errors.channel?.message}>
          <select {...register('channel')}>
            {INTERVIEW_CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {CHANNEL_LABELS[channel]}
              </option>
            ))}
          </select>
        </Field>
      </div>

      {saveError && (
        <p role="alert" className="field-error">
          The interview was not created: {saveError}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={() => navigate('/interviews')}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={isSubmitting}>
          Save interview
        </button>
      </div>
    </form>
  );
}
