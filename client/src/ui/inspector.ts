/**
 * The inspector: a region labelled "Details" that shows whatever the reader asked about — a node, an
 * edge with its evidence, a path, a stance. Arabic quotes and names are marked dir="rtl" lang="ar".
 */
import type { Article, EntitySummary, Fact, NamedRelation } from '../api/types.js';
import { kindLook, typeLook } from '../graph/vocabulary.js';
import { append, arabic, autoDir, button, h, replace, safeUrl } from './dom.js';

export interface NodeModel {
  id: string;
  name: string;
  nameAr: string | null;
  kind: string;
  description: string | null;
  aliases: string[];
  degree: number;
  /** undefined while loading */
  relations?: NamedRelation[] | undefined;
  facts?: Fact[] | undefined;
  expanded: boolean;
  /** Neighbours an expansion held back ("show more"). */
  more: number;
  onCanvas: boolean;
  /** Set while "Why connected?" waits for a second node. */
  pathFrom?: { id: string; name: string } | undefined;
}

export interface EdgeModel {
  id: string;
  type: string;
  from: EntitySummary;
  to: EntitySummary;
  claim: string | null;
  claimAr: string | null;
  role: string | null;
  quoteAr: string | null;
  quoteEn: string | null;
  article: Article | null;
}

export interface PathModel {
  from: EntitySummary;
  to: EntitySummary;
  hops: NamedRelation[];
}

export interface StanceModel {
  target: EntitySummary;
  endorsements: NamedRelation[];
  doubts: NamedRelation[];
}

export interface InspectorActions {
  selectEntity(id: string): void;
  selectRelation(relation: NamedRelation): void;
  expand(id: string): void;
  showMore(id: string): void;
  collapse(id: string): void;
  hide(id: string): void;
  stance(id: string): void;
  startPath(id: string): void;
  pathTo(from: string, to: string): void;
  cancelPath(): void;
}

export interface Inspector {
  element: HTMLElement;
  welcome(): void;
  loading(title: string): void;
  node(model: NodeModel): void;
  edge(model: EdgeModel): void;
  path(model: PathModel): void;
  noPath(from: EntitySummary, to: EntitySummary): void;
  stance(model: StanceModel): void;
}

export function createInspector(actions: InspectorActions): Inspector {
  const body = h('div', { className: 'details-body' });
  const element = h('section', { className: 'panel details', attrs: { 'aria-label': 'Details', 'aria-live': 'polite', 'aria-busy': 'false' } }, body);
  const show = (...children: (Node | null)[]) => {
    element.setAttribute('aria-busy', 'false');
    replace(body, ...children);
    body.scrollTop = 0;
  };

  const entityLink = (e: EntitySummary) => {
    const look = kindLook(e.kind);
    const b = button('', () => actions.selectEntity(e.id), { className: 'entity-link', attrs: { title: `${look.label}: select on the canvas` } });
    append(b, h('span', { className: `legend-mark shape-${look.shape}`, attrs: { 'aria-hidden': 'true' } }), autoDir('span', e.name));
    b.style.setProperty('--mark-color', look.color);
    return b;
  };

  const typeChip = (type: string) => {
    const look = typeLook(type);
    const chip = h('span', { className: `type-chip group-${look.group}` }, look.label);
    chip.style.setProperty('--type-color', look.color);
    return chip;
  };

  const quotes = (r: { quoteAr: string | null; quoteEn: string | null }) => h('div', { className: 'quotes' },
    r.quoteAr ? h('figure', { className: 'quote' }, h('figcaption', {}, 'Quote (Arabic)'), arabic('blockquote', r.quoteAr, 'quote-ar')) : null,
    r.quoteEn ? h('figure', { className: 'quote' }, h('figcaption', {}, 'English rendering'), h('blockquote', { className: 'quote-en', attrs: { lang: 'en', dir: 'ltr' } }, r.quoteEn)) : null);

  /** One relation as a line "A —type→ B", its claim and (optionally folded) evidence. */
  const relationItem = (r: NamedRelation, { fold, subjectOnly = false }: { fold: boolean; subjectOnly?: boolean }) => {
    const evidence = r.quoteAr || r.quoteEn ? quotes(r) : null;
    return h('li', { className: 'relation' },
      h('div', { className: 'relation-head' }, entityLink(r.from), subjectOnly ? null : typeChip(r.type), subjectOnly ? null : entityLink(r.to),
        button('Show', () => actions.selectRelation(r), { className: 'btn btn-small btn-quiet', attrs: { 'aria-label': `Show ${r.from.name} ${typeLook(r.type).label} ${r.to.name} on the canvas` } })),
      r.claim ? h('p', { className: 'claim' }, h('span', { className: 'label' }, 'Claim '), autoDir('span', r.claim)) : null,
      r.role ? h('p', { className: 'claim' }, h('span', { className: 'label' }, 'Role '), autoDir('span', r.role)) : null,
      evidence && fold ? h('details', { className: 'evidence' }, h('summary', {}, 'Evidence'), evidence) : evidence);
  };

  const kindChip = (kind: string) => {
    const look = kindLook(kind);
    const chip = h('span', { className: 'kind-chip' }, h('span', { className: `legend-mark shape-${look.shape}`, attrs: { 'aria-hidden': 'true' } }), look.label);
    chip.style.setProperty('--mark-color', look.color);
    return chip;
  };

  const sourceBlock = (article: Article | null) => {
    if (!article) return null;
    const url = safeUrl(article.url);
    const title = article.title ?? article.url ?? article.id;
    return h('div', { className: 'source' },
      h('h3', {}, 'Source'),
      h('p', {},
        article.outlet ? h('span', { className: 'outlet' }, article.outlet, article.date ? ` · ${article.date}` : '') : null,
        h('br'),
        url ? h('a', { attrs: { href: url, target: '_blank', rel: 'noopener noreferrer' } }, autoDir('span', title), ' ↗') : autoDir('span', title)));
  };

  const inspector: Inspector = {
    element,
    welcome() {
      show(h('div', { className: 'welcome' },
        h('h2', {}, 'Explore the article’s network'),
        h('p', {}, 'Who backs DeepSeek, who doubts it, and where each claim comes from. Every relation carries the article’s Arabic sentence and an English rendering.'),
        h('ul', { className: 'tips' },
          h('li', {}, 'Click a node or an edge to inspect it.'),
          h('li', {}, 'Double-click a node to expand its neighbours.'),
          h('li', {}, 'Search in English or Arabic: ', h('kbd', {}, '/')),
          h('li', {}, 'Undo ', h('kbd', {}, 'Ctrl'), '+', h('kbd', {}, 'Z'), ' · hide ', h('kbd', {}, 'Del'), ' · clear ', h('kbd', {}, 'Esc')))));
    },
    loading(title) {
      show(h('p', { className: 'loading' }, h('span', { className: 'spinner', attrs: { 'aria-hidden': 'true' } }), title));
      element.setAttribute('aria-busy', 'true');
    },
    node(m) {
      const actionsBar = h('div', { className: 'actions', attrs: { role: 'group', 'aria-label': 'Node actions' } },
        button(m.onCanvas ? 'Expand' : 'Add to canvas', () => actions.expand(m.id), { className: 'btn' }),
        m.more > 0 ? button(`Show ${m.more} more`, () => actions.showMore(m.id), { className: 'btn' }) : null,
        m.expanded ? button('Collapse', () => actions.collapse(m.id), { className: 'btn' }) : null,
        button('Stance', () => actions.stance(m.id), { className: 'btn', attrs: { title: 'Who endorses it, who doubts it' } }),
        m.pathFrom && m.pathFrom.id !== m.id
          ? button(`Path from ${m.pathFrom.name}`, () => actions.pathTo(m.pathFrom?.id ?? '', m.id), { className: 'btn btn-primary' })
          : button('Why connected?', () => actions.startPath(m.id), { className: 'btn', attrs: { title: 'Pick a second node to see the shortest path' } }),
        m.onCanvas ? button('Hide', () => actions.hide(m.id), { className: 'btn btn-quiet', attrs: { title: 'Remove from the canvas (Del); undo brings it back' } }) : null);
      const relations = m.relations;
      show(
        h('header', { className: 'details-head' }, kindChip(m.kind),
          autoDir('h2', m.name, 'details-title'),
          m.nameAr ? arabic('p', m.nameAr, 'name-ar') : null),
        m.pathFrom && m.pathFrom.id !== m.id ? h('p', { className: 'notice' }, 'Why connected? from ', h('strong', {}, m.pathFrom.name), ': choose “Path from…” or ',
          button('cancel', actions.cancelPath, { className: 'link-button' }), '.') : null,
        m.pathFrom && m.pathFrom.id === m.id ? h('p', { className: 'notice' }, 'Now select a second node (click, search or list) to see how they connect. ',
          button('Cancel', actions.cancelPath, { className: 'link-button' })) : null,
        m.description ? h('p', { className: 'description' }, m.description) : null,
        m.aliases.length ? h('p', { className: 'aliases' }, h('span', { className: 'label' }, 'Also written '),
          ...m.aliases.flatMap((a, i) => [i ? ', ' : '', autoDir('span', a)])) : null,
        h('p', { className: 'meta' }, `${m.degree} relation${m.degree === 1 ? '' : 's'} in the database`),
        actionsBar,
        m.facts?.length ? factList(m.facts) : null,
        relations === undefined ? h('p', { className: 'loading' }, h('span', { className: 'spinner', attrs: { 'aria-hidden': 'true' } }), 'Loading relations…')
          : relationGroups(m.id, relations));
    },
    edge(m) {
      const look = typeLook(m.type);
      show(
        h('header', { className: 'details-head' },
          h('span', { className: 'kind-chip' }, look.group === 'claim' ? 'Claim' : 'Relation'),
          h('h2', { className: 'details-title edge-title' }, entityLink(m.from), typeChip(m.type), entityLink(m.to))),
        m.claim ? h('p', { className: 'claim big' }, h('span', { className: 'label' }, 'Claim '), autoDir('span', m.claim)) : null,
        m.claimAr ? arabic('p', m.claimAr, 'claim-ar') : null,
        m.role ? h('p', { className: 'claim' }, h('span', { className: 'label' }, 'Role '), autoDir('span', m.role)) : null,
        m.quoteAr || m.quoteEn ? quotes(m) : h('p', { className: 'meta' }, 'No quote recorded for this relation.'),
        sourceBlock(m.article),
        h('div', { className: 'actions' },
          button(`Stance on ${m.to.name}`, () => actions.stance(m.to.id), { className: 'btn btn-quiet', attrs: { title: 'Who endorses it, who doubts it' } }),
          button('Hide', () => actions.hide(m.id), { className: 'btn btn-quiet', attrs: { title: 'Remove from the canvas (Del); undo brings it back' } })));
    },
    path(m) {
      show(
        h('header', { className: 'details-head' }, h('span', { className: 'kind-chip' }, 'Why connected?'),
          h('h2', { className: 'details-title' }, autoDir('span', m.from.name), ' → ', autoDir('span', m.to.name))),
        h('p', { className: 'meta' }, `Shortest path: ${m.hops.length} hop${m.hops.length === 1 ? '' : 's'}, highlighted on the canvas. Esc clears.`),
        h('ol', { className: 'relations hops', attrs: { 'aria-label': 'Path' } }, ...m.hops.map((r) => relationItem(r, { fold: false }))));
    },
    noPath(from, to) {
      show(h('header', { className: 'details-head' }, h('span', { className: 'kind-chip' }, 'Why connected?'),
        h('h2', { className: 'details-title' }, autoDir('span', from.name), ' → ', autoDir('span', to.name))),
      h('p', {}, 'No path of up to 6 hops links them in the database.'));
    },
    stance(m) {
      const column = (title: string, list: NamedRelation[], cls: string) => h('section', { className: `stance-col ${cls}`, attrs: { 'aria-label': title } },
        h('h3', {}, `${title} (${list.length})`),
        list.length ? h('ul', { className: 'relations' }, ...list.map((r) => relationItem(r, { fold: true, subjectOnly: true }))) : h('p', { className: 'meta' }, 'Nobody in the article.'));
      show(
        h('header', { className: 'details-head' }, h('span', { className: 'kind-chip' }, 'Stance: who endorses it, who doubts it'),
          h('h2', { className: 'details-title' }, entityLink(m.target)),
          m.target.nameAr ? arabic('p', m.target.nameAr, 'name-ar') : null),
        h('div', { className: 'stance' },
          column('Endorse it', m.endorsements, 'endorse'),
          column('Doubt it', m.doubts, 'doubt')));
    },
  };

  const factList = (facts: Fact[]) => h('section', { className: 'facts', attrs: { 'aria-label': 'Facts' } },
    h('h3', { className: 'section-title' }, 'What the article states'),
    h('ul', { className: 'relations' }, ...facts.map((f) => h('li', { className: 'relation' },
      h('p', { className: 'claim' }, h('span', { className: 'label' }, `${readableKey(f.key)} `), autoDir('span', f.value)),
      f.quoteAr || f.quoteEn ? h('details', { className: 'evidence' }, h('summary', {}, 'Evidence'), quotes(f)) : null))));

  const relationGroups = (id: string, relations: NamedRelation[]) => {
    if (!relations.length) return h('p', { className: 'meta' }, 'No relations.');
    const groups = new Map<string, NamedRelation[]>();
    for (const r of relations) {
      const key = `${r.from.id === id ? 'out' : 'in'}:${r.type}`;
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    // Claims first (what the article argues about), then structure.
    const order = [...groups.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    return h('div', { className: 'relation-groups' },
      h('h3', { className: 'section-title' }, 'Relations'),
      ...order.map((key) => {
        const [dir, type = ''] = key.split(':');
        const list = groups.get(key) ?? [];
        const look = typeLook(type);
        const title = dir === 'out' ? capital(look.label) : `${capital(look.label)} it`;
        return h('section', { className: 'relation-group' },
          h('h4', {}, typeChip(type), ' ', dir === 'out' ? '' : '← ', title, h('span', { className: 'count' }, ` ${list.length}`)),
          h('ul', { className: 'relations' }, ...list.map((r) => relationItem(r, { fold: true }))));
      }));
  };

  return inspector;
}

function rank(key: string): number {
  const type = key.split(':')[1] ?? '';
  return typeLook(type).group === 'claim' ? 0 : 1;
}

/** `trainingCost` -> `Training cost` */
function readableKey(key: string): string {
  return capital(key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase());
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
