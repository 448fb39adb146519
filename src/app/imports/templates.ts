import '../../i18n/areas';
import { userTemplateHeader, type TemplateKind } from '../../domain/import';
import {
  GROUP_PHONE_HEADER,
  PARENT_GROUP_TEMPLATE,
  USER_GROUP_TEMPLATE,
  USER_TYPE_HEADER,
} from '../../domain/group-upload';
import type { Attribute, Locale, Network } from '../../domain/types';
import { translate, type MessageKey } from '../../i18n';
import { csvFile } from '../../io/csv-write';

/**
 * CSV templates (SPEC §5.1, §5.3, §7): `#` instruction lines the importer skips, then the
 * header row; UTF-8 with BOM so spreadsheets show non-ASCII names correctly.
 */

export { TEMPLATE_KINDS, type TemplateKind } from '../../domain/import';

/** One group's Import via CSV: the group is the one the file is imported into. */
export const ONE_GROUP_TEMPLATE = [GROUP_PHONE_HEADER, USER_TYPE_HEADER].map((h) => `${h}*`);

function comment(locale: Locale, key: MessageKey, params = {}): string {
  return `# ${translate(locale, key, params)}`;
}

type GroupKind = Extract<TemplateKind, `group-${string}`>;

/** The group templates: their instruction lines (before the common one) and header. */
const GROUP_TEMPLATES: Record<GroupKind, { lines: MessageKey[]; header: readonly string[] }> = {
  'group-members': {
    lines: ['template.groups.line1', 'template.groups.line2'],
    header: USER_GROUP_TEMPLATE,
  },
  'group-parents': { lines: ['template.parents.line1'], header: PARENT_GROUP_TEMPLATE },
  'group-members-one': {
    lines: ['template.groupOne.line1', 'template.groupOne.line2'],
    header: ONE_GROUP_TEMPLATE,
  },
};

/** File name a template is saved under. */
export function templateFileName(kind: TemplateKind): string {
  return `kaizala-${kind}-template.csv`;
}

/** The lines of a template (instruction lines, then the header). */
export function templateLines(
  kind: TemplateKind,
  attributes: readonly Attribute[],
  locale: Locale,
): { comments: string[]; header: string[] } {
  const group = GROUP_TEMPLATES[kind as GroupKind];
  if (group)
    return {
      comments: [...group.lines, 'template.common.text' as const].map((k) => comment(locale, k)),
      header: [...group.header],
    };
  const network: Network = kind === 'users-employee' ? 'employee' : 'others';
  const mandatory = attributes.filter((a) => a.mandatory).map((a) => a.name);
  return {
    comments: [
      comment(locale, 'template.users.line1', {
        network: translate(locale, `network.${network}`),
      }),
      comment(locale, 'template.users.line2'),
      comment(locale, 'template.users.line3'),
      ...(mandatory.length > 0
        ? [comment(locale, 'template.users.mandatory', { columns: mandatory.join(', ') })]
        : []),
      comment(locale, 'template.common.text'),
    ],
    header: userTemplateHeader(attributes),
  };
}

/** The template as a downloadable file. */
export function templateBlob(
  kind: TemplateKind,
  attributes: readonly Attribute[],
  locale: Locale,
): Blob {
  const { comments, header } = templateLines(kind, attributes, locale);
  const text = csvFile([header]);
  // Instruction lines go before the header, after the BOM, as they are (the reader skips them).
  const body = `\uFEFF${comments.join('\r\n')}\r\n${text.replace(/^\uFEFF/, '')}`;
  return new Blob([body], { type: 'text/csv;charset=utf-8' });
}
