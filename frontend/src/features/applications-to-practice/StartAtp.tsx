import { useNavigate } from 'react-router';
import { startRefusal } from './atpForm';
import { useStartAtp } from './mutations';

/** The candidate starts the Application to Practice, and goes to its form; a refusal is said in words. */
export function StartAtp({ enrollmentId }: { enrollmentId: string }) {
  const navigate = useNavigate();
  const start = useStartAtp(enrollmentId);
  return (
    <>
      {start.error && (
        <div className="alert alert-error" role="alert">
          <p>{startRefusal(start.error)}</p>
        </div>
      )}
      <button
        type="button"
        disabled={start.isPending}
        onClick={() => start.mutate(undefined, { onSuccess: (a) => navigate(`/applications-to-practice/${a.id}`) })}
      >
        Start the Application to Practice
      </button>
    </>
  );
}
