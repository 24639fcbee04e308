import { useState } from 'react';
import { Navigate, useParams } from 'react-router';
import type { Enrollment, Ilp } from '../../api/types';
import { QueryView } from '../../components/ui';
import { useLiveQueue } from '../../lib/liveQueues';
import { useEnrollment } from '../enrollments/queries';
import { IlpEditor } from './IlpEditor';
import { createIlpQueue, liveIlps, type IlpQueue } from './ilpQueue';
import { useIlp } from './queries';

/** `/enrollments/:id/ilps/new`: a blank plan; the first change creates the draft. */
export function NewIlp() {
  const { id = '' } = useParams();
  const enrollment = useEnrollment(id);
  return (
    <QueryView query={enrollment} what="Loading the candidate">
      {(e) => <NewIlpForm enrollment={e} />}
    </QueryView>
  );
}

function NewIlpForm({ enrollment: e }: { enrollment: Enrollment }) {
  const [queue] = useState(() => createIlpQueue({ enrollmentId: e.id, record: null, programYear: e.program_year }));
  return <IlpEditor queue={queue} enrollmentId={e.id} candidate={e.candidate} isNew />;
}

/** `/ilps/:id/edit`: a draft resumed (after a reload too), or a plan in action changed. */
export function EditIlp() {
  const { id = '' } = useParams();
  const live = liveIlps.get(id);
  if (live) return <LiveIlpForm key={id} id={id} queue={live} />;
  return <LoadedIlpForm key={id} id={id} />;
}

function LoadedIlpForm({ id }: { id: string }) {
  const query = useIlp(id);
  return (
    <QueryView query={query} what="Loading the ILP">
      {/* A completed plan is reopened from its page before it changes. */}
      {(ilp) => (ilp.can.edit ? <IlpFormFor ilp={ilp} /> : <Navigate to={`/ilps/${ilp.id}`} replace />)}
    </QueryView>
  );
}

function IlpFormFor({ ilp }: { ilp: Ilp }) {
  const [queue] = useState(() => liveIlps.get(ilp.id) ?? createIlpQueue({ enrollmentId: ilp.enrollment_id, record: ilp }));
  return <LiveIlpForm id={ilp.id} queue={queue} />;
}

function LiveIlpForm({ id, queue }: { id: string; queue: IlpQueue }) {
  useLiveQueue(liveIlps, id, queue);
  const record = queue.getState().record!;
  return <IlpEditor queue={queue} enrollmentId={record.enrollment_id} candidate={record.candidate} />;
}
