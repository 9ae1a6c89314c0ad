import { Link } from 'react-router';
import type { InterviewView } from '../../db/interviewsRepo';
import { CohortBadge } from '../../ui/CohortBadge';
import { CHANNEL_LABELS } from './channels';
import { InterviewsBreadcrumb } from './InterviewsBreadcrumb';

export function InterviewHeader({ view }: { view: InterviewView }) {
  const { interview, account, contacts } = view;
  return (
    <header className="interview-header">
      <InterviewsBreadcrumb />
      <h1>Interview with {account?.name ?? 'a deleted account'}</h1>
      <dl className="interview-facts">
        <div>
          <dt>Account</dt>
          <dd>
            {account ? (
              <Link to={`/accounts/${account.id}`}>{account.name}</Link>
            ) : (
              'Deleted account'
            )}
          </dd>
        </div>
        <div>
          <dt>Cohort</dt>
          <dd>
            <CohortBadge cohort={account?.cohort ?? null} />
          </dd>
        </div>
        <div>
          <dt>Date</dt>
          <dd>
            <time dateTime={interview.date}>{interview.date}</time>
          </dd>
        </div>
        <div>
          <dt>Interviewer</dt>
          <dd>{interview.interviewer}</dd>
        </div>
        <div>
          <dt>Channel</dt>
          <dd>{CHANNEL_LABELS[interview.channel]}</dd>
        </div>
        <div>
          <dt>With</dt>
          <dd>
            {contacts.length === 0
              ? 'No contacts recorded'
              : contacts.map((c) => (c.title ? `${c.name} (${c.title})` : c.name)).join(', ')}
          </dd>
        </div>
      </dl>
    </header>
  );
}
