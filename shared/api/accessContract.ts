/** Access methods of the contract: the people who use the app, signing in, the access log. */
import { z } from 'zod';
import { method } from './method';
import { empty, requiredText, text } from './schemas';
import { ROLES, type Role } from './permissions';
import { isoDate } from '../schema/isoDate';
import { retentionMethods } from './retentionContract';
import type { FileOutput } from './rosterContract';

export interface SignedInUser {
  id: string;
  name: string;
  role: Role;
  roleLabel: string;
  staffId: string | null;
}

export interface AuthState {
  /** False until the first user is created: the app then works as before, without signing in. */
  hasUsers: boolean;
  user: SignedInUser | null;
  /** Names offered on the sign-in screen. */
  userNames: string[];
  /** Minutes without input before the app locks (0 = never). */
  lockAfterMinutes: number;
}

export interface UserView extends SignedInUser {
  staffName: string | null;
  isActive: boolean;
  createdAt: string;
}

export interface CreatedUser {
  user: UserView;
  /** Only when the first administrator is created: printed once, stored hashed. */
  recoveryCode: string | null;
}

export interface AccessLogEntry {
  at: string;
  by: string;
  role: string;
  method: string;
  what: string;
  staffIds: string[];
  staffNames: string[];
}

export const PIN_RULE = 'Mã PIN: từ 4 đến 64 ký tự';
const pin = z.string({ error: 'Thiếu mã PIN.' }).min(4, { error: PIN_RULE }).max(64, { error: PIN_RULE });
const userName = requiredText('Tên người dùng', 80);

/**
 * Which entries of the access log: one year (default: this year), or a range of local days (from/to,
 * both included, may span years); and/or about one person, and/or by one user.
 */
const accessLogFilter = z.object({
  year: z.number().int().min(2000).max(2100).optional(),
  staffId: text('Cán bộ', 80).optional(),
  by: text('Người dùng', 80).optional(),
  from: isoDate('Từ ngày').optional(),
  to: isoDate('Đến ngày').optional(),
}).strict();
export type AccessLogFilter = z.output<typeof accessLogFilter>;

export const accessMethods = {
  getAuthState: method<AuthState>()(empty),
  signIn: method<AuthState>()(z.object({ name: userName, pin }).strict()),
  signOut: method<AuthState>()(empty),
  recoverAdmin: method<CreatedUser>()(z.object({ code: requiredText('Mã khôi phục', 80), name: userName, pin }).strict()),
  listUsers: method<UserView[]>()(empty),
  createUser: method<CreatedUser>()(z.object({ name: userName, role: z.enum(ROLES, { error: 'Vai trò không hợp lệ' }), staffId: z.string().max(80).nullable().default(null), pin }).strict()),
  resetPin: method<UserView>()(z.object({ name: userName, pin }).strict()),
  updateSecuritySettings: method<AuthState>()(z.object({ lockAfterMinutes: z.number({ error: 'Số phút: phải là số' }).int().min(0).max(240) }).strict()),
  listAccessLog: method<AccessLogEntry[]>()(accessLogFilter),
  exportAccessLog: method<FileOutput>()(accessLogFilter),
  /** Everything about one person as one readable file (the person's request; the administrator exports it). */
  exportPersonData: method<FileOutput>()(z.object({ staffId: requiredText('Cán bộ', 80) }).strict()),
  ...retentionMethods,
} as const;
