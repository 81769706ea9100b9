MERGE (n:Entity {id: 'paris-ai-summit'})
SET n:Event, n.name = 'Paris AI summit', n.nameAr = 'قمة باريس للذكاء الاصطناعي', n.aliases = [],
    n.description = 'An AI summit held in Paris in February 2025.';
