import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api';
import { unwrap } from '../../api/client';
import type { Role } from '../../api/types';
import { keys } from '../../lib/keys';

/** Every program of the installation, with its details (for whoever manages programs). */
export function usePrograms() {
  return useQuery({ queryKey: keys.programs, queryFn: () => unwrap(api.client.GET('/api/programs')) });
}

/** A program with its requirement settings; none is asked for while `programId` is empty. */
export function useProgram(programId: string | null | undefined) {
  return useQuery({
    queryKey: keys.program(programId ?? ''),
    queryFn: () => unwrap(api.client.GET('/api/programs/{program_id}', { params: { path: { program_id: programId! } } })),
    enabled: !!programId,
  });
}

export function useProgramOverview(programId: string) {
  return useQuery({
    queryKey: keys.overview(programId),
    queryFn: () => unwrap(api.client.GET('/api/programs/{program_id}/overview', { params: { path: { program_id: programId } } })),
  });
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

/** The handbook's requirement settings, as a new program gets them (they do not change while the app runs). */
const requirementDefaults = {
  queryKey: keys.requirementDefaults,
  queryFn: () => unwrap(api.client.GET('/api/requirement-settings/defaults')),
  staleTime: Infinity,
};

/** The handbook's settings, loaded only while `enabled`. */
export function useRequirementDefaults({ enabled }: { enabled: boolean }) {
  return useQuery({ ...requirementDefaults, enabled });
}

/** Loads the handbook's settings on demand (once; later calls answer from the cache). */
export function useFetchRequirementDefaults() {
  const queryClient = useQueryClient();
  return () => queryClient.fetchQuery(requirementDefaults);
}
