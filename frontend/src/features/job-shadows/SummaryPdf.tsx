import type { Experience } from '../../api/types';
import { AttachmentSlot } from '../documents/AttachmentSlot';
import { useEnrollment } from '../enrollments/queries';
import { SUMMARY_KINDS, experienceTitle } from './experienceFields';
import { useExperience } from './queries';

/** The optional PDF of the one-page summary, uploaded beside the form (drag and drop, with progress). */
export function SummaryPdf({ experience: given }: { experience: Experience }) {
  // Uploads do not change the record's version: its PDFs are read again after each.
  const e = useExperience(given.id).data ?? given;
  const enrollment = useEnrollment(e.enrollment_id).data;
  const kind = SUMMARY_KINDS[e.kind];
  return (
    <div className="attachment-slots">
      <AttachmentSlot
        enrollmentId={e.enrollment_id}
        kind={kind}
        label="One-page summary"
        hint="Optional: the summary as a PDF, e.g. the print view saved as PDF or a signed scan."
        attached={e.documents.filter((d) => d.kind === kind)}
        missing={false}
        canUpload={!!enrollment?.can.upload_document}
        target={{ title: experienceTitle(e), activity_date: e.activity_date, experience_id: e.id }}
      />
    </div>
  );
}
