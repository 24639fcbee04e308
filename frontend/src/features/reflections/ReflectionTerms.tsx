import { Link, useNavigate, useParams } from 'react-router';
import type { Enrollment, TermStatus } from '../../api/types';
import { RecordTable } from '../../components/RecordTable';
import { ErrorBox, QueryView, StatusBadge } from '../../components/ui';
import { AtpSummary } from '../applications-to-practice/AtpSummary';
import { useEnrollment } from '../enrollments/queries';
import { useStartReflection } from './mutations';
import { useReflectionTerms } from './queries';
import { TERM_LABELS, TERM_STATUS_LABELS } from './ratingScale';
import './reflections.css';
import { TermDates } from './TermProgress';
import { useIsCandidate } from './useIsCandidate';

/** `/enrollments/:id/reflections`: the candidate's three terms, and the way into each. */
export function ReflectionTerms() {
  const { id = '' } = useParams();
  const enrollment = useEnrollment(id);
  return (
    <QueryView query={enrollment} what="Loading the candidate">
      {(e) => <TermsPage enrollment={e} />}
    </QueryView>
  );
}

function TermsPage({ enrollment: e }: { enrollment: Enrollment }) {
  const own = useIsCandidate(e.candidate.id);
  // A district representative sees the terms' status only, never the reflections themselves.
  const confidential = e.can.read_records;
  const terms = useReflectionTerms(e.id);
  const navigate = useNavigate();
  const start = useStartReflection(e.id);
  const startTerm = (t: TermStatus) =>
    start.mutate(t.term, { onSuccess: (r) => navigate(`/reflections/${r.id}`) });

  const action = (t: TermStatus & { id: string }) => {
    const name = `the ${TERM_LABELS[t.term].toLowerCase()} reflection`;
    if (!t.reflection_id) {
      return e.can.start_reflection ? (
        <button type="button" disabled={start.isPending} onClick={() => startTerm(t)}>
          Start<span className="visually-hidden"> {name}</span>
        </button>
      ) : null;
    }
    const editing = e.can.start_reflection && t.status === 'in_progress';
    if (!confidential) return null;
    return (
      <Link className={editing ? 'button' : undefined} to={`/reflections/${t.reflection_id}`}>
        {editing ? 'Continue' : 'View'}
        <span className="visually-hidden"> {name}</span>
      </Link>
    );
  };

  return (
    <>
      <p className="breadcrumb">
        {own ? <Link to="/">Home</Link> : <Link to={`/enrollments/${e.id}`}>{e.candidate.display_name}</Link>} / Reflections
      </p>
      <h1>{own ? 'My reflections' : `Reflections of ${e.candidate.display_name}`}</h1>
      <p className="muted">
        The reflection assessment on the Descriptions of Practice: each of the 19 elements rated, with evidence and
        actionable next steps, at three terms — initial (after orientation), interim (end of year 1) and ending (before
        the end of year 2).
      </p>
      {start.error && <ErrorBox error={start.error} />}
      <QueryView query={terms} what="Loading the reflections">
        {(list) => (
          <RecordTable
            rows={list.map((t) => ({ ...t, id: t.term }))}
            columns={[
              { header: 'Term', cell: (t) => TERM_LABELS[t.term] },
              {
                header: 'Status',
                cell: (t) => <StatusBadge status={`reflection-${t.status}`} label={TERM_STATUS_LABELS[t.status] ?? t.status} />,
              },
              {
                header: 'Complete',
                cell: (t) => (
                  <span className="term-percent">
                    <progress value={t.percent_complete} max={100} aria-label={`${TERM_LABELS[t.term]} reflection complete`} />{' '}
                    {t.percent_complete}%
                  </span>
                ),
              },
              { header: 'Date', cell: (t) => <TermDates term={t} /> },
            ]}
            action={action}
            actionClassName="row-actions"
            empty="No terms."
          />
        )}
      </QueryView>
      {confidential && (
        <>
          <p>
            <Link to={`/enrollments/${e.id}/growth`}>Growth between terms</Link>
          </p>
          <section aria-labelledby="atp-title">
            <h2 id="atp-title">Application to Practice</h2>
            <AtpSummary enrollmentId={e.id} canStart={e.can.start_application_to_practice} />
          </section>
        </>
      )}
    </>
  );
}
