import { Link, useParams } from 'react-router';
import type { Experience } from '../../api/types';
import { QueryView } from '../../components/ui';
import { useApp } from '../../lib/context';
import { formatInstant } from '../../lib/labels';
import { EXPERIENCE_FORM_TITLES } from './experienceFields';
import { ExperienceSheet } from './ExperienceSheet';
import { useExperience } from './queries';
import './experiences.css';

/** `/job-shadows-and-visits/:id/print`: the handbook's one-page form on paper. */
export function ExperiencePrint() {
  const { id = '' } = useParams();
  const query = useExperience(id);
  return <QueryView query={query} what="Loading the job shadow or visit">{(e) => <PrintSheet experience={e} />}</QueryView>;
}

function PrintSheet({ experience: e }: { experience: Experience }) {
  const { programName } = useApp();
  return (
    <article className="print-sheet experience-print" aria-labelledby="experience-print-title">
      <div className="no-print actions">
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
        <Link to={`/job-shadows-and-visits/${e.id}`}>Back to the form</Link>
      </div>
      <header className="print-head">
        {programName && <p className="muted">{programName}</p>}
        <p className="print-kicker">Clear Administrative Services Credential</p>
        <h1 id="experience-print-title">{EXPERIENCE_FORM_TITLES[e.kind]}</h1>
      </header>
      <ExperienceSheet experience={e} />
      <p className="muted">
        {e.status === 'submitted' && e.submitted_at
          ? `Submitted by ${e.candidate.display_name} at ${formatInstant(e.submitted_at)}.`
          : 'A draft, not submitted yet.'}
      </p>
    </article>
  );
}
