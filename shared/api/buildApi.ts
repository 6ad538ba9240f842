/** Builds a window.api from any transport (IPC in the app, loopback HTTP in the E2E harness). */
import type { Api, MethodName } from './contract';
import { METHOD_NAME_LIST } from './methodNames';

export type Invoke = (method: MethodName, input: unknown) => Promise<unknown>;

export function buildApi(invoke: Invoke): Api {
  const entries = METHOD_NAME_LIST.map((name) => [name, (input?: unknown) => invoke(name, input ?? {})]);
  return Object.fromEntries(entries) as Api;
}
