/**
 * Who a process is, not just its number: a PID is reused after its process ends, so a lock names its
 * owner by PID plus the time that process started. On Linux the start time comes from /proc (clock
 * ticks since boot, field 22 of /proc/<pid>/stat); elsewhere it is unknown (null) and only liveness counts.
 */
import { readFileSync } from 'node:fs';

/** The start time of a process as a stable text, or null when this OS does not tell. */
export function processStartTime(pid: number): string | null {
  if (process.platform !== 'linux') return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count fields after the last ')'.
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = rest[19];
    return ticks && /^\d+$/.test(ticks) ? ticks : null;
  } catch {
    return null;
  }
}

/** Whether a process with this PID runs (EPERM: it runs under another user). */
export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Milliseconds since the epoch when a process started (Linux), to tell a lock written before the
 * process existed (its PID reused) from one it wrote; null when unknown.
 */
export function processStartedAtMs(pid: number): number | null {
  const ticks = processStartTime(pid);
  if (ticks === null) return null;
  try {
    const btime = /^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1];
    // USER_HZ is 100 on every Linux Node supports.
    return btime ? Number(btime) * 1000 + Number(ticks) * 10 : null;
  } catch {
    return null;
  }
}
