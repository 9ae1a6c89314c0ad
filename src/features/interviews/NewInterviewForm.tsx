import { useNavigate } from 'react-router';
import { useWorkspaceDb } from '../../app/useWorkspace';
import { guideForCohort } from '../../db/guidesRepo';
import { createInterview } from '../../db/interviewsRepo';
import { nowIso } from '../../db/workspaceRegistry';
import type { Account } from '../../domain/schemas/account';
import type { Guide } from '../../domain/schemas/guide';
import { SchemaForm } from '../../ui/SchemaForm';
import { localToday, newInterviewFormSchema } from './newInterviewForm';
import { NewInterviewFields } from './NewInterviewFields';

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
  const initialAccount = accounts.find((a) => a.id === initialAccountId);
  return (
    <SchemaForm
      className="panel interview-form"
      schema={newInterviewFormSchema}
      defaultValues={{
        accountId: initialAccount?.id ?? '',
        contactIds: [],
        guideId: guideForCohort(guides, initialAccount?.cohort ?? null)?.id ?? '',
        date: localToday(),
        interviewer: defaultInterviewer,
        channel: 'video',
      }}
      submitLabel="Save interview"
      onSubmit={async (values) => {
        const interview = await createInterview(
          db,
          { ...values, guideId: values.guideId === '' ? null : values.guideId },
          nowIso(),
        );
        navigate(`/interviews/${interview.id}`);
      }}
      onCancel={() => navigate('/interviews')}
      errorPrefix="The interview was not created: "
    >
      {(form) => <NewInterviewFields form={form} accounts={accounts} guides={guides} />}
    </SchemaForm>
  );
}
