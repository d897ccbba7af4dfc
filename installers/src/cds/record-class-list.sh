#!/usr/bin/env bash
# Records the JDK and JavaFX classes the desktop app loads up to its first window, for the CDS
# archive the packaging makes (installers/README.md). Run it again after a JavaFX or JDK upgrade:
#   installers/src/cds/record-class-list.sh installers/target/mlops-console
# Needs Xvfb and xdotool (apt-get install xvfb xdotool libgtk-3-0).
set -euo pipefail
image=$(cd "${1:?usage: $0 APP_IMAGE_DIR}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'kill "${xvfb:-}" 2>/dev/null || true; rm -rf "$work"' EXIT

display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1280x1024x24 >/dev/null 2>&1 & xvfb=$!
sleep 1
DISPLAY=$display JAVA_TOOL_OPTIONS="-Xshare:off -XX:DumpLoadedClassList=$work/raw -Xlog:class+load=info:file=$work/load.log" \
  "$image/bin/mlops-console" --workspace "$work/workspace" >"$work/app.log" 2>&1 & app=$!
for _ in $(seq 1 600); do
  DISPLAY=$display xdotool search --onlyvisible --name '^MLOps Console$' >/dev/null 2>&1 && break
  sleep 0.1
done
sleep 2 # let the first paint's classes load
kill "$app"; wait "$app" || true

# Keep the classes that live in the runtime image (JDK and JavaFX): app classes on the class path
# cannot go into a relocatable archive on Java 17.
grep -oE '\] [^ ]+ source: jrt:/' "$work/load.log" | awk '{print $2}' | tr . / | sort -u >"$work/runtime-classes"
awk 'NR==FNR { keep[$1]=1; next }
     /^@lambda-form-invoker/ { print; next }
     /^@lambda-proxy/ { if ($2 in keep) print; next }
     /^@/ { next }
     ($1 in keep) { print $1 }' "$work/runtime-classes" "$work/raw" >"$here/classlist"
echo "$(wc -l <"$here/classlist") classes recorded in $here/classlist"
