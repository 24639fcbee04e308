import type { Experience } from '../../api/types';
import { formatDate } from '../../lib/labels';
import { formatMinutes } from '../../lib/units';
import { EXPERIENCE_FIELDS, type ExperienceFieldSpec } from './experienceFields';

/** An answer as the one-page form shows it. */
export function answerText(e: Experience, f: ExperienceFieldSpec): string {
  switch (f.key) {
    case 'activity_date':
      return formatDate(e.activity_date);
    case 'minutes':
      return e.minutes === null || e.minutes === undefined ? '' : formatMinutes(e.minutes);
    case 'would_recommend':
      return e.form.would_recommend === null || e.form.would_recommend === undefined ? '' : e.form.would_recommend ? 'Yes' : 'No';
    default:
      return e.form[f.key];
  }
}

/**
 * A job shadow or visit laid out like the handbook's one-page form, read-only: boxes of three
 * across for the short answers, the questions across the page.
 */
export function ExperienceSheet({ experience: e }: { experience: Experience }) {
  return (
    <dl className="handbook-form">
      <div className="span-1">
        <dt>CASC candidate</dt>
        <dd>{e.candidate.display_name}</dd>
      </div>
      {EXPERIENCE_FIELDS[e.kind].map((f) => {
        const text = answerText(e, f);
        return (
          <div key={f.key} className={`span-${f.span}`}>
            <dt>{f.label}</dt>
            <dd>{text ? <span className="prose">{text}</span> : <span className="muted">—</span>}</dd>
          </div>
        );
      })}
    </dl>
  );
}
