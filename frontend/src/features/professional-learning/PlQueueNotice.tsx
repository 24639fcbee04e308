import { Link } from 'react-router';
import { usePlQueue } from './queries';

/** For the program's staff: how many alternative PL records wait for a decision, and where. */
export function PlQueueNotice({ programId }: { programId: string }) {
  const query = usePlQueue(programId);
  // Not shown to someone the queue is not for (an installation administrator outside the program).
  if (!query.data) return null;
  const n = query.data.length;
  return (
    <p>
      <Link to="/professional-learning">PL approvals</Link>:{' '}
      {n === 0 ? 'nothing waits for a decision.' : `${n} alternative ${n === 1 ? 'PL waits' : 'PLs wait'} for a decision.`}{' '}
      · <Link to="/professional-learning-hours">PL hours</Link>
    </p>
  );
}
