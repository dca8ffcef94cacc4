#!/usr/bin/env bash
# Seeds the source-text targets' corpora with every Python file of the
# conformance and real-world suites.
set -euo pipefail
cd "$(dirname "$0")"
for t in parse eval_source; do
    mkdir -p "corpus/$t"
    find ../tests/conformance ../tests/realworld ../scripts -name '*.py' | while read -r f; do
        cp "$f" "corpus/$t/$(echo "$f" | tr '/.' '__')"
    done
done
