#!/bin/sh
# Runs a program inside a private D-Bus session with its own unlocked gnome-keyring and an isolated
# HOME, so that keychain tests never see (or unlock) the developer's real keyring.
#
#   with-keyring.sh HOME_DIR PROGRAM [ARGS...]
#
# HOME_DIR is deleted and recreated on every run. Works as root (CI) and as a normal user.
set -eu

if [ "$#" -lt 2 ]; then
    echo "usage: $0 HOME_DIR PROGRAM [ARGS...]" >&2
    exit 2
fi

for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$0: '$tool' is not installed; keychain tests need dbus (dbus-run-session) and gnome-keyring" >&2
        exit 2
    fi
done

home_dir=$1
shift
case "$home_dir" in
    /*) ;;
    *) home_dir="$(pwd)/$home_dir" ;;
esac
# A guard against wiping something that matters by a slip in the caller.
case "$home_dir" in
    / | "${HOME:-/}" | "${HOME:-/}"/) echo "$0: refusing to recreate '$home_dir'" >&2; exit 2 ;;
esac

rm -rf -- "$home_dir"
mkdir -p -- "$home_dir"

export HOME="$home_dir"
export XDG_DATA_HOME="$home_dir/.local/share"
export XDG_CONFIG_HOME="$home_dir/.config"
export XDG_CACHE_HOME="$home_dir/.cache"
export XDG_RUNTIME_DIR="$home_dir/runtime"
mkdir -p -- "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 0700 -- "$XDG_RUNTIME_DIR"
# QtKeychain picks KWallet over the Secret Service when it believes it runs in a KDE session; the
# private session has only gnome-keyring, so hide the developer's desktop from it.
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION KDE_SESSION_VERSION GNOME_DESKTOP_SESSION_ID
# Tells keychain tests that they run against this throwaway keyring, not the developer's own.
export SELLERDESK_PRIVATE_KEYRING=1

# Inside the new session bus:
#  1. `--unlock` reads the (empty) password from stdin, creates the "login" keyring under
#     $XDG_DATA_HOME/keyrings (in gnome-keyring's encrypted format), unlocks it (it becomes the default
#     collection) and forks the daemon. The forked daemon claims org.freedesktop.secrets a moment
#     later, though: a `busctl --user list` right after `--unlock` found the name unowned in 4 of 5
#     runs. A first call in that window would make D-Bus activate a second daemon through
#     /usr/share/dbus-1/services instead of reaching the one that holds the unlocked keyring.
#  2. `--start` talks to the running daemon over $XDG_RUNTIME_DIR/keyring/control and returns only once
#     the requested components are initialised: with it the name was owned in 15 of 15 runs.
#  3. We still check that the name is owned, so that a broken setup fails here with a clear message
#     instead of as a confusing test failure.
exec dbus-run-session -- sh -c '
    printf "\n" | gnome-keyring-daemon --unlock --components=secrets >/dev/null || {
        echo "with-keyring.sh: gnome-keyring-daemon --unlock failed" >&2; exit 2; }
    # --start chats on stderr ("discover_other_daemon: 1"); show that only when it fails.
    start_log=$(gnome-keyring-daemon --start --components=secrets 2>&1 >/dev/null) || {
        printf "%s\n" "$start_log" >&2
        echo "with-keyring.sh: gnome-keyring-daemon --start failed" >&2; exit 2; }
    if command -v dbus-send >/dev/null 2>&1; then
        tries=0
        until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
                org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q true; do
            tries=$((tries + 1))
            if [ "$tries" -ge 50 ]; then
                echo "with-keyring.sh: gnome-keyring-daemon does not serve org.freedesktop.secrets" >&2
                exit 2
            fi
            sleep 0.1
        done
    fi
    exec "$0" "$@"' "$@"
