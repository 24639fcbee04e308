import { Link } from 'react-router';
import { QueryView, StatusBadge } from '../../components/ui';
import { formatInstant } from '../../lib/labels';
import { useStandards } from '../standards/queries';
import { ILP_STATUS_LABELS, attainedSteps, ilpTitle, standardName } from './ilpFields';
import { useEnrollmentIlps } from './queries';

/** A candidate's plans, by program year, with how far each has come. */
export function IlpList({ enrollmentId }: { enrollmentId: string }) {
  const query = useEnrollmentIlps(enrollmentId);
  const standards = useStandards().data ?? [];
  return (
    <QueryView query={query} what="Loading the ILPs">
      {(ilps) =>
        ilps.length === 0 ? (
          <p>No ILPs yet.</p>
        ) : (
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">ILPs</caption>
              <thead>
                <tr>
                  <th scope="col">Focus</th>
                  <th scope="col">Program year</th>
                  <th scope="col">Status</th>
                  <th scope="col">Standards</th>
                  <th scope="col">Action steps attained</th>
                  <th scope="col">Last changed by</th>
                </tr>
              </thead>
              <tbody>
                {ilps.map((ilp) => {
                  // A draft its writers may change opens in the form; any other plan read-only.
                  const editable = ilp.status === 'draft' && ilp.can.edit;
                  return (
                    <tr key={ilp.id}>
                      <th scope="row">
                        <Link to={editable ? `/ilps/${ilp.id}/edit` : `/ilps/${ilp.id}`}>{ilpTitle(ilp)}</Link>
                      </th>
                      <td>Year {ilp.program_year}</td>
                      <td>
                        <StatusBadge status={`ilp-${ilp.status}`} label={ILP_STATUS_LABELS[ilp.status]} />
                      </td>
                      <td title={ilp.standards.map((n) => standardName(n, standards)).join('; ')}>
                        {ilp.standards.join(', ') || '—'}
                      </td>
                      <td>
                        {attainedSteps(ilp)} of {ilp.steps.length}
                      </td>
                      <td>
                        {ilp.updated_by.display_name}
                        <div className="muted">{formatInstant(ilp.updated_at)}</div>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )
      }
    </QueryView>
  );
}
