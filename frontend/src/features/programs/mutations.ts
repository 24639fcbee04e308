import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api';
import { ifMatch, unwrap } from '../../api/client';
import type {
  Cohort,
  CohortChange,
  District,
  DistrictChange,
  Membership,
  NewCohort,
  NewDistrict,
  NewMembership,
  NewProgram,
  Program,
  ProgramChange,
} from '../../api/types';
import { keys } from '../../lib/keys';

export function useCreateProgram() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewProgram) => unwrap(api.client.POST('/api/programs', { body })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: keys.programs });
      // The switcher offers the programs /me lists.
      void queryClient.invalidateQueries({ queryKey: keys.me, exact: true });
    },
  });
}

/** Name, organisation, time zone and requirement settings, saved together. */
export function useSaveProgram(program: Program) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProgramChange) =>
      unwrap(
        api.client.PATCH('/api/programs/{program_id}', {
          params: { path: { program_id: program.id }, header: ifMatch(program.version) },
          body,
        }),
      ),
    onSuccess: (p) => {
      queryClient.setQueryData(keys.program(p.id), p);
      // The name shows in the program switcher (from /me) and the overview.
      void queryClient.invalidateQueries({ queryKey: keys.programs });
      void queryClient.invalidateQueries({ queryKey: keys.overview(p.id) });
      void queryClient.invalidateQueries({ queryKey: keys.me });
    },
  });
}

function useCohortsChanged(programId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: keys.cohorts(programId) });
    void queryClient.invalidateQueries({ queryKey: keys.overview(programId) });
  };
}

export function useCreateCohort(programId: string) {
  const changed = useCohortsChanged(programId);
  return useMutation({
    mutationFn: (body: NewCohort) =>
      unwrap(api.client.POST('/api/programs/{program_id}/cohorts', { params: { path: { program_id: programId } }, body })),
    onSuccess: changed,
  });
}

export function useSaveCohort(cohort: Cohort) {
  const changed = useCohortsChanged(cohort.program_id);
  return useMutation({
    mutationFn: (body: CohortChange) =>
      unwrap(
        api.client.PATCH('/api/cohorts/{cohort_id}', {
          params: { path: { cohort_id: cohort.id }, header: ifMatch(cohort.version) },
          body,
        }),
      ),
    onSuccess: changed,
  });
}

export function useCreateDistrict(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewDistrict) =>
      unwrap(api.client.POST('/api/programs/{program_id}/districts', { params: { path: { program_id: programId } }, body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.districts(programId) }),
  });
}

export function useSaveDistrict(district: District) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DistrictChange) =>
      unwrap(
        api.client.PATCH('/api/districts/{district_id}', {
          params: { path: { district_id: district.id }, header: ifMatch(district.version) },
          body,
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.districts(district.program_id) }),
  });
}

/** Every role filter of the members list. */
const allMembers = (programId: string) => ['program', programId, 'members'];

export function useGrantRole(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewMembership) =>
      unwrap(api.client.POST('/api/programs/{program_id}/members', { params: { path: { program_id: programId } }, body })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: allMembers(programId) });
      void queryClient.invalidateQueries({ queryKey: keys.overview(programId) });
    },
  });
}

export function useRemoveMember(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (m: Membership) =>
      unwrap(
        api.client.DELETE('/api/programs/{program_id}/members/{membership_id}', {
          params: { path: { program_id: programId, membership_id: m.id } },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: allMembers(programId) }),
  });
}
