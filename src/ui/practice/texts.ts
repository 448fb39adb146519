import type { Params } from '../../domain/errors';
import type { MessageKey } from '../../i18n';
import { t } from '../i18n';
import '../../i18n/practice';

/**
 * The text of part of an exercise (`title`, `goal`, `step.2`, `c.kept`…), with its facts
 * filled in. Exercise texts are keyed by the exercise's id.
 */
export function tx(id: string, part: string, params?: Params): string {
  return t(`practice.${id}.${part}` as MessageKey, params);
}

/** A guide's title. */
export const guideTitle = (slug: string): string => t(`guide.${slug}` as MessageKey);

/** `1…n`, for an exercise's steps and hints. */
export const upTo = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);

/** A criterion of Check and its tip; `started` is every exercise's first criterion. */
export function criterionText(id: string, key: string, params: Params): string {
  return key === 'started' ? t('practice.c.started') : tx(id, `c.${key}`, params);
}
export function tipText(id: string, key: string, params: Params): string {
  return key === 'started' ? t('practice.tip.started') : tx(id, `tip.${key}`, params);
}
