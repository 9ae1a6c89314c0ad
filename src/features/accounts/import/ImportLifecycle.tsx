import type { LifecycleAnswer, LifecycleQuestion } from '../../../import/csv/lifecycle';
import { Field } from '../../../ui/Field';
import { plural } from '../../../ui/format';

interface Props {
  questions: readonly LifecycleQuestion[];
  onChange(key: string, answer: LifecycleAnswer): void;
}

const isAnswer = (value: string): value is LifecycleAnswer =>
  value === 'customer' || value === 'not_customer';

/** Stages the import cannot classify; guessing would put leads among the customers. */
export function ImportLifecycle({ questions, onChange }: Props) {
  return (
    <section className="import-section" aria-labelledby="import-lifecycle-heading">
      <h4 id="import-lifecycle-heading">Lifecycle stages</h4>
      <p>
        Only customers count as customers in the cohort rules. Say whether these stages do; the rows
        are read again.
      </p>
      {questions.map(({ stage, key, count, answer }) => (
        <Field
          key={key}
          label={`Lifecycle stage “${stage || '(blank)'}”`}
          hint={plural(count, 'row')}
        >
          <select
            value={answer ?? ''}
            onChange={(event) => {
              if (isAnswer(event.target.value)) onChange(key, event.target.value);
            }}
          >
            <option value="" disabled>
              Choose…
            </option>
            <option value="customer">A customer</option>
            <option value="not_customer">Not a customer</option>
          </select>
        </Field>
      ))}
    </section>
  );
}
