import { useId, useState } from 'react';
import type { AttachedDocument, DocumentKind, PortfolioDocument } from '../../api/types';
import { RecordForm, useFormProblem } from '../../components/forms';
import { StatusBadge } from '../../components/ui';
import { AttachedFileLink } from './AttachedFileLink';
import { FileDropZone } from './FileDropZone';
import { useUploadDocument } from './mutations';
import { NewVersionForm } from './NewVersionForm';
import { useDocuments } from './queries';
import { UploadProgress } from './UploadProgress';
import './documents.css';

/** What an upload into a slot sends besides the file: the activity's name and date, the record. */
export interface SlotTarget {
  title: string;
  activity_date: string;
  professional_learning_id?: string;
  experience_id?: string;
  request_id?: string;
}

interface Props {
  enrollmentId: string;
  kind: DocumentKind;
  /** The handbook's name of the PDF, e.g. "PL reflection form". */
  label: string;
  hint?: string;
  /** The documents of this kind attached to the record. */
  attached: AttachedDocument[];
  /** The record still needs one (the server's `missing_documents`). */
  missing: boolean;
  /** The reader may add the PDF now. */
  canUpload: boolean;
  /** The record takes any number of this kind (additional pages): the upload stays after one. */
  repeatable?: boolean;
  target: SlotTarget;
}

/**
 * One PDF a record asks for: attached (a link to it, and a new version for those who may replace
 * it) or missing, with a drop zone and a progress bar to upload it.
 */
export function AttachmentSlot({ enrollmentId, kind, label, hint, attached, missing, canUpload, repeatable, target }: Props) {
  const headingId = useId();
  const state = attached.length > 0 ? 'attached' : missing ? 'missing' : 'optional';
  return (
    <section className={`card attachment-slot slot-${state}`} aria-labelledby={headingId}>
      <h3 id={headingId}>
        {label}{' '}
        <StatusBadge
          status={`slot-${state}`}
          label={state === 'attached' ? 'Attached' : state === 'missing' ? 'Missing' : 'Optional'}
        />
      </h3>
      {hint && <p className="hint">{hint}</p>}
      {attached.length > 0 && (
        <ul className="attached-files">
          {attached.map((d) => (
            <AttachedItem key={d.id} enrollmentId={enrollmentId} attached={d} canUpload={canUpload} />
          ))}
        </ul>
      )}
      {attached.length === 0 && !canUpload && <p className="muted">Not uploaded.</p>}
      {canUpload && (attached.length === 0 || repeatable) && (
        // Keyed by the count so that, once the record lists the new one, the form is fresh again.
        <SlotUpload key={attached.length} enrollmentId={enrollmentId} kind={kind} label={label} target={target} />
      )}
    </section>
  );
}

function AttachedItem({ enrollmentId, attached, canUpload }: { enrollmentId: string; attached: AttachedDocument; canUpload: boolean }) {
  const [replacing, setReplacing] = useState(false);
  // The e-portfolio's copy carries the version a new one is sent against.
  const documents = useDocuments(enrollmentId);
  const full: PortfolioDocument | undefined = documents.data?.find((d) => d.id === attached.id);
  return (
    <li>
      <AttachedFileLink document={attached} />
      {canUpload && full?.can.replace && !replacing && (
        <>
          {' '}
          <button type="button" className="link" onClick={() => setReplacing(true)}>
            Upload a new version<span className="visually-hidden"> of {attached.file_name}</span>
          </button>
        </>
      )}
      {replacing && full && <NewVersionForm document={full} onDone={() => setReplacing(false)} />}
    </li>
  );
}

function SlotUpload({ enrollmentId, kind, label, target }: { enrollmentId: string; kind: DocumentKind; label: string; target: SlotTarget }) {
  const [file, setFile] = useState<File | null>(null);
  // Uploaded: said until the record, read again, lists it.
  const [done, setDone] = useState<PortfolioDocument | null>(null);
  const upload = useUploadDocument(enrollmentId);
  const { problem, field, fail, invalid, clear } = useFormProblem(['file']);

  const submit = () => {
    if (!file) {
      invalid({ file: 'Choose the PDF to upload.' });
      return;
    }
    clear();
    upload.mutate(
      {
        kind,
        title: target.title,
        activity_date: target.activity_date,
        minutes: null,
        coaching_log_id: null,
        professional_learning_id: target.professional_learning_id ?? null,
        experience_id: target.experience_id ?? null,
        request_id: target.request_id ?? null,
        file,
      },
      { onSuccess: setDone, onError: fail },
    );
  };

  if (done) {
    return (
      <p role="status" className="muted">
        Uploaded “{done.file_name}”.
      </p>
    );
  }
  return (
    <RecordForm className="slot-upload" problem={problem} onSubmit={submit} submitLabel={`Upload ${label}`} pending={upload.isPending}>
      <FileDropZone
        name="file"
        label={`${label} (PDF)`}
        file={file}
        onFile={setFile}
        error={field('file')}
        disabled={upload.isPending}
      />
      <UploadProgress progress={upload.progress} />
    </RecordForm>
  );
}
