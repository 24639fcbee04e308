import { isApiError } from '../../api/problem';
import { ErrorBox } from '../../components/ui';

/**
 * Why fees could not be read: refused (403) is said plainly, since coaches never see their
 * candidates' fees; anything else is the usual error with a retry.
 */
export function FeesError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  if (isApiError(error) && error.status === 403) {
    return (
      <div className="alert alert-error" role="alert">
        <p>
          You cannot see this candidate’s payment information. Fees are shown to the candidate, their district representative and
          the program’s coordinators and director.
        </p>
      </div>
    );
  }
  return <ErrorBox error={error} onRetry={onRetry} />;
}
