/**
 * The preload: exposes window.api, one named function per contract method, over IPC.
 * Built as a single CommonJS file because the renderer is sandboxed.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { Api } from '../../shared/api/contract';
import { buildApi } from '../../shared/api/buildApi';

const api = buildApi((method, input) => ipcRenderer.invoke(method, input)) satisfies Api;

contextBridge.exposeInMainWorld('api', api);
