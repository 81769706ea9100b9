/**
 * Word material for the synthetic graph: every name and sentence comes as an [English, Arabic] pair, so
 * an entity's `name`/`nameAr` and an edge's `quoteEn`/`quoteAr` say the same thing. Foreign names are
 * transliterated into Arabic script the way the article does (سام ألتمان, ليانغ وينفنغ); model and
 * product names stay in Latin script inside Arabic sentences, as the article writes DeepSeek and R1.
 */
export type Pair = readonly [en: string, ar: string];

export const FIRST_NAMES: readonly Pair[] = [
  ['Sam', 'سام'], ['Liang', 'ليانغ'], ['Wei', 'وي'], ['Ahmed', 'أحمد'], ['Fatima', 'فاطمة'], ['Omar', 'عمر'],
  ['Layla', 'ليلى'], ['Yann', 'يان'], ['Clement', 'كليمنت'], ['Satya', 'ساتيا'], ['Jensen', 'جنسن'], ['Mira', 'ميرا'],
  ['Hoang', 'هوانغ'], ['Nguyen', 'نغوين'], ['Elena', 'إيلينا'], ['Karim', 'كريم'], ['Yusuf', 'يوسف'], ['Mei', 'مي'],
  ['Zhang', 'تشانغ'], ['Hassan', 'حسن'], ['Nadia', 'نادية'], ['David', 'ديفيد'], ['Sara', 'سارة'], ['Tariq', 'طارق'],
  ['Andrew', 'أندرو'], ['Lina', 'لينا'], ['Kenji', 'كينجي'], ['Amira', 'أميرة'], ['Marc', 'مارك'], ['Rania', 'رانيا'],
  ['Jun', 'جون'], ['Khalid', 'خالد'],
];

/** Syllables that make surnames and place or company names: 24 × 24 × 24 combinations. */
export const SYLLABLES: readonly Pair[] = [
  ['ka', 'كا'], ['lin', 'لين'], ['mo', 'مو'], ['ran', 'ران'], ['tek', 'تيك'], ['su', 'سو'], ['vo', 'فو'], ['der', 'دير'],
  ['ha', 'ها'], ['zen', 'زين'], ['bar', 'بار'], ['mi', 'مي'], ['nor', 'نور'], ['lu', 'لو'], ['fa', 'فا'], ['gun', 'غون'],
  ['ri', 'ري'], ['sel', 'سيل'], ['to', 'تو'], ['wen', 'وين'], ['chi', 'تشي'], ['dan', 'دان'], ['kho', 'خو'], ['ya', 'يا'],
];

export const ORG_FORMS: readonly ((name: Pair) => Pair)[] = [
  ([en, ar]) => [`${en} AI`, `${ar} للذكاء الاصطناعي`],
  ([en, ar]) => [`${en} Labs`, `مختبرات ${ar}`],
  ([en, ar]) => [`${en} Technologies`, `${ar} للتقنيات`],
  ([en, ar]) => [`${en} Capital`, `${ar} كابيتال`],
  ([en, ar]) => [`${en} University`, `جامعة ${ar}`],
  ([en, ar]) => [`${en} Institute`, `معهد ${ar}`],
  ([en, ar]) => [`${en} Times`, `صحيفة ${ar}`],
];

export const PLACE_FORMS: readonly ((name: Pair) => Pair)[] = [
  (p) => p,
  ([en, ar]) => [`${en} City`, `مدينة ${ar}`],
  ([en, ar]) => [`${en} Province`, `مقاطعة ${ar}`],
  ([en, ar]) => [`North ${en}`, `${ar} الشمالية`],
];

export const MODEL_FORMS: readonly ((word: string, version: number) => string)[] = [
  (w, v) => `${w}-${v}`,
  (w, v) => `${w} V${v}`,
  (w, v) => `${w}${v}`,
  (w, v) => `${w} R${v}`,
  (w) => `${w}Chat`,
];

export const PRODUCT_SUFFIXES: readonly Pair[] = [
  [' Cloud', ' السحابية'], [' Hub', ' هب'], [' Studio', ' ستوديو'], [' Chat', ' تشات'], [' Search', ' للبحث'], ['', ''],
];

export const CONCEPT_ADJECTIVES: readonly Pair[] = [
  ['open-source', 'مفتوح المصدر'], ['closed-source', 'مغلق المصدر'], ['low-cost', 'منخفض التكلفة'],
  ['sovereign', 'السيادي'], ['regulated', 'الخاضع للتنظيم'], ['distilled', 'المقطّر'], ['efficient', 'الفعّال'],
  ['multilingual', 'متعدد اللغات'], ['generative', 'التوليدي'], ['on-device', 'على الجهاز'],
];

export const CONCEPT_NOUNS: readonly Pair[] = [
  ['AI', 'الذكاء الاصطناعي'], ['training', 'التدريب'], ['chip export', 'تصدير الرقائق'], ['model', 'النموذج'],
  ['video generation', 'إنشاء الفيديو'], ['reasoning', 'الاستدلال'], ['inference', 'الاستنتاج'], ['research', 'البحث'],
  ['data centre', 'مركز البيانات'], ['competition', 'المنافسة'],
];

export const CONCEPT_DOMAINS: readonly Pair[] = [
  ['', ''], [' in healthcare', ' في الرعاية الصحية'], [' in education', ' في التعليم'], [' in finance', ' في التمويل'],
  [' in China', ' في الصين'], [' in Europe', ' في أوروبا'], [' in the Gulf', ' في الخليج'], [' for startups', ' للشركات الناشئة'],
];

/** What an ENDORSES/DOUBTS edge is about: `claim` is the English; the Arabic goes into `quoteAr`. */
export const CLAIMS: readonly Pair[] = [
  ['low training cost', 'انخفاض تكلفة التدريب'], ['open-source strategy', 'استراتيجية المصدر المفتوح'],
  ['performance parity with proprietary models', 'مضاهاة أداء النماذج الملكية'], ['efficient use of GPUs', 'الاستخدام الفعّال لوحدات معالجة الرسومات'],
  ['reasoning ability', 'القدرة على الاستدلال'], ['the reported training budget', 'ميزانية التدريب المعلنة'],
  ['the pace of progress', 'وتيرة التقدم'], ['independence from US chips', 'الاستقلال عن الرقائق الأمريكية'],
  ['safety of the model', 'أمان النموذج'], ['benchmark results', 'نتائج الاختبارات المعيارية'],
  ['data privacy practices', 'ممارسات خصوصية البيانات'], ['long-term competitiveness', 'القدرة التنافسية على المدى الطويل'],
];

export const ROLES: readonly Pair[] = [
  ['CEO', 'الرئيس التنفيذي'], ['chief scientist', 'كبير العلماء'], ['researcher', 'باحث'], ['engineer', 'مهندس'],
  ['professor', 'أستاذ'], ['analyst', 'محلل'], ['co-founder', 'مؤسس مشارك'], ['product lead', 'مدير المنتجات'], ['CTO', 'المدير التقني'],
];

/**
 * One sentence per relation type, with `{a}`/`{b}` for the two ends (and `{claim}`, `{role}`), in the
 * article's register. Sentences of the article run 100–300 characters; the clauses below pad to that.
 */
export const TEMPLATES: Readonly<Record<string, readonly Pair[]>> = {
  ENDORSES: [
    ['{a} praised {b}, saying its {claim} is a real achievement.', 'أشاد {a} بـ{b}، قائلًا إن {claim} يمثل إنجازًا حقيقيًا.'],
    ['{a} said {b} shows that {claim} is possible.', 'وقال {a} إن {b} يثبت أن {claim} أمر ممكن.'],
  ],
  DOUBTS: [
    ['{a} remained cautious and warned against overstating {b}, questioning {claim}.', 'ظل {a} حذرًا وحذّر من المبالغة في نجاح {b}، مشككًا في {claim}.'],
    ['{a} doubted the figures behind {b}, in particular {claim}.', 'وشكك {a} في الأرقام التي يقدمها {b}، ولا سيما {claim}.'],
  ],
  HOSTS: [
    ['{a} has made {b} available to its customers.', 'أتاحت {a} نموذج {b} لعملائها.'],
    ['{b} can now be used on {a}.', 'أصبح من الممكن الآن استخدام {b} على منصة {a}.'],
  ],
  DEVELOPED: [['{a} released its model {b}, developed at low cost.', 'أصدرت شركة {a} نموذجها {b} الذي تم تطويره بتكلفة منخفضة.']],
  FOUNDED: [['{a} founded {b}.', 'أسس {a} شركة {b}.']],
  LEADS: [['{a}, {role} of {b}, spoke about the company\'s plans.', 'تحدث {a}، {role} في {b}، عن خطط الشركة.']],
  WORKS_FOR: [['{a}, {role} at {b}, commented on the news.', 'وعلّق {a}، {role} في {b}، على الخبر.']],
  FORMERLY_AT: [['{a}, formerly {role} at {b}, gave his view.', 'وأدلى {a}، الذي عمل سابقًا {role} في {b}، برأيه.']],
  INVESTS_IN: [['{a} has invested in {b}.', 'استثمرت {a} في {b}.']],
  BASED_IN: [['{a}, headquartered in {b}, surprised the industry.', 'فاجأت {a}، ومقرها {b}، صناعة الذكاء الاصطناعي.']],
  CAPITAL_OF: [['{a}, the capital of {b}, hosts many start-ups.', 'تحتضن {a}، عاصمة {b}، العديد من الشركات الناشئة.']],
  OPERATES: [['{a} runs {b}.', 'تدير {a} خدمة {b}.']],
  RIVALS: [['{a} is said to match {b} in performance.', 'ويقال إن {a} يضاهي {b} في الأداء.']],
  POSTED_ON: [['{a} wrote on {b} that the news was significant.', 'وكتب {a} على {b} أن الخبر مهم.']],
};

/** Generic sentence for a relation type the templates do not know yet (the vocabulary may grow). */
export const FALLBACK_TEMPLATE: Pair = ['{a} is linked to {b}.', 'يرتبط {a} بـ{b}.'];

export const CLAUSES: readonly Pair[] = [
  [', according to a report published on Monday', '، وفقًا لتقرير نُشر يوم الاثنين'],
  [', at a time when the AI race between the United States and China is intensifying', '، في وقت تشتد فيه حرب الذكاء الاصطناعي بين الولايات المتحدة والصين'],
  [', although many experts remain cautious about the long-term impact', '، وإن ظل كثير من الخبراء حذرين بشأن الأثر على المدى البعيد'],
  [', in a question-and-answer session with users', '، في جلسة أسئلة وأجوبة مع المستخدمين'],
  [', a move that weighed on chip makers\' shares last week', '، وهي خطوة أثرت على أسهم شركات الرقائق الأسبوع الماضي'],
  [', adding that the company would revisit its approach', '، مضيفًا أن الشركة ستعيد النظر في نهجها'],
];

export const OUTLETS: readonly Pair[] = [
  ['Cong Luan', 'كونغ لوان'], ['Tech Daily', 'التقنية اليومية'], ['Gulf Business', 'أعمال الخليج'], ['AI Review', 'مراجعة الذكاء الاصطناعي'],
];
