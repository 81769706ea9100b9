/**
 * Rows written straight through the driver, bypassing the loader, as a user of Neo4j Browser might: each
 * off the data contract in its own way, all of them touching DeepSeek. Tests that add them remove them
 * (others count what is in the shared test database).
 */
import type { Driver } from 'neo4j-driver';
import { testDatabase } from './neo4j.js';

const ARTICLE = 'congluan-post332892';
/** A real sentence of the seed article, so the stray nodes' own edges keep the contract. */
const QUOTE_AR = 'يان ليكون، رئيس الذكاء الاصطناعي في شركة ميتا (فيسبوك)، يرفض فكرة أن DeepSeek هي علامة على تفوق الصين على الولايات المتحدة في مجال الذكاء الاصطناعي.';

export const STRAY = {
  /** :Entity and nothing else: no kind label. */
  noKind: 'stray-no-kind',
  /** :Entity:Spaceship: a label outside the vocabulary. */
  spaceship: 'stray-spaceship',
  /** Named, but without an id: nothing can link to it (its name is what finds it). */
  noIdName: 'Stray without an id',
  /** DeepSeek -[:ADMIRES]-> OpenAI: a type outside the vocabulary. */
  admires: 'ADMIRES',
  /** Andrew Ng -[:ENDORSES]-> DeepSeek with no source, quotes or claim. */
  sourceless: 'andrew-ng>ENDORSES>deepseek@',
} as const;

export async function addStrayRows(driver: Driver): Promise<void> {
  await driver.executeQuery(`
    MATCH (d:Entity {id: 'deepseek'}), (o:Entity {id: 'openai'}), (ng:Entity {id: 'andrew-ng'})
    CREATE (a:Entity {id: $noKind, name: 'Stray without a kind'})-[:ENDORSES {source: $article, quoteAr: $quote, quoteEn: 'A stray endorsement.', claim: 'stray'}]->(d)
    CREATE (b:Entity:Spaceship {id: $spaceship, name: 'Stray spaceship'})-[:DOUBTS {source: $article, quoteAr: $quote, quoteEn: 'A stray doubt.', claim: 'stray'}]->(d)
    CREATE (c:Entity:Person {name: $noIdName})-[:ENDORSES {source: $article, quoteAr: $quote, quoteEn: 'From nobody.', claim: 'stray'}]->(d)
    CREATE (d)-[:ADMIRES {source: $article, quoteAr: $quote, quoteEn: 'Admiration is not in the vocabulary.'}]->(o)
    CREATE (ng)-[:ENDORSES]->(d)`,
  { noKind: STRAY.noKind, spaceship: STRAY.spaceship, noIdName: STRAY.noIdName, article: ARTICLE, quote: QUOTE_AR }, { database: testDatabase() });
}

export async function removeStrayRows(driver: Driver): Promise<void> {
  await driver.executeQuery(`
    MATCH (n:Entity) WHERE n.id IN [$noKind, $spaceship] OR n.name = $noIdName DETACH DELETE n
    WITH count(*) AS _
    OPTIONAL MATCH ()-[r:ADMIRES]->() DELETE r
    WITH count(*) AS _
    OPTIONAL MATCH (:Entity {id: 'andrew-ng'})-[e:ENDORSES]->(:Entity {id: 'deepseek'}) WHERE e.source IS NULL DELETE e`,
  { noKind: STRAY.noKind, spaceship: STRAY.spaceship, noIdName: STRAY.noIdName }, { database: testDatabase() });
}
