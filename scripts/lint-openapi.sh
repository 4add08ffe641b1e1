#!/usr/bin/env bash
# Lints the OpenAPI document with an independent linter (Redocly CLI, recommended rules; redocly.yaml).
# Installs the pinned linter from the npm registry on first use (src/test/openapi-lint/package-lock.json).
# Exit status 0 only when the linter reports no errors.
set -euo pipefail
cd "$(dirname "$0")/.."
lint=src/test/openapi-lint
if [ ! -x "$lint/node_modules/.bin/redocly" ]; then
  npm ci --prefix "$lint" --no-audit --no-fund --loglevel=error
fi
REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true \
  "$lint/node_modules/.bin/redocly" lint --config redocly.yaml src/main/resources/api/openapi.json
