// The handout's toolbar: its title field (or the read-only notice), 编辑, copy link, print,
// project, and the link itself.
import { t } from '../../i18n/t.ts';
import { h } from '../search/dom.ts';

export interface ToolbarOptions {
  link: string;
  /** Opened from a link: no title field, 编辑 instead. */
  readOnly: boolean;
  title: string;
  /** Passages in the working handout that 编辑 would replace. */
  replaces: number;
  onEdit: () => void;
  onCopied: (copied: boolean) => void;
  onPrint: () => void;
  onProject: (opener: HTMLElement) => void;
  onTitleInput: (title: string) => void;
  onTitleChange: () => void;
}

function button(label: string, className: string, onClick: (event: MouseEvent) => void): HTMLButtonElement {
  const element = h('button', { type: 'button', class: className }, label) as HTMLButtonElement;
  element.addEventListener('click', onClick);
  return element;
}

function titleField(options: ToolbarOptions): HTMLElement {
  const field = h('input', { id: 'kit-title', type: 'text', value: options.title }) as HTMLInputElement;
  field.addEventListener('input', () => options.onTitleInput(field.value));
  field.addEventListener('change', options.onTitleChange);
  return h('p', { class: 'kit-title-field' }, h('label', { for: 'kit-title' }, t('kit.handoutTitle')), field);
}

export function toolbar(options: ToolbarOptions): HTMLElement {
  const { readOnly } = options;
  const linkField = h('input', {
    id: 'kit-link',
    type: 'url',
    class: 'kit-link-field',
    readonly: '',
    value: options.link,
  }) as HTMLInputElement;
  const copy = button(t('kit.copyLink'), 'kit-copy', () => {
    linkField.select();
    navigator.clipboard.writeText(linkField.value).then(
      () => options.onCopied(true),
      () => options.onCopied(false),
    );
  });
  const actions = [
    readOnly ? button(t('kit.edit'), 'kit-edit', options.onEdit) : null,
    copy,
    button(t('kit.print'), 'kit-print', options.onPrint),
    button(t('kit.project'), 'kit-project', (event) => options.onProject(event.currentTarget as HTMLElement)),
  ];
  return h(
    'div',
    { class: 'kit-toolbar' },
    readOnly ? h('p', { class: 'kit-readonly' }, t('kit.readOnly')) : titleField(options),
    readOnly && options.replaces > 0
      ? h('p', { class: 'kit-replaces' }, t('kit.editReplaces', { count: options.replaces }))
      : null,
    h('div', { class: 'kit-actions' }, ...actions),
    h('div', { class: 'kit-link' }, h('label', { for: 'kit-link' }, t('kit.linkLabel')), linkField),
  );
}
