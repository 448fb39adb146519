/**
 * The records of the import benchmark, shared by the CSV written in Node and the raw
 * baseline written in the browser, so both store exactly the same users.
 */
import { FIRST_NAMES, demoName, demoPhone } from '../src/domain/demo';

const DEPTS = ['Operations', 'Logistics', 'Sales', 'Finance', 'IT'];

/** Header of the benchmark file: the phone, the name and 5 attribute columns. */
export const IMPORT_HEADER =
  'Phone Number*,Name,Employee ID*,Department,Job title,Office location,Date of joining';

/** Row `i` (1-based; 0 is the org admin) as the importer stores it. */
export function importRecord(i: number) {
  return {
    phone: demoPhone(i),
    name: demoName(i, Math.floor(i / FIRST_NAMES.length)),
    attrs: {
      employeeId: `E${i}`,
      department: DEPTS[i % DEPTS.length]!,
      jobTitle: 'Associate',
      office: 'Warsaw',
      joined: `20${String(10 + (i % 15))}-0${1 + (i % 9)}-1${i % 10}`,
    },
  };
}

/** Row `i` as a CSV line. */
export function importLine(i: number): string {
  const r = importRecord(i);
  const a = r.attrs;
  return `${r.phone},${r.name},${a.employeeId},${a.department},${a.jobTitle},${a.office},${a.joined}`;
}
