# The mcp-trust GitHub App (probot): build with the dev dependencies, then run the compiled app as a non-root user.
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: `prepare` would build before the sources are copied (the build runs below), and dev-only
# native packages need no compiler here. The one runtime install script (the Python grammar's) runs by name.
RUN npm ci --ignore-scripts && npm rebuild @ast-grep/lang-python
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build && npm prune --omit=dev

FROM node:22-bookworm-slim
ENV NODE_ENV=production \
    LOG_FORMAT=json \
    HOST=0.0.0.0 \
    PORT=3000
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/build ./build
COPY package.json app.yml ./
COPY data ./data
# The registry cache goes to /home/node/.cache/mcp-trust, tarball extractions to /tmp: both writable by "node".
USER node
EXPOSE 3000
CMD ["node", "node_modules/probot/bin/probot.js", "run", "./build/app/index.js"]
