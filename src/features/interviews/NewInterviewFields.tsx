import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { Controller, useWatch, type UseFormReturn } from 'react-hook-form';
import { useWorkspaceDb } from '../../app/useWorkspace';
import { guideForCohort } from '../../db/guidesRepo';
import { listAccountContacts } from '../../db/interviewsRepo';
import type { Account } from '../../domain/schemas/account';
import { BUYING_ROLE_LABELS } from '../../domain/schemas/contact';
import { COHORT_LABELS, COHORT_SINGULAR, COHORTS } from '../../domain/schemas/cohort';
import type { Guide } from '../../domain/schemas/guide';
import { INTERVIEW_CHANNELS } from '../../domain/schemas/interview';
import { CohortBadge } from '../../ui/CohortBadge';
import { Field } from '../../ui/Field';
import { CHANNEL_LABELS } from './channels';
import type { NewInterviewFormInput, NewInterviewFormValues } from './newInterviewForm';
import { Options } from '../../ui/Options';
import { labelledOptions, namedOptions } from '../../ui/selectOptions';

interface Props {
  form: UseFormReturn<NewInterviewFormInput, unknown, NewInterviewFormValues>;
  accounts: readonly Account[];
  guides: readonly Guide[];
}

/** The account comes first: its contacts and its cohort's guide follow the choice. */
export function NewInterviewFields({ form, accounts, guides }: Props) {
  const db = useWorkspaceDb();
  const contactsId = useId();
  const {
    register,
    control,
    setValue,
    formState: { errors },
  } = form;
  const accountId = useWatch({ control, name: 'accountId' });
  const account = accounts.find((a) => a.id === accountId);
  const contacts = useLiveQuery(
    () => (accountId ? listAccountContacts(db, accountId) : Promise.resolve([])),
    [db, accountId],
  );

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
    <>
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
                <Options options={namedOptions(inCohort)} />
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
            <Options options={labelledOptions(INTERVIEW_CHANNELS, CHANNEL_LABELS)} />
          </select>
        </Field>
      </div>
    </>
  );
}
