import { useState } from 'react';
import { Pager, QueryView } from '../../components/ui';
import { useApp, useProgramId } from '../../lib/context';
import { formatInstant } from '../../lib/labels';
import { useAuditLog } from './queries';

const PER_PAGE = 50;

function summarise(value: unknown): string {
  if (value === null || value === undefined) return '';
  const s = JSON.stringify(value);
  return s.length > 160 ? `${s.slice(0, 157)}…` : s;
}

export function Audit() {
  const programId = useProgramId();
  const [page, setPage] = useState(1);
  const query = useAuditLog(programId, page, PER_PAGE);
  const { can } = useApp();
  return (
    <>
      <h1>Audit log</h1>
      {!can('read_confidential_audit') && (
        <p className="muted">
          Entries about confidential records (coaching logs, ILPs, reflections, evidence and requests) are kept for the
          program&rsquo;s coordinators and director and are not listed here.
        </p>
      )}
      <QueryView query={query} what="Loading the audit log">
        {(data) => (
          <>
            <div className="table-wrap">
              <table className="audit">
                <thead>
                  <tr>
                    <th scope="col">When</th>
                    <th scope="col">Who</th>
                    <th scope="col">Action</th>
                    <th scope="col">Record</th>
                    <th scope="col">Change</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.length === 0 && (
                    <tr>
                      <td colSpan={5}>Nothing recorded yet.</td>
                    </tr>
                  )}
                  {data.items.map((a) => (
                    <tr key={a.id}>
                      <td>{formatInstant(a.at)}</td>
                      <td>{a.actor?.display_name ?? 'System'}</td>
                      <td>{a.action}</td>
                      <td>{a.entity}</td>
                      <td className="change">
                        {a.before !== null && a.before !== undefined && (
                          <div>
                            <span className="muted">before </span>
                            <code>{summarise(a.before)}</code>
                          </div>
                        )}
                        {a.after !== null && a.after !== undefined && (
                          <div>
                            <span className="muted">after </span>
                            <code>{summarise(a.after)}</code>
                          </div>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager page={data.page} perPage={data.per_page || PER_PAGE} total={data.total} onPage={setPage} label="Audit pages" />
          </>
        )}
      </QueryView>
    </>
  );
}
