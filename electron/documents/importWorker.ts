/**
 * Entry of the import worker thread: parses each file posted to it, one at a time, and posts the
 * reply. Bundled on its own as import-worker.cjs beside each door's bundle (scripts/build-cli.mjs).
 */
import { parentPort } from 'node:worker_threads';
import { replyTo, type ImportJob } from './importJobs';

parentPort?.on('message', (job: ImportJob) => {
  void replyTo(job).then((reply) => parentPort?.postMessage(reply));
});
