#!/usr/bin/env bash
# Runs `factcheck check` once on the listed articles and passes its exit code through unchanged
# (0 passed, 1 findings at or above FAIL_ON or the configured fail_on, 2 usage or input error, 3 internal error), after
# writing the outputs: findings, errors, warnings (from factcheck's summary line on stderr),
# report (the report file) and exit-code. Env: FACTCHECK (the executable), FAIL_ON, FORMAT,
# ARGS (split on spaces on purpose: it holds several options). No xargs: one run sees every
# changed article, so a story is compared once, and exit codes are not folded into 123.
set -uo pipefail
files=()
while IFS= read -r -d '' file; do
  files+=("$file")
done < "$RUNNER_TEMP/factcheck-changed"

case "$FORMAT" in
  sarif) extension=sarif ;;
  json | rdjson | gitlab) extension=json ;;
  jsonl) extension=jsonl ;;
  markdown) extension=md ;;
  html) extension=html ;;
  *) extension=txt ;;
esac
mkdir -p "$RUNNER_TEMP/factcheck"
report="$RUNNER_TEMP/factcheck/report.$extension"
errors_file="$RUNNER_TEMP/factcheck/stderr.txt"

# An empty FAIL_ON passes no --fail-on: the repository's configuration decides (its fail_on, per story
# too), else check's default, error. A given one wins over the configuration, as on the command line.
if [ -n "${FAIL_ON:-}" ]; then set -- --fail-on "$FAIL_ON"; else set --; fi
# shellcheck disable=SC2086
"$FACTCHECK" check --format "$FORMAT" "$@" --output "$report" $ARGS -- "${files[@]}" 2> "$errors_file"
code=$?
cat "$errors_file" >&2
if [ "$FORMAT" = "github" ] && [ -f "$report" ]; then
  cat "$report"  # workflow commands are read from stdout
fi

# `factcheck: 2 stories, 1 error, 3 warnings, 12 info — FAIL`
summary=$(grep -E '^factcheck: [0-9]+ stor(y|ies)' "$errors_file" | tail -n 1 || true)
count() {
  printf '%s\n' "$summary" | sed -nE "s/.* ([0-9]+) $1([, ]|$).*/\\1/p" | head -n 1
}
errors=$(count 'errors?')
warnings=$(count 'warnings?')
info=$(count 'info')
{
  echo "errors=${errors:-0}"
  echo "warnings=${warnings:-0}"
  echo "findings=$(( ${errors:-0} + ${warnings:-0} + ${info:-0} ))"
  if [ -f "$report" ]; then echo "report=$report"; else echo "report="; fi
  echo "exit-code=$code"
} >> "$GITHUB_OUTPUT"
exit "$code"
