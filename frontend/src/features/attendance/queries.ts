import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import { unwrap } from '../../api/client';
import { keys } from '../../lib/keys';

/*
 * A sign-in sheet is taken by several coordinators at once at a large meeting: it is read again
 * whenever the screen opens and when the coordinator comes back to the tab.
 */
const live = { staleTime: 0, refetchOnWindowFocus: true } as const;

/** The event's sign-in sheet (its coordinators and director). */
export function useAttendanceSheet(eventId: string) {
  return useQuery({
    queryKey: keys.attendanceSheet(eventId),
    queryFn: () => unwrap(api.client.GET('/api/events/{event_id}/attendance', { params: { path: { event_id: eventId } } })),
    ...live,
  });
}

/** One mark: the person's proof of attendance. */
export function useAttendance(id: string) {
  return useQuery({
    queryKey: keys.attendance(id),
    queryFn: () => unwrap(api.client.GET('/api/attendance/{attendance_id}', { params: { path: { attendance_id: id } } })),
  });
}

/** A mark's corrections, newest first. */
export function useAttendanceRevisions(id: string) {
  return useQuery({
    queryKey: keys.attendanceRevisions(id),
    queryFn: () =>
      unwrap(api.client.GET('/api/attendance/{attendance_id}/revisions', { params: { path: { attendance_id: id } } })),
    ...live,
  });
}

/** A candidate's meeting counts per program year, and the marks behind them. */
export function useEnrollmentMeetings(enrollmentId: string) {
  return useQuery({
    queryKey: keys.enrollmentMeetings(enrollmentId),
    queryFn: () =>
      unwrap(
        api.client.GET('/api/enrollments/{enrollment_id}/meeting-counts', { params: { path: { enrollment_id: enrollmentId } } }),
      ),
  });
}

/** Which candidates the program's table shows (every cohort by default). */
export interface MeetingsFilter {
  cohort_id?: string;
}

/** The program's meeting counts, as far as the reader may see them (the API narrows it by role). */
export function useProgramMeetings(programId: string, filter: MeetingsFilter) {
  return useQuery({
    queryKey: [...keys.programMeetings(programId), filter],
    queryFn: () =>
      unwrap(
        api.client.GET('/api/programs/{program_id}/meeting-counts', { params: { path: { program_id: programId }, query: filter } }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** A coach's coach meetings per school year and the 2-day training. */
export function useCoachMeetings(programId: string, coachId: string) {
  return useQuery({
    queryKey: keys.coachMeetings(programId, coachId),
    queryFn: () =>
      unwrap(
        api.client.GET('/api/programs/{program_id}/coaches/{coach_id}/meeting-counts', {
          params: { path: { program_id: programId, coach_id: coachId } },
        }),
      ),
  });
}
