import { api } from '../../api';
import { ifMatch, unwrap } from '../../api/client';
import type { CoachingLog, LogFields } from '../../api/types';
import { Autosave } from '../../lib/autosave';
import { EMPTY_LOG_DRAFT, logChanges, logToDraft, type LogDraft } from './coachingLog';

export type LogQueue = Autosave<CoachingLog, LogDraft, LogFields>;

/** Unsaved log forms live per tab, like the session: gone when a shared computer's tab closes. */
function defaultStorage(): Storage | null {
  try {
    return typeof window !== 'undefined' ? window.sessionStorage : null;
  } catch {
    return null;
  }
}

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
    storage: storage === undefined ? defaultStorage() : storage,
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

/**
 * Forms being edited, by log id. The first save of a new log moves the page to the log's own
 * address; the screen there picks up the same queue, so nothing typed meanwhile is lost.
 */
const live = new Map<string, LogQueue>();

export function liveQueue(id: string): LogQueue | undefined {
  return live.get(id);
}

export function keepLive(id: string, queue: LogQueue): void {
  live.set(id, queue);
}

/** Called when a screen lets go of a queue: dropped once no screen shows it and it is idle. */
export function releaseLive(id: string, queue: LogQueue): void {
  setTimeout(() => {
    if (live.get(id) !== queue || queue.shown) return;
    if (!queue.inUse) live.delete(id);
    else void queue.flush().then(() => releaseLive(id, queue));
  }, 0);
}
