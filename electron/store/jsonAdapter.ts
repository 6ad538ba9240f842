/** A lowdb adapter that writes durably, serialises writes and stores every string NFC-normalised. */
import type { Adapter } from 'lowdb';
import { realDisk, writeFileDurable, type DiskOps } from './durableWrite';
import { asciiJsonBytes, decodeJsonBytes } from './jsonText';

/**
 * JSON text of a value with every string NFC, in the data files' ASCII form (jsonText.ts). Normalising
 * the whole text once equals normalising each string: JSON's own characters are ASCII, and no
 * composition crosses a quote (there is no precomposed quote-with-mark). Keys are plain ASCII in this
 * app's data.
 */
export function stringifyNfc(value: unknown): string {
  return asciiJsonBytes(JSON.stringify(value).normalize('NFC')).toString('latin1');
}

export class DurableJsonAdapter<T> implements Adapter<T> {
  private queue: Promise<void> = Promise.resolve();

  constructor(readonly filename: string, private readonly disk: DiskOps = realDisk) {}

  /** Returns null when the file does not exist; throws on unreadable or non-JSON content. */
  async read(): Promise<T | null> {
    let text: string;
    try {
      text = decodeJsonBytes(await this.disk.read(this.filename));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return JSON.parse(text) as T;
  }

  /** Stringifies now (a snapshot of the data) and writes after any earlier write finished. */
  write(data: T): Promise<void> {
    return this.writeText(stringifyNfc(data));
  }

  /** Writes text already made (JSON, every string NFC; or its UTF-8 bytes) after any earlier write finished. */
  writeText(text: string | Uint8Array): Promise<void> {
    const next = this.queue.then(() => writeFileDurable(this.filename, text, this.disk));
    this.queue = next.catch(() => undefined);
    return next;
  }
}
