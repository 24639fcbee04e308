import { Link, useParams } from 'react-router';
import type { ActivityCode, CoachingLog, LogRevision } from '../../api/types';
import { QueryView } from '../../components/ui';
import { formatDate, formatInstant } from '../../lib/labels';
import { LogBreadcrumb } from './LogBreadcrumb';
import { LOG_STATE_LABELS, logField, logFieldText } from './logFields';
import { useActivityCodes, useLog, useLogRevisions } from './queries';

/** A changed field as the history names it: the form's label; the state, which the form does not show. */
function changedLabel(name: string): string {
  if (name === 'state') return 'State';
  return logField(name)?.label ?? name.replace(/_/g, ' ');
}

/** A changed field's value before or after the change. */
function changedValue(name: string, log: CoachingLog, codes: ActivityCode[]): string {
  if (name === 'state') return LOG_STATE_LABELS[log.state];
  const field = logField(name);
  const value = field ? logFieldText(field, log, codes) : (log as unknown as Record<string, unknown>)[name];
  const text = value === null || value === undefined ? '' : String(value);
  return text || '(empty)';
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
  const revisions = useLogRevisions(id);
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
                        <strong>{changedLabel(f)}</strong>: <span className="before">{changedValue(f, r.before, codes)}</span> →{' '}
                        <span className="after">{changedValue(f, after, codes)}</span>
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
