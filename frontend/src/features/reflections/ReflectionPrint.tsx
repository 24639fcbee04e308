import { Link, useParams } from 'react-router';
import type { Reflection } from '../../api/types';
import { QueryView } from '../../components/ui';
import { useApp } from '../../lib/context';
import { formatDate, formatInstant } from '../../lib/labels';
import { useStandards } from '../standards/queries';
import { useReflection } from './queries';
import { TERM_LABELS, TERM_STATUS_LABELS } from './ratingScale';
import { progressText } from './reflectionForm';
import './reflections.css';
import { ReflectionSheet } from './ReflectionSheet';
import { ScaleLegend } from './ScaleLegend';

/** `/reflections/:id/print`: the reflection on paper, laid out like the handbook's form. */
export function ReflectionPrint() {
  const { id = '' } = useParams();
  const query = useReflection(id);
  return <QueryView query={query} what="Loading the reflection">{(r) => <PrintSheet reflection={r} />}</QueryView>;
}

function PrintSheet({ reflection: r }: { reflection: Reflection }) {
  const { programName } = useApp();
  const standards = useStandards();
  return (
    <article className="print-sheet">
      <div className="no-print actions">
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
        <Link to={`/reflections/${r.id}`}>Back to the reflection</Link>
      </div>
      <header className="print-head">
        {programName && <p className="muted">{programName}</p>}
        <h1>Reflection Assessment: Descriptions of Practice</h1>
      </header>
      <dl className="facts">
        <dt>Candidate</dt>
        <dd>{r.candidate.display_name}</dd>
        <dt>Term</dt>
        <dd>{TERM_LABELS[r.term]}</dd>
        <dt>Status</dt>
        <dd>{TERM_STATUS_LABELS[r.status] ?? r.status}</dd>
        <dt>Due</dt>
        <dd>{formatDate(r.due_date)}</dd>
        <dt>Submitted</dt>
        <dd>{r.submitted_at ? formatInstant(r.submitted_at) : 'Not submitted yet'}</dd>
        <dt>Complete</dt>
        <dd>{progressText(r.complete_elements, r.element_count, r.percent_complete)}</dd>
      </dl>
      <ScaleLegend />
      <ReflectionSheet reflection={r} standards={standards.data ?? []} />
    </article>
  );
}
