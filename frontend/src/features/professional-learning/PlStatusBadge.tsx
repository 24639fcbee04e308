import type { PlStatus } from '../../api/types';
import { StatusBadge } from '../../components/ui';
import { PL_STATUS_LABELS } from './plLabels';

export function PlStatusBadge({ status }: { status: PlStatus }) {
  return <StatusBadge status={`pl-${status}`} label={PL_STATUS_LABELS[status]} />;
}
