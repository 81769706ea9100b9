/**
 * The shapes the client reads from the GraphQL API, named for the rest of the client. Each is generated
 * from the SDL and the documents that ask for it (operations.graphql -> generated/operations.ts, by
 * `npm run codegen`), so a field the documents do not select is not here, and one the schema lacks cannot be.
 * Kind and RelationType are the schema's unions widened to any string (enums.ts): a kind the running
 * server knows and this build does not still arrives, and is drawn with the neutral style.
 */
import type {
  ArticleFieldsFragment, ArticleTextQuery, EdgeFieldsFragment, EntityDetailQuery, EntityFieldsFragment, NamedEdgeFieldsFragment, PathQuery,
  SearchQuery, SourcesQuery, StanceQuery, StatsQuery, SubgraphFieldsFragment, SummaryFieldsFragment, VocabularyQuery,
} from './generated/operations.js';

export type { Kind, KnownKind, KnownRelationType, RelationType } from './enums.js';

export type Article = ArticleFieldsFragment;
export type Entity = EntityFieldsFragment;
export type EntitySummary = SummaryFieldsFragment;
/** An edge as the canvas draws it: its ends by id only. */
export type Relation = EdgeFieldsFragment;
/** A relation whose ends come with their names, as the inspector, path and stance views show them. */
export type NamedRelation = NamedEdgeFieldsFragment;
export type Subgraph = SubgraphFieldsFragment;
export type EntityDetail = NonNullable<EntityDetailQuery['entity']>;
/** A fact the article states about an entity, with the sentence it rests on. */
export type Fact = EntityDetail['facts'][number];
export type Path = NonNullable<PathQuery['path']>;
export type SearchHit = SearchQuery['search'][number];
export type Stance = StanceQuery['stance'];
export type Stats = StatsQuery['stats'];
/** The server's allowlist (its `vocabulary` query): what the data may hold and how it asks to be drawn. */
export type VocabularyInfo = VocabularyQuery['vocabulary'];
/** An article as the Sources legend lists it, with how many relations of the graph it states. */
export type Source = SourcesQuery['articles'][number];
/** An article with its text, as the reader shows it; `paragraphs` is null when the dataset holds no text. */
export type ArticleText = NonNullable<ArticleTextQuery['article']>;
/** One line of an article, in its language, with the translation where the dataset has one. */
export type Paragraph = NonNullable<ArticleText['paragraphs']>[number];
/** A stretch of a line and the quotes covering it (none: plain text). */
export type Segment = Paragraph['segments'][number];
/** A sentence of an article that backs relations (`<paragraph>:<start>-<end>`), with those relations. */
export type Quote = ArticleText['quotes'][number];
