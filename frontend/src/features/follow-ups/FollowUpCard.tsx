import { useState } from 'react';
import { formProblem, type FormProblem } from '../../api/problem';
import type { FollowUp } from '../../api/types';
import { FormAlert, TextField, preventDefault } from '../../components/forms';
import { ErrorBox, StatusBadge } from '../../components/ui';
import { formatInstant } from '../../lib/labels';
import { FLAG_LABELS } from '../portfolio-review/reviewLabels';
import { FOLLOW_UP_STATUS_LABELS } from './followUpLabels';
import { useReopenFollowUp, useResolveFollowUp } from './mutations';

const STALE =
  'Someone else changed this follow-up meanwhile: it is shown as it is now, and what you typed is kept. Check it, then try again if it still applies.';

/**
 * One follow-up: its status, the message and what it is about, who sent it and when, and once
 * resolved who did and what came of it; resolving or reopening it as its `can` says.
 */
export function FollowUpCard({ followUp: f }: { followUp: FollowUp }) {
  const title = `Follow-up of ${formatInstant(f.created_at)}`;
  const headingId = `follow-up-${f.id}`;
  const [stale, setStale] = useState(false);
  return (
    <article className="card follow-up" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {title} <StatusBadge status={`follow-up-${f.status}`} label={FOLLOW_UP_STATUS_LABELS[f.status]} />
      </h3>
      {stale && (
        <div className="alert alert-error" role="alert">
          <p>{STALE}</p>
        </div>
      )}
      <p className="prose follow-up-message">{f.message}</p>
      <dl className="facts">
        {f.flags.length > 0 && (
          <>
            <dt>About</dt>
            <dd>
              <ul className="follow-up-flags">
                {f.flags.map((flag) => (
                  <li key={flag}>{FLAG_LABELS[flag] ?? flag}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt>Sent by</dt>
        <dd>
          {f.created_by.display_name} on {formatInstant(f.created_at)}
        </dd>
        {f.status === 'resolved' && (
          <>
            <dt>Resolved by</dt>
            <dd>
              {f.resolved_by?.display_name ?? '—'} on {formatInstant(f.resolved_at)}
            </dd>
            <dt>What came of it</dt>
            <dd className="prose">{f.resolution || '—'}</dd>
          </>
        )}
      </dl>
      {f.can.resolve && <ResolveForm followUp={f} onStale={() => setStale(true)} onDone={() => setStale(false)} />}
      {f.can.reopen && <Reopen followUp={f} onStale={() => setStale(true)} onDone={() => setStale(false)} />}
    </article>
  );
}

interface ActionProps {
  followUp: FollowUp;
  onDone: () => void;
  /** Refused as stale (412): the card says so, as it now shows the follow-up as it is. */
  onStale: () => void;
}

/** "Resolve", with what came of it (optional), sent with the version shown (If-Match). */
function ResolveForm({ followUp, onDone, onStale }: ActionProps) {
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const resolve = useResolveFollowUp(followUp);
  const submit = () => {
    setProblem(null);
    resolve.mutate(note, {
      onSuccess: onDone,
      onError: (err) => {
        const p = formProblem(err, ['note']);
        if (p.conflict) onStale();
        else setProblem(p);
      },
    });
  };
  return (
    <form
      className="follow-up-resolve"
      aria-label={`Resolve the follow-up of ${formatInstant(followUp.created_at)}`}
      onSubmit={preventDefault(submit)}
      noValidate
    >
      <FormAlert problem={problem} />
      <TextField
        name="note"
        label="What came of it"
        multiline
        hint="Optional; the candidate reads it too."
        value={note}
        onChange={setNote}
        error={problem?.fields.note}
        disabled={resolve.isPending}
      />
      <button type="submit" disabled={resolve.isPending}>
        {resolve.isPending ? 'Resolving…' : 'Resolve'}
      </button>
    </form>
  );
}

/** "Reopen": the follow-up is open again, its resolution cleared. */
function Reopen({ followUp, onDone, onStale }: ActionProps) {
  const reopen = useReopenFollowUp(followUp);
  const [error, setError] = useState<unknown>(null);
  return (
    <div className="actions">
      <button
        type="button"
        className="secondary"
        disabled={reopen.isPending}
        onClick={() => {
          setError(null);
          reopen.mutate(undefined, {
            onSuccess: onDone,
            onError: (err) => (formProblem(err).conflict ? onStale() : setError(err)),
          });
        }}
      >
        {reopen.isPending ? 'Reopening…' : 'Reopen'}
      </button>
      {error ? <ErrorBox error={error} /> : null}
    </div>
  );
}
