#!/usr/bin/env bash
# Fresh-venv size and install time, and `factcheck cluster seeds/` CPU, for git refs (issue 15).
#
#   benchmarks/install_size.sh [REPEAT] REF...     e.g. benchmarks/install_size.sh 3 8c82a3a WORKTREE
#
# Per ref: `git archive REF` (WORKTREE: the working tree's tracked and untracked files) into a temp
# folder, then exactly what a new user runs: python3 -m venv X && X/bin/pip install . ; du -sm X.
# Refs take turns within each repeat, so the machine's load falls on all of them alike.
set -euo pipefail
repeat=1
if [[ "${1:-}" =~ ^[0-9]+$ ]]; then repeat=$1; shift; fi
repo=$(git rev-parse --show-toplevel)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for ((i = 1; i <= repeat; i++)); do
  for ref in "$@"; do
    src="$work/src-$ref" venv="$work/venv-$ref"
    rm -rf "$src" "$venv" && mkdir -p "$src"
    if [ "$ref" = WORKTREE ]; then
      (cd "$repo" && git ls-files -co --exclude-standard | tar -T - -c | tar -x -C "$src")
    else
      git -C "$repo" archive "$ref" | tar -x -C "$src"
    fi
    load=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo ?)
    start=$(date +%s.%N)
    (cd "$src" && python3 -m venv "$venv" && "$venv/bin/pip" install -q . > /dev/null 2>&1)
    end=$(date +%s.%N)
    scipy=$(ls "$venv"/lib/python3*/site-packages | grep -c '^scipy$' || true)
    printf '%s: install %.1f s, venv %s MB, scipy %s (load %s)\n' "$ref" "$(echo "$end - $start" | bc)" \
      "$(du -sm "$venv" | cut -f1)" "$scipy" "$load"
  done
done
# CPU of one small clustering run per ref (the venvs of the last repeat), 7 runs alternating.
for ((i = 1; i <= 7; i++)); do
  for ref in "$@"; do
    /usr/bin/time -f "$ref %U %S" "$work/venv-$ref/bin/factcheck" cluster "$repo/seeds/" 2>&1 > /dev/null | tail -n 1
  done
done | awk '{cpu[$1] = cpu[$1] " " $2 + $3} END {for (ref in cpu) print ref ": factcheck cluster seeds/ CPU s:" cpu[ref]}'
