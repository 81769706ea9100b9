/**
 * The inspector: a region labelled "Details" that shows whatever the reader asked about — a node (its
 * relations grouped by the article that states them), an edge with its evidence (and the same relation
 * as other articles state it), a path, a stance, a sentence of an article with the relations it backs.
 * Every quote names its article and offers "Read in the article". Arabic quotes and names are marked
 * dir="rtl" lang="ar", English data lang="en". In the Arabic interface an entity's Arabic name leads and
 * its English name stays beside it. A change of language shows the same thing again in the new one.
 */
import type { Article, EntitySummary, Fact, NamedRelation } from '../api/types.js';
import { hasEvidence } from '../graph/elements.js';
import { kindLook, typeLook } from '../graph/vocabulary.js';
import { factName, kindName, relationName, type I18n, type Messages, type Text } from '../i18n/i18n.js';
import { serverWords, type BannerText } from './banner.js';
import { append, arabic, autoDir, button, h, replace, safeUrl } from './dom.js';
import { localize } from './localize.js';

/** A request that failed, as a panel shows it: what failed, why, and a way to try again. */
export interface FailureModel {
  /** What could not be done, e.g. "The stance could not be loaded." */
  title: Text;
  /** Why, in the reader's language, with the server's own words (app/feedback.ts's `describeError`). */
  reason: (m: Messages) => BannerText;
  retry(): void;
}

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
  pathFrom?: { id: string; name: string; nameAr?: string | null | undefined } | undefined;
  /** Set when loading the relations failed: shown instead of them, with a retry. */
  failure?: Omit<FailureModel, 'title'> | undefined;
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
  /** The same relation (ends and type) as other articles state it, each with its own quote. */
  alsoIn: { id: string; article: Article | null; quoteAr: string | null; quoteEn: string | null }[];
}

/** A sentence of an article (the reader's), with the relations it backs. */
export interface SentenceModel {
  article: Article;
  quoteAr: string;
  quoteEn: string | null;
  relations: NamedRelation[];
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
  /** Opens the article in the reader, at the relation's sentence when one is given. */
  read(articleId: string, relationId?: string): void;
}

export interface Inspector {
  element: HTMLElement;
  welcome(): void;
  loading(title: Text): void;
  node(model: NodeModel): void;
  edge(model: EdgeModel): void;
  path(model: PathModel): void;
  noPath(from: EntitySummary, to: EntitySummary): void;
  stance(model: StanceModel): void;
  /** A request for this panel failed: says what, and offers to try again (never a spinner left behind). */
  failed(model: FailureModel): void;
  sentence(model: SentenceModel): void;
}

export function createInspector(i18n: I18n, actions: InspectorActions): Inspector {
  const body = h('div', { className: 'details-body' });
  const element = h('section', { className: 'panel details', attrs: { 'aria-live': 'polite', 'aria-busy': 'false' } }, body);
  /** What is shown, as a function of the language: shown again when it changes. */
  let current: () => (Node | null)[] = () => [];
  let busy = false;
  const render = () => {
    element.setAttribute('aria-busy', String(busy));
    replace(body, ...current());
  };
  const show = (view: () => (Node | null)[], options: { busy?: boolean } = {}) => {
    current = view;
    busy = options.busy ?? false;
    render();
    body.scrollTop = 0;
  };
  localize(i18n, (m) => element.setAttribute('aria-label', m.inspector.region));
  i18n.onChange(render);

  const t = () => i18n.m.inspector;
  /** The name that leads in this language: the Arabic one in the Arabic interface, where there is one. */
  const nameOf = (e: { name: string; nameAr?: string | null | undefined }) => (i18n.lang === 'ar' ? e.nameAr ?? e.name : e.name);
  const claimOf = (r: { claim: string | null; claimAr?: string | null | undefined }) => (i18n.lang === 'ar' ? r.claimAr ?? r.claim : r.claim);

  const entityLink = (e: EntitySummary) => {
    const look = kindLook(e.kind);
    const b = button('', () => actions.selectEntity(e.id), { className: 'entity-link', attrs: { title: t().selectOnCanvas(kindName(i18n.m, e.kind)) } });
    append(b, h('span', { className: `legend-mark shape-${look.shape}`, attrs: { 'aria-hidden': 'true' } }), autoDir('span', nameOf(e)));
    b.style.setProperty('--mark-color', look.color);
    return b;
  };

  const typeChip = (type: string) => {
    const look = typeLook(type);
    const chip = h('span', { className: `type-chip group-${look.group}` }, relationName(i18n.m, type).label);
    chip.style.setProperty('--type-color', look.color);
    return chip;
  };

  const quotes = (r: { quoteAr: string | null; quoteEn: string | null }, ...after: (Node | null)[]) => h('div', { className: 'quotes' },
    r.quoteAr ? h('figure', { className: 'quote' }, h('figcaption', {}, t().quoteAr), arabic('blockquote', r.quoteAr, 'quote-ar')) : null,
    r.quoteEn ? h('figure', { className: 'quote' }, h('figcaption', {}, t().quoteEn), h('blockquote', { className: 'quote-en', attrs: { lang: 'en', dir: 'ltr' } }, r.quoteEn)) : null,
    ...after);

  const readButton = (articleId: string, relationId?: string) =>
    button(t().readInArticle, () => actions.read(articleId, relationId), { className: 'btn btn-small read-in-article' });

  /** The article a quote comes from, named, with the control that opens it at that sentence. */
  const quoteSource = (relationId: string, article: Article | null) => h('p', { className: 'quote-source' },
    h('span', { className: 'label' }, t().sourceOf),
    article ? articleName(article) : h('span', {}, t().noSource),
    article ? readButton(article.id, relationId) : null);

  /** "Outlet · title · date", each part as written (data); the Arabic title in Arabic, where it is known. */
  const articleName = (article: Article & { titleAr?: string | null }) => {
    const title = (i18n.lang === 'ar' ? article.titleAr : null) ?? article.title ?? article.id;
    const parts = [article.outlet, title, article.date].filter((x): x is string => Boolean(x));
    return h('span', { className: 'article-name', attrs: { title: parts.join(' · ') } },
      ...parts.flatMap((x, i) => [i ? ' · ' : '', autoDir('span', x, x === article.outlet ? 'outlet-name' : '')]));
  };

  const labelled = (className: string, label: string, value: string) => h('p', { className }, h('span', { className: 'label' }, label), autoDir('span', value));

  /**
   * One relation as a line "A —type→ B", its claim and (optionally folded) evidence, and the article it
   * comes from (always in view, folded or not) unless a heading above names it (`source: false`).
   */
  const relationItem = (r: NamedRelation, options: { fold: boolean; subjectOnly?: boolean; evidence?: boolean; source?: boolean }) => {
    const { fold, subjectOnly = false, evidence: withEvidence = true, source = true } = options;
    const evidence = withEvidence && (r.quoteAr || r.quoteEn)
      ? quotes(r, !source && r.source && r.quoteAr ? readButton(r.source.id, r.id) : null) : null;
    const claim = claimOf(r);
    // A relation the loader never checked may have a source and no quote: only one with neither says so.
    const missing = hasEvidence(r) ? null : h('p', { className: 'meta no-evidence' }, i18n.m.evidence.none);
    return h('li', { className: 'relation' },
      h('div', { className: 'relation-head' }, entityLink(r.from), subjectOnly ? null : typeChip(r.type), subjectOnly ? null : entityLink(r.to),
        button(t().show, () => actions.selectRelation(r), { className: 'btn btn-small btn-quiet', attrs: { 'aria-label': t().showOnCanvas(nameOf(r.from), relationName(i18n.m, r.type).label, nameOf(r.to)) } })),
      claim ? labelled('claim', t().claim, claim) : null,
      r.role ? labelled('claim', t().role, r.role) : null,
      evidence && fold ? h('details', { className: 'evidence' }, h('summary', {}, t().evidence), evidence) : evidence,
      missing,
      withEvidence && source && !missing ? quoteSource(r.id, r.source) : null);
  };

  const kindChip = (kind: string) => {
    const look = kindLook(kind);
    const chip = h('span', { className: 'kind-chip' }, h('span', { className: `legend-mark shape-${look.shape}`, attrs: { 'aria-hidden': 'true' } }), kindName(i18n.m, kind));
    chip.style.setProperty('--mark-color', look.color);
    return chip;
  };

  const sourceBlock = (article: Article | null) => {
    if (!article) return null;
    const url = safeUrl(article.url);
    const title = article.title ?? article.url ?? article.id;
    return h('div', { className: 'source' },
      h('h3', {}, t().source),
      h('p', {},
        article.outlet ? h('span', { className: 'outlet', attrs: { lang: 'en', dir: 'auto' } }, article.outlet, article.date ? ` · ${article.date}` : '') : null,
        h('br'),
        url ? h('a', { attrs: { href: url, target: '_blank', rel: 'noopener noreferrer' } }, autoDir('span', title), i18n.m.console.externalMark) : autoDir('span', title)));
  };

  /** The entity's names: the leading one as the title, the other below it. */
  const names = (e: { name: string; nameAr: string | null }) => {
    const arabicFirst = i18n.lang === 'ar' && e.nameAr;
    return [
      autoDir('h2', arabicFirst ? e.nameAr ?? e.name : e.name, 'details-title'),
      !e.nameAr ? null
        : arabicFirst ? h('p', { className: 'name-en' }, h('span', { className: 'label' }, `${t().englishName}: `), autoDir('span', e.name))
        : arabic('p', e.nameAr, 'name-ar'),
    ];
  };

  const pathTitle = (from: EntitySummary, to: EntitySummary) =>
    h('h2', { className: 'details-title' }, autoDir('span', nameOf(from)), t().arrow, autoDir('span', nameOf(to)));

  const inspector: Inspector = {
    element,
    welcome() {
      show(() => [h('div', { className: 'welcome' },
        h('h2', {}, t().welcomeTitle),
        h('p', {}, t().welcomeText),
        h('ul', { className: 'tips' },
          h('li', {}, t().tipInspect),
          h('li', {}, t().tipExpand),
          h('li', {}, t().tipSearch, h('kbd', {}, '/')),
          // A shortcut reads left to right on the keyboard, in either interface.
          h('li', {}, t().tipUndo, h('span', { attrs: { dir: 'ltr' } }, h('kbd', {}, 'Ctrl'), '+', h('kbd', {}, 'Z')), t().tipHide, h('kbd', {}, 'Del'), t().tipClear, h('kbd', {}, 'Esc'))))]);
    },
    loading(title) {
      show(() => [h('p', { className: 'loading' }, h('span', { className: 'spinner', attrs: { 'aria-hidden': 'true' } }, ), title(i18n.m))], { busy: true });
    },
    node(m) {
      show(() => {
        const actionsBar = h('div', { className: 'actions', attrs: { role: 'group', 'aria-label': t().nodeActions } },
          button(m.onCanvas ? t().expand : t().addToCanvas, () => actions.expand(m.id), { className: 'btn' }),
          m.more > 0 ? button(t().showMore(m.more), () => actions.showMore(m.id), { className: 'btn' }) : null,
          m.expanded ? button(t().collapse, () => actions.collapse(m.id), { className: 'btn' }) : null,
          button(t().stance, () => actions.stance(m.id), { className: 'btn', attrs: { title: t().stanceTitle } }),
          m.pathFrom && m.pathFrom.id !== m.id
            ? button(t().pathFrom(nameOf(m.pathFrom)), () => actions.pathTo(m.pathFrom?.id ?? '', m.id), { className: 'btn btn-primary' })
            : button(t().whyConnected, () => actions.startPath(m.id), { className: 'btn', attrs: { title: t().whyConnectedTitle } }),
          m.onCanvas ? button(t().hide, () => actions.hide(m.id), { className: 'btn btn-quiet', attrs: { title: t().hideTitle } }) : null);
        const pending = t().pathPending;
        return [
          h('header', { className: 'details-head' }, kindChip(m.kind), ...names(m)),
          m.pathFrom && m.pathFrom.id !== m.id ? h('p', { className: 'notice' }, pending.before, autoDir('strong', nameOf(m.pathFrom)), pending.after,
            button(pending.cancel, actions.cancelPath, { className: 'link-button' }), pending.end) : null,
          m.pathFrom && m.pathFrom.id === m.id ? h('p', { className: 'notice' }, t().pathStart,
            button(t().cancel, actions.cancelPath, { className: 'link-button' })) : null,
          m.description ? autoDir('p', m.description, 'description') : null,
          m.aliases.length ? h('p', { className: 'aliases' }, h('span', { className: 'label' }, t().alsoWritten),
            ...m.aliases.flatMap((a, i) => [i ? t().separator : '', autoDir('span', a)])) : null,
          h('p', { className: 'meta' }, t().degree(m.degree)),
          actionsBar,
          m.facts?.length ? factList(m.facts) : null,
          m.failure ? failureBlock({ ...m.failure, title: (x) => x.failed.relations })
            : m.relations === undefined ? h('p', { className: 'loading' }, h('span', { className: 'spinner', attrs: { 'aria-hidden': 'true' } }), t().loadingRelations)
            : relationGroups(m.id, m.relations),
        ];
      });
    },
    edge(m) {
      show(() => {
        const look = typeLook(m.type);
        const claim = claimOf(m);
        return [
          h('header', { className: 'details-head' },
            h('span', { className: 'kind-chip' }, look.group === 'claim' ? t().claimChip : t().relationChip),
            h('h2', { className: 'details-title edge-title' }, entityLink(m.from), typeChip(m.type), entityLink(m.to))),
          claim ? labelled('claim big', t().claim, claim) : null,
          m.claimAr && i18n.lang !== 'ar' ? arabic('p', m.claimAr, 'claim-ar') : null,
          m.claim && m.claimAr && i18n.lang === 'ar' ? autoDir('p', m.claim, 'claim-en') : null,
          m.role ? labelled('claim', t().role, m.role) : null,
          m.quoteAr || m.quoteEn ? quotes(m)
            : m.article ? h('p', { className: 'meta' }, t().noQuote) : h('p', { className: 'meta no-evidence' }, i18n.m.evidence.noneDetail),
          m.article ? sourceBlock(m.article) : m.quoteAr || m.quoteEn ? h('p', { className: 'meta no-evidence' }, i18n.m.evidence.noSource) : null,
          m.article && m.quoteAr ? h('p', { className: 'actions' }, button(t().readInArticle, () => actions.read(m.article?.id ?? '', m.id), { className: 'btn read-in-article' })) : null,
          m.alsoIn.length ? h('section', { className: 'also-in', attrs: { 'aria-label': t().alsoStated(m.alsoIn.length) } },
            h('h3', { className: 'section-title' }, t().alsoStated(m.alsoIn.length)),
            h('ul', { className: 'relations' }, ...m.alsoIn.map((other) => h('li', { className: 'relation' },
              other.quoteAr || other.quoteEn ? quotes(other) : null, quoteSource(other.id, other.article))))) : null,
          h('div', { className: 'actions' },
            button(t().stanceOn(nameOf(m.to)), () => actions.stance(m.to.id), { className: 'btn btn-quiet', attrs: { title: t().stanceTitle } }),
            button(t().hide, () => actions.hide(m.id), { className: 'btn btn-quiet', attrs: { title: t().hideTitle } })),
        ];
      });
    },
    path(m) {
      show(() => [
        h('header', { className: 'details-head' }, h('span', { className: 'kind-chip' }, t().pathChip), pathTitle(m.from, m.to)),
        h('p', { className: 'meta' }, t().shortestPath(m.hops.length)),
        h('ol', { className: 'relations hops', attrs: { 'aria-label': t().path } }, ...m.hops.map((r) => relationItem(r, { fold: false }))),
      ]);
    },
    noPath(from, to) {
      show(() => [
        h('header', { className: 'details-head' }, h('span', { className: 'kind-chip' }, t().pathChip), pathTitle(from, to)),
        h('p', {}, t().noPath(6)),
      ]);
    },
    failed(f) {
      show(() => [failureBlock(f)]);
    },
    stance(m) {
      show(() => {
        const column = (title: string, list: NamedRelation[], cls: string) => h('section', { className: `stance-col ${cls}`, attrs: { 'aria-label': title } },
          h('h3', {}, t().column(title, list.length)),
          list.length ? h('ul', { className: 'relations' }, ...list.map((r) => relationItem(r, { fold: true, subjectOnly: true }))) : h('p', { className: 'meta' }, t().nobody));
        return [
          h('header', { className: 'details-head' }, h('span', { className: 'kind-chip' }, t().stanceChip),
            h('h2', { className: 'details-title' }, entityLink(m.target)),
            m.target.nameAr && i18n.lang !== 'ar' ? arabic('p', m.target.nameAr, 'name-ar') : null),
          h('div', { className: 'stance' },
            column(t().endorseIt, m.endorsements, 'endorse'),
            column(t().doubtIt, m.doubts, 'doubt')),
        ];
      });
    },
    sentence(m) {
      show(() => [
        h('header', { className: 'details-head' }, h('span', { className: 'kind-chip' }, t().sentenceChip), arabic('blockquote', m.quoteAr, 'quote-ar sentence')),
        m.quoteEn ? h('figure', { className: 'quote' }, h('figcaption', {}, t().sentenceEnglish), h('blockquote', { className: 'quote-en', attrs: { lang: 'en', dir: 'ltr' } }, m.quoteEn)) : null,
        h('p', { className: 'quote-source' }, h('span', { className: 'label' }, t().sourceOf), articleName(m.article)),
        h('h3', { className: 'section-title' }, t().sentenceBacks(m.relations.length)),
        // The sentence is the evidence of each: it is not repeated under every one.
        h('ul', { className: 'relations', attrs: { 'aria-label': t().sentenceBacks(m.relations.length) } }, ...m.relations.map((r) => relationItem(r, { fold: false, evidence: false }))),
      ]);
    },
  };

  // No role="alert": the Details region is aria-live already, and the page's one alert is the banner.
  const failureBlock = (f: FailureModel) => {
    const why = f.reason(i18n.m);
    return h('div', { className: 'failure' },
      h('p', {}, h('strong', {}, f.title(i18n.m)), ' ', h('span', {}, why.title, ' ', why.message)),
      why.detail ? serverWords(i18n.m.banner.detail, why.detail) : null,
      button(i18n.m.failed.retry, f.retry, { className: 'btn btn-small' }));
  };

  const factList = (facts: Fact[]) => h('section', { className: 'facts', attrs: { 'aria-label': t().facts } },
    h('h3', { className: 'section-title' }, t().factsTitle),
    h('ul', { className: 'relations' }, ...facts.map((f) => h('li', { className: 'relation' },
      labelled('claim', `${factName(i18n.m, f.key)}: `, f.value),
      f.quoteAr || f.quoteEn ? h('details', { className: 'evidence' }, h('summary', {}, t().evidence), quotes(f)) : null))));

  /** An entity's relations under the article that states each (in the order the articles first come). */
  const relationGroups = (id: string, relations: NamedRelation[]) => {
    if (!relations.length) return h('p', { className: 'meta' }, t().noRelations);
    const byArticle = new Map<string, { article: Article | null; relations: NamedRelation[] }>();
    for (const r of relations) {
      const key = r.source?.id ?? '';
      const group = byArticle.get(key) ?? { article: r.source, relations: [] };
      group.relations.push(r);
      byArticle.set(key, group);
    }
    return h('div', { className: 'relation-groups' },
      h('h3', { className: 'section-title' }, t().relations),
      ...[...byArticle.values()].map(({ article, relations: stated }) => h('section', { className: 'article-group' },
        h('div', { className: 'article-head' },
          h('h4', {}, h('span', { className: 'label' }, t().sourceOf), article ? articleName(article) : t().noSource),
          article ? button(t().readInArticle, () => actions.read(article.id), { className: 'btn btn-small btn-quiet' }) : null),
        typeGroups(id, stated))));
  };

  /** Relations by direction and type, claims first (what the article argues about), then structure. */
  const typeGroups = (id: string, relations: NamedRelation[]) => {
    const groups = new Map<string, NamedRelation[]>();
    for (const r of relations) {
      const key = `${r.from.id === id ? 'out' : 'in'}:${r.type}`;
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    const order = [...groups.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    return h('div', {},
      ...order.map((key) => {
        const [dir, type = ''] = key.split(':');
        const list = groups.get(key) ?? [];
        const words = relationName(i18n.m, type);
        return h('section', { className: 'relation-group' },
          h('h5', {}, typeChip(type), ' ', dir === 'out' ? '' : t().incoming, dir === 'out' ? words.heading : words.incoming, h('span', { className: 'count' }, ` ${i18n.m.format.number(list.length)}`)),
          h('ul', { className: 'relations' }, ...list.map((r) => relationItem(r, { fold: true, source: false }))));
      }));
  };

  return inspector;
}

function rank(key: string): number {
  const type = key.split(':')[1] ?? '';
  return typeLook(type).group === 'claim' ? 0 : 1;
}
