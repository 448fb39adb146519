import { buildActivity, dayOf } from './activity';
import { activityReport, daysOf, lastDays } from './reports';
import { DEMO_USER_COUNT } from './demo';
import {
  completedJobs,
  criterion,
  liveUser,
  personFacts,
  sameName,
  type Exercise,
  type PracticeData,
} from './practice';

/**
 * The exercises of the reports and tenant data guides: read a report, find a user's
 * messages in a tenant package, restore an organization from one.
 */

/** The group at the top of Reports → Activity → Groups over the last 30 days (org admin). */
export function mostActiveGroup(data: PracticeData): string | undefined {
  const groups = data.groups.filter((g) => g.kind === 'organization');
  const window = new Set(daysOf(lastDays(dayOf(data.now))));
  const days = buildActivity(data.messages, data.responses).filter((d) => window.has(d.day));
  const hidden = new Set(data.users.filter((u) => u.deletedAt !== undefined).map((u) => u.phone));
  const hiddenMessages = new Set(
    data.messages.filter((m) => hidden.has(m.author) && m.id !== undefined).map((m) => m.id!),
  );
  const [top] = activityReport(
    days,
    { groupIds: new Set(groups.map((g) => g.id)), hidden, hiddenMessages },
    'groups',
  );
  return groups.find((g) => g.id === top?.groupId)?.name;
}

export const ACTIVITY_REPORT: Exercise = {
  id: 'activity-report',
  guides: ['reports'],
  reads: ['groups', 'users', 'messages', 'responses'],
  steps: 4,
  hints: 2,
  answer: 'text',
  can: 'org.manage',
  facts: () => ({ days: 30 }),
  check: (data) => {
    const top = mostActiveGroup(data);
    const answer = data.answer?.trim() ?? '';
    return [
      criterion('answered', answer !== ''),
      criterion('correct', answer !== '' && top !== undefined && sameName(answer, top)),
    ];
  },
};

/** Whose messages the tenant exercise asks for: North — night shift's admin. */
const AUTHOR = 60;

export const TENANT_MESSAGES: Exercise = {
  id: 'tenant-messages',
  guides: ['tenant-data'],
  reads: ['messages', 'jobs'],
  steps: 4,
  hints: 3,
  answer: 'number',
  can: 'org.manage',
  facts: (demo) => personFacts(demo, AUTHOR),
  check: (data, facts) => {
    const wrote = data.messages.filter((m) => m.author === facts['phone']).length;
    const answer = data.answer?.trim() ?? '';
    return [
      criterion('exported', completedJobs(data, 'tenant-export').length > 0),
      criterion('answered', answer !== ''),
      criterion('correct', answer !== '' && Number(answer) === wrote),
    ];
  },
};

/** The user the trainee adds before the export, so the package is theirs. */
const NEWCOMER = { name: 'Ewa Kowalczyk', phone: '+48600700800' };

export const TENANT_RESTORE: Exercise = {
  id: 'tenant-restore',
  guides: ['tenant-data'],
  reads: ['users'],
  steps: 5,
  hints: 3,
  facts: (demo) => ({ ...NEWCOMER, org: demo.org.name, users: DEMO_USER_COUNT }),
  check: (data, facts) => {
    const live = data.users.filter((u) => u.deletedAt === undefined).length;
    return [
      criterion('restored', data.restored !== undefined),
      criterion('org', data.org?.name === facts['org'] && live >= Number(facts['users'])),
      criterion('user', liveUser(data, NEWCOMER.phone)?.name === NEWCOMER.name),
    ];
  },
};
