import { Link } from 'react-router';
import { usePlQueue } from './queries';

/** For those who review professional learning: how many alternative PL records wait for a decision, and where. */
export function PlQueueNotice({ programId }: { programId: string }) {
  const query = usePlQueue(programId);
  // A line of the overview: while the queue loads, or if it cannot, the overview stands without it.
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
