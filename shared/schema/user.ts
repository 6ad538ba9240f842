/** The people who use the app (not the roster: a user may be linked to a staff member) and the access log. */
import type { Role } from '../api/permissions';
import type { BaseRecord } from './records';

/** users.json holds the users and one recovery record (the hashed recovery code for a lost administrator). */
export interface UserRecord extends BaseRecord {
  type: 'user' | 'recovery';
  name: string;
  role: Role;
  staffId: string | null;
  /** scrypt$N$r$p$salt$hash (salt per user; see electron/services/access/secret.ts). */
  secret: string;
  isActive: boolean;
}

/** One read of personal data: who, when, which method, which people. access-<year>.json. */
export interface AccessRecord extends BaseRecord {
  by: string;
  role: string;
  method: string;
  what: string;
  staffIds: string[];
}
