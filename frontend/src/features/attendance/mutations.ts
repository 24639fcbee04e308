import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../../api';
import { ifMatch, unwrap } from '../../api/client';
import { ApiError, isApiError } from '../../api/problem';
import type { Attendance, AttendanceSheet, MarkAttendance } from '../../api/types';
import { saveDownload } from '../../lib/download';
import { keys } from '../../lib/keys';
import type { MeetingsFilter } from './queries';
import { withMark } from './sheet';

/**
 * After a mark changes: the event (its sheet, and the person's own mark beside it), every mark
 * read (proof of attendance, history) and every meeting count.
 */
function useAttendanceChanged() {
  const queryClient = useQueryClient();
  return useCallback(
    (eventId: string) => {
      void queryClient.invalidateQueries({ queryKey: keys.event(eventId) });
      void queryClient.invalidateQueries({ queryKey: ['attendance'] });
      void queryClient.invalidateQueries({ predicate: (q) => q.queryKey.includes('meeting-counts') });
    },
    [queryClient],
  );
}

export interface MarkRequest {
  userId: string;
  body: MarkAttendance;
}

/** Marks of one event are sent one at a time, each with the version the one before left. */
const scopeOf = (eventId: string) => ({ id: `attendance:${eventId}` });

/**
 * Marks a person at the event: a first mark, or a correction of the mark the sheet shows, sent
 * with its version (If-Match). The sheet shows the answer at once; a 412 (someone else changed
 * the mark meanwhile) reads the sheet again, with their change.
 */
export function useMarkAttendance(eventId: string) {
  const queryClient = useQueryClient();
  const changed = useAttendanceChanged();
  return useMutation({
    scope: scopeOf(eventId),
    mutationFn: ({ userId, body }: MarkRequest) => {
      const sheet = queryClient.getQueryData<AttendanceSheet>(keys.attendanceSheet(eventId));
      const shown = sheet?.lines.find((l) => l.person.id === userId)?.attendance;
      return unwrap(
        api.client.PUT('/api/events/{event_id}/attendance/{user_id}', {
          params: { path: { event_id: eventId, user_id: userId }, header: shown ? ifMatch(shown.version) : {} },
          body,
        }),
      );
    },
    onSuccess: (mark: Attendance) => {
      queryClient.setQueryData<AttendanceSheet>(keys.attendanceSheet(eventId), (sheet) => sheet && withMark(sheet, mark));
      changed(eventId);
    },
    onError: (err) => {
      if (isApiError(err) && err.isConflict) void queryClient.invalidateQueries({ queryKey: keys.attendanceSheet(eventId) });
    },
  });
}

/** Marks every confirmed registrant not marked yet as attended; marks already taken stay as they are. */
export function useAllPresent(eventId: string) {
  const queryClient = useQueryClient();
  const changed = useAttendanceChanged();
  return useMutation({
    scope: scopeOf(eventId),
    mutationFn: () =>
      unwrap(api.client.POST('/api/events/{event_id}/attendance/all-present', { params: { path: { event_id: eventId } } })),
    onSuccess: (sheet) => {
      queryClient.setQueryData(keys.attendanceSheet(eventId), sheet);
      changed(eventId);
    },
  });
}

async function downloadSheet(eventId: string) {
  const { data, error, response } = await api.client.GET('/api/events/{event_id}/attendance.csv', {
    params: { path: { event_id: eventId } },
    parseAs: 'blob',
  });
  if (!response.ok || !data) throw ApiError.from(response, error);
  saveDownload(data as Blob, response, 'attendance.csv');
}

/** The sign-in sheet as a CSV file, saved by the browser. */
export function useDownloadSheetCsv(eventId: string) {
  return useMutation({ mutationFn: () => downloadSheet(eventId) });
}

async function downloadCounts(programId: string, query: MeetingsFilter) {
  const { data, error, response } = await api.client.GET('/api/programs/{program_id}/meeting-counts.csv', {
    params: { path: { program_id: programId }, query },
    parseAs: 'blob',
  });
  if (!response.ok || !data) throw ApiError.from(response, error);
  saveDownload(data as Blob, response, 'meeting-counts.csv');
}

/** The program's meeting counts as a CSV file, saved by the browser. */
export function useDownloadMeetingsCsv(programId: string) {
  return useMutation({ mutationFn: (filter: MeetingsFilter) => downloadCounts(programId, filter) });
}
