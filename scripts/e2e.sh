#!/usr/bin/env bash
# An end-to-end workshop run in the real window, as a person would do it: Xvfb + xdotool.
#   open an example → quick-capture ten steps by keyboard → add a pain point → Ctrl+S (save as)
#   → check the file with `sightline stats --json` → edit more → wait for autosave → SIGKILL
#   → start again → restore the recovery copy → Ctrl+S → check that the edits survived.
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
trap 'kill -9 $app 2>/dev/null || true; kill $xvfb 2>/dev/null || true' EXIT
export DISPLAY=$display HOME=$out/home XDG_DATA_HOME=$out/home/data XDG_CONFIG_HOME=$out/home/config
export SIGHTLINE_DATA_DIR=$out/data SIGHTLINE_AUTOSAVE_SECS=2
for _ in $(seq 1 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done

shot() { import -window root "$out/$1.png"; echo "e2e: $1"; }
fail() { echo "e2e: FAILED: $*" >&2; shot failure || true; exit 1; }

start() {
  "$bin" "$@" >"$out/app.log" 2>&1 &
  app=$!
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

# 2. Quick capture: the first customer step, then ten new steps to its right (Enter: next).
keys Down Return Return
for i in $(seq 1 10); do
  typed "E2E stap $i"
  if [[ $i -lt 10 ]]; then keys Return; else keys Escape; fi
done
shot 02-ten-steps

# 3. A pain point on the selected step.
keys ctrl+1
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
[[ $steps -eq $((before + 10)) ]] || fail "saved $steps steps, expected $((before + 10))"
grep -q '"E2E stap 10"' "$file" || fail "the tenth step is not in the file"
[[ $pains -ge 4 ]] || fail "the pain point is not in the file ($pains)"

# 5. Edit more, and let autosave copy it to the recovery folder.
keys Escape Down Return Return
typed "Na opslaan"
keys Escape
shot 05-edited
for _ in $(seq 1 50); do
  compgen -G "$out/data/recovery/*" >/dev/null && break
  sleep 0.2
done
sleep 3
compgen -G "$out/data/recovery/*" >/dev/null || fail "no recovery copy in $out/data/recovery"

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
[[ $(json "$file" steps) -eq $((before + 11)) ]] || fail "expected $((before + 11)) steps after the restore"
kill "$app" 2>/dev/null || true
echo "e2e: passed ($out)"
