#!/usr/bin/env bash
# bench/run.sh reproduces every whole-process figure of BENCHMARKS.md on
# corpora written by kggen, and prints a Markdown table (also saved to
# bench/out/results.md). See bench/README.md for what each figure means.
#
#   bench/run.sh            full run: build at 1k, 10k and 100k articles
#   bench/run.sh --quick    skip 100k, fewer query runs, shorter go benchmarks
#
# Environment: EXTRACT_DOCS (2000) articles for kg extract and the
# compromise+chrono-node baseline; GOCOMPARE_DOCS (200; 50 with --quick)
# for the much slower prose+when baseline; QUERY_RUNS (50; 20 with --quick);
# BUILD_SIZES ("1000 10000 100000"; "1000 10000" with --quick); SEED (1);
# GOBENCH_PKGS (the packages for go test -bench; empty skips it);
# BUILD_TIMEOUT (1800 s; 600 with --quick): a build still running then is
# interrupted, reported as such, and its partial store is queried.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/bench/out
QUICK=0
for arg in "$@"; do
  case $arg in
    --quick) QUICK=1 ;;
    -h | --help) sed -n '2,/^set /{/^#/p}' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench/run.sh: unknown argument $arg (try --help)" >&2; exit 2 ;;
  esac
done
SEED=${SEED:-1}
EXTRACT_DOCS=${EXTRACT_DOCS:-2000}
if ((QUICK)); then
  SIZES=(${BUILD_SIZES:-1000 10000})
  QUERY_RUNS=${QUERY_RUNS:-20}
  GOCOMPARE_DOCS=${GOCOMPARE_DOCS:-50}
  BUILD_TIMEOUT=${BUILD_TIMEOUT:-600}
  BENCHTIME=200ms
  SHORT=-short # benchmarks that honour testing.Short skip their largest cases
else
  SIZES=(${BUILD_SIZES:-1000 10000 100000})
  QUERY_RUNS=${QUERY_RUNS:-50}
  GOCOMPARE_DOCS=${GOCOMPARE_DOCS:-200}
  BUILD_TIMEOUT=${BUILD_TIMEOUT:-1800}
  BENCHTIME=1s
  SHORT=
fi
mkdir -p "$OUT"
log() { echo "bench: $*" >&2; }

# /usr/bin/time -v gives peak RSS and CPU time; install it when we can.
if [[ ! -x /usr/bin/time ]]; then
  if [[ $(id -u) == 0 ]]; then
    log "installing GNU time"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
  else
    echo "bench/run.sh: needs GNU time (/usr/bin/time); run as root or: apt-get install time" >&2
    exit 1
  fi
fi

log "building kg and kggen"
go build -o "$OUT/kg" ./cmd/kg
go build -o "$OUT/kggen" ./cmd/kggen
KG=$OUT/kg
GEN=$OUT/kggen

# timed NAME CMD... runs CMD under /usr/bin/time -v (its output is kept in
# bench/out/NAME.*) and sets WALL (s), CPU (user+sys s), RSS_MB (peak
# resident set in MiB, as time -v reports it: file pages of the store's
# memory-mapped files included), ANON_MB (peak anonymous resident memory,
# the heap and stacks, sampled every 0.2 s; 0 for shorter processes) and
# TIMED_OUT (1 when CMD got SIGINT after LIMIT seconds; LIMIT=0 is none).
timed() {
  local name=$1 limit=${LIMIT:-0} pid child anon=0 key value rest start rc=0
  shift
  /usr/bin/time -v -o "$OUT/$name.time" "$@" >"$OUT/$name.stdout" 2>"$OUT/$name.stderr" &
  pid=$!
  start=$SECONDS
  TIMED_OUT=0
  while kill -0 "$pid" 2>/dev/null; do
    child=$(pgrep -P "$pid" | head -n 1 || true)
    if [[ -n $child ]]; then
      { while read -r key value rest; do
          if [[ $key == RssAnon: ]] && ((value > anon)); then anon=$value; fi
        done <"/proc/$child/status"; } 2>/dev/null || true
      if ((limit > 0 && !TIMED_OUT && SECONDS - start >= limit)); then
        log "$name: interrupting after $limit s"
        kill -INT "$child" 2>/dev/null || true
        TIMED_OUT=1
      fi
    fi
    sleep 0.2
  done
  wait "$pid" || rc=$?
  if ((rc != 0 && !TIMED_OUT)); then
    echo "bench/run.sh: $name failed; see $OUT/$name.stderr" >&2
    tail -5 "$OUT/$name.stderr" >&2
    return 1
  fi
  ANON_MB=$(calc %.1f "$anon / 1024")
  read -r WALL CPU RSS_MB < <(awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); w = 0; for (i = 1; i <= n; i++) w = w * 60 + p[i] }
    /User time/ { u = $2 } /System time/ { s = $2 }
    /Maximum resident set size/ { r = $2 / 1024 }
    END { printf "%.3f %.3f %.1f\n", w, u + s, r }' "$OUT/$name.time")
}

# words FILE prints the number of whitespace-separated words in the texts.
words() {
  node -e '
    const lines = require("fs").readFileSync(process.argv[1], "utf8").split("\n").filter(Boolean);
    let n = 0;
    for (const l of lines) n += JSON.parse(l).text.split(/\s+/).filter(Boolean).length;
    console.log(n);' "$1"
}

calc() { awk "BEGIN { printf \"$1\", $2 }"; }

ROWS=()
row() { ROWS+=("| $1 | $2 | $3 |"); }

# ---------------------------------------------------------------- extract
log "extract: $EXTRACT_DOCS articles"
"$GEN" -n "$EXTRACT_DOCS" -seed "$SEED" -o "$OUT/extract.jsonl"
EX_WORDS=$(words "$OUT/extract.jsonl")
timed extract "$KG" extract --format json "$OUT/extract.jsonl"
KG_WPS=$(calc %.0f "$EX_WORDS / $WALL")
KG_WPCPU=$(calc %.0f "$EX_WORDS / $CPU")
row "kg extract, $EXTRACT_DOCS articles ($EX_WORDS words)" "$KG_WPS words/s; $KG_WPCPU words/CPU-s; peak RSS $RSS_MB MiB (anonymous $ANON_MB MiB)" ""

# ---------------------------------------------------------------- baselines
# compare_row LABEL JSONFILE TARGET adds a baseline's row and kg's ratio to it.
compare_row() {
  local label=$1 target=$3 wps wpcpu docs
  read -r wps wpcpu docs < <(node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    console.log(Math.round(r.words_per_s), Math.round(r.words_per_cpu_s), r.docs);' "$2")
  row "$label, $docs articles" "$wps words/s; $wpcpu words/CPU-s" ""
  row "ratio kg extract ÷ $label" "$(calc %.1f "$KG_WPS / $wps")× (wall); $(calc %.1f "$KG_WPCPU / $wpcpu")× (CPU)" "$target"
}

log "baseline: compromise + chrono-node"
if [[ ! -d bench/compare/node/node_modules ]]; then
  (cd bench/compare/node && npm ci --no-audit --no-fund --silent)
fi
node bench/compare/node/compare.js "$OUT/extract.jsonl" >"$OUT/node.json"
compare_row "compromise + chrono-node" "$OUT/node.json" "≥ 30×"

log "baseline: prose/v2 + olebedev/when ($GOCOMPARE_DOCS articles)"
head -n "$GOCOMPARE_DOCS" "$OUT/extract.jsonl" >"$OUT/gocompare.jsonl"
(cd bench/compare/gocompare && go build -o "$OUT/gocompare" .)
"$OUT/gocompare" "$OUT/gocompare.jsonl" >"$OUT/gocompare.json"
compare_row "prose/v2 + olebedev/when" "$OUT/gocompare.json" ""

# ---------------------------------------------------------------- build
for n in "${SIZES[@]}"; do
  log "build: $n articles"
  corpus=$OUT/corpus-$n.jsonl
  db=$OUT/db-$n
  "$GEN" -n "$n" -seed "$SEED" -o "$corpus"
  rm -rf "$db"
  LIMIT=$BUILD_TIMEOUT timed "build-$n" "$KG" build --db "$db" "$corpus"
  bytes=$(du -sb "$db" | cut -f1)
  stored=$(grep -o '[0-9]* documents stored' "$OUT/build-$n.stderr" | tail -n 1 | cut -d' ' -f1)
  stored=${stored:-$n}
  target=""
  if ((n == 100000)); then target="< 10 min, peak RSS < 1 GiB"; fi
  what="$(calc %.0f "$stored / $WALL") docs/s ($WALL s, CPU $CPU s)"
  if ((TIMED_OUT)); then
    what="**stopped after $BUILD_TIMEOUT s with $stored of $n stored**: $what"
  fi
  row "kg build, $n articles" "$what; peak RSS $RSS_MB MiB (anonymous $ANON_MB MiB); store $(calc %.2f "$bytes / $stored / 1000") MB per 1,000 articles" "$target"
  LAST_DB=$db
  LAST_N=$stored
done

# ---------------------------------------------------------------- queries
# latency NAME ARGS... runs kg QUERY_RUNS times, timing each whole process
# with bash's time (wall, user, system to the millisecond), and sets MED and
# P99 (wall ms) and CPU_MED (median user+system ms).
latency() {
  local name=$1 i TIMEFORMAT='%3R %3U %3S'
  shift
  : >"$OUT/$name.times"
  "$KG" "$@" >"$OUT/$name.stdout" # warm the page cache once
  for ((i = 0; i < QUERY_RUNS; i++)); do
    { time "$KG" "$@" >/dev/null; } 2>>"$OUT/$name.times"
  done
  read -r MED P99 < <(awk '{ print $1 * 1000 }' "$OUT/$name.times" | percentiles)
  read -r CPU_MED _ < <(awk '{ print ($2 + $3) * 1000 }' "$OUT/$name.times" | percentiles)
}

# percentiles reads numbers and prints their median and 99th percentile
# (the ceil(0.99 n)-th smallest).
percentiles() {
  sort -n | awk '{ v[NR] = $1 }
    END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
          i = int(NR * 0.99 + 0.999999); if (i > NR) i = NR
          printf "%.1f %.1f\n", m, v[i] }'
}

log "queries on the $LAST_N-article store ($QUERY_RUNS runs each)"
"$KG" entities --db "$LAST_DB" --format json >"$OUT/entities.json"
# The busiest entity (most documents), and a person asked for by an
# alias: the first person (most documents first) with at least 5 events,
# named in lower case (kggen reuses surnames, so a surname alone is
# usually ambiguous there; any form goes through the same alias index).
BUSY=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))[0].name)' "$OUT/entities.json")
ALIAS=$BUSY FULL=$BUSY
while IFS=$'\t' read -r id full; do
  alias=$(tr '[:upper:]' '[:lower:]' <<<"$full")
  n=$("$KG" timeline --db "$LAST_DB" --entity "$alias" --format json 2>/dev/null |
    node -e 'let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => {
      try { const t = JSON.parse(s); console.log(t.entity.id === process.argv[1] ? t.events.length : 0); } catch { console.log(0); } })' "$id")
  if ((n >= 5)); then ALIAS=$alias FULL=$full; break; fi
done < <(node -e '
  const es = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  for (const e of es.filter((e) => e.type === "PERSON").slice(0, 40)) console.log(e.id + "\t" + e.name);' "$OUT/entities.json")
latency timeline-busy timeline --db "$LAST_DB" --entity "$BUSY" --format json
EVENTS=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).events.length)' "$OUT/timeline-busy.stdout")
row "kg timeline, busiest entity \"$BUSY\" ($EVENTS events), whole process" "median $MED ms, p99 $P99 ms; median CPU $CPU_MED ms" ""
latency timeline-alias timeline --db "$LAST_DB" --entity "$ALIAS" --format json
TL_EVENTS=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).events.length)' "$OUT/timeline-alias.stdout")
row "kg timeline by alias \"$ALIAS\" ($FULL, $TL_EVENTS events), whole process" "median $MED ms, p99 $P99 ms; median CPU $CPU_MED ms" ""
# A timeline query as users make them: QUERY_RUNS different people with
# at least one event, each asked for once by lower-cased name, in the
# order of the entity list (most documents first). The names are chosen
# first, then timed one after the other.
: >"$OUT/timeline-people.names"
: >"$OUT/timeline-people.events"
while IFS=$'\t' read -r id full; do
  alias=$(tr '[:upper:]' '[:lower:]' <<<"$full")
  n=$("$KG" timeline --db "$LAST_DB" --entity "$alias" --format json 2>/dev/null |
    node -e 'let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => {
      try { const t = JSON.parse(s); console.log(t.entity.id === process.argv[1] ? t.events.length : 0); } catch { console.log(0); } })' "$id")
  ((n >= 1)) || continue
  echo "$n" >>"$OUT/timeline-people.events"
  echo "$alias" >>"$OUT/timeline-people.names"
  (($(wc -l <"$OUT/timeline-people.names") < QUERY_RUNS)) || break
done < <(node -e '
  const es = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  for (const e of es.filter((e) => e.type === "PERSON")) console.log(e.id + "\t" + e.name);' "$OUT/entities.json")
: >"$OUT/timeline-people.times"
while read -r alias; do
  { TIMEFORMAT='%3R %3U %3S'; time "$KG" timeline --db "$LAST_DB" --entity "$alias" --format json >/dev/null; } 2>>"$OUT/timeline-people.times"
done <"$OUT/timeline-people.names"
read -r MED P99 < <(awk '{ print $1 * 1000 }' "$OUT/timeline-people.times" | percentiles)
PEOPLE=$(wc -l <"$OUT/timeline-people.times")
read -r EV_MED EV_MAX < <(percentiles <"$OUT/timeline-people.events")
row "kg timeline of $PEOPLE different people (events per timeline: median $EV_MED, most $EV_MAX), whole process" "median $MED ms, p99 $P99 ms" "p99 < 20 ms"
# Path and ego network read only the part of the graph they need.
# (A path may not exist: kg then exits 1, which must not stop the run.)
QUERY_RUNS=$((QUERY_RUNS / 5 + 1)) latency path path --db "$LAST_DB" --format json "$FULL" "$BUSY" || true
row "kg path \"$FULL\" \"$BUSY\", whole process" "median $MED ms, p99 $P99 ms" ""
QUERY_RUNS=$((QUERY_RUNS / 5 + 1)) latency neighbors neighbors --db "$LAST_DB" --format json "$FULL" || true
row "kg neighbors \"$FULL\" (depth 1), whole process" "median $MED ms, p99 $P99 ms" ""

# ---------------------------------------------------------------- add one
log "incremental add: one new article into the $LAST_N-article store"
ADDS=()
for i in 1 2 3; do
  "$GEN" -n 1 -seed $((SEED + 100 + i)) -prefix "add$i-" -start 2024-12-31 -o "$OUT/add-$i.jsonl"
  timed "add-$i" "$KG" build --db "$LAST_DB" "$OUT/add-$i.jsonl"
  ADDS+=("$WALL")
done
row "kg build of one new article into the $LAST_N-article store (3 runs)" "$(printf '%s s, ' "${ADDS[@]}" | sed 's/, $//'); peak RSS $RSS_MB MiB (anonymous $ANON_MB MiB)" "< 1 s"

# ---------------------------------------------------------------- go bench
GOBENCH_PKGS=${GOBENCH_PKGS-./graph/ ./timeline/ ./timex/ ./extract/... ./analysis/ ./ingest/ ./internal/gen/}
GOBENCH_RC=0
: >"$OUT/gobench.txt"
if [[ -n $GOBENCH_PKGS ]]; then
  log "go test -bench (benchtime $BENCHTIME)"
  set +e
  # shellcheck disable=SC2086 # word splitting of the package list is meant
  go test -run '^$' -bench . -benchmem -benchtime "$BENCHTIME" $SHORT $GOBENCH_PKGS >"$OUT/gobench.txt" 2>&1
  GOBENCH_RC=$?
  set -e
fi

# ---------------------------------------------------------------- report
{
  echo "# kg benchmark results"
  echo
  echo "$(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . 2>/dev/null || echo ' (with uncommitted changes)'),"
  echo "$(nproc) CPUs ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo),"
  echo "$(go version | cut -d' ' -f3), node $(node --version); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg);"
  echo "corpora from kggen -seed $SEED$( ((QUICK)) && echo ', --quick run')."
  echo
  echo "| Figure | Measured | Target |"
  echo "|---|---|---|"
  printf '%s\n' "${ROWS[@]}"
  echo
  echo "## go test -bench$( ((GOBENCH_RC)) && echo " (exit status $GOBENCH_RC: some packages failed)")"
  echo
  echo '```'
  grep -E '^(Benchmark|ok|FAIL|---|pkg:|goos|goarch|cpu:)|\[build failed\]|cannot|undefined' "$OUT/gobench.txt" || true
  echo '```'
} | tee "$OUT/results.md"
