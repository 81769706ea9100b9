MERGE (a:Article {id: 'example-paris-summit'})
SET a.title = 'An AI summit in Paris', a.url = 'https://example.org/paris-summit',
    a.outlet = 'Example News', a.date = '2025', a.language = 'ar',
    a.paragraphs = [
      'استضافت باريس قمة للذكاء الاصطناعي في فبراير.',
      'وحضر سام ألتمان، الرئيس التنفيذي لشركة OpenAI، القمة وأشاد بنموذج R1.'
    ];
