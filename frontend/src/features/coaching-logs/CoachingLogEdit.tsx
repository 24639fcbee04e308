import { useState } from 'react';
import { useParams } from 'react-router';
import type { CoachingLog } from '../../api/types';
import { QueryView } from '../../components/ui';
import { useLiveQueue } from '../../lib/liveQueues';
import { useEnrollment } from '../enrollments/queries';
import { LogEditor } from './LogEditor';
import { createLogQueue, liveLogs, type LogQueue } from './logQueue';
import { useLog } from './queries';

/** `/enrollments/:id/coaching-logs/new`: the coach's blank form; the first change creates the draft. */
export function NewCoachingLog() {
  const { id = '' } = useParams();
  const enrollment = useEnrollment(id);
  return (
    <QueryView query={enrollment} what="Loading the candidate">
      {(e) => <NewLogForm enrollmentId={e.id} programId={e.program_id} candidate={e.candidate.display_name} />}
    </QueryView>
  );
}

function NewLogForm({ enrollmentId, programId, candidate }: { enrollmentId: string; programId: string; candidate: string }) {
  const [queue] = useState(() => createLogQueue({ enrollmentId, record: null }));
  return <LogEditor queue={queue} enrollmentId={enrollmentId} programId={programId} candidate={candidate} isNew />;
}

/** `/coaching-logs/:id/edit`: a draft resumed (after a reload too), or a signed log corrected. */
export function EditCoachingLog() {
  const { id = '' } = useParams();
  const live = liveLogs.get(id);
  if (live) return <LiveLogForm key={id} id={id} queue={live} />;
  return <LoadedLogForm key={id} id={id} />;
}

function LoadedLogForm({ id }: { id: string }) {
  const query = useLog(id);
  return (
    <QueryView query={query} what="Loading the coaching log">
      {(log) => <LogFormFor log={log} />}
    </QueryView>
  );
}

function LogFormFor({ log }: { log: CoachingLog }) {
  const [queue] = useState(() => liveLogs.get(log.id) ?? createLogQueue({ enrollmentId: log.enrollment_id, record: log }));
  return <LiveLogForm id={log.id} queue={queue} />;
}

function LiveLogForm({ id, queue }: { id: string; queue: LogQueue }) {
  useLiveQueue(liveLogs, id, queue);
  const record = queue.getState().record!;
  return (
    <LogEditor
      queue={queue}
      enrollmentId={record.enrollment_id}
      programId={record.program_id}
      candidate={record.candidate.display_name}
    />
  );
}
