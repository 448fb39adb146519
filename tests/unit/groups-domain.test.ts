import { describe, expect, test } from 'vitest';
import {
  MAX_GROUP_NAME,
  actorWithMemberships,
  byName,
  groupNameKey,
  hierarchyOf,
  removeParent,
  setParent,
  subGroupCandidates,
  subGroupCandidatesEmptyReason,
  sortedByName,
  validateGroupName,
  visibleGroups,
  wouldCycle,
  type HierarchyNode,
  leftWithoutAdmin,
} from '../../src/domain/groups';
import {
  PARENT_GROUP_TEMPLATE,
  USER_GROUP_TEMPLATE,
  fileKindOfHeader,
  mapParentGroupHeader,
  wrongKindProblem,
  mapUserGroupHeader,
  parseUserType,
  planGroupUpload,
  readParentGroupRow,
  readUserGroupRow,
  type ParentGroupRow,
  type ParentLink,
  type UserGroupColumns,
  type UserGroupRow,
} from '../../src/domain/group-upload';
import { recheckLinks } from '../../src/domain/group-upload-links';
import { DomainError } from '../../src/domain/errors';
import type { ActorContext } from '../../src/domain/permissions';
import type { Group, GroupKind, Membership } from '../../src/domain/types';
import { readImportPhone } from '../../src/io/phone';

const NOW = Date.UTC(2024, 5, 3, 9, 0, 0);

function group(id: string, name: string, over: Partial<Group> = {}): Group {
  return { id, name, kind: 'organization', createdBy: '+48601000000', createdAt: NOW, ...over };
}

function member(groupId: string, phone: string, role: 'admin' | 'member' = 'member'): Membership {
  return { groupId, phone, role, addedAt: NOW };
}

const ids = (groups: readonly Group[]) => groups.map((g) => g.id);
const names = (groups: readonly Group[]) => groups.map((g) => g.name);

describe('groupNameKey', () => {
  test('ignores case, outer spaces and runs of inner spaces', () => {
    expect(groupNameKey('  North   Sales\t')).toBe('north sales');
    expect(groupNameKey('NORTH SALES')).toBe(groupNameKey('north sales'));
  });

  test('Polish letters fold by case, and combining accents match precomposed ones', () => {
    expect(groupNameKey('ŁÓDŹ Zespół')).toBe('łódź zespół');
    expect(groupNameKey('Zespo\u0301ł')).toBe(groupNameKey('Zespół'));
  });
});

describe('validateGroupName', () => {
  const existing = [
    group('g-north', 'North Sales'),
    group('p-club', 'Book Club', { kind: 'private' }),
  ];

  test('trims and collapses inner spaces of an accepted name', () => {
    expect(validateGroupName('  South   Sales ', existing)).toEqual({ name: 'South Sales' });
  });

  test('an empty or blank name is refused', () => {
    expect(validateGroupName('   ', existing)).toEqual({
      name: '',
      problem: { column: 'name', value: '', code: 'group.name.empty' },
    });
  });

  test('exactly the maximum is accepted, one more is too long', () => {
    expect(validateGroupName('a'.repeat(MAX_GROUP_NAME), []).problem).toBeUndefined();
    const { problem } = validateGroupName('a'.repeat(MAX_GROUP_NAME + 1), []);
    expect(problem).toMatchObject({
      code: 'group.name.tooLong',
      params: { max: 100, length: 101 },
    });
    expect(problem?.value).toHaveLength(40);
  });

  test('markup is refused', () => {
    expect(validateGroupName('<script>alert(1)</script>', []).problem?.code).toBe(
      'group.name.markup',
    );
    expect(validateGroupName('a > b', []).problem?.code).toBe('group.name.markup');
  });

  test('a duplicate of an organization group is refused whatever its case and spacing', () => {
    expect(validateGroupName('north  SALES', existing)).toEqual({
      name: 'north SALES',
      problem: {
        column: 'name',
        value: 'north SALES',
        code: 'group.name.duplicate',
        params: { other: 'North Sales' },
      },
    });
  });

  test('private group names do not count, and a group may keep its own name', () => {
    expect(validateGroupName('book club', existing)).toEqual({ name: 'book club' });
    expect(validateGroupName('NORTH sales', existing, 'g-north')).toEqual({ name: 'NORTH sales' });
  });
});

describe('byName', () => {
  test('sorts numbers in names as numbers, ignores case and breaks ties by id', () => {
    const list = [
      group('b', 'team 10'),
      group('c', 'Team 2'),
      group('a', 'team 2'),
      group('d', 'Alpha'),
    ];
    expect(ids([...list].sort(byName))).toEqual(['d', 'a', 'c', 'b']);
  });
});

/*
 * The organization for visibility: HQ → North → Sales, South on its own; two private groups.
 * The org admin belongs only to Runners; the group admin administers South and belongs to
 * Book Club; the member belongs to North and Book Club.
 */
const ORG_ADMIN = '+48601000001';
const GROUP_ADMIN = '+48601000002';
const MEMBER = '+48601000003';
const GROUPS: Group[] = [
  group('g-hq', 'HQ'),
  group('g-north', 'North', { parentId: 'g-hq' }),
  group('g-sales', 'Sales', { parentId: 'g-north' }),
  group('g-south', 'South'),
  group('p-club', 'Book Club', { kind: 'private' }),
  group('p-run', 'Runners', { kind: 'private' }),
];
const MEMBERSHIPS: Membership[] = [
  member('p-run', ORG_ADMIN, 'admin'),
  member('g-south', GROUP_ADMIN, 'admin'),
  member('p-club', GROUP_ADMIN, 'admin'),
  member('g-north', MEMBER),
  member('p-club', MEMBER),
  member('g-hq', '+48601000009', 'admin'),
];

function actor(phone: string, orgAdmin = false): ActorContext {
  return actorWithMemberships({ phone, orgAdmin }, GROUPS, MEMBERSHIPS);
}

describe('actorWithMemberships', () => {
  test('reads the actor’s roles from their own memberships and marks private groups', () => {
    const ctx = actor(GROUP_ADMIN);
    expect(ctx.phone).toBe(GROUP_ADMIN);
    expect(ctx.orgAdmin).toBe(false);
    expect([...ctx.adminOf].sort()).toEqual(['g-south', 'p-club']);
    expect([...ctx.memberOf].sort()).toEqual(['g-south', 'p-club']);
    expect([...(ctx.privateGroups ?? [])]).toEqual(['p-club']);
  });
});

describe('visibleGroups', () => {
  test('an org admin sees every organization group, but no private group they are not in', () => {
    const seen = visibleGroups(actor(ORG_ADMIN, true), GROUPS);
    expect(names(seen.organization)).toEqual(['HQ', 'North', 'Sales', 'South']);
    expect(names(seen.private)).toEqual(['Runners']);
  });

  test('a group admin sees only the organization groups they administer', () => {
    const seen = visibleGroups(actor(GROUP_ADMIN), GROUPS);
    expect(names(seen.organization)).toEqual(['South']);
    expect(names(seen.private)).toEqual(['Book Club']);
  });

  test('a member sees the organization groups they belong to', () => {
    const seen = visibleGroups(actor(MEMBER), GROUPS);
    expect(names(seen.organization)).toEqual(['North']);
    expect(names(seen.private)).toEqual(['Book Club']);
  });

  test('memberships given replace the roles in the context', () => {
    const bare: ActorContext = {
      phone: MEMBER,
      orgAdmin: false,
      adminOf: new Set(),
      memberOf: new Set(),
    };
    expect(visibleGroups(bare, GROUPS)).toEqual({ organization: [], private: [] });
    expect(names(visibleGroups(bare, GROUPS, MEMBERSHIPS).organization)).toEqual(['North']);
  });

  test('converting a group back to private hides it from org admins who are not members', () => {
    const converted = GROUPS.map((g) =>
      g.id === 'g-south' ? { ...g, kind: 'private' as GroupKind } : g,
    );
    const orgAdmin = actorWithMemberships(
      { phone: ORG_ADMIN, orgAdmin: true },
      converted,
      MEMBERSHIPS,
    );
    expect(names(visibleGroups(orgAdmin, converted).organization)).toEqual([
      'HQ',
      'North',
      'Sales',
    ]);
    expect(names(visibleGroups(orgAdmin, converted).private)).toEqual(['Runners']);
    const admin = actorWithMemberships(
      { phone: GROUP_ADMIN, orgAdmin: false },
      converted,
      MEMBERSHIPS,
    );
    expect(names(visibleGroups(admin, converted).private)).toEqual(['Book Club', 'South']);
  });

  test('an admin of a private group only sees no organization group', () => {
    const ctx = actorWithMemberships({ phone: '+48601000004', orgAdmin: false }, GROUPS, [
      member('p-run', '+48601000004', 'admin'),
    ]);
    expect(visibleGroups(ctx, GROUPS)).toEqual({
      organization: [],
      private: [GROUPS[5]],
    });
  });
});

/** `name*` marks a visible node; children in brackets. */
function outline(nodes: readonly HierarchyNode[]): string {
  return nodes
    .map((n) => {
      const inner = n.children.length > 0 ? ` [${outline(n.children)}]` : '';
      return `${n.group.name}${n.visible ? '*' : ''}${inner}`;
    })
    .join(', ');
}

describe('hierarchyOf', () => {
  const tree = [
    ...GROUPS,
    group('g-gdansk', 'Gdańsk', { parentId: 'g-north' }),
    group('g-east', 'East', { parentId: 'g-south' }),
    group('g-team10', 'Team 10', { parentId: 'g-south' }),
    group('g-team2', 'Team 2', { parentId: 'g-south' }),
    group('p-sub', 'Private child', { kind: 'private', parentId: 'g-south' }),
  ];

  test('a member of a third-level group sees its parents up to the root, not its siblings', () => {
    expect(outline(hierarchyOf(tree, new Set(['g-sales'])))).toBe('HQ [North [Sales*]]');
  });

  test('a visible group brings all its sub-groups, sorted by name, with depths', () => {
    const forest = hierarchyOf(tree, new Set(['g-north']));
    expect(outline(forest)).toBe('HQ [North* [Gdańsk, Sales]]');
    expect(forest[0]!.depth).toBe(0);
    expect(forest[0]!.children[0]!.depth).toBe(1);
    expect(forest[0]!.children[0]!.children[1]!.depth).toBe(2);
  });

  test('roots and children are sorted by name, and private groups never appear', () => {
    const visible = new Set(['g-hq', 'g-north', 'g-sales', 'g-south', 'p-club', 'p-sub']);
    expect(outline(hierarchyOf(tree, visible))).toBe(
      'HQ* [North* [Gdańsk, Sales*]], South* [East, Team 2, Team 10]',
    );
  });

  test('nothing visible is an empty forest', () => {
    expect(hierarchyOf(tree, new Set())).toEqual([]);
  });

  test('a stored cycle (a broken invariant) does not hang the walk', () => {
    const broken = [group('a', 'A', { parentId: 'b' }), group('b', 'B', { parentId: 'a' })];
    expect(outline(hierarchyOf(broken, new Set(['a'])))).toBe('B [A*]');
  });

  test('groups that come sorted by name (the groups copy) are not sorted again: same result', () => {
    const visible = new Set(['g-hq', 'g-north', 'g-sales', 'g-south', 'p-club', 'p-sub']);
    const sorted = sortedByName(tree);
    expect(hierarchyOf(sorted, visible, { byName: true })).toEqual(hierarchyOf(tree, visible));
    const admin: ActorContext = {
      phone: '+48601000001',
      orgAdmin: true,
      adminOf: new Set(),
      memberOf: new Set(['p-club']),
    };
    expect(visibleGroups(admin, sorted, undefined, { byName: true })).toEqual(
      visibleGroups(admin, tree),
    );
    // Trusted, not checked: the order given is the order kept.
    expect(
      names(
        visibleGroups(admin, [...sorted].reverse(), undefined, { byName: true }).organization,
      )[0],
    ).toBe('Team 10');
  });
});

describe('wouldCycle', () => {
  test('a group cannot be its own sub-group', () => {
    expect(wouldCycle(GROUPS, 'g-north', 'g-north')).toBe(true);
  });

  test('a parent or a group higher up cannot become a sub-group (three levels)', () => {
    expect(wouldCycle(GROUPS, 'g-sales', 'g-north')).toBe(true);
    expect(wouldCycle(GROUPS, 'g-sales', 'g-hq')).toBe(true);
  });

  test('groups below or beside are no cycle', () => {
    expect(wouldCycle(GROUPS, 'g-hq', 'g-sales')).toBe(false);
    expect(wouldCycle(GROUPS, 'g-sales', 'g-south')).toBe(false);
  });
});

describe('subGroupCandidates and why the list is empty', () => {
  const groups = [
    ...GROUPS,
    group('g-west', 'West'),
    group('g-alpha', 'alpha'),
    group('g-team', 'Team', { parentId: 'g-south' }),
  ];

  test('offers parentless organization groups that make no cycle, sorted by name', () => {
    // HQ is above Sales; North and Team have parents; private groups are not offered.
    expect(names(subGroupCandidates(groups, 'g-sales'))).toEqual(['alpha', 'South', 'West']);
    expect(subGroupCandidatesEmptyReason(groups, 'g-sales')).toBeUndefined();
  });

  test('a root is not offered to itself', () => {
    expect(names(subGroupCandidates(groups, 'g-hq'))).toEqual(['alpha', 'South', 'West']);
  });

  test('no other organization group: noOtherGroups', () => {
    const lonely = [group('g-only', 'Only'), group('p-club', 'Book Club', { kind: 'private' })];
    expect(subGroupCandidates(lonely, 'g-only')).toEqual([]);
    expect(subGroupCandidatesEmptyReason(lonely, 'g-only')).toBe('group.sub.noOtherGroups');
  });

  test('every other group has a parent: noneWithoutParent', () => {
    const twoUnderRoot = [
      group('hq', 'HQ'),
      group('n', 'North', { parentId: 'hq' }),
      group('s', 'South', { parentId: 'hq' }),
    ];
    expect(subGroupCandidates(twoUnderRoot, 'hq')).toEqual([]);
    expect(subGroupCandidatesEmptyReason(twoUnderRoot, 'hq')).toBe('group.sub.noneWithoutParent');
  });

  test('the only parentless groups are above this one: allWouldCycle', () => {
    const chain = [
      group('a', 'A'),
      group('b', 'B', { parentId: 'a' }),
      group('c', 'C', { parentId: 'b' }),
    ];
    expect(subGroupCandidates(chain, 'c')).toEqual([]);
    expect(subGroupCandidatesEmptyReason(chain, 'c')).toBe('group.sub.allWouldCycle');
  });
});

describe('setParent and removeParent', () => {
  test('links a parentless group and leaves the input array alone', () => {
    const result = setParent(GROUPS, 'g-sales', 'g-south');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.groups.find((g) => g.id === 'g-south')?.parentId).toBe('g-sales');
    expect(result.groups).not.toBe(GROUPS);
    expect(GROUPS.find((g) => g.id === 'g-south')?.parentId).toBeUndefined();
  });

  test('refuses a child that already has a parent, naming it', () => {
    expect(setParent(GROUPS, 'g-south', 'g-sales')).toEqual({
      ok: false,
      problem: {
        value: 'Sales',
        code: 'group.parent.alreadyHasParent',
        params: { parent: 'South', child: 'Sales', current: 'North' },
      },
    });
  });

  test('refuses a cycle through three levels', () => {
    expect(setParent(GROUPS, 'g-sales', 'g-hq')).toEqual({
      ok: false,
      problem: {
        value: 'HQ',
        code: 'group.parent.cycle',
        params: { parent: 'Sales', child: 'HQ' },
      },
    });
  });

  test('an unknown group is a refused command', () => {
    expect(() => setParent(GROUPS, 'g-gone', 'g-south')).toThrow(DomainError);
    expect(() => removeParent(GROUPS, 'g-gone')).toThrow('group.notFound');
  });

  test('removeParent drops the link only, and returns a new array', () => {
    const result = removeParent(GROUPS, 'g-north');
    const north = result.find((g) => g.id === 'g-north')!;
    expect('parentId' in north).toBe(false);
    expect(result.find((g) => g.id === 'g-sales')?.parentId).toBe('g-north');
    expect(GROUPS[1]!.parentId).toBe('g-hq');
    expect(result).toHaveLength(GROUPS.length);
  });
});

describe('mapping file headers', () => {
  test('the template header maps, with a BOM and stars', () => {
    expect(USER_GROUP_TEMPLATE).toEqual(['Group Name*', 'Phone Number*', 'User Type*']);
    expect(mapUserGroupHeader(['\uFEFFGroup Name*', 'Phone Number*', 'User Type*'], 1)).toEqual({
      columns: { group: 0, phone: 1, type: 2, width: 3 },
      problems: [],
    });
  });

  test('columns may come in any order, in Polish, with unknown columns as warnings', () => {
    expect(
      mapUserGroupHeader(['Typ użytkownika', 'Notes', 'Numer telefonu', 'Nazwa grupy'], 2),
    ).toEqual({
      columns: { type: 0, phone: 2, group: 3, width: 4 },
      problems: [{ row: 2, column: 'Notes', code: 'import.header.unknown', warning: true }],
    });
  });

  test('a missing column stops the file and names the column', () => {
    expect(mapUserGroupHeader(['Group Name', 'Phone Number'], 1)).toEqual({
      problems: [{ row: 1, code: 'group.upload.missingColumn', params: { header: 'User Type' } }],
    });
  });

  test('one column twice under two names stops the file', () => {
    const result = mapUserGroupHeader(
      ['Group Name', 'Phone Number', 'Mobile Number', 'User Type'],
      1,
    );
    expect(result.columns).toBeUndefined();
    expect(result.problems).toEqual([
      {
        row: 1,
        column: 'Phone Number',
        code: 'import.header.duplicate',
        params: { first: 2, second: 3 },
      },
    ]);
  });

  test('a blank header cell is a warning', () => {
    expect(mapUserGroupHeader(['Group Name', '', 'Phone Number', 'User Type'], 1).problems).toEqual(
      [{ row: 1, column: '#2', code: 'import.header.blank', warning: true }],
    );
  });

  test('the parent file header maps, and a missing child column is a file problem', () => {
    expect(PARENT_GROUP_TEMPLATE).toEqual(['Parent Group Name*', 'Child Group Name*']);
    expect(mapParentGroupHeader(['Child Group Name*', 'Parent Group Name*'], 1)).toEqual({
      columns: { child: 0, parent: 1, width: 2 },
      problems: [],
    });
    expect(mapParentGroupHeader(['Parent Group Name'], 1)).toEqual({
      problems: [
        { row: 1, code: 'group.upload.missingColumn', params: { header: 'Child Group Name' } },
      ],
    });
  });
});

describe('parseUserType', () => {
  test('Admin and Member in any case, Administrator, and the Polish words', () => {
    expect(['Admin', 'ADMIN', ' admin ', 'Administrator'].map(parseUserType)).toEqual([
      'admin',
      'admin',
      'admin',
      'admin',
    ]);
    expect(['Member', 'member', 'Członek', 'CZŁONEK'].map(parseUserType)).toEqual([
      'member',
      'member',
      'member',
      'member',
    ]);
    expect(['Owner', '', 'Admins'].map(parseUserType)).toEqual([undefined, undefined, undefined]);
  });
});

describe('readUserGroupRow', () => {
  const columns: UserGroupColumns = { group: 0, phone: 1, type: 2, width: 3 };
  const ctx = { columns, region: 'PL', readPhone: readImportPhone };

  test('a valid row', () => {
    expect(readUserGroupRow(['  North  Sales ', '+48 601 234 567', 'member'], 5, ctx)).toEqual({
      row: { line: 5, groupName: 'North Sales', phone: '+48601234567', role: 'member' },
      problems: [],
    });
  });

  test('a blank group name', () => {
    expect(readUserGroupRow([' ', '+48601234567', 'Admin'], 3, ctx)).toEqual({
      problems: [{ row: 3, column: 'Group Name', value: '', code: 'group.upload.groupBlank' }],
    });
  });

  test('an unknown user type names the value', () => {
    expect(readUserGroupRow(['North', '+48601234567', 'Owner'], 4, ctx)).toEqual({
      problems: [
        {
          row: 4,
          column: 'User Type',
          value: 'Owner',
          code: 'group.upload.userType',
          params: { value: 'Owner' },
        },
      ],
    });
  });

  test('phone problems pass through, with the other problems of the row', () => {
    const { row, problems } = readUserGroupRow(['<b>North</b>', 'abc', ''], 6, ctx);
    expect(row).toBeUndefined();
    expect(problems.map((p) => [p.column, p.code])).toEqual([
      ['Group Name', 'group.name.markup'],
      ['phone', 'phone.letters'],
      ['User Type', 'group.upload.userType'],
    ]);
    expect(problems[1]).toMatchObject({
      row: 6,
      value: 'abc',
      params: { value: 'abc', region: 'PL' },
    });
  });

  test('a number that lost its + is applied with a warning', () => {
    expect(readUserGroupRow(['North', '447911123456', 'Admin'], 7, ctx)).toEqual({
      row: { line: 7, groupName: 'North', phone: '+447911123456', role: 'admin' },
      problems: [
        {
          row: 7,
          column: 'phone',
          value: '447911123456',
          code: 'import.phone.recoveredPlus',
          params: { suggestion: '+447911123456' },
          warning: true,
        },
      ],
    });
  });

  test('too few or too many fields', () => {
    expect(readUserGroupRow(['North', '+48601234567'], 8, ctx).problems).toEqual([
      { row: 8, code: 'import.row.tooFew', params: { found: 2, expected: 3 } },
    ]);
    expect(readUserGroupRow(['North', '+48601234567', 'Admin', ''], 9, ctx).problems[0]?.code).toBe(
      'import.row.tooMany',
    );
  });
});

describe('readParentGroupRow', () => {
  const columns = { parent: 0, child: 1, width: 2 };

  test('a valid row', () => {
    expect(readParentGroupRow([' HQ ', 'North'], 2, columns)).toEqual({
      row: { line: 2, parentName: 'HQ', childName: 'North' },
      problems: [],
    });
  });

  test('blank parent and blank child are named separately', () => {
    expect(readParentGroupRow(['', ' '], 3, columns)).toEqual({
      problems: [
        { row: 3, column: 'Parent Group Name', value: '', code: 'group.upload.parentBlank' },
        { row: 3, column: 'Child Group Name', value: '', code: 'group.upload.childBlank' },
      ],
    });
  });
});

const A1 = '+48601000101';
const A2 = '+48601000102';
const M1 = '+48601000201';

function mapRow(
  line: number,
  groupName: string,
  phone: string,
  role: 'admin' | 'member',
): UserGroupRow {
  return { line, groupName, phone, role };
}
function parentRow(line: number, parentName: string, childName: string): ParentGroupRow {
  return { line, parentName, childName };
}
/** Ids the runner would invent, predictable for the assertions. */
const idFor = (name: string) => `new:${name}`;

describe('planGroupUpload: groups and memberships', () => {
  const stored = [group('g-north', 'North'), group('p-south', 'South', { kind: 'private' })];
  const storedMembers = [member('g-north', A1, 'admin'), member('g-north', M1, 'member')];

  test('creates missing groups, matches stored ones by name in any case, and counts unchanged rows', () => {
    const plan = planGroupUpload(
      [
        mapRow(2, 'NORTH', A1, 'admin'),
        mapRow(3, 'north', M1, 'admin'),
        mapRow(4, 'North', A2, 'member'),
        mapRow(5, 'South', A2, 'admin'),
      ],
      [],
      stored,
      storedMembers,
      idFor,
    );
    // South exists only as a private group: the upload makes an organization group of that name.
    expect(plan.create).toEqual([{ id: 'new:South', name: 'South' }]);
    expect(plan.memberships).toEqual([
      {
        groupId: 'g-north',
        groupName: 'North',
        phone: M1,
        role: 'admin',
        previous: 'member',
        line: 3,
      },
      { groupId: 'g-north', groupName: 'North', phone: A2, role: 'member', line: 4 },
      { groupId: 'new:South', groupName: 'South', phone: A2, role: 'admin', line: 5 },
    ]);
    expect(plan.unchangedMemberships).toBe(1);
    expect(plan.mappingProblems).toEqual([]);
    expect(plan.errors).toBe(0);
  });

  test('a new group takes the spelling of its first row', () => {
    const plan = planGroupUpload(
      [mapRow(2, 'East  Team', A1, 'admin'), mapRow(3, 'east team', A2, 'member')],
      [],
      [],
      [],
      idFor,
    );
    expect(plan.create).toEqual([{ id: 'new:East  Team', name: 'East  Team' }]);
    expect(plan.memberships.map((m) => m.groupId)).toEqual(['new:East  Team', 'new:East  Team']);
  });

  test('the later row for a group and phone wins; the earlier is a warning', () => {
    const plan = planGroupUpload(
      [mapRow(2, 'East', A1, 'member'), mapRow(3, 'EAST', A1, 'admin')],
      [],
      [],
      [],
      idFor,
    );
    expect(plan.memberships).toEqual([
      { groupId: 'new:East', groupName: 'East', phone: A1, role: 'admin', line: 3 },
    ]);
    expect(plan.mappingProblems).toEqual([
      {
        row: 2,
        column: 'phone',
        value: A1,
        code: 'group.upload.duplicate',
        params: { later: 3, group: 'East' },
        warning: true,
      },
    ]);
    expect(plan.errors).toBe(0);
  });

  test('a new group with members only has no admin: not created, nothing of it applied', () => {
    const plan = planGroupUpload(
      [
        mapRow(2, 'East', M1, 'member'),
        mapRow(3, 'East', A2, 'member'),
        mapRow(4, 'West', A1, 'admin'),
      ],
      [],
      [],
      [],
      idFor,
    );
    expect(plan.create).toEqual([{ id: 'new:West', name: 'West' }]);
    expect(plan.memberships.map((m) => m.line)).toEqual([4]);
    expect(plan.mappingProblems).toEqual([
      {
        row: 2,
        column: 'Group Name',
        value: 'East',
        code: 'group.upload.noAdmin',
        params: { group: 'East' },
      },
    ]);
    expect(plan.errors).toBe(1);
  });

  test('demoting the last admin of a stored group is refused; adding members keeps the stored admin', () => {
    const demote = planGroupUpload(
      [mapRow(7, 'North', A1, 'member')],
      [],
      stored,
      storedMembers,
      idFor,
    );
    expect(demote.memberships).toEqual([]);
    expect(demote.mappingProblems.map((p) => [p.row, p.code, p.params])).toEqual([
      [7, 'group.upload.noAdmin', { group: 'North' }],
    ]);
    const add = planGroupUpload(
      [mapRow(7, 'North', A2, 'member')],
      [],
      stored,
      storedMembers,
      idFor,
    );
    expect(add.memberships.map((m) => m.phone)).toEqual([A2]);
    expect(add.errors).toBe(0);
  });
});

describe('planGroupUpload: the hierarchy', () => {
  const admins = (...groups: string[]) => groups.map((g, i) => mapRow(i + 2, g, A1, 'admin'));

  test('a three-level hierarchy is linked in file order', () => {
    const plan = planGroupUpload(
      admins('HQ', 'North', 'Sales'),
      [parentRow(2, 'HQ', 'north'), parentRow(3, 'North', 'Sales')],
      [],
      [],
      idFor,
    );
    expect(plan.links).toEqual([
      { parentId: 'new:HQ', childId: 'new:North', parentName: 'HQ', childName: 'North', line: 2 },
      {
        parentId: 'new:North',
        childId: 'new:Sales',
        parentName: 'North',
        childName: 'Sales',
        line: 3,
      },
    ]);
    expect(plan.parentProblems).toEqual([]);
    expect(plan.ignored).toEqual([]);
    expect(plan.errors).toBe(0);
  });

  test('parent rows whose child is not in the mapping file are ignored and listed', () => {
    const plan = planGroupUpload(
      admins('HQ', 'North'),
      [parentRow(2, 'HQ', 'North'), parentRow(3, 'HQ', 'Sales'), parentRow(4, 'North', 'Stored')],
      [group('g-stored', 'Stored')],
      [member('g-stored', A1, 'admin')],
      idFor,
    );
    expect(plan.links.map((l) => l.childName)).toEqual(['North']);
    expect(plan.ignored).toEqual([
      {
        row: 3,
        column: 'Child Group Name',
        value: 'Sales',
        code: 'group.upload.childNotInMapping',
        params: { child: 'Sales' },
        warning: true,
      },
      {
        row: 4,
        column: 'Child Group Name',
        value: 'Stored',
        code: 'group.upload.childNotInMapping',
        params: { child: 'Stored' },
        warning: true,
      },
    ]);
    expect(plan.parentProblems).toEqual([]);
    expect(plan.errors).toBe(0);
  });

  test('a group as its own parent is a cycle', () => {
    const plan = planGroupUpload(admins('A'), [parentRow(2, 'a', 'A')], [], [], idFor);
    expect(plan.links).toEqual([]);
    expect(plan.parentProblems).toEqual([
      {
        row: 2,
        column: 'Parent Group Name',
        value: 'a',
        code: 'group.upload.cycle',
        params: { chain: 'A → A' },
      },
    ]);
  });

  test('A → B and B → A: the row closing the cycle is an error', () => {
    const plan = planGroupUpload(
      admins('A', 'B'),
      [parentRow(2, 'A', 'B'), parentRow(3, 'B', 'A')],
      [],
      [],
      idFor,
    );
    expect(plan.links.map((l) => [l.parentName, l.childName])).toEqual([['A', 'B']]);
    expect(plan.parentProblems.map((p) => [p.row, p.code, p.params])).toEqual([
      [3, 'group.upload.cycle', { chain: 'A → B → A' }],
    ]);
    expect(plan.errors).toBe(1);
  });

  test('a cycle through three levels names the whole chain', () => {
    const plan = planGroupUpload(
      admins('A', 'B', 'C'),
      [parentRow(2, 'A', 'B'), parentRow(3, 'B', 'C'), parentRow(4, 'C', 'A')],
      [],
      [],
      idFor,
    );
    expect(plan.links.map((l) => l.line)).toEqual([2, 3]);
    expect(plan.parentProblems).toEqual([
      {
        row: 4,
        column: 'Parent Group Name',
        value: 'C',
        code: 'group.upload.cycle',
        params: { chain: 'A → B → C → A' },
      },
    ]);
  });

  test('a cycle through the stored hierarchy is found too', () => {
    const stored = [group('g-a', 'A'), group('g-b', 'B', { parentId: 'g-a' })];
    const plan = planGroupUpload(
      admins('A'),
      [parentRow(2, 'B', 'A')],
      stored,
      [member('g-a', A1, 'admin'), member('g-b', A1, 'admin')],
      idFor,
    );
    expect(plan.links).toEqual([]);
    expect(plan.parentProblems.map((p) => p.params)).toEqual([{ chain: 'A → B → A' }]);
  });

  test('a child given two different parents is refused on every one of its rows', () => {
    const plan = planGroupUpload(
      admins('North', 'South', 'Sales'),
      [parentRow(2, 'North', 'Sales'), parentRow(3, 'South', 'sales')],
      [],
      [],
      idFor,
    );
    expect(plan.links).toEqual([]);
    expect(plan.parentProblems).toEqual([
      {
        row: 2,
        column: 'Child Group Name',
        value: 'Sales',
        code: 'group.upload.twoParents',
        params: { child: 'Sales', parents: 'North, South' },
      },
      {
        row: 3,
        column: 'Child Group Name',
        value: 'sales',
        code: 'group.upload.twoParents',
        params: { child: 'sales', parents: 'North, South' },
      },
    ]);
    expect(plan.errors).toBe(2);
  });

  test('the same link twice is one link and a warning on the earlier row', () => {
    const plan = planGroupUpload(
      admins('HQ', 'North'),
      [parentRow(2, 'HQ', 'North'), parentRow(5, 'hq', 'NORTH')],
      [],
      [],
      idFor,
    );
    expect(plan.links.map((l) => l.line)).toEqual([5]);
    expect(plan.parentProblems).toEqual([
      {
        row: 2,
        column: 'Child Group Name',
        value: 'North',
        code: 'group.upload.duplicate',
        params: { later: 5, group: 'HQ' },
        warning: true,
      },
    ]);
    expect(plan.errors).toBe(0);
  });

  test('a parent that would not exist after the upload has no admin', () => {
    const plan = planGroupUpload(
      admins('North'),
      [parentRow(2, 'Nowhere', 'North')],
      [],
      [],
      idFor,
    );
    expect(plan.create.map((g) => g.name)).toEqual(['North']);
    expect(plan.links).toEqual([]);
    expect(plan.parentProblems).toEqual([
      {
        row: 2,
        column: 'Parent Group Name',
        value: 'Nowhere',
        code: 'group.upload.noAdmin',
        params: { group: 'Nowhere' },
      },
    ]);
  });

  test('a stored parent is linked by id; a stored link stays; a move names the old parent', () => {
    const stored = [
      group('g-hq', 'HQ'),
      group('g-old', 'Old'),
      group('g-north', 'North', { parentId: 'g-old' }),
      group('g-south', 'South', { parentId: 'g-hq' }),
    ];
    const plan = planGroupUpload(
      admins('North', 'South'),
      [parentRow(2, 'HQ', 'North'), parentRow(3, 'HQ', 'South')],
      stored,
      [],
      idFor,
    );
    expect(plan.create).toEqual([]);
    expect(plan.links).toEqual([
      {
        parentId: 'g-hq',
        childId: 'g-north',
        parentName: 'HQ',
        childName: 'North',
        previousParentId: 'g-old',
        line: 2,
      },
    ]);
  });
});

describe('recheckLinks: the planned links when they are set', () => {
  const link = (parentId: string, childId: string, line: number): ParentLink => ({
    parentId,
    childId,
    parentName: parentId.toUpperCase(),
    childName: childId.toUpperCase(),
    line,
  });

  test('each link is checked against the stored hierarchy and the links kept before it', () => {
    // C is above A now: B under A holds, and then C under B closes C → A → B → C.
    const stored = [group('a', 'A', { parentId: 'c' }), group('b', 'B'), group('c', 'C')];
    const result = recheckLinks([link('a', 'b', 2), link('b', 'c', 3)], stored);
    expect(result.apply.map((l) => l.line)).toEqual([2]);
    expect(result.problems).toEqual([
      {
        row: 3,
        column: 'Parent Group Name',
        value: 'B',
        code: 'group.upload.cycleNow',
        params: { parent: 'B', child: 'C', chain: 'C → A → B → C' },
      },
    ]);
  });

  test('a link already in place is neither set again nor a problem', () => {
    const stored = [group('a', 'A'), group('b', 'B', { parentId: 'a' })];
    expect(recheckLinks([link('a', 'b', 2)], stored)).toEqual({ apply: [], problems: [] });
  });

  test('a deleted or private group fails on its own column', () => {
    const stored = [group('a', 'A'), group('c', 'C', { kind: 'private' })];
    const result = recheckLinks([link('a', 'b', 2), link('c', 'a', 3)], stored);
    expect(result.apply).toEqual([]);
    expect(result.problems.map((p) => [p.row, p.column, p.code, p.params?.['group']])).toEqual([
      [2, 'Child Group Name', 'group.upload.linkGone', 'B'],
      [3, 'Parent Group Name', 'group.upload.linkGone', 'C'],
    ]);
  });
});

describe('nameSortKey', () => {
  test('folds Polish letters and case, so Łódź sorts with the Ls', () => {
    const list = [
      group('m', 'Mazury'),
      group('l', 'Łódź'),
      group('k', 'Kraków'),
      group('z', 'zakopane'),
    ];
    expect(ids([...list].sort(byName))).toEqual(['k', 'l', 'm', 'z']);
  });
});

describe('leftWithoutAdmin', () => {
  test('a group keeps an admin unless every admin leaves', () => {
    expect(leftWithoutAdmin(['+48601000001'], ['+48601000001'])).toBe(true);
    expect(leftWithoutAdmin(['+48601000001', '+48601000002'], ['+48601000001'])).toBe(false);
    expect(
      leftWithoutAdmin(['+48601000001', '+48601000002'], new Set(['+48601000001', '+48601000002'])),
    ).toBe(true);
    // Someone who is no admin leaving changes nothing.
    expect(leftWithoutAdmin(['+48601000001'], ['+48601000009'])).toBe(false);
  });
});

describe('fileKindOfHeader and wrongKindProblem', () => {
  test('a header says which of the three files it is, by any of each column’s names', () => {
    expect(fileKindOfHeader(['Group Name*', 'Phone Number*', 'User Type*'])).toBe('group-members');
    expect(fileKindOfHeader(['grupa', 'numer telefonu', 'rola'])).toBe('group-members');
    expect(fileKindOfHeader(['Parent Group Name*', 'Child Group Name*'])).toBe('group-parents');
    expect(fileKindOfHeader(['\uFEFFPhone Number*', 'Name', 'Employee ID*'])).toBe('users');
    // A mapping file missing a column is still a mapping file, not a users file.
    expect(fileKindOfHeader(['Group Name', 'Phone Number'])).toBeUndefined();
    expect(fileKindOfHeader(['Name', 'Department'])).toBeUndefined();
  });

  test('each reader names the file it was given and where it goes', () => {
    const mapping = ['Group Name*', 'Phone Number*', 'User Type*'];
    const parents = ['Parent Group Name*', 'Child Group Name*'];
    const users = ['Phone Number*', 'Name'];
    const code = (wanted: Parameters<typeof wrongKindProblem>[0], fields: string[]) =>
      wrongKindProblem(wanted, fields, 1)?.code;
    expect(code('users', mapping)).toBe('import.file.isGroupMembers');
    expect(code('users', parents)).toBe('import.file.isGroupParents');
    expect(code('users', users)).toBeUndefined();
    expect(code('group-members', users)).toBe('group.upload.file.isUsers');
    expect(code('group-members', parents)).toBe('group.upload.file.isParents');
    expect(code('group-members', mapping)).toBeUndefined();
    expect(code('group-parents', users)).toBe('group.upload.file.isUsersAsParents');
    expect(code('group-parents', mapping)).toBe('group.upload.file.isMappingAsParents');
    expect(wrongKindProblem('users', mapping, 3)).toEqual({
      row: 3,
      code: 'import.file.isGroupMembers',
    });
  });
});
