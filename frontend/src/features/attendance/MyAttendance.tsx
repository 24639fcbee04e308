import { Link } from 'react-router';
import type { ProgramEvent } from '../../api/types';
import { StatusBadge } from '../../components/ui';
import './attendance.css';
import { ATTENDANCE_STATUS_LABELS } from './attendanceLabels';

/** The reader's own mark at the event, once the sign-in sheet has it, with the proof of attendance. */
export function MyAttendance({ event: e }: { event: ProgramEvent }) {
  const mine = e.my_attendance;
  if (!mine) return null;
  return (
    <p className="my-attendance">
      Attendance: <StatusBadge status={`att-${mine.status}`} label={ATTENDANCE_STATUS_LABELS[mine.status]} />
      {mine.status === 'attended' && (
        <>
          {' '}
          <Link to={`/attendance/${mine.id}/certificate`}>
            Proof of attendance<span className="visually-hidden"> for {e.title}</span>
          </Link>
        </>
      )}
    </p>
  );
}
