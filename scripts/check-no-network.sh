#!/usr/bin/env bash
# Proves the app never touches the network: runs the scripted smoke session (every view, guide search, a quiz)
#  1. under strace, and fails on any connect() to an inet/inet6 address;
#  2. under `unshare -rn` (a namespace with no network at all), and fails unless the session completes.
# Needs: strace, util-linux unshare (user namespaces), xvfb-run; a built jar (mvn package).
set -euo pipefail
cd "$(dirname "$0")/.."
jar=swing-client/target/followup-coach.jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

run_smoke() {
    xvfb-run -a -s "-screen 0 1280x800x24" "$@" java -Dfollowupcoach.smoke="$work/report.txt" \
        -jar "$jar" --data-dir "$work/data"
}

run_smoke strace -f -qq -e trace=connect -o "$work/connect.log" >/dev/null 2>&1 || true
# strace wraps java only; xvfb-run's own X connection is over a unix socket and not traced here.
if [ ! -s "$work/report.txt" ]; then
    echo "FAIL: the smoke session under strace did not finish"; exit 1
fi
inet=$(grep -E 'sa_family=AF_INET6?' "$work/connect.log" || true)
echo "connect() calls: $(wc -l < "$work/connect.log"), to inet/inet6: $(printf '%s' "$inet" | grep -c . || true)"
if [ -n "$inet" ]; then
    echo "FAIL: the app connected to a network address:"; echo "$inet"; exit 1
fi

rm -f "$work/report.txt"
unshare -rn bash -c "$(declare -f run_smoke); work='$work' jar='$jar' run_smoke" >/dev/null 2>&1 || true
if [ ! -s "$work/report.txt" ]; then
    echo "FAIL: the app did not complete its session without a network (unshare -rn)"; exit 1
fi
echo "OK: no inet/inet6 connect() calls; the session completes with no network at all"
cat "$work/report.txt"
