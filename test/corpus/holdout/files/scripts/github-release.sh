#!/usr/bin/env bash
set -euo pipefail
# Token of the release bot (classic PAT, repo scope).
GITHUB_TOKEN=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
gh release create "v$1" --notes-file CHANGELOG.md
