import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { isApiError } from '../../api/problem';
import type { NoticeKind, UnsubscribeLink } from '../../api/types';
import { ErrorBox, Notice } from '../../components/ui';
import { useUnsubscribe } from './mutations';
import { NOTICE_KIND_LABELS } from './notificationLabels';

/** What a link names besides a kind: the daily digest, every kind the person gets in it. */
const DIGEST = 'daily_digest';

/** The link's query, when it has all of it and names something one gets emails about. */
function linkOf(search: string): UnsubscribeLink | null {
  const q = new URLSearchParams(search);
  const [user, kind, sig] = [q.get('user'), q.get('kind'), q.get('sig')];
  if (!user || !kind || !sig) return null;
  return kind === DIGEST || Object.hasOwn(NOTICE_KIND_LABELS, kind) ? { user, kind, sig } : null;
}

/** The server did not take the link as one it made (its signature, its kind, its person). */
function isInvalidLink(err: unknown): boolean {
  return isApiError(err) && (err.status === 422 || err.status === 400);
}

const SETTINGS = <Link to="/notifications/settings">Notifications → Email settings</Link>;

/**
 * `/unsubscribe?user=…&kind=…&sig=…`, the link at the foot of every notification email, opened
 * signed out or signed in (the link says whose emails stop). Mail scanners open links, so only
 * the button stops anything.
 */
export function Unsubscribe() {
  const link = linkOf(useLocation().search);
  const stop = useUnsubscribe();

  let content: ReactNode;
  if (!link || isInvalidLink(stop.error)) {
    content = (
      <>
        <h1>This link is not valid</h1>
        <p>It may have been changed or cut short on its way. You can choose which emails you get under {SETTINGS}.</p>
      </>
    );
  } else if (stop.isSuccess) {
    content = (
      <>
        <h1>Emails stopped</h1>
        <Notice>Done: you will no longer get these emails. You can change this under {SETTINGS}.</Notice>
      </>
    );
  } else {
    const digest = link.kind === DIGEST;
    content = (
      <>
        <h1>{digest ? 'Stop the daily digest?' : `Stop emails about “${NOTICE_KIND_LABELS[link.kind as NoticeKind]}”?`}</h1>
        <p>
          {digest
            ? 'Nothing the digest gathers will be emailed any more. Coachfolio still lists every notification.'
            : 'Coachfolio still lists these notifications; only their emails stop.'}
        </p>
        {stop.error ? <ErrorBox error={stop.error} /> : null}
        <button type="button" disabled={stop.isPending} onClick={() => stop.mutate(link)}>
          {stop.isPending ? 'Stopping…' : digest ? 'Stop the daily digest' : 'Stop these emails'}
        </button>
      </>
    );
  }
  return (
    <main className="narrow auth-page" id="main">
      <p className="brand">Coachfolio</p>
      {content}
    </main>
  );
}
