// Every entity the article names. nameAr is the article's own Arabic spelling (absent where it writes the
// name only in Latin script); aliases are the other spellings it uses. A fact the article states goes on
// the node as <fact> with its evidence <fact>QuoteAr (verbatim) and <fact>QuoteEn, exactly as precise as
// the text: R1's announcement has a day and no year, so it gets no year here either.

// ---- Organizations ----
MERGE (n:Entity {id: 'deepseek'})
SET n:Organization,
    n.name = 'DeepSeek',
    n.nameAr = 'ديب سيك',
    n.aliases = [],
    n.description = 'Chinese AI startup based in Hangzhou that developed the R1 and V3 models at low cost.',
    n.profile = 'Chinese startup',
    n.profileQuoteAr = 'أحدثت شركة DeepSeek الصينية الناشئة ثورة في مجتمع الذكاء الاصطناعي العالمي بنموذجها الجديد والمثير للإعجاب للذكاء الاصطناعي، والذي تم تطويره بتكلفة منخفضة بشكل ملحوظ.',
    n.profileQuoteEn = 'Chinese startup DeepSeek has caused a revolution in the global AI community with its impressive new AI model, developed at a remarkably low cost.',
    n.outlook = 'could become a formidable competitor in the AI market, in China and globally',
    n.outlookQuoteAr = 'ويُظهر هذا الدعم أن DeepSeek يمكن أن يصبح منافسًا هائلاً في سوق الذكاء الاصطناعي، ليس فقط في الصين ولكن أيضًا على مستوى العالم.',
    n.outlookQuoteEn = 'This support shows that DeepSeek could become a formidable competitor in the AI market, not only in China but also globally.';

MERGE (n:Entity {id: 'openai'})
SET n:Organization,
    n.name = 'OpenAI',
    n.aliases = [],
    n.description = 'The company behind ChatGPT, led by Sam Altman, whose proprietary models R1 reportedly matches.',
    n.strategy = 'closed source',
    n.strategyQuoteAr = 'اعترف سام ألتمان، الرئيس التنفيذي لشركة OpenAI، بأن شركته ربما تكون قد "اتخذت مسارًا خاطئًا" باتباع استراتيجية المصادر المغلقة.',
    n.strategyQuoteEn = 'Sam Altman, CEO of OpenAI, admitted that his company may have "taken a wrong path" by following a closed-source strategy.',
    n.typicalSpend = 'hundreds of millions of USD',
    n.typicalSpendQuoteAr = 'أصدرت شركة DeepSeek سابقًا نموذجها اللغوي الكبير V3، والذي بلغت تكلفة تدريبه 5.5 مليون دولار فقط، وهو مبلغ زهيد مقارنةً بمئات الملايين من الدولارات التي تنفقها شركات مثل OpenAI وGoogle عادةً.',
    n.typicalSpendQuoteEn = 'DeepSeek earlier released its large language model V3, whose training cost only 5.5 million dollars, a trifling sum compared with the hundreds of millions of dollars that companies such as OpenAI and Google usually spend.';

MERGE (n:Entity {id: 'google'})
SET n:Organization,
    n.name = 'Google',
    n.nameAr = 'جوجل',
    n.aliases = [],
    n.description = 'Named with OpenAI as a company that usually spends hundreds of millions of dollars where V3 cost 5.5 million.',
    n.typicalSpend = 'hundreds of millions of USD',
    n.typicalSpendQuoteAr = 'أصدرت شركة DeepSeek سابقًا نموذجها اللغوي الكبير V3، والذي بلغت تكلفة تدريبه 5.5 مليون دولار فقط، وهو مبلغ زهيد مقارنةً بمئات الملايين من الدولارات التي تنفقها شركات مثل OpenAI وGoogle عادةً.',
    n.typicalSpendQuoteEn = 'DeepSeek earlier released its large language model V3, whose training cost only 5.5 million dollars, a trifling sum compared with the hundreds of millions of dollars that companies such as OpenAI and Google usually spend.';

MERGE (n:Entity {id: 'google-brain'})
SET n:Organization,
    n.name = 'Google Brain',
    n.nameAr = 'جوجل برين',
    n.aliases = [],
    n.description = 'AI research group whose research Andrew Ng formerly headed.';

MERGE (n:Entity {id: 'nvidia'})
SET n:Organization,
    n.name = 'Nvidia',
    n.nameAr = 'إنفيديا',
    n.aliases = [],
    n.description = 'The leading supplier of AI chips; its shares fell sharply; it integrated R1 into its NIM microservice.',
    n.shareFall = 'sharp fall in its shares, last week',
    n.shareFallQuoteAr = 'وقد أثار هذا مخاوف من إهدار شركات التكنولوجيا أموالها على وحدات معالجة الرسومات (GPUs) المخصصة للذكاء الاصطناعي، مما أدى إلى انخفاض حاد في أسهم شركة Nvidia، الشركة الرائدة في توريد شرائح الذكاء الاصطناعي، الأسبوع الماضي.',
    n.shareFallQuoteEn = 'This raised fears that tech companies are wasting their money on graphics processing units (GPUs) dedicated to AI, leading to a sharp fall in the shares of Nvidia, the leading supplier of AI chips, last week.';

MERGE (n:Entity {id: 'microsoft'})
SET n:Organization,
    n.name = 'Microsoft',
    n.nameAr = 'مايكروسوفت',
    n.aliases = [],
    n.description = 'Investor in OpenAI that also supports R1 on the cloud platforms Azure and GitHub.';

MERGE (n:Entity {id: 'amazon'})
SET n:Organization,
    n.name = 'Amazon',
    n.nameAr = 'أمازون',
    n.aliases = [],
    n.description = 'Lets its customers use R1 through Amazon Web Services (AWS).';

MERGE (n:Entity {id: 'baidu'})
SET n:Organization,
    n.name = 'Baidu',
    n.nameAr = 'بايدو',
    n.aliases = [],
    n.description = 'Company where Andrew Ng was formerly chief scientist.';

MERGE (n:Entity {id: 'alibaba'})
SET n:Organization,
    n.name = 'Alibaba',
    n.aliases = [],
    n.description = 'Company behind the Chinese AI model Qwen.';

MERGE (n:Entity {id: 'moonshot-ai'})
SET n:Organization,
    n.name = 'Moonshot AI',
    n.aliases = [],
    n.description = 'Company behind the Chinese AI model Kimi.';

MERGE (n:Entity {id: 'shanghai-ai-lab'})
SET n:Organization,
    n.name = 'Shanghai AI Laboratory',
    n.nameAr = 'مختبر شنغهاي للذكاء الاصطناعي',
    n.aliases = [],
    n.description = 'Lab behind the Chinese AI model InternVL.';

MERGE (n:Entity {id: 'morgan-stanley'})
SET n:Organization,
    n.name = 'Morgan Stanley',
    n.nameAr = 'مورجان ستانلي',
    n.aliases = [],
    n.description = 'Firm where Sean Kim is an analyst.';

MERGE (n:Entity {id: 'meta'})
SET n:Organization,
    n.name = 'Meta',
    n.nameAr = 'ميتا',
    n.aliases = ['Facebook', 'فيسبوك'],
    n.description = 'Meta (Facebook), where Yann LeCun is head of AI.';

MERGE (n:Entity {id: 'fudan-university'})
SET n:Organization,
    n.name = 'Fudan University',
    n.nameAr = 'جامعة فودان',
    n.aliases = [],
    n.description = 'University where Zheng Xiaoqing is a professor.';

MERGE (n:Entity {id: 'scmp'})
SET n:Organization,
    n.name = 'South China Morning Post',
    n.aliases = ['SCMP'],
    n.description = 'News outlet (SCMP) the article cites as a source.';

MERGE (n:Entity {id: 'reuters'})
SET n:Organization,
    n.name = 'Reuters',
    n.nameAr = 'رويترز',
    n.aliases = [],
    n.description = 'News agency the article cites as a source.';

MERGE (n:Entity {id: 'new-york-times'})
SET n:Organization,
    n.name = 'The New York Times',
    n.nameAr = 'نيويورك تايمز',
    n.aliases = [],
    n.description = 'Newspaper the article cites as a source.';

// ---- People ----
MERGE (n:Entity {id: 'sam-altman'})
SET n:Person,
    n.name = 'Sam Altman',
    n.nameAr = 'سام ألتمان',
    n.aliases = ['ألتمان'],
    n.description = 'CEO of OpenAI; said on Reddit that OpenAI took the wrong path with its closed-source strategy.';

MERGE (n:Entity {id: 'andrew-ng'})
SET n:Person,
    n.name = 'Andrew Ng',
    n.nameAr = 'أندرو نج',
    n.aliases = [],
    n.description = 'Former head of research at Google Brain and former chief scientist at Baidu; says China is closing the AI gap with the US.';

MERGE (n:Entity {id: 'yann-lecun'})
SET n:Person,
    n.name = 'Yann LeCun',
    n.nameAr = 'يان ليكون',
    n.aliases = ['LeCun'],
    n.description = 'Head of AI at Meta; rejects the idea that DeepSeek shows China overtaking the US, crediting open-source models instead.';

MERGE (n:Entity {id: 'liang-wenfeng'})
SET n:Person,
    n.name = 'Liang Wenfeng',
    n.nameAr = 'ليانغ ونفنغ',
    n.aliases = [],
    n.description = 'Founder and CEO of DeepSeek.';

MERGE (n:Entity {id: 'zheng-xiaoqing'})
SET n:Person,
    n.name = 'Zheng Xiaoqing',
    n.nameAr = 'تشنغ شياو تشينغ',
    n.aliases = ['تشنغ'],
    n.description = 'Professor at Fudan University; says DeepSeek\'s V3 cost report left out prior research investment.';

MERGE (n:Entity {id: 'sean-kim'})
SET n:Person,
    n.name = 'Sean Kim',
    n.nameAr = 'شون كيم',
    n.aliases = [],
    n.description = 'Morgan Stanley analyst; says major US tech companies actively support DeepSeek.';

// ---- AI models ----
MERGE (n:Entity {id: 'r1'})
SET n:AIModel,
    n.name = 'R1',
    n.aliases = [],
    n.description = 'DeepSeek model announced on 20 January; said to match OpenAI\'s proprietary models at a much lower training cost.',
    n.announced = '20 January',
    n.announcedQuoteAr = 'فاجأت شركة DeepSeek، ومقرها هانغتشو، عاصمة مقاطعة تشجيانغ، صناعة الذكاء الاصطناعي عندما أعلنت عن نموذج R1 في 20 يناير.',
    n.announcedQuoteEn = 'DeepSeek, headquartered in Hangzhou, the capital of Zhejiang province, surprised the AI industry when it announced the R1 model on 20 January.';

MERGE (n:Entity {id: 'v3'})
SET n:AIModel,
    n.name = 'V3',
    n.aliases = [],
    n.description = 'DeepSeek\'s earlier large language model, whose training cost was only 5.5 million US dollars.',
    n.trainingCost = '5.5 million USD',
    n.trainingCostUsd = 5500000,
    n.trainingCostQuoteAr = 'أصدرت شركة DeepSeek سابقًا نموذجها اللغوي الكبير V3، والذي بلغت تكلفة تدريبه 5.5 مليون دولار فقط، وهو مبلغ زهيد مقارنةً بمئات الملايين من الدولارات التي تنفقها شركات مثل OpenAI وGoogle عادةً.',
    n.trainingCostQuoteEn = 'DeepSeek earlier released its large language model V3, whose training cost only 5.5 million dollars, a trifling sum compared with the hundreds of millions of dollars that companies such as OpenAI and Google usually spend.';

MERGE (n:Entity {id: 'chatgpt'})
SET n:AIModel,
    n.name = 'ChatGPT',
    n.aliases = [],
    n.description = 'OpenAI\'s chatbot, launched in November 2022.',
    n.launched = 'November 2022',
    n.launchedQuoteAr = 'عندما أُطلق ChatGPT في نوفمبر 2022، كانت الولايات المتحدة متقدمة بشكل كبير على الصين في مجال الذكاء الاصطناعي التوليدي.',
    n.launchedQuoteEn = 'When ChatGPT was launched in November 2022, the United States was far ahead of China in generative AI.';

MERGE (n:Entity {id: 'qwen'})
SET n:AIModel,
    n.name = 'Qwen',
    n.aliases = [],
    n.description = 'Chinese AI model from Alibaba that Andrew Ng says is making great progress.',
    n.origin = 'China',
    n.originQuoteAr = 'وأكد أيضًا أن العديد من نماذج الذكاء الاصطناعي من الصين، مثل Qwen (Alibaba)، وKimi (Moonshot AI)، وInternVL (مختبر شنغهاي للذكاء الاصطناعي)، تحقق تقدمًا كبيرًا، حيث تجاوزت الصين الولايات المتحدة في مجالات مثل إنشاء الفيديو .',
    n.originQuoteEn = 'He also stressed that many AI models from China, such as Qwen (Alibaba), Kimi (Moonshot AI) and InternVL (Shanghai AI Laboratory), are making great progress, with China overtaking the United States in areas such as video generation.';

MERGE (n:Entity {id: 'kimi'})
SET n:AIModel,
    n.name = 'Kimi',
    n.aliases = [],
    n.description = 'Chinese AI model from Moonshot AI that Andrew Ng says is making great progress.',
    n.origin = 'China',
    n.originQuoteAr = 'وأكد أيضًا أن العديد من نماذج الذكاء الاصطناعي من الصين، مثل Qwen (Alibaba)، وKimi (Moonshot AI)، وInternVL (مختبر شنغهاي للذكاء الاصطناعي)، تحقق تقدمًا كبيرًا، حيث تجاوزت الصين الولايات المتحدة في مجالات مثل إنشاء الفيديو .',
    n.originQuoteEn = 'He also stressed that many AI models from China, such as Qwen (Alibaba), Kimi (Moonshot AI) and InternVL (Shanghai AI Laboratory), are making great progress, with China overtaking the United States in areas such as video generation.';

MERGE (n:Entity {id: 'internvl'})
SET n:AIModel,
    n.name = 'InternVL',
    n.aliases = [],
    n.description = 'Chinese AI model from the Shanghai AI Laboratory that Andrew Ng says is making great progress.',
    n.origin = 'China',
    n.originQuoteAr = 'وأكد أيضًا أن العديد من نماذج الذكاء الاصطناعي من الصين، مثل Qwen (Alibaba)، وKimi (Moonshot AI)، وInternVL (مختبر شنغهاي للذكاء الاصطناعي)، تحقق تقدمًا كبيرًا، حيث تجاوزت الصين الولايات المتحدة في مجالات مثل إنشاء الفيديو .',
    n.originQuoteEn = 'He also stressed that many AI models from China, such as Qwen (Alibaba), Kimi (Moonshot AI) and InternVL (Shanghai AI Laboratory), are making great progress, with China overtaking the United States in areas such as video generation.';

// ---- Products, services, platforms ----
MERGE (n:Entity {id: 'nim'})
SET n:Product,
    n.name = 'NIM',
    n.aliases = [],
    n.description = 'Nvidia\'s NIM microservice, into which Nvidia integrated R1.';

MERGE (n:Entity {id: 'azure'})
SET n:Product,
    n.name = 'Azure',
    n.aliases = [],
    n.description = 'Microsoft cloud computing platform on which R1 is supported.';

MERGE (n:Entity {id: 'github'})
SET n:Product,
    n.name = 'GitHub',
    n.aliases = [],
    n.description = 'Microsoft platform (named with Azure as a cloud computing platform) on which R1 is supported.';

MERGE (n:Entity {id: 'aws'})
SET n:Product,
    n.name = 'Amazon Web Services',
    n.aliases = ['AWS'],
    n.description = 'Amazon service through which Amazon\'s customers can use R1.';

MERGE (n:Entity {id: 'reddit'})
SET n:Product,
    n.name = 'Reddit',
    n.aliases = [],
    n.description = 'Platform where Sam Altman held a question-and-answer session.';

MERGE (n:Entity {id: 'x'})
SET n:Product,
    n.name = 'X',
    n.aliases = [],
    n.description = 'Platform where Andrew Ng shared his view of the narrowing US-China AI gap.';

MERGE (n:Entity {id: 'threads'})
SET n:Product,
    n.name = 'Threads',
    n.aliases = [],
    n.description = 'Platform where Yann LeCun shared his view on open-source models.';

MERGE (n:Entity {id: 'weibo'})
SET n:Product,
    n.name = 'Weibo',
    n.nameAr = 'ويبو',
    n.aliases = [],
    n.description = 'Platform credited for the photo of Liang Wenfeng.';

// ---- Places ----
MERGE (n:Entity {id: 'hangzhou'})
SET n:Place,
    n.name = 'Hangzhou',
    n.nameAr = 'هانغتشو',
    n.aliases = [],
    n.description = 'Capital of Zhejiang province, where DeepSeek is headquartered.';

MERGE (n:Entity {id: 'zhejiang'})
SET n:Place,
    n.name = 'Zhejiang',
    n.nameAr = 'تشجيانغ',
    n.aliases = [],
    n.description = 'Province whose capital is Hangzhou.';

MERGE (n:Entity {id: 'china'})
SET n:Place,
    n.name = 'China',
    n.nameAr = 'الصين',
    n.aliases = [],
    n.description = 'Country of DeepSeek, Qwen, Kimi and InternVL; said to be narrowing the AI gap with the United States.';

MERGE (n:Entity {id: 'united-states'})
SET n:Place,
    n.name = 'United States',
    n.nameAr = 'الولايات المتحدة',
    n.aliases = [],
    n.description = 'Country in an intensifying AI war with China; was far ahead when ChatGPT launched.';

// ---- Concepts ----
MERGE (n:Entity {id: 'open-source-ai'})
SET n:Concept,
    n.name = 'Open-source AI',
    n.nameAr = 'المصدر المفتوح',
    n.aliases = ['مفتوحة المصدر'],
    n.description = 'Open-source AI models and strategy; LeCun says such models are overtaking proprietary ones.';

MERGE (n:Entity {id: 'closed-source-ai'})
SET n:Concept,
    n.name = 'Closed-source AI',
    n.nameAr = 'المصادر المغلقة',
    n.aliases = ['proprietary models', 'النماذج الملكية'],
    n.description = 'Proprietary, closed-source AI models and strategy, as followed by OpenAI.';

MERGE (n:Entity {id: 'ai-chips'})
SET n:Concept,
    n.name = 'AI chips',
    n.nameAr = 'شرائح الذكاء الاصطناعي',
    n.aliases = ['GPUs', 'وحدات معالجة الرسومات'],
    n.description = 'GPUs and other AI chips; DeepSeek\'s low costs raised fears that tech companies waste money on them.';
