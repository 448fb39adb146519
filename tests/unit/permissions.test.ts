import { describe, expect, test } from 'vitest';
import {
  MATRIX,
  can,
  rolesOf,
  type ActorContext,
  type Capability,
  type RoleName,
  type Target,
} from '../../src/domain/permissions';

/**
 * The expectations below are written from SPEC §7 and §10, not from MATRIX: every cell of the
 * matrix is walked through `can()` with an actor holding that role and every target situation.
 */

type Situation =
  | 'noTarget'
  | 'adminGroup'
  | 'memberGroup'
  | 'otherGroup'
  | 'userInAdminGroup'
  | 'userInMemberGroup'
  | 'userElsewhere'
  | 'userWithoutGroups'
  | 'privateMember'
  | 'privateAdmin'
  | 'privateOther';

const TARGETS: Record<Situation, Target | undefined> = {
  noTarget: undefined,
  adminGroup: { groupId: 'g-admin', groupKind: 'organization' },
  memberGroup: { groupId: 'g-member', groupKind: 'organization' },
  otherGroup: { groupId: 'g-other', groupKind: 'organization' },
  // A directory user is described by the organization groups they belong to.
  userInAdminGroup: { userGroupIds: ['g-other', 'g-admin'] },
  userInMemberGroup: { userGroupIds: ['g-member'] },
  userElsewhere: { userGroupIds: ['g-other'] },
  userWithoutGroups: { userGroupIds: [] },
  privateMember: { groupId: 'p-member', groupKind: 'private' },
  privateAdmin: { groupId: 'p-admin', groupKind: 'private' },
  privateOther: { groupId: 'p-other', groupKind: 'private' },
};

/** Each role's actor: admins are members of the groups they administer, as in the database. */
const ACTORS: Record<RoleName, ActorContext> = {
  orgAdmin: {
    phone: '+48600000001',
    orgAdmin: true,
    adminOf: new Set(['g-admin', 'p-admin']),
    memberOf: new Set(['g-admin', 'g-member', 'p-admin', 'p-member']),
  },
  groupAdmin: {
    phone: '+48600000002',
    orgAdmin: false,
    adminOf: new Set(['g-admin', 'p-admin']),
    memberOf: new Set(['g-admin', 'g-member', 'p-admin', 'p-member']),
  },
  member: {
    phone: '+48600000003',
    orgAdmin: false,
    adminOf: new Set(),
    memberOf: new Set(['g-member', 'p-member']),
  },
};

/** A plain member administers no group, so the "actor is admin" situations do not exist for them. */
const NOT_APPLICABLE: Record<RoleName, readonly Situation[]> = {
  orgAdmin: [],
  groupAdmin: [],
  member: ['adminGroup', 'userInAdminGroup', 'privateAdmin'],
};

const GROUP_SITUATIONS: readonly Situation[] = [
  'noTarget',
  'adminGroup',
  'memberGroup',
  'otherGroup',
  'privateMember',
  'privateAdmin',
  'privateOther',
];
const USER_SITUATIONS: readonly Situation[] = [
  'noTarget',
  'adminGroup',
  'memberGroup',
  'otherGroup',
  'userInAdminGroup',
  'userInMemberGroup',
  'userElsewhere',
  'userWithoutGroups',
];

type Cell = Partial<Record<Situation, boolean>>;
interface Expectation {
  situations: readonly Situation[];
  roles: Record<RoleName, Cell>;
}

const Y = true;
const N = false;

/** Managing a group's users, publishing to it, its reports: the same shape in SPEC §10. */
function groupAdminScoped(): Record<RoleName, Cell> {
  return {
    orgAdmin: {
      noTarget: Y,
      adminGroup: Y,
      memberGroup: Y,
      otherGroup: Y,
      privateMember: N,
      privateAdmin: Y,
      privateOther: N,
    },
    groupAdmin: {
      noTarget: Y,
      adminGroup: Y,
      memberGroup: N,
      otherGroup: N,
      privateMember: N,
      privateAdmin: Y,
      privateOther: N,
    },
    member: { noTarget: N, memberGroup: N, otherGroup: N, privateMember: N, privateOther: N },
  };
}

const EXPECTED: Record<Capability, Expectation> = {
  // "Add or remove directory users": org admin all users; group admin users of groups where
  // they are a direct admin; member no.
  'directory.users.manage': {
    situations: USER_SITUATIONS,
    roles: {
      orgAdmin: {
        noTarget: Y,
        adminGroup: Y,
        memberGroup: Y,
        otherGroup: Y,
        userInAdminGroup: Y,
        userInMemberGroup: Y,
        userElsewhere: Y,
        userWithoutGroups: Y,
      },
      groupAdmin: {
        noTarget: Y,
        adminGroup: Y,
        memberGroup: N,
        otherGroup: N,
        userInAdminGroup: Y,
        userInMemberGroup: N,
        userElsewhere: N,
        userWithoutGroups: N,
      },
      member: {
        noTarget: N,
        memberGroup: N,
        otherGroup: N,
        userInMemberGroup: N,
        userElsewhere: N,
        userWithoutGroups: N,
      },
    },
  },
  // "See groups": all organization groups / where admin / where member (admins are members too);
  // private groups only to their own members, whatever the organization role.
  'groups.see': {
    situations: GROUP_SITUATIONS,
    roles: {
      orgAdmin: {
        noTarget: Y,
        adminGroup: Y,
        memberGroup: Y,
        otherGroup: Y,
        privateMember: Y,
        privateAdmin: Y,
        privateOther: N,
      },
      groupAdmin: {
        noTarget: Y,
        adminGroup: Y,
        memberGroup: Y,
        otherGroup: N,
        privateMember: Y,
        privateAdmin: Y,
        privateOther: N,
      },
      member: { noTarget: Y, memberGroup: Y, otherGroup: N, privateMember: Y, privateOther: N },
    },
  },
  // "See the hierarchy of visible groups": yes for everyone — the parents and sub-groups of a
  // visible organization group are shown even when not otherwise visible (§7). Private groups stay private.
  'groups.hierarchy.see': {
    situations: GROUP_SITUATIONS,
    roles: {
      orgAdmin: {
        noTarget: Y,
        adminGroup: Y,
        memberGroup: Y,
        otherGroup: Y,
        privateMember: Y,
        privateAdmin: Y,
        privateOther: N,
      },
      groupAdmin: {
        noTarget: Y,
        adminGroup: Y,
        memberGroup: Y,
        otherGroup: Y,
        privateMember: Y,
        privateAdmin: Y,
        privateOther: N,
      },
      member: { noTarget: Y, memberGroup: Y, otherGroup: Y, privateMember: Y, privateOther: N },
    },
  },
  'group.users.manage': { situations: GROUP_SITUATIONS, roles: groupAdminScoped() },
  // "See connectors / Actions": own or all in the organization, for every role.
  'catalog.see': {
    situations: GROUP_SITUATIONS,
    roles: {
      orgAdmin: {
        noTarget: Y,
        adminGroup: Y,
        memberGroup: Y,
        otherGroup: Y,
        privateMember: Y,
        privateAdmin: Y,
        privateOther: Y,
      },
      groupAdmin: {
        noTarget: Y,
        adminGroup: Y,
        memberGroup: Y,
        otherGroup: Y,
        privateMember: Y,
        privateAdmin: Y,
        privateOther: Y,
      },
      member: { noTarget: Y, memberGroup: Y, otherGroup: Y, privateMember: Y, privateOther: Y },
    },
  },
  'catalog.publish': { situations: GROUP_SITUATIONS, roles: groupAdminScoped() },
  'reports.see': { situations: GROUP_SITUATIONS, roles: groupAdminScoped() },
  // "Map groups to the organization": as above, and §7 adds that an org admin who is a member
  // of a private group may map it.
  'groups.map': {
    situations: GROUP_SITUATIONS,
    roles: {
      orgAdmin: {
        noTarget: Y,
        adminGroup: Y,
        memberGroup: Y,
        otherGroup: Y,
        privateMember: Y,
        privateAdmin: Y,
        privateOther: N,
      },
      groupAdmin: {
        noTarget: Y,
        adminGroup: Y,
        memberGroup: N,
        otherGroup: N,
        privateMember: N,
        privateAdmin: Y,
        privateOther: N,
      },
      member: { noTarget: N, memberGroup: N, otherGroup: N, privateMember: N, privateOther: N },
    },
  },
  // "Manage attributes, networks, delete/restore users, export tenant data": org admins only.
  // It is tenant-wide, so no group — organization or private — changes the answer.
  'org.manage': {
    situations: GROUP_SITUATIONS,
    roles: {
      orgAdmin: {
        noTarget: Y,
        adminGroup: Y,
        memberGroup: Y,
        otherGroup: Y,
        privateMember: Y,
        privateAdmin: Y,
        privateOther: Y,
      },
      groupAdmin: {
        noTarget: N,
        adminGroup: N,
        memberGroup: N,
        otherGroup: N,
        privateMember: N,
        privateAdmin: N,
        privateOther: N,
      },
      member: { noTarget: N, memberGroup: N, otherGroup: N, privateMember: N, privateOther: N },
    },
  },
};

const ROLES: readonly RoleName[] = ['orgAdmin', 'groupAdmin', 'member'];
const capabilities = Object.keys(MATRIX) as Capability[];

describe('the expectation table', () => {
  test('covers every capability of MATRIX and nothing else', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...capabilities].sort());
  });

  test('covers every role of every MATRIX row', () => {
    for (const capability of capabilities) {
      expect(Object.keys(MATRIX[capability]).sort()).toEqual([...ROLES].sort());
      expect(Object.keys(EXPECTED[capability].roles).sort()).toEqual([...ROLES].sort());
    }
  });

  test('states every applicable situation for every role', () => {
    for (const capability of capabilities) {
      const { situations, roles } = EXPECTED[capability];
      for (const role of ROLES) {
        const expected = situations.filter((s) => !NOT_APPLICABLE[role].includes(s));
        expect(Object.keys(roles[role]).sort(), `${capability} / ${role}`).toEqual(
          [...expected].sort(),
        );
      }
    }
  });
});

describe('can() walks every cell of MATRIX', () => {
  const cases = capabilities.flatMap((capability) =>
    ROLES.flatMap((role) =>
      Object.entries(EXPECTED[capability].roles[role]).map(([situation, allowed]) => ({
        capability,
        role,
        situation: situation as Situation,
        allowed,
      })),
    ),
  );

  test.each(cases)(
    '$capability · $role · $situation → $allowed',
    ({ capability, role, situation, allowed }) => {
      expect(can(ACTORS[role], capability, TARGETS[situation])).toBe(allowed);
    },
  );
});

describe('rolesOf', () => {
  test('everyone is a member; group adminship and org adminship add roles', () => {
    expect(rolesOf(ACTORS.member)).toEqual(['member']);
    expect(rolesOf(ACTORS.groupAdmin).sort()).toEqual(['groupAdmin', 'member']);
    expect(rolesOf(ACTORS.orgAdmin).sort()).toEqual(['groupAdmin', 'member', 'orgAdmin']);
    expect(rolesOf({ ...ACTORS.orgAdmin, adminOf: new Set(), memberOf: new Set() }).sort()).toEqual(
      ['member', 'orgAdmin'],
    );
  });
});

describe('edge actors', () => {
  const loneOrgAdmin: ActorContext = {
    phone: '+48600000004',
    orgAdmin: true,
    adminOf: new Set(),
    memberOf: new Set(),
  };
  const nobody: ActorContext = {
    phone: '',
    orgAdmin: false,
    adminOf: new Set(),
    memberOf: new Set(),
  };
  const privateOnlyAdmin: ActorContext = {
    phone: '+48600000005',
    orgAdmin: false,
    adminOf: new Set(['p-admin']),
    memberOf: new Set(['p-admin', 'g-member']),
  };

  test('an org admin in no group still holds every organization-wide capability', () => {
    for (const capability of capabilities) {
      expect(can(loneOrgAdmin, capability), capability).toBe(true);
      expect(can(loneOrgAdmin, capability, TARGETS.otherGroup), capability).toBe(true);
    }
    expect(can(loneOrgAdmin, 'groups.see', TARGETS.privateOther)).toBe(false);
    expect(can(loneOrgAdmin, 'groups.map', TARGETS.privateOther)).toBe(false);
  });

  test('a user in no group may only see the catalog and the hierarchy', () => {
    const allowed = capabilities.filter((c) => can(nobody, c));
    expect(allowed.sort()).toEqual(['catalog.see', 'groups.hierarchy.see']);
  });

  test('the admin of a private group runs that group but gains nothing in the organization', () => {
    for (const capability of [
      'group.users.manage',
      'catalog.publish',
      'groups.map',
      'groups.see',
    ] as const) {
      expect(can(privateOnlyAdmin, capability, TARGETS.privateAdmin), capability).toBe(true);
    }
    expect(can(privateOnlyAdmin, 'org.manage', TARGETS.privateAdmin)).toBe(false);
    expect(can(privateOnlyAdmin, 'org.manage')).toBe(false);
    expect(can(privateOnlyAdmin, 'group.users.manage', TARGETS.memberGroup)).toBe(false);
    expect(can(privateOnlyAdmin, 'reports.see', TARGETS.memberGroup)).toBe(false);
    expect(can(privateOnlyAdmin, 'directory.users.manage', TARGETS.userInMemberGroup)).toBe(false);
  });
});
