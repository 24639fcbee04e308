import { api } from '../../api';
import { ifMatch, unwrap } from '../../api/client';
import type { Experience, ExperienceChange } from '../../api/types';
import { Autosave, sessionFormStorage } from '../../lib/autosave';
import { LiveQueues } from '../../lib/liveQueues';
import { experienceChanges, experienceToDraft, type ExperienceDraft } from './experienceForm';

export type ExperienceQueue = Autosave<Experience, ExperienceDraft, ExperienceChange>;

export function loadExperience(id: string): Promise<Experience> {
  return unwrap(api.client.GET('/api/job-shadows-and-visits/{experience_id}', { params: { path: { experience_id: id } } }));
}

/**
 * The autosave queue of one job shadow or visit form: what changed is sent after a pause in
 * typing (the form whole) with the version last read; a 412 merges what was typed onto the
 * stored one and saves again.
 */
export function createExperienceQueue({ record, delay, storage }: { record: Experience; delay?: number; storage?: Storage | null }): ExperienceQueue {
  return new Autosave<Experience, ExperienceDraft, ExperienceChange>({
    record,
    empty: experienceToDraft(record),
    toDraft: experienceToDraft,
    changes: experienceChanges,
    delay,
    storage: storage === undefined ? sessionFormStorage() : storage,
    storageKey: () => `coachfolio.experience.${record.id}`,
    // It exists before its form opens (the candidate starts it), so the queue always patches.
    create: () => Promise.reject(new Error('A job shadow or visit is started from its list, not from the form.')),
    update: (r, body) =>
      unwrap(
        api.client.PATCH('/api/job-shadows-and-visits/{experience_id}', {
          params: { path: { experience_id: r.id }, header: ifMatch(r.version) },
          body,
        }),
      ),
    load: loadExperience,
  });
}

/** Job shadow and visit forms being edited, by id. */
export const liveExperiences = new LiveQueues<ExperienceQueue>();
