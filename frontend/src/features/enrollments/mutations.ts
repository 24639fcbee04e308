import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api';
import { ifMatch, unwrap } from '../../api/client';
import type {
  CoachAssignment,
  Enrollment,
  EnrollmentChange,
  EnrollmentStatusChange,
  NewCoachAssignment,
  NewEnrollment,
} from '../../api/types';
import { keys } from '../../lib/keys';

export function useCreateEnrollment(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewEnrollment) =>
      unwrap(api.client.POST('/api/programs/{program_id}/enrollments', { params: { path: { program_id: programId } }, body })),
    // The lists, the overview's counts and the hours table all gain a row.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['program', programId] }),
  });
}

/** The saved enrollment replaces the cached one; the program's lists and counts follow. */
function useEnrollmentSaved() {
  const queryClient = useQueryClient();
  return (updated: Enrollment) => {
    queryClient.setQueryData(keys.enrollment(updated.id), updated);
    void queryClient.invalidateQueries({ queryKey: ['program', updated.program_id] });
  };
}

export function useSaveEnrollment(e: Enrollment) {
  const saved = useEnrollmentSaved();
  return useMutation({
    mutationFn: (body: EnrollmentChange) =>
      unwrap(
        api.client.PATCH('/api/enrollments/{enrollment_id}', {
          params: { path: { enrollment_id: e.id }, header: ifMatch(e.version) },
          body,
        }),
      ),
    onSuccess: saved,
  });
}

export function useChangeStatus(e: Enrollment) {
  const saved = useEnrollmentSaved();
  return useMutation({
    mutationFn: (body: EnrollmentStatusChange) =>
      unwrap(
        api.client.POST('/api/enrollments/{enrollment_id}/status', {
          params: { path: { enrollment_id: e.id }, header: ifMatch(e.version) },
          body,
        }),
      ),
    onSuccess: saved,
  });
}

/** A new or ended assignment changes the history, the enrollment's coach and the program's counts. */
function useAssignmentChanged(e: Enrollment) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: keys.assignments(e.id) });
    void queryClient.invalidateQueries({ queryKey: keys.enrollment(e.id) });
    void queryClient.invalidateQueries({ queryKey: ['program', e.program_id] });
  };
}

export function useAssignCoach(e: Enrollment) {
  const changed = useAssignmentChanged(e);
  return useMutation({
    mutationFn: (body: NewCoachAssignment) =>
      unwrap(
        api.client.POST('/api/enrollments/{enrollment_id}/coach-assignments', { params: { path: { enrollment_id: e.id } }, body }),
      ),
    onSuccess: changed,
  });
}

export function useEndAssignment(e: Enrollment, assignment: CoachAssignment) {
  const changed = useAssignmentChanged(e);
  return useMutation({
    mutationFn: (endDate: string) =>
      unwrap(
        api.client.POST('/api/coach-assignments/{assignment_id}/end', {
          params: { path: { assignment_id: assignment.id } },
          body: { end_date: endDate },
        }),
      ),
    onSuccess: changed,
  });
}
