import { useState } from 'preact/hooks';
import type { Attribute, AttributeType } from '../../domain/types';
import { SUGGESTED_ATTRIBUTES, type AttributeDraft } from '../../domain/attributes';
import { useCommand } from '../hooks';
import { ConfirmDialog } from '../kit/ConfirmDialog';
import { Problems } from '../kit/Problems';
import { t, tProblem } from '../i18n';
import { ScrollX } from '../kit/ScrollX';

const TYPES: readonly AttributeType[] = ['text', 'number', 'yesno', 'datetime'];
type Flags = Pick<Attribute, 'mandatory' | 'userEditable' | 'visibleToAll'>;

/**
 * More → Manage Attributes: the list, Add New (suggested or custom, several at once),
 * Save (all or none), Remove (after confirmation, with the values).
 */
export function ManageAttributes(props: { attributes: Attribute[]; canManage: boolean }) {
  const [drafts, setDrafts] = useState<AttributeDraft[]>([]);
  const [edits, setEdits] = useState<Record<string, Flags>>({});
  const [removing, setRemoving] = useState<Attribute | undefined>();
  const [saved, setSaved] = useState<string | undefined>();
  const cmd = useCommand();
  const remove = useCommand();
  const used = new Set(
    props.attributes.map((a) => a.suggested).concat(drafts.map((d) => d.suggested)),
  );
  const addDraft = (draft: Partial<AttributeDraft>) => {
    setSaved(undefined);
    setDrafts([
      ...drafts,
      {
        name: '',
        type: 'text',
        mandatory: false,
        userEditable: true,
        visibleToAll: true,
        ...draft,
      },
    ]);
  };
  const setDraft = (i: number, patch: Partial<AttributeDraft>) =>
    setDrafts(drafts.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  const flagsOf = (a: Attribute): Flags =>
    edits[a.id] ?? {
      mandatory: a.mandatory,
      userEditable: a.userEditable,
      visibleToAll: a.visibleToAll,
    };
  const dirty = drafts.length > 0 || Object.keys(edits).length > 0;
  const flagCells = (flags: Flags, onChange: (patch: Partial<Flags>) => void, name: string) =>
    (['mandatory', 'userEditable', 'visibleToAll'] as const).map((flag) => (
      <td key={flag}>
        <input
          type="checkbox"
          checked={flags[flag]}
          disabled={!props.canManage}
          aria-label={t(`attributes.flag.${flag}`) + ': ' + (name || t('attributes.newAttribute'))}
          onChange={(e) => onChange({ [flag]: e.currentTarget.checked })}
        />
      </td>
    ));
  return (
    <section class="kl-attributes" aria-labelledby="kl-attr-title">
      <h3 id="kl-attr-title">{t('attributes.title')}</h3>
      {!props.canManage && <p class="kl-alert">{t('attributes.readOnly')}</p>}
      <Problems problems={[]} error={remove.error} />
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const update = Object.entries(edits).map(([id, f]) => ({ id, ...f }));
          const out = await cmd.exec('attributes-save', { add: drafts, update });
          if (out) {
            setSaved(t('attributes.saved', { count: drafts.length + update.length }));
            setDrafts([]);
            setEdits({});
          }
        }}
      >
        {cmd.error && <Problems problems={[]} error={cmd.error} />}
        {cmd.problems.length > 0 && (
          <div class="kl-alert kl-alert--error" role="alert">
            <p>{t('attributes.nothingSaved')}</p>
            <ul>
              {cmd.problems.map((p, i) => (
                <li key={i}>
                  {t('attributes.newRow', { row: p.row ?? '?' })}: {tProblem(p)}
                </li>
              ))}
            </ul>
          </div>
        )}
        {saved && (
          <p class="kl-alert kl-alert--ok" role="status">
            {saved}
          </p>
        )}
        <ScrollX label={t('attributes.title')}>
          <table class="kl-simple-table">
            <thead>
              <tr>
                <th scope="col">{t('attributes.name')}</th>
                <th scope="col">{t('attributes.type')}</th>
                <th scope="col">{t('attributes.flag.mandatory')}</th>
                <th scope="col">{t('attributes.flag.userEditable')}</th>
                <th scope="col">{t('attributes.flag.visibleToAll')}</th>
                <th scope="col">
                  <span class="kl-sr">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {props.attributes.map((a) => (
                <tr key={a.id}>
                  <td>{a.name}</td>
                  <td>{t(`attribute.type.${a.type}`)}</td>
                  {flagCells(
                    flagsOf(a),
                    (patch) => setEdits({ ...edits, [a.id]: { ...flagsOf(a), ...patch } }),
                    a.name,
                  )}
                  <td>
                    {props.canManage && (
                      <button
                        type="button"
                        class="kl-btn kl-btn--small kl-btn--danger"
                        onClick={() => setRemoving(a)}
                      >
                        {t('common.remove')}
                        <span class="kl-sr"> {a.name}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
              {drafts.map((d, i) => (
                <tr key={`d${i}`} class="kl-draft">
                  <td>
                    <input
                      value={d.name}
                      aria-label={t('attributes.newName', { row: i + 1 })}
                      aria-invalid={cmd.problems.some((p) => p.row === i + 1)}
                      onInput={(e) => setDraft(i, { name: e.currentTarget.value })}
                    />
                  </td>
                  <td>
                    <select
                      value={d.type}
                      aria-label={t('attributes.type')}
                      onChange={(e) =>
                        setDraft(i, { type: e.currentTarget.value as AttributeType })
                      }
                    >
                      {TYPES.map((ty) => (
                        <option key={ty} value={ty}>
                          {t(`attribute.type.${ty}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  {flagCells(d, (patch) => setDraft(i, patch), d.name)}
                  <td>
                    <button
                      type="button"
                      class="kl-btn kl-btn--small"
                      onClick={() => setDrafts(drafts.filter((_, j) => j !== i))}
                    >
                      {t('common.discard')}
                    </button>
                  </td>
                </tr>
              ))}
              {props.attributes.length === 0 && drafts.length === 0 && (
                <tr>
                  <td colSpan={6} class="kl-muted">
                    {t('attributes.none')}
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </ScrollX>
        {props.canManage && (
          <div class="kl-actions">
            <span class="kl-inline">
              <label for="kl-attr-add">{t('attributes.addNew')}</label>
              <select
                id="kl-attr-add"
                value=""
                onChange={(e) => {
                  const v = e.currentTarget.value;
                  e.currentTarget.value = '';
                  if (v === 'custom') addDraft({});
                  else {
                    const s = SUGGESTED_ATTRIBUTES.find((x) => x.key === v);
                    if (s)
                      addDraft({
                        name: t(`suggested.${s.key}` as 'suggested.employeeId'),
                        type: s.type,
                        suggested: s.key,
                      });
                  }
                }}
              >
                <option value="">{t('attributes.choose')}</option>
                <optgroup label={t('attributes.suggested')}>
                  {SUGGESTED_ATTRIBUTES.filter((s) => !used.has(s.key)).map((s) => (
                    <option key={s.key} value={s.key}>
                      {t(`suggested.${s.key}` as 'suggested.employeeId')}
                    </option>
                  ))}
                </optgroup>
                <option value="custom">{t('attributes.custom')}</option>
              </select>
            </span>
            <button type="submit" class="kl-btn kl-btn--primary" disabled={!dirty || cmd.busy}>
              {t('common.save')}
            </button>
            {dirty && (
              <button
                type="button"
                class="kl-btn"
                onClick={() => {
                  setDrafts([]);
                  setEdits({});
                  cmd.reset();
                }}
              >
                {t('common.cancel')}
              </button>
            )}
          </div>
        )}
      </form>
      {removing && (
        <ConfirmDialog
          title={t('attributes.removeTitle', { name: removing.name })}
          confirmLabel={t('common.remove')}
          busy={remove.busy}
          error={remove.error}
          onClose={() => setRemoving(undefined)}
          onConfirm={async () => {
            if (await remove.exec('attributes-save', { add: [], remove: [removing.id] }))
              setRemoving(undefined);
          }}
        >
          <p>{t('attributes.removeText', { name: removing.name })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
