import { Link, useParams } from 'react-router';
import type { ActivityCode, CoachingLog, LogRevision } from '../../api/types';
import { RevisionTable, type FieldChange } from '../../components/RevisionTable';
import { QueryView } from '../../components/ui';
import { formatDate } from '../../lib/labels';
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
            {(list) => <LogRevisionTable log={l} revisions={list} />}
          </QueryView>
        </>
      )}
    </QueryView>
  );
}

function LogRevisionTable({ log, revisions }: { log: CoachingLog; revisions: LogRevision[] }) {
  const codes = useActivityCodes(log.program_id);
  const changes = (r: LogRevision, after: CoachingLog): FieldChange[] => {
    // A return or a correction also moves the log's state; show it with the fields.
    const fields = r.before.state !== after.state && !r.changed_fields.includes('state') ? [...r.changed_fields, 'state'] : r.changed_fields;
    return fields.map((f) => ({ label: changedLabel(f), before: changedValue(f, r.before, codes), after: changedValue(f, after, codes) }));
  };
  return (
    <RevisionTable
      revisions={revisions}
      current={log}
      actions={ACTION_LABELS}
      changes={changes}
      empty="No changes after the log was signed."
    />
  );
}
