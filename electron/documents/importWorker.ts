/**
 * Entry of the import worker thread: parses one file (workerData) and posts the reply. Bundled on
 * its own as import-worker.cjs next to each door's bundle (scripts/build-cli.mjs).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { replyTo, type ImportJob } from './importJobs';

void replyTo(workerData as ImportJob).then((reply) => parentPort?.postMessage(reply));
