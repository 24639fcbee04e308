import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../api';
import type { Ilp } from '../../api/types';
import { ilp, step } from '../../test/ilps';
import { jsonResponse, signInAsCoordinator } from '../../test/render';
import { changeStep } from './ilpForm';
import { createIlpQueue } from './ilpQueue';

beforeEach(() => {
  vi.useFakeTimers();
  signInAsCoordinator();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  sessionStore.set(null);
});

describe('ILP autosave', () => {
  it('merges a 412 step by step: the coach’s change to one step and the candidate’s to another are both kept', async () => {
    const read = ilp({ steps: [step('s1'), step('s2')], version: 3 });
    // The coach marked step 2 attained meanwhile.
    let stored: Ilp = { ...read, steps: [step('s1'), step('s2', { status: 'attained' })], version: 4 };
    const patches: { ifMatch: string | null; body: Partial<Ilp> }[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (req: Request) => {
        const body = (await req.json()) as Partial<Ilp>;
        patches.push({ ifMatch: req.headers.get('If-Match'), body });
        if (req.headers.get('If-Match') !== `"${stored.version}"`) {
          return jsonResponse(412, { title: 'Precondition Failed', status: 412, current: stored });
        }
        stored = { ...stored, ...body, version: stored.version + 1 };
        return jsonResponse(200, stored);
      }),
    );
    const q = createIlpQueue({ enrollmentId: read.enrollment_id, record: read, storage: null });
    q.start();
    q.edit((d) => ({ ...d, steps: changeStep(d.steps, 's1', { resources: 'RTI documents' }) }));
    await vi.advanceTimersByTimeAsync(800);

    expect(patches.map((p) => p.ifMatch)).toEqual(['"3"', '"4"']);
    expect(patches[1]!.body.steps?.map((s) => [s.id, s.resources, s.status])).toEqual([
      ['s1', 'RTI documents', 'in_progress'],
      ['s2', '', 'attained'],
    ]);
    expect(q.getState()).toMatchObject({ status: 'saved', merged: true });
  });

  it('saves a plan in action only when asked, since each save keeps a revision', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const q = createIlpQueue({ enrollmentId: 'e1', record: ilp({ status: 'active' }), storage: null });
    q.start();
    q.edit((d) => ({ ...d, focus: 'Sharper focus' }));
    await vi.advanceTimersByTimeAsync(5000);
    expect(fetch).not.toHaveBeenCalled();
    expect(q.dirty).toBe(true);
  });
});
