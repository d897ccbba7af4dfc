#!/usr/bin/env bash
# Start-up benchmark (a measurement, not a test): time to the first window and idle memory of the
# installed desktop app, beside the same figures for `java -jar app/target/mlops-console.jar`.
#
#   ./mvnw -B -Pinstallers -DskipTests package    # builds installers/target/*.deb and the jar
#   installers/startup-benchmark.sh [--runs N] [--settle SECONDS] [--screenshot FILE.png]
#
# The .deb is extracted into a throwaway root (nothing is installed) and its launcher started
# under Xvfb on a new workspace each run ("new"), then again on that workspace ("again"). First
# window: from starting the command until X shows a window titled "MLOps Console" (polled every
# 20 ms); cpu_ms: the CPU time the command's processes had used by then, which a busy machine
# changes less than the wall time. Idle RSS: the resident memory of the command's whole process
# tree after SETTLE seconds.
# Needs: apt-get install xvfb xdotool libgtk-3-0 (and imagemagick for --screenshot).
set -euo pipefail

runs=3
settle=5
screenshot=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --settle) settle=$2; shift 2 ;;
    --screenshot) screenshot=$(realpath -m "$2"); shift 2 ;;
    *) echo "usage: $0 [--runs N] [--settle SECONDS] [--screenshot FILE.png]" >&2; exit 2 ;;
  esac
done

root=$(cd "$(dirname "$0")/.." && pwd)
deb=$(ls "$root"/installers/target/mlops-console_*.deb 2>/dev/null | head -1 || true)
jar=$root/app/target/mlops-console.jar
if [ -z "$deb" ] || [ ! -f "$jar" ]; then
  echo "build first: ./mvnw -B -Pinstallers -DskipTests package" >&2
  exit 2
fi
for tool in Xvfb xdotool dpkg-deb; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install xvfb xdotool dpkg" >&2; exit 2; }
done

work=$(mktemp -d)
xvfb=""
cleanup() {
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

dpkg-deb -x "$deb" "$work/root"
# The launcher wherever the package puts it (jpackage's install prefix), found in the extracted tree.
installed=$(find "$work/root" -path '*/bin/mlops-console' -type f | head -1)
[ -n "$installed" ] || { echo "no bin/mlops-console launcher in $(basename "$deb")" >&2; exit 1; }
echo "package:   $(basename "$deb") ($(du -m "$deb" | cut -f1) MB)"
echo "--version: $("$installed" --version | head -1)"

display=:$((100 + RANDOM % 100))
Xvfb "$display" -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
export DISPLAY=$display
for _ in $(seq 1 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done

window_open() { xdotool search --onlyvisible --name '^MLOps Console$' >/dev/null 2>&1; }

tree_cpu_ms() { # CPU time (user + system, all threads) of the process and its descendants
  local ticks=0 pid
  for pid in $1 $(pgrep -P "$1" || true); do
    ticks=$((ticks + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  echo $((ticks * 1000 / $(getconf CLK_TCK)))
}

tree_rss_kb() { # the process and its descendants
  local total=0 pid
  for pid in $1 $(pgrep -P "$1" || true); do
    total=$((total + $(awk '/^VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)))
  done
  echo "$total"
}

stop_tree() {
  local kids
  kids=$(pgrep -P "$1" || true)
  kill $kids "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
  for pid in $kids; do while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done; done
}

# one start: prints "first_window_ms cpu_ms idle_rss_mb processes cds"
measure() {
  local workspace=$1; shift
  local waited=0
  while window_open; do # the previous start's window may take a moment to go
    waited=$((waited + 1))
    [ "$waited" -gt 150 ] && { echo "a window titled MLOps Console is already open" >&2; exit 1; }
    sleep 0.1
  done
  local start end pid
  start=$(date +%s%N)
  "$@" --workspace "$workspace" >>"$work/app.log" 2>&1 &
  pid=$!
  until window_open; do
    kill -0 "$pid" 2>/dev/null || { echo "the app exited before its window opened:" >&2; tail -20 "$work/app.log" >&2; exit 1; }
    sleep 0.02
  done
  end=$(date +%s%N)
  local cpu
  cpu=$(tree_cpu_ms "$pid")
  sleep "$settle"
  local procs=$((1 + $(pgrep -P "$pid" | wc -l)))
  local cds=no
  for p in $pid $(pgrep -P "$pid" || true); do
    grep -q 'classes.*\.jsa' "/proc/$p/maps" 2>/dev/null && cds=yes
  done
  echo "$(((end - start) / 1000000)) $cpu $(($(tree_rss_kb "$pid") / 1024)) $procs $cds"
  stop_tree "$pid"
}

median() { sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : int((v[NR/2] + v[NR/2+1]) / 2)}'; }
median_of() { # column $1 of the results of $what and $start
  awk -v w="$what" -v s="$start" -v c="$1" '$1 == w && $2 == s {print $c}' "$work/results" | median
}

printf '%-10s %-6s %4s %16s %12s %12s %6s %5s\n' what start run first_window_ms cpu_ms idle_rss_mb procs cds
for run in $(seq 1 "$runs"); do
  for what in installed jar; do
    if [ "$what" = installed ]; then cmd=("$installed"); else cmd=(java -jar "$jar"); fi
    ws=$work/ws-$what-$run
    for start in new again; do
      read -r ms cpu mb procs cds < <(measure "$ws" "${cmd[@]}")
      printf '%-10s %-6s %4s %16s %12s %12s %6s %5s\n' "$what" "$start" "$run" "$ms" "$cpu" "$mb" "$procs" "$cds"
      echo "$what $start $ms $cpu $mb" >>"$work/results"
    done
  done
done

echo
echo "medians over $runs runs (load average now: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) CPUs):"
printf '%-10s %-6s %16s %12s %12s\n' what start first_window_ms cpu_ms idle_rss_mb
for what in installed jar; do
  for start in new again; do
    printf '%-10s %-6s %16s %12s %12s\n' "$what" "$start" "$(median_of 3)" "$(median_of 4)" "$(median_of 5)"
  done
done
if [ -n "$screenshot" ]; then # one more start, on a workspace whose path reads well in the status bar
  shot_ws=${TMPDIR:-/tmp}/mlops-console-screenshot
  rm -rf "$shot_ws"
  "$installed" --workspace "$shot_ws" >>"$work/app.log" 2>&1 &
  pid=$!
  until window_open; do sleep 0.1; done
  sleep 3 # the first paint
  import -window "$(xdotool search --onlyvisible --name '^MLOps Console$' | head -1)" "$screenshot"
  stop_tree "$pid"
  rm -rf "$shot_ws"
  echo "screenshot: $screenshot"
fi
exit 0
