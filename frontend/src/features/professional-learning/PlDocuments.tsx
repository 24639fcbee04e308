import type { ProfessionalLearning } from '../../api/types';
import { AttachmentSlot } from '../documents/AttachmentSlot';
import { useEnrollment } from '../enrollments/queries';
import { PL_DOCUMENTS, pdfsText } from './plLabels';
import { usePl } from './queries';

/**
 * The three PDFs that validate an alternative PL: each attached (a link to it) or missing (a drop
 * zone to upload it, for those who may add to the e-portfolio, until the PL is approved). It is
 * submitted with all three (one submitted before that rule is approved once they are here).
 */
export function PlDocuments({ pl: given }: { pl: ProfessionalLearning }) {
  // Uploads do not change the record's version: its PDFs are read again after each.
  const pl = usePl(given.id).data ?? given;
  const enrollment = useEnrollment(pl.enrollment_id).data;
  const canUpload = !!enrollment?.can.upload_document && pl.status !== 'approved';
  return (
    <section aria-labelledby="pl-documents" className="pl-documents">
      <h2 id="pl-documents">PDFs</h2>
      <p className={pl.missing_documents.length ? 'warn' : undefined}>
        {pdfsText(pl)}
        {pl.missing_documents.length > 0 && pl.status !== 'approved' && (pl.status === 'draft' || pl.status === 'denied' ? ' — it is submitted once all three are here.' : ' — a coordinator approves it once all three are here.')}
      </p>
      <div className="attachment-slots">
        {PL_DOCUMENTS.map((d) => (
          <AttachmentSlot
            key={d.kind}
            enrollmentId={pl.enrollment_id}
            kind={d.kind}
            label={d.label}
            hint={d.hint}
            attached={pl.documents.filter((a) => a.kind === d.kind)}
            missing={pl.missing_documents.includes(d.kind)}
            canUpload={canUpload}
            target={{ title: pl.title, activity_date: pl.activity_date, professional_learning_id: pl.id }}
          />
        ))}
      </div>
    </section>
  );
}
