// The source article. The text has no headline and no publication date: the title is rendered from the
// URL slug and the date is only the year (early 2025), never a guessed day.
MERGE (a:Article {id: 'congluan-post332892'})
SET a.url = 'https://www.congluan.vn/deepseek-buoc-ngoat-ai-hay-chi-la-cuong-dieu-post332892.html',
    a.title = 'DeepSeek: AI turning point or just hype?',
    a.titleAr = 'ديب سيك: نقطة تحول في الذكاء الاصطناعي أم مجرد مبالغة؟',
    a.titleNote = 'The text has no headline; title and titleAr are rendered from the URL slug "deepseek-buoc-ngoat-ai-hay-chi-la-cuong-dieu" (Vietnamese: "DeepSeek: AI turning point or just hype?").',
    a.outlet = 'Cong Luan',
    a.outletNative = 'Công Luận',
    a.outletTag = 'CLO',
    a.date = '2025',
    a.dateNote = 'The text gives no publication date; only the year is known (early 2025).',
    a.language = 'ar',
    a.originalLanguage = 'vi',
    a.author = 'Cao Phong',
    a.authorAr = 'كاو فونج',
    a.cites = ['SCMP', 'Reuters', 'New York Times'],
    a.citesAr = ['SCMP', 'رويترز', 'نيويورك تايمز'];
