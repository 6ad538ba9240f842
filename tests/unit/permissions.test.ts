import { describe, expect, it } from 'vitest';
import { METHOD_NAME_LIST } from '../../shared/api/methodNames';
import { METHOD_PERMISSIONS, PERMISSIONS, PERMISSION_LABELS, ROLES, ROLE_LABELS, ROLE_PERMISSIONS, permissionFor, roleHas } from '../../shared/api/permissions';

describe('the permission table next to the contract', () => {
  it('names a permission for every contract method, and nothing else', () => {
    const missing = METHOD_NAME_LIST.filter((name) => !METHOD_PERMISSIONS[name]);
    expect(missing, 'add these methods to shared/api/permissions.ts').toEqual([]);
    expect(Object.keys(METHOD_PERMISSIONS).filter((name) => !(METHOD_NAME_LIST as readonly string[]).includes(name))).toEqual([]);
  });

  it('has Vietnamese labels for every role and permission', () => {
    for (const role of ROLES) expect(ROLE_LABELS[role].normalize('NFC')).toBe(ROLE_LABELS[role]);
    for (const permission of PERMISSIONS) expect(PERMISSION_LABELS[permission].length).toBeGreaterThan(5);
  });

  it('keeps deciding apart from entering and administering', () => {
    expect(permissionFor('moveViolation', { to: 'concluded' })).toBe('conclude');
    expect(permissionFor('moveViolation', { to: 'underReview' })).toBe('enter');
    expect(ROLES.filter((role) => roleHas(role, 'conclude'))).toEqual(['lanh-dao']);
    expect(ROLES.filter((role) => roleHas(role, 'admin'))).toEqual(['quan-tri']);
    expect(ROLES.filter((role) => roleHas(role, 'readPersonal'))).not.toContain('thu-truong');
    for (const role of ROLES) expect(ROLE_PERMISSIONS[role]).toContain('public');
  });
});
