MATCH (a:Entity {id: 'sam-altman'}), (b:Entity {id: 'paris-ai-summit'})
MERGE (a)-[r:ATTENDED {source: 'example-paris-summit'}]->(b)
SET r.quoteAr = 'وحضر سام ألتمان، الرئيس التنفيذي لشركة OpenAI، القمة',
    r.quoteEn = 'Sam Altman, chief executive of OpenAI, attended the summit.';

MATCH (a:Entity {id: 'sam-altman'}), (b:Entity {id: 'r1'})
MERGE (a)-[r:ENDORSES {source: 'example-paris-summit'}]->(b)
SET r.claim = 'R1 is a remarkable model',
    r.quoteAr = 'وأشاد بنموذج R1',
    r.quoteEn = 'He praised the R1 model.';
