# budget-qa: see docs/deploy.md. Native modules (better-sqlite3, hnswlib-node) build from source.
FROM node:20-bookworm
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
ENV HOST=0.0.0.0 PORT=3000
EXPOSE 3000
CMD ["node", "--import", "tsx", "server/main.ts"]
