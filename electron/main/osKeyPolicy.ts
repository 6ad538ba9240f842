/**
 * Whether the app offers to keep the data key for the OS user account (issue 16, item 4). Only on
 * Windows, where Electron's safeStorage is DPAPI, bound to the signed-in Windows account. Elsewhere it
 * is not offered: on Linux safeStorage may fall back to a fixed, published key ("basic_text"), which
 * would keep the data key in the clear in effect.
 */
export function offersAccountKeys(platform: NodeJS.Platform, isEncryptionAvailable: boolean): boolean {
  return platform === 'win32' && isEncryptionAvailable;
}

/** The data key as text for safeStorage's string API, and back; anything but 32 bytes is refused. */
export function keyToText(key: Buffer): string {
  return key.toString('base64');
}

export function keyFromText(text: string): Buffer {
  const key = Buffer.from(text, 'base64');
  if (key.length !== 32 || key.toString('base64') !== text) throw new Error('not a data key');
  return key;
}
