import { fileStamp } from './clock';
import { formatAttributeValue } from './attributes';
import {
  CREATED_HEADER,
  NAME_HEADER,
  NETWORK_HEADER,
  PHONE_HEADER,
  SOURCE_HEADER,
  networkWord,
} from './columns';
import type { ExportScope } from './jobs';
import type { Attribute, User } from './types';

/**
 * The users export's rows (SPEC §6): Phone Number, Name, Network, Source, Created, then every
 * attribute in the organization's order. Values are written as the importer reads them back
 * — yes/no as `Yes`/`No`, dates as stored (ISO 8601), numbers as they are — so the file
 * re-imports unchanged; `Network`, `Source` and `Created` are columns the importer knows.
 */

/** The header row for the organization's attributes. */
export function exportHeader(attributes: readonly Attribute[]): string[] {
  return [
    PHONE_HEADER,
    NAME_HEADER,
    NETWORK_HEADER,
    SOURCE_HEADER,
    CREATED_HEADER,
    ...attributes.map((a) => a.name),
  ];
}

/** One user's cells, in the header's order. */
export function exportRow(user: User, attributes: readonly Attribute[]): string[] {
  const cells = [
    user.phone,
    user.name,
    networkWord(user.network),
    user.source,
    new Date(user.createdAt).toISOString(),
  ];
  for (const a of attributes) cells.push(formatAttributeValue(user.attrs[a.id]));
  return cells;
}

/**
 * The file's name: what it holds and the (simulated) local day and minute it was made, e.g.
 * `kaizala-users-all-2026-12-04-1430.csv` — so two requests of a day are told apart.
 */
export function exportFileName(scope: ExportScope, now: number): string {
  return `kaizala-users-${scope}-${fileStamp(now)}.csv`;
}
