import type { Roster } from '../../api/types';
import { formatDate } from '../../lib/labels';

/** The roster's candidates as the credential office needs them; scrolls in its own box on a phone. */
export function RosterTable({ roster }: { roster: Roster }) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label="Candidates on the roster">
      <table>
        <thead>
          <tr>
            <th scope="col">Candidate</th>
            <th scope="col">Email</th>
            <th scope="col">Credential number</th>
            <th scope="col">District</th>
            <th scope="col">Cohort</th>
            <th scope="col">Completed on</th>
          </tr>
        </thead>
        <tbody>
          {roster.candidates.map((c) => (
            <tr key={c.enrollment_id}>
              <th scope="row">{c.candidate.display_name}</th>
              <td>{c.candidate.email}</td>
              <td>{c.credential_number ?? '—'}</td>
              <td>{c.district_name}</td>
              <td>{c.cohort_label}</td>
              <td>{formatDate(c.completed_on)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
