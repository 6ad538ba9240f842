/**
 * The first screen's calls, started by the page's small entry script before React, antd and the app's
 * code are downloaded and evaluated (main.tsx): the services answer while the page's script loads, so the
 * shell and Tổng quan's to-do list can show in React's first render instead of after three rounds of
 * "render, ask, wait". Each answer is used once (the first screen), only when it succeeded; anything
 * later — a failed call, a second Tổng quan, a folder opened after the startup screen — asks again.
 * getTodo is refused (and changes nothing) when nobody is signed in yet: that answer is then dropped.
 */
import type { AuthState } from '../../shared/api/accessContract';
import type { Api } from '../../shared/api/contract';
import type { TodoView } from '../../shared/api/reportTypes';
import type { Result } from '../../shared/api/result';
import type { StartupState } from '../../shared/api/types';
import { callApi } from '../lib/api';

interface Early<T> {
  promise: Promise<Result<T>>;
  /** The answer, once it has arrived (so a first render can use it without waiting). */
  settled?: Result<T>;
}

/** What each early call answers with. */
interface EarlyData {
  startup: StartupState;
  auth: AuthState;
  todo: TodoView;
}

type EarlyCalls = { [K in keyof EarlyData]?: Early<EarlyData[K]> };

let early: EarlyCalls = {};

function track<T>(run: (api: Api) => Promise<Result<T>>): Early<T> {
  const entry: Early<T> = { promise: callApi(run) };
  void entry.promise.then((result) => {
    entry.settled = result;
  });
  return entry;
}

/** Asks for what the first screen shows: the startup state, who is signed in and the to-do list. */
export function startEarlyCalls(): void {
  early = {
    startup: track((api) => api.getStartup()),
    auth: track((api) => api.getAuthState()),
    todo: track((api) => api.getTodo({})),
  };
  // A data folder that did not open as is (startup screen): the shell shown later, for whatever folder is
  // opened then, asks for itself.
  const calls = early;
  void calls.startup?.promise.then((result) => {
    if (result.ok && result.data.status === 'ready') return;
    delete calls.auth;
    delete calls.todo;
  });
}

/**
 * Resolves once the first screen's answers have arrived (the startup state, who is signed in and, for a
 * folder that opened, the to-do list), or after `maxMs`, whichever is first. The page's first render waits
 * for this (app/start): drawn with the answers in hand it is the shell with Tổng quan's list at once,
 * instead of a "loading" spinner drawn and laid out first and replaced a moment later. Slow services
 * (a large folder still opening) get the spinner after `maxMs` as before.
 */
export function firstAnswers(maxMs: number): Promise<void> {
  const calls = early;
  const startup = calls.startup?.promise.then((result) => (result.ok && result.data.status === 'ready' ? Promise.all([calls.auth?.promise, calls.todo?.promise]) : null));
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, maxMs);
    void Promise.all([startup, calls.auth?.promise]).finally(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * The early answer's data when it has already arrived and succeeded, else null. Either way an arrived
 * answer is taken: a later caller asks again. For a first render's initial state.
 */
export function takeSettled<K extends keyof EarlyData>(key: K): EarlyData[K] | null {
  const entry = early[key] as Early<EarlyData[K]> | undefined;
  if (!entry?.settled) return null;
  delete early[key];
  return entry.settled.ok ? entry.settled.data : null;
}

/** The early call, arrived or still on its way (taken), or null: the caller then asks itself. */
export function takeEarly<K extends keyof EarlyData>(key: K): Promise<Result<EarlyData[K]>> | null {
  const entry = early[key] as Early<EarlyData[K]> | undefined;
  if (!entry) return null;
  delete early[key];
  return entry.promise;
}
