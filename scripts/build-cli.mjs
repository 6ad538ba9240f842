// Bundles the ward-conduct command into one ES module: out/cli/ward-conduct.mjs (run by bin/ward-conduct.js),
// and the import worker beside the CLI and main bundles.
import { build } from 'esbuild';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, 'out', 'cli', 'ward-conduct.mjs');

// Code splitting: a command loads only what it uses. The document libraries (pdfmake, exceljs, docx,
// ECharts with resvg, pdf-lib) are imported where they are used (`await import(…)`), so `info` or `todo`
// does not parse and run megabytes of them at every start. The chunks sit beside the entry (the
// banner's __dirname is the same for all of them); chunks of an earlier build are removed first.
const cliDir = path.dirname(outfile);
await mkdir(cliDir, { recursive: true });
for (const name of await readdir(cliDir)) if (/^chunk-.*\.mjs$/.test(name)) await rm(path.join(cliDir, name));

const result = await build({
  entryPoints: { 'ward-conduct': path.join(root, 'electron', 'cli', 'index.ts') },
  outdir: cliDir,
  outExtension: { '.js': '.mjs' },
  splitting: true,
  chunkNames: 'chunk-[hash]',
  metafile: true,
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
const entryKb = Math.round((result.metafile.outputs[path.relative(process.cwd(), outfile)]?.bytes ?? 0) / 1024);
console.log(`CLI bundled: ${path.relative(root, outfile)} (${entryKb} KB, ${Object.keys(result.metafile.outputs).length - 1} chunks loaded when needed)`);

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
