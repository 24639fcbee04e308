import { Link, useLocation, useParams } from 'react-router';
import type { Enrollment } from '../../api/types';
import { Notice, QueryView, StatusBadge } from '../../components/ui';
import { useApp } from '../../lib/context';
import { COST_STRUCTURE_LABELS, EMPLOYMENT_LABELS, FEE_PLAN_LABELS, POSITION_LABELS, STATUS_LABELS, formatDate, labelOf } from '../../lib/labels';
import { mayOpen } from '../../lib/pages';
import { CandidateMeetings } from '../attendance/CandidateMeetings';
import { splitFeesText } from '../fees/feePlan';
import { useProgramFee } from '../fees/queries';
import { CoachAssignments } from './CoachAssignments';
import { EditEnrollment } from './EditEnrollment';
import { ProgramYearsFacts } from './ProgramYearsFacts';
import { useEnrollment } from './queries';
import { StatusChange } from './StatusChange';

export function EnrollmentDetail() {
  const { id = '' } = useParams();
  const location = useLocation();
  const query = useEnrollment(id);
  const app = useApp();
  const justCreated = (location.state as { created?: boolean } | null)?.created;
  return (
    <QueryView query={query} what="Loading the enrollment">
      {(e) => (
        <>
          <p className="breadcrumb">
            {mayOpen(app, 'enrollments') ? <Link to="/enrollments">Enrollments</Link> : <Link to="/">Home</Link>} / Enrollment
          </p>
          <h1>{e.candidate.display_name}</h1>
          <nav className="actions" aria-label="Records of this candidate">
            {e.can.read_records && (
              <>
                <Link to={`/enrollments/${e.id}/coaching-logs`}>Coaching logs</Link>
                <Link to={`/enrollments/${e.id}/ilps`}>ILPs</Link>
              </>
            )}
            <Link to={`/enrollments/${e.id}/hours`}>Hours</Link>
            <Link to={`/enrollments/${e.id}/reflections`}>Reflections</Link>
            {e.can.read_records && <Link to={`/enrollments/${e.id}/application-to-practice`}>Application to Practice</Link>}
            {/* District representatives read the administrative documents too. */}
            <Link to={`/enrollments/${e.id}/documents`}>E-portfolio</Link>
            {/* PL hours are for the district representative too; the records behind them are not. */}
            <Link to={`/enrollments/${e.id}/professional-learning`}>Professional learning</Link>
            {e.can.read_records && <Link to={`/enrollments/${e.id}/job-shadows-and-visits`}>Job shadow or school visit</Link>}
            {e.can.read_fees && <Link to={`/enrollments/${e.id}/fees`}>Payment information</Link>}
            {e.can.read_requests && <Link to={`/enrollments/${e.id}/requests`}>Requests</Link>}
            <Link to={`/enrollments/${e.id}/completion`}>Program Completion Verification</Link>
          </nav>
          {justCreated && <Notice>{e.candidate.display_name} is enrolled. Assign a coach below.</Notice>}
          <EnrollmentView enrollment={e} onReload={() => void query.refetch()} />
        </>
      )}
    </QueryView>
  );
}

function EnrollmentView({ enrollment: e, onReload }: { enrollment: Enrollment; onReload: () => void }) {
  return (
    <>
      <div className="card">
        <dl className="facts">
          <dt>Account</dt>
          <dd>
            {e.candidate.username} · <a href={`mailto:${e.candidate.email}`}>{e.candidate.email}</a>
          </dd>
          <dt>Status</dt>
          <dd>
            <StatusBadge status={e.status} label={labelOf(STATUS_LABELS, e.status)} />
          </dd>
          <dt>Cohort</dt>
          <dd>{e.cohort_label}</dd>
          <ProgramYearsFacts enrollment={e} />
          <dt>Coach</dt>
          <dd>{e.current_coach ? `${e.current_coach.display_name} (${e.current_coach.email})` : 'No coach assigned'}</dd>
          <dt>District</dt>
          <dd>
            {e.district_name}
            {e.site ? ` · ${e.site}` : ''}
          </dd>
          {/* Those who may edit the enrollment read the rest in its form below. */}
          {!e.can.edit && (
            <>
              <dt>Position</dt>
              <dd>
                {labelOf(POSITION_LABELS, e.position)}, {labelOf(EMPLOYMENT_LABELS, e.employment).toLowerCase()}
              </dd>
              <dt>Start date</dt>
              <dd>{formatDate(e.start_date)}</dd>
              <dt>Cost structure</dt>
              <dd>{labelOf(COST_STRUCTURE_LABELS, e.cost_structure)}</dd>
              <dt>Program fee paid by</dt>
              <dd>
                {labelOf(FEE_PLAN_LABELS, e.fee_payer)}
                {e.fee_payer === 'split' && typeof e.candidate_fee_cents === 'number' && (
                  <SplitFees enrollment={e} candidateCents={e.candidate_fee_cents} />
                )}
              </dd>
              <dt>Agreement signed</dt>
              <dd>{formatDate(e.agreement_signed_on)}</dd>
              <dt>Employment verified</dt>
              <dd>{formatDate(e.employment_verified_on)}</dd>
            </>
          )}
        </dl>
      </div>
      {e.can.change_status && <StatusChange key={`status-${e.id}`} enrollment={e} onReload={onReload} />}
      <CoachAssignments enrollment={e} />
      <section aria-labelledby="meetings">
        <h2 id="meetings">Meetings</h2>
        <CandidateMeetings enrollmentId={e.id} />
      </section>
      {e.can.edit && <EditEnrollment key={`edit-${e.id}`} enrollment={e} onReload={onReload} />}
    </>
  );
}

/** Plan C's two parts: the candidate's, and the agency's rest of the program fee of the enrollment's cost structure. */
function SplitFees({ enrollment: e, candidateCents }: { enrollment: Enrollment; candidateCents: number }) {
  const programFee = useProgramFee(e.program_id, e.cost_structure);
  return <div className="muted">{splitFeesText(candidateCents, programFee)}</div>;
}
