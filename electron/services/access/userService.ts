/** The people who use the app: create, sign in and out, reset a PIN, recover a lost administrator. */
import { ServiceError } from '../../../shared/api/result';
import { ROLE_LABELS, type Role } from '../../../shared/api/permissions';
import type { AuthState, CreatedUser, SignedInUser, UserView } from '../../../shared/api/accessContract';
import { foldVietnamese } from '../../../shared/domain/text';
import type { UserRecord } from '../../../shared/schema/user';
import type { Store } from '../../store/dataStore';
import { newRecord } from '../records';
import type { Session } from '../session';
import { hashSecret, newRecoveryCode, normaliseRecoveryCode, verifySecret } from './secret';

const WRONG_SIGN_IN = 'Tên người dùng hoặc mã PIN không đúng.';
export const DEFAULT_LOCK_MINUTES = 10;

export function userRecords(store: Store): UserRecord[] {
  return store.collection('users').records.filter((r) => r.type === 'user' && !r.deletedAt);
}

export function hasUsers(store: Store): boolean {
  return userRecords(store).length > 0;
}

function findUser(store: Store, name: string): UserRecord | undefined {
  const folded = foldVietnamese(name.trim());
  return userRecords(store).find((u) => foldVietnamese(u.name) === folded);
}

function signedIn(user: UserRecord): SignedInUser {
  return { id: user.id, name: user.name, role: user.role, roleLabel: ROLE_LABELS[user.role], staffId: user.staffId };
}

function toView(store: Store, user: UserRecord): UserView {
  const staff = user.staffId ? store.collection('staff').records.find((s) => s.id === user.staffId) : undefined;
  return { ...signedIn(user), staffName: staff?.fullName ?? null, isActive: user.isActive, createdAt: user.createdAt };
}

export function authState(session: Session): AuthState {
  const store = session.store;
  const users = userRecords(store).filter((u) => u.isActive);
  return {
    hasUsers: users.length > 0,
    user: session.user,
    userNames: users.map((u) => u.name),
    lockAfterMinutes: store.meta.settings.lockAfterMinutes ?? DEFAULT_LOCK_MINUTES,
  };
}

export async function signIn(session: Session, name: string, pin: string): Promise<AuthState> {
  const user = findUser(session.store, name);
  // The PIN is checked even for an unknown name, so the answer's timing does not tell which names exist.
  const isRight = await verifySecret(pin, user?.secret ?? 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAA');
  if (!user || !user.isActive || !isRight) throw new ServiceError('FORBIDDEN', WRONG_SIGN_IN);
  session.user = signedIn(user);
  return authState(session);
}

export function signOut(session: Session): AuthState {
  session.user = null;
  return authState(session);
}

export function listUsers(session: Session): UserView[] {
  return userRecords(session.store).map((u) => toView(session.store, u));
}

function checkStaffLink(store: Store, role: Role, staffId: string | null): void {
  if (staffId && !store.collection('staff').records.some((s) => s.id === staffId && !s.deletedAt)) {
    throw new ServiceError('NOT_FOUND', 'Không tìm thấy cán bộ được liên kết với người dùng.');
  }
  if (role === 'thu-truong' && !staffId) throw new ServiceError('INVALID_INPUT', 'Thủ trưởng đơn vị phải được liên kết với một cán bộ trong danh sách (để biết đơn vị của mình).');
}

/** Writes a new recovery record (the old one, if any, no longer works) and returns the code, shown once. */
async function replaceRecoveryCode(store: Store, actor: string): Promise<{ code: string; record: UserRecord }> {
  const code = newRecoveryCode();
  const secret = await hashSecret(normaliseRecoveryCode(code));
  const record = newRecord({ type: 'recovery' as const, name: 'recovery', role: 'quan-tri' as const, staffId: null, secret, isActive: true }, actor, store.now());
  return { code, record };
}

export async function createUser(session: Session, input: { name: string; role: Role; staffId: string | null; pin: string }): Promise<CreatedUser> {
  const store = session.store;
  const isFirst = !hasUsers(store);
  if (isFirst && input.role !== 'quan-tri') throw new ServiceError('INVALID_INPUT', 'Người dùng đầu tiên phải là Quản trị (để quản lý người dùng và cài đặt).');
  if (findUser(store, input.name)) throw new ServiceError('CONFLICT', `Đã có người dùng tên "${input.name}".`);
  checkStaffLink(store, input.role, input.staffId);
  const secret = await hashSecret(input.pin);
  const actor = session.user?.name ?? input.name;
  const record = newRecord({ type: 'user' as const, name: input.name, role: input.role, staffId: input.staffId, secret, isActive: true }, actor, store.now());
  const recovery = isFirst ? await replaceRecoveryCode(store, actor) : null;
  await store.mutateCollection('users', null, (file) => {
    if (recovery) file.records = [...file.records.filter((r) => r.type !== 'recovery'), recovery.record];
    file.records.push(record);
  });
  // The first administrator is signed in at once: from now on the store asks who is working.
  if (isFirst) session.user = signedIn(record);
  return { user: toView(store, record), recoveryCode: recovery?.code ?? null };
}

export async function resetPin(session: Session, name: string, pin: string): Promise<UserView> {
  const store = session.store;
  const user = findUser(store, name);
  if (!user) throw new ServiceError('NOT_FOUND', `Không có người dùng tên "${name}".`);
  const secret = await hashSecret(pin);
  const at = store.now().toISOString();
  await store.mutateCollection('users', null, (file) => {
    const target = file.records.find((r) => r.id === user.id);
    if (!target) return;
    Object.assign(target, { secret, updatedAt: at, updatedBy: store.operator });
    target.history = [...(target.history ?? []), { at, by: store.operator, action: 'update', changes: { pin: { from: '…', to: 'đặt lại' } } }];
  });
  return toView(store, { ...user, secret });
}

/**
 * A lost administrator: the printed recovery code sets a new PIN for that administrator (or makes
 * a new one of that name), and a new code replaces the used one.
 */
export async function recoverAdmin(session: Session, input: { code: string; name: string; pin: string }): Promise<CreatedUser> {
  const store = session.store;
  const recovery = store.collection('users').records.find((r) => r.type === 'recovery' && !r.deletedAt);
  const isRight = await verifySecret(normaliseRecoveryCode(input.code), recovery?.secret ?? 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAA');
  if (!recovery || !isRight) throw new ServiceError('FORBIDDEN', 'Mã khôi phục không đúng.');
  const existing = findUser(store, input.name);
  if (existing && existing.role !== 'quan-tri') throw new ServiceError('INVALID_INPUT', `"${input.name}" không phải người dùng Quản trị; hãy nhập tên một Quản trị hoặc một tên mới.`);
  const secret = await hashSecret(input.pin);
  const actor = `${input.name} (mã khôi phục)`;
  const next = await replaceRecoveryCode(store, actor);
  const user = existing ? { ...existing, secret, isActive: true } : newRecord({ type: 'user' as const, name: input.name, role: 'quan-tri' as const, staffId: null, secret, isActive: true }, actor, store.now());
  await store.mutateCollection('users', null, (file) => {
    file.records = [...file.records.filter((r) => r.type !== 'recovery' && r.id !== user.id), user, next.record];
  });
  session.user = signedIn(user);
  return { user: toView(store, user), recoveryCode: next.code };
}

export async function updateSecuritySettings(session: Session, lockAfterMinutes: number): Promise<AuthState> {
  await session.store.updateMeta((meta) => {
    meta.settings = { ...meta.settings, lockAfterMinutes };
  });
  return authState(session);
}
