/**
 * The English catalogue: every string the interface shows or reads out, and the shape the Arabic one
 * (ar.ts) must have — `Messages` is this object's type, so a key missing from either is a type error.
 * Messages with numbers or names are functions; data (names, claims, quotes) is never written here.
 * The language names on the switch ("English", "العربية") are the only words outside the catalogues:
 * each is written in its own language whatever the interface speaks.
 */
import { numbers, plurals } from './format.js';

const { number, compact } = numbers('en');
const plural = plurals('en');
const count = (n: number, one: string, many: string) => `${number(n)} ${plural(n, { one, other: many })}`;

export const en = {
  format: { number, compact },

  app: {
    documentTitle: 'DeepSeek in relations · knowledge-graph explorer',
    title: 'DeepSeek in relations',
    subtitle: 'Who backs it, who doubts it',
  },

  shell: {
    left: 'Legend and elements',
    right: 'Details and query',
    canvas: 'Graph canvas. The Elements list offers the same nodes and edges for keyboard and screen readers.',
    dismiss: 'Dismiss',
    panels: 'Panels',
    closePanel: 'Close the panel',
    canvasControls: 'Canvas controls',
  },

  /** Names of the panels, on the tabs of narrow screens. */
  panels: {
    legend: 'Legend',
    elements: 'Elements',
    details: 'Details',
    query: 'Query',
    reader: 'Article',
    tools: 'Tools',
  },

  toolbar: {
    label: 'Graph tools',
    layout: 'Layout',
    fit: 'Fit',
    fitTitle: 'Fit the graph in view (F)',
    undo: 'Undo',
    redo: 'Redo',
    undoTitle: (label: string) => `Undo: ${label} (Ctrl+Z)`,
    redoTitle: (label: string) => `Redo: ${label} (Ctrl+Shift+Z)`,
    nothingToUndo: 'Nothing to undo',
    nothingToRedo: 'Nothing to redo',
    language: 'Language',
    export: 'Export',
    exportAs: (format: string) => `Export ${format}`,
    exportTitle: (format: string) => `Download the graph as ${format}`,
    clear: 'Clear',
    clearTitle: 'Empty the canvas (undo brings it back); then search to start from one node',
    reload: 'Reload',
    reloadTitle: 'Draw the whole graph again',
  },

  layouts: {
    fcose: 'Force',
    concentric: 'Concentric',
    breadthfirst: 'Hierarchy',
    circle: 'Circle',
    grid: 'Grid',
  },

  search: {
    label: 'Search',
    placeholder: 'Search people, companies, models… / ابحث',
    hint: 'Type a name in English or Arabic; use the arrow keys to pick a suggestion. Shortcut: slash.',
    suggestions: 'Suggestions',
    alias: 'alias',
    noMatches: 'No matches',
  },

  banner: {
    title: 'Something went wrong.',
    retry: 'Retry',
    dismiss: 'Dismiss',
    detail: 'What the server said',
  },

  /** What a failure means to the reader; the server's own words go under `banner.detail`. */
  errors: {
    network: { title: 'API unreachable.', message: 'Cannot reach the API. Check that the server is running, then retry.' },
    unavailable: { title: 'Database unavailable.', message: 'The database is unavailable right now. The explorer will work again once it is back; retry in a moment.' },
    http: { title: 'Query failed.', message: 'The API answered with an error.' },
    query: { title: 'Query failed.', message: 'The API could not answer this question.' },
    unexpected: { title: 'Something went wrong.', message: 'An unexpected error stopped this action; the browser console has the details.' },
    /** By the API's `extensions.code`. */
    codes: {
      BAD_USER_INPUT: 'An argument is out of range or malformed.',
      QUERY_TOO_COMPLEX: 'The question is too deep, too long or too costly for the API.',
      NOT_FOUND: 'Nothing in the database has that id.',
      QUERY_TIMEOUT: 'The database took too long to answer.',
      QUERY_TOO_LARGE: 'The question needs more memory than the database allows: narrow it.',
      SERVER_BUSY: 'The server is busy: try again shortly.',
      READ_ONLY: 'The explorer only reads: nothing may be written.',
      REQUEST_ENTITY_TOO_LARGE: 'The request is too large.',
    },
    notFound: 'Not found.',
    entityNotFound: (id: string) => `No entity “${id}” in the database.`,
    relationNotFound: 'The linked relation is not in the database.',
    articleNotFound: 'The linked article is not in the database.',
    graphNotLoaded: 'The graph could not be loaded. See the message above.',
  },

  /** A panel whose request failed says what failed (with `errors`' reason) and offers to try again. */
  failed: {
    details: 'The details could not be loaded.',
    relations: 'The relations could not be loaded.',
    path: 'The search for a path failed.',
    stance: 'The stance could not be loaded.',
    retry: 'Retry',
  },

  /** The status line and the overlay while something runs. */
  busy: {
    loadingGraph: 'Loading the graph…',
    layingOut: 'Laying out…',
    drawing: 'Drawing the graph…',
    arranging: 'Arranging the graph…',
    expanding: 'Expanding…',
    adding: 'Adding…',
    loading: 'Loading…',
    loadingDetails: 'Loading details…',
    loadingRelation: 'Loading the relation…',
    findingPath: 'Finding the shortest path…',
    loadingStance: 'Loading the stance…',
    loadingArticle: 'Loading the article…',
    runningQuery: 'Running the query…',
    exporting: (format: string) => `Exporting ${format}…`,
  },

  status: {
    nodes: (n: number) => count(n, 'node', 'nodes'),
    edges: (n: number) => count(n, 'edge', 'edges'),
    hidden: (n: number) => `${number(n)} hidden by filters`,
    empty: 'The database holds no entities yet.',
    truncated: (n: number) => `Showing the first ${number(n)} entities: the graph is larger. Use search and expand to go further.`,
  },

  /** Toasts and the names of undoable commands (shown on Undo and Redo). */
  commands: {
    expand: (name: string) => `Expand ${name}`,
    showMoreOf: (name: string) => `Show more of ${name}`,
    collapse: (name: string) => `Collapse ${name}`,
    hide: (name: string) => `Hide ${name}`,
    add: (name: string) => `Add ${name}`,
    showRelation: (from: string, type: string, to: string) => `Show ${from} ${type} ${to}`,
    showPath: 'Show path',
    showSentence: 'Show a sentence’s relations',
    drawResult: 'Draw query result',
    clearCanvas: 'Clear the canvas',
    undid: (label: string) => `Undid: ${label}`,
    redid: (label: string) => `Redid: ${label}`,
    allShown: (name: string) => `All neighbours of ${name} are already on the canvas.`,
    addedSome: (added: number, total: number, name: string) => `Added ${number(added)} of ${number(total)} new neighbours of ${name}.`,
    added: (n: number, name: string) => `Added ${count(n, 'neighbour', 'neighbours')} of ${name}.`,
    databaseHasMore: 'The database has more: expand again later.',
    showMore: (n: number) => `Show ${number(n)} more`,
    cleared: 'Canvas cleared. Search for a name to start from one node; Undo brings everything back.',
  },

  inspector: {
    region: 'Details',
    welcomeTitle: 'Explore the article’s network',
    welcomeText: 'Who backs DeepSeek, who doubts it, and where each claim comes from. Every relation carries the article’s Arabic sentence and an English rendering.',
    tipInspect: 'Click or tap a node or an edge to inspect it.',
    tipExpand: 'Double-click, double-tap or long-press a node to expand its neighbours.',
    tipSearch: 'Search in English or Arabic: ',
    tipUndo: 'Undo ',
    tipHide: ' · hide ',
    tipClear: ' · clear ',
    nodeActions: 'Node actions',
    expand: 'Expand',
    addToCanvas: 'Add to canvas',
    showMore: (n: number) => `Show ${number(n)} more`,
    collapse: 'Collapse',
    stance: 'Stance',
    stanceTitle: 'Who endorses it, who doubts it',
    whyConnected: 'Why connected?',
    whyConnectedTitle: 'Pick a second node to see the shortest path',
    pathFrom: (name: string) => `Path from ${name}`,
    pathPending: { before: 'Why connected? from ', after: ': choose “Path from…” or ', cancel: 'cancel', end: '.' },
    pathStart: 'Now select a second node (click, search or list) to see how they connect. ',
    cancel: 'Cancel',
    hide: 'Hide',
    hideTitle: 'Remove from the canvas (Del); undo brings it back',
    englishName: 'English name',
    separator: ', ',
    alsoWritten: 'Also written ',
    degree: (n: number) => `${count(n, 'relation', 'relations')} in the database`,
    loadingRelations: 'Loading relations…',
    noRelations: 'No relations.',
    relations: 'Relations',
    incoming: '← ',
    facts: 'Facts',
    factsTitle: 'What the article states',
    claimChip: 'Claim',
    relationChip: 'Relation',
    claim: 'Claim ',
    role: 'Role ',
    evidence: 'Evidence',
    quoteAr: 'Quote (Arabic)',
    quoteEn: 'English rendering',
    noQuote: 'No quote recorded for this relation.',
    source: 'Source',
    show: 'Show',
    showOnCanvas: (from: string, type: string, to: string) => `Show ${from} ${type} ${to} on the canvas`,
    selectOnCanvas: (kind: string) => `${kind}: select on the canvas`,
    stanceOn: (name: string) => `Stance on ${name}`,
    pathChip: 'Why connected?',
    arrow: ' → ',
    path: 'Path',
    shortestPath: (hops: number) => `Shortest path: ${count(hops, 'hop', 'hops')}, highlighted on the canvas. Esc (or a tap on the background) clears.`,
    noPath: (hops: number) => `No path of up to ${number(hops)} hops links them in the database.`,
    stanceChip: 'Stance: who endorses it, who doubts it',
    endorseIt: 'Endorse it',
    doubtIt: 'Doubt it',
    column: (title: string, n: number) => `${title} (${number(n)})`,
    nobody: 'Nobody in the article.',
    readInArticle: 'Read in the article',
    sourceOf: 'Source: ',
    noSource: 'No source recorded',
    alsoStated: (n: number) => `Also stated in ${count(n, 'other article', 'other articles')}`,
    sentenceChip: 'A sentence of the article',
    sentenceBacks: (n: number) => `Relations it backs (${number(n)})`,
    sentenceEnglish: 'English translation',
  },

  /** The article reader: an article's text beside the graph, its quoted sentences marked. */
  reader: {
    region: 'Article',
    close: 'Close the article',
    text: 'Text shown',
    arabic: 'Arabic',
    english: 'English',
    both: 'Both',
    previous: 'Previous quoted sentence',
    next: 'Next quoted sentence',
    position: (n: number, total: number) => `${number(n)} of ${number(total)}`,
    quotes: (n: number) => count(n, 'quoted sentence', 'quoted sentences'),
    hint: 'Marked sentences back relations of the graph. Point at one or focus it to see them; click it or press Enter to select them on the graph; ↑ and ↓ go from one to the next.',
    original: 'Read the original',
    translationNote: 'About the English: ',
    noText: 'The dataset holds no text for this article.',
    notFound: 'This article is not in the database.',
    failed: 'The article could not be loaded.',
    retry: 'Retry',
    empty: 'No article is open. Choose one to read beside the graph:',
    noSources: 'The database holds no article.',
    backs: (n: number) => `This sentence backs ${count(n, 'relation', 'relations')}:`,
    backsNothing: 'No relation of the graph rests on this sentence.',
  },

  /** Relations the loader never checked (written straight into the database) may carry no evidence. */
  evidence: {
    none: 'No evidence recorded',
    noneDetail: 'No evidence recorded: this relation carries no quote and no source article.',
    noSource: 'Source: not recorded.',
    /** The edge's label on the canvas when it is selected or hovered. */
    onEdge: (label: string) => `${label} (no evidence recorded)`,
  },

  legend: {
    title: 'Legend',
    hint: 'Click or tap an entry to hide or show it.',
    showAll: 'Show all',
    kinds: 'Kinds',
    types: 'Relation types',
    relations: 'Relations',
    hidden: 'Hidden: click to show',
    shown: 'Shown: click to hide',
    drawn: (n: number) => `${number(n)} drawn`,
    drawnOf: (n: number, total: number) => `${number(n)} drawn of ${number(total)}`,
    sources: 'Sources',
    read: 'Read',
    readTitle: (title: string) => `Read “${title}” beside the graph`,
  },

  list: {
    title: 'Elements',
    count: (nodes: number, edges: number) => `${count(nodes, 'node', 'nodes')} · ${count(edges, 'edge', 'edges')}`,
    more: (n: number, left: number) => `Show ${number(n)} more of ${number(left)}`,
  },

  console: {
    region: 'Query',
    heading: 'GraphQL query',
    openGraphiql: 'Open GraphiQL',
    externalMark: ' ↗',
    fold: 'Fold or unfold the console',
    foldLabel: 'Show the console',
    hint: 'Entities and relations in the result are drawn on the canvas. Ctrl+Enter runs.',
    run: 'Run',
    runTitle: 'Run the query (Ctrl+Enter)',
    examples: 'Example queries',
    examplesPlaceholder: 'Examples…',
    example: {
      stance: 'Who endorses or doubts DeepSeek?',
      neighbourhood: 'DeepSeek and its neighbours',
      search: 'Search (Arabic works too)',
      stats: 'Counts per kind and relation type',
    },
    running: 'Running…',
    resultJson: 'Result JSON',
    showJson: 'Show JSON',
    hideJson: 'Hide JSON',
    error: (messages: string) => `Error: ${messages}`,
    drew: (entities: number, relations: number) =>
      `Drew ${count(entities, 'entity', 'entities')} and ${count(relations, 'relation', 'relations')} from the result.`,
    nothingToDraw: 'No entities or relations in the result: here is the JSON.',
  },

  /** Kind names: one, and many (the legend's headings). */
  kinds: {
    PERSON: { one: 'Person', many: 'People' },
    ORGANIZATION: { one: 'Organization', many: 'Organizations' },
    MODEL: { one: 'AI model', many: 'AI models' },
    PRODUCT: { one: 'Product', many: 'Products' },
    PLACE: { one: 'Place', many: 'Places' },
    CONCEPT: { one: 'Concept', many: 'Concepts' },
    UNKNOWN: { one: 'Other', many: 'Other' },
    /** An entity with no kind label from the vocabulary. */
    OTHER: { one: 'No kind', many: 'No kind' },
  },

  /**
   * Relation types: `label` is drawn on the edge and read "A label B"; `heading` titles a node's
   * outgoing relations of that type, `incoming` the ones that point at it.
   */
  relations: {
    ENDORSES: { label: 'endorses', heading: 'Endorses', incoming: 'Endorses it' },
    DOUBTS: { label: 'doubts', heading: 'Doubts', incoming: 'Doubts it' },
    HOSTS: { label: 'hosts', heading: 'Hosts', incoming: 'Hosts it' },
    DEVELOPED: { label: 'developed', heading: 'Developed', incoming: 'Developed it' },
    FOUNDED: { label: 'founded', heading: 'Founded', incoming: 'Founded it' },
    LEADS: { label: 'leads', heading: 'Leads', incoming: 'Leads it' },
    WORKS_FOR: { label: 'works for', heading: 'Works for', incoming: 'Works for it' },
    FORMERLY_AT: { label: 'formerly at', heading: 'Formerly at', incoming: 'Formerly at it' },
    INVESTS_IN: { label: 'invests in', heading: 'Invests in', incoming: 'Invests in it' },
    BASED_IN: { label: 'based in', heading: 'Based in', incoming: 'Based in it' },
    CAPITAL_OF: { label: 'capital of', heading: 'Capital of', incoming: 'Capital of it' },
    OPERATES: { label: 'operates', heading: 'Operates', incoming: 'Operates it' },
    RIVALS: { label: 'rivals', heading: 'Rivals', incoming: 'Rivals it' },
    POSTED_ON: { label: 'posted on', heading: 'Posted on', incoming: 'Posted on it' },
  },

  /** The facts the dataset records on entities (cypher/README.md), by property name. */
  facts: {
    announced: 'Announced',
    launched: 'Launched',
    origin: 'Origin',
    outlook: 'Outlook',
    profile: 'Profile',
    shareFall: 'Share fall',
    strategy: 'Strategy',
    trainingCost: 'Training cost',
    typicalSpend: 'Typical spend',
  },
};

export type Messages = typeof en;
