import type { UserRef } from '../api/types';
import { formatInstant } from '../lib/labels';

/** An earlier version of a record, as the API's revision lists give it. */
export interface Revision<R> {
  id: string;
  version: number;
  at: string;
  by: UserRef;
  action: string;
  changed_fields: string[];
  before: R;
}

/** One line of a revision: a field (or a part of one) as it read before and after. */
export interface FieldChange {
  label: string;
  before: string;
  after: string;
}

interface Props<R> {
  revisions: Revision<R>[];
  /** The record as it reads now: what the newest revision became. */
  current: R;
  /** The actions' names ("edited" → "Edited"). */
  actions: Record<string, string>;
  /** What a revision changed, from the record as it read before to as it read after. */
  changes: (revision: Revision<R>, after: R) => FieldChange[];
  /** Said when there are no revisions. */
  empty: string;
}

/** Who changed a record, when, and what each changed field read before and after, newest first. */
export function RevisionTable<R>({ revisions, current, actions, changes, empty }: Props<R>) {
  if (revisions.length === 0) return <p>{empty}</p>;
  const ordered = [...revisions].sort((a, b) => a.version - b.version);
  const rows = ordered.map((r, i) => ({ r, lines: changes(r, ordered[i + 1]?.before ?? current) })).reverse();
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Changes</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ r, lines }) => (
            <tr key={r.id}>
              <td>{formatInstant(r.at)}</td>
              <td>{r.by.display_name}</td>
              <td>
                {actions[r.action] ?? r.action}
                <div className="muted">version {r.version}</div>
              </td>
              <td>
                {lines.length === 0 ? (
                  <span className="muted">—</span>
                ) : (
                  <ul className="changes">
                    {lines.map((c, i) => (
                      <li key={i}>
                        <strong>{c.label}</strong>: <span className="before">{c.before}</span> →{' '}
                        <span className="after">{c.after}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
