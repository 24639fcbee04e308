import { useState } from 'react';
import { api } from '../../api';
import { FormAlert, TextField, preventDefault, useFormProblem } from '../../components/forms';
import { Notice } from '../../components/ui';
import { NewPasswordFields } from './NewPasswordFields';
import { newPasswordProblems } from './passwords';

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
    const local = newPasswordProblems(next, confirm);
    if (!current) local.current_password = 'Enter your current password.';
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
        <NewPasswordFields next={next} confirm={confirm} onNext={setNext} onConfirm={setConfirm} error={form.field} />
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
