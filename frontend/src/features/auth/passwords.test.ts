import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/problem';
import type { PasswordLink } from '../../api/types';
import { isRefusedLink, linkGreeting, newPasswordProblems, resetAskProblem } from './passwords';
import { TOO_MANY_ATTEMPTS } from './SignIn';

const refused = (status: number, field?: string) =>
  new ApiError(status, { status, title: 'Refused', detail: 'detail', errors: field ? [{ field, message: 'is refused' }] : [] });

describe('a new password, checked in the browser', () => {
  it('passes a long enough password typed twice alike', () => {
    expect(newPasswordProblems('a-long-new-password', 'a-long-new-password')).toEqual({});
  });

  it('names a confirmation that does not match', () => {
    expect(newPasswordProblems('a-long-new-password', 'a-long-new-passwork')).toEqual({
      confirm: 'The two new passwords do not match.',
    });
  });

  it('names a password of fewer than 12 or more than 128 characters', () => {
    expect(newPasswordProblems('short', 'short')).toEqual({ new_password: 'Use at least 12 characters.' });
    const long = 'x'.repeat(129);
    expect(newPasswordProblems(long, long)).toEqual({ new_password: 'Use at most 128 characters.' });
  });
});

describe('the set-password page’s greeting', () => {
  const link: PasswordLink = {
    purpose: 'invitation',
    username: 'new.person',
    display_name: 'Nia Person',
    expires_at: '2026-12-14T10:00:00Z',
  };

  it('welcomes an invited person and tells them their username', () => {
    expect(linkGreeting(link)).toEqual({
      heading: 'Welcome to Coachfolio, Nia Person',
      lead: 'Your username is new.person. Choose your password.',
    });
  });

  it('names the account of a reset', () => {
    expect(linkGreeting({ ...link, purpose: 'reset' }).heading).toBe('Choose a new password for new.person');
  });
});

describe('what the server refused', () => {
  it('tells a refused link from a refused password', () => {
    expect(isRefusedLink(refused(422, 'token'))).toBe(true);
    expect(isRefusedLink(refused(422, 'new_password'))).toBe(false);
    expect(isRefusedLink(refused(500))).toBe(false);
    expect(isRefusedLink(new TypeError('Failed to fetch'))).toBe(false);
  });

  it('says too many asks for a reset link as sign-in says it, and the rest beside the email', () => {
    expect(resetAskProblem(refused(429))).toEqual({ fields: {}, general: [TOO_MANY_ATTEMPTS], conflict: false });
    expect(resetAskProblem(refused(422, 'email')).fields).toEqual({ email: 'is refused' });
  });
});
