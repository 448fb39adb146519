import { createHash } from 'node:crypto';
import JSZip from 'jszip';

/**
 * An independent reader of a tenant data package, written from the Data Package v2 and
 * Table Schema specifications and nothing of the lab's: JSZip (not the lab's fflate) opens
 * the zip, node:crypto hashes, a CSV parser of its own splits the files. It returns the
 * problems it finds, so a test can show them all.
 */

/** RFC 4180: fields split on commas, quoted fields with `""`, CRLF or LF ends a record. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const NAME = /^[a-z0-9._-]+$/;
const TYPES = new Set([
  'string',
  'number',
  'integer',
  'boolean',
  'object',
  'array',
  'date',
  'time',
  'datetime',
  'year',
  'yearmonth',
  'duration',
  'geopoint',
  'geojson',
  'list',
  'any',
]);

/** A cell as the spreadsheet-safe writer left it: one leading `'` before a formula-like value. */
function unquote(cell: string): string {
  return /^'+[=+\-@\t\r\n]/.test(cell) ? cell.slice(1) : cell;
}

function typeProblem(type: string, cell: string, field: Record<string, unknown>): boolean {
  if (cell === '') return false;
  switch (type) {
    case 'integer':
      return !/^-?\d+$/.test(cell);
    case 'number':
      return Number.isNaN(Number(cell));
    case 'boolean': {
      const yes = (field.trueValues as string[] | undefined) ?? ['true', 'True', 'TRUE', '1'];
      const no = (field.falseValues as string[] | undefined) ?? ['false', 'False', 'FALSE', '0'];
      return !yes.includes(cell) && !no.includes(cell);
    }
    case 'datetime':
      return Number.isNaN(Date.parse(cell)) || !/^\d{4}-\d{2}-\d{2}T/.test(cell);
    case 'object':
    case 'array': {
      try {
        const v = JSON.parse(cell) as unknown;
        return type === 'array' ? !Array.isArray(v) : typeof v !== 'object' || Array.isArray(v);
      } catch {
        return true;
      }
    }
    default:
      return false;
  }
}

export interface PackageReport {
  problems: string[];
  descriptor: Record<string, unknown>;
  /** Parsed rows (header first) per path. */
  tables: Map<string, string[][]>;
}

/** Checks a package against the specifications; `problems` is empty when it passes. */
export async function readPackage(zipBytes: Uint8Array): Promise<PackageReport> {
  const problems: string[] = [];
  const zip = await JSZip.loadAsync(zipBytes);
  const json = await zip.file('datapackage.json')?.async('string');
  if (json === undefined)
    return { problems: ['no datapackage.json'], descriptor: {}, tables: new Map() };
  const d = JSON.parse(json) as Record<string, unknown>;
  if (typeof d.name !== 'string' || !NAME.test(d.name)) problems.push('package name');
  if (typeof d.version !== 'string') problems.push('package version');
  if (typeof d.created !== 'string' || Number.isNaN(Date.parse(d.created)))
    problems.push('package created');
  const resources = d.resources as Array<Record<string, unknown>>;
  if (!Array.isArray(resources) || resources.length === 0) problems.push('resources');
  const tables = new Map<string, string[][]>();
  const byName = new Map<string, Record<string, unknown>>();
  for (const r of resources) {
    const path = r.path as string;
    if (typeof r.name !== 'string' || !NAME.test(r.name)) problems.push(`${path}: name`);
    byName.set(r.name as string, r);
    if (r.format !== 'csv' || r.mediatype !== 'text/csv' || r.encoding !== 'utf-8')
      problems.push(`${path}: format`);
    if (typeof r.hash !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(r.hash))
      problems.push(`${path}: hash pattern`);
    const file = zip.file(path);
    if (!file) {
      problems.push(`${path}: missing`);
      continue;
    }
    const bytes = await file.async('uint8array');
    if (bytes.length !== r.bytes)
      problems.push(`${path}: bytes ${bytes.length} ≠ ${String(r.bytes)}`);
    const hash = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    if (hash !== r.hash) problems.push(`${path}: hash`);
    let text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    if (text.charCodeAt(0) !== 0xfeff) problems.push(`${path}: no BOM`);
    else text = text.slice(1);
    const rows = parseCsv(text).map((row) => row.map(unquote));
    tables.set(path, rows);
    if (rows.length - 1 !== r['kaizala:rows']) problems.push(`${path}: rows`);
    const schema = r.schema as { fields: Array<Record<string, unknown>>; primaryKey?: string[] };
    const names = schema.fields.map((f) => f.name);
    if (JSON.stringify(rows[0]) !== JSON.stringify(names)) problems.push(`${path}: header`);
    for (const f of schema.fields)
      if (typeof f.name !== 'string' || !TYPES.has(f.type as string))
        problems.push(`${path}: field ${String(f.name)} type ${String(f.type)}`);
    rows.slice(1).forEach((row, i) => {
      if (row.length !== names.length) problems.push(`${path}: row ${i + 1} width`);
      schema.fields.forEach((f, k) => {
        if (typeProblem(f.type as string, row[k] ?? '', f))
          problems.push(`${path}: row ${i + 1} ${String(f.name)} "${row[k]}"`);
      });
    });
    for (const key of schema.primaryKey ?? [])
      if (!names.includes(key)) problems.push(`${path}: primary key ${key}`);
  }
  for (const name of Object.keys(zip.files))
    if (name !== 'datapackage.json' && !resources.some((r) => r.path === name))
      problems.push(`${name}: not listed`);
  // Foreign keys resolve.
  for (const r of resources) {
    const schema = r.schema as {
      fields: Array<{ name: string }>;
      foreignKeys?: Array<{ fields: string[]; reference: { resource: string; fields: string[] } }>;
    };
    const rows = tables.get(r.path as string) ?? [];
    for (const fk of schema.foreignKeys ?? []) {
      const target = byName.get(fk.reference.resource);
      if (!target) {
        problems.push(`${String(r.path)}: foreign key to ${fk.reference.resource}`);
        continue;
      }
      const targetRows = tables.get(target.path as string) ?? [];
      const cols = fk.reference.fields.map((f) => targetRows[0]!.indexOf(f));
      const keys = new Set(
        targetRows.slice(1).map((row) => cols.map((c) => row[c]).join('\u0000')),
      );
      const own = fk.fields.map((f) => rows[0]!.indexOf(f));
      rows.slice(1).forEach((row, i) => {
        const key = own.map((c) => row[c]).join('\u0000');
        if (!keys.has(key))
          problems.push(`${String(r.path)}: row ${i + 1} ${fk.fields.join()} → ${key}`);
      });
    }
  }
  return { problems, descriptor: d, tables };
}
