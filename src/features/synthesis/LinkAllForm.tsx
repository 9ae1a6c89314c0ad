import { z } from 'zod';
import type { FindingTarget } from '../../commands/findingCommands';
import { excerpt } from '../../domain/excerpt';
import { COHORT_LABELS, COHORTS, cohortSchema, type Cohort } from '../../domain/schemas/cohort';
import { findingSchema, type Finding } from '../../domain/schemas/finding';
import { plural } from '../../ui/format';
import { Field } from '../../ui/Field';
import { Options } from '../../ui/Options';
import { SchemaForm } from '../../ui/SchemaForm';
import { labelledOptions } from '../../ui/selectOptions';

/** The picker's value for "write a new finding"; finding ids are never empty. */
const NEW = '';

/** A statement is asked for only when a new finding is written. */
const linkAllSchema = z
  .object({
    findingId: z.string(),
    statement: z.string(),
    cohort: z.union([z.literal(''), cohortSchema]),
  })
  .superRefine((values, ctx) => {
    if (values.findingId !== NEW) return;
    const statement = findingSchema.shape.statement.safeParse(values.statement);
    if (!statement.success) {
      ctx.addIssue({
        code: 'custom',
        path: ['statement'],
        message: statement.error.issues[0]?.message ?? 'Write a statement.',
      });
    }
  })
  .transform(({ findingId, statement, cohort }): FindingTarget =>
    findingId === NEW ? { statement, cohort: cohort === '' ? null : cohort } : { findingId },
  );

interface Props {
  quoteCount: number;
  findings: readonly Finding[];
  /** The cell's cohort, proposed for a new finding. */
  cohort: Cohort | null;
  onLink(to: FindingTarget): Promise<void>;
  onDone(): void;
}

/** Picks an existing finding, or writes a new one, for all of a cell's quotes. */
export function LinkAllForm({ quoteCount, findings, cohort, onLink, onDone }: Props) {
  return (
    <SchemaForm
      label="Link all quotes to a finding"
      className="synthesis-link-all-form"
      schema={linkAllSchema}
      defaultValues={{ findingId: NEW, statement: '', cohort: cohort ?? '' }}
      submitLabel={`Link ${plural(quoteCount, 'quote')}`}
      onSubmit={onLink}
      onSuccess={onDone}
      onCancel={onDone}
    >
      {({ register, watch, formState: { errors } }) => (
        <>
          <Field label="Finding">
            <select {...register('findingId')}>
              <option value={NEW}>A new finding…</option>
              {findings.map((f) => (
                <option key={f.id} value={f.id}>
                  {excerpt(f.statement, 60)}
                </option>
              ))}
            </select>
          </Field>
          {watch('findingId') === NEW && (
            <>
              <Field label="Statement of the new finding" error={errors.statement?.message}>
                <textarea rows={2} {...register('statement')} />
              </Field>
              <Field label="About cohort (optional)">
                <select {...register('cohort')}>
                  <Options options={labelledOptions(COHORTS, COHORT_LABELS)} empty="Any cohort" />
                </select>
              </Field>
            </>
          )}
        </>
      )}
    </SchemaForm>
  );
}
