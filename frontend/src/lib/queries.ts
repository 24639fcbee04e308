import { useQuery } from '@tanstack/react-query';
import { api } from '../api';
import { unwrap } from '../api/client';
import type { Role } from '../api/types';

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
};

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
