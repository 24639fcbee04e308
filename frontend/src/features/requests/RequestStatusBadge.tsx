import type { RequestStatus } from '../../api/types';
import { StatusBadge } from '../../components/ui';
import { STATUS_LABELS } from './requestLabels';

export function RequestStatusBadge({ status }: { status: RequestStatus }) {
  return <StatusBadge status={`request-${status}`} label={STATUS_LABELS[status]} />;
}
