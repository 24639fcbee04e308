import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessionStore } from '../../api';
import type { Reflection } from '../../api/types';
import { jsonResponse, serve, signInAsCoordinator } from '../../test/render';
import { createReflectionQueue } from './reflectionQueue';
import { REFLECTION_ID, reflection } from './testData';

beforeEach(signInAsCoordinator);

afterEach(() => {
  sessionStore.set(null);
});

/** A server keeping one reflection: a PATCH replaces the elements sent, with the stored version only. */
function fakeServer(stored: Reflection) {
  const patches: { ifMatch: string | null; body: { entries: Reflection['entries'] } }[] = [];
  serve(async (method, path, req) => {
    if (method === 'PATCH' && path === `/api/reflections/${REFLECTION_ID}`) {
      const body = (await req.json()) as { entries: Reflection['entries'] };
      const ifMatch = req.headers.get('If-Match');
      patches.push({ ifMatch, body });
      if (ifMatch !== `"${stored.version}"`) return jsonResponse(412, { title: 'Precondition Failed', status: 412, current: stored });
      stored = { ...stored, entries: { ...stored.entries, ...body.entries }, version: stored.version + 1 };
      return jsonResponse(200, stored);
    }
    return jsonResponse(404, { title: 'Not Found', status: 404 });
  });
  return { patches, stored: () => stored };
}

describe('the reflection autosave', () => {
  it('saves only the element changed, whole, with the version read', async () => {
    const server = fakeServer(reflection());
    const queue = createReflectionQueue({ record: reflection(), delay: 0, storage: null });
    queue.edit((d) => ({ ...d, '2B': { ...d['2B']!, evidence: 'PLC walk-throughs' } }));
    await queue.flush();
    expect(server.patches).toEqual([{ ifMatch: '"4"', body: { entries: { '2B': { rating: 3, evidence: 'PLC walk-throughs', next_steps: '' } } } }]);
    expect(queue.getState().status).toBe('saved');
    expect(queue.getState().record?.version).toBe(5);
  });

  it('merges what was typed onto the reflection a 412 carries, and saves again', async () => {
    // Another tab saved 1A meanwhile (version 5).
    const other = reflection({ version: 5, entries: { ...reflection().entries, '1A': { rating: 3, evidence: 'From the other tab', next_steps: '' } } });
    const server = fakeServer(other);
    const queue = createReflectionQueue({ record: reflection(), delay: 0, storage: null });
    queue.edit((d) => ({ ...d, '2B': { ...d['2B']!, evidence: 'PLC walk-throughs' } }));
    await queue.flush();

    expect(server.patches.map((p) => p.ifMatch)).toEqual(['"4"', '"5"']);
    expect(server.patches[1]!.body).toEqual({ entries: { '2B': { rating: 3, evidence: 'PLC walk-throughs', next_steps: '' } } });
    const s = queue.getState();
    expect(s.merged).toBe(true);
    expect(s.draft['1A']).toEqual({ rating: 3, evidence: 'From the other tab', next_steps: '' });
    expect(server.stored().entries['2B']!.evidence).toBe('PLC walk-throughs');
    expect(server.stored().entries['1A']!.evidence).toBe('From the other tab');
  });

  it('keeps what was typed in the tab’s storage until the server has it', async () => {
    serve(() => jsonResponse(503, { title: 'Service Unavailable', status: 503 }));
    const queue = createReflectionQueue({ record: reflection(), delay: 0, storage: sessionStorage });
    queue.edit((d) => ({ ...d, '1B': { rating: 'n/a', evidence: '', next_steps: '' } }));
    await queue.flush();
    expect(queue.getState().status).toBe('error');

    const reloaded = createReflectionQueue({ record: reflection(), delay: 0, storage: sessionStorage });
    expect(reloaded.getState().restored).toBe(true);
    expect(reloaded.getState().draft['1B']).toEqual({ rating: 'n/a', evidence: '', next_steps: '' });
    sessionStorage.clear();
  });
});
