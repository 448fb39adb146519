import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { run, query, startJob } from '../../src/app/kernel/client';
import { setRuntime } from '../../src/app/kernel/runtime';
import { runExportJob } from '../../src/app/exports/user-export';
import { toStored } from '../../src/domain/users';
import type { User } from '../../src/domain/types';
import { openDb, type LabDb } from '../../src/storage/db';
import { howToInstall, toolPath } from '../../scripts/tools.mjs';

/**
 * A real client reads the export (issue 10): LibreOffice Calc, headless, opens the CSV the
 * lab writes — with "Evaluate formulas" on, so a cell that starts like a formula would be
 * one — and saves it as a flat OpenDocument spreadsheet, whose XML says which cells are
 * formulas. Polish names must come through the UTF-8 BOM intact, `+` numbers stay as they
 * are (the Phone Number column imported as Text, as the guide tells people to), and no cell
 * is a formula. A control file with one raw `=1+1` shows the same options do evaluate one.
 */

const FIXED = Date.UTC(2024, 5, 3, 9, 0, 0);
const soffice = toolPath('libreoffice');
let dir: string;
let db: LabDb;

/**
 * CSV filter options of LibreOffice's import: comma, double quote, UTF-8 (76), from line 1,
 * column 1 as Text (1/2), English locale (1033), quoted fields not forced to text, special
 * numbers detected, … and token 13, "Evaluate formulas", on.
 */
const INFILTER = 'CSV:44,34,76,1,1/2,1033,false,true,,,,,true';

/** Converts the CSV files to flat ODS in one LibreOffice run; returns each file's XML. */
function openInCalc(files: string[]): string[] {
  execFileSync(
    soffice!,
    [
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
      '--headless',
      '--norestore',
      `--infilter=${INFILTER}`,
      '--convert-to',
      'fods',
      '--outdir',
      dir,
      ...files,
    ],
    { stdio: 'ignore', timeout: 120_000 },
  );
  return files.map((f) => readFileSync(f.replace(/\.csv$/, '.fods'), 'utf8'));
}

const unescapeXml = (s: string) =>
  s
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Each row's cells as the spreadsheet holds them: text (lines joined by \n) and formula. */
function cells(fods: string): Array<Array<{ text: string; formula?: string }>> {
  const rows = [...fods.matchAll(/<table:table-row\b[^>]*>([\s\S]*?)<\/table:table-row>/g)];
  return rows.map(([, row]) =>
    [...row!.matchAll(/<table:table-cell\b([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g)].map(
      ([, attrs, body]) => {
        const formula = /table:formula="([^"]*)"/.exec(attrs!)?.[1];
        const lines = [...(body ?? '').matchAll(/<text:p>([\s\S]*?)<\/text:p>/g)].map((m) =>
          unescapeXml(m[1]!.replace(/<text:s\/>/g, ' ').replace(/<[^>]+>/g, '')),
        );
        return { text: lines.join('\n'), ...(formula ? { formula: unescapeXml(formula) } : {}) };
      },
    ),
  );
}

beforeAll(async () => {
  if (!soffice) throw new Error(howToInstall('libreoffice'));
  dir = mkdtempSync(join(tmpdir(), 'kaizala-calc-'));
  db = openDb(`test-${crypto.randomUUID()}`);
  setRuntime({ db, realNow: () => FIXED });
  await run('org-create', {
    orgName: 'Contoso',
    region: 'PL',
    locale: 'en',
    adminName: 'Zażółć Gęślą',
    adminPhone: '601 000 001',
  });
  await run('attributes-save', {
    add: [{ name: 'Note', type: 'text', mandatory: false, userEditable: true, visibleToAll: true }],
  });
});

afterAll(async () => {
  await db?.delete();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('LibreOffice Calc opens the users export', () => {
  test('Polish names and + numbers intact, and no cell is a formula', async () => {
    const note = (await db.attributes.toArray())[0]!.id;
    const person = (phone: string, name: string, value: string): User => ({
      phone,
      name,
      network: 'employee',
      orgRole: 'member',
      source: 'import',
      attrs: { [note]: value },
      createdAt: FIXED,
      updatedAt: FIXED,
    });
    const tricky = [
      person('+48601000002', 'Łucja Świątek', '=1+1'),
      person('+48601000003', 'Grzegorz Brzęczyszczykiewicz', '+48 601 000 003'),
      person('+48601000004', 'Zoë, "the second"', '@SUM(A1)'),
      person('+48601000005', 'Jan Kowalski', '-2+3'),
      person('+48601000006', 'Anna Nowak', 'first line\n=HYPERLINK("http://example.com")'),
      person('+48601000007', 'Piotr Ćwik', "'=already"),
    ];
    await db.users.bulkPut(tricky.map(toStored));
    const { jobId } = await startJob('user-export', { scope: 'all' });
    await runExportJob({ db, realNow: () => FIXED }, jobId);
    const blob = await query('job-file', { jobId, file: 'output' });
    const exportPath = join(dir, 'export.csv');
    writeFileSync(exportPath, new Uint8Array(await blob!.arrayBuffer()));
    const controlPath = join(dir, 'control.csv');
    writeFileSync(controlPath, 'Phone Number,Note\r\n+48601000002,=1+1\r\n');

    const [exported, control] = openInCalc([exportPath, controlPath]).map(cells);

    // The control: these options do evaluate a cell that starts with "=".
    expect(control![1]![1]).toMatchObject({ formula: 'of:=1+1' });

    const rows = exported!.filter((r) => r.some((c) => c.text !== ''));
    expect(rows[0]!.map((c) => c.text).slice(0, 6)).toEqual([
      'Phone Number',
      'Name',
      'Network',
      'Source',
      'Created',
      'Note',
    ]);
    expect(rows.flat().filter((c) => c.formula)).toEqual([]);
    const byPhone = new Map(rows.slice(1).map((r) => [r[0]!.text, r]));
    expect([...byPhone.keys()]).toEqual(['+48601000001', ...tricky.map((u) => u.phone)]);
    expect(byPhone.get('+48601000001')![1]!.text).toBe('Zażółć Gęślą');
    for (const u of tricky) {
      const row = byPhone.get(u.phone)!;
      expect(row[1]!.text, u.phone).toBe(u.name);
      // The value is text, shown with the one apostrophe that disarmed it (when it needed one).
      const value = u.attrs[note] as string;
      expect(row[5]!.text.replace(/^'/, ''), u.phone).toBe(value);
    }
  }, 180_000);
});
