import type { DocumentKind, ProgramRequest } from '../../api/types';
import { todayIso } from '../../lib/labels';
import { AttachedFileLink } from '../documents/AttachedFileLink';
import { AttachmentSlot } from '../documents/AttachmentSlot';
import { KIND_LABELS as DOCUMENT_KIND_LABELS } from '../documents/documentLabels';
import { FORM_TITLES } from './requestLabels';

/** The documents a request takes, in the handbook's words; the waiver itself only on a doctoral waiver. */
function slotsFor(request: ProgramRequest): { kind: DocumentKind; label: string; hint: string; repeatable?: boolean }[] {
  return [
    { kind: 'request_form', label: 'Signed request form', hint: 'The handbook’s form, signed, when it was filled in on paper.' },
    ...(request.kind === 'doctoral_waiver'
      ? [{ kind: 'doctoral_waiver' as const, label: 'Doctoral waiver', hint: 'The waiver, once all necessary parties approve it.' }]
      : []),
    {
      kind: 'other',
      label: 'Additional pages',
      hint: 'E.g. more pages of the description, transcripts, a course catalogue; as many as needed.',
      repeatable: true,
    },
  ];
}

/**
 * The PDFs attached to the request; for those its `can.attach` allows (the candidate and the
 * coordinators, until it is closed), a place to upload each kind it takes.
 */
export function RequestDocuments({ request: r }: { request: ProgramRequest }) {
  return (
    <section aria-labelledby="request-documents">
      <h2 id="request-documents">Documents</h2>
      {r.can.attach ? (
        <div className="attachment-slots">
          {slotsFor(r).map((slot) => (
            <AttachmentSlot
              key={slot.kind}
              enrollmentId={r.enrollment_id}
              kind={slot.kind}
              label={slot.label}
              hint={slot.hint}
              attached={r.documents.filter((d) => d.kind === slot.kind)}
              missing={false}
              canUpload
              repeatable={slot.repeatable}
              // The upload's name and date: the form's title, the day it was submitted.
              target={{ title: FORM_TITLES[r.kind], activity_date: todayIso(new Date(r.submitted_at)), request_id: r.id }}
            />
          ))}
        </div>
      ) : r.documents.length === 0 ? (
        <p className="muted">No documents attached.</p>
      ) : (
        <ul className="attached-files">
          {r.documents.map((d) => (
            <li key={d.id}>
              {DOCUMENT_KIND_LABELS[d.kind]}: <AttachedFileLink document={d} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
