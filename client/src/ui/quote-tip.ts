/**
 * The reader's tooltip: the relations a marked sentence backs, shown while a mouse points at it or the
 * keyboard's focus is on it (never for a tap: the tap selects them, and Details lists them). It sits
 * under the sentence's last line, or over its first when the panel has no room below, follows the text
 * as it scrolls and goes when the sentence scrolls out; Escape dismisses it.
 */
import type { NamedRelation } from '../api/types.js';
import { typeLook } from '../graph/vocabulary.js';
import { relationName, type I18n } from '../i18n/i18n.js';
import { autoDir, h, replace } from './dom.js';

export interface QuoteTip {
  element: HTMLElement;
  /** The mark it describes now, if any. */
  readonly mark: HTMLElement | null;
  show(mark: HTMLElement, relations: readonly NamedRelation[]): void;
  hide(): void;
  /** Places it again after the text under it moved (hidden when its mark left the scrolled area). */
  follow(scroller: HTMLElement): void;
}

/** `frame` is the positioned element the tip is placed in (it must hold the tip). */
export function createQuoteTip(i18n: I18n, frame: () => HTMLElement): QuoteTip {
  const element = h('div', { className: 'reader-tip', attrs: { id: 'reader-tip', role: 'tooltip', hidden: true } });
  let mark: HTMLElement | null = null;
  const nameOf = (e: { name: string; nameAr: string | null }) => (i18n.lang === 'ar' ? e.nameAr ?? e.name : e.name);

  function place(target: HTMLElement) {
    const box = frame().getBoundingClientRect();
    const rects = target.getClientRects();
    const last = rects[rects.length - 1] ?? target.getBoundingClientRect();
    const first = rects[0] ?? last;
    const below = last.bottom - box.top + 6;
    const height = element.offsetHeight;
    element.style.insetInlineStart = '12px';
    element.style.insetInlineEnd = '12px';
    const fitsBelow = box.height - below > height + 8;
    const fitsAbove = first.top - box.top > height + 8;
    element.style.top = `${Math.round(fitsBelow || !fitsAbove ? below : first.top - box.top - height - 6)}px`;
  }

  const tip: QuoteTip = {
    element,
    get mark() {
      return mark;
    },
    show(target, relations) {
      const m = i18n.m;
      replace(element,
        h('p', { className: 'reader-tip-title' }, relations.length ? m.reader.backs(relations.length) : m.reader.backsNothing),
        relations.length ? h('ul', {}, ...relations.map((r) => {
          const look = typeLook(r.type);
          const chip = h('span', { className: `type-chip group-${look.group}` }, relationName(m, r.type).label);
          chip.style.setProperty('--type-color', look.color);
          return h('li', {}, autoDir('span', nameOf(r.from)), ' ', chip, ' ', autoDir('span', nameOf(r.to)));
        })) : null);
      element.hidden = false;
      mark?.removeAttribute('aria-describedby');
      mark = target;
      target.setAttribute('aria-describedby', element.id);
      place(target);
    },
    hide() {
      element.hidden = true;
      mark?.removeAttribute('aria-describedby');
      mark = null;
    },
    follow(scroller) {
      if (!mark) return;
      const area = scroller.getBoundingClientRect();
      const at = mark.getBoundingClientRect();
      if (at.bottom < area.top || at.top > area.bottom) tip.hide();
      else place(mark);
    },
  };
  return tip;
}
