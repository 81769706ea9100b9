/**
 * The Arabic catalogue (العربية). Typed by the English one: a key missing here, or one English lacks,
 * does not compile, and test/unit/client-i18n.test.ts compares the two at run time as well.
 *
 * Choices, so later additions read the same:
 * - Digits: Western (0–9), through `ar-u-nu-latn`. The article itself writes them ("5.5 مليون دولار",
 *   "20 يناير"), as most Arabic news sites and the Maghreb do; a count on the screen should look like the
 *   figures in the quotes beside it. Arabic-Indic digits (٠١٢) would put two digit systems side by side.
 * - Counted nouns follow Arabic grammar through Intl.PluralRules: كيان واحد، كيانان، 3 كيانات،
 *   11 كيانًا، 100 كيان (and "لا كيانات" for none). Where a count would force an awkward agreement, the
 *   sentence puts the number after a colon or after "من أصل".
 * - Nodes and edges are "كيانات" and "علاقات", as the data calls them, not graph-theory terms (عقد، حواف).
 *   The canvas is "اللوحة"; the legend "وسيلة الإيضاح", as spreadsheet and map software call it.
 * - Buttons are verbal nouns (توسيع، إخفاء، تراجع، تشغيل), the convention of most Arabic software;
 *   sentences addressed to the reader use the imperative (ابحث، اختر، انقر).
 * - Relation names are verbs read from subject to object, as on the canvas: "أ يؤيد ب"، "أ يشكك في ب"،
 *   "أ عمل سابقًا في ب". The masculine present stands for every subject (a person or a company), as in
 *   the "يؤيد"; the incoming form takes the pronoun of "الكيان" (يؤيده، يشكك فيه).
 *   "Stance" is "الموقف"; the two columns are "المؤيدون" and "المشككون".
 * - Names of things stay as they are: DeepSeek is "ديب سيك" as the article writes it; GraphQL,
 *   GraphiQL, JSON and key names (Ctrl, Esc, Del) stay in Latin letters, as they appear on screens and keys.
 * - Arrows point the way Arabic reads (←), and the external-link mark is mirrored (↖).
 */
import type { Messages } from './en.js';
import { numbers, plurals, type PluralForms } from './format.js';

const { number, compact } = numbers('ar');
const plural = plurals('ar');

/** A counted noun: the forms without the number (`few` for 3–10, `many` for 11–99, `other` from 100). */
interface Noun { zero: string; one: string; two: string; few: string; many: string; other: string }
const counted = (n: number, noun: Noun): string => {
  const forms: PluralForms = {
    zero: noun.zero,
    one: noun.one,
    two: noun.two,
    few: `${number(n)} ${noun.few}`,
    many: `${number(n)} ${noun.many}`,
    other: `${number(n)} ${noun.other}`,
  };
  return plural(n, forms);
};
const ENTITY: Noun = { zero: 'لا كيانات', one: 'كيان واحد', two: 'كيانان', few: 'كيانات', many: 'كيانًا', other: 'كيان' };
const RELATION: Noun = { zero: 'لا علاقات', one: 'علاقة واحدة', two: 'علاقتان', few: 'علاقات', many: 'علاقة', other: 'علاقة' };
const STEP: Noun = { zero: 'لا خطوات', one: 'خطوة واحدة', two: 'خطوتان', few: 'خطوات', many: 'خطوة', other: 'خطوة' };

export const ar: Messages = {
  format: { number, compact },

  app: {
    documentTitle: 'ديب سيك في شبكة علاقاتها · مستكشف المعرفة',
    title: 'ديب سيك في شبكة علاقاتها',
    subtitle: 'من يدعمها ومن يشكك فيها',
  },

  shell: {
    left: 'وسيلة الإيضاح والعناصر',
    right: 'التفاصيل والاستعلام',
    canvas: 'لوحة الرسم البياني. تعرض قائمة العناصر الكيانات والعلاقات نفسها للوحة المفاتيح وقارئات الشاشة.',
    dismiss: 'إغلاق',
    panels: 'اللوحات الجانبية',
    closePanel: 'إغلاق اللوحة',
    canvasControls: 'أدوات اللوحة',
  },

  panels: {
    legend: 'وسيلة الإيضاح',
    elements: 'العناصر',
    details: 'التفاصيل',
    query: 'الاستعلام',
    reader: 'المقال',
    tools: 'الأدوات',
  },

  toolbar: {
    label: 'أدوات الرسم البياني',
    layout: 'التخطيط',
    fit: 'ملاءمة',
    fitTitle: 'ملاءمة الرسم البياني للعرض (F)',
    undo: 'تراجع',
    redo: 'إعادة',
    undoTitle: (label) => `تراجع: ${label} (Ctrl+Z)`,
    redoTitle: (label) => `إعادة: ${label} (Ctrl+Shift+Z)`,
    nothingToUndo: 'لا شيء للتراجع عنه',
    nothingToRedo: 'لا شيء لإعادته',
    language: 'اللغة',
    export: 'تصدير',
    exportAs: (format) => `تصدير ${format}`,
    exportTitle: (format) => `تنزيل الرسم البياني بصيغة ${format}`,
    clear: 'مسح',
    clearTitle: 'إفراغ اللوحة (يعيدها التراجع)، ثم البحث للبدء من كيان واحد',
    reload: 'إعادة التحميل',
    reloadTitle: 'رسم الرسم البياني كاملًا من جديد',
  },

  layouts: {
    fcose: 'قوى متوازنة',
    concentric: 'دوائر متحدة المركز',
    breadthfirst: 'هرمي',
    circle: 'دائري',
    grid: 'شبكي',
  },

  search: {
    label: 'بحث',
    placeholder: 'ابحث عن أشخاص وشركات ونماذج…',
    hint: 'اكتب اسمًا بالعربية أو الإنجليزية، واختر اقتراحًا بمفاتيح الأسهم. الاختصار: الشرطة المائلة.',
    suggestions: 'اقتراحات',
    alias: 'يُكتب أيضًا',
    noMatches: 'لا نتائج',
  },

  banner: {
    title: 'حدث خطأ.',
    retry: 'إعادة المحاولة',
    dismiss: 'إغلاق',
    detail: 'ما قاله الخادم',
  },

  errors: {
    network: { title: 'تعذّر الوصول إلى واجهة البرمجة.', message: 'لا يمكن الوصول إلى واجهة البرمجة. تأكد من أن الخادم يعمل، ثم أعد المحاولة.' },
    unavailable: { title: 'قاعدة البيانات غير متاحة.', message: 'قاعدة البيانات غير متاحة الآن. سيعود المستكشف إلى العمل حين تعود؛ أعد المحاولة بعد قليل.' },
    http: { title: 'فشل الاستعلام.', message: 'ردّت واجهة البرمجة بخطأ.' },
    query: { title: 'فشل الاستعلام.', message: 'لم تستطع واجهة البرمجة الإجابة عن هذا السؤال.' },
    unexpected: { title: 'حدث خطأ.', message: 'أوقف خطأ غير متوقع هذا الإجراء؛ التفاصيل في وحدة تحكم المتصفح.' },
    codes: {
      BAD_USER_INPUT: 'أحد المعطيات خارج النطاق المسموح أو مكتوب بصيغة خاطئة.',
      QUERY_TOO_COMPLEX: 'السؤال أعمق أو أطول أو أكثر كلفة مما تقبله واجهة البرمجة.',
      NOT_FOUND: 'لا شيء في قاعدة البيانات يحمل هذا المعرّف.',
      QUERY_TIMEOUT: 'استغرقت قاعدة البيانات وقتًا أطول من المسموح للإجابة.',
      QUERY_TOO_LARGE: 'يحتاج السؤال إلى ذاكرة أكثر مما تسمح به قاعدة البيانات: ضيّق نطاقه.',
      SERVER_BUSY: 'الخادم مشغول: أعد المحاولة بعد قليل.',
      READ_ONLY: 'المستكشف للقراءة فقط: لا يُسمح بالكتابة.',
      REQUEST_ENTITY_TOO_LARGE: 'الطلب أكبر من المسموح.',
    },
    notFound: 'غير موجود.',
    entityNotFound: (id) => `لا يوجد كيان «${id}» في قاعدة البيانات.`,
    relationNotFound: 'العلاقة المشار إليها في الرابط ليست في قاعدة البيانات.',
    articleNotFound: 'المقال المشار إليه في الرابط ليس في قاعدة البيانات.',
    graphNotLoaded: 'تعذّر تحميل الرسم البياني. انظر الرسالة في الأعلى.',
  },

  failed: {
    details: 'تعذّر تحميل التفاصيل.',
    relations: 'تعذّر تحميل العلاقات.',
    path: 'تعذّر البحث عن مسار.',
    stance: 'تعذّر تحميل المواقف.',
    retry: 'إعادة المحاولة',
  },

  busy: {
    loadingGraph: 'جارٍ تحميل الرسم البياني…',
    layingOut: 'جارٍ ترتيب العناصر…',
    drawing: 'جارٍ رسم الرسم البياني…',
    arranging: 'جارٍ ترتيب الرسم البياني…',
    expanding: 'جارٍ التوسيع…',
    adding: 'جارٍ الإضافة…',
    loading: 'جارٍ التحميل…',
    loadingDetails: 'جارٍ تحميل التفاصيل…',
    loadingRelation: 'جارٍ تحميل العلاقة…',
    findingPath: 'جارٍ البحث عن أقصر مسار…',
    loadingStance: 'جارٍ تحميل المواقف…',
    loadingArticle: 'جارٍ تحميل المقال…',
    runningQuery: 'جارٍ تشغيل الاستعلام…',
    exporting: (format) => `جارٍ التصدير بصيغة ${format}…`,
  },

  status: {
    nodes: (n) => counted(n, ENTITY),
    edges: (n) => counted(n, RELATION),
    hidden: (n) => `مخفي بالتصفية: ${number(n)}`,
    empty: 'لا تحوي قاعدة البيانات أي كيان بعد.',
    truncated: (n) => `يُعرض أول ${counted(n, ENTITY)} فقط: الرسم البياني أكبر. استخدم البحث والتوسيع للمزيد.`,
  },

  commands: {
    expand: (name) => `توسيع ${name}`,
    showMoreOf: (name) => `المزيد من جيران ${name}`,
    collapse: (name) => `طيّ ${name}`,
    hide: (name) => `إخفاء ${name}`,
    add: (name) => `إضافة ${name}`,
    showRelation: (from, type, to) => `عرض ${from} ${type} ${to}`,
    showPath: 'عرض المسار',
    showSentence: 'عرض علاقات جملة',
    drawResult: 'رسم نتيجة الاستعلام',
    clearCanvas: 'مسح اللوحة',
    undid: (label) => `تم التراجع: ${label}`,
    redid: (label) => `تمت الإعادة: ${label}`,
    allShown: (name) => `كل جيران ${name} موجودون على اللوحة.`,
    addedSome: (added, total, name) => `أُضيف ${number(added)} من أصل ${number(total)} من جيران ${name} الجدد.`,
    added: (n, name) => `أُضيف من جيران ${name}: ${counted(n, ENTITY)}.`,
    databaseHasMore: 'في قاعدة البيانات المزيد: وسّع مرة أخرى لاحقًا.',
    showMore: (n) => `عرض المزيد (${number(n)})`,
    cleared: 'مُسحت اللوحة. ابحث عن اسم للبدء من كيان واحد؛ التراجع يعيد كل شيء.',
  },

  inspector: {
    region: 'التفاصيل',
    welcomeTitle: 'استكشف شبكة المقال',
    welcomeText: 'من يدعم ديب سيك، ومن يشكك فيها، ومن أين جاء كل قول. تحمل كل علاقة جملة المقال العربية وترجمتها الإنجليزية.',
    tipInspect: 'انقر كيانًا أو علاقة، أو المسه، لعرض التفاصيل.',
    tipExpand: 'انقر نقرًا مزدوجًا على كيان، أو المسه مرتين أو مطوّلًا، لإظهار جيرانه.',
    tipSearch: 'ابحث بالعربية أو الإنجليزية: ',
    tipUndo: 'تراجع ',
    tipHide: ' · إخفاء ',
    tipClear: ' · إلغاء التحديد ',
    nodeActions: 'إجراءات الكيان',
    expand: 'توسيع',
    addToCanvas: 'إضافة إلى اللوحة',
    showMore: (n) => `عرض المزيد (${number(n)})`,
    collapse: 'طيّ',
    stance: 'المواقف',
    stanceTitle: 'من يؤيده ومن يشكك فيه',
    whyConnected: 'ما الذي يربطهما؟',
    whyConnectedTitle: 'اختر كيانًا ثانيًا لترى أقصر مسار بينهما',
    pathFrom: (name) => `المسار من ${name}`,
    pathPending: { before: 'ما الذي يربطهما؟ انطلاقًا من ', after: ': اختر «المسار من…» أو ', cancel: 'ألغِ', end: '.' },
    pathStart: 'اختر الآن كيانًا ثانيًا (بالنقر أو البحث أو من القائمة) لترى ما يربطهما. ',
    cancel: 'إلغاء',
    hide: 'إخفاء',
    hideTitle: 'إزالة من اللوحة (Del)؛ يعيده التراجع',
    englishName: 'الاسم بالإنجليزية',
    separator: '، ',
    alsoWritten: 'يُكتب أيضًا: ',
    degree: (n) => `${counted(n, RELATION)} في قاعدة البيانات`,
    loadingRelations: 'جارٍ تحميل العلاقات…',
    noRelations: 'لا علاقات.',
    relations: 'العلاقات',
    incoming: '→ ',
    facts: 'حقائق',
    factsTitle: 'ما يذكره المقال',
    claimChip: 'موقف',
    relationChip: 'علاقة',
    claim: 'الموقف: ',
    role: 'الدور: ',
    evidence: 'الدليل',
    quoteAr: 'نص المقال',
    quoteEn: 'الترجمة الإنجليزية',
    noQuote: 'لم يُسجَّل اقتباس لهذه العلاقة.',
    source: 'المصدر',
    show: 'عرض',
    showOnCanvas: (from, type, to) => `عرض ${from} ${type} ${to} على اللوحة`,
    selectOnCanvas: (kind) => `${kind}: تحديده على اللوحة`,
    stanceOn: (name) => `المواقف من ${name}`,
    pathChip: 'ما الذي يربطهما؟',
    arrow: ' ← ',
    path: 'المسار',
    shortestPath: (hops) => `أقصر مسار: ${counted(hops, STEP)}، وهو مميَّز على اللوحة. يزول التمييز بمفتاح Esc أو بلمسة على الخلفية.`,
    noPath: (hops) => `لا مسار في قاعدة البيانات يربط بينهما في ${counted(hops, STEP)} أو أقل.`,
    stanceChip: 'المواقف: من يؤيد ومن يشكك',
    endorseIt: 'المؤيدون',
    doubtIt: 'المشككون',
    column: (title, n) => `${title} (${number(n)})`,
    nobody: 'لا أحد في المقال.',
    readInArticle: 'قراءة في المقال',
    sourceOf: 'المصدر: ',
    noSource: 'لم يُسجَّل مصدر',
    alsoStated: (n) => `وردت أيضًا في مقالات أخرى: ${number(n)}`,
    sentenceChip: 'جملة من المقال',
    sentenceBacks: (n) => `العلاقات التي تستند إليها (${number(n)})`,
    sentenceEnglish: 'الترجمة الإنجليزية',
  },

  reader: {
    region: 'المقال',
    close: 'إغلاق المقال',
    text: 'النص المعروض',
    arabic: 'العربية',
    english: 'الإنجليزية',
    both: 'كلاهما',
    previous: 'الجملة المقتبسة السابقة',
    next: 'الجملة المقتبسة التالية',
    position: (n, total) => `${number(n)} من ${number(total)}`,
    quotes: (n) => `الجمل المقتبسة: ${number(n)}`,
    hint: 'الجمل المميَّزة تستند إليها علاقات في الرسم البياني. أشر إلى إحداها أو انتقل إليها لتراها، وانقرها أو اضغط Enter لتحديدها على الرسم؛ وتنقّل بينها بالسهمين ↑ و↓.',
    original: 'قراءة الأصل',
    translationNote: 'عن الترجمة الإنجليزية: ',
    noText: 'لا تحوي البيانات نص هذا المقال.',
    notFound: 'هذا المقال ليس في قاعدة البيانات.',
    failed: 'تعذّر تحميل المقال.',
    retry: 'إعادة المحاولة',
    empty: 'لا مقال مفتوح. اختر مقالًا لتقرأه بجانب الرسم البياني:',
    noSources: 'لا تحوي قاعدة البيانات أي مقال.',
    backs: (n) => `تستند إلى هذه الجملة ${counted(n, RELATION)}:`,
    backsNothing: 'لا تستند إلى هذه الجملة أي علاقة في الرسم البياني.',
  },

  evidence: {
    none: 'لا أدلة مسجلة',
    noneDetail: 'لا أدلة مسجلة: لا تحمل هذه العلاقة اقتباسًا ولا مقالًا مصدرًا.',
    noSource: 'المصدر: غير مسجل.',
    onEdge: (label) => `${label} (لا أدلة مسجلة)`,
  },

  legend: {
    title: 'وسيلة الإيضاح',
    hint: 'انقر بندًا أو المسه لإخفائه أو إظهاره.',
    showAll: 'إظهار الكل',
    kinds: 'الأنواع',
    types: 'أنواع العلاقات',
    relations: 'العلاقات',
    hidden: 'مخفي: انقر لإظهاره',
    shown: 'ظاهر: انقر لإخفائه',
    drawn: (n) => `المرسوم: ${number(n)}`,
    drawnOf: (n, total) => `المرسوم ${number(n)} من أصل ${number(total)}`,
    sources: 'المصادر',
    read: 'قراءة',
    readTitle: (title) => `قراءة «${title}» بجانب الرسم البياني`,
  },

  list: {
    title: 'العناصر',
    count: (nodes, edges) => `${counted(nodes, ENTITY)} · ${counted(edges, RELATION)}`,
    more: (n, left) => `عرض المزيد (${number(n)} من أصل ${number(left)})`,
  },

  console: {
    region: 'الاستعلام',
    heading: 'استعلام GraphQL',
    openGraphiql: 'فتح GraphiQL',
    externalMark: ' ↖',
    fold: 'طيّ وحدة الاستعلام أو فتحها',
    foldLabel: 'إظهار وحدة الاستعلام',
    hint: 'تُرسم على اللوحة الكيانات والعلاقات الواردة في النتيجة. للتشغيل: Ctrl+Enter.',
    run: 'تشغيل',
    runTitle: 'تشغيل الاستعلام (Ctrl+Enter)',
    examples: 'أمثلة على الاستعلامات',
    examplesPlaceholder: 'أمثلة…',
    example: {
      stance: 'من يؤيد ديب سيك ومن يشكك فيها؟',
      neighbourhood: 'ديب سيك وجيرانها',
      search: 'البحث (بالعربية أيضًا)',
      stats: 'الأعداد حسب النوع ونوع العلاقة',
    },
    running: 'جارٍ التشغيل…',
    resultJson: 'النتيجة بصيغة JSON',
    showJson: 'إظهار JSON',
    hideJson: 'إخفاء JSON',
    error: (messages) => `خطأ: ${messages}`,
    drew: (entities, relations) => `رُسم من النتيجة ${counted(entities, ENTITY)} و${counted(relations, RELATION)}.`,
    nothingToDraw: 'لا كيانات ولا علاقات في النتيجة: هذه هي بصيغة JSON.',
  },

  kinds: {
    PERSON: { one: 'شخص', many: 'أشخاص' },
    ORGANIZATION: { one: 'مؤسسة', many: 'مؤسسات' },
    MODEL: { one: 'نموذج ذكاء اصطناعي', many: 'نماذج ذكاء اصطناعي' },
    PRODUCT: { one: 'منتج', many: 'منتجات' },
    PLACE: { one: 'مكان', many: 'أماكن' },
    CONCEPT: { one: 'مفهوم', many: 'مفاهيم' },
    UNKNOWN: { one: 'غير ذلك', many: 'غير ذلك' },
    OTHER: { one: 'بلا نوع', many: 'بلا نوع' },
  },

  relations: {
    ENDORSES: { label: 'يؤيد', heading: 'يؤيد', incoming: 'يؤيده' },
    DOUBTS: { label: 'يشكك في', heading: 'يشكك في', incoming: 'يشكك فيه' },
    HOSTS: { label: 'يستضيف', heading: 'يستضيف', incoming: 'يستضيفه' },
    DEVELOPED: { label: 'طوّر', heading: 'طوّر', incoming: 'طوّره' },
    FOUNDED: { label: 'أسّس', heading: 'أسّس', incoming: 'أسّسه' },
    LEADS: { label: 'يقود', heading: 'يقود', incoming: 'يقوده' },
    WORKS_FOR: { label: 'يعمل لدى', heading: 'يعمل لدى', incoming: 'يعمل لديه' },
    FORMERLY_AT: { label: 'عمل سابقًا في', heading: 'عمل سابقًا في', incoming: 'عمل فيه سابقًا' },
    INVESTS_IN: { label: 'يستثمر في', heading: 'يستثمر في', incoming: 'يستثمر فيه' },
    BASED_IN: { label: 'مقرّه في', heading: 'مقرّه في', incoming: 'يتخذه مقرًّا' },
    CAPITAL_OF: { label: 'عاصمة', heading: 'عاصمة', incoming: 'عاصمته' },
    OPERATES: { label: 'يشغّل', heading: 'يشغّل', incoming: 'يشغّله' },
    RIVALS: { label: 'ينافس', heading: 'ينافس', incoming: 'ينافسه' },
    POSTED_ON: { label: 'نشر على', heading: 'نشر على', incoming: 'نشر عليه' },
  },

  facts: {
    announced: 'أُعلن في',
    launched: 'أُطلق في',
    origin: 'المنشأ',
    outlook: 'التوقعات',
    profile: 'نبذة',
    shareFall: 'تراجع الأسهم',
    strategy: 'الاستراتيجية',
    trainingCost: 'كلفة التدريب',
    typicalSpend: 'الإنفاق المعتاد',
  },
};
