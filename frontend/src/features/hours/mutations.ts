import { useMutation } from '@tanstack/react-query';
import { api } from '../../api';
import { ApiError } from '../../api/problem';
import type { HoursFilter } from './queries';

function filenameOf(disposition: string | null): string | null {
  const m = disposition ? /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition) : null;
  return m?.[1] ? decodeURIComponent(m[1]) : null;
}

/** Fetch the CSV with the session's token (a plain link would not carry it) and save it. */
async function downloadCsv(programId: string, query: HoursFilter) {
  const { data, error, response } = await api.client.GET('/api/programs/{program_id}/hours.csv', {
    params: { path: { program_id: programId }, query },
    parseAs: 'blob',
  });
  if (!response.ok || !data) throw ApiError.from(response, error);
  const url = URL.createObjectURL(data as Blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filenameOf(response.headers.get('Content-Disposition')) ?? 'coaching-hours.csv';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The hours table as a CSV file, saved by the browser. */
export function useDownloadHoursCsv(programId: string) {
  return useMutation({ mutationFn: (filter: HoursFilter) => downloadCsv(programId, filter) });
}
