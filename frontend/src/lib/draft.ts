import { useCallback, useState } from 'react';

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function equal(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Three-way merge of a form draft onto a newer version of its record: what the user changed
 * (draft differs from the base it started from) is kept; everything else takes the new value.
 */
export function rebase<T>(draft: T, base: T, next: T): T {
  if (isPlainObject(draft) && isPlainObject(base) && isPlainObject(next)) {
    const out: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(next), ...Object.keys(draft)])) {
      out[key] = key in next ? rebase(draft[key], base[key], next[key]) : draft[key];
    }
    return out as T;
  }
  return equal(draft, base) ? next : draft;
}

/**
 * Form state for an editable record. When a newer version of the record arrives (a reload after
 * a 412, or someone else's save), the user's edits are kept and the untouched fields follow
 * the record.
 */
export function useRecordDraft<R extends { version: number }, D>(record: R, toDraft: (r: R) => D) {
  const [state, setState] = useState(() => {
    const base = toDraft(record);
    return { version: record.version, base, draft: base };
  });
  if (state.version !== record.version) {
    // Adjusting state to a changed prop during render, as React recommends over an effect.
    const next = toDraft(record);
    setState({ version: record.version, base: next, draft: rebase(state.draft, state.base, next) });
  }
  const setDraft = useCallback((update: D | ((d: D) => D)) => {
    setState((s) => ({ ...s, draft: typeof update === 'function' ? (update as (d: D) => D)(s.draft) : update }));
  }, []);
  return [state.draft, setDraft] as const;
}
