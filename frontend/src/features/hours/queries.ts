import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import { unwrap } from '../../api/client';
import { keys } from '../../lib/keys';

/** A candidate's coaching hours per month and program year, against the program's requirements. */
export function useLedger(enrollmentId: string) {
  return useQuery({
    queryKey: keys.ledger(enrollmentId),
    queryFn: () =>
      unwrap(api.client.GET('/api/enrollments/{enrollment_id}/ledger', { params: { path: { enrollment_id: enrollmentId } } })),
  });
}

/** Which candidates and which program year the hours table shows (each candidate's current year by default). */
export interface HoursFilter {
  cohort_id?: string;
  program_year?: number;
}

export function useProgramHours(programId: string, filter: HoursFilter) {
  return useQuery({
    queryKey: [...keys.hours(programId), filter],
    queryFn: () =>
      unwrap(api.client.GET('/api/programs/{program_id}/hours', { params: { path: { program_id: programId }, query: filter } })),
    placeholderData: keepPreviousData,
  });
}

/** The signed-in coach's current candidates, each with their hours. */
export function useCaseload() {
  return useQuery({ queryKey: keys.caseload, queryFn: () => unwrap(api.client.GET('/api/me/caseload')) });
}
