/**
 * Runs the daily backups of a store in the background, one after another, after the change that needed
 * them is written. They give way to the store's writes: before each data file (and before the rotation)
 * a backup waits until no write is queued (`writesSettled`, from the Store), so a write never waits
 * behind a backup's reading, hashing, packing and sealing of ten years of files — at most behind the one
 * file in hand. Nothing of the day's start is lost meanwhile: the pending folder's hard links keep it, and
 * a backup cut short by a close or a kill is finished at the next open (resume).
 */
import type { DataPaths } from './dataFolder';
import type { DiskOps } from './durableWrite';
import { rotateBackups } from './backups';
import { finishDayStart, pendingDayStarts, preserveDayStart, removeUnusedBlobs } from './dailyBackup';

export class BackgroundBackups {
  private running: Promise<void> = Promise.resolve();
  private readonly waiting: string[] = [];
  /** The last failure of a background backup (its pending folder stays and is tried again at the next open). */
  lastError: unknown = null;

  constructor(
    private readonly paths: DataPaths,
    private readonly disk: DiskOps,
    private readonly keep: () => number,
    private readonly writesSettled: () => Promise<void> = async () => undefined,
  ) {}

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
        await finishDayStart(this.paths, dir, this.disk, this.writesSettled);
        await this.writesSettled();
        await rotateBackups(this.paths.backups, this.keep(), this.disk);
        await this.writesSettled();
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
