import type { Problem } from './errors';
import { validateCatalogName, validateDescription } from './catalog';
import type { ActorContext } from './permissions';
import type { Connector } from './types';

/**
 * Connectors (SPEC §8): registration rules and credentials. A real console shows the secret
 * once and keeps only a hash of it, so a leaked database does not leak working secrets; the
 * lab does the same.
 */

/** Checks a registration: name required and unique in the organization (any case), description optional. */
export function validateConnector(
  input: { name: string; description: string },
  existing: readonly Connector[],
): { name: string; description: string; problems: Problem[] } {
  const { name, problem } = validateCatalogName('connector', input.name, existing);
  const desc = validateDescription(input.description);
  return {
    name,
    description: desc.description,
    problems: [problem, desc.problem].filter((p): p is Problem => p !== undefined),
  };
}

const URL_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Bytes as unpadded base64url. */
function base64url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let j = 0; j < chars; j++) out += URL_SAFE[(n >>> (18 - 6 * j)) & 63];
  }
  return out;
}

/** Sixteen bytes as an RFC 4122 version-4 UUID. */
function uuid(bytes: Uint8Array): string {
  const b = Uint8Array.from(bytes.subarray(0, 16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const SECRET_BYTES = 32;

/**
 * A new connector ID and secret. `randomBytes` and `hash` come from outside (the browser's
 * crypto, a fixed sequence in tests); only `secretHash` may be stored.
 */
export function newCredentials(
  randomBytes: (length: number) => Uint8Array,
  hash: (text: string) => string,
): { id: string; secret: string; secretHash: string } {
  const id = uuid(randomBytes(16));
  const secret = base64url(randomBytes(SECRET_BYTES));
  return { id, secret, secretHash: hash(secret) };
}

/** True when `secret` is the one whose hash is stored. */
export function secretMatches(
  connector: Pick<Connector, 'secretHash'>,
  secret: string,
  hash: (text: string) => string,
): boolean {
  return hash(secret) === connector.secretHash;
}

/** A connector as it may be shown: everything but the secret's hash. */
export type ConnectorView = Omit<Connector, 'secretHash'>;

export function withoutSecret(connector: Connector): ConnectorView {
  const { secretHash: _hidden, ...view } = connector;
  return view;
}

/** The owner may deactivate their connector, and an org admin any connector. */
export function mayDeactivate(actor: ActorContext, connector: Pick<Connector, 'owner'>): boolean {
  return actor.orgAdmin || (actor.phone !== '' && actor.phone === connector.owner);
}
