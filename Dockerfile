# syntax=docker/dockerfile:1
#
# The explorer's image: the built client served at / and GraphQL at /graphql (CMD), and the same image
# runs the loader (docker-compose.yml's `load` service). Neo4j is not in here: it is its own service.
#
# test/integration/image-build.test.ts runs this file's build steps outside Docker (RUN lines as written,
# `npm ci` stood in for by the checkout's node_modules), then this CMD against a real Neo4j.

# One pin for both stages: the official image of the Node line and minor the project is developed and
# tested on (.nvmrc; the image's patch can trail it by one, as the image and the npm-published binaries are
# released apart). Debian 13 "trixie": the current stable release and the default of the Node 26 images;
# bookworm (12) left Debian's regular security support in June 2026. Named explicitly so the Debian
# release never changes under the tag.
ARG NODE_IMAGE=node:26.12.0-trixie-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
# Dependencies first, in their own layer: a source change does not reinstall them.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# The client (vite, into dist/client) and the server + loader (tsc, into dist/server and dist/neo4j).
RUN npm run build && npm run build:server

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000
WORKDIR /app
# package.json also marks /app as the project root (server/src/paths.ts), so dist/client and cypher/
# are found where `npm start` finds them.
COPY package.json package-lock.json ./
# Production dependencies only; none of them has an install script.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY cypher ./cypher
# Files stay root-owned and read-only to the process.
USER node
EXPOSE 4000
CMD ["node", "dist/server/src/main.js"]
