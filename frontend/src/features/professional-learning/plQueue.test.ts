import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../api';
import type { ProfessionalLearning } from '../../api/types';
import { jsonResponse, signInAsCoordinator } from '../../test/render';
import { ENROLLMENT_ID } from '../documents/testData';
import { createPlQueue } from './plQueue';
import { pl } from './testData';

beforeEach(() => {
  vi.useFakeTimers();
  signInAsCoordinator();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  sessionStore.set(null);
});

interface Sent {
  method: string;
  path: string;
  ifMatch: string | null;
  body: Record<string, unknown>;
}

function recordRequests(answer: (sent: Sent) => Response) {
  const sent: Sent[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (req: Request) => {
      const s = { method: req.method, path: new URL(req.url).pathname, ifMatch: req.headers.get('If-Match'), body: await req.json() };
      sent.push(s);
      return answer(s);
    }),
  );
  return sent;
}

describe('PL autosave', () => {
  it('creates the record once it has a title, a date and its hours, then patches with its version', async () => {
    let stored: ProfessionalLearning | null = null;
    const sent = recordRequests((s) => {
      stored = s.method === 'POST' ? pl({ title: s.body.title as string }) : { ...stored!, ...s.body, version: stored!.version + 1 };
      return jsonResponse(s.method === 'POST' ? 201 : 200, stored);
    });
    const q = createPlQueue({ enrollmentId: ENROLLMENT_ID, record: null, today: '2026-11-14', storage: null });
    q.start();
    q.edit((d) => ({ ...d, title: 'Equity in education' }));
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toHaveLength(0);
    expect(q.getState().status).toBe('idle');

    q.edit((d) => ({ ...d, hours: '6' }));
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent.map((s) => [s.method, s.path])).toEqual([['POST', `/api/enrollments/${ENROLLMENT_ID}/professional-learning`]]);
    expect(sent[0]!.body).toMatchObject({ title: 'Equity in education', activity_date: '2026-11-14', minutes: 360, ilp_id: null });

    q.edit((d) => ({ ...d, summary: 'Equity audits.' }));
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent[1]).toMatchObject({ method: 'PATCH', path: `/api/professional-learning/${pl().id}`, ifMatch: '"1"' });
    expect(sent[1]!.body).toEqual({ reflection: { standards: [], placement_before: null, placement_after: null, summary: 'Equity audits.' } });
    expect(q.getState().status).toBe('saved');
  });

  it('merges a 412 onto the stored record the problem carries and saves again, keeping what was typed', async () => {
    // The coach changed the title meanwhile.
    const stored = pl({ title: 'Equity in education (day 2)', version: 2 });
    const sent = recordRequests((s) =>
      s.ifMatch === '"2"'
        ? jsonResponse(200, { ...stored, ...s.body, version: 3 })
        : jsonResponse(412, { title: 'Precondition Failed', status: 412, current: stored }),
    );
    const q = createPlQueue({ enrollmentId: ENROLLMENT_ID, record: pl(), storage: null });
    q.start();
    q.edit((d) => ({ ...d, hours: '7' }));
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent.map((s) => s.ifMatch)).toEqual(['"1"', '"2"']);
    expect(sent[1]!.body).toEqual({ minutes: 420 });
    expect(q.getState().draft).toMatchObject({ title: 'Equity in education (day 2)', hours: '7' });
    expect(q.getState()).toMatchObject({ status: 'saved', merged: true });
  });
});
