/**
 * The check `dispatch` makes for every door: may the signed-in user call this method (with this
 * input)? A store without users works as before. A refusal is a FORBIDDEN Result that changes nothing.
 */
import type { MethodName } from '../../../shared/api/contract';
import { PERMISSION_LABELS, ROLE_LABELS, permissionFor, roleHas, type Permission } from '../../../shared/api/permissions';
import { ServiceError } from '../../../shared/api/result';
import type { Store } from '../../store/dataStore';
import type { Session } from '../session';
import { logPersonalRead } from './accessLog';
import { checkUnitScope } from './unitScope';
import { hasUsers } from './userService';

/** Handlers made for a session carry their guard under this key (spreading handlers keeps it). */
export const ACCESS_GUARD = Symbol.for('ward-conduct.accessGuard');

export interface AccessGuard {
  /** Before the input is parsed: the method-level permission. A Vietnamese refusal, or null. */
  refusal(name: MethodName, rawInput: unknown): string | null;
  /** After parsing: the scope of a head of unit (throws a ServiceError). */
  checkScope(name: MethodName, input: unknown): Promise<void>;
  /** After a successful call: reads of personal data go to the access log. */
  afterCall(name: MethodName, input: unknown, output: unknown): Promise<void>;
}

export const NEEDS_SIGN_IN = 'Cần đăng nhập: dữ liệu này đã có người dùng. Hãy đăng nhập (trong ứng dụng, hoặc lệnh ward-conduct --user TÊN với mã PIN trong WARD_CONDUCT_PIN).';

function openStore(session: Session): Store | null {
  try {
    return session.store;
  } catch {
    return null;
  }
}

/** Users exist in the open store (a store not open refuses by itself, in its handler). */
function isGuarded(session: Session): boolean {
  const store = openStore(session);
  return store !== null && hasUsers(store);
}

export function refusalFor(session: Session, name: MethodName, rawInput: unknown): string | null {
  if (!isGuarded(session)) return null;
  const permission = permissionFor(name, rawInput);
  if (permission === 'public') return null;
  const user = session.user;
  if (!user) return NEEDS_SIGN_IN;
  if (roleHas(user.role, permission)) return null;
  return `Yêu cầu bị từ chối: vai trò ${ROLE_LABELS[user.role]} không có quyền ${PERMISSION_LABELS[permission]}. Không có gì bị thay đổi.`;
}

export function accessGuard(session: Session): AccessGuard {
  return {
    refusal: (name, rawInput) => refusalFor(session, name, rawInput),
    checkScope: async (name, input) => {
      if (isGuarded(session) && session.user?.role === 'thu-truong') checkUnitScope(session.store, session.user, name, input);
    },
    afterCall: async (name, input, output) => {
      if (isGuarded(session) && session.user) await logPersonalRead(session.store, session.user, name, input, output);
    },
  };
}

/** For a door that calls a service outside the contract (the CLI's backup to a file, demo data): the same check. */
export function requirePermission(session: Session, permission: Permission): void {
  if (!isGuarded(session) || permission === 'public') return;
  const user = session.user;
  if (!user) throw new ServiceError('FORBIDDEN', NEEDS_SIGN_IN);
  if (!roleHas(user.role, permission)) throw new ServiceError('FORBIDDEN', `Yêu cầu bị từ chối: vai trò ${ROLE_LABELS[user.role]} không có quyền ${PERMISSION_LABELS[permission]}. Không có gì bị thay đổi.`);
}
