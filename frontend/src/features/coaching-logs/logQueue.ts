import { api } from '../../api';
import { ifMatch, unwrap } from '../../api/client';
import type { CoachingLog, LogFields } from '../../api/types';
import { Autosave, sessionFormStorage } from '../../lib/autosave';
import { LiveQueues } from '../../lib/liveQueues';
import { EMPTY_LOG_DRAFT, logChanges, logToDraft, type LogDraft } from './coachingLog';

export type LogQueue = Autosave<CoachingLog, LogDraft, LogFields>;

export interface LogQueueOptions {
  enrollmentId: string;
  record: CoachingLog | null;
  /** Drafts save as the coach types; a signed log only when they press Save. */
  auto?: boolean;
  delay?: number;
  storage?: Storage | null;
  onCreated?: (log: CoachingLog) => void;
}

/** The autosave queue of one coaching log form, talking to the API. */
export function createLogQueue({ enrollmentId, record, auto, delay, storage, onCreated }: LogQueueOptions): LogQueue {
  return new Autosave<CoachingLog, LogDraft, LogFields>({
    record,
    empty: EMPTY_LOG_DRAFT,
    toDraft: logToDraft,
    changes: logChanges,
    auto: auto ?? (!record || record.state === 'draft'),
    delay,
    storage: storage === undefined ? sessionFormStorage() : storage,
    storageKey: (r) => (r ? `coachfolio.log.${r.id}` : `coachfolio.log.new.${enrollmentId}`),
    onCreated,
    create: (body) =>
      unwrap(
        api.client.POST('/api/enrollments/{enrollment_id}/coaching-logs', {
          params: { path: { enrollment_id: enrollmentId } },
          body,
        }),
      ),
    update: (r, body) =>
      unwrap(
        api.client.PATCH('/api/coaching-logs/{log_id}', {
          params: { path: { log_id: r.id }, header: ifMatch(r.version) },
          body,
        }),
      ),
    load: (id) => unwrap(api.client.GET('/api/coaching-logs/{log_id}', { params: { path: { log_id: id } } })),
  });
}

/** Log forms being edited, by log id. */
export const liveLogs = new LiveQueues<LogQueue>();
