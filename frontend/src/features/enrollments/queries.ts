import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import { unwrap } from '../../api/client';
import type { EnrollmentStatus } from '../../api/types';
import { keys } from '../../lib/keys';

export function useEnrollment(id: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    enabled,
    queryKey: keys.enrollment(id),
    queryFn: () => unwrap(api.client.GET('/api/enrollments/{enrollment_id}', { params: { path: { enrollment_id: id } } })),
  });
}

export interface EnrollmentFilter {
  cohortId: string;
  status: EnrollmentStatus | '';
  page: number;
  perPage: number;
}

/** A page of a program's enrollments; the previous page shows while the next loads. */
export function useEnrollments(programId: string, { cohortId, status, page, perPage }: EnrollmentFilter) {
  return useQuery({
    queryKey: [...keys.enrollments(programId), { cohortId, status, page }],
    queryFn: () =>
      unwrap(
        api.client.GET('/api/programs/{program_id}/enrollments', {
          params: {
            path: { program_id: programId },
            query: { cohort_id: cohortId || undefined, status: status || undefined, page, per_page: perPage },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** The signed-in candidate's enrollments (one per program). */
export function useMyEnrollments() {
  return useQuery({ queryKey: keys.myEnrollments, queryFn: () => unwrap(api.client.GET('/api/me/enrollments')) });
}

/** The signed-in coach's candidates, current and former, with the assignment. */
export function useMyCandidates() {
  return useQuery({ queryKey: keys.myCandidates, queryFn: () => unwrap(api.client.GET('/api/me/candidates')) });
}

/** The enrollment's coach assignments, the current one and those ended. */
export function useCoachAssignments(enrollmentId: string) {
  return useQuery({
    queryKey: keys.assignments(enrollmentId),
    queryFn: () =>
      unwrap(
        api.client.GET('/api/enrollments/{enrollment_id}/coach-assignments', { params: { path: { enrollment_id: enrollmentId } } }),
      ),
  });
}
