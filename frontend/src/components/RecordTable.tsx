import type { ReactNode } from 'react';

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
}

interface RecordTableProps<T extends { id: string }> {
  rows: T[];
  /** The first column names the record: its cells are row headers for screen readers. */
  columns: [Column<T>, ...Column<T>[]];
  /**
   * The buttons at the end of each row, for what the caller may do with that record; when no row
   * has any, there is no Actions column.
   */
  action?: (row: T) => ReactNode;
  actionClassName?: string;
  rowClassName?: (row: T) => string | undefined;
  /** What to say when there are no rows. */
  empty: ReactNode;
  /**
   * Say it in a row of the table rather than in place of it: a searched list keeps its
   * headers, so that "nothing matches" reads as the answer to the search.
   */
  emptyInTable?: boolean;
}

/** A list of records, one row each, as the management pages show them. */
export function RecordTable<T extends { id: string }>({
  rows,
  columns,
  action,
  actionClassName,
  rowClassName,
  empty,
  emptyInTable,
}: RecordTableProps<T>) {
  if (rows.length === 0 && !emptyInTable) return <p>{empty}</p>;
  const [first, ...rest] = columns;
  const actions = rows.map((row) => action?.(row) || null);
  const withActions = actions.some((a) => a !== null);
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.header} scope="col">
                {c.header}
              </th>
            ))}
            {withActions && (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={columns.length}>{empty}</td>
            </tr>
          )}
          {rows.map((row, i) => (
            <tr key={row.id} className={rowClassName?.(row)}>
              <th scope="row">{first.cell(row)}</th>
              {rest.map((c) => (
                <td key={c.header}>{c.cell(row)}</td>
              ))}
              {withActions && <td className={actionClassName}>{actions[i]}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A row's Edit button; the label names the record, as every row has a button called "Edit". */
export function EditButton({ name, onClick }: { name: string; onClick: () => void }) {
  return (
    <button type="button" className="secondary" aria-label={`Edit ${name}`} onClick={onClick}>
      Edit
    </button>
  );
}
