/**
 * The init script that gives the page its window.api: one async function per contract method,
 * each a POST to /api/<name> with the harness token. The only difference from the app is the transport.
 * Kept as plain browser JavaScript so no test-runner transform leaks into the page.
 */
export interface ApiInitArgs {
  names: readonly string[];
  token: string;
  tokenHeader: string;
}

export const API_INIT_SCRIPT = `(args) => {
  const api = {};
  for (const name of args.names) {
    api[name] = async (input) => {
      const response = await fetch('/api/' + name, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [args.tokenHeader]: args.token },
        body: JSON.stringify(input === undefined ? {} : input),
      });
      return response.json();
    };
  }
  Object.defineProperty(window, 'api', { value: Object.freeze(api), writable: false, configurable: false });
}`;

export function apiInitScript(args: ApiInitArgs): string {
  return `(${API_INIT_SCRIPT})(${JSON.stringify(args)});`;
}
