import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api';
import { isApiError } from '../../api/problem';
import { TextField, preventDefault } from '../../components/forms';
import { useAuthSettings } from './queries';

export const WRONG_CREDENTIALS = 'Wrong username/email or password';
export const TOO_MANY_ATTEMPTS = 'Too many attempts, try again in a minute';

export function signInMessage(err: unknown): string {
  if (isApiError(err)) {
    if (err.status === 429) return TOO_MANY_ATTEMPTS;
    if (err.status === 401 || err.status === 400 || err.status === 422) return WRONG_CREDENTIALS;
    if (err.status === 403) return err.problem.detail || 'This account is disabled.';
    return err.problem.detail || 'Signing in failed. Please try again.';
  }
  return 'The server could not be reached. Check your connection and try again.';
}

export function SignIn() {
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A reset link can only be offered where the server sends email.
  const emailOn = useAuthSettings().data?.email;

  const submit = async () => {
    setError(null);
    setBusy(true);
    try {
      await api.login(login.trim(), password);
    } catch (err) {
      setError(signInMessage(err));
      setBusy(false);
    }
  };

  return (
    <main className="narrow auth-page" id="main">
      <h1>Coachfolio</h1>
      <p className="muted">Sign in to your coaching program.</p>
      <form onSubmit={preventDefault(() => void submit())} noValidate>
        {error && (
          <div className="alert alert-error" role="alert">
            <p>{error}</p>
          </div>
        )}
        <TextField name="login" label="Username or email" value={login} onChange={setLogin} autoComplete="username" required />
        <TextField
          name="password"
          label="Password"
          type="password"
          value={password}
          onChange={setPassword}
          autoComplete="current-password"
          required
        />
        <button type="submit" disabled={busy || !login.trim() || !password}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      {emailOn && (
        <p>
          <Link to="/forgot-password">Forgot your password?</Link>
        </p>
      )}
    </main>
  );
}
