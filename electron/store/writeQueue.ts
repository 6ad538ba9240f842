/**
 * The store's write queue: its tasks (writes, and the reads of files left on disk at open) run one at a
 * time, in order. The background backups (backgroundBackups.ts) give way to it: they take their next
 * step only once the queue is empty (`settled`), so a write waits at most for the one step under way,
 * never for a whole backup of ten years of files.
 */
export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();
  /** Tasks queued or running. */
  private queued = 0;
  /** Queued tasks now waiting for the background backups (they must not wait for those tasks in turn). */
  private backupsAwaited = 0;
  private waiters: (() => void)[] = [];

  /** Runs the task after those queued before it (whether they succeeded or failed). */
  run<T>(task: () => Promise<T>): Promise<T> {
    this.queued += 1;
    const run = this.tail.then(task, task).finally(() => {
      this.queued -= 1;
      this.wake();
    });
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** Resolves once every task queued so far has ended. */
  drained(): Promise<void> {
    return this.tail.then(() => undefined);
  }

  /**
   * Resolves once no task is queued and the event loop has turned once more with none added (a write
   * made right after another is queued in between), or at once while a queued task waits for the backups.
   */
  async settled(): Promise<void> {
    for (;;) {
      if (this.backupsAwaited > 0) return;
      if (this.queued > 0) {
        await new Promise<void>((resolve) => this.waiters.push(resolve));
        continue;
      }
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (this.queued === 0 || this.backupsAwaited > 0) return;
    }
  }

  /** For a queued task that waits for the background backups: they go on meanwhile without waiting for the queue. */
  async awaitingBackups<T>(backups: () => Promise<T>): Promise<T> {
    this.backupsAwaited += 1;
    this.wake();
    try {
      return await backups();
    } finally {
      this.backupsAwaited -= 1;
    }
  }

  private wake(): void {
    if (this.queued > 0 && this.backupsAwaited === 0) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}
