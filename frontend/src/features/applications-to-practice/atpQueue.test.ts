import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessionStore } from '../../api';
import type { ApplicationToPractice, AtpChange } from '../../api/types';
import { jsonResponse, serve, signInAsCoordinator } from '../../test/render';
import { addPick, changePlan, setReason } from './atpForm';
import { createAtpQueue } from './atpQueue';
import { ATP_ID, atp } from './testData';

beforeEach(signInAsCoordinator);

afterEach(() => {
  sessionStore.set(null);
  sessionStorage.clear();
});

/** A server keeping one Application to Practice: a PATCH replaces the fields sent, with the stored version only. */
function fakeServer(stored: ApplicationToPractice) {
  const patches: { ifMatch: string | null; body: AtpChange }[] = [];
  serve(async (method, path, req) => {
    if (method === 'PATCH' && path === `/api/applications-to-practice/${ATP_ID}`) {
      const body = (await req.json()) as AtpChange;
      const ifMatch = req.headers.get('If-Match');
      patches.push({ ifMatch, body });
      if (ifMatch !== `"${stored.version}"`) return jsonResponse(412, { title: 'Precondition Failed', status: 412, current: stored });
      const plans = body.action_plans?.map((p) => ({ ...p, interim_score: 2 }));
      stored = { ...stored, ...(body as Partial<ApplicationToPractice>), ...(plans && { action_plans: plans }), version: stored.version + 1 };
      return jsonResponse(200, stored);
    }
    return jsonResponse(404, { title: 'Not Found', status: 404 });
  });
  return { patches, stored: () => stored };
}

describe('the Application to Practice autosave', () => {
  it('saves only what changed, each list whole, with the version read', async () => {
    const server = fakeServer(atp());
    const queue = createAtpQueue({ record: atp(), delay: 0, storage: null });
    queue.edit((d) => changePlan(addPick(d, 'focus', '4C'), '4C', { desired_score: 4 }));
    await queue.flush();
    expect(server.patches).toEqual([
      {
        ifMatch: '"4"',
        body: {
          focus: [
            { element: '2B', reason: 'Tier 1 is uneven.' },
            { element: '4C', reason: '' },
          ],
          action_plans: [
            { element: '2B', desired_score: 3, coach_support: '', plans: 'A PLC cycle.', ilp_revisions: '' },
            { element: '4C', desired_score: 4, coach_support: '', plans: '', ilp_revisions: '' },
          ],
        },
      },
    ]);
    expect(queue.getState()).toMatchObject({ status: 'saved', record: { version: 5 } });
  });

  it('merges what was typed onto the version a 412 carries, and saves again without losing either', async () => {
    // Another tab wrote the narrative and 2B's coach support meanwhile (version 5).
    const other = atp({
      version: 5,
      impact: 'From the other tab',
      action_plans: [{ ...atp().action_plans[0]!, coach_support: 'Observe my PLC' }],
    });
    const server = fakeServer(other);
    const queue = createAtpQueue({ record: atp(), delay: 0, storage: null });
    queue.edit((d) => changePlan(setReason(d, 'most_growth', '1A', 'Typed here'), '2B', { plans: 'Typed plan' }));
    await queue.flush();

    expect(server.patches.map((p) => p.ifMatch)).toEqual(['"4"', '"5"']);
    expect(server.patches[1]!.body).toEqual({
      most_growth: [{ element: '1A', reason: 'Typed here' }],
      action_plans: [{ element: '2B', desired_score: 3, coach_support: 'Observe my PLC', plans: 'Typed plan', ilp_revisions: '' }],
    });
    const s = queue.getState();
    expect(s).toMatchObject({ status: 'saved', merged: true });
    expect(s.draft.impact).toBe('From the other tab');
    expect(server.stored().impact).toBe('From the other tab');
    expect(server.stored().most_growth[0]!.reason).toBe('Typed here');
    expect(server.stored().action_plans[0]).toMatchObject({ coach_support: 'Observe my PLC', plans: 'Typed plan' });
  });

  it('keeps what was typed in the tab’s storage until the server has it', async () => {
    serve(() => jsonResponse(503, { title: 'Service Unavailable', status: 503 }));
    const queue = createAtpQueue({ record: atp(), delay: 0, storage: sessionStorage });
    queue.edit((d) => ({ ...d, impact: 'A narrative not saved yet' }));
    await queue.flush();
    expect(queue.getState().status).toBe('error');

    const reloaded = createAtpQueue({ record: atp(), delay: 0, storage: sessionStorage });
    expect(reloaded.getState().restored).toBe(true);
    expect(reloaded.getState().draft.impact).toBe('A narrative not saved yet');
  });
});
