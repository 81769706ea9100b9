/** GraphiQL at /graphql opens with these tabs, one per thing people come to the API for. */
import type { GraphiQLOptions } from 'graphql-yoga';

const SEARCH = `# Search in English or Arabic; prefixes and typos are fine (try "ديب سيك" or "altmn").
query Search($text: String = "deepseek") {
  search(text: $text, first: 5) {
    score
    entity { id name nameAr kind description }
  }
}
`;

const NEIGHBORHOOD = `# Everything within two relations of DeepSeek, with the quotes behind each edge.
query Neighborhood {
  neighborhood(ids: ["deepseek"], depth: 2, limit: 50) {
    truncated
    totalNodes
    nodes { id name kind degree }
    edges { id type from { id } to { id } quoteEn source { title } }
  }
}
`;

const PATH = `# How two experts are connected: each hop with the sentence it rests on.
query Path {
  path(from: "yann-lecun", to: "andrew-ng") {
    length
    nodes { id name }
    edges { type from { name } to { name } claim quoteAr quoteEn }
  }
}
`;

const STANCE = `# Who speaks for DeepSeek, who doubts it, and what exactly they said.
query Stance {
  stance(target: "deepseek") {
    target { name nameAr }
    endorsements { from { name } claim quoteAr quoteEn }
    doubts { from { name } claim quoteAr quoteEn }
  }
}
`;

const READER = `# The article itself: its text line by line with the English translation, and every quoted sentence
# with the relations it backs. Segments cut each line at the quotes (quoteIds point into \`quotes\`).
query Reader($id: ID! = "congluan-post332892") {
  article(id: $id) {
    title titleAr outlet author date url translationNote
    paragraphs { index text translation segments { text quoteIds } }
    quotes { id paragraph text relations { type from { name } to { name } claim quoteEn } }
  }
}
`;

const ARTICLES = `# The articles of the graph, newest first, with how many relations each states.
query Articles {
  articles { id title titleAr outlet author date url relationCount }
}
`;

/** Every example tab, in order (a test sends each one to the server). */
export const GRAPHIQL_EXAMPLES = [SEARCH, NEIGHBORHOOD, PATH, STANCE, READER, ARTICLES];

export const graphiqlOptions: GraphiQLOptions = {
  title: 'Knowledge-graph explorer API',
  defaultQuery: SEARCH,
  defaultTabs: GRAPHIQL_EXAMPLES.map((query) => ({ query })),
};
