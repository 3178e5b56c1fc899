// The editing controls of one handout entry: move up, move down, remove (buttons, so the
// keyboard and a screen reader reach them) and the note field.
import { t } from '../../i18n/t.ts';
import { h } from '../search/dom.ts';

export type EntryAction = 'up' | 'down' | 'remove';

export interface EntryEditor {
  onAction: (index: number, action: EntryAction) => void;
  onNote: (index: number, note: string) => void;
}

export function entryTools(index: number, total: number, note: string, editor: EntryEditor): HTMLElement {
  const position = t('kit.itemLabel', { n: index + 1 });
  const button = (action: EntryAction, label: string, disabled: boolean) => {
    const element = h(
      'button',
      { type: 'button', class: `kit-${action}`, 'data-action': action, 'aria-label': `${position}：${label}` },
      label,
    ) as HTMLButtonElement;
    element.disabled = disabled;
    element.addEventListener('click', () => editor.onAction(index, action));
    return element;
  };
  const fieldId = `kit-note-${index}`;
  const field = h('textarea', { id: fieldId, class: 'kit-note-field', rows: '2' }) as HTMLTextAreaElement;
  field.value = note;
  field.addEventListener('input', () => editor.onNote(index, field.value));
  return h(
    'div',
    { class: 'kit-tools' },
    h('label', { for: fieldId }, `${position} · ${t('kit.note')}`),
    field,
    h(
      'div',
      { class: 'kit-buttons' },
      button('up', t('kit.up'), index === 0),
      button('down', t('kit.down'), index === total - 1),
      button('remove', t('kit.removeItem'), false),
    ),
  );
}
