import { Link, useParams } from 'react-router';
import type { Enrollment } from '../../api/types';
import { QueryView } from '../../components/ui';
import { useEnrollment } from '../enrollments/queries';
import { useIsCandidate } from '../reflections/useIsCandidate';
import { ContactForm } from './ContactForm';
import { FollowUpCard } from './FollowUpCard';
import { useFollowUps } from './queries';
import './follow-ups.css';

/**
 * `/enrollments/:id/follow-ups`: what the program's coordinators and director contacted the
 * candidate about from the portfolio review, newest first, open until resolved. Those who may
 * (`can_contact`) write a new one; each follow-up's `can` says who resolves or reopens it.
 */
export function FollowUpsPage() {
  const { id = '' } = useParams();
  const enrollment = useEnrollment(id);
  return (
    <QueryView query={enrollment} what="Loading the enrollment">
      {(e) => <FollowUpsScreen enrollment={e} />}
    </QueryView>
  );
}

function FollowUpsScreen({ enrollment: e }: { enrollment: Enrollment }) {
  const own = useIsCandidate(e.candidate.id);
  const followUps = useFollowUps(e.id);
  const name = e.candidate.display_name;
  return (
    <>
      <p className="breadcrumb">
        {own ? <Link to="/">Home</Link> : <Link to={`/enrollments/${e.id}`}>{name}</Link>} / Follow-ups
      </p>
      <h1>{own ? 'My follow-ups' : `Follow-ups of ${name}`}</h1>
      <p className="muted">
        What the program coordinator or director asked {own ? 'you' : 'the candidate'} to know or do, from the portfolio review;
        each stays open until it is resolved.
      </p>
      <QueryView query={followUps} what="Loading the follow-ups">
        {(data) => (
          <>
            {data.can_contact && <ContactForm enrollmentId={e.id} candidateName={name} />}
            <section aria-labelledby="follow-ups-list">
              <h2 id="follow-ups-list">Follow-ups</h2>
              {data.items.length === 0 ? (
                <p>No follow-ups yet.</p>
              ) : (
                data.items.map((f) => <FollowUpCard key={f.id} followUp={f} />)
              )}
            </section>
          </>
        )}
      </QueryView>
    </>
  );
}
