import { userTemplateHeader } from './import';
import type { DemoOrganization } from './demo';
import {
  attributeNamed,
  completedJobs,
  criterion,
  liveUser,
  personFacts,
  type Exercise,
  type Facts,
} from './practice';

/**
 * The exercises of the directory's guides: attributes, the import and its bad rows, export
 * and import back, networks, deletion and restore.
 */

/** Demo users the exercises name (employees added in the portal, members of the everyone group). */
const MOVER = 3;
const DELETED = 6;

export const EMPLOYEE_ID: Exercise = {
  id: 'employee-id',
  guides: ['attributes'],
  reads: ['attributes'],
  steps: 3,
  hints: 2,
  // The demo has Employee ID; this organization has not defined it yet.
  start: (demo) => {
    demo.attributes = demo.attributes.filter((a) => a.id !== 'employeeId');
    for (const user of demo.users) delete user.attrs['employeeId'];
  },
  facts: () => ({ attribute: 'Employee ID' }),
  check: (data, facts) => {
    // The suggested Employee ID is the same attribute under its Polish name.
    const attr =
      attributeNamed(data, String(facts['attribute'])) ??
      data.attributes.find((a) => a.suggested === 'employeeId');
    return [
      criterion('exists', attr !== undefined),
      criterion('text', attr?.type === 'text'),
      criterion('mandatory', attr?.mandatory === true),
    ];
  },
};

/** The sample file's people: three good rows, then the three the file got wrong. */
const SAMPLE = [
  { phone: '+48600555001', name: 'Olga Kamińska', id: 'CL-20001', forklift: 'No' },
  { phone: '+48600555002', name: 'Marek Zając', id: 'CL-20002', forklift: 'Yes' },
  { phone: '+48600555003', name: 'Zofia Wróbel', id: 'CL-20003', forklift: 'No' },
  // Excel turned the number into scientific notation.
  { phone: '+48600555004', name: 'Piotr Mazur', id: 'CL-20004', forklift: 'No', wrote: '4.86E+10' },
  // The mandatory Employee ID is missing.
  { phone: '+48600555005', name: 'Ewa Lis', id: 'CL-20005', forklift: 'No', wroteId: '' },
  // "maybe" is no yes/no value: he holds a licence.
  { phone: '+48600555006', name: 'Adam Kaczmarek', id: 'CL-20006', forklift: 'maybe' },
] as const;

/** The sample users file of the import exercise, for the demo's attributes. */
export function importSample(demo: DemoOrganization): string {
  const header = userTemplateHeader(demo.attributes);
  const cell = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const rows = SAMPLE.map((p) => {
    const byName: Record<string, string> = {
      'Employee ID': 'wroteId' in p ? p.wroteId : p.id,
      Department: 'Warehouse',
      'Job title': 'Picker',
      'Office location': 'Kraków',
      'Date of joining': '2024-05-02',
      'Forklift licence': p.forklift,
      'Salary band': '2',
    };
    return [
      'wrote' in p ? p.wrote : p.phone,
      p.name,
      ...demo.attributes.map((a) => byName[a.name] ?? ''),
    ].map(cell);
  });
  return `${[header.map(cell), ...rows].map((r) => r.join(',')).join('\r\n')}\r\n`;
}

export const IMPORT_FIX: Exercise = {
  id: 'import-fix',
  guides: ['bulk-import', 'spreadsheet-files', 'import-history'],
  reads: ['attributes', 'users', 'jobs'],
  steps: 4,
  hints: 3,
  sample: { name: 'import-sample.csv', text: importSample },
  facts: () => ({
    sciPhone: SAMPLE[3].phone,
    sciName: SAMPLE[3].name,
    idName: SAMPLE[4].name,
    id: SAMPLE[4].id,
    forkliftName: SAMPLE[5].name,
  }),
  check: (data) => {
    const employeeId = attributeNamed(data, 'Employee ID')?.id ?? '';
    const forklift = attributeNamed(data, 'Forklift licence')?.id ?? '';
    const good = SAMPLE.slice(0, 3).every((p) => liveUser(data, p.phone)?.name === p.name);
    return [
      criterion('imported', completedJobs(data, 'user-import').length > 0),
      criterion('good', good),
      criterion('phone', liveUser(data, SAMPLE[3].phone)?.name === SAMPLE[3].name),
      criterion('employeeId', liveUser(data, SAMPLE[4].phone)?.attrs[employeeId] === SAMPLE[4].id),
      criterion('forklift', liveUser(data, SAMPLE[5].phone)?.attrs[forklift] === true),
    ];
  },
};

export const EXPORT_REIMPORT: Exercise = {
  id: 'export-reimport',
  guides: ['export-users'],
  reads: ['jobs'],
  steps: 4,
  hints: 2,
  facts: () => ({}),
  check: (data) => {
    // The latest export, and the imports after it: one of them must be that file, untouched.
    const exported = completedJobs(data, 'user-export').at(-1);
    const after = completedJobs(data, 'user-import').filter(
      (j) => exported !== undefined && j.createdAt >= (exported.finishedAt ?? exported.createdAt),
    );
    const whole = after.filter((j) => j.counts?.['read'] === exported?.counts?.['rows']);
    const untouched = whole.filter(
      (j) => j.counts?.['created'] === 0 && j.counts['updated'] === 0 && j.counts['failed'] === 0,
    );
    return [
      criterion('exported', exported !== undefined),
      criterion('imported', after.length > 0),
      criterion('sameRows', whole.length > 0),
      criterion('unchanged', untouched.length > 0),
    ];
  },
};

export const MOVE_TO_OTHERS: Exercise = {
  id: 'move-to-others',
  guides: ['directory'],
  reads: ['users'],
  steps: 3,
  hints: 2,
  facts: (demo) => ({
    ...personFacts(demo, MOVER),
    employees: demo.users.filter((u) => u.network === 'employee').length,
  }),
  check: (data, facts) => {
    const user = liveUser(data, String(facts['phone']));
    const employees = data.users.filter(
      (u) => u.network === 'employee' && u.deletedAt === undefined,
    ).length;
    return [
      criterion('kept', user !== undefined),
      criterion('others', user?.network === 'others'),
      criterion('onlyThem', employees === Number(facts['employees']) - 1),
    ];
  },
};

export const DELETE_RESTORE: Exercise = {
  id: 'delete-restore',
  guides: ['deleting-users'],
  reads: ['users', 'memberships', 'audit'],
  steps: 4,
  hints: 2,
  facts: (demo): Facts => ({
    ...personFacts(demo, DELETED),
    groups: demo.memberships.filter((m) => m.phone === demo.users[DELETED]!.phone).length,
  }),
  check: (data, facts) => {
    const phone = String(facts['phone']);
    const events = data.audit.filter((e) => e.target === phone);
    const deleted = events.find((e) => e.action === 'user.delete');
    const restored = events.find((e) => e.action === 'user.restore' && e.at >= (deleted?.at ?? 0));
    const groups = data.memberships.filter((m) => m.phone === phone).length;
    return [
      criterion('deleted', deleted !== undefined),
      criterion('restored', deleted !== undefined && restored !== undefined),
      criterion('back', liveUser(data, phone) !== undefined),
      criterion('groups', groups >= Number(facts['groups'])),
    ];
  },
};
