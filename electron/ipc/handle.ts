/** Door 1: every contract method registered through one handle(name, schema, fn) that checks the sender and returns a Result. */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import { contract, METHOD_NAMES, type Handlers, type MethodName } from '../../shared/api/contract';
import { fail } from '../../shared/api/result';
import { invokeValidated } from '../services/dispatch';

/** Only our own renderer (file:// in production, the dev server in development) may call. */
export function isTrustedSender(event: IpcMainInvokeEvent, devServerUrl: string | undefined): boolean {
  const url = event.senderFrame?.url ?? '';
  if (url.startsWith('file://')) return true;
  return Boolean(devServerUrl && url.startsWith(devServerUrl));
}

/** Registers one channel: sender check, input parsed from unknown with the schema, fn called, Result returned. */
export function handle<I, O>(name: MethodName, schema: z.ZodType<I>, fn: (input: I) => Promise<O>, devServerUrl: string | undefined): void {
  ipcMain.handle(name, async (event, input: unknown) => {
    if (!isTrustedSender(event, devServerUrl)) return fail('FORBIDDEN');
    return invokeValidated(schema, fn, input);
  });
}

export function registerIpc(handlers: Handlers, devServerUrl: string | undefined): void {
  for (const name of METHOD_NAMES) {
    handle(name, contract[name].input as z.ZodType<unknown>, handlers[name] as (input: unknown) => Promise<unknown>, devServerUrl);
  }
}
