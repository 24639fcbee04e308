import { Link, useParams } from 'react-router';
import { Loading } from '../../components/ui';
import { useApp } from '../../lib/context';
import { mayOpen } from '../../lib/pages';
import { useEnrollment } from '../enrollments/queries';
import { ChangeFeePlan } from './ChangeFeePlan';
import { FeesError } from './FeesError';
import { PaymentInformation } from './PaymentInformation';
import { useEnrollmentFees } from './queries';
import { RecordPaymentForm } from './RecordPaymentForm';

/**
 * `/enrollments/:id/fees`: a candidate's payment information; for a coordinator, recording a
 * payment and reversing one, and changing the plan from a day.
 */
export function EnrollmentFeesPage() {
  const { id = '' } = useParams();
  const app = useApp();
  const query = useEnrollmentFees(id);
  const fees = query.data;
  const enrollment = useEnrollment(id, { enabled: !!fees?.can.record_payment });
  return (
    <>
      <p className="breadcrumb">
        {mayOpen(app, 'receivables') ? <Link to="/receivables">Receivables</Link> : <Link to="/">Home</Link>} /{' '}
        <Link to={`/enrollments/${id}`}>{fees?.candidate.display_name ?? 'Enrollment'}</Link> / Payment information
      </p>
      <h1>Payment information{fees ? <span className="muted"> — {fees.candidate.display_name}</span> : null}</h1>
      {query.error ? (
        <FeesError error={query.error} onRetry={() => void query.refetch()} />
      ) : !fees ? (
        <Loading what="Loading the payment information" />
      ) : (
        <>
          <PaymentInformation fees={fees} />
          {fees.can.record_payment && <RecordPaymentForm key={`payment-${fees.enrollment_id}`} fees={fees} />}
          {fees.can.record_payment && enrollment.data && (
            <ChangeFeePlan
              key={`plan-${enrollment.data.id}`}
              fees={fees}
              enrollment={enrollment.data}
              onReload={() => void enrollment.refetch()}
            />
          )}
        </>
      )}
    </>
  );
}
