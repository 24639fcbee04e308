import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import { unwrap } from '../../api/client';
import type { CostStructure } from '../../api/types';
import { keys } from '../../lib/keys';
import { useProgram } from '../programs/queries';
import { programFeeCents } from './feePlan';

/** A candidate's fee plan: the installments with what was paid toward each, the payments, the balance. */
export function useEnrollmentFees(enrollmentId: string) {
  return useQuery({
    queryKey: keys.fees(enrollmentId),
    queryFn: () =>
      unwrap(api.client.GET('/api/enrollments/{enrollment_id}/fees', { params: { path: { enrollment_id: enrollmentId } } })),
  });
}

/** Which candidates the receivables show. */
export interface ReceivablesFilter {
  cohort_id?: string;
}

/** Who owes what in the program, overdue first; a district representative's district only. */
export function useReceivables(programId: string, filter: ReceivablesFilter) {
  return useQuery({
    queryKey: [...keys.receivables(programId), filter],
    queryFn: () =>
      unwrap(api.client.GET('/api/programs/{program_id}/receivables', { params: { path: { program_id: programId }, query: filter } })),
    placeholderData: keepPreviousData,
  });
}

/**
 * The program fee of a cost structure from the program's settings, which a split plan's part must
 * stay below; the program is read only when `programId` is given (a split plan is chosen).
 */
export function useProgramFee(programId: string | null, cost: CostStructure | ''): number | undefined {
  const program = useProgram(programId);
  return program.data && cost ? programFeeCents(program.data.settings, cost) : undefined;
}
