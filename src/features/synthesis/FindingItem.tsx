import { useId } from 'react';
import type { FindingStatus } from '../../db/findingsRepo';
import { COHORT_KEYS } from '../../domain/cohortOverview';
import { COHORT_LABELS } from '../../domain/schemas/cohort';
import type { Finding } from '../../domain/schemas/finding';
import type { FindingEvidence } from '../../domain/synthesis/findingEvidence';
import { plural } from '../../ui/format';
import { EvidenceQuoteItem } from './EvidenceQuoteItem';
import { excerpt } from '../../domain/excerpt';
import { cohortLabel } from './synthesisFormat';
import { Options } from '../../ui/Options';
import { labelledOptions } from '../../ui/selectOptions';
import type { CommentEnv } from '../../shared/comments/commentEnv';
import { CommentThreads } from '../../shared/comments/CommentThreads';

interface Props {
  finding: Finding;
  evidence: FindingEvidence;
  commentEnv: CommentEnv;
  /** A reviewer reads and comments; the controls that change the finding are off. */
  readOnly: boolean;
  onStatus(status: FindingStatus): void;
  onUnlink(highlightId: string): void;
  onPickQuotes(): void;
  onDelete(): void;
}

const STATUS_LABELS: Record<FindingStatus, string> = {
  draft: 'Draft',
  accepted: 'Accepted',
  rejected: 'Rejected',
};

export function FindingItem({
  finding,
  evidence,
  commentEnv,
  readOnly,
  onStatus,
  onUnlink,
  onPickQuotes,
  onDelete,
}: Props) {
  const statusId = useId();
  const cohorts = COHORT_KEYS.filter((key) => evidence.cohorts[key] > 0);
  return (
    <article className={`synthesis-finding ${finding.status}`} aria-label={finding.statement}>
      <p className="synthesis-finding-statement">{finding.statement}</p>
      <p className="synthesis-finding-evidence">
        <strong>
          {plural(evidence.quotes.length, 'quote')} · {plural(evidence.distinctAccounts, 'account')}
        </strong>
        {finding.cohort && <> · about {COHORT_LABELS[finding.cohort]}</>}
      </p>
      {cohorts.length > 0 && (
        <ul className="synthesis-finding-cohorts" aria-label="Accounts by cohort">
          {cohorts.map((key) => (
            <li key={key}>
              {cohortLabel(key)}: {plural(evidence.cohorts[key], 'account')}
            </li>
          ))}
        </ul>
      )}
      {evidence.missingHighlightIds.length > 0 && (
        <p className="synthesis-note">
          {plural(evidence.missingHighlightIds.length, 'linked quote')} no longer exist and are not
          counted.
        </p>
      )}
      <div className="synthesis-finding-actions">
        <label htmlFor={statusId}>Status</label>
        <select
          id={statusId}
          disabled={readOnly}
          value={finding.status}
          onChange={(event) => onStatus(event.target.value as FindingStatus)}
        >
          <Options
            options={labelledOptions(Object.keys(STATUS_LABELS) as FindingStatus[], STATUS_LABELS)}
          />
        </select>
        <button type="button" onClick={onPickQuotes} disabled={readOnly}>
          Link quotes…
        </button>
        <button type="button" className="danger" onClick={onDelete} disabled={readOnly}>
          Delete finding
        </button>
      </div>
      {evidence.quotes.length > 0 && (
        <details className="synthesis-finding-quotes">
          <summary>Linked quotes ({evidence.quotes.length})</summary>
          <ul className="quote-list">
            {evidence.quotes.map((quote) => (
              <EvidenceQuoteItem key={quote.highlight.id} quote={quote}>
                <button
                  type="button"
                  disabled={readOnly}
                  aria-label={`Unlink quote “${excerpt(quote.text, 50)}”`}
                  onClick={() => onUnlink(quote.highlight.id)}
                >
                  Unlink
                </button>
              </EvidenceQuoteItem>
            ))}
          </ul>
        </details>
      )}
      <CommentThreads
        env={commentEnv}
        place={{ targetKind: 'finding', targetId: finding.id, anchor: '' }}
        label={`finding “${excerpt(finding.statement, 50)}”`}
      />
    </article>
  );
}
