import { useEffect, useState, useSyncExternalStore } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { api, sessionStore } from '../../api';
import type { PasswordLink } from '../../api/types';
import { FormAlert, preventDefault, useFormProblem } from '../../components/forms';
import { ErrorBox, Loading } from '../../components/ui';
import { NewPasswordFields } from './NewPasswordFields';
import { isRefusedLink, linkGreeting, newPasswordProblems } from './passwords';
import { usePasswordLink } from './queries';

const FIELDS = ['new_password', 'confirm'] as const;

/**
 * `/set-password?token=…`, the page an invitation or a password reset email opens, signed out or
 * signed in (an invitation may be opened where someone else is signed in: the link decides whose
 * password is set). The secret leaves the address bar at once, so the browser's history never
 * keeps it; the page holds it in memory.
 */
export function SetPassword() {
  const { search } = useLocation();
  const navigate = useNavigate();
  const [token] = useState(() => new URLSearchParams(search).get('token'));
  useEffect(() => {
    if (search) navigate('/set-password', { replace: true });
  }, [search, navigate]);
  const link = usePasswordLink(token);
  const [spent, setSpent] = useState(false);

  let content;
  if (!token) {
    content = (
      <LinkGone heading="This link is incomplete">Open the link from your email again, or ask for a new one.</LinkGone>
    );
  } else if (spent || isRefusedLink(link.error)) {
    content = (
      <LinkGone heading="This link no longer works">
        It has expired or was already used. If you chose your password with it, sign in with that password; otherwise ask
        for a new link.
      </LinkGone>
    );
  } else if (link.error) {
    content = <ErrorBox error={link.error} onRetry={() => void link.refetch()} />;
  } else if (!link.data) {
    content = <Loading what="Opening your link" />;
  } else {
    content = <SetPasswordForm token={token} link={link.data} onRefused={() => setSpent(true)} />;
  }
  return (
    <main className="narrow auth-page" id="main">
      <p className="brand">Coachfolio</p>
      {content}
    </main>
  );
}

function LinkGone({ heading, children }: { heading: string; children: string }) {
  return (
    <>
      <h1>{heading}</h1>
      <p>{children}</p>
      <p className="actions">
        <Link to="/forgot-password">Ask for a new link</Link>
        <Link to="/">Sign in</Link>
      </p>
    </>
  );
}

function SetPasswordForm({ token, link, onRefused }: { token: string; link: PasswordLink; onRefused: () => void }) {
  const navigate = useNavigate();
  const session = useSyncExternalStore(sessionStore.subscribe, sessionStore.get);
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const form = useFormProblem(FIELDS);
  const { heading, lead } = linkGreeting(link);

  const submit = async () => {
    form.clear();
    const local = newPasswordProblems(next, confirm);
    if (Object.keys(local).length) {
      form.invalid(local);
      return;
    }
    setBusy(true);
    try {
      await api.setPassword(token, next);
      navigate('/', { replace: true });
    } catch (err) {
      if (isRefusedLink(err)) onRefused();
      else form.fail(err);
      setBusy(false);
    }
  };

  return (
    <>
      <h1>{heading}</h1>
      <p>{lead}</p>
      {session && session.user.username !== link.username && (
        <div className="alert alert-info">
          <p>
            You are signed in as {session.user.display_name}. Choosing this password signs you in as {link.username}{' '}
            instead.
          </p>
        </div>
      )}
      <form onSubmit={preventDefault(() => void submit())} noValidate>
        <FormAlert problem={form.problem} />
        {/* Tells a password manager whose password this is. */}
        <input type="text" name="username" value={link.username} autoComplete="username" readOnly hidden />
        <NewPasswordFields next={next} confirm={confirm} onNext={setNext} onConfirm={setConfirm} error={form.field} />
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Set password'}
        </button>
      </form>
    </>
  );
}
