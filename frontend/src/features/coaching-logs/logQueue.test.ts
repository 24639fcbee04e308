import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../api';
import type { CoachingLog } from '../../api/types';
import { coordinator, jsonResponse } from '../../test/render';
import { EMPTY_LOG_DRAFT, logChanges } from './coachingLog';
import { createLogQueue } from './logQueue';

const ENROLLMENT = 'eeeeeeee-0000-0000-0000-000000000001';
const LOG_ID = 'aaaaaaaa-0000-0000-0000-000000000001';
const ref = (name: string) => ({ id: `id-${name}`, username: name, email: `${name}@example.org`, display_name: name });

function log(overrides: Partial<CoachingLog> = {}): CoachingLog {
  return {
    id: LOG_ID,
    program_id: 'p1',
    enrollment_id: ENROLLMENT,
    candidate: ref('alvarez'),
    coach: ref('rivera'),
    state: 'draft',
    meeting_date: null,
    start_time: null,
    duration_minutes: null,
    mode: null,
    activity_codes: [],
    standards: [],
    focus: '',
    candidate_next_steps: '',
    coach_next_steps: '',
    ilp_revisions: '',
    next_meeting_date: null,
    next_meeting_time: null,
    follow_up_done: null,
    submitted_at: null,
    acknowledged_at: null,
    acknowledged_by: null,
    acknowledgement_comment: null,
    returned_at: null,
    return_reason: null,
    version: 1,
    created_at: '2026-11-20T10:00:00Z',
    updated_at: '2026-11-20T10:00:00Z',
    ...overrides,
  } as CoachingLog;
}

interface Seen {
  method: string;
  path: string;
  ifMatch: string | null;
  body: Record<string, unknown> | null;
}

/** A fake server keeping one log: POST creates it, PATCH applies the body and bumps the version. */
function fakeServer(opts: { delayMs?: number } = {}) {
  const seen: Seen[] = [];
  let stored: CoachingLog | null = null;
  const fetch = vi.fn(async (req: Request) => {
    const text = await req.text();
    const s: Seen = {
      method: req.method,
      path: new URL(req.url).pathname,
      ifMatch: req.headers.get('If-Match'),
      body: text ? (JSON.parse(text) as Record<string, unknown>) : null,
    };
    seen.push(s);
    if (opts.delayMs) await new Promise((r) => setTimeout(r, opts.delayMs));
    if (s.method === 'POST' && s.path === `/api/enrollments/${ENROLLMENT}/coaching-logs`) {
      stored = log({ ...(s.body as Partial<CoachingLog>), version: 1 });
      return jsonResponse(201, stored);
    }
    if (s.method === 'PATCH' && s.path === `/api/coaching-logs/${LOG_ID}` && stored) {
      if (s.ifMatch !== `"${stored.version}"`) {
        return jsonResponse(412, { title: 'Precondition Failed', status: 412, current: stored });
      }
      stored = { ...stored, ...(s.body as Partial<CoachingLog>), version: stored.version + 1 };
      return jsonResponse(200, stored);
    }
    return jsonResponse(404, { title: 'Not Found', status: 404 });
  });
  vi.stubGlobal('fetch', fetch);
  return { seen, get stored() { return stored; } };
}

/** An in-memory Storage for the kept draft. */
function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, v),
    removeItem: (k) => void m.delete(k),
    clear: () => m.clear(),
    key: (i) => [...m.keys()][i] ?? null,
    get length() {
      return m.size;
    },
  };
}

beforeEach(() => {
  vi.useFakeTimers();
  sessionStore.set({
    access_token: 'access-1',
    refresh_token: 'refresh-1',
    expires_at: Date.now() + 900_000,
    must_change_password: false,
    user: coordinator,
  });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  sessionStore.set(null);
});

describe('coaching log autosave', () => {
  it('waits for a pause in typing, then creates the draft once', async () => {
    const server = fakeServer();
    const created = vi.fn();
    const q = createLogQueue({ enrollmentId: ENROLLMENT, record: null, storage: null, onCreated: created });
    q.start();
    q.edit((d) => ({ ...d, focus: 'E' }));
    await vi.advanceTimersByTimeAsync(500);
    q.edit((d) => ({ ...d, focus: 'EL program' }));
    await vi.advanceTimersByTimeAsync(500);
    expect(server.seen).toHaveLength(0);
    expect(q.getState().status).toBe('unsaved');
    await vi.advanceTimersByTimeAsync(400);
    expect(server.seen.map((s) => s.method)).toEqual(['POST']);
    expect(server.seen[0]!.body).toEqual({ focus: 'EL program' });
    expect(q.getState().status).toBe('saved');
    expect(q.getState().record?.id).toBe(LOG_ID);
    expect(created).toHaveBeenCalledTimes(1);
  });

  it('patches later changes with the version it last got, sending only what changed', async () => {
    const server = fakeServer();
    const q = createLogQueue({ enrollmentId: ENROLLMENT, record: null, storage: null });
    q.start();
    q.edit((d) => ({ ...d, meeting_date: '2026-11-20', duration: ['1', '30'], mode: 'face_to_face' }));
    await vi.advanceTimersByTimeAsync(800);
    q.edit((d) => ({ ...d, standards: [2] }));
    await vi.advanceTimersByTimeAsync(800);
    q.edit((d) => ({ ...d, duration: ['', ''], meeting_date: '' }));
    await vi.advanceTimersByTimeAsync(800);

    expect(server.seen.map((s) => [s.method, s.ifMatch])).toEqual([
      ['POST', null],
      ['PATCH', '"1"'],
      ['PATCH', '"2"'],
    ]);
    expect(server.seen[0]!.body).toEqual({ meeting_date: '2026-11-20', duration_minutes: 90, mode: 'face_to_face' });
    expect(server.seen[1]!.body).toEqual({ standards: [2] });
    // Cleared inputs clear the fields.
    expect(server.seen[2]!.body).toEqual({ meeting_date: null, duration_minutes: null });
    expect(q.getState().record?.version).toBe(3);
  });

  it('saves what was typed while the first save was on its way with a patch, not a second draft', async () => {
    const server = fakeServer({ delayMs: 1000 });
    const q = createLogQueue({ enrollmentId: ENROLLMENT, record: null, storage: null });
    q.start();
    q.edit((d) => ({ ...d, focus: 'first' }));
    await vi.advanceTimersByTimeAsync(800);
    expect(q.getState().status).toBe('saving');
    q.edit((d) => ({ ...d, coach_next_steps: 'read the ILP' }));
    await vi.advanceTimersByTimeAsync(800); // the pause ends while the POST is still out
    await vi.advanceTimersByTimeAsync(3000);
    expect(server.seen.map((s) => s.method)).toEqual(['POST', 'PATCH']);
    expect(server.seen[1]!.ifMatch).toBe('"1"');
    expect(server.seen[1]!.body).toEqual({ coach_next_steps: 'read the ILP' });
    expect(q.getState().status).toBe('saved');
    expect(q.getState().draft.focus).toBe('first');
  });

  it('merges and retries with the stored version after a 412', async () => {
    const server = fakeServer();
    // Create the draft first so the fake server holds it.
    const q = createLogQueue({ enrollmentId: ENROLLMENT, record: null, storage: null });
    q.start();
    q.edit((d) => ({ ...d, focus: 'Old focus', coach_next_steps: 'Old steps' }));
    await vi.advanceTimersByTimeAsync(800);
    expect(server.stored?.version).toBe(1);

    // Someone else changes the log meanwhile (e.g. in another tab): version 1 → 4.
    const other = { ...server.stored!, coach_next_steps: 'Their steps', ilp_revisions: 'Their ILP note', version: 4 };
    Object.assign(server.stored!, other);

    q.edit((d) => ({ ...d, focus: 'My focus' }));
    await vi.advanceTimersByTimeAsync(800);

    const patches = server.seen.filter((s) => s.method === 'PATCH');
    expect(patches.map((p) => p.ifMatch)).toEqual(['"1"', '"4"']);
    expect(patches[1]!.body).toEqual({ focus: 'My focus' });
    const { draft, record, merged, status } = q.getState();
    expect(draft.focus).toBe('My focus');
    expect(draft.coach_next_steps).toBe('Their steps');
    expect(draft.ilp_revisions).toBe('Their ILP note');
    expect(record?.version).toBe(5);
    expect(merged).toBe(true);
    expect(status).toBe('saved');
  });

  it('keeps unsaved typing in storage so a reload resumes it', async () => {
    const server = fakeServer();
    const storage = memoryStorage();
    const record = log({ focus: 'Saved focus', version: 1 });
    const q = createLogQueue({ enrollmentId: ENROLLMENT, record, storage });
    q.start();
    q.edit((d) => ({ ...d, focus: 'Saved focus and more' }));
    // The page is reloaded before the pause ends: nothing reached the server.
    expect(server.seen).toHaveLength(0);
    expect(storage.getItem(`coachfolio.log.${LOG_ID}`)).toContain('Saved focus and more');

    // The reloaded page reads the record again (someone added ILP revisions meanwhile).
    const reread = log({ focus: 'Saved focus', ilp_revisions: 'Added elsewhere', version: 2 });
    const resumed = createLogQueue({ enrollmentId: ENROLLMENT, record: reread, storage });
    expect(resumed.getState().restored).toBe(true);
    expect(resumed.getState().draft.focus).toBe('Saved focus and more');
    expect(resumed.getState().draft.ilp_revisions).toBe('Added elsewhere');
    expect(resumed.getState().status).toBe('unsaved');
  });

  it('reports a duration it cannot read without sending it, and saves the rest', async () => {
    const server = fakeServer();
    const q = createLogQueue({ enrollmentId: ENROLLMENT, record: null, storage: null });
    q.start();
    q.edit((d) => ({ ...d, focus: 'Budget', duration: ['1.5', ''] }));
    await vi.advanceTimersByTimeAsync(800);
    expect(server.seen[0]!.body).toEqual({ focus: 'Budget' });
    expect(q.getState().localErrors).toHaveProperty('duration_minutes');
    expect(q.getState().status).toBe('error');
  });

  it('a signed log saves only when asked', async () => {
    const server = fakeServer();
    const q = createLogQueue({ enrollmentId: ENROLLMENT, record: log({ state: 'acknowledged' }), storage: null });
    q.start();
    q.edit((d) => ({ ...d, focus: 'Corrected' }));
    await vi.advanceTimersByTimeAsync(5000);
    expect(server.seen).toHaveLength(0);
    expect(q.dirty).toBe(true);
  });
});

describe('log changes', () => {
  it('sends nothing for an untouched form', () => {
    expect(logChanges(EMPTY_LOG_DRAFT, EMPTY_LOG_DRAFT)).toEqual({ fields: {}, sent: [], errors: {} });
  });
});
