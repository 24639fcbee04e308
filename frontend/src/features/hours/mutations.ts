import { useMutation } from '@tanstack/react-query';
import { api } from '../../api';
import { ApiError } from '../../api/problem';
import { saveDownload } from '../../lib/download';
import type { HoursFilter } from './queries';

async function downloadCsv(programId: string, query: HoursFilter) {
  const { data, error, response } = await api.client.GET('/api/programs/{program_id}/hours.csv', {
    params: { path: { program_id: programId }, query },
    parseAs: 'blob',
  });
  if (!response.ok || !data) throw ApiError.from(response, error);
  saveDownload(data as Blob, response, 'coaching-hours.csv');
}

/** The hours table as a CSV file, saved by the browser. */
export function useDownloadHoursCsv(programId: string) {
  return useMutation({ mutationFn: (filter: HoursFilter) => downloadCsv(programId, filter) });
}
