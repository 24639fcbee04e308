import { useMutation } from '@tanstack/react-query';
import { api } from '../../api';
import type { ReviewQuery } from '../../api/types';
import { saveFileAnswer } from '../../lib/download';

/** The portfolio review, with the same filters, as a CSV file saved by the browser. */
export function useDownloadReviewCsv(programId: string) {
  return useMutation({
    mutationFn: (filter: ReviewQuery) =>
      saveFileAnswer(
        api.client.GET('/api/programs/{program_id}/portfolio-review.csv', {
          params: { path: { program_id: programId }, query: filter },
          parseAs: 'blob',
        }),
        'portfolio-review.csv',
      ),
  });
}
