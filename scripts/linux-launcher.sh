#!/bin/sh
# Starts Follow-Up Coach from its app folder on Linux. scripts/build-app-image.sh puts this file in place of jpackage's
# own Linux launcher, which asks rpm and then dpkg whether it belongs to an installed package before it starts Java;
# on a Debian machine that alone took about 150 ms of every start. This one reads the same launcher config
# (lib/app/FollowUpCoach.cfg: the main module and the JVM options) and starts the bundled runtime directly.
self=$(readlink -f "$0") || self=$0
root=${self%/bin/*}
app=$root/lib/app
cfg=$app/FollowUpCoach.cfg
if [ ! -r "$cfg" ] || [ ! -x "$root/lib/runtime/bin/java" ]; then
    echo "Follow-Up Coach: this folder is incomplete ($cfg or lib/runtime is missing); unzip the app again." >&2
    exit 1
fi

# The JVM options and the main module go after the user's arguments first, then the user's arguments are rotated
# to the end: POSIX sh has no arrays, and this keeps arguments with spaces intact.
count=$#
module=
while IFS= read -r line || [ -n "$line" ]; do
    case $line in
        app.mainmodule=*) module=${line#app.mainmodule=} ;;
        java-options=*)
            option=${line#java-options=}
            case $option in
                *'$APPDIR'*) option=${option%%\$APPDIR*}$app${option#*\$APPDIR} ;;
            esac
            set -- "$@" "$option"
            ;;
    esac
done < "$cfg"
set -- "$@" "-Djpackage.app-path=$self" -m "$module"
while [ "$count" -gt 0 ]; do
    set -- "$@" "$1"
    shift
    count=$((count - 1))
done
exec "$root/lib/runtime/bin/java" "$@"
