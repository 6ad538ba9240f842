#!/usr/bin/env node
// The ward-conduct command: runs the bundled CLI (built by `npm run build:cli`).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const bundle = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'out', 'cli', 'ward-conduct.mjs');

if (!existsSync(bundle)) {
  process.stderr.write(
    `Chưa dựng công cụ dòng lệnh ward-conduct (không thấy ${bundle}).\n` +
      'Hãy chạy "npm run build:cli" (hoặc dùng "npm run cli -- <lệnh>" khi phát triển).\n',
  );
  process.exitCode = 4;
} else {
  await import(pathToFileURL(bundle).href);
}
