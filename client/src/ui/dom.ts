/**
 * A tiny element builder. Text only ever goes in as text nodes (`textContent`): database strings can
 * never become markup. There is deliberately no way to pass HTML.
 */
type Child = Node | string | number | null | undefined | false;

export interface Props {
  className?: string;
  /** Attributes such as aria-*, role, dir, lang, type, title. */
  attrs?: Record<string, string | number | boolean | undefined>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.className) element.className = props.className;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [type, listener] of Object.entries(props.on ?? {})) {
    element.addEventListener(type, listener as EventListener);
  }
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

/** Replaces all children. */
export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

/** Arabic text: right-to-left, tagged as Arabic so the browser shapes and hyphenates it as such. */
export function arabic<K extends keyof HTMLElementTagNameMap>(tag: K, text: string, className?: string): HTMLElementTagNameMap[K] {
  return h(tag, { className: className ?? '', attrs: { dir: 'rtl', lang: 'ar' } }, text);
}

/**
 * Text from the data (an English name or claim, an Arabic alias): the browser finds its direction per
 * string, and its language is marked by its script, so an English name inside the Arabic interface is
 * read out (and hyphenated) as English.
 */
export function autoDir<K extends keyof HTMLElementTagNameMap>(tag: K, text: string, className?: string): HTMLElementTagNameMap[K] {
  return h(tag, { className: className ?? '', attrs: { dir: 'auto', lang: hasArabic(text) ? 'ar' : 'en' } }, text);
}

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
export function hasArabic(text: string): boolean {
  return ARABIC.test(text);
}

/** Only http(s) links from the data become clickable; anything else (javascript:, data:) stays text. */
export function safeUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

export function button(label: string, onClick: () => void, props: Props = {}): HTMLButtonElement {
  return h('button', { ...props, attrs: { type: 'button', ...props.attrs }, on: { click: onClick, ...props.on } }, label);
}
