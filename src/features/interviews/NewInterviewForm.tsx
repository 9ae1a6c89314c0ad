import { useNavigate } from 'react-router';
import { useCommandContext } from '../../app/useCommandContext';
import { createInterviewCommand } from '../../commands/interviewCommands';
import { guideForCohort } from '../../db/guidesRepo';
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
  const ctx = useCommandContext();
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
      // The form shows a failed save beside its buttons, keeping what was typed.
      onSubmit={async (values) => {
        const { result: interview } = await createInterviewCommand(ctx, {
          ...values,
          guideId: values.guideId === '' ? null : values.guideId,
        });
        navigate(`/interviews/${interview.id}`);
      }}
      onCancel={() => navigate('/interviews')}
      errorPrefix="The interview was not created: "
    >
      {(form) => <NewInterviewFields form={form} accounts={accounts} guides={guides} />}
    </SchemaForm>
  );
}
