import { useSearchParams } from 'react-router';

/**
 * List filters kept in the address's query string, so a reload or a shared link shows the same
 * list; an empty value removes its parameter.
 */
export function useUrlFilters() {
  const [params, setParams] = useSearchParams();
  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };
  return [params, update] as const;
}

/** `path` with a filter's set values as its query string, e.g. a report's CSV with the report's filters. */
export function withQuery(path: string, filter: object): string {
  const query = new URLSearchParams(
    Object.entries(filter).flatMap(([k, v]) => (v === undefined || v === '' ? [] : [[k, String(v)]])),
  ).toString();
  return query ? `${path}?${query}` : path;
}
