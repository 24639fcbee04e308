import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api } from '../api';
import { unwrap } from '../api/client';
import type { ActivityCode, Role } from '../api/types';
import { DEFAULT_ACTIVITY_CODES } from './coachingLog';

/** Query keys in one place so mutations invalidate the right things. */
export const keys = {
  me: ['me'] as const,
  programs: ['programs'] as const,
  program: (id: string) => ['program', id] as const,
  overview: (id: string) => ['program', id, 'overview'] as const,
  cohorts: (id: string) => ['program', id, 'cohorts'] as const,
  districts: (id: string) => ['program', id, 'districts'] as const,
  members: (id: string, role?: Role) => ['program', id, 'members', role ?? 'all'] as const,
  enrollments: (id: string) => ['program', id, 'enrollments'] as const,
  audit: (id: string) => ['program', id, 'audit'] as const,
  enrollment: (id: string) => ['enrollment', id] as const,
  assignments: (id: string) => ['enrollment', id, 'assignments'] as const,
  users: ['users'] as const,
  myEnrollments: ['me', 'enrollments'] as const,
  myCandidates: ['me', 'candidates'] as const,
  standards: ['standards'] as const,
  logs: (enrollmentId: string) => ['enrollment', enrollmentId, 'logs'] as const,
  ledger: (enrollmentId: string) => ['enrollment', enrollmentId, 'ledger'] as const,
  log: (id: string) => ['log', id] as const,
  revisions: (id: string) => ['log', id, 'revisions'] as const,
  caseload: ['me', 'caseload'] as const,
  hours: (programId: string) => ['program', programId, 'hours'] as const,
};

/** After a log changes: its lists, the candidate's hours and every table that sums them. */
export function invalidateLogs(queryClient: QueryClient, enrollmentId: string) {
  void queryClient.invalidateQueries({ queryKey: ['enrollment', enrollmentId] });
  void queryClient.invalidateQueries({ queryKey: keys.caseload });
  void queryClient.invalidateQueries({ queryKey: ['program'], predicate: (q) => q.queryKey[2] === 'hours' });
}

export function useStandards() {
  return useQuery({
    queryKey: keys.standards,
    queryFn: () => unwrap(api.client.GET('/api/standards')),
    staleTime: Infinity,
  });
}

export function useEnrollment(id: string) {
  return useQuery({
    queryKey: keys.enrollment(id),
    queryFn: () => unwrap(api.client.GET('/api/enrollments/{enrollment_id}', { params: { path: { enrollment_id: id } } })),
  });
}

export function useLog(id: string) {
  return useQuery({
    queryKey: keys.log(id),
    queryFn: () => unwrap(api.client.GET('/api/coaching-logs/{log_id}', { params: { path: { log_id: id } } })),
  });
}

export function useLedger(enrollmentId: string) {
  return useQuery({
    queryKey: keys.ledger(enrollmentId),
    queryFn: () =>
      unwrap(api.client.GET('/api/enrollments/{enrollment_id}/ledger', { params: { path: { enrollment_id: enrollmentId } } })),
  });
}

/** The program's activity codes (the handbook's when the program has none of its own). */
export function useActivityCodes(programId: string | null | undefined): ActivityCode[] {
  const program = useQuery({
    queryKey: keys.program(programId ?? ''),
    queryFn: () => unwrap(api.client.GET('/api/programs/{program_id}', { params: { path: { program_id: programId! } } })),
    enabled: !!programId,
  });
  const codes = program.data?.settings.activity_codes;
  return codes && codes.length ? codes : DEFAULT_ACTIVITY_CODES;
}

export function useCohorts(programId: string) {
  return useQuery({
    queryKey: keys.cohorts(programId),
    queryFn: () => unwrap(api.client.GET('/api/programs/{program_id}/cohorts', { params: { path: { program_id: programId } } })),
  });
}

export function useDistricts(programId: string) {
  return useQuery({
    queryKey: keys.districts(programId),
    queryFn: () => unwrap(api.client.GET('/api/programs/{program_id}/districts', { params: { path: { program_id: programId } } })),
  });
}

export function useMembers(programId: string, role?: Role) {
  return useQuery({
    queryKey: keys.members(programId, role),
    queryFn: () =>
      unwrap(
        api.client.GET('/api/programs/{program_id}/members', {
          params: { path: { program_id: programId }, query: role ? { role } : {} },
        }),
      ),
  });
}

export function useProgram(programId: string) {
  return useQuery({
    queryKey: keys.program(programId),
    queryFn: () => unwrap(api.client.GET('/api/programs/{program_id}', { params: { path: { program_id: programId } } })),
  });
}
