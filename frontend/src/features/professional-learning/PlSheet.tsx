import { Link } from 'react-router';
import type { ProfessionalLearning } from '../../api/types';
import { formatDate } from '../../lib/labels';
import { formatMinutes } from '../../lib/units';
import { ilpTitle } from '../ilps/ilpFields';
import { useEnrollmentIlps } from '../ilps/queries';
import { useStandards } from '../standards/queries';
import { PL_FIELDS } from './plFields';
import { placementText } from './plLabels';

/** The PL reflection form read-only, as the handbook lays it out: each question and its answer. */
export function PlSheet({ pl }: { pl: ProfessionalLearning }) {
  const standards = useStandards().data ?? [];
  const ilps = useEnrollmentIlps(pl.enrollment_id).data;
  const ilp = pl.ilp_id ? ilps?.find((i) => i.id === pl.ilp_id) : undefined;
  const standardText =
    pl.reflection.standards
      .map((n) => {
        const s = standards.find((x) => x.number === n);
        return s ? `${n} — ${s.title}` : String(n);
      })
      .join('; ') || '—';
  return (
    <div className="pl-sheet">
      <dl className="facts">
        <dt>CASC candidate</dt>
        <dd>{pl.candidate.display_name}</dd>
        <dt>{PL_FIELDS.title.label}</dt>
        <dd>{pl.title}</dd>
        <dt>{PL_FIELDS.activity_date.label}</dt>
        <dd>{formatDate(pl.activity_date)}</dd>
        <dt>{PL_FIELDS.minutes.label}</dt>
        <dd>{formatMinutes(pl.minutes)}</dd>
        <dt>{PL_FIELDS.ilp_id.label}</dt>
        <dd>{pl.ilp_id ? <Link to={`/ilps/${pl.ilp_id}`}>{ilp ? ilpTitle(ilp) : 'The related ILP'}</Link> : '—'}</dd>
        <dt>{PL_FIELDS.standards.label}</dt>
        <dd>{standardText}</dd>
        <dt>{PL_FIELDS.placement_before.label}</dt>
        <dd>{placementText(pl.reflection.placement_before)}</dd>
        <dt>{PL_FIELDS.placement_after.label}</dt>
        <dd>{placementText(pl.reflection.placement_after)}</dd>
      </dl>
      <section className="pl-answer" aria-labelledby={`pl-summary-${pl.id}`}>
        <h3 id={`pl-summary-${pl.id}`}>{PL_FIELDS.summary.label}</h3>
        {pl.reflection.summary ? <p className="prose">{pl.reflection.summary}</p> : <p className="muted">—</p>}
      </section>
    </div>
  );
}
