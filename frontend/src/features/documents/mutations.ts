import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api';
import { ifMatch, unwrap } from '../../api/client';
import { ApiError } from '../../api/problem';
import type { AttachedDocument, DocumentKind, PortfolioDocument } from '../../api/types';
import { fileNameOf, saveDownload } from '../../lib/download';
import { keys } from '../../lib/keys';
import { handbookFileName } from './documentLabels';
import { uploadForm } from './upload';

/** What the upload form sends; the fields go in the contract's order, the file last. */
export interface NewDocument {
  kind: DocumentKind | '';
  title: string;
  activity_date: string;
  minutes: number | null;
  coaching_log_id: string | null;
  /** The alternative professional learning the PDF validates (its reflection form, agenda or sign-in sheet). */
  professional_learning_id?: string | null;
  /** The job shadow or school visit the PDF summarises. */
  experience_id?: string | null;
  /** The request the PDF supports (its signed form, a doctoral waiver, other pages). */
  request_id?: string | null;
  file: File | null;
}

export function documentForm(d: NewDocument): FormData {
  const form = new FormData();
  form.append('kind', d.kind);
  form.append('title', d.title);
  form.append('activity_date', d.activity_date);
  if (d.minutes !== null) form.append('minutes', String(d.minutes));
  if (d.coaching_log_id) form.append('coaching_log_id', d.coaching_log_id);
  if (d.professional_learning_id) form.append('professional_learning_id', d.professional_learning_id);
  if (d.experience_id) form.append('experience_id', d.experience_id);
  if (d.request_id) form.append('request_id', d.request_id);
  // Without a file the server names the missing `file` beside the drop zone.
  if (d.file) form.append('file', d.file, d.file.name);
  return form;
}

/** The records a document is attached to, read again: which of their PDFs are there changes with it. */
function refreshAttachedTo(queryClient: QueryClient, doc: PortfolioDocument) {
  if (doc.professional_learning_id) {
    void queryClient.invalidateQueries({ queryKey: keys.pl(doc.professional_learning_id) });
    void queryClient.invalidateQueries({ queryKey: keys.plRecords(doc.enrollment_id) });
    void queryClient.invalidateQueries({ queryKey: keys.plQueue(doc.program_id) });
  }
  if (doc.experience_id) {
    void queryClient.invalidateQueries({ queryKey: keys.experience(doc.experience_id) });
    void queryClient.invalidateQueries({ queryKey: keys.experiences(doc.enrollment_id) });
  }
  if (doc.request_id) {
    void queryClient.invalidateQueries({ queryKey: keys.request(doc.request_id) });
    void queryClient.invalidateQueries({ queryKey: keys.requests(doc.enrollment_id) });
  }
}

/** A document the server answered with: cached as it is, the e-portfolio (and what it is attached to) refreshed. */
function useDocumentSaved() {
  const queryClient = useQueryClient();
  return (doc: PortfolioDocument) => {
    queryClient.setQueryData(keys.document(doc.id), doc);
    void queryClient.invalidateQueries({ queryKey: keys.documents(doc.enrollment_id) });
    refreshAttachedTo(queryClient, doc);
  };
}

/** The share of the file sent so far (0 to 1), null when nothing is being sent. */
function useProgress() {
  const [progress, setProgress] = useState<number | null>(null);
  return { progress, setProgress };
}

/** Uploads a new document to the e-portfolio, reporting progress. */
export function useUploadDocument(enrollmentId: string) {
  const saved = useDocumentSaved();
  const { progress, setProgress } = useProgress();
  const mutation = useMutation({
    mutationFn: (d: NewDocument) => {
      setProgress(0);
      return uploadForm<PortfolioDocument>({
        method: 'POST',
        path: `/api/enrollments/${encodeURIComponent(enrollmentId)}/documents`,
        form: documentForm(d),
        onProgress: setProgress,
      });
    },
    onSuccess: saved,
    onSettled: () => setProgress(null),
  });
  return { ...mutation, progress };
}

/** Uploads a new version of the document's PDF, read at `doc.version`; earlier versions are kept. */
export function useUploadVersion(doc: PortfolioDocument) {
  const saved = useDocumentSaved();
  const queryClient = useQueryClient();
  const { progress, setProgress } = useProgress();
  const mutation = useMutation({
    mutationFn: (file: File | null) => {
      const form = new FormData();
      if (file) form.append('file', file, file.name);
      setProgress(0);
      return uploadForm<PortfolioDocument>({
        method: 'POST',
        path: `/api/documents/${encodeURIComponent(doc.id)}/versions`,
        form,
        headers: ifMatch(doc.version),
        onProgress: setProgress,
      });
    },
    onSuccess: saved,
    onError: (err) => {
      // Stale: someone else uploaded meanwhile; the list shows their version.
      if (err instanceof ApiError && err.isConflict) void queryClient.invalidateQueries({ queryKey: keys.documents(doc.enrollment_id) });
    },
    onSettled: () => setProgress(null),
  });
  return { ...mutation, progress };
}

export function useDeleteDocument(doc: PortfolioDocument) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(
        api.client.DELETE('/api/documents/{document_id}', {
          params: { path: { document_id: doc.id }, header: ifMatch(doc.version) },
        }),
      ),
    onSettled: () => {
      queryClient.removeQueries({ queryKey: keys.document(doc.id) });
      void queryClient.invalidateQueries({ queryKey: keys.documents(doc.enrollment_id) });
      refreshAttachedTo(queryClient, doc);
    },
  });
}

/** The PDF of a version (the current one without `version`), fetched with the session's token. */
export async function fetchDocumentFile(documentId: string, version?: number) {
  const { data, error, response } = await api.client.GET('/api/documents/{document_id}/file', {
    params: { path: { document_id: documentId }, query: version ? { version } : undefined },
    parseAs: 'blob',
  });
  if (!response.ok || !data) throw ApiError.from(response, error);
  return { blob: data as unknown as Blob, response };
}

/** The PDF saved by the browser, under the name the server gives (the handbook's convention). */
export function useDownloadDocument(doc: PortfolioDocument) {
  return useMutation({
    mutationFn: async (version?: number) => {
      const { blob, response } = await fetchDocumentFile(doc.id, version);
      saveDownload(blob, response, fileNameOf(handbookFileName(doc), 'pdf'));
    },
  });
}

/** A PDF attached to a record (a PL's, a job shadow's), saved under the name the server gives. */
export function useDownloadAttached(doc: AttachedDocument) {
  return useMutation({
    mutationFn: async () => {
      const { blob, response } = await fetchDocumentFile(doc.id);
      saveDownload(blob, response, doc.file_name);
    },
  });
}
