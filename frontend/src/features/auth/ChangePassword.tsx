import { useState } from 'react';
import { api } from '../../api';
import { FormAlert, TextField, preventDefault, useFormProblem } from '../../components/forms';
import { Notice } from '../../components/ui';

const FIELDS = ['current_password', 'new_password', 'confirm'] as const;

/**
 * "Choose a new password". With `forced` it is the only screen a user with a temporary
 * password sees (no navigation) until the change is done.
 */
export function ChangePassword({ forced = false }: { forced?: boolean }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const form = useFormProblem(FIELDS);

  const submit = async () => {
    form.clear();
    setDone(false);
    const local: Record<string, string> = {};
    if (!current) local.current_password = 'Enter your current password.';
    if (next.length < 12) local.new_password = 'Use at least 12 characters.';
    else if (next.length > 128) local.new_password = 'Use at most 128 characters.';
    if (confirm !== next) local.confirm = 'The two new passwords do not match.';
    if (Object.keys(local).length) {
      form.invalid(local);
      return;
    }
    setBusy(true);
    try {
      await api.changePassword(current, next);
      setCurrent('');
      setNext('');
      setConfirm('');
      setDone(true);
    } catch (err) {
      form.fail(err);
    } finally {
      setBusy(false);
    }
  };

  const body = (
    <>
      <h1>Choose a new password</h1>
      {forced && (
        <p>
          You signed in with a temporary password. Choose your own password to continue. Other sessions of this account
          will be signed out.
        </p>
      )}
      {done && <Notice>Your password was changed.</Notice>}
      <form onSubmit={preventDefault(() => void submit())} noValidate>
        <FormAlert problem={form.problem} />
        <TextField
          name="current_password"
          label={forced ? 'Temporary password' : 'Current password'}
          type="password"
          value={current}
          onChange={setCurrent}
          autoComplete="current-password"
          error={form.field('current_password')}
          required
        />
        <TextField
          name="new_password"
          label="New password"
          type="password"
          value={next}
          onChange={setNext}
          autoComplete="new-password"
          hint="12 to 128 characters; not a common password."
          error={form.field('new_password')}
          required
        />
        <TextField
          name="confirm"
          label="Confirm new password"
          type="password"
          value={confirm}
          onChange={setConfirm}
          autoComplete="new-password"
          error={form.field('confirm')}
          required
        />
        <div className="actions">
          <button type="submit" disabled={busy}>
            {busy ? 'Saving…' : 'Change password'}
          </button>
          {forced && (
            <button type="button" className="secondary" onClick={() => void api.logout()}>
              Sign out
            </button>
          )}
        </div>
      </form>
    </>
  );

  if (forced) {
    return (
      <main className="narrow auth-page" id="main">
        <p className="brand">Coachfolio</p>
        {body}
      </main>
    );
  }
  return <section className="narrow">{body}</section>;
}
