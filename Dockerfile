# taskmock in a container: `docker compose up` (see docker-compose.yml) or
#   docker build -t taskmock . && docker run --rm -p 4010:4010 taskmock
# A current LTS: Express costs several times less per request on Node 22/24 than on Node 20.
FROM node:22-bookworm-slim
WORKDIR /app
COPY . .
# npm ci runs the `prepare` script, which compiles TypeScript to dist/; dev tools go afterwards.
RUN npm ci --no-audit --no-fund && npm prune --omit=dev && npm cache clean --force
ENV NODE_ENV=production
EXPOSE 4010
HEALTHCHECK --interval=10s --timeout=3s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:4010/__admin/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["node", "bin/taskmock.js"]
CMD ["serve", "--host", "0.0.0.0", "--port", "4010"]
