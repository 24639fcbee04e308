import { useState } from 'react';
import { Link } from 'react-router';
import type { User } from '../../api/types';
import { FormSection, RecordForm, TextField, useDraft, useFormProblem } from '../../components/forms';
import { Notice } from '../../components/ui';
import { useApp } from '../../lib/context';
import { mayOpen } from '../../lib/pages';
import { useCreateAccount } from './mutations';

const CREATE_FIELDS = ['display_name', 'username', 'email', 'temporary_password'] as const;

/** A new account with a temporary password; a coordinator may go on to enroll it. */
export function CreateAccount() {
  const app = useApp();
  const empty = { display_name: '', username: '', email: '', temporary_password: '' };
  const { draft, setDraft, set } = useDraft(empty);
  const [created, setCreated] = useState<User | null>(null);
  const form = useFormProblem(CREATE_FIELDS);

  const create = useCreateAccount();
  const submit = () => {
    form.clear();
    setCreated(null);
    create.mutate(
      {
        display_name: draft.display_name.trim(),
        username: draft.username.trim(),
        email: draft.email.trim(),
        temporary_password: draft.temporary_password,
      },
      {
        onError: form.fail,
        onSuccess: (u) => {
          setCreated(u);
          setDraft(empty);
        },
      },
    );
  };

  return (
    <FormSection id="create-account" title="Create an account">
      {created && (
        <Notice>
          Account <strong>{created.username}</strong> was created. Give them the temporary password; they choose their
          own at first sign-in.{' '}
          {mayOpen(app, 'enrollments/new') && (
            <Link to={`/enrollments/new?candidate=${created.id}`}>Enroll {created.display_name} as a candidate</Link>
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
      </RecordForm>
    </FormSection>
  );
}
