import { api } from '../../api';
import { ifMatch, unwrap } from '../../api/client';
import type { Reflection, ReflectionChange } from '../../api/types';
import { Autosave, sessionFormStorage } from '../../lib/autosave';
import { LiveQueues } from '../../lib/liveQueues';
import { reflectionChanges, reflectionToDraft, type ReflectionDraft } from './reflectionForm';

export type ReflectionQueue = Autosave<Reflection, ReflectionDraft, ReflectionChange>;

export interface ReflectionQueueOptions {
  record: Reflection;
  delay?: number;
  storage?: Storage | null;
}

export function loadReflection(id: string): Promise<Reflection> {
  return unwrap(api.client.GET('/api/reflections/{reflection_id}', { params: { path: { reflection_id: id } } }));
}

/**
 * The autosave queue of one reflection form: the elements changed since the last save are sent
 * after a pause in typing, each whole (the others keep what the server has), with the version
 * last read; a 412 merges what was typed onto the stored reflection and saves again.
 */
export function createReflectionQueue({ record, delay, storage }: ReflectionQueueOptions): ReflectionQueue {
  return new Autosave<Reflection, ReflectionDraft, ReflectionChange>({
    record,
    empty: {},
    toDraft: reflectionToDraft,
    changes: reflectionChanges,
    delay,
    storage: storage === undefined ? sessionFormStorage() : storage,
    storageKey: () => `coachfolio.reflection.${record.id}`,
    // A reflection exists before its form opens (the candidate starts a term), so the queue
    // always has a record to patch.
    create: () => Promise.reject(new Error('A reflection is started from its term, not from the form.')),
    update: (r, body) =>
      unwrap(
        api.client.PATCH('/api/reflections/{reflection_id}', {
          params: { path: { reflection_id: r.id }, header: ifMatch(r.version) },
          body,
        }),
      ),
    load: loadReflection,
  });
}

/** Reflection forms being edited, by reflection id. */
export const liveReflections = new LiveQueues<ReflectionQueue>();
