#!/usr/bin/env bash
# Validates schema/json and the broken records in schema/testdata/broken
# with ajv under Node, installed from npm with the committed lockfile.
# Run from anywhere: bash schema/ajv/validate.sh
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --loglevel=error
node validate.mjs "$@"
