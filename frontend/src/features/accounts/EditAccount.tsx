import type { User } from '../../api/types';
import { FormSection, RecordForm, TextField, useFormProblem } from '../../components/forms';
import { ErrorBox, Notice } from '../../components/ui';
import { useRecordDraft } from '../../lib/draft';
import { useAuthSettings } from '../auth/queries';
import { useSaveAccount, useSendPasswordLink } from './mutations';
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
      <SendPasswordLink user={user} />
    </FormSection>
  );
}

/**
 * For an account the caller manages (not their own: `change_status` says both), when the
 * installation sends email: a new link to choose a password, for an invitation that expired or
 * got lost, or a password the person cannot reset themselves.
 */
function SendPasswordLink({ user }: { user: User }) {
  const emailOn = useAuthSettings().data?.email;
  const send = useSendPasswordLink();
  if (!emailOn || !user.can.change_status || user.status !== 'active') return null;
  return (
    <div className="send-password-link">
      {send.isSuccess && <Notice>A link to set a password was emailed to {user.email}. It works once, for 7 days.</Notice>}
      {send.error && <ErrorBox error={send.error} />}
      <button type="button" className="secondary" disabled={send.isPending} onClick={() => send.mutate(user)}>
        Email a link to set a password
      </button>
    </div>
  );
}
