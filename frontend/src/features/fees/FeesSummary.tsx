import { Link } from 'react-router';
import { FeesError } from './FeesError';
import { Loading } from '../../components/ui';
import { PaymentInformation } from './PaymentInformation';
import { useEnrollmentFees } from './queries';

/** The candidate's payment information on their home screen, with the way to its own page. */
export function FeesSummary({ enrollmentId }: { enrollmentId: string }) {
  const query = useEnrollmentFees(enrollmentId);
  if (query.error) return <FeesError error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <Loading what="Loading your payment information" />;
  return (
    <>
      <PaymentInformation fees={query.data} level={4} />
      <p>
        <Link to={`/enrollments/${enrollmentId}/fees`}>My payment information</Link>
      </p>
    </>
  );
}
