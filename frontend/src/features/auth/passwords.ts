import { formProblem, isApiError, type FormProblem } from '../../api/problem';
import type { PasswordLink } from '../../api/types';
import { TOO_MANY_ATTEMPTS } from './SignIn';

/**
 * What the browser can tell of a new password before the server checks the rest (a common
 * password, one containing the username or email), keyed like the server's field errors.
 */
export function newPasswordProblems(next: string, confirm: string): Record<string, string> {
  const problems: Record<string, string> = {};
  if (next.length < 12) problems.new_password = 'Use at least 12 characters.';
  else if (next.length > 128) problems.new_password = 'Use at most 128 characters.';
  if (confirm !== next) problems.confirm = 'The two new passwords do not match.';
  return problems;
}

/** The set-password page's greeting: an invitation welcomes a new person and tells them their username. */
export function linkGreeting(link: PasswordLink): { heading: string; lead: string } {
  return link.purpose === 'invitation'
    ? {
        heading: `Welcome to Coachfolio, ${link.display_name}`,
        lead: `Your username is ${link.username}. Choose your password.`,
      }
    : {
        heading: `Choose a new password for ${link.username}`,
        lead: 'Every other session of this account will be signed out.',
      };
}

/** The link itself was refused (expired, already used, its account disabled), not what was typed. */
export function isRefusedLink(err: unknown): boolean {
  return isApiError(err) && err.status === 422 && (err.problem.errors ?? []).some((e) => e.field === 'token');
}

/** A refused ask for a reset link: asking too often is said as sign-in says it, the rest beside the email. */
export function resetAskProblem(err: unknown): FormProblem {
  if (isApiError(err) && err.status === 429) return { fields: {}, general: [TOO_MANY_ATTEMPTS], conflict: false };
  return formProblem(err, ['email']);
}
