import type { User } from '../../api/types';
import { FormSection, RecordForm, TextField, useFormProblem } from '../../components/forms';
import { ErrorBox } from '../../components/ui';
import { useRecordDraft } from '../../lib/draft';
import { useSaveAccount } from './mutations';
import { useAccount } from './queries';

/** The edit form of one account, under the list. */
export function EditAccount({ userId, onClose }: { userId: string; onClose: () => void }) {
  const query = useAccount(userId);
  if (query.error) return <ErrorBox error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return null;
  return <EditAccountForm user={query.data} onReload={() => void query.refetch()} onClose={onClose} />;
}

function EditAccountForm({ user, onReload, onClose }: { user: User; onReload: () => void; onClose: () => void }) {
  // Reloading after a conflict brings a new `user.version` and keeps what was typed.
  const [draft, setDraft] = useRecordDraft(user, (u) => ({ display_name: u.display_name, email: u.email }));
  const form = useFormProblem(['display_name', 'email']);
  const save = useSaveAccount(user);
  const submit = () => {
    form.clear();
    save.mutate(
      {
        display_name: draft.display_name.trim(),
        email: user.can.change_email ? draft.email.trim() : undefined,
      },
      { onError: form.fail, onSuccess: onClose },
    );
  };
  return (
    <FormSection id="edit-user" title={`Edit ${user.username}`} card>
      <RecordForm
        problem={form.problem}
        onReload={onReload}
        onSubmit={submit}
        pending={save.isPending}
        submitLabel="Save account"
        onCancel={onClose}
      >
        <TextField
          name="display_name"
          label="Display name"
          value={draft.display_name}
          onChange={(display_name) => setDraft((d) => ({ ...d, display_name }))}
          error={form.field('display_name')}
          required
        />
        <TextField
          name="email"
          label="Email"
          type="email"
          value={draft.email}
          onChange={(email) => setDraft((d) => ({ ...d, email }))}
          error={form.field('email')}
          disabled={!user.can.change_email}
          required
        />
      </RecordForm>
    </FormSection>
  );
}
