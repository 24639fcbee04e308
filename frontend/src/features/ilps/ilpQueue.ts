import { api } from '../../api';
import { ifMatch, unwrap } from '../../api/client';
import type { Ilp, IlpFields } from '../../api/types';
import { Autosave, sessionFormStorage } from '../../lib/autosave';
import { LiveQueues } from '../../lib/liveQueues';
import { emptyIlpDraft, ilpChanges, ilpToDraft, mergeIlpDrafts, type IlpDraft } from './ilpForm';

export type IlpQueue = Autosave<Ilp, IlpDraft, IlpFields>;

export interface IlpQueueOptions {
  enrollmentId: string;
  record: Ilp | null;
  /** The program year a new plan starts in (the candidate's current one, as the server has it). */
  programYear?: number | null;
  delay?: number;
  storage?: Storage | null;
}

/**
 * The autosave queue of one ILP form, talking to the API. A draft saves as people type; a plan
 * in action only with Save changes, since each of its saves keeps a revision.
 */
export function createIlpQueue({ enrollmentId, record, programYear, delay, storage }: IlpQueueOptions): IlpQueue {
  return new Autosave<Ilp, IlpDraft, IlpFields>({
    record,
    empty: emptyIlpDraft(programYear ?? 1),
    toDraft: ilpToDraft,
    changes: ilpChanges,
    merge: mergeIlpDrafts,
    auto: !record || record.status === 'draft',
    delay,
    storage: storage === undefined ? sessionFormStorage() : storage,
    storageKey: (r) => (r ? `coachfolio.ilp.${r.id}` : `coachfolio.ilp.new.${enrollmentId}`),
    create: (body) =>
      unwrap(api.client.POST('/api/enrollments/{enrollment_id}/ilps', { params: { path: { enrollment_id: enrollmentId } }, body })),
    update: (r, body) =>
      unwrap(api.client.PATCH('/api/ilps/{ilp_id}', { params: { path: { ilp_id: r.id }, header: ifMatch(r.version) }, body })),
    load: (id) => unwrap(api.client.GET('/api/ilps/{ilp_id}', { params: { path: { ilp_id: id } } })),
  });
}

/** ILP forms being edited, by plan id. */
export const liveIlps = new LiveQueues<IlpQueue>();
