import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../../api';
import { ifMatch, unwrap } from '../../api/client';
import { ApiError, isApiError } from '../../api/problem';
import type { Enrollment, EnrollmentFees, NewPayment, NewPlanChange, Payment } from '../../api/types';
import { saveDownload } from '../../lib/download';
import { keys } from '../../lib/keys';
import type { ReceivablesFilter } from './queries';

/** The fees the server answered with are cached as they are; every program's receivables read again. */
function useFeesSaved() {
  const queryClient = useQueryClient();
  return useCallback(
    (fees: EnrollmentFees) => {
      queryClient.setQueryData(keys.fees(fees.enrollment_id), fees);
      void queryClient.invalidateQueries({
        // keys.receivables(programId) of whichever program the candidate is in.
        predicate: (q) => q.queryKey[0] === 'program' && q.queryKey[2] === 'receivables',
      });
    },
    [queryClient],
  );
}

/** A coordinator records a payment (422 naming `amount_cents` when it is not more than zero). */
export function useRecordPayment(enrollmentId: string) {
  const saved = useFeesSaved();
  return useMutation({
    mutationFn: (body: NewPayment) =>
      unwrap(
        api.client.POST('/api/enrollments/{enrollment_id}/payments', { params: { path: { enrollment_id: enrollmentId } }, body }),
      ),
    onSuccess: saved,
  });
}

/** A coordinator reverses a payment with the reason (409 when it is already reversed). */
export function useReversePayment(payment: Payment) {
  const saved = useFeesSaved();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) =>
      unwrap(api.client.POST('/api/payments/{payment_id}/reversal', { params: { path: { payment_id: payment.id } }, body: { reason } })),
    onSuccess: saved,
    // Reversed by someone else meanwhile (409): the fees are read again to show it.
    onError: (err) => {
      if (isApiError(err) && err.status === 409) void queryClient.invalidateQueries({ queryKey: keys.fees(payment.enrollment_id) });
    },
  });
}

/** A coordinator changes the plan from a day; the enrollment (district, cost structure, payer) changes with it. */
export function useChangeFeePlan(e: Enrollment) {
  const saved = useFeesSaved();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewPlanChange) =>
      unwrap(
        api.client.POST('/api/enrollments/{enrollment_id}/fee-plan-changes', {
          params: { path: { enrollment_id: e.id }, header: ifMatch(e.version) },
          body,
        }),
      ),
    onSuccess: (fees) => {
      saved(fees);
      void queryClient.invalidateQueries({ queryKey: keys.enrollment(e.id) });
    },
  });
}

async function downloadCsv(programId: string, query: ReceivablesFilter) {
  const { data, error, response } = await api.client.GET('/api/programs/{program_id}/receivables.csv', {
    params: { path: { program_id: programId }, query },
    parseAs: 'blob',
  });
  if (!response.ok || !data) throw ApiError.from(response, error);
  saveDownload(data as Blob, response, 'receivables.csv');
}

/** The receivables as a CSV file, saved by the browser. */
export function useDownloadReceivablesCsv(programId: string) {
  return useMutation({ mutationFn: (filter: ReceivablesFilter) => downloadCsv(programId, filter) });
}
