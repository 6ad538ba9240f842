import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (this file lives in tests/e2e/support). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const RENDERER_OUT = path.join(PROJECT_ROOT, 'out', 'renderer');
export const SCREENSHOT_DIR = path.join(PROJECT_ROOT, 'test-output', 'e2e');
