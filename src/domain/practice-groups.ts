import { builtinActionId } from './catalog';
import type { DemoOrganization } from './demo';
import {
  completedJobs,
  criterion,
  membershipOf,
  orgGroupNamed,
  personFacts,
  sameName,
  type Exercise,
} from './practice';

/**
 * The exercises of the groups' guides: a group and its admin, a hierarchy by bulk upload,
 * mapping a private group, an admins-only poll, a connector.
 */

export const GROUP_ADMIN: Exercise = {
  id: 'group-admin',
  guides: ['groups', 'roles'],
  reads: ['groups', 'memberships'],
  steps: 4,
  hints: 2,
  facts: (demo) => ({
    group: 'Quality team',
    ...personFacts(demo, 11, 'admin'),
    ...personFacts(demo, 12, 'member'),
  }),
  check: (data, facts) => {
    const group = orgGroupNamed(data, String(facts['group']));
    const admin = membershipOf(data, group?.id, String(facts['adminPhone']));
    const member = membershipOf(data, group?.id, String(facts['memberPhone']));
    return [
      criterion('group', group !== undefined),
      criterion('members', admin !== undefined && member !== undefined),
      criterion('admin', admin?.role === 'admin' && member?.role === 'member'),
    ];
  },
};

/** The hierarchy the upload builds: top, middle, bottom. */
const LEVELS = ['Retail', 'Retail North', 'Store 12'] as const;
const STORE_PEOPLE = [20, 21, 22, 23] as const;

/** The User Group Mapping file of the hierarchy exercise (its parent file the trainee writes). */
export function hierarchySample(demo: DemoOrganization): string {
  const phoneOf = (index: number) => demo.users[index]!.phone;
  const rows = [
    'Group Name*,Phone Number*,User Type*',
    `${LEVELS[0]},${phoneOf(STORE_PEOPLE[0])},Admin`,
    `${LEVELS[1]},${phoneOf(STORE_PEOPLE[1])},Admin`,
    `${LEVELS[2]},${phoneOf(STORE_PEOPLE[2])},Admin`,
    `${LEVELS[2]},${phoneOf(STORE_PEOPLE[3])},Member`,
  ];
  return `${rows.join('\r\n')}\r\n`;
}

export const HIERARCHY_UPLOAD: Exercise = {
  id: 'hierarchy-upload',
  guides: ['bulk-group-upload', 'sub-groups'],
  reads: ['groups', 'jobs'],
  steps: 4,
  hints: 3,
  sample: { name: 'store-groups.csv', text: hierarchySample },
  facts: () => ({ top: LEVELS[0], middle: LEVELS[1], bottom: LEVELS[2] }),
  check: (data) => {
    const [top, middle, bottom] = LEVELS.map((name) => orgGroupNamed(data, name));
    const linked = completedJobs(data, 'group-upload').some(
      (j) => (j.counts?.['linksSet'] ?? 0) > 0,
    );
    return [
      criterion('groups', top !== undefined && middle !== undefined && bottom !== undefined),
      criterion('middle', middle !== undefined && middle.parentId === top?.id),
      criterion('bottom', bottom !== undefined && bottom.parentId === middle?.id),
      criterion('upload', linked),
    ];
  },
};

const PRIVATE_GROUP = 'p-football';
/** Friday football's admin, demo user 14. */
const PRIVATE_ADMIN = 14;

export const MAP_PRIVATE: Exercise = {
  id: 'map-private',
  guides: ['private-groups'],
  reads: ['groups', 'memberships'],
  steps: 3,
  hints: 2,
  facts: (demo) => ({
    group: demo.groups.find((g) => g.id === PRIVATE_GROUP)!.name,
    members: demo.memberships.filter((m) => m.groupId === PRIVATE_GROUP).length,
    // A private group is mapped by its admin (an org admin only if they are a member).
    ...personFacts(demo, PRIVATE_ADMIN, 'admin'),
  }),
  check: (data, facts) => {
    const group = data.groups.find((g) => g.id === PRIVATE_GROUP);
    const members = data.memberships.filter((m) => m.groupId === PRIVATE_GROUP).length;
    return [
      criterion('mapped', group?.kind === 'organization'),
      criterion('members', members === Number(facts['members'])),
    ];
  },
};

/** IT helpdesk: its admin is demo user 245, its members 246–259. */
const POLL_GROUP = 'g-it';
const POLL = builtinActionId('poll');

export const ADMIN_POLL: Exercise = {
  id: 'admin-poll',
  guides: ['actions-connectors', 'roles'],
  reads: ['groups', 'memberships', 'publications', 'messages', 'responses'],
  steps: 5,
  hints: 3,
  // Nothing has been published to IT helpdesk, and nobody has posted a card there.
  start: (demo) => {
    const c = demo.catalog;
    c.publications = c.publications.filter((p) => p.groupId !== POLL_GROUP || p.kind !== 'action');
    const gone = new Set(
      c.messages.filter((m) => m.groupId === POLL_GROUP && m.kind === 'card').map((m) => m.id),
    );
    c.messages = c.messages.filter((m) => !gone.has(m.id));
    c.responses = c.responses.filter((r) => !gone.has(r.messageId));
  },
  facts: (demo) => ({
    group: demo.groups.find((g) => g.id === POLL_GROUP)!.name,
    ...personFacts(demo, 245, 'admin'),
    ...personFacts(demo, 246, 'first'),
    ...personFacts(demo, 247, 'second'),
  }),
  check: (data) => {
    const published = data.publications.find(
      (p) => p.kind === 'action' && p.groupId === POLL_GROUP && p.refId === POLL,
    );
    const polls = new Set(
      data.messages
        .filter((m) => m.groupId === POLL_GROUP && m.kind === 'card' && m.card?.type === 'poll')
        .map((m) => m.id),
    );
    const members = new Set(
      data.memberships
        .filter((m) => m.groupId === POLL_GROUP && m.role === 'member')
        .map((m) => m.phone),
    );
    const answered = new Set(
      data.responses
        .filter((r) => polls.has(r.messageId) && members.has(r.author))
        .map((r) => r.author),
    );
    return [
      criterion('published', published !== undefined),
      criterion('adminsOnly', published?.roles?.length === 1 && published.roles[0] === 'admin'),
      criterion('sent', polls.size > 0),
      criterion('answered', answered.size >= 2),
    ];
  },
};

const CONNECTOR_GROUP = 'g-south';

export const CONNECTOR: Exercise = {
  id: 'connector',
  guides: ['actions-connectors'],
  reads: ['groups', 'connectors', 'publications'],
  steps: 4,
  hints: 2,
  facts: (demo) => ({
    connector: 'Shift planner',
    group: demo.groups.find((g) => g.id === CONNECTOR_GROUP)!.name,
  }),
  check: (data, facts) => {
    const connectors = data.connectors.filter(
      (c) => c.active && sameName(c.name, String(facts['connector'])),
    );
    const attached = connectors.some((c) =>
      data.publications.some(
        (p) => p.kind === 'connector' && p.groupId === CONNECTOR_GROUP && p.refId === c.id,
      ),
    );
    return [criterion('registered', connectors.length > 0), criterion('attached', attached)];
  },
};
