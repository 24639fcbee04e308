import { minutesToHours } from '../../lib/units';
import type { DocumentKind } from '../../api/types';

/** The document types in the order the e-portfolio lists them, with the handbook's names. */
export const KIND_LABELS: Record<DocumentKind, string> = {
  coaching_log: 'Coaching log',
  pl_reflection: 'PL reflection form',
  pl_agenda: 'PL agenda',
  pl_sign_in_sheet: 'PL sign-in sheet',
  job_shadow_summary: 'Job shadow summary',
  school_visit_summary: 'School visit summary',
  application_to_practice: 'Application to Practice',
  employment_verification: 'Employment verification letter',
  enrollment_form: 'Enrollment form',
  participation_agreement: 'Participation agreement',
  doctoral_waiver: 'Doctoral waiver',
  request_form: 'Request form',
  other: 'Other',
};

export const DOCUMENT_KINDS = Object.keys(KIND_LABELS) as DocumentKind[];

/** Professional learning documents: the ones that carry PL hours (the handbook's hours dropdown). */
export const PL_KINDS: readonly DocumentKind[] = ['pl_reflection', 'pl_agenda', 'pl_sign_in_sheet'];

export function isPlKind(kind: DocumentKind | ''): boolean {
  return kind !== '' && PL_KINDS.includes(kind);
}

/** The most PL hours one document may claim in the dropdown. */
export const MAX_PL_MINUTES = 8 * 60;

/** The hours dropdown: half-hour steps up to 8 hours, as minutes ("30" → "0.5 h"). */
export function hoursOptions(max = MAX_PL_MINUTES): { value: string; label: string }[] {
  const out: { value: string; label: string }[] = [];
  for (let m = 30; m <= max; m += 30) out.push({ value: String(m), label: `${minutesToHours(m)} h` });
  return out;
}

/** 20971520 → "20 MB"; 1536 → "1.5 KB"; 300 → "300 bytes". */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return bytes === 1 ? '1 byte' : `${bytes} bytes`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const rounded = value >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
  return `${rounded} ${units[unit]}`;
}

/** The handbook's file name, used when the server does not name the file: "2016-07-18.Equity in education.PL sign-in sheet.pdf". */
export function handbookFileName(doc: { activity_date: string; title: string; kind: DocumentKind }): string {
  return `${doc.activity_date}.${doc.title}.${KIND_LABELS[doc.kind] ?? doc.kind}`;
}

/** Whether a picked or dropped file looks like a PDF (the server judges its content). */
export function looksLikePdf(file: { name: string; type: string }): boolean {
  return file.type === 'application/pdf' || /\.pdf$/i.test(file.name);
}
