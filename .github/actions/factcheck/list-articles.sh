#!/usr/bin/env bash
# Writes the article files to check, NUL-separated, to $RUNNER_TEMP/factcheck-changed and their
# number to $GITHUB_OUTPUT (count=N). Env: PATTERNS (git glob pathspecs, one per line),
# CHANGED_ONLY (true/false), BASE (commit to diff against; may be empty). Portable bash 3.2
# (macOS) and GNU/BSD tools.
set -euo pipefail
list="$RUNNER_TEMP/factcheck-changed"
pathspecs=()
while IFS= read -r pattern; do
  [ -n "$pattern" ] && pathspecs+=(":(glob)$pattern")
done <<< "$PATTERNS"
if [ "${#pathspecs[@]}" -eq 0 ]; then
  echo "::error title=factcheck::the paths input is empty"
  exit 2
fi
if [ "${CHANGED_ONLY:-true}" != "true" ]; then
  git ls-files -z -- "${pathspecs[@]}" > "$list"
elif [ -z "${BASE:-}" ] || [ "$BASE" = "0000000000000000000000000000000000000000" ] || ! git cat-file -e "$BASE^{commit}" 2>/dev/null; then
  echo "::notice title=factcheck::no base commit to compare with (shallow clone or first push?): checking all articles"
  git ls-files -z -- "${pathspecs[@]}" > "$list"
else
  # Deleted files are kept: the rest of their story is still checked.
  git diff --name-only -z "$BASE" HEAD -- "${pathspecs[@]}" > "$list"
fi
echo "count=$(tr -cd '\0' < "$list" | wc -c | tr -d ' ')" >> "$GITHUB_OUTPUT"
