#!/usr/bin/env bash
# An end-to-end workshop run in the real window, as a person would do it: Xvfb + xdotool.
#   open an example → quick-capture ten steps by keyboard → three more in one burst at xdotool's
#   fastest rate → add a pain point → Ctrl+S (save as)
#   → check the file with `sightline stats --json` → edit more → wait for autosave → SIGKILL
#   → start again → restore the recovery copy → Ctrl+S → check that the edits survived
#   → open the FILE AS ARGUMENT from a launcher that never collects its children (a desktop's or
#   a container's first process) → edit → wait for autosave → SIGKILL (a zombie stays) → start
#   with the file as argument (a double-click) → the offer comes → restore → Ctrl+S → check.
# Every stage is screenshotted into a folder it prints (E2E_OUT sets it).
# Needs: xvfb xauth imagemagick x11-utils xdotool python3. Uses target/debug/sightline unless
# SIGHTLINE is set.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "${SIGHTLINE:-target/debug/sightline}")
out=${E2E_OUT:-$(mktemp -d /tmp/sightline-e2e.XXXXXX)}
mkdir -p "$out/home"
echo "e2e: screenshots and files in $out"

display=:$((50 + RANDOM % 40))
Xvfb "$display" -screen 0 1280x720x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
app=
launcher=
trap 'kill -9 $app 2>/dev/null || true; kill $launcher $xvfb 2>/dev/null || true' EXIT
export DISPLAY=$display HOME=$out/home XDG_DATA_HOME=$out/home/data XDG_CONFIG_HOME=$out/home/config
export OUT=$out SIGHTLINE_DATA_DIR=$out/data SIGHTLINE_AUTOSAVE_SECS=2
for _ in $(seq 1 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done

shot() { import -window root "$out/$1.png"; echo "e2e: $1"; }
fail() { echo "e2e: FAILED: $*" >&2; shot failure || true; exit 1; }

start() {
  "$bin" "$@" >"$out/app.log" 2>&1 &
  app=$!
  await_window
}
# Starts the app as a desktop launcher may: a parent that does not collect it, so once killed it
# stays a zombie under its own name (until the launcher gets SIGTERM and collects it).
start_uncollected() {
  python3 - "$bin" "$@" <<'PY' &
import os, signal, subprocess, sys
app = subprocess.Popen(sys.argv[1:], stdout=open(os.environ["OUT"] + "/app.log", "w"), stderr=subprocess.STDOUT)
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGTERM])
with open(os.environ["OUT"] + "/app.pid", "w") as f:
    f.write(str(app.pid))
signal.sigwait([signal.SIGTERM])
app.wait()
PY
  launcher=$!
  for _ in $(seq 1 50); do [[ -s $out/app.pid ]] && break; sleep 0.1; done
  app=$(cat "$out/app.pid")
  await_window
}
# Waits until the killed window is gone from the screen.
gone() {
  for _ in $(seq 1 50); do
    xdotool search --name Sightline >/dev/null 2>&1 || return 0
    sleep 0.2
  done
  fail "the killed window is still on the screen"
}
await_window() {
  win=
  for _ in $(seq 1 150); do
    win=$(xdotool search --name Sightline 2>/dev/null | head -n1 || true)
    [[ -n $win ]] && break
    sleep 0.2
  done
  [[ -n $win ]] || fail "no window appeared ($(cat "$out/app.log"))"
  xdotool windowmove "$win" 0 0 windowsize "$win" 1280 720
  sleep 2
}
keys() { for k in "$@"; do xdotool windowfocus --sync "$win" key "$k"; sleep 0.35; done; }
typed() { xdotool windowfocus --sync "$win" type --delay 25 "$1"; sleep 0.35; }
json() { "$bin" stats "$1" --json | python3 -c "import json,sys; print(json.load(sys.stdin)['$2'])"; }
wait_for_file() { for _ in $(seq 1 50); do [[ -s $1 ]] && return 0; sleep 0.2; done; fail "$1 was not written"; }

file=$out/session.blueprint.json

# 1. Open an example.
start --example omgevingsvergunning
shot 01-example
before=$("$bin" stats examples/omgevingsvergunning.blueprint.json --json | python3 -c "import json,sys; print(json.load(sys.stdin)['steps'])")

# 2. Quick capture: the first customer step, then ten new steps to its right (Ctrl+Enter makes
#    the first, Enter the next).
keys Down ctrl+Return
for i in $(seq 1 10); do
  typed "E2E stap $i"
  if [[ $i -lt 10 ]]; then keys Return; else keys Escape; fi
done
shot 02-ten-steps

# 2b. A burst at xdotool's fastest rate, Enter and all: every key belongs to the step it was
#     typed for, letter for letter (a slow frame batches keys exactly like this).
keys ctrl+Return
# (No pause between the calls; `type` would send a newline as Linefeed, not Return.)
xdotool windowfocus --sync "$win"
xdotool type --delay 0 "Alpha bravo"
xdotool key --delay 0 Return
xdotool type --delay 0 "Charlie delta"
xdotool key --delay 0 Return
xdotool type --delay 0 "Echo foxtrot"
sleep 0.5
keys Escape
shot 02b-burst

# 3. A pain point on the selected step (its text field has the keyboard; Enter keeps it).
keys ctrl+1
typed "E2E pijnpunt"
keys Return
shot 03-pain-point

# 4. Ctrl+S: a new document asks where (the name field has the keyboard).
keys ctrl+s
sleep 0.5
typed "$file"
keys Return
wait_for_file "$file"
shot 04-saved
steps=$(json "$file" steps)
pains=$(json "$file" pain_points)
[[ $steps -eq $((before + 13)) ]] || fail "saved $steps steps, expected $((before + 13))"
grep -q '"E2E stap 10"' "$file" || fail "the tenth step is not in the file"
for title in "Alpha bravo" "Charlie delta" "Echo foxtrot"; do
  grep -q "\"title\": \"$title\"" "$file" || fail "the fast-typed title \"$title\" is not in the file letter for letter"
done
[[ $pains -ge 4 ]] || fail "the pain point is not in the file ($pains)"

# Waits for autosave to write a recovery copy matching PATTERN (a few seconds at most); fails
# with MESSAGE when none comes.
recovery_copy() {
  for _ in $(seq 1 50); do
    compgen -G "$out/data/recovery/$1" >/dev/null && break
    sleep 0.2
  done
  sleep 3
  compgen -G "$out/data/recovery/$1" >/dev/null || fail "$2"
}

# 5. Edit more, and let autosave copy it to the recovery folder.
keys Escape Down ctrl+Return
typed "Na opslaan"
keys Escape
shot 05-edited
recovery_copy "*" "no recovery copy in $out/data/recovery"

# 6. A crash: SIGKILL, then start again; the recovery offer comes up.
kill -9 "$app"
wait "$app" 2>/dev/null || true
grep -q '"Na opslaan"' "$file" && fail "the unsaved edit is in the file before it was saved"
start
shot 06-recovery-offer
keys Tab Return
shot 07-restored
keys ctrl+s
sleep 1.5
shot 08-saved-again
grep -q '"Na opslaan"' "$file" || fail "the edit made after saving did not survive the crash"
[[ $(json "$file" steps) -eq $((before + 14)) ]] || fail "expected $((before + 14)) steps after the restore"
kill "$app" 2>/dev/null || true
wait "$app" 2>/dev/null || true
gone

# 9. A double-click opens the saved file; the launcher never collects the window it starts.
start_uncollected "$file"
shot 09-opened-as-argument
pains=$(json "$file" pain_points)
keys Escape Down ctrl+1
typed "Na dubbelklik"
keys Return
shot 10-edited-again
recovery_copy "*.recovery.json" "no recovery copy after the second edit"

# 10. SIGKILL: nobody collects the window, so it stays a zombie named sightline.
kill -9 "$app"
for _ in $(seq 1 50); do [[ $(ps -o stat= -p "$app" 2>/dev/null) == Z* ]] && break; sleep 0.1; done
echo "e2e: the killed window is $(ps -o stat=,comm= -p "$app" 2>/dev/null || echo gone)"
gone
[[ $(json "$file" pain_points) -eq $pains ]] || fail "the unsaved pain point is in the file before it was saved"

# 11. Started with the file as argument: the offer comes first; restore, Ctrl+S, check.
start "$file"
shot 11-offer-for-the-file
kill "$launcher"; wait "$launcher" 2>/dev/null || true; launcher=
keys Tab Return
shot 12-restored-from-argument
[[ $(xdotool getwindowname "$win") == *' *'* ]] || fail "no restored (unsaved) work after the offer: $(xdotool getwindowname "$win")"
keys ctrl+s
sleep 1.5
shot 13-saved-after-argument
[[ $(json "$file" pain_points) -eq $((pains + 1)) ]] || fail "the pain point added before the kill did not survive"
grep -q '"Na opslaan"' "$file" || fail "the earlier restored edit is gone"
kill "$app" 2>/dev/null || true
echo "e2e: passed ($out)"
