import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import { unwrap } from '../../api/client';
import type { PlStatus } from '../../api/types';
import { keys } from '../../lib/keys';
import { loadPl } from './plQueue';

export function usePl(id: string) {
  return useQuery({ queryKey: keys.pl(id), queryFn: () => loadPl(id) });
}

/** A candidate's alternative professional learning, latest first. */
export function usePlRecords(enrollmentId: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: keys.plRecords(enrollmentId),
    queryFn: () =>
      unwrap(
        api.client.GET('/api/enrollments/{enrollment_id}/professional-learning', {
          params: { path: { enrollment_id: enrollmentId } },
        }),
      ),
    enabled,
  });
}

/** A candidate's PL hours per program year and in total, and the amounts behind them. */
export function usePlHours(enrollmentId: string) {
  return useQuery({
    queryKey: keys.plHours(enrollmentId),
    queryFn: () =>
      unwrap(
        api.client.GET('/api/enrollments/{enrollment_id}/professional-learning-hours', {
          params: { path: { enrollment_id: enrollmentId } },
        }),
      ),
  });
}

/** The program's approval queue: the submitted records (or those of `status`), oldest first. */
export function usePlQueue(programId: string, status: PlStatus = 'submitted', { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: [...keys.plQueue(programId), status],
    queryFn: () =>
      unwrap(
        api.client.GET('/api/programs/{program_id}/professional-learning', {
          params: { path: { program_id: programId }, query: { status } },
        }),
      ),
    // Others decide too: opening the queue shows what is still waiting.
    staleTime: 0,
    enabled,
  });
}

/** Which candidates the program's PL hours table shows. */
export interface PlHoursFilter {
  cohort_id?: string;
}

export function useProgramPlHours(programId: string, filter: PlHoursFilter) {
  return useQuery({
    queryKey: [...keys.programPlHours(programId), filter],
    queryFn: () =>
      unwrap(
        api.client.GET('/api/programs/{program_id}/professional-learning-hours', {
          params: { path: { program_id: programId }, query: filter },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
