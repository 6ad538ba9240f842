/**
 * A request from another screen (Tổng quan) to open Quy tắc ứng xử straight on the import. Kept for
 * one opening of the rules area; the plain state router carries only the route key.
 */
let isImportRequested = false;

export function requestImportOnOpen(): void {
  isImportRequested = true;
}

export function isImportPending(): boolean {
  return isImportRequested;
}

export function clearImportRequest(): void {
  isImportRequested = false;
}
