import type { DuplicateDecision } from '../../../import/csv/duplicates';
import type { FailureCategory } from '../../../domain/schemas/deal';
import type { LossRule } from '../../../import/csv/lossReasonRules';
import type { DateOrder } from '../../../import/csv/normalise';
import { formatCount, plural } from '../../../ui/format';
import type { ConflictChoice } from '../../../import/csv/accountFill';
import { ImportAccountConflicts } from './ImportAccountConflicts';
import { ImportDateOrders } from './ImportDateOrders';
import { ImportDealOverview } from './ImportDealOverview';
import { ImportDuplicates } from './ImportDuplicates';
import { ImportFieldFill } from './ImportFieldFill';
import { ImportLifecycle } from './ImportLifecycle';
import type { LifecycleAnswer } from '../../../import/csv/lifecycle';
import { ImportLossReasons } from './ImportLossReasons';
import { ImportLossRules } from './ImportLossRules';
import { ImportRowErrors } from './ImportRowErrors';
import { ImportStepHeading } from './ImportStepHeading';
import type { PlanPreview, ReviewState } from './importState';

interface Props {
  state: ReviewState;
  preview: PlanPreview | null;
  onDateOrder(column: string, order: DateOrder): void;
  onLifecycle(key: string, answer: LifecycleAnswer): void;
  onDecide(key: string, decision: DuplicateDecision): void;
  onDecideAll(decision: DuplicateDecision): void;
  onClassify(reason: string, category: FailureCategory | null): void;
  onLossRules(rules: LossRule[]): void;
  onConflict(key: string, choice: ConflictChoice): void;
}

export function ImportReviewStep({
  state,
  preview,
  onDateOrder,
  onLifecycle,
  onDecide,
  onDecideAll,
  onClassify,
  onLossRules,
  onConflict,
}: Props) {
  const { review, source, inputs, choices } = state;
  const what = review.kind === 'accounts' ? 'account' : 'deal';
  return (
    <>
      <ImportStepHeading>Review</ImportStepHeading>
      <p className="import-facts" aria-live="polite">
        “{source.file.name}”: {plural(review.rowCount, 'row')}, {formatCount(review.drafts.length)}{' '}
        valid.
        {preview?.ok && (
          <>
            {' '}
            The import will create {plural(preview.created, what)}, update{' '}
            {formatCount(preview.updated)} and skip {formatCount(preview.skipped)}
            {preview.accountsCreated > 0 && review.kind === 'deals'
              ? `, and create ${plural(preview.accountsCreated, 'account')} for them`
              : ''}
            .
          </>
        )}
      </p>
      {review.errors.length > 0 && (
        <ImportRowErrors csv={source.csv} errors={review.errors} fileName={source.file.name} />
      )}
      {review.warnings.length > 0 && (
        <ul className="import-warnings" aria-label="Notes about the file">
          {review.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      {inputs.dateQuestions.length > 0 && (
        <ImportDateOrders
          questions={inputs.dateQuestions}
          chosen={inputs.dateOrders}
          onChange={onDateOrder}
        />
      )}
      {review.fieldFill.length > 0 && <ImportFieldFill fill={review.fieldFill} />}
      {review.kind === 'accounts' && review.lifecycleQuestions.length > 0 && (
        <ImportLifecycle questions={review.lifecycleQuestions} onChange={onLifecycle} />
      )}
      {review.kind === 'deals' && <ImportDealOverview review={review} />}
      {review.duplicates.length > 0 && (
        <ImportDuplicates
          review={review}
          choices={choices}
          onDecide={onDecide}
          onDecideAll={onDecideAll}
        />
      )}
      {review.kind === 'deals' && review.accountConflicts.length > 0 && (
        <ImportAccountConflicts
          conflicts={review.accountConflicts}
          chosen={choices.accountConflicts}
          onChoose={onConflict}
        />
      )}
      {review.kind === 'deals' && review.unclassifiedReasons.length > 0 && (
        <ImportLossReasons
          reasons={review.unclassifiedReasons}
          chosen={choices.lossCategories}
          onClassify={onClassify}
        />
      )}
      {review.kind === 'deals' && (
        <ImportLossRules rules={inputs.lossRules} onApply={onLossRules} />
      )}
    </>
  );
}
