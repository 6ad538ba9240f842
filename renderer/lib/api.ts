/** The typed client over window.api (IPC in the app, loopback HTTP in the E2E harness). */
import type { Api } from '../../shared/api/contract';
import { fail, type Result } from '../../shared/api/result';

declare global {
  interface Window {
    api: Api;
  }
}

export function getApi(): Api {
  return window.api;
}

/**
 * Runs one api call and always returns a Result: a missing window.api, a lost connection
 * or any thrown error becomes a failed Result with a Vietnamese message.
 */
export async function callApi<T>(run: (api: Api) => Promise<Result<T>>): Promise<Result<T>> {
  try {
    const api = getApi();
    if (!api) return fail('INTERNAL', 'Không kết nối được với phần xử lý dữ liệu của chương trình.');
    const result = await run(api);
    if (!result || typeof result !== 'object' || typeof result.ok !== 'boolean') return fail('INTERNAL');
    return result;
  } catch (error) {
    console.error(error);
    return fail('INTERNAL');
  }
}
