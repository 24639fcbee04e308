import { Link, useParams } from 'react-router';
import type { Enrollment, Growth as GrowthData, Standard } from '../../api/types';
import { QueryView } from '../../components/ui';
import { useEnrollment } from '../enrollments/queries';
import { useStandards } from '../standards/queries';
import { formatChange, formatTenths, inOrder, standardChange, tenthsOn } from './growth';
import { ElementGrowthTable } from './ElementGrowthTable';
import { GrowthChart } from './GrowthChart';
import { useGrowth } from './queries';
import { TERM_LABELS } from './ratingScale';
import './reflections.css';
import { useIsCandidate } from './useIsCandidate';

/** `/enrollments/:id/growth`: the submitted terms side by side, for coach and candidate to talk over. */
export function Growth() {
  const { id = '' } = useParams();
  const enrollment = useEnrollment(id);
  return (
    <QueryView query={enrollment} what="Loading the candidate">
      {(e) => <GrowthPage enrollment={e} />}
    </QueryView>
  );
}

function GrowthPage({ enrollment: e }: { enrollment: Enrollment }) {
  const own = useIsCandidate(e.candidate.id);
  const growth = useGrowth(e.id);
  const standards = useStandards();
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/enrollments/${e.id}/reflections`}>{own ? 'My reflections' : `Reflections of ${e.candidate.display_name}`}</Link>{' '}
        / Growth
      </p>
      <h1>{own ? 'My growth' : `Growth of ${e.candidate.display_name}`}</h1>
      <QueryView query={growth} what="Loading the growth">
        {(g) =>
          g.terms.length === 0 ? (
            <p>No reflection is submitted yet: growth shows once the initial reflection is submitted.</p>
          ) : (
            <GrowthView growth={g} standards={standards.data ?? []} />
          )
        }
      </QueryView>
    </>
  );
}

function GrowthView({ growth: g, standards }: { growth: GrowthData; standards: Standard[] }) {
  const terms = inOrder(g.terms);
  const titleOf = (code: string) => standards.flatMap((s) => s.elements).find((el) => el.code === code)?.title ?? '';
  const belowTitles = g.below_meets.map((c) => `${c} ${titleOf(c)}`.trim());
  return (
    <>
      <p className="muted">
        Submitted terms compared: {terms.map((t) => TERM_LABELS[t]).join(', ')}. The expectation is every element at “meets”
        (3) or above on the ending reflection.
      </p>
      {belowTitles.length > 0 && (
        <p>
          <strong>Below “meets” on the latest term ({belowTitles.length}):</strong> {belowTitles.join('; ')}.
        </p>
      )}
      <GrowthChart standards={g.standards} terms={terms} />
      <section aria-labelledby="by-standard">
        <h2 id="by-standard">By standard (mean level)</h2>
        <div className="table-wrap">
          <table className="growth-table">
            <thead>
              <tr>
                <th scope="col">Standard</th>
                {terms.map((t) => (
                  <th key={t} scope="col" className="num">
                    {TERM_LABELS[t]}
                  </th>
                ))}
                <th scope="col" className="num">
                  Change
                </th>
              </tr>
            </thead>
            <tbody>
              {g.standards.map((s) => (
                <tr key={s.standard}>
                  <th scope="row">
                    {s.standard}. {standards.find((x) => x.number === s.standard)?.title ?? ''}
                  </th>
                  {terms.map((t) => (
                    <td key={t} className="num">
                      {formatTenths(tenthsOn(s, t))}
                    </td>
                  ))}
                  <td className="num">{formatChange(standardChange(s, terms), true)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="by-element">
        <h2 id="by-element">By element</h2>
        <ElementGrowthTable elements={g.elements} terms={terms} titleOf={titleOf} />
      </section>
    </>
  );
}
