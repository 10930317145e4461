#!/usr/bin/env bash
# Startup harness: how fast the app's window is ready and how much memory it takes, measured against the least a Swing
# program can do (bench/Hello.java, a bare JFrame) on the same machine, in the same run.
#
#   bench/startup.sh [RUNS]        RUNS launches of each variant, default 10
#
# Variants, run interleaved (one of each per round, the order rotating every round) so a busy moment of the machine
# hits them alike:
#   hello        bench/Hello.java compiled once into a temp folder, `java -cp … Hello`
#   hello-xs     the same with -Xshare:off, the bare JFrame without any CDS archive (the JDK's own one included): the
#                issue measures the app-image "against the bare JFrame baseline (without CDS)", and both readings of
#                that are printed
#   jar-today    java -jar swing-client/target/followup-coach.jar --no-relaunch: the app in the JVM `java -jar` starts,
#                with the JVM's default options (how every start ran before the fast start, and still the very first
#                start of a new user, whose data folder does not exist yet)
#   jar-first    java -jar … with a data folder but no AppCDS archive in its cache yet: the fast start relaunches with
#                the app-image's options and makes the archive when the app ends
#   jar-later    the same once the archive is there (the cache of one earlier run, linked into each fresh data folder)
#   image+cds    the jpackage app-image from scripts/build-app-image.sh, with its AppCDS archive
#   image-cds    the same image with the AppCDS option taken out of its launcher config (its jlink base archive stays)
# The image variants run only when the image exists. Every run gets a fresh data folder (a first start).
# BENCH_VARIANTS="hello jar-later …" runs only those (hello, the baseline, always runs).
#
# Each run is timed from launch to "ready": the window painted with its content for the first time (the window system's
# first paint event, then two hops through the event queue so the repaint it asks for and pending layout have run).
# The app reports this in its smoke session (-Dfollowupcoach.smoke, see SmokeRun.java), Hello in the same way, each
# with the wall-clock time; `launch->ready` counts from just before exec. Peak RSS is /usr/bin/time's "Maximum resident
# set size" over the whole run (for the app: the scripted session through every view): for the fast start that is the
# larger of its two JVMs, the app's. `tree RSS` is the peak of both JVMs' resident sizes added up (bench/tree-rss.py,
# sampled every 10 ms), which counts the pages they share (the JVM library, the JDK's CDS archive) twice; for a single
# JVM it is the same figure, sampled. CPU@ready is the app's JVM only. `longest EDT` is the longest
# event on the event thread during that session; the events of 50 ms or more of the last round are listed by step at
# the end. Also starts the jar once with -Xmx64m. Other load on the machine skews all variants alike (interleaving);
# the load average is printed too.
# Needs Xvfb (Debian package xvfb) and /usr/bin/time (package time); installs them when missing and running as root.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}

need=()
[ -x /usr/bin/time ] || need+=(time)
command -v Xvfb >/dev/null 2>&1 || need+=(xvfb)
if [ ${#need[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
    else
        echo "Please install: ${need[*]}" >&2; exit 2
    fi
fi

jar=swing-client/target/followup-coach.jar
image=swing-client/target/dist/FollowUpCoach
[ -f "$jar" ] || mvn -B -q -ntp package -DskipTests

work=$(mktemp -d)
xvfb_pid=
cleanup() {
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

# Private copies, so a build running beside the harness cannot swap the files under it.
cp "$jar" "$work/app.jar"
mkdir -p "$work/hello"
javac -d "$work/hello" bench/Hello.java
variants=(hello hello-xs jar-today jar-first jar-later)
if [ -x "$image/bin/FollowUpCoach" ]; then
    cp -a "$image" "$work/image-cds"
    cp -a "$image" "$work/image-nocds"
    sed -i '/SharedArchiveFile/d' "$work/image-nocds/lib/app/FollowUpCoach.cfg"
    if grep -q SharedArchiveFile "$work/image-cds/lib/app/FollowUpCoach.cfg"; then
        variants+=(image+cds image-cds)
    else
        echo "note: $image has no AppCDS archive; run scripts/build-app-image.sh" >&2
        variants+=(image-cds)
    fi
fi

if [ -n "${BENCH_VARIANTS:-}" ]; then
    chosen=(hello)
    for v in "${variants[@]}"; do
        [[ $v != hello && " $BENCH_VARIANTS " == *" $v "* ]] && chosen+=("$v")
    done
    variants=("${chosen[@]}")
fi

# Our own X server on a free display, one for the whole run.
exec 3> "$work/display"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
exec 3>&-
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || { echo "Xvfb did not start" >&2; exit 1; }
export DISPLAY=":$(head -1 "$work/display")"

# The archive the later starts use: made once by a fast start (the scripted session), then linked into their data
# folders.
mkdir -p "$work/template"
java -Dfollowupcoach.smoke="$work/report-template.txt" -jar "$work/app.jar" --data-dir "$work/template" \
    >/dev/null 2>&1 || true
archive=$(find "$work/template/cache" -name '*.jsa' 2>/dev/null | head -1)
[ -n "$archive" ] || { echo "the fast start made no AppCDS archive in $work/template/cache" >&2; exit 1; }

# The interpreter itself, not a version manager's shim: a shim can take longer to start than the bare JFrame runs.
python=$(python3 -c 'import sys; print(sys.executable)')

now_ms() { local t=${EPOCHREALTIME/[.,]/}; echo $((t / 1000)); }

# run VARIANT N: one launch; appends "variant launch_ms rss_kb longest_edt_ms cpu_at_ready_ms tree_rss_kb" to results.
run() {
    local v=$1 n=$2 report="$work/report-$1-$2.txt" data="$work/data-$1-$2" timing="$work/time-$1-$2.txt"
    local -a cmd
    case $v in
        hello) cmd=(java -cp "$work/hello" Hello "$report") ;;
        hello-xs) cmd=(java -Xshare:off -cp "$work/hello" Hello "$report") ;;
        jar-today) cmd=(java -Dfollowupcoach.smoke="$report" -jar "$work/app.jar" --data-dir "$data" --no-relaunch) ;;
        jar-first | jar-later)
            mkdir -p "$data"
            [ "$v" = jar-later ] && cp -al "$work/template/cache" "$data/"
            cmd=(java -Dfollowupcoach.smoke="$report" -jar "$work/app.jar" --data-dir "$data")
            ;;
        image+cds) cmd=("$work/image-cds/bin/FollowUpCoach" --data-dir "$data") ;;
        image-cds) cmd=("$work/image-nocds/bin/FollowUpCoach" --data-dir "$data") ;;
    esac
    local start
    start=$(now_ms)
    # The image's launcher takes JVM options only from its config; the smoke switch comes in through the environment.
    JAVA_TOOL_OPTIONS=$([[ $v == image* ]] && echo "-Dfollowupcoach.smoke=$report" || true) \
        timeout 180 /usr/bin/time -v -o "$timing" "${cmd[@]}" >/dev/null 2>&1 &
    local pid=$!
    "$python" bench/tree-rss.py "$pid" "$work/tree-$v-$n.txt" &
    local sampler=$!
    wait "$pid" || true
    wait "$sampler" || true
    if [ ! -s "$report" ]; then
        echo "run $n of $v produced no report" >&2
        return
    fi
    # The fast start notes in the app's log how it started; a run that fell back would measure something else.
    if [[ $v == jar-first || $v == jar-later ]] && ! grep -qs 'Fast start: relaunched' "$data"/logs/*.log; then
        echo "run $n of $v did not relaunch: $(grep -hs 'Fast start' "$data"/logs/*.log)" >&2
    fi
    local epoch rss edt cpu tree
    epoch=$(sed -n 's/^ready_epoch_ms=//p' "$report")
    edt=$(sed -n 's/^longest_edt_ms=//p' "$report")
    cpu=$(sed -n 's/^ready_cpu_ms=//p' "$report")
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$timing")
    tree=$(cut -d' ' -f1 "$work/tree-$v-$n.txt" 2>/dev/null || true)
    # A run over before the sampler's first look has one JVM only: its peak RSS is the figure.
    [ "${tree:-0}" -gt 0 ] 2>/dev/null || tree=$rss
    echo "$v $((epoch - start)) $rss ${edt:--} ${cpu:--} ${tree:--}" >> "$work/results"
}

echo "Startup harness: $runs rounds of ${variants[*]} on DISPLAY=$DISPLAY"
count=${#variants[@]}
for ((i = 0; i < runs; i++)); do
    for ((k = 0; k < count; k++)); do
        run "${variants[$(((i + k) % count))]}" "$i"
    done
    printf '.'
done
echo

median() { sort -n | awk '{a[NR] = $1} END {if (NR == 0) print "-"; else if (NR % 2) print a[(NR + 1) / 2];
    else printf "%.1f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
column_of() { awk -v v="$1" -v c="$2" '$1 == v && $c != "-" {print $c}' "$work/results"; }

base_launch=$(column_of hello 2 | median)
base_rss=$(column_of hello 3 | median)
base_tree=$(column_of hello 6 | median)
printf '\n%-10s %5s %17s %12s %12s %11s %13s %10s %20s %14s\n' variant runs "launch->ready ms" "peak RSS MB" \
    "time/hello" "RSS/hello" "tree RSS MB" "tree/hello" "longest EDT ms (max)" "CPU@ready ms"
for v in "${variants[@]}"; do
    n=$(column_of "$v" 2 | wc -l)
    launch=$(column_of "$v" 2 | median)
    rss=$(column_of "$v" 3 | median)
    edt=$(column_of "$v" 4 | median)
    # The median session's longest event, and in brackets the longest event of any session.
    [ "$edt" != - ] && edt="$edt ($(column_of "$v" 4 | sort -n | tail -1))"
    cpu=$(column_of "$v" 5 | median)
    tree=$(column_of "$v" 6 | median)
    awk -v v="$v" -v n="$n" -v l="$launch" -v r="$rss" -v e="$edt" -v c="$cpu" -v bl="$base_launch" \
        -v br="$base_rss" -v t="$tree" -v bt="$base_tree" 'BEGIN {
            printf "%-10s %5d %17s %12.0f %12.2f %11.2f %13.0f %10.2f %20s %14s\n",
                v, n, l, r / 1024, l / bl, r / br, t / 1024, t / bt, e, c}'
done
xs_launch=$(column_of hello-xs 2 | median)
image_launch=$(column_of image+cds 2 | median)
if [ "$image_launch" != - ] && [ "$xs_launch" != - ]; then
    awk -v i="$image_launch" -v x="$xs_launch" \
        'BEGIN {printf "image+cds against hello-xs (the bare JFrame with no CDS at all): time %.2f\n", i / x}'
fi

echo
printf 'runnable jar: %.2f MB\n' "$(awk -v b="$(stat -c %s "$jar")" 'BEGIN {print b / 1000000}')"
printf "the fast start's AppCDS archive (data folder's cache): %.1f MB\n" \
    "$(awk -v b="$(stat -c %s "$archive")" 'BEGIN {print b / 1000000}')"
for zip in swing-client/target/dist/FollowUpCoach-*.zip; do
    [ -f "$zip" ] && printf 'zipped app-image %s: %.1f MB\n' "$(basename "$zip")" \
        "$(awk -v b="$(stat -c %s "$zip")" 'BEGIN {print b / 1000000}')"
done

# The app must run in a 64 MB heap: the whole scripted session, every view.
small="$work/report-xmx64.txt"
if timeout 60 /usr/bin/time -v -o "$work/time-xmx64.txt" java -Xmx64m -Dfollowupcoach.smoke="$small" \
        -jar "$work/app.jar" --data-dir "$work/data-xmx64" >/dev/null 2>&1 && [ -s "$small" ]; then
    printf -- '-Xmx64m: the scripted session completed (ready %s ms, longest EDT event %s ms, peak RSS %.0f MB)\n' \
        "$(sed -n 's/^ready_ms=//p' "$small")" "$(sed -n 's/^longest_edt_ms=//p' "$small")" \
        "$(awk -v k="$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time-xmx64.txt")" \
            'BEGIN {print k / 1024}')"
else
    echo "-Xmx64m: FAILED, the scripted session did not complete"
    exit 1
fi
# Which events ran 50 ms or more, in which step of the scripted session: the last round of each app variant.
for v in "${variants[@]}"; do
    [[ $v == hello* ]] && continue
    last="$work/report-$v-$((runs - 1)).txt"
    [ -s "$last" ] || continue
    echo "events of 50 ms or more, $v, last round (step, ms, event):"
    grep '^slow_event_ms ' "$last" | sed 's/^slow_event_ms /  /' || echo "  none"
done
echo "machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)," \
    "$(awk '/MemTotal/ {printf "%.0f GB RAM", $2 / 1048576}' /proc/meminfo)," \
    "load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -1)"
