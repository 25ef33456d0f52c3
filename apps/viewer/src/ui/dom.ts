// A tiny DOM builder for the viewer's views: `h('button', { class: 'x', onclick }, 'Texte')`.

type Props = Record<string, string | number | boolean | EventListener | undefined | null>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2), value as EventListener);
    } else if (key === 'class') {
      el.className = String(value);
    } else if (value === true) {
      el.setAttribute(key, '');
    } else {
      el.setAttribute(key, String(value));
    }
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child);
  }
  return el;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`@toile/viewer: element #${id} is missing from index.html`);
  return el as T;
}

export function swatch(color: string, dashed = false): HTMLSpanElement {
  return h('span', {
    class: dashed ? 'swatch swatch-line dashed' : 'swatch',
    style: `--swatch:${color}`,
    'aria-hidden': 'true',
  });
}
