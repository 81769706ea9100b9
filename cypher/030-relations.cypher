// Every relation the article states, and nothing it does not. quoteAr is the sentence it rests on, copied
// verbatim from the article; quoteEn renders it. One edge per (start, type, end, source).

// ---- DEVELOPED ----
MATCH (a:Entity {id: 'deepseek'}), (b:Entity {id: 'r1'})
MERGE (a)-[r:DEVELOPED {source: 'congluan-post332892'}]->(b)
SET r.quoteAr = 'فاجأت شركة DeepSeek، ومقرها هانغتشو، عاصمة مقاطعة تشجيانغ، صناعة الذكاء الاصطناعي عندما أعلنت عن نموذج R1 في 20 يناير.',
    r.quoteEn = 'DeepSeek, headquartered in Hangzhou, the capital of Zhejiang province, surprised the AI industry when it announced the R1 model on 20 January.';

MATCH (a:Entity {id: 'deepseek'}), (b:Entity {id: 'v3'})
MERGE (a)-[r:DEVELOPED {source: 'congluan-post332892'}]->(b)
SET r.quoteAr = 'أصدرت شركة DeepSeek سابقًا نموذجها اللغوي الكبير V3، والذي بلغت تكلفة تدريبه 5.5 مليون دولار فقط، وهو مبلغ زهيد مقارنةً بمئات الملايين من الدولارات التي تنفقها شركات مثل OpenAI وGoogle عادةً.',
    r.quoteEn = 'DeepSeek earlier released its large language model V3, whose training cost only 5.5 million dollars, a trifling sum compared with the hundreds of millions of dollars that companies such as OpenAI and Google usually spend.';

MATCH (a:Entity {id: 'openai'}), (b:Entity {id: 'chatgpt'})
MERGE (a)-[r:DEVELOPED {source: 'congluan-post332892'}]->(b)
SET r.quoteAr = 'ويقال إن النموذج يضاهي في الأداء النماذج الملكية من OpenAI، الشركة التي تقف وراء ChatGPT، ولكن تم تطويره بتكلفة تدريب أقل بكثير.',
    r.quoteEn = 'The model is said to match in performance the proprietary models of OpenAI, the company behind ChatGPT, but was developed at a much lower training cost.';

MATCH (a:Entity {id: 'alibaba'}), (b:Entity {id: 'qwen'})
MERGE (a)-[r:DEVELOPED {source: 'congluan-post332892'}]->(b)
SET r.quoteAr = 'وأكد أيضًا أن العديد من نماذج الذكاء الاصطناعي من الصين، مثل Qwen (Alibaba)، وKimi (Moonshot AI)، وInternVL (مختبر شنغهاي للذكاء الاصطناعي)، تحقق تقدمًا كبيرًا، حيث تجاوزت الصين الولايات المتحدة في مجالات مثل إنشاء الفيديو .',
    r.quoteEn = 'He also stressed that many AI models from China, such as Qwen (Alibaba), Kimi (Moonshot AI) and InternVL (Shanghai AI Laboratory), are making great progress, with China overtaking the United States in areas such as video generation.';

MATCH (a:Entity {id: 'moonshot-ai'}), (b:Entity {id: 'kimi'})
MERGE (a)-[r:DEVELOPED {source: 'congluan-post332892'}]->(b)
SET r.quoteAr = 'وأكد أيضًا أن العديد من نماذج الذكاء الاصطناعي من الصين، مثل Qwen (Alibaba)، وKimi (Moonshot AI)، وInternVL (مختبر شنغهاي للذكاء الاصطناعي)، تحقق تقدمًا كبيرًا، حيث تجاوزت الصين الولايات المتحدة في مجالات مثل إنشاء الفيديو .',
    r.quoteEn = 'He also stressed that many AI models from China, such as Qwen (Alibaba), Kimi (Moonshot AI) and InternVL (Shanghai AI Laboratory), are making great progress, with China overtaking the United States in areas such as video generation.';

MATCH (a:Entity {id: 'shanghai-ai-lab'}), (b:Entity {id: 'internvl'})
MERGE (a)-[r:DEVELOPED {source: 'congluan-post332892'}]->(b)
SET r.quoteAr = 'وأكد أيضًا أن العديد من نماذج الذكاء الاصطناعي من الصين، مثل Qwen (Alibaba)، وKimi (Moonshot AI)، وInternVL (مختبر شنغهاي للذكاء الاصطناعي)، تحقق تقدمًا كبيرًا، حيث تجاوزت الصين الولايات المتحدة في مجالات مثل إنشاء الفيديو .',
    r.quoteEn = 'He also stressed that many AI models from China, such as Qwen (Alibaba), Kimi (Moonshot AI) and InternVL (Shanghai AI Laboratory), are making great progress, with China overtaking the United States in areas such as video generation.';

// ---- FOUNDED, LEADS, WORKS_FOR, FORMERLY_AT (role as written) ----
MATCH (a:Entity {id: 'liang-wenfeng'}), (b:Entity {id: 'deepseek'})
MERGE (a)-[r:FOUNDED {source: 'congluan-post332892'}]->(b)
SET r.role = 'founder',
    r.roleAr = 'مؤسس',
    r.quoteAr = 'ليانغ ونفنغ، مؤسس ورئيس شركة ديب سيك التنفيذي.',
    r.quoteEn = 'Liang Wenfeng, founder and CEO of DeepSeek.';

MATCH (a:Entity {id: 'liang-wenfeng'}), (b:Entity {id: 'deepseek'})
MERGE (a)-[r:LEADS {source: 'congluan-post332892'}]->(b)
SET r.role = 'CEO',
    r.roleAr = 'رئيس شركة ديب سيك التنفيذي',
    r.quoteAr = 'ليانغ ونفنغ، مؤسس ورئيس شركة ديب سيك التنفيذي.',
    r.quoteEn = 'Liang Wenfeng, founder and CEO of DeepSeek.';

MATCH (a:Entity {id: 'sam-altman'}), (b:Entity {id: 'openai'})
MERGE (a)-[r:LEADS {source: 'congluan-post332892'}]->(b)
SET r.role = 'CEO',
    r.roleAr = 'الرئيس التنفيذي',
    r.quoteAr = 'اعترف سام ألتمان، الرئيس التنفيذي لشركة OpenAI، بأن شركته ربما تكون قد "اتخذت مسارًا خاطئًا" باتباع استراتيجية المصادر المغلقة.',
    r.quoteEn = 'Sam Altman, CEO of OpenAI, admitted that his company may have "taken a wrong path" by following a closed-source strategy.';

MATCH (a:Entity {id: 'sean-kim'}), (b:Entity {id: 'morgan-stanley'})
MERGE (a)-[r:WORKS_FOR {source: 'congluan-post332892'}]->(b)
SET r.role = 'analyst',
    r.roleAr = 'المحلل',
    r.quoteAr = 'وقال شون كيم المحلل في مورجان ستانلي إن شركات التكنولوجيا الأمريكية الكبرى تدعم DeepSeek بشكل نشط.',
    r.quoteEn = 'Sean Kim, an analyst at Morgan Stanley, said that major US technology companies are actively supporting DeepSeek.';

MATCH (a:Entity {id: 'zheng-xiaoqing'}), (b:Entity {id: 'fudan-university'})
MERGE (a)-[r:WORKS_FOR {source: 'congluan-post332892'}]->(b)
SET r.role = 'professor',
    r.roleAr = 'البروفيسور',
    r.quoteAr = 'صرّح البروفيسور تشنغ شياو تشينغ من جامعة فودان بأن تقرير DeepSeek حول تكاليف تدريب V3 لم يتضمن استثمارات الأبحاث السابقة.',
    r.quoteEn = 'Professor Zheng Xiaoqing of Fudan University stated that DeepSeek\'s report on V3\'s training costs did not include investment in prior research.';

MATCH (a:Entity {id: 'yann-lecun'}), (b:Entity {id: 'meta'})
MERGE (a)-[r:WORKS_FOR {source: 'congluan-post332892'}]->(b)
SET r.role = 'head of AI',
    r.roleAr = 'رئيس الذكاء الاصطناعي',
    r.quoteAr = 'يان ليكون، رئيس الذكاء الاصطناعي في شركة ميتا (فيسبوك)، يرفض فكرة أن DeepSeek هي علامة على تفوق الصين على الولايات المتحدة في مجال الذكاء الاصطناعي.',
    r.quoteEn = 'Yann LeCun, head of AI at Meta (Facebook), rejects the idea that DeepSeek is a sign of China overtaking the United States in AI.';

MATCH (a:Entity {id: 'andrew-ng'}), (b:Entity {id: 'google-brain'})
MERGE (a)-[r:FORMERLY_AT {source: 'congluan-post332892'}]->(b)
SET r.role = 'former head of research',
    r.roleAr = 'الرئيس السابق لأبحاث جوجل برين',
    r.quoteAr = 'في هذه الأثناء، قال أندرو نج، الرئيس السابق لأبحاث جوجل برين والرئيس السابق لعلماء شركة بايدو، إن الصين تضيق الفجوة مع الولايات المتحدة في مجال الذكاء الاصطناعي.',
    r.quoteEn = 'Meanwhile, Andrew Ng, former head of research at Google Brain and former chief scientist at Baidu, said China is narrowing the gap with the United States in AI.';

MATCH (a:Entity {id: 'andrew-ng'}), (b:Entity {id: 'baidu'})
MERGE (a)-[r:FORMERLY_AT {source: 'congluan-post332892'}]->(b)
SET r.role = 'former chief scientist',
    r.roleAr = 'الرئيس السابق لعلماء شركة بايدو',
    r.quoteAr = 'في هذه الأثناء، قال أندرو نج، الرئيس السابق لأبحاث جوجل برين والرئيس السابق لعلماء شركة بايدو، إن الصين تضيق الفجوة مع الولايات المتحدة في مجال الذكاء الاصطناعي.',
    r.quoteEn = 'Meanwhile, Andrew Ng, former head of research at Google Brain and former chief scientist at Baidu, said China is narrowing the gap with the United States in AI.';

// ---- INVESTS_IN ----
MATCH (a:Entity {id: 'microsoft'}), (b:Entity {id: 'openai'})
MERGE (a)-[r:INVESTS_IN {source: 'congluan-post332892'}]->(b)
SET r.quoteAr = 'قامت شركة إنفيديا بدمج نموذج R1 في خدمة NIM المصغرة الخاصة بها، بينما تدعم مايكروسوفت، المستثمرة في OpenAI، R1 أيضًا على منصتي الحوسبة السحابية Azure وGitHub.',
    r.quoteEn = 'Nvidia has integrated the R1 model into its NIM microservice, while Microsoft, an investor in OpenAI, also supports R1 on the cloud computing platforms Azure and GitHub.';

// ---- BASED_IN, CAPITAL_OF ----
MATCH (a:Entity {id: 'deepseek'}), (b:Entity {id: 'hangzhou'})
MERGE (a)-[r:BASED_IN {source: 'congluan-post332892'}]->(b)
SET r.quoteAr = 'فاجأت شركة DeepSeek، ومقرها هانغتشو، عاصمة مقاطعة تشجيانغ، صناعة الذكاء الاصطناعي عندما أعلنت عن نموذج R1 في 20 يناير.',
    r.quoteEn = 'DeepSeek, headquartered in Hangzhou, the capital of Zhejiang province, surprised the AI industry when it announced the R1 model on 20 January.';

MATCH (a:Entity {id: 'deepseek'}), (b:Entity {id: 'china'})
MERGE (a)-[r:BASED_IN {source: 'congluan-post332892'}]->(b)
SET r.quoteAr = 'أحدثت شركة DeepSeek الصينية الناشئة ثورة في مجتمع الذكاء الاصطناعي العالمي بنموذجها الجديد والمثير للإعجاب للذكاء الاصطناعي، والذي تم تطويره بتكلفة منخفضة بشكل ملحوظ.',
    r.quoteEn = 'Chinese startup DeepSeek has caused a revolution in the global AI community with its impressive new AI model, developed at a remarkably low cost.';

MATCH (a:Entity {id: 'hangzhou'}), (b:Entity {id: 'zhejiang'})
MERGE (a)-[r:CAPITAL_OF {source: 'congluan-post332892'}]->(b)
SET r.quoteAr = 'فاجأت شركة DeepSeek، ومقرها هانغتشو، عاصمة مقاطعة تشجيانغ، صناعة الذكاء الاصطناعي عندما أعلنت عن نموذج R1 في 20 يناير.',
    r.quoteEn = 'DeepSeek, headquartered in Hangzhou, the capital of Zhejiang province, surprised the AI industry when it announced the R1 model on 20 January.';

// ---- HOSTS: the companies (via: ids of their platforms) and the platforms themselves ----
MATCH (a:Entity {id: 'nvidia'}), (b:Entity {id: 'r1'})
MERGE (a)-[r:HOSTS {source: 'congluan-post332892'}]->(b)
SET r.via = ['nim'],
    r.quoteAr = 'قامت شركة إنفيديا بدمج نموذج R1 في خدمة NIM المصغرة الخاصة بها، بينما تدعم مايكروسوفت، المستثمرة في OpenAI، R1 أيضًا على منصتي الحوسبة السحابية Azure وGitHub.',
    r.quoteEn = 'Nvidia has integrated the R1 model into its NIM microservice, while Microsoft, an investor in OpenAI, also supports R1 on the cloud computing platforms Azure and GitHub.';

MATCH (a:Entity {id: 'microsoft'}), (b:Entity {id: 'r1'})
MERGE (a)-[r:HOSTS {source: 'congluan-post332892'}]->(b)
SET r.via = ['azure', 'github'],
    r.quoteAr = 'قامت شركة إنفيديا بدمج نموذج R1 في خدمة NIM المصغرة الخاصة بها، بينما تدعم مايكروسوفت، المستثمرة في OpenAI، R1 أيضًا على منصتي الحوسبة السحابية Azure وGitHub.',
    r.quoteEn = 'Nvidia has integrated the R1 model into its NIM microservice, while Microsoft, an investor in OpenAI, also supports R1 on the cloud computing platforms Azure and GitHub.';

MATCH (a:Entity {id: 'amazon'}), (b:Entity {id: 'r1'})
MERGE (a)-[r:HOSTS {source: 'congluan-post332892'}]->(b)
SET r.via = ['aws'],
    r.quoteAr = 'كما تتيح أمازون لعملائها استخدام R1 عبر خدمة Amazon Web Services (AWS).',
    r.quoteEn = 'Amazon also lets its customers use R1 through the Amazon Web Services (AWS) service.';

MATCH (a:Entity {id: 'nim'}), (b:Entity {id: 'r1'})
MERGE (a)-[r:HOSTS {source: 'congluan-post332892'}]->(b)
SET r.quoteAr = 'قامت شركة إنفيديا بدمج نموذج R1 في خدمة NIM المصغرة الخاصة بها، بينما تدعم مايكروسوفت، المستثمرة في OpenAI، R1 أيضًا على منصتي الحوسبة السحابية Azure وGitHub.',
    r.quoteEn = 'Nvidia has integrated the R1 model into its NIM microservice, while Microsoft, an investor in OpenAI, also supports R1 on the cloud computing platforms Azure and GitHub.';

MATCH (a:Entity {id: 'azure'}), (b:Entity {id: 'r1'})
MERGE (a)-[r:HOSTS {source: 'congluan-post332892'}]->(b)
SET r.quoteAr = 'قامت شركة إنفيديا بدمج نموذج R1 في خدمة NIM المصغرة الخاصة بها، بينما تدعم مايكروسوفت، المستثمرة في OpenAI، R1 أيضًا على منصتي الحوسبة السحابية Azure وGitHub.',
    r.quoteEn = 'Nvidia has integrated the R1 model into its NIM microservice, while Microsoft, an investor in OpenAI, also supports R1 on the cloud computing platforms Azure and GitHub.';

MATCH (a:Entity {id: 'github'}), (b:Entity {id: 'r1'})
MERGE (a)-[r:HOSTS {source: 'congluan-post332892'}]->(b)
SET r.quoteAr = 'قامت شركة إنفيديا بدمج نموذج R1 في خدمة NIM المصغرة الخاصة بها، بينما تدعم مايكروسوفت، المستثمرة في OpenAI، R1 أيضًا على منصتي الحوسبة السحابية Azure وGitHub.',
    r.quoteEn = 'Nvidia has integrated the R1 model into its NIM microservice, while Microsoft, an investor in OpenAI, also supports R1 on the cloud computing platforms Azure and GitHub.';

MATCH (a:Entity {id: 'aws'}), (b:Entity {id: 'r1'})
MERGE (a)-[r:HOSTS {source: 'congluan-post332892'}]->(b)
SET r.quoteAr = 'كما تتيح أمازون لعملائها استخدام R1 عبر خدمة Amazon Web Services (AWS).',
    r.quoteEn = 'Amazon also lets its customers use R1 through the Amazon Web Services (AWS) service.';

// ---- OPERATES ----
MATCH (a:Entity {id: 'nvidia'}), (b:Entity {id: 'nim'})
MERGE (a)-[r:OPERATES {source: 'congluan-post332892'}]->(b)
SET r.quoteAr = 'قامت شركة إنفيديا بدمج نموذج R1 في خدمة NIM المصغرة الخاصة بها، بينما تدعم مايكروسوفت، المستثمرة في OpenAI، R1 أيضًا على منصتي الحوسبة السحابية Azure وGitHub.',
    r.quoteEn = 'Nvidia has integrated the R1 model into its NIM microservice, while Microsoft, an investor in OpenAI, also supports R1 on the cloud computing platforms Azure and GitHub.';

MATCH (a:Entity {id: 'microsoft'}), (b:Entity {id: 'azure'})
MERGE (a)-[r:OPERATES {source: 'congluan-post332892'}]->(b)
SET r.quoteAr = 'قامت شركة إنفيديا بدمج نموذج R1 في خدمة NIM المصغرة الخاصة بها، بينما تدعم مايكروسوفت، المستثمرة في OpenAI، R1 أيضًا على منصتي الحوسبة السحابية Azure وGitHub.',
    r.quoteEn = 'Nvidia has integrated the R1 model into its NIM microservice, while Microsoft, an investor in OpenAI, also supports R1 on the cloud computing platforms Azure and GitHub.';

MATCH (a:Entity {id: 'microsoft'}), (b:Entity {id: 'github'})
MERGE (a)-[r:OPERATES {source: 'congluan-post332892'}]->(b)
SET r.quoteAr = 'قامت شركة إنفيديا بدمج نموذج R1 في خدمة NIM المصغرة الخاصة بها، بينما تدعم مايكروسوفت، المستثمرة في OpenAI، R1 أيضًا على منصتي الحوسبة السحابية Azure وGitHub.',
    r.quoteEn = 'Nvidia has integrated the R1 model into its NIM microservice, while Microsoft, an investor in OpenAI, also supports R1 on the cloud computing platforms Azure and GitHub.';

MATCH (a:Entity {id: 'amazon'}), (b:Entity {id: 'aws'})
MERGE (a)-[r:OPERATES {source: 'congluan-post332892'}]->(b)
SET r.quoteAr = 'كما تتيح أمازون لعملائها استخدام R1 عبر خدمة Amazon Web Services (AWS).',
    r.quoteEn = 'Amazon also lets its customers use R1 through the Amazon Web Services (AWS) service.';

// ---- RIVALS ----
MATCH (a:Entity {id: 'r1'}), (b:Entity {id: 'openai'})
MERGE (a)-[r:RIVALS {source: 'congluan-post332892'}]->(b)
SET r.claim = 'reportedly matches OpenAI\'s proprietary models in performance, at a much lower training cost',
    r.quoteAr = 'ويقال إن النموذج يضاهي في الأداء النماذج الملكية من OpenAI، الشركة التي تقف وراء ChatGPT، ولكن تم تطويره بتكلفة تدريب أقل بكثير.',
    r.quoteEn = 'The model is said to match in performance the proprietary models of OpenAI, the company behind ChatGPT, but was developed at a much lower training cost.';

MATCH (a:Entity {id: 'china'}), (b:Entity {id: 'united-states'})
MERGE (a)-[r:RIVALS {source: 'congluan-post332892'}]->(b)
SET r.claim = 'the AI war between the United States and China is intensifying',
    r.quoteAr = 'تزداد حرب الذكاء الاصطناعي بين الولايات المتحدة والصين شراسةً.',
    r.quoteEn = 'The AI war between the United States and China is growing fiercer.';

// ---- POSTED_ON ----
MATCH (a:Entity {id: 'sam-altman'}), (b:Entity {id: 'reddit'})
MERGE (a)-[r:POSTED_ON {source: 'congluan-post332892'}]->(b)
SET r.format = 'question-and-answer session',
    r.quoteAr = 'وفي جلسة أسئلة وأجوبة على Reddit، قال ألتمان إن OpenAI بحاجة إلى إعادة النظر في نهجها، لكنه أكد أيضًا أن هذا ليس من أولويات الشركة.',
    r.quoteEn = 'In a question-and-answer session on Reddit, Altman said OpenAI needs to reconsider its approach, but also stressed that this is not among the company\'s priorities.';

MATCH (a:Entity {id: 'andrew-ng'}), (b:Entity {id: 'x'})
MERGE (a)-[r:POSTED_ON {source: 'congluan-post332892'}]->(b)
SET r.quoteAr = 'لكن خلال العامين الماضيين، تقلصت هذه الفجوة بسرعة، كما شارك أندرو نج على منصة X.',
    r.quoteEn = 'But over the past two years this gap has narrowed rapidly, as Andrew Ng shared on the X platform.';

MATCH (a:Entity {id: 'yann-lecun'}), (b:Entity {id: 'threads'})
MERGE (a)-[r:POSTED_ON {source: 'congluan-post332892'}]->(b)
SET r.quoteAr = '"الفهم الصحيح هو: نماذج الذكاء الاصطناعي مفتوحة المصدر تتفوق تدريجيا على النماذج الملكية، وليس الصين تتفوق على الولايات المتحدة في مجال الذكاء الاصطناعي"، شارك LeCun على منصة Threads.',
    r.quoteEn = '"The correct understanding is: open-source AI models are gradually overtaking proprietary models, not China overtaking the United States in AI," LeCun shared on the Threads platform.';

// ---- ENDORSES / DOUBTS: who speaks for or against what (claim: what, in a few words) ----
MATCH (a:Entity {id: 'yann-lecun'}), (b:Entity {id: 'deepseek'})
MERGE (a)-[r:DOUBTS {source: 'congluan-post332892'}]->(b)
SET r.claim = 'that DeepSeek is a sign of China overtaking the US in AI',
    r.claimAr = 'DeepSeek هي علامة على تفوق الصين على الولايات المتحدة في مجال الذكاء الاصطناعي',
    r.quoteAr = 'يان ليكون، رئيس الذكاء الاصطناعي في شركة ميتا (فيسبوك)، يرفض فكرة أن DeepSeek هي علامة على تفوق الصين على الولايات المتحدة في مجال الذكاء الاصطناعي.',
    r.quoteEn = 'Yann LeCun, head of AI at Meta (Facebook), rejects the idea that DeepSeek is a sign of China overtaking the United States in AI.';

MATCH (a:Entity {id: 'yann-lecun'}), (b:Entity {id: 'open-source-ai'})
MERGE (a)-[r:ENDORSES {source: 'congluan-post332892'}]->(b)
SET r.claim = 'open-source AI models are gradually overtaking proprietary ones',
    r.claimAr = 'نماذج الذكاء الاصطناعي مفتوحة المصدر تتفوق تدريجيا على النماذج الملكية',
    r.quoteAr = '"الفهم الصحيح هو: نماذج الذكاء الاصطناعي مفتوحة المصدر تتفوق تدريجيا على النماذج الملكية، وليس الصين تتفوق على الولايات المتحدة في مجال الذكاء الاصطناعي"، شارك LeCun على منصة Threads.',
    r.quoteEn = '"The correct understanding is: open-source AI models are gradually overtaking proprietary models, not China overtaking the United States in AI," LeCun shared on the Threads platform.';

MATCH (a:Entity {id: 'zheng-xiaoqing'}), (b:Entity {id: 'v3'})
MERGE (a)-[r:DOUBTS {source: 'congluan-post332892'}]->(b)
SET r.claim = 'the reported training cost, which left out prior research investment',
    r.claimAr = 'تقرير DeepSeek حول تكاليف تدريب V3 لم يتضمن استثمارات الأبحاث السابقة',
    r.quoteAr = 'صرّح البروفيسور تشنغ شياو تشينغ من جامعة فودان بأن تقرير DeepSeek حول تكاليف تدريب V3 لم يتضمن استثمارات الأبحاث السابقة.',
    r.quoteEn = 'Professor Zheng Xiaoqing of Fudan University stated that DeepSeek\'s report on V3\'s training costs did not include investment in prior research.';

MATCH (a:Entity {id: 'zheng-xiaoqing'}), (b:Entity {id: 'deepseek'})
MERGE (a)-[r:DOUBTS {source: 'congluan-post332892'}]->(b)
SET r.claim = 'that DeepSeek will change the AI chip industry landscape',
    r.claimAr = 'لا يعني أنه سيغير مشهد صناعة شرائح الذكاء الاصطناعي',
    r.quoteAr = 'وأضاف تشنغ "حقق DeepSeek النجاح من خلال التحسين التقني، لكن هذا لا يعني أنه سيغير مشهد صناعة شرائح الذكاء الاصطناعي".',
    r.quoteEn = 'Zheng added: "DeepSeek achieved success through technical optimisation, but that does not mean it will change the landscape of the AI chip industry."';

MATCH (a:Entity {id: 'zheng-xiaoqing'}), (b:Entity {id: 'deepseek'})
MERGE (a)-[r:ENDORSES {source: 'congluan-post332892'}]->(b)
SET r.claim = 'DeepSeek succeeded through technical optimisation',
    r.claimAr = 'حقق DeepSeek النجاح من خلال التحسين التقني',
    r.quoteAr = 'وأضاف تشنغ "حقق DeepSeek النجاح من خلال التحسين التقني، لكن هذا لا يعني أنه سيغير مشهد صناعة شرائح الذكاء الاصطناعي".',
    r.quoteEn = 'Zheng added: "DeepSeek achieved success through technical optimisation, but that does not mean it will change the landscape of the AI chip industry."';

MATCH (a:Entity {id: 'sean-kim'}), (b:Entity {id: 'deepseek'})
MERGE (a)-[r:ENDORSES {source: 'congluan-post332892'}]->(b)
SET r.claim = 'DeepSeek is actively backed by major US tech companies',
    r.claimAr = 'شركات التكنولوجيا الأمريكية الكبرى تدعم DeepSeek بشكل نشط',
    r.quoteAr = 'وقال شون كيم المحلل في مورجان ستانلي إن شركات التكنولوجيا الأمريكية الكبرى تدعم DeepSeek بشكل نشط.',
    r.quoteEn = 'Sean Kim, an analyst at Morgan Stanley, said that major US technology companies are actively supporting DeepSeek.';

MATCH (a:Entity {id: 'andrew-ng'}), (b:Entity {id: 'qwen'})
MERGE (a)-[r:ENDORSES {source: 'congluan-post332892'}]->(b)
SET r.claim = 'a Chinese AI model making great progress',
    r.claimAr = 'تحقق تقدمًا كبيرًا',
    r.quoteAr = 'وأكد أيضًا أن العديد من نماذج الذكاء الاصطناعي من الصين، مثل Qwen (Alibaba)، وKimi (Moonshot AI)، وInternVL (مختبر شنغهاي للذكاء الاصطناعي)، تحقق تقدمًا كبيرًا، حيث تجاوزت الصين الولايات المتحدة في مجالات مثل إنشاء الفيديو .',
    r.quoteEn = 'He also stressed that many AI models from China, such as Qwen (Alibaba), Kimi (Moonshot AI) and InternVL (Shanghai AI Laboratory), are making great progress, with China overtaking the United States in areas such as video generation.';

MATCH (a:Entity {id: 'andrew-ng'}), (b:Entity {id: 'kimi'})
MERGE (a)-[r:ENDORSES {source: 'congluan-post332892'}]->(b)
SET r.claim = 'a Chinese AI model making great progress',
    r.claimAr = 'تحقق تقدمًا كبيرًا',
    r.quoteAr = 'وأكد أيضًا أن العديد من نماذج الذكاء الاصطناعي من الصين، مثل Qwen (Alibaba)، وKimi (Moonshot AI)، وInternVL (مختبر شنغهاي للذكاء الاصطناعي)، تحقق تقدمًا كبيرًا، حيث تجاوزت الصين الولايات المتحدة في مجالات مثل إنشاء الفيديو .',
    r.quoteEn = 'He also stressed that many AI models from China, such as Qwen (Alibaba), Kimi (Moonshot AI) and InternVL (Shanghai AI Laboratory), are making great progress, with China overtaking the United States in areas such as video generation.';

MATCH (a:Entity {id: 'andrew-ng'}), (b:Entity {id: 'internvl'})
MERGE (a)-[r:ENDORSES {source: 'congluan-post332892'}]->(b)
SET r.claim = 'a Chinese AI model making great progress',
    r.claimAr = 'تحقق تقدمًا كبيرًا',
    r.quoteAr = 'وأكد أيضًا أن العديد من نماذج الذكاء الاصطناعي من الصين، مثل Qwen (Alibaba)، وKimi (Moonshot AI)، وInternVL (مختبر شنغهاي للذكاء الاصطناعي)، تحقق تقدمًا كبيرًا، حيث تجاوزت الصين الولايات المتحدة في مجالات مثل إنشاء الفيديو .',
    r.quoteEn = 'He also stressed that many AI models from China, such as Qwen (Alibaba), Kimi (Moonshot AI) and InternVL (Shanghai AI Laboratory), are making great progress, with China overtaking the United States in areas such as video generation.';

MATCH (a:Entity {id: 'andrew-ng'}), (b:Entity {id: 'open-source-ai'})
MERGE (a)-[r:ENDORSES {source: 'congluan-post332892'}]->(b)
SET r.claim = 'against US restrictions on open source, which could let China dominate the AI supply chain',
    r.claimAr = 'إذا استمرت الولايات المتحدة في تقييد المصدر المفتوح، فقد تهيمن الصين على سلسلة توريد الذكاء الاصطناعي',
    r.quoteAr = 'وحذر أيضا من أنه إذا استمرت الولايات المتحدة في تقييد المصدر المفتوح، فقد تهيمن الصين على سلسلة توريد الذكاء الاصطناعي، مما يؤدي إلى استخدام المزيد من الشركات للنماذج الصينية مقارنة بالنماذج الأمريكية.',
    r.quoteEn = 'He also warned that if the United States keeps restricting open source, China could dominate the AI supply chain, leading more companies to use Chinese models rather than American ones.';

MATCH (a:Entity {id: 'sam-altman'}), (b:Entity {id: 'closed-source-ai'})
MERGE (a)-[r:DOUBTS {source: 'congluan-post332892'}]->(b)
SET r.claim = 'OpenAI\'s closed-source strategy may have been a wrong path',
    r.claimAr = 'ربما تكون قد "اتخذت مسارًا خاطئًا" باتباع استراتيجية المصادر المغلقة',
    r.quoteAr = 'اعترف سام ألتمان، الرئيس التنفيذي لشركة OpenAI، بأن شركته ربما تكون قد "اتخذت مسارًا خاطئًا" باتباع استراتيجية المصادر المغلقة.',
    r.quoteEn = 'Sam Altman, CEO of OpenAI, admitted that his company may have "taken a wrong path" by following a closed-source strategy.';

MATCH (a:Entity {id: 'sam-altman'}), (b:Entity {id: 'open-source-ai'})
MERGE (a)-[r:ENDORSES {source: 'congluan-post332892'}]->(b)
SET r.claim = 'OpenAI needs to adjust its open-source strategy (though not its top priority now)',
    r.claimAr = 'تحتاج إلى تعديل استراتيجيتها للمصدر المفتوح',
    r.quoteAr = 'وقال ألتمان "لقد اتخذت OpenAI النهج الخاطئ وتحتاج إلى تعديل استراتيجيتها للمصدر المفتوح"، لكنه أكد أيضًا أن هذه ليست الأولوية القصوى لـ OpenAI في الوقت الحالي.',
    r.quoteEn = 'Altman said "OpenAI has taken the wrong approach and needs to adjust its open-source strategy," but also stressed that this is not OpenAI\'s top priority at the moment.';
