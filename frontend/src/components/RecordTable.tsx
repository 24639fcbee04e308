import type { ReactNode } from 'react';

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
}

interface RecordTableProps<T extends { id: string }> {
  rows: T[];
  /** The first column names the record: its cells are row headers for screen readers. */
  columns: [Column<T>, ...Column<T>[]];
  /** The buttons at the end of each row; without it there is no Actions column. */
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
            {action && (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={columns.length + (action ? 1 : 0)}>{empty}</td>
            </tr>
          )}
          {rows.map((row) => (
            <tr key={row.id} className={rowClassName?.(row)}>
              <th scope="row">{first.cell(row)}</th>
              {rest.map((c) => (
                <td key={c.header}>{c.cell(row)}</td>
              ))}
              {action && <td className={actionClassName}>{action(row)}</td>}
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
