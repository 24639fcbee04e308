import type { ReactNode } from 'react';
import { isApiError } from '../../api/problem';
import { QueryView } from '../../components/ui';

/** The server refused the reader this part (403), or does not show it to them (404). */
export function refused(err: unknown): boolean {
  return isApiError(err) && (err.status === 403 || err.status === 404);
}

/**
 * One part of a page that loads on its own: a part refused to the reader says so in its place
 * ("Not yours to see") rather than as an error of the page; other failures as QueryView shows them.
 */
export function PartView<T>({
  query,
  what,
  children,
}: {
  query: { data: T | undefined; error: unknown; isPending: boolean; refetch: () => unknown };
  what: string;
  children: (data: T) => ReactNode;
}) {
  if (refused(query.error)) return <p className="muted not-yours">Not yours to see.</p>;
  return (
    <QueryView query={query} what={what}>
      {children}
    </QueryView>
  );
}
