/** Handlers of the access methods: users, signing in, the access log. */
import type { Handlers } from '../../shared/api/contract';
import type { Session } from './session';
import { authState, createUser, listUsers, recoverAdmin, resetPin, signIn, signOut, updateSecuritySettings } from './access/userService';
import { exportAccessLog, listAccessLog } from './access/accessLog';
import { exportPersonData } from './access/personExport';
import { retentionSettings, updateRetention } from './access/retentionSettings';
import { runRetention } from './access/retentionRun';

type AccessHandlers = Pick<Handlers, 'getAuthState' | 'signIn' | 'signOut' | 'recoverAdmin' | 'listUsers' | 'createUser' | 'resetPin' | 'updateSecuritySettings' | 'listAccessLog' | 'exportAccessLog' | 'exportPersonData' | 'getRetention' | 'updateRetention' | 'runRetention'>;

export function createAccessHandlers(session: Session): AccessHandlers {
  return {
    getAuthState: async () => authState(session),
    signIn: async ({ name, pin }) => signIn(session, name, pin),
    signOut: async () => signOut(session),
    recoverAdmin: async (input) => recoverAdmin(session, input),
    listUsers: async () => listUsers(session),
    createUser: async (input) => createUser(session, input),
    resetPin: async ({ name, pin }) => resetPin(session, name, pin),
    updateSecuritySettings: async ({ lockAfterMinutes }) => updateSecuritySettings(session, lockAfterMinutes),
    listAccessLog: async (filter) => listAccessLog(session.store, filter),
    exportAccessLog: async (filter) => exportAccessLog(session.store, filter),
    exportPersonData: async ({ staffId }) => exportPersonData(session.store, staffId),
    getRetention: async () => retentionSettings(session.store),
    updateRetention: async ({ years }) => updateRetention(session.store, years),
    runRetention: async ({ dryRun }) => runRetention(session.store, dryRun),
  };
}
