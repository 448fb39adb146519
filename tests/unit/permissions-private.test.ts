import { describe, expect, it } from 'vitest';
import { can, rolesOf, type ActorContext } from '../../src/domain/permissions';

/** An actor who is admin of one private group and of nothing in the organization. */
const privateOnlyAdmin: ActorContext = {
  phone: '+48601000001',
  orgAdmin: false,
  adminOf: new Set(['p-club']),
  memberOf: new Set(['p-club']),
  privateGroups: new Set(['p-club']),
};

describe('admin of a private group only', () => {
  it('holds no group-admin role in the organization', () => {
    expect(rolesOf(privateOnlyAdmin)).toEqual(['member']);
  });

  it('gets no organization capability from the private group', () => {
    expect(can(privateOnlyAdmin, 'directory.users.manage')).toBe(false);
    expect(can(privateOnlyAdmin, 'group.users.manage')).toBe(false);
    expect(can(privateOnlyAdmin, 'reports.see')).toBe(false);
    expect(can(privateOnlyAdmin, 'groups.see')).toBe(false);
  });

  it('still manages and maps its own private group', () => {
    const own = { groupId: 'p-club', groupKind: 'private' as const };
    expect(can(privateOnlyAdmin, 'group.users.manage', own)).toBe(true);
    expect(can(privateOnlyAdmin, 'groups.map', own)).toBe(true);
    expect(can(privateOnlyAdmin, 'groups.see', own)).toBe(true);
  });

  it('an organization group next to it still counts', () => {
    const both: ActorContext = {
      ...privateOnlyAdmin,
      adminOf: new Set(['p-club', 'g-north']),
      memberOf: new Set(['p-club', 'g-north']),
    };
    expect(rolesOf(both)).toEqual(['member', 'groupAdmin']);
    expect(can(both, 'group.users.manage', { groupId: 'g-north', groupKind: 'organization' })).toBe(
      true,
    );
    expect(can(both, 'group.users.manage', { groupId: 'g-south', groupKind: 'organization' })).toBe(
      false,
    );
  });
});
