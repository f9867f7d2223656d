# syntax=docker/dockerfile:1
# Mentorflow console image: the react-admin SPA built by Vite, served by nginx, which also
# proxies /api/ to the api service (docker/admin/nginx.conf).
# Build context: the repository root (docker/admin.Dockerfile.dockerignore trims it).

ARG NODE_IMAGE=node:22.22.2-bookworm-slim

# --- build the static console (dist/admin) ----------------------------------------------------------
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# = vite build --config admin/vite.config.mts (package.json "build:admin"), output in dist/admin.
RUN npm run build:admin && test -f dist/admin/index.html

# --- runtime: nginx ------------------------------------------------------------------------------
FROM nginx:1.30.5 AS runtime
RUN rm -f /etc/nginx/conf.d/default.conf
COPY docker/admin/nginx.conf /etc/nginx/conf.d/mentorflow.conf
COPY --from=build /app/dist/admin /usr/share/nginx/html
EXPOSE 8080
