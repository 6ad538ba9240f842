/** Door 1: every contract method registered through one handle() that checks the sender and returns a Result. */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { METHOD_NAMES, type Handlers, type MethodName } from '../../shared/api/contract';
import { fail } from '../../shared/api/result';
import { dispatch } from '../services/dispatch';

/** Only our own renderer (file:// in production, the dev server in development) may call. */
export function isTrustedSender(event: IpcMainInvokeEvent, devServerUrl: string | undefined): boolean {
  const url = event.senderFrame?.url ?? '';
  if (url.startsWith('file://')) return true;
  return Boolean(devServerUrl && url.startsWith(devServerUrl));
}

function handle(name: MethodName, handlers: Handlers, devServerUrl: string | undefined): void {
  ipcMain.handle(name, async (event, input: unknown) => {
    if (!isTrustedSender(event, devServerUrl)) return fail('FORBIDDEN');
    return dispatch(handlers, name, input);
  });
}

export function registerIpc(handlers: Handlers, devServerUrl: string | undefined): void {
  for (const name of METHOD_NAMES) handle(name, handlers, devServerUrl);
}
