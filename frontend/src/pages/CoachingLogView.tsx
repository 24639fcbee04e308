import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { api } from '../api';
import { ifMatch, unwrap } from '../api/client';
import type { CoachingLog, LogRevision } from '../api/types';
import { FormAlert, TextField, preventDefault, useFormProblem } from '../components/forms';
import { LogSheet, LogSignatures } from '../components/LogSheet';
import { Notice, QueryView, StatusBadge } from '../components/ui';
import { LOG_FIELD_LABELS, LOG_STATE_LABELS, describeLogValue } from '../lib/coachingLog';
import { useApp } from '../lib/context';
import { formatDate, formatInstant } from '../lib/labels';
import { invalidateLogs, keys, useActivityCodes, useLog, useStandards } from '../lib/queries';

/** What the signed-in user may do with a log (the server decides; this picks what to offer). */
function useLogRoles(log: CoachingLog) {
  const app = useApp();
  const roles = app.me.memberships.filter((m) => m.program_id === log.program_id).map((m) => m.role);
  const me = app.me.user.id;
  const coordinator = app.isAdmin || roles.includes('coordinator');
  return {
    isCoach: log.coach.id === me,
    isCandidate: log.candidate.id === me,
    coordinator,
    staff: coordinator || roles.includes('director'),
  };
}

function LogBreadcrumb({ log, here }: { log: CoachingLog; here: string }) {
  const { isCandidate } = useLogRoles(log);
  return (
    <p className="breadcrumb">
      {isCandidate ? (
        <Link to="/my/coaching-logs">My coaching logs</Link>
      ) : (
        <Link to={`/enrollments/${log.enrollment_id}/coaching-logs`}>Coaching logs of {log.candidate.display_name}</Link>
      )}{' '}
      / {here}
    </p>
  );
}

/** `/coaching-logs/:id`: the log read-only, with what the reader can do next. */
export function CoachingLogView() {
  const { id = '' } = useParams();
  const query = useLog(id);
  return <QueryView query={query} what="Loading the coaching log">{(log) => <LogPage log={log} onReload={() => void query.refetch()} />}</QueryView>;
}

function LogPage({ log, onReload }: { log: CoachingLog; onReload: () => void }) {
  const location = useLocation();
  const { isCoach, isCandidate, coordinator, staff } = useLogRoles(log);
  const codes = useActivityCodes(log.program_id);
  const standards = useStandards();
  const submitted = (location.state as { submitted?: boolean } | null)?.submitted;
  return (
    <>
      <LogBreadcrumb log={log} here={formatDate(log.meeting_date)} />
      <div className="page-title">
        <h1>
          Coaching log of {formatDate(log.meeting_date)} <StatusBadge status={`log-${log.state}`} label={LOG_STATE_LABELS[log.state]} />
        </h1>
      </div>
      {submitted && log.state === 'submitted' && (
        <Notice>The log is submitted. {log.candidate.display_name} is asked to acknowledge it.</Notice>
      )}
      {log.state === 'returned' && (
        <div className="alert alert-info" role="note">
          <p>
            Returned to the coach{log.return_reason ? `: “${log.return_reason}”` : ''}. The coach corrects it and submits it
            again.
          </p>
        </div>
      )}
      <nav className="actions" aria-label="This log">
        {isCoach && (
          <Link className="button" to={`/coaching-logs/${log.id}/edit`}>
            {log.state === 'draft' ? 'Continue the draft' : 'Edit log'}
          </Link>
        )}
        <Link to={`/coaching-logs/${log.id}/print`}>Print view</Link>
        {(staff || isCoach) && <Link to={`/coaching-logs/${log.id}/revisions`}>Revision history</Link>}
      </nav>
      <div className="card">
        <LogSheet log={log} standards={standards.data ?? []} codes={codes} />
      </div>
      <section aria-labelledby="signatures">
        <h2 id="signatures">Signatures</h2>
        <LogSignatures log={log} />
      </section>
      {isCandidate && log.state === 'submitted' && <Acknowledge key={log.version} log={log} onReload={onReload} />}
      {coordinator && (log.state === 'submitted' || log.state === 'acknowledged') && (
        <ReturnLog key={log.version} log={log} onReload={onReload} />
      )}
    </>
  );
}

function useLogSaved() {
  const queryClient = useQueryClient();
  return (log: CoachingLog) => {
    queryClient.setQueryData(keys.log(log.id), log);
    void queryClient.invalidateQueries({ queryKey: keys.revisions(log.id) });
    invalidateLogs(queryClient, log.enrollment_id);
  };
}

function Acknowledge({ log, onReload }: { log: CoachingLog; onReload: () => void }) {
  const saved = useLogSaved();
  const [comment, setComment] = useState('');
  const form = useFormProblem(['comment']);
  const ack = useMutation({
    mutationFn: () =>
      unwrap(
        api.client.POST('/api/coaching-logs/{log_id}/acknowledge', {
          params: { path: { log_id: log.id }, header: ifMatch(log.version) },
          body: { comment: comment.trim() || undefined },
        }),
      ),
    onMutate: () => form.clear(),
    onError: form.fail,
    onSuccess: saved,
  });
  return (
    <section aria-labelledby="acknowledge">
      <h2 id="acknowledge">Acknowledge this log</h2>
      <form className="card" onSubmit={preventDefault(() => ack.mutate())} noValidate aria-labelledby="acknowledge">
        <p>By acknowledging, you confirm that this session took place as your coach describes it.</p>
        <FormAlert problem={form.problem} onReload={onReload} />
        <TextField name="comment" label="Comment (optional)" multiline value={comment} onChange={setComment} error={form.field('comment')} />
        <button type="submit" disabled={ack.isPending}>
          {ack.isPending ? 'Acknowledging…' : 'Acknowledge'}
        </button>
      </form>
    </section>
  );
}

function ReturnLog({ log, onReload }: { log: CoachingLog; onReload: () => void }) {
  const saved = useLogSaved();
  const [reason, setReason] = useState('');
  const form = useFormProblem(['reason']);
  const ret = useMutation({
    mutationFn: () =>
      unwrap(
        api.client.POST('/api/coaching-logs/{log_id}/return', {
          params: { path: { log_id: log.id }, header: ifMatch(log.version) },
          body: { reason: reason.trim() },
        }),
      ),
    onMutate: () => form.clear(),
    onError: form.fail,
    onSuccess: saved,
  });
  const submit = () => {
    if (!reason.trim()) return form.invalid({ reason: 'Say what the coach should correct.' });
    ret.mutate();
  };
  return (
    <section aria-labelledby="return-log">
      <h2 id="return-log">Return to coach</h2>
      <form className="card" onSubmit={preventDefault(submit)} noValidate aria-labelledby="return-log">
        <p className="muted">The coach corrects the log and submits it again; the candidate then acknowledges it again.</p>
        <FormAlert problem={form.problem} onReload={onReload} />
        <TextField name="reason" label="Reason" multiline value={reason} onChange={setReason} error={form.field('reason')} required />
        <button type="submit" className="danger" disabled={ret.isPending}>
          Return to coach
        </button>
      </form>
    </section>
  );
}

/** `/coaching-logs/:id/print`: the handbook's form on paper, with both signatures. */
export function CoachingLogPrint() {
  const { id = '' } = useParams();
  const query = useLog(id);
  return <QueryView query={query} what="Loading the coaching log">{(log) => <PrintSheet log={log} />}</QueryView>;
}

function PrintSheet({ log }: { log: CoachingLog }) {
  const { programName } = useApp();
  const codes = useActivityCodes(log.program_id);
  const standards = useStandards();
  return (
    <article className="print-sheet">
      <div className="no-print actions">
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
        <Link to={`/coaching-logs/${log.id}`}>Back to the log</Link>
      </div>
      <header className="print-head">
        {programName && <p className="muted">{programName}</p>}
        <h1>Collaborative Coaching Log</h1>
      </header>
      <LogSheet log={log} standards={standards.data ?? []} codes={codes} />
      <section className="print-signatures" aria-labelledby="verification">
        <h2 id="verification">Verification</h2>
        <p>We verify that the information in this coaching log is true and accurate.</p>
        <div className="sig-grid">
          <div className="sig">
            <div className="sig-line" />
            <p>Coach signature ({log.coach.display_name})</p>
            <div className="sig-line short" />
            <p>Date</p>
            <p className="sig-electronic">
              {log.submitted_at
                ? `Signed electronically: submitted by coach ${log.coach.display_name} at ${formatInstant(log.submitted_at)}`
                : 'Not submitted electronically yet'}
            </p>
          </div>
          <div className="sig">
            <div className="sig-line" />
            <p>Candidate signature ({log.candidate.display_name})</p>
            <div className="sig-line short" />
            <p>Date</p>
            <p className="sig-electronic">
              {log.acknowledged_at
                ? `Signed electronically: acknowledged by candidate ${(log.acknowledged_by ?? log.candidate).display_name} at ${formatInstant(log.acknowledged_at)}`
                : 'Not acknowledged electronically yet'}
            </p>
          </div>
        </div>
      </section>
    </article>
  );
}

const ACTION_LABELS: Record<string, string> = {
  created: 'Created',
  edited: 'Edited',
  submitted: 'Submitted',
  acknowledged: 'Acknowledged',
  returned: 'Returned to coach',
};

/** `/coaching-logs/:id/revisions`: who changed what, when, with the values before and after. */
export function CoachingLogRevisions() {
  const { id = '' } = useParams();
  const log = useLog(id);
  const revisions = useQuery({
    queryKey: keys.revisions(id),
    queryFn: () => unwrap(api.client.GET('/api/coaching-logs/{log_id}/revisions', { params: { path: { log_id: id } } })),
  });
  return (
    <QueryView query={log} what="Loading the coaching log">
      {(l) => (
        <>
          <LogBreadcrumb log={l} here="Revision history" />
          <h1>Revision history</h1>
          <p>
            Coaching log of {formatDate(l.meeting_date)} for {l.candidate.display_name} by {l.coach.display_name}.{' '}
            <Link to={`/coaching-logs/${l.id}`}>Open the log</Link>
          </p>
          <QueryView query={revisions} what="Loading the revisions">
            {(list) => <RevisionTable log={l} revisions={list} />}
          </QueryView>
        </>
      )}
    </QueryView>
  );
}

function RevisionTable({ log, revisions }: { log: CoachingLog; revisions: LogRevision[] }) {
  const codes = useActivityCodes(log.program_id);
  if (revisions.length === 0) return <p>No changes after the log was signed.</p>;
  const ordered = [...revisions].sort((a, b) => a.version - b.version);
  const rows = ordered
    .map((r, i) => {
      const after = ordered[i + 1]?.before ?? log;
      // A return or a correction also moves the log's state; show it with the fields.
      const fields = r.before.state !== after.state && !r.changed_fields.includes('state') ? [...r.changed_fields, 'state'] : r.changed_fields;
      return { r, after, fields };
    })
    .reverse();
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Changes</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ r, after, fields }) => (
            <tr key={r.id}>
              <td>{formatInstant(r.at)}</td>
              <td>{r.by.display_name}</td>
              <td>
                {ACTION_LABELS[r.action] ?? r.action}
                <div className="muted">version {r.version}</div>
              </td>
              <td>
                {fields.length === 0 ? (
                  <span className="muted">—</span>
                ) : (
                  <ul className="changes">
                    {fields.map((f) => (
                      <li key={f}>
                        <strong>{f === 'state' ? 'State' : ((LOG_FIELD_LABELS as Record<string, string>)[f] ?? f.replace(/_/g, ' '))}</strong>:{' '}
                        <span className="before">{describeLogValue(f, r.before, codes)}</span> →{' '}
                        <span className="after">{describeLogValue(f, after, codes)}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
