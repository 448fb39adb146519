import { demoPhone } from '../../../src/domain/demo';

/**
 * People of the deterministic demo organization (Contoso Logistics) that the tests name.
 * Phone numbers come from the demo's own generator; names are read from the UI when needed.
 */
export const DEMO = {
  employeeCount: 285,
  othersCount: 35,
  /** Org admin the demo acts as after loading. */
  anna: { name: 'Anna Nowak', phone: demoPhone(0) },
  /** The second org admin. */
  rahul: { name: 'Rahul Sharma', phone: demoPhone(1) },
  /** A plain member (of "Contoso Logistics — everyone"), admin of nothing. */
  member: { phone: demoPhone(5), group: 'Contoso Logistics — everyone' },
  /** Admin of the organization group "North — night shift". */
  groupAdmin: { phone: demoPhone(60), group: 'North — night shift' },
  /** A member of "North — night shift" besides its admin. */
  groupColleague: demoPhone(61),
  /** Header of the demo's users template: `*` marks the mandatory Employee ID. */
  usersTemplateHeader:
    'Phone Number*,Name,Employee ID*,Department,Job title,Office location,Date of joining,Forklift licence,Salary band',
} as const;
