import { DomainError, type Params } from '../domain/errors';

/**
 * Streaming byte → text decoding for imported files (SPEC §5.2): UTF-8 with or without BOM,
 * UTF-16 with BOM, and Windows-1250/1252 when the bytes are not UTF-8. Runs in a worker and
 * in Node; the output never depends on how the file was cut into chunks.
 */

export type FileEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1250' | 'windows-1252';
export type BinaryKind = 'zip' | 'excel' | 'pdf' | 'gzip' | 'binary';

/**
 * A file that cannot be read at all (binary, broken encoding, unclosed quote). It is a
 * `DomainError`, so the UI maps `code` + `params` to text like any other refusal. `line` is the
 * 1-based physical line in the file when the error belongs to one (also given as `params.line`).
 */
export class FileReadError extends DomainError {
  readonly line: number | undefined;
  constructor(code: string, params: Params = {}, line?: number) {
    super(code, line === undefined ? params : { ...params, line });
    this.name = 'FileReadError';
    this.line = line;
  }
}

export interface StreamTextDecoder {
  /** Decodes the next chunk; returns the text that is complete so far (may be ''). */
  push(bytes: Uint8Array): string;
  /** Decodes what is left; call once after the last chunk. */
  end(): string;
  /**
   * `undefined` until the first 4 bytes have arrived. `utf-8` may later become a Windows
   * code page when invalid UTF-8 follows plain ASCII.
   */
  readonly encoding: FileEncoding | undefined;
}

/** Regions whose legacy Windows code page is 1250 (Central European). */
const CP1250_REGIONS = new Set(['PL', 'CZ', 'SK', 'HU', 'SI', 'HR', 'RO', 'BA', 'RS', 'AL']);
/** Bytes after the first invalid UTF-8 byte that the 1250/1252 heuristic looks at. */
const HEURISTIC_WINDOW = 64 * 1024;
/** NUL bytes this early in a non-UTF-16 file mean it is not text. */
const NUL_WINDOW = 4096;

/**
 * Letters in 1250 that are symbols, rare ligatures or unassigned in 1252: ą ł ś ź ż Ą Ł Ś Ź Ż
 * Ť ť Ľ ľ Ş ş (1252: ¹ ³ œ Ÿ ¿ ¥ £ Œ – ¯ ...). Letters in both (é, ó, è/č, ñ/ń) say nothing.
 */
const FAVOURS_1250 = [0x8c, 0x8d, 0x8f, 0x9c, 0x9d, 0x9f, 0xa3, 0xa5, 0xaa, 0xaf];
const FAVOURS_1250_LOWER = [0xb3, 0xb9, 0xba, 0xbc, 0xbe, 0xbf];
/** Letters in 1252 that are unassigned or a diacritic mark in 1250: ƒ ˆ ˜ ÿ. */
const FAVOURS_1252 = [0x83, 0x88, 0x98, 0xff];
const SCORE = new Int8Array(256);
for (const b of [...FAVOURS_1250, ...FAVOURS_1250_LOWER]) SCORE[b] = 1;
for (const b of FAVOURS_1252) SCORE[b] = -1;

/**
 * Some runtimes decode `windows-1252` as Latin-1, so 0x80–0x9F come out as C1 controls instead
 * of € „ “ ” – … (Node 20.18.3+ and 22.13+, nodejs/node#60888; Cloudflare workerd). Browsers
 * and Node 24 are right; where the runtime is wrong, those 32 characters are mapped here as
 * the WHATWG index does.
 */
const CP1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const CP1252_BROKEN = new TextDecoder('windows-1252').decode(Uint8Array.of(0x80)) !== '\u20ac';

function fixCp1252(text: string): string {
  return text.replace(/[\x80-\x9f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]!);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function binaryKind(b: Uint8Array): BinaryKind | undefined {
  const [b0, b1, b2, b3] = b;
  if (b0 === 0x50 && b1 === 0x4b && b2 === 0x03 && b3 === 0x04) return 'zip';
  if (b0 === 0xd0 && b1 === 0xcf && b2 === 0x11 && b3 === 0xe0) return 'excel';
  if (b0 === 0x25 && b1 === 0x50 && b2 === 0x44 && b3 === 0x46) return 'pdf';
  if (b0 === 0x1f && b1 === 0x8b) return 'gzip';
  return undefined;
}

/** How many bytes at the end of `b` start a UTF-8 sequence that the next chunk completes. */
function incompleteTail(b: Uint8Array): number {
  for (let k = 1; k <= 3 && k <= b.length; k++) {
    const c = b[b.length - k]!;
    if (c < 0x80) return 0;
    if (c >= 0xc0) return (c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2) > k ? k : 0;
  }
  return 0;
}

/** Index of the first byte that is not valid UTF-8 (WHATWG rules), or -1. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return i;
    if (i + need >= b.length) return i;
    const c1 = b[i + 1]!;
    if (c1 < lo || c1 > hi) return i;
    for (let k = 2; k <= need; k++) if ((b[i + k]! & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * Decodes a file's bytes chunk by chunk. `region` (the tenant's default, e.g. `PL`) breaks a
 * tie between Windows-1250 and Windows-1252. Throws `FileReadError` `file.binary` (params
 * `kind`) or `file.mixedEncoding` (params `line`).
 */
export function createTextDecoder(options: { region?: string } = {}): StreamTextDecoder {
  const region = options.region?.toUpperCase() ?? '';
  let encoding: FileEncoding | undefined;
  let mode: 'head' | 'utf8' | 'pending' | 'stream' = 'head';
  let head: Uint8Array = new Uint8Array(0);
  let nulChecked = 0;
  // UTF-8 mode: bytes of an unfinished character, whether any non-ASCII text was seen (or a
  // BOM), line breaks so far and whether the previous chunk ended in CR (for CRLF).
  const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let carry: Uint8Array = new Uint8Array(0);
  let sawUtf8 = false;
  let lineBreaks = 0;
  let lastWasCR = false;
  // Fallback: bytes waiting for the 1250/1252 decision, then the chosen streaming decoder.
  let pending: Uint8Array[] = [];
  let pendingLength = 0;
  let stream: TextDecoder | undefined;

  function checkNul(bytes: Uint8Array): void {
    if (nulChecked >= NUL_WINDOW) return;
    const n = Math.min(bytes.length, NUL_WINDOW - nulChecked);
    if (bytes.subarray(0, n).indexOf(0) !== -1) {
      throw new FileReadError('file.binary', { kind: 'binary' });
    }
    nulChecked += n;
  }

  /** Counts CRLF, LF and lone CR as one line break each, across chunk borders. */
  function countBreaks(b: Uint8Array): number {
    let count = 0;
    for (let i = b.indexOf(13); i !== -1; i = b.indexOf(13, i + 1)) count++;
    for (let i = b.indexOf(10); i !== -1; i = b.indexOf(10, i + 1)) {
      if ((i === 0 ? lastWasCR : b[i - 1] === 13) === false) count++;
    }
    if (b.length > 0) lastWasCR = b[b.length - 1] === 13;
    return count;
  }

  function start(bytes: Uint8Array): string {
    const kind = binaryKind(bytes);
    if (kind) throw new FileReadError('file.binary', { kind });
    const [b0, b1, b2] = bytes;
    if (b0 === 0xff && b1 === 0xfe) return startStream('utf-16le', bytes.subarray(2));
    if (b0 === 0xfe && b1 === 0xff) return startStream('utf-16be', bytes.subarray(2));
    encoding = 'utf-8';
    mode = 'utf8';
    if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
      sawUtf8 = true; // a BOM says "UTF-8": later invalid bytes are damage, not another encoding
      return pushUtf8(bytes.subarray(3));
    }
    return pushUtf8(bytes);
  }

  function startStream(enc: FileEncoding, rest: Uint8Array): string {
    encoding = enc;
    mode = 'stream';
    stream = new TextDecoder(enc, { ignoreBOM: true });
    return decodeStream(rest);
  }

  function decodeStream(bytes?: Uint8Array): string {
    const text = bytes ? stream!.decode(bytes, { stream: true }) : stream!.decode();
    return CP1252_BROKEN && encoding === 'windows-1252' ? fixCp1252(text) : text;
  }

  function pushUtf8(bytes: Uint8Array): string {
    checkNul(bytes);
    const buf = carry.length > 0 ? concat(carry, bytes) : bytes;
    const tail = incompleteTail(buf);
    const body = buf.subarray(0, buf.length - tail);
    carry = buf.slice(buf.length - tail);
    let text: string;
    try {
      text = utf8.decode(body);
    } catch {
      carry = new Uint8Array(0);
      const at = firstInvalidUtf8(body);
      return switchToFallback(buf, at === -1 ? body.length : at);
    }
    // In UTF-8 a string shorter than its bytes holds a non-ASCII character.
    if (text.length !== body.length) sawUtf8 = true;
    lineBreaks += countBreaks(body);
    return text;
  }

  /** Invalid UTF-8 at `buf[at]`: fine after pure ASCII, an error after real UTF-8. */
  function switchToFallback(buf: Uint8Array, at: number): string {
    const before = buf.subarray(0, at);
    const line = lineBreaks + countBreaks(before) + 1;
    if (sawUtf8 || before.some((b) => b >= 0x80)) {
      throw new FileReadError('file.mixedEncoding', {}, line);
    }
    mode = 'pending';
    addPending(buf.subarray(at));
    return utf8.decode(before) + (pendingLength >= HEURISTIC_WINDOW ? decide() : '');
  }

  function addPending(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    pending.push(bytes.slice()); // the caller may reuse its buffer
    pendingLength += bytes.length;
  }

  /** Chooses 1250 or 1252 from the first bytes after the switch, then decodes what waited. */
  function decide(): string {
    let score = 0;
    let seen = 0;
    for (const chunk of pending) {
      for (let i = 0; i < chunk.length && seen < HEURISTIC_WINDOW; i++, seen++) {
        score += SCORE[chunk[i]!]!;
      }
    }
    const enc =
      score > 0 || (score === 0 && CP1250_REGIONS.has(region)) ? 'windows-1250' : 'windows-1252';
    encoding = enc;
    mode = 'stream';
    stream = new TextDecoder(enc);
    const text = pending.map((chunk) => decodeStream(chunk)).join('');
    pending = [];
    return text;
  }

  return {
    get encoding() {
      return encoding;
    },
    push(bytes) {
      switch (mode) {
        case 'head':
          head = concat(head, bytes);
          return head.length < 4 ? '' : start(head);
        case 'utf8':
          return pushUtf8(bytes);
        case 'pending':
          checkNul(bytes);
          addPending(bytes);
          return pendingLength >= HEURISTIC_WINDOW ? decide() : '';
        case 'stream':
          if (encoding !== 'utf-16le' && encoding !== 'utf-16be') checkNul(bytes);
          return decodeStream(bytes);
      }
    },
    end() {
      let text = '';
      if (mode === 'head') {
        if (head.length === 0) {
          encoding = 'utf-8';
          return '';
        }
        text += start(head);
      }
      if (mode === 'utf8' && carry.length > 0) {
        // A character cut off by the end of the file.
        const rest = carry;
        carry = new Uint8Array(0);
        text += switchToFallback(rest, 0);
      }
      if (mode === 'pending') text += decide();
      if (mode === 'stream') text += decodeStream();
      return text;
    },
  };
}
