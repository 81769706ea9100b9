// Constraints and indexes only: the loader runs schema statements outside the data transactions.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);

// Names are searched in English and Arabic. Lucene's 'persian' analyzer is the standard tokenizer plus
// lower-casing and Arabic-script normalisation (hamza forms of alef, alef maqsura, teh marbuta, harakat)
// with no stemming, so 'التمان' finds 'ألتمان' and prefixes like 'انفي*' find 'إنفيديا', while English
// behaves as with 'standard-folding' (checked on this dataset, Neo4j 5.26). 'standard-folding' misses
// hamza variants; 'arabic' stems, which breaks prefix queries. What it gives up: folding of Latin
// accents ('cong' does not find 'Công'), which no entity name here needs.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.nameAr, n.aliases]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'persian'}};
