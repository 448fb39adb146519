import type { CommandContext } from '../kernel/context';
import { DomainError } from '../../domain/errors';
import { validateAttributeDrafts, type AttributeDraft } from '../../domain/attributes';
import type { Attribute } from '../../domain/types';
import { listAttributes, replaceAttributes } from '../../storage/repos';
import { dropAttributeValues } from '../../storage/users-repo';

export interface AttributesSaveInput {
  add: AttributeDraft[];
  /** Flag changes to saved attributes. */
  update?: Array<Pick<Attribute, 'id' | 'mandatory' | 'userEditable' | 'visibleToAll'>>;
  /** Ids to remove, with their values. The UI asks for confirmation first. */
  remove?: string[];
}

/** Saves every change to the attribute list, or none of them. */
export async function attributesSave(
  ctx: CommandContext,
  input: AttributesSaveInput,
): Promise<{ attributes: Attribute[] }> {
  ctx.requireOrg();
  ctx.require('org.manage');
  const current = await listAttributes(ctx.db);
  const remove = new Set(input.remove ?? []);
  for (const id of remove)
    if (!current.some((a) => a.id === id)) throw new DomainError('attribute.notFound', { id });
  const kept = current.filter((a) => !remove.has(a.id));
  const problems = validateAttributeDrafts(kept, input.add);
  if (problems.length > 0) throw new DomainError('form.invalid', {}, problems);
  const updates = new Map((input.update ?? []).map((u) => [u.id, u]));
  let order = Math.max(0, ...current.map((a) => a.order));
  const next: Attribute[] = [
    ...kept.map((a) => ({ ...a, ...updates.get(a.id) })),
    ...input.add.map((d) => ({
      id: `a${ctx.now.toString(36)}${(order + 1).toString(36)}`,
      name: d.name.trim(),
      type: d.type,
      mandatory: d.mandatory,
      userEditable: d.userEditable,
      visibleToAll: d.visibleToAll,
      ...(d.suggested ? { suggested: d.suggested } : {}),
      createdAt: ctx.now,
      order: ++order,
    })),
  ];
  await replaceAttributes(ctx.db, next);
  if (remove.size > 0) await dropAttributeValues(ctx.db, [...remove]);
  for (const a of next.slice(kept.length))
    ctx.audit('attribute.add', a.id, { name: a.name, type: a.type, mandatory: a.mandatory });
  for (const a of current.filter((c) => remove.has(c.id)))
    ctx.audit('attribute.remove', a.id, { name: a.name });
  for (const u of updates.values()) ctx.audit('attribute.update', u.id, { ...u });
  return { attributes: next };
}
