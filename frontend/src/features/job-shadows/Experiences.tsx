import { Link, useParams } from 'react-router';
import type { Enrollment } from '../../api/types';
import { RecordTable } from '../../components/RecordTable';
import { QueryView, StatusBadge } from '../../components/ui';
import { formatDate } from '../../lib/labels';
import { formatMinutes } from '../../lib/units';
import { useEnrollment } from '../enrollments/queries';
import { useIsCandidate } from '../reflections/useIsCandidate';
import { EXPERIENCE_KIND_LABELS, EXPERIENCE_STATUS_LABELS, experienceTitle } from './experienceFields';
import { useExperiences } from './queries';
import { StartExperience } from './StartExperience';
import './experiences.css';

/** `/enrollments/:id/job-shadows-and-visits`: the candidate's job shadow or school visit, for them, their coach and the staff. */
export function EnrollmentExperiences() {
  const { id = '' } = useParams();
  const enrollment = useEnrollment(id);
  return (
    <QueryView query={enrollment} what="Loading the enrollment">
      {(e) => <ExperiencesScreen enrollment={e} />}
    </QueryView>
  );
}

function ExperiencesScreen({ enrollment: e }: { enrollment: Enrollment }) {
  const own = useIsCandidate(e.candidate.id);
  const query = useExperiences(e.id);
  return (
    <>
      <p className="breadcrumb">
        {own ? <Link to="/">Home</Link> : <Link to={`/enrollments/${e.id}`}>{e.candidate.display_name}</Link>} /{' '}
        <Link to={`/enrollments/${e.id}/documents`}>E-portfolio</Link> / Job shadow or school visit
      </p>
      <h1>{own ? 'My job shadow or school visit' : `Job shadow or school visit of ${e.candidate.display_name}`}</h1>
      <p className="muted">
        Over the program, at least four hours shadowing a job-alike administrator, or a full-day California Distinguished
        School validation, Gold Ribbon or WASC visit; with its one-page summary.
      </p>
      <QueryView query={query} what="Loading the job shadows and visits">
        {(all) => (
          <>
            <p>
              {all.some((x) => x.status === 'submitted') ? (
                <strong>Requirement met: a summary is submitted.</strong>
              ) : (
                'Not met yet: the requirement is met once a summary is submitted.'
              )}
            </p>
            <RecordTable
              rows={all}
              empty={own ? 'You have not started one yet.' : 'None started yet.'}
              columns={[
                {
                  header: 'Experience',
                  cell: (x) => <Link to={`/job-shadows-and-visits/${x.id}`}>{experienceTitle(x)}</Link>,
                },
                { header: 'Kind', cell: (x) => EXPERIENCE_KIND_LABELS[x.kind] },
                { header: 'Date', cell: (x) => formatDate(x.activity_date) },
                { header: 'Hours', cell: (x) => (x.minutes === null || x.minutes === undefined ? '—' : formatMinutes(x.minutes)) },
                {
                  header: 'Status',
                  cell: (x) => <StatusBadge status={`experience-${x.status}`} label={EXPERIENCE_STATUS_LABELS[x.status]} />,
                },
                { header: 'Summary PDF', cell: (x) => (x.documents.length ? 'Uploaded' : <span className="muted">None</span>) },
                {
                  header: 'Print',
                  cell: (x) => (
                    <Link to={`/job-shadows-and-visits/${x.id}/print`}>
                      Print view<span className="visually-hidden"> of {experienceTitle(x)}</span>
                    </Link>
                  ),
                },
              ]}
            />
          </>
        )}
      </QueryView>
      {/* Only the candidate writes the summary. */}
      {e.can.start_job_shadow_or_visit && <StartExperience enrollmentId={e.id} />}
    </>
  );
}
