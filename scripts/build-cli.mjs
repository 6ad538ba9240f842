// Bundles the ward-conduct command into one ES module: out/cli/ward-conduct.mjs (run by bin/ward-conduct.js),
// and the import worker beside the CLI and main bundles.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, 'out', 'cli', 'ward-conduct.mjs');

await build({
  entryPoints: [path.join(root, 'electron', 'cli', 'index.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Bundled CommonJS dependencies call require() and read __dirname/__filename (pdfkit's virtual file
  // system does); an ES module has none of them, so the bundle gets its own.
  banner: {
    js: [
      "import { createRequire as __wcCreateRequire } from 'node:module';",
      "import { fileURLToPath as __wcFileURLToPath } from 'node:url';",
      "import { dirname as __wcDirname } from 'node:path';",
      'const require = __wcCreateRequire(import.meta.url);',
      'const __filename = __wcFileURLToPath(import.meta.url);',
      'const __dirname = __wcDirname(__filename);',
    ].join(' '),
  },
  external: ['electron'],
  legalComments: 'none',
  // Smaller to parse at every command (the bundle carries exceljs, pdfmake and zod).
  minify: true,
  keepNames: true,
  logLevel: 'warning',
});
console.log(`CLI bundled: ${path.relative(root, outfile)}`);

// The import worker (electron/documents/importWorker.ts): one self-contained CommonJS file beside each
// door's bundle, read as text and started with `new Worker(code, { eval: true })` — which also works
// from inside the app's asar archive. `npm run build` runs electron-vite first, so out/main exists.
for (const door of ['cli', 'main']) {
  const workerFile = path.join(root, 'out', door, 'import-worker.cjs');
  await build({
    entryPoints: [path.join(root, 'electron', 'documents', 'importWorker.ts')],
    outfile: workerFile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['electron'],
    legalComments: 'none',
    logLevel: 'warning',
  });
  console.log(`Import worker bundled: ${path.relative(root, workerFile)}`);
}
