import { useState } from 'react';
import { useLocation, useParams } from 'react-router';
import type { Enrollment, ProfessionalLearning } from '../../api/types';
import { Notice, QueryView } from '../../components/ui';
import { todayIso } from '../../lib/labels';
import { useLiveQueue } from '../../lib/liveQueues';
import { useEnrollment } from '../enrollments/queries';
import { PlDecisionForm } from './PlDecisionForm';
import { PlDecisionNote } from './PlDecisionNote';
import { PlDocuments } from './PlDocuments';
import { PlEditor } from './PlEditor';
import { PlHeader } from './PlHeader';
import { createPlQueue, livePls } from './plQueue';
import { PlSheet } from './PlSheet';
import { usePl } from './queries';
import './pl.css';

/** `/enrollments/:id/professional-learning/new`: a blank PL reflection form; it is created once it has a title, a date and its hours. */
export function NewPl() {
  const { id = '' } = useParams();
  const enrollment = useEnrollment(id);
  return (
    <QueryView query={enrollment} what="Loading the candidate">
      {(e) => <NewPlForm enrollment={e} />}
    </QueryView>
  );
}

function NewPlForm({ enrollment: e }: { enrollment: Enrollment }) {
  const [queue] = useState(() => createPlQueue({ enrollmentId: e.id, record: null, today: todayIso() }));
  return <PlEditor queue={queue} enrollmentId={e.id} candidate={e.candidate} isNew />;
}

/**
 * `/professional-learning/:id`: the form while its `can.edit` says the reader may change it (the
 * candidate and their current coach, while a draft or once denied), else read-only; with its
 * PDFs, its decision, and for a coordinator the way to approve or deny it.
 */
export function PlRecordPage() {
  const { id = '' } = useParams();
  const query = usePl(id);
  return (
    <QueryView query={query} what="Loading the professional learning">
      {(pl) => (pl.can.edit ? <EditablePl key={pl.id} pl={pl} /> : <PlView pl={pl} />)}
    </QueryView>
  );
}

function EditablePl({ pl }: { pl: ProfessionalLearning }) {
  // The form being saved survives leaving the page and coming back before its last save is done.
  const [queue] = useState(() => livePls.get(pl.id) ?? createPlQueue({ enrollmentId: pl.enrollment_id, record: pl }));
  useLiveQueue(livePls, pl.id, queue);
  return <PlEditor queue={queue} enrollmentId={pl.enrollment_id} candidate={pl.candidate} />;
}

function PlView({ pl }: { pl: ProfessionalLearning }) {
  const location = useLocation();
  const submitted = (location.state as { submitted?: boolean } | null)?.submitted;
  const [decided, setDecided] = useState(false);
  return (
    <>
      <PlHeader enrollmentId={pl.enrollment_id} candidate={pl.candidate} pl={pl} />
      {submitted && pl.status === 'submitted' && (
        <Notice>Submitted: it waits for a coordinator’s approval, and counts once approved.</Notice>
      )}
      {decided && <Notice>The decision is recorded.</Notice>}
      {pl.status === 'draft' && <p className="muted">A draft: the candidate is still writing it.</p>}
      <PlDecisionNote pl={pl} />
      <div className="card">
        <PlSheet pl={pl} />
      </div>
      <PlDocuments pl={pl} />
      {pl.can.decide && (
        <section aria-labelledby="pl-decide" className="card">
          <h2 id="pl-decide">Approve or deny</h2>
          <PlDecisionForm pl={pl} onDecided={() => setDecided(true)} />
        </section>
      )}
    </>
  );
}
