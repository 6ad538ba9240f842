/**
 * Runs an import's parsing (roster .xlsx, scorecard .xlsx, decision .docx) in a worker thread with
 * its own memory limit, so no file — however crafted — can take down the app's main process or the
 * CLI: a worker that runs out of memory, crashes or takes too long becomes a Vietnamese refusal.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type * as Esbuild from 'esbuild';
import { ServiceError } from '../../shared/api/result';
import type { ImportJob, ImportJobOutput, ImportJobReply } from './importJobs';
import { UnreadableWorkbookError } from './xlsx/readWorkbook';
import { ForeignScorecardError } from './xlsx/scorecardReader';

export const WORKER_LIMITS = {
  /** Heap of the parsing thread; a ward's largest real file needs a few hundred MB. */
  maxOldGenerationSizeMb: 1024,
  maxYoungGenerationSizeMb: 64,
  stackSizeMb: 8,
  timeoutMs: 180_000,
};

/**
 * The worker's code: in the app and the CLI, the bundled import-worker.cjs beside the bundle (read as
 * text, so it also loads from inside an asar archive); from sources (tests, `npm run cli`), the same
 * bundle made once per process with esbuild from importWorker.ts.
 */
function workerCode(): string {
  if (cachedCode !== undefined) return cachedCode;
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) {
    const esbuild = createRequire(import.meta.url)('esbuild') as typeof Esbuild;
    const built = esbuild.buildSync({
      entryPoints: [path.join(path.dirname(here), 'importWorker.ts')],
      bundle: true, platform: 'node', format: 'cjs', target: 'node20', write: false, logLevel: 'silent', external: ['electron'],
    });
    cachedCode = built.outputFiles[0]!.text;
  } else {
    cachedCode = readFileSync(path.join(path.dirname(here), 'import-worker.cjs'), 'utf8');
  }
  return cachedCode;
}
let cachedCode: string | undefined;

const TOO_HEAVY = 'quá lớn hoặc quá phức tạp để đọc (vượt giới hạn bộ nhớ dành cho việc nhập). Hãy kiểm tra lại tệp, bỏ bớt các dòng, trang tính hoặc hình ảnh thừa rồi thử lại.';

function what(job: ImportJob): string {
  return job.kind === 'decision' ? `Tệp ${job.fileName}` : 'Tệp Excel';
}

function rebuild(job: ImportJob, reply: Extract<ImportJobReply, { ok: false }>): Error {
  if (reply.name === 'UnreadableWorkbookError') return new UnreadableWorkbookError(reply.message);
  if (reply.name === 'ForeignScorecardError') return new ForeignScorecardError(reply.message);
  if (reply.name === 'ServiceError') return new ServiceError('INVALID_INPUT', reply.message);
  return new ServiceError('INVALID_INPUT', `${what(job)} bị hỏng hoặc có nội dung không đọc được.`);
}

interface Pending {
  job: ImportJob;
  resolve: (data: ImportJobOutput) => void;
  reject: (error: Error) => void;
}

/**
 * One worker, reused while jobs keep coming (starting one costs about a second), ended after a few idle
 * seconds, and replaced whenever it dies. Jobs run one at a time, each with its own timeout.
 */
class ImportWorker {
  private worker: Worker | null = null;
  private limitsKey = '';
  private current: Pending | null = null;
  private queue: Pending[] = [];
  private timer: NodeJS.Timeout | null = null;
  private idle: NodeJS.Timeout | null = null;

  run(job: ImportJob): Promise<ImportJobOutput> {
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.next();
    });
  }

  private spawn(): Worker {
    const key = JSON.stringify(WORKER_LIMITS);
    if (this.worker && this.limitsKey === key) return this.worker;
    this.stop();
    const worker = new Worker(workerCode(), {
      eval: true,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_LIMITS.maxOldGenerationSizeMb, maxYoungGenerationSizeMb: WORKER_LIMITS.maxYoungGenerationSizeMb, stackSizeMb: WORKER_LIMITS.stackSizeMb },
      stdout: true,
      stderr: true,
    });
    worker.on('message', (reply: ImportJobReply) => {
      if (worker === this.worker) this.settle((p) => (reply.ok ? p.resolve(reply.data) : p.reject(rebuild(p.job, reply))));
    });
    const died = () => {
      if (worker !== this.worker) return;
      this.worker = null;
      this.settle((p) => p.reject(new ServiceError('INVALID_INPUT', `${what(p.job)} ${TOO_HEAVY}`)));
    };
    worker.on('error', died);
    worker.on('exit', died);
    this.worker = worker;
    this.limitsKey = key;
    return worker;
  }

  private stop(): void {
    const worker = this.worker;
    this.worker = null;
    if (worker) void worker.terminate();
  }

  private next(): void {
    if (this.current || this.queue.length === 0) return;
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    const pending = this.queue.shift()!;
    this.current = pending;
    let worker: Worker;
    try {
      worker = this.spawn();
    } catch {
      this.settle((p) => p.reject(new ServiceError('INTERNAL', 'Không khởi động được bộ đọc tệp nhập. Dữ liệu của bạn không bị thay đổi.')));
      return;
    }
    worker.ref();
    this.timer = setTimeout(() => {
      this.stop();
      this.settle((p) => p.reject(new ServiceError('INVALID_INPUT', `${what(p.job)} đọc quá lâu (quá ${WORKER_LIMITS.timeoutMs / 60_000} phút) nên đã dừng. Hãy kiểm tra lại tệp.`)));
    }, WORKER_LIMITS.timeoutMs);
    worker.postMessage(pending.job);
  }

  private settle(action: (pending: Pending) => void): void {
    const pending = this.current;
    if (!pending) return;
    this.current = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    action(pending);
    if (this.queue.length > 0) return this.next();
    // Idle: let the process exit, and end the worker after a few seconds without work.
    this.worker?.unref();
    this.idle = setTimeout(() => this.stop(), 5_000);
    this.idle.unref();
  }
}

const shared = new ImportWorker();

/** Parses in the import worker; rejects with the reader's own error classes, or a ServiceError('INVALID_INPUT'). */
export function parseInWorker(job: ImportJob): Promise<ImportJobOutput> {
  return shared.run(job);
}
