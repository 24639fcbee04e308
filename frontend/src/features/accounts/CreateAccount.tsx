import { useState } from 'react';
import { Link } from 'react-router';
import type { NewUser, User } from '../../api/types';
import { ChoiceGroup, FormSection, RecordForm, TextField, useDraft, useFormProblem } from '../../components/forms';
import { Loading, Notice } from '../../components/ui';
import { useApp } from '../../lib/context';
import { mayOpen } from '../../lib/pages';
import { useAuthSettings } from '../auth/queries';
import { useCreateAccount } from './mutations';

const CREATE_FIELDS = ['display_name', 'username', 'email', 'send_invitation', 'temporary_password'] as const;

type FirstPassword = 'invitation' | 'temporary';

const FIRST_PASSWORD_CHOICES: { value: FirstPassword; label: string }[] = [
  { value: 'invitation', label: 'Email an invitation (they choose their password)' },
  { value: 'temporary', label: 'Set a temporary password to give them' },
];

/**
 * A new account, with an emailed invitation to choose a password (when the installation sends
 * email) or a temporary password given by hand; a coordinator may go on to enroll it.
 */
export function CreateAccount() {
  const settings = useAuthSettings();
  return (
    <FormSection id="create-account" title="Create an account">
      {/* Waits for the settings, so the form does not change its fields under someone typing. */}
      {settings.isPending ? <Loading what="Loading the form" /> : <CreateAccountForm emailOn={settings.data?.email === true} />}
    </FormSection>
  );
}

function CreateAccountForm({ emailOn }: { emailOn: boolean }) {
  const app = useApp();
  const empty = { display_name: '', username: '', email: '', temporary_password: '' };
  const { draft, setDraft, set } = useDraft(empty);
  const [firstPassword, setFirstPassword] = useState<FirstPassword>('invitation');
  const [created, setCreated] = useState<{ user: User; invited: boolean } | null>(null);
  const form = useFormProblem(CREATE_FIELDS);
  // Without email, a temporary password is the only way in.
  const invite = emailOn && firstPassword === 'invitation';

  const create = useCreateAccount();
  const submit = () => {
    form.clear();
    setCreated(null);
    const body: NewUser = {
      display_name: draft.display_name.trim(),
      username: draft.username.trim(),
      email: draft.email.trim(),
      ...(invite ? { send_invitation: true } : { temporary_password: draft.temporary_password }),
    };
    create.mutate(body, {
      onError: form.fail,
      onSuccess: (user) => {
        setCreated({ user, invited: invite });
        setDraft(empty);
      },
    });
  };

  return (
    <>
      {created && (
        <Notice>
          Account <strong>{created.user.username}</strong> was created.{' '}
          {created.invited
            ? `An invitation to choose their password was emailed to ${created.user.email}; its link works for 7 days.`
            : 'Give them the temporary password; they choose their own at first sign-in.'}{' '}
          {mayOpen(app, 'enrollments/new') && (
            <Link to={`/enrollments/new?candidate=${created.user.id}`}>Enroll {created.user.display_name} as a candidate</Link>
          )}
        </Notice>
      )}
      <RecordForm
        className="card"
        problem={form.problem}
        onSubmit={submit}
        pending={create.isPending}
        submitLabel="Create account"
      >
        <TextField
          name="display_name"
          label="Full name"
          value={draft.display_name}
          onChange={set('display_name')}
          error={form.field('display_name')}
          autoComplete="off"
          required
        />
        <TextField
          name="username"
          label="Username"
          value={draft.username}
          onChange={set('username')}
          error={form.field('username')}
          autoComplete="off"
          required
        />
        <TextField
          name="email"
          label="Email"
          type="email"
          value={draft.email}
          onChange={set('email')}
          error={form.field('email')}
          autoComplete="off"
          required
        />
        {emailOn && (
          <ChoiceGroup
            name="send_invitation"
            legend="Their password"
            type="radio"
            groups={[{ options: FIRST_PASSWORD_CHOICES }]}
            values={[firstPassword]}
            onToggle={(value) => setFirstPassword(value as FirstPassword)}
            error={form.field('send_invitation')}
            required
          />
        )}
        {!invite && (
          <TextField
            name="temporary_password"
            label="Temporary password"
            type="text"
            value={draft.temporary_password}
            onChange={set('temporary_password')}
            hint="12 to 128 characters. The person must replace it at first sign-in."
            error={form.field('temporary_password')}
            autoComplete="off"
            required
          />
        )}
      </RecordForm>
    </>
  );
}
