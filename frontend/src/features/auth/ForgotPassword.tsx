import { useState } from 'react';
import { Link } from 'react-router';
import type { FormProblem } from '../../api/problem';
import { FormAlert, TextField, preventDefault } from '../../components/forms';
import { Notice } from '../../components/ui';
import { useAskPasswordReset } from './mutations';
import { resetAskProblem } from './passwords';

/**
 * `/forgot-password`, signed out: emails a link to choose a new password. The server answers
 * alike whether or not an account has the address, and so does the page.
 */
export function ForgotPassword() {
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState<string | null>(null);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const ask = useAskPasswordReset();

  const submit = () => {
    setSent(null);
    setProblem(null);
    ask.mutate(email.trim(), {
      onSuccess: (answer) => setSent(answer.message),
      onError: (err) => setProblem(resetAskProblem(err)),
    });
  };

  return (
    <main className="narrow auth-page" id="main">
      <p className="brand">Coachfolio</p>
      <h1>Forgot your password?</h1>
      <p>Enter the email address of your account. We will email you a link to choose a new password.</p>
      {sent && <Notice>{sent}</Notice>}
      <form onSubmit={preventDefault(submit)} noValidate>
        <FormAlert problem={problem} />
        <TextField
          name="email"
          label="Email"
          type="email"
          value={email}
          onChange={setEmail}
          autoComplete="email"
          error={problem?.fields.email}
          required
        />
        <button type="submit" disabled={ask.isPending || !email.trim()}>
          {ask.isPending ? 'Sending…' : 'Email me a link'}
        </button>
      </form>
      <p>
        <Link to="/">Back to sign in</Link>
      </p>
    </main>
  );
}
