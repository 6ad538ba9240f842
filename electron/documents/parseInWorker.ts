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

/** Parses in a fresh worker; rejects with the reader's own error classes, or a ServiceError('INVALID_INPUT'). */
export function parseInWorker(job: ImportJob): Promise<ImportJobOutput> {
  return new Promise((resolve, reject) => {
    let settled = false;
    let worker: Worker;
    try {
      worker = new Worker(workerCode(), {
        eval: true,
        workerData: job,
        resourceLimits: { maxOldGenerationSizeMb: WORKER_LIMITS.maxOldGenerationSizeMb, maxYoungGenerationSizeMb: WORKER_LIMITS.maxYoungGenerationSizeMb, stackSizeMb: WORKER_LIMITS.stackSizeMb },
        stdout: true,
        stderr: true,
      });
    } catch {
      reject(new ServiceError('INTERNAL', 'Không khởi động được bộ đọc tệp nhập. Dữ liệu của bạn không bị thay đổi.'));
      return;
    }
    const finish = (action: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      action();
    };
    const timer = setTimeout(() => finish(() => reject(new ServiceError('INVALID_INPUT', `${what(job)} đọc quá lâu (quá ${WORKER_LIMITS.timeoutMs / 60_000} phút) nên đã dừng. Hãy kiểm tra lại tệp.`))), WORKER_LIMITS.timeoutMs);
    worker.on('message', (reply: ImportJobReply) => finish(() => (reply.ok ? resolve(reply.data) : reject(rebuild(job, reply)))));
    worker.on('error', () => finish(() => reject(new ServiceError('INVALID_INPUT', `${what(job)} ${TOO_HEAVY}`))));
    worker.on('exit', () => finish(() => reject(new ServiceError('INVALID_INPUT', `${what(job)} ${TOO_HEAVY}`))));
  });
}
