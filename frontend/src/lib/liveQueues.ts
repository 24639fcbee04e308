import { useEffect } from 'react';

interface Queue {
  readonly shown: boolean;
  readonly inUse: boolean;
  flush(): Promise<void>;
}

/**
 * Autosave queues of forms being edited, by record id. The first save of a new record moves
 * the page to the record's own address; the screen there picks up the same queue, so nothing
 * typed meanwhile is lost.
 */
export class LiveQueues<Q extends Queue> {
  private readonly live = new Map<string, Q>();

  get(id: string): Q | undefined {
    return this.live.get(id);
  }

  keep(id: string, queue: Q): void {
    this.live.set(id, queue);
  }

  /** Called when a screen lets go of a queue: dropped once no screen shows it and it is idle. */
  release(id: string, queue: Q): void {
    setTimeout(() => {
      if (this.live.get(id) !== queue || queue.shown) return;
      if (!queue.inUse) this.live.delete(id);
      else void queue.flush().then(() => this.release(id, queue));
    }, 0);
  }
}

/** Keeps a screen's queue live while the screen shows it. */
export function useLiveQueue<Q extends Queue>(queues: LiveQueues<Q>, id: string, queue: Q): void {
  useEffect(() => {
    queues.keep(id, queue);
    return () => queues.release(id, queue);
  }, [queues, id, queue]);
}
