import type { CommandContext } from '../kernel/context';
import { DomainError } from '../../domain/errors';
import { mayPublishAnywhere, publicationId } from '../../domain/catalog';
import { mayDeactivate, newCredentials, validateConnector } from '../../domain/connectors';
import { sha256Hex } from '../../domain/sha256';
import type { Connector } from '../../domain/types';
import {
  deletePublications,
  getConnector,
  getPublication,
  listConnectors,
  putConnectors,
  putPublications,
} from '../../storage/catalog-repo';
import { publishableGroup, refuseProblems } from './shared';

const randomBytes = (length: number) => crypto.getRandomValues(new Uint8Array(length));

/**
 * Connectors → Register: a name (unique in the organization, any case) and an optional
 * description. Returns the connector ID and its secret — the only time the secret is
 * returned: only its SHA-256 is stored.
 */
export async function connectorRegister(
  ctx: CommandContext,
  input: { name: string; description?: string },
): Promise<{ connectorId: string; secret: string }> {
  ctx.requireOrg();
  const actor = ctx.actor;
  if (!actor || !mayPublishAnywhere(ctx.actorCtx))
    throw new DomainError('permission.denied', { capability: 'catalog.publish' });
  const checked = validateConnector(
    { name: input.name, description: input.description ?? '' },
    await listConnectors(ctx.db),
  );
  refuseProblems(checked.problems);
  const { id, secret, secretHash } = newCredentials(randomBytes, sha256Hex);
  const connector: Connector = {
    id,
    name: checked.name,
    description: checked.description,
    secretHash,
    owner: actor.phone,
    createdAt: ctx.now,
    active: true,
  };
  await putConnectors(ctx.db, [connector]);
  ctx.audit('connector.register', id, { name: connector.name });
  return { connectorId: id, secret };
}

async function loadConnector(ctx: CommandContext, connectorId: string): Promise<Connector> {
  const connector = await getConnector(ctx.db, connectorId);
  if (!connector) throw new DomainError('connector.notFound', { connectorId });
  return connector;
}

/**
 * Connectors → Deactivate (its owner or an org admin). It stays listed, and attached where
 * it was, marked inactive; it can no longer be attached to a group.
 */
export async function connectorDeactivate(
  ctx: CommandContext,
  input: { connectorId: string },
): Promise<void> {
  ctx.requireOrg();
  const connector = await loadConnector(ctx, input.connectorId);
  if (!mayDeactivate(ctx.actorCtx, connector))
    throw new DomainError('connector.deactivate.denied', { name: connector.name });
  if (!connector.active) return;
  await putConnectors(ctx.db, [
    {
      ...connector,
      active: false,
      deactivatedAt: ctx.now,
      deactivatedBy: ctx.actor?.phone ?? 'system',
    },
  ]);
  ctx.audit('connector.deactivate', connector.id, { name: connector.name });
}

/** A group's Connectors tab → Add connector: attaches an active connector to the group. */
export async function groupConnectorAdd(
  ctx: CommandContext,
  input: { groupId: string; connectorId: string },
): Promise<void> {
  const group = await publishableGroup(ctx, input.groupId);
  const connector = await loadConnector(ctx, input.connectorId);
  const params = { name: connector.name, group: group.name };
  if (!connector.active) throw new DomainError('connector.inactive', params);
  const id = publicationId('connector', group.id, connector.id);
  if (await getPublication(ctx.db, id)) throw new DomainError('connector.attached', params);
  await putPublications(ctx.db, [
    {
      id,
      groupId: group.id,
      kind: 'connector',
      refId: connector.id,
      publishedBy: ctx.actor?.phone ?? 'system',
      publishedAt: ctx.now,
    },
  ]);
  ctx.audit('group.connector.add', group.id, { connectorId: connector.id, name: connector.name });
}

/** A group's Connectors tab → Remove. */
export async function groupConnectorRemove(
  ctx: CommandContext,
  input: { groupId: string; connectorId: string },
): Promise<void> {
  const group = await publishableGroup(ctx, input.groupId);
  const id = publicationId('connector', group.id, input.connectorId);
  if (!(await getPublication(ctx.db, id))) {
    const name = (await getConnector(ctx.db, input.connectorId))?.name ?? input.connectorId;
    throw new DomainError('connector.notAttached', { name, group: group.name });
  }
  await deletePublications(ctx.db, [id]);
  ctx.audit('group.connector.remove', group.id, { connectorId: input.connectorId });
}
