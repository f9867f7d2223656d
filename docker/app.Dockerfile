# syntax=docker/dockerfile:1
# Mentorflow app image: one image, three roles chosen by the command (see docker/compose.yaml):
#   node dist/api/database/migrate.js   migrations (one-off)
#   node dist/api/main.js               HTTP API (default)
#   node dist/api/worker.js             Temporal worker
# Build context: the repository root (docker/app.Dockerfile.dockerignore trims it).
# Debian (glibc) base: argon2 and @temporalio/core-bridge ship glibc prebuilt binaries.

ARG NODE_IMAGE=node:22.22.2-bookworm-slim

# --- all dependencies (dev included), for the build ---------------------------------------------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# --- build: API (nest build), workflow bundle, console --------------------------------------------
FROM deps AS build
COPY . .
RUN npm run build \
 && test -f dist/api/main.js \
 && test -f dist/api/worker.js \
 && test -f dist/api/database/migrate.js \
 && test -f dist/workflow-bundle.js

# --- production dependencies only ----------------------------------------------------------------
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# --- runtime ---------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    WORKFLOW_BUNDLE_PATH=/app/dist/workflow-bundle.js
WORKDIR /app
# Owned by root and read-only for the unprivileged user that runs the app.
COPY package.json package-lock.json ./
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# `node` (uid 1000) comes with the official Node.js image.
USER node
EXPOSE 3000
CMD ["node", "dist/api/main.js"]
