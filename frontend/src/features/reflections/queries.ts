import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import { unwrap } from '../../api/client';
import { keys } from '../../lib/keys';
import { loadReflection } from './reflectionQueue';

/** The candidate's three terms: status, percent complete, due date, overdue. */
export function useReflectionTerms(enrollmentId: string) {
  return useQuery({
    queryKey: keys.reflectionTerms(enrollmentId),
    queryFn: () =>
      unwrap(
        api.client.GET('/api/enrollments/{enrollment_id}/reflections', { params: { path: { enrollment_id: enrollmentId } } }),
      ),
  });
}

export function useReflection(id: string) {
  return useQuery({ queryKey: keys.reflection(id), queryFn: () => loadReflection(id) });
}

/** The submitted terms side by side, element by element and by standard. */
export function useGrowth(enrollmentId: string) {
  return useQuery({
    queryKey: keys.growth(enrollmentId),
    queryFn: () =>
      unwrap(api.client.GET('/api/enrollments/{enrollment_id}/growth', { params: { path: { enrollment_id: enrollmentId } } })),
  });
}

/** Which candidates the program view shows: a cohort, or all. */
export interface ProgramReflectionsFilter {
  cohort_id?: string;
}

export function useProgramReflections(programId: string, filter: ProgramReflectionsFilter) {
  return useQuery({
    queryKey: [...keys.programReflections(programId), filter],
    queryFn: () =>
      unwrap(
        api.client.GET('/api/programs/{program_id}/reflections', { params: { path: { program_id: programId }, query: filter } }),
      ),
    placeholderData: keepPreviousData,
  });
}
