import { api } from '../../api';
import { ifMatch, unwrap } from '../../api/client';
import type { ApplicationToPractice, AtpChange } from '../../api/types';
import { Autosave, sessionFormStorage } from '../../lib/autosave';
import { LiveQueues } from '../../lib/liveQueues';
import { atpChanges, atpToDraft, mergeAtpDrafts, type AtpDraft } from './atpForm';

export type AtpQueue = Autosave<ApplicationToPractice, AtpDraft, AtpChange>;

export interface AtpQueueOptions {
  record: ApplicationToPractice;
  delay?: number;
  storage?: Storage | null;
}

export function loadAtp(id: string): Promise<ApplicationToPractice> {
  return unwrap(api.client.GET('/api/applications-to-practice/{atp_id}', { params: { path: { atp_id: id } } }));
}

/**
 * The autosave queue of one Application to Practice form: what changed since the last save is
 * sent after a pause in typing (each list whole, as the API replaces it) with the version last
 * read; a 412 merges what was typed onto the stored one, element by element, and saves again.
 */
export function createAtpQueue({ record, delay, storage }: AtpQueueOptions): AtpQueue {
  return new Autosave<ApplicationToPractice, AtpDraft, AtpChange>({
    record,
    empty: atpToDraft(record),
    toDraft: atpToDraft,
    changes: atpChanges,
    merge: mergeAtpDrafts,
    delay,
    storage: storage === undefined ? sessionFormStorage() : storage,
    storageKey: () => `coachfolio.atp.${record.id}`,
    // It exists before its form opens (the candidate starts it), so the queue always patches.
    create: () => Promise.reject(new Error('An Application to Practice is started from the enrollment, not from the form.')),
    update: (r, body) =>
      unwrap(
        api.client.PATCH('/api/applications-to-practice/{atp_id}', {
          params: { path: { atp_id: r.id }, header: ifMatch(r.version) },
          body,
        }),
      ),
    load: loadAtp,
  });
}

/** Application to Practice forms being edited, by id. */
export const liveAtps = new LiveQueues<AtpQueue>();
