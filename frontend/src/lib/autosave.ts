import { useEffect, useSyncExternalStore } from 'react';
import { isApiError } from '../api/problem';
import { rebase } from './draft';

/**
 * Autosave of a form onto an editable record: the first change creates the record, later ones
 * patch it with the version last read (If-Match), one request at a time. Nothing typed is lost:
 * the form is mirrored in (session) storage until the server has it, a reload resumes it, and a
 * 412 merges the user's edits onto the newer record (as `rebase` does) and saves again.
 */

export type SaveStatus =
  /** Nothing typed since the record was read. */
  | 'idle'
  /** Typed, waiting for the pause before saving (or for the Save button when not automatic). */
  | 'unsaved'
  | 'saving'
  | 'saved'
  | 'error';

export interface AutosaveState<R, D> {
  record: R | null;
  draft: D;
  status: SaveStatus;
  savedAt: Date | null;
  /** Why the last save failed (an ApiError or a network error), until a save succeeds. */
  error: unknown;
  /** Browser-side checks of the draft, keyed like the server's field names. */
  localErrors: Record<string, string>;
  /** Someone else's change arrived (412) and was merged into the form. */
  merged: boolean;
  /** The form was resumed from what the browser kept of an earlier visit. */
  restored: boolean;
}

/** What to send for the fields the user changed since the base, and which draft keys that covers. */
export interface Changes<D, F> {
  fields: F;
  sent: (keyof D)[];
  errors: Record<string, string>;
}

interface Versioned {
  id: string;
  version: number;
}

export interface AutosaveOptions<R extends Versioned, D extends object, F> {
  /** The stored record, or null for one not created yet. */
  record: R | null;
  /** The form of an empty record (used when `record` is null). */
  empty: D;
  toDraft: (record: R) => D;
  changes: (draft: D, base: D) => Changes<D, F>;
  create: (fields: F) => Promise<R>;
  update: (record: R, fields: F) => Promise<R>;
  /** Reads the record again, when a 412 did not carry the stored one. */
  load: (id: string) => Promise<R>;
  /** Milliseconds of quiet before saving. */
  delay?: number;
  /** Save on a pause in typing (true), or only on flush() (a Save button). */
  auto?: boolean;
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  /** Where the unsaved form is kept for a record (or for a new one, given null). */
  storageKey?: (record: R | null) => string;
  onCreated?: (record: R) => void;
  /**
   * Merges the user's draft onto a newer record's (412, reload): `rebase` field by field unless
   * the form holds lists that merge item by item (an ILP's action steps).
   */
  merge?: (draft: D, base: D, next: D) => D;
  now?: () => Date;
}

const MAX_CONFLICT_RETRIES = 3;

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The stored record a 412 problem carries as `current`, if any. */
export function conflictCurrent<R>(err: unknown): R | null {
  if (!isApiError(err) || !err.isConflict) return null;
  const current = (err.problem as { current?: unknown }).current;
  return current && typeof current === 'object' ? (current as R) : null;
}

/** Unsaved forms live per tab, like the session: gone when a shared computer's tab closes. */
export function sessionFormStorage(): Storage | null {
  try {
    return typeof window !== 'undefined' ? window.sessionStorage : null;
  } catch {
    return null;
  }
}

export class Autosave<R extends Versioned, D extends object, F> {
  private state: AutosaveState<R, D>;
  /** The form as the server has it: what the last save sent, or the record as read. */
  private base: D;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inflight: Promise<void> | null = null;
  private again = false;
  private readonly listeners = new Set<() => void>();
  private readonly opts: AutosaveOptions<R, D, F>;
  private users = 0;

  constructor(opts: AutosaveOptions<R, D, F>) {
    this.opts = opts;
    const base = opts.record ? opts.toDraft(opts.record) : opts.empty;
    let draft = base;
    let restored = false;
    const kept = this.readKept(opts.record);
    if (kept) {
      draft = this.merge(kept.draft, kept.base, base);
      restored = !same(draft, base);
    }
    this.base = base;
    this.state = {
      record: opts.record,
      draft,
      status: restored ? 'unsaved' : 'idle',
      savedAt: null,
      error: null,
      localErrors: {},
      merged: false,
      restored,
    };
  }

  get auto(): boolean {
    return this.opts.auto ?? true;
  }

  getState = (): AutosaveState<R, D> => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** A screen starts showing the form (saves what was resumed from storage). */
  start(): void {
    this.users += 1;
    if (this.state.status === 'unsaved' && this.auto) this.schedule();
  }

  /** A screen stops showing it: what is pending is saved now rather than dropped. */
  stop(): void {
    this.users = Math.max(0, this.users - 1);
    if (this.users === 0 && this.timer !== null) {
      this.clearTimer();
      void this.run();
    }
  }

  /** Whether a screen shows the form. */
  get shown(): boolean {
    return this.users > 0;
  }

  get inUse(): boolean {
    return this.users > 0 || this.inflight !== null;
  }

  /** Change the form; saves after a pause when automatic. */
  edit(update: D | ((draft: D) => D)): void {
    const draft = typeof update === 'function' ? (update as (d: D) => D)(this.state.draft) : update;
    if (same(draft, this.state.draft)) return;
    this.set({ draft, status: this.inflight ? this.state.status : 'unsaved', merged: false });
    this.keep();
    if (this.auto) this.schedule();
  }

  /** Save now (before submitting, or from a Save button); resolves when nothing is in flight. */
  async flush(): Promise<void> {
    this.clearTimer();
    await this.run();
    // An edit made while saving is saved too before the caller goes on.
    if (this.inflight) await this.inflight;
  }

  /** Saves what the form holds, for an action that needs it stored; a refused save is thrown. */
  async saved(): Promise<R | null> {
    await this.flush();
    const s = this.state;
    if (s.status === 'error') throw s.error ?? new Error('Correct the fields marked below first.');
    return s.record;
  }

  /** Reads the stored record again (an action was refused as stale), keeping what was typed. */
  async reload(): Promise<void> {
    const id = this.state.record?.id;
    if (id) this.replaceRecord(await this.opts.load(id));
  }

  /** Whether the form holds changes the server does not have yet. */
  get dirty(): boolean {
    return this.opts.changes(this.state.draft, this.base).sent.length > 0;
  }

  /** Take a record the server returned from another action (submit, acknowledge, return…). */
  replaceRecord(record: R): void {
    const next = this.opts.toDraft(record);
    const draft = this.merge(this.state.draft, this.base, next);
    this.base = next;
    this.set({ record, draft });
    this.keep();
  }

  /** Forget what the browser kept (the record was deleted or is done with). */
  discard(): void {
    this.clearTimer();
    const { storage, storageKey } = this.opts;
    if (storage && storageKey) {
      try {
        storage.removeItem(storageKey(this.state.record));
      } catch {
        // nothing kept
      }
    }
  }

  private merge(draft: D, base: D, next: D): D {
    return (this.opts.merge ?? rebase)(draft, base, next);
  }

  private set(patch: Partial<AutosaveState<R, D>>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  private schedule(): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.run();
    }, this.opts.delay ?? 800);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private run(): Promise<void> {
    if (this.inflight) {
      this.again = true;
      return this.inflight;
    }
    this.inflight = this.saveLoop().finally(() => {
      this.inflight = null;
    });
    return this.inflight;
  }

  private async saveLoop(): Promise<void> {
    const { changes, create, update, toDraft, load, onCreated } = this.opts;
    let conflicts = 0;
    for (;;) {
      this.again = false;
      const snapshot = this.state.draft;
      const { fields, sent, errors } = changes(snapshot, this.base);
      if (sent.length === 0) {
        // Nothing the server lacks (perhaps only what the browser refuses, e.g. "1.5" minutes).
        const hasErrors = Object.keys(errors).length > 0;
        this.set({
          localErrors: errors,
          status: hasErrors ? 'error' : this.state.savedAt ? 'saved' : 'idle',
          error: hasErrors ? this.state.error : null,
        });
        if (!hasErrors) this.forget();
        return;
      }
      this.set({ status: 'saving', localErrors: errors });
      const before = this.state.record;
      try {
        const record = before ? await update(before, fields) : await create(fields);
        const base = { ...this.base };
        for (const key of sent) base[key] = snapshot[key];
        this.base = base;
        if (!before) this.forget(null);
        this.set({
          record,
          status: Object.keys(errors).length ? 'error' : same(this.state.draft, this.base) ? 'saved' : 'unsaved',
          savedAt: (this.opts.now ?? (() => new Date()))(),
          error: null,
        });
        if (!before) onCreated?.(record);
        if (same(this.state.draft, this.base)) this.forget();
        else this.keep();
      } catch (err) {
        if (before && isApiError(err) && err.isConflict && conflicts < MAX_CONFLICT_RETRIES) {
          conflicts += 1;
          let current = conflictCurrent<R>(err);
          try {
            current ??= await load(before.id);
          } catch (loadErr) {
            this.set({ status: 'error', error: loadErr });
            return;
          }
          const next = toDraft(current);
          const draft = this.merge(this.state.draft, this.base, next);
          this.base = next;
          this.set({ record: current, draft, merged: true });
          this.keep();
          continue;
        }
        this.set({ status: 'error', error: err });
        return;
      }
      if (!this.again) return;
    }
  }

  private readKept(record: R | null): { base: D; draft: D } | null {
    const { storage, storageKey } = this.opts;
    if (!storage || !storageKey) return null;
    try {
      const raw = storage.getItem(storageKey(record));
      const kept = raw ? (JSON.parse(raw) as { base?: D; draft?: D }) : null;
      return kept && kept.base && kept.draft ? { base: kept.base, draft: kept.draft } : null;
    } catch {
      return null;
    }
  }

  /** Mirror the form in storage, so a reload (or a crash) resumes it. */
  private keep(): void {
    const { storage, storageKey } = this.opts;
    if (!storage || !storageKey) return;
    try {
      storage.setItem(storageKey(this.state.record), JSON.stringify({ base: this.base, draft: this.state.draft }));
    } catch {
      // storage full or disabled: the server copy is the only one
    }
  }

  private forget(record: R | null = this.state.record): void {
    const { storage, storageKey } = this.opts;
    if (!storage || !storageKey) return;
    try {
      storage.removeItem(storageKey(record));
    } catch {
      // nothing kept
    }
  }
}

/** Render from an autosave queue; the queue saves what is pending when the screen goes. */
export function useAutosave<R extends Versioned, D extends object, F>(queue: Autosave<R, D, F>): AutosaveState<R, D> {
  useEffect(() => {
    queue.start();
    return () => queue.stop();
  }, [queue]);
  return useSyncExternalStore(queue.subscribe, queue.getState);
}
