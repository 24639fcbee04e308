import { Link, useParams } from 'react-router';
import type { Attendance } from '../../api/types';
import { QueryView } from '../../components/ui';
import { formatInstant } from '../../lib/labels';
import { formatMinutes } from '../../lib/units';
import { locationText } from '../events/eventLabels';
import { formatSpan, zoneName } from '../events/eventTime';
import './attendance.css';
import { ATTENDANCE_STATUS_LABELS } from './attendanceLabels';
import { useAttendance } from './queries';

/** `/attendance/:id/certificate`: proof of attendance, to print or save as PDF. */
export function Certificate() {
  const { id = '' } = useParams();
  const query = useAttendance(id);
  return <QueryView query={query} what="Loading the proof of attendance">{(a) => <CertificateSheet mark={a} />}</QueryView>;
}

function CertificateSheet({ mark: a }: { mark: Attendance }) {
  const back = (
    <Link to={`/events/${a.event_id}`}>
      Back to the event<span className="visually-hidden"> {a.event_title}</span>
    </Link>
  );
  if (!a.can.certificate) {
    return (
      <section aria-labelledby="no-certificate">
        <h1 id="no-certificate">Proof of attendance</h1>
        <div className="alert alert-info" role="note">
          <p>
            There is no proof of attendance for {a.person.display_name} at {a.event_title}: the sign-in sheet says{' '}
            {ATTENDANCE_STATUS_LABELS[a.status].toLowerCase()}.
          </p>
        </div>
        <p>{back}</p>
      </section>
    );
  }
  const where = [locationText(a.location), a.location.address.trim()].filter(Boolean).join(', ');
  return (
    <article className="print-sheet certificate">
      <div className="no-print actions">
        <button type="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
        {back}
      </div>
      <header className="print-head">
        <p className="muted">
          {a.program_name} · {a.organisation}
        </p>
        <h1>Proof of attendance</h1>
      </header>
      <p className="certificate-text">
        This certifies that <strong>{a.person.display_name}</strong> attended <strong>{a.event_title}</strong> on{' '}
        {formatSpan(a.event_starts_at, a.event_ends_at)} {zoneName(a.event_starts_at, a.time_zone)}
        {where && <> at {where}</>}.
      </p>
      <dl className="facts">
        {a.credited_minutes > 0 && (
          <>
            <dt>Hours credited</dt>
            <dd>{formatMinutes(a.credited_minutes)}</dd>
          </>
        )}
        <dt>Recorded by</dt>
        <dd>
          {a.recorded_by.display_name}, {formatInstant(a.recorded_at)}
        </dd>
      </dl>
    </article>
  );
}
