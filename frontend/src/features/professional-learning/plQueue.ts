import { api } from '../../api';
import { ifMatch, unwrap } from '../../api/client';
import type { ProfessionalLearning, ProfessionalLearningChange } from '../../api/types';
import { Autosave, sessionFormStorage } from '../../lib/autosave';
import { LiveQueues } from '../../lib/liveQueues';
import { emptyPlDraft, newPlBody, plChanges, plToDraft, type PlDraft } from './plForm';

export type PlQueue = Autosave<ProfessionalLearning, PlDraft, ProfessionalLearningChange>;

export interface PlQueueOptions {
  enrollmentId: string;
  record: ProfessionalLearning | null;
  /** The date a new form starts with. */
  today?: string;
  delay?: number;
  storage?: Storage | null;
}

export function loadPl(id: string): Promise<ProfessionalLearning> {
  return unwrap(api.client.GET('/api/professional-learning/{pl_id}', { params: { path: { pl_id: id } } }));
}

/**
 * The autosave queue of one PL reflection form: the record is created once it has a title, a
 * date and its hours; later changes are patched with the version last read (If-Match), and a
 * 412 merges what was typed onto the stored record and saves again.
 */
export function createPlQueue({ enrollmentId, record, today, delay, storage }: PlQueueOptions): PlQueue {
  const queue: PlQueue = new Autosave<ProfessionalLearning, PlDraft, ProfessionalLearningChange>({
    record,
    empty: emptyPlDraft(today),
    toDraft: plToDraft,
    changes: (draft, base) => plChanges(draft, base, !queue.getState().record),
    delay,
    storage: storage === undefined ? sessionFormStorage() : storage,
    storageKey: (r) => (r ? `coachfolio.pl.${r.id}` : `coachfolio.pl.new.${enrollmentId}`),
    create: (fields) =>
      unwrap(
        api.client.POST('/api/enrollments/{enrollment_id}/professional-learning', {
          params: { path: { enrollment_id: enrollmentId } },
          body: newPlBody(fields),
        }),
      ),
    update: (r, body) =>
      unwrap(
        api.client.PATCH('/api/professional-learning/{pl_id}', { params: { path: { pl_id: r.id }, header: ifMatch(r.version) }, body }),
      ),
    load: loadPl,
  });
  return queue;
}

/** PL reflection forms being edited, by record id. */
export const livePls = new LiveQueues<PlQueue>();
