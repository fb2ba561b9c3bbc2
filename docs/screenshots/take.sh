#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: 2026 Lifeboat maintainers
# Takes the README's screenshots from the real program on the training
# sandbox, under a virtual display, driven by the keyboard only:
#
#   docs/screenshots/take.sh            (from the checkout, as root)
#
# It re-runs itself inside the build environment under xvfb-run, with a
# private HOME, so that nothing of the user's (settings, runs, sandbox) is
# read or changed. Every PNG in docs/screenshots/ is rewritten.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
checkout=$(cd "$here/../.." && pwd)

if [ "${1:-}" != --inside ]; then
  exec "$checkout/installer/dev" exec xvfb-run -a -s "-screen 0 1280x900x24" bash "$here/take.sh" --inside
fi

out=$here
work=$(mktemp -d /tmp/lifeboat-shots.XXXXXX)
export HOME=$work/home
export QT_QPA_PLATFORM=xcb
mkdir -p "$HOME"
data=$HOME/.local/share/lifeboat
sandbox=$data/sandbox
wizard_pid=

say() { printf 'take.sh: %s\n' "$*" >&2; }

cleanup() {
  [ -n "$wizard_pid" ] && kill "$wizard_pid" 2>/dev/null || true
  lifeboat sandbox stop "$sandbox" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# The remembered choices the wizard starts from (QSettings, INI format).
remember() {
  mkdir -p "$HOME/.config/lifeboat"
  printf '[choices]\ntask=%s\nscenario\\%s=%s\n' "$1" "$1" "$2" >"$HOME/.config/lifeboat/lifeboat.conf"
}

start_wizard() {
  lifeboat >"$work/wizard.log" 2>&1 &
  wizard_pid=$!
  xdotool search --sync --onlyvisible --name '^Lifeboat$' >/dev/null
  window=$(xdotool search --onlyvisible --name '^Lifeboat$' | head -1)
  xdotool windowsize "$window" 900 680 windowmove "$window" 0 0
  # There is no window manager under Xvfb: the keyboard goes where focus is set.
  xdotool windowfocus --sync "$window"
  sleep 2
}

stop_wizard() {
  kill "$wizard_pid" 2>/dev/null || true
  wait "$wizard_pid" 2>/dev/null || true
  wizard_pid=
}

# With no window manager, focus goes nowhere when a dialog closes: set it
# on the wizard before every key.
key() { xdotool windowfocus --sync "$window"; xdotool key --clearmodifiers "$@"; sleep "${pause:-1.5}"; }

shot() {
  sleep "${1:-1}"
  import -window "$window" "$out/$2.png"
  say "took $2.png"
}

# The newest run's report.json: written when a run has ended.
wait_for_run_end() {
  for _ in $(seq 1 240); do
    if ls "$data"/runs/*/report.json >/dev/null 2>&1 && [ "$(ls -t "$data"/runs/*/report.json | head -1)" -nt "$work/run-started" ]; then
      return 0
    fi
    # A confirmation: a manual step's checklist is ticked first.
    if dialog=$(xdotool search --onlyvisible --name '^(Confirm step|Step [0-9]+: for you to do)' 2>/dev/null | head -1) && [ -n "$dialog" ]; then
      xdotool windowfocus --sync "$dialog" 2>/dev/null || true
      sleep 0.5
      if [ ! -f "$out/confirm.png" ]; then
        import -window "$dialog" "$out/confirm.png"
        say "took confirm.png"
      fi
      if xdotool getwindowname "$dialog" | grep -q 'for you to do'; then
        [ -f "$out/manual.png" ] || { import -window "$dialog" "$out/manual.png"; say "took manual.png"; }
        # The only manual step of this restore is the system image, a
        # checklist of two: re-create the machine, apply the patches.
        xdotool key space Down space
        sleep 0.3
        xdotool key alt+d
      else
        xdotool key alt+g
      fi
    fi
    sleep 1
  done
  say "the run did not end"; return 1
}

say "building the sandbox in $sandbox"
lifeboat sandbox create "$sandbox" --size-mb 8 >/dev/null
lifeboat sandbox start "$sandbox" >/dev/null
lifeboat run --profile "$sandbox/cluster.json" --scenario backup-offline --yes --label nightly >/dev/null
# A run that was killed half-way, for the Welcome page to offer.
LIFEBOAT_FAILPOINT=started:main:1 lifeboat run --profile "$sandbox/cluster.json" --scenario backup-bootstrap --yes >/dev/null 2>&1 || true

say "welcome"
remember 1 restore-node
start_wizard
shot 2 welcome
stop_wizard
lifeboat resume --yes >/dev/null
lifeboat sandbox break "$sandbox" --fault corrupt-repository --node node2 >/dev/null

say "the training sandbox's own page"
remember 3 restore-node
start_wizard
key alt+n
key alt+s
key alt+n
shot 4 sandbox
stop_wizard

say "a backup's options"
remember 0 backup-rolling
start_wizard
key alt+n
key alt+s
shot 6 cluster
key alt+n
shot 2 scenario-backup
key alt+n
shot 2 options
# On to the plan, where a backup can be scheduled.
key alt+n
sleep 6
key alt+n
sleep 4
key alt+s
if dialog=$(timeout 20 xdotool search --sync --onlyvisible --name '^Schedule this backup$' | head -1) && [ -n "$dialog" ]; then
  sleep 2
  import -window "$dialog" "$out/schedule.png"
  say "took schedule.png"
else
  say "the schedule dialog did not open; schedule.png not taken"
fi
stop_wizard

say "a restore of node2, Welcome to Summary"
rm -rf "$HOME/.config/lifeboat" # the recommendation, not a habit, picks the scenario
start_wizard
key alt+r
key alt+n
key alt+s
sleep 5
key alt+n
shot 3 scenario
key alt+n
shot 2 options-recovery
key alt+n
sleep 6
shot 1 checks
key alt+r # tick "I have read the warnings" when there are any
key alt+n
shot 6 plan
touch "$work/run-started"
sleep 1
key alt+r
wait_for_run_end
shot 4 run
key alt+n
shot 2 summary

say "backups, runs and quarantine"
key alt+q
catalog=$(xdotool search --sync --onlyvisible --name '^Backups, runs and quarantine$' | head -1)
xdotool windowsize "$catalog" 900 560 windowmove "$catalog" 0 0
catalog_shot() {
  xdotool windowfocus --sync "$catalog"
  [ -z "$1" ] || xdotool key --clearmodifiers "$1"
  sleep 3
  import -window "$catalog" "$out/$2.png"
  say "took $2.png"
}
catalog_shot "" catalog-backups
catalog_shot alt+r catalog-runs
catalog_shot alt+q catalog-quarantine
stop_wizard

say "the profile editor, a path the loader refuses"
# Its test opens it on docs/profile.md's example with node3's repository made relative, and takes the shot.
LIFEBOAT_SCREENSHOTS_DIR="$out" "${LIFEBOAT_BUILD_DIR:-$checkout/build-dev}/tests/tst_profileeditor" \
  aWrongPathIsFixedByKeyboardAlone >"$work/profile-editor.log" 2>&1
say "took profile-editor-error.png"

say "describing a new cluster: its hosts, what discovery found, the draft's nodes, the profile's test"
# Its test builds a sandbox with hosts (root), discovers it, saves the draft and tests it.
LIFEBOAT_SCREENSHOTS_DIR="$out" "${LIFEBOAT_BUILD_DIR:-$checkout/build-dev}/tests/tst_discoverydialog" \
  aDiscoveredClusterIsReviewedSavedAndTested >"$work/discovery.log" 2>&1
say "took discovery-hosts.png, discovery-findings.png, discovery-nodes.png and profile-test.png"
say "done: $(ls "$out"/*.png | wc -l) screenshots in $out"
