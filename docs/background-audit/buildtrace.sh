#!/bin/bash
# buildtrace.sh [head] [OUT]: copy the worktree (or HEAD), apply the trace, build
set -e
cd /work/q-bgaudit
out=${2:-/tmp/iw-bgaudit-tr}
rm -rf /tmp/bga/tt && mkdir -p /tmp/bga/tt
if [ "$1" = head ]; then git archive HEAD | tar -x -C /tmp/bga/tt; else git ls-files -z | xargs -0 -I{} cp --parents {} /tmp/bga/tt/; fi
cd /tmp/bga/tt && patch -s -p1 --fuzz=3 < /tmp/bga/trace.patch && go build -o $out ./cmd/idlibwatch
