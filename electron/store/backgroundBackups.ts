/** Runs the daily backups of a store in the background, one after another, after the change that needed them is written. */
import type { DataPaths } from './dataFolder';
import type { DiskOps } from './durableWrite';
import { rotateBackups } from './backups';
import { finishDayStart, pendingDayStarts, preserveDayStart, removeUnusedBlobs } from './dailyBackup';

export class BackgroundBackups {
  private running: Promise<void> = Promise.resolve();
  private readonly waiting: string[] = [];
  /** The last failure of a background backup (its pending folder stays and is tried again at the next open). */
  lastError: unknown = null;

  constructor(private readonly paths: DataPaths, private readonly disk: DiskOps, private readonly keep: () => number) {}

  /** Keeps the files as they are now for a backup made later; fast (hard links). */
  async keepDayStart(names: string[], createdAt: string): Promise<void> {
    this.waiting.push(await preserveDayStart(this.paths, names, createdAt, this.disk));
  }

  /** Starts making the backups kept so far, after any still being made. */
  kick(): void {
    if (this.waiting.length === 0) return;
    this.running = this.running.then(() => this.drain());
  }

  /** Picks up day starts a closed or killed program left unfinished. */
  resume(): void {
    this.running = this.running.then(async () => {
      for (const dir of await pendingDayStarts(this.paths)) if (!this.waiting.includes(dir)) this.waiting.push(dir);
      await this.drain();
    });
  }

  private async drain(): Promise<void> {
    while (this.waiting.length > 0) {
      const dir = this.waiting.shift()!;
      try {
        await finishDayStart(this.paths, dir, this.disk);
        await rotateBackups(this.paths.backups, this.keep(), this.disk);
        await removeUnusedBlobs(this.paths, this.disk);
      } catch (error) {
        this.lastError = error;
      }
    }
  }

  idle(): Promise<void> {
    return this.running;
  }
}
