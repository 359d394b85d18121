#!/usr/bin/env bash
# The package's "must show": headroom_*.deb installs with apt into a fresh, minimal Debian 12
# (debootstrap --variant=minbase bookworm), and the console starts from its installed desktop
# entry in German.
#
# Usage (as root on Debian 12): packaging/check-clean-install.sh [--keep] [PATH/TO/headroom_*.deb]
#   Without a path the package is built first (build folder build-deb, or $HEADROOM_BUILD_DIR).
#   --keep  leaves the chroot in /tmp for a look around (its mounts are removed all the same).
#
# What it checks, each printed as a PASS or FAIL line:
#   1. apt-get install ./headroom_*.deb succeeds in the bare system, with the package's Depends
#      only (--no-install-recommends): everything the console needs to start is declared.
#   2. The desktop entry's Exec= (field codes dropped) plus "--self-test --screenshot FILE" exits 0
#      under LANG=de_DE.UTF-8 and QT_QPA_PLATFORM=offscreen, printing the self-test's last stage,
#      and the screenshot is a PNG of a window.
#   3. The console speaks German: the main window's tab titles that the package's headroom_de.qm
#      translates are read back from the German screenshot by OCR (tesseract, on the host), and the
#      English titles from a second run under LANG=C.UTF-8 (which proves the OCR reads this
#      window at all). Qt's own strings in German (qt6-translations-l10n, a Recommends) are
#      checked on a command-line error message.
set -euo pipefail
cd "$(dirname "$0")/.."

keep=0
deb=""
for arg in "$@"; do
  case "$arg" in
    --keep) keep=1 ;;
    -*) echo "check-clean-install.sh: unknown option '$arg'" >&2; exit 2 ;;
    *) deb="$arg" ;;
  esac
done

if [ "$(id -u)" -ne 0 ]; then
  echo "check-clean-install.sh: needs root (debootstrap, chroot, mount)" >&2
  exit 2
fi

failures=0
pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
info() { echo "INFO: $*"; }

export DEBIAN_FRONTEND=noninteractive
host_packages=()
command -v debootstrap >/dev/null || host_packages+=(debootstrap)
command -v tesseract >/dev/null || host_packages+=(tesseract-ocr)
[ -e /usr/share/tesseract-ocr/5/tessdata/deu.traineddata ] || host_packages+=(tesseract-ocr-deu)
command -v lconvert >/dev/null || [ -x /usr/lib/qt6/bin/lconvert ] || host_packages+=(qt6-l10n-tools)
if [ "${#host_packages[@]}" -gt 0 ]; then
  echo "== Installing on the host: ${host_packages[*]}"
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${host_packages[@]}"
fi
lconvert=$(command -v lconvert || echo /usr/lib/qt6/bin/lconvert)

# --- The package ----------------------------------------------------------------------------
if [ -z "$deb" ]; then
  build="${HEADROOM_BUILD_DIR:-build-deb}"
  echo "== Building the package in $build"
  bash packaging/install-deps.sh
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DHEADROOM_BUILD_TESTS=OFF -DHEADROOM_BUILD_BENCHMARKS=OFF
  cmake --build "$build"
  (cd "$build" && cpack -G DEB)
  deb=$(ls -t "$build"/headroom_*.deb | head -n 1)
fi
deb=$(readlink -f "$deb")
[ -f "$deb" ] || { echo "check-clean-install.sh: no such package: $deb" >&2; exit 2; }
echo "== Package: $deb"
dpkg-deb -f "$deb" Package Version Architecture Installed-Size Depends Recommends

# --- A fresh Debian 12 ----------------------------------------------------------------------
root=$(mktemp -d /tmp/headroom-clean-install.XXXXXX)
work=$(mktemp -d /tmp/headroom-clean-check.XXXXXX)
mounted=()
cleanup() {
  local i
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
    umount "${mounted[$i]}" 2>/dev/null || umount -l "${mounted[$i]}" 2>/dev/null || true
  done
  # Never delete through a mount that is still there (a bind-mounted /dev is the host's).
  if grep -q " $root/" /proc/mounts; then
    echo "check-clean-install.sh: mounts remain under $root; not deleting it" >&2
  elif [ "$keep" -eq 1 ]; then
    echo "== Kept the chroot: $root"
  else
    rm -rf --one-file-system "$root"
  fi
  rm -rf "$work"
}
trap cleanup EXIT
mount_in() { # mount_in TARGET mount-arguments...
  local target="$root$1"
  shift
  mkdir -p "$target"
  mount "$@" "$target"
  mounted+=("$target")
}

echo "== debootstrap --variant=minbase bookworm $root"
# The downloaded .debs are kept between runs (HEADROOM_DEBOOTSTRAP_CACHE); the system is always new.
cache="${HEADROOM_DEBOOTSTRAP_CACHE:-/var/cache/headroom-debootstrap}"
mkdir -p "$cache"
debootstrap --variant=minbase --cache-dir="$cache" bookworm "$root" http://deb.debian.org/debian \
  >"$work/debootstrap.log" 2>&1 ||
  { tail -n 20 "$work/debootstrap.log"; fail "debootstrap of Debian 12"; exit 1; }
cat >"$root/etc/apt/sources.list" <<'LIST'
deb http://deb.debian.org/debian bookworm main
deb http://deb.debian.org/debian bookworm-updates main
deb http://deb.debian.org/debian-security bookworm-security main
LIST
mount_in /proc -t proc proc
mount_in /sys -t sysfs sysfs
mount_in /dev --bind /dev
mount_in /dev/pts --bind /dev/pts
cp /etc/resolv.conf "$root/etc/resolv.conf"

in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root "$@"; }

echo "== apt-get install ./$(basename "$deb") (Depends only)"
cp "$deb" "$root/tmp/"
in_root apt-get update -qq
if in_root apt-get install -y -q --no-install-recommends "/tmp/$(basename "$deb")" >"$work/apt.log" 2>&1; then
  pass "apt-get installs $(basename "$deb") into a minimal Debian 12 with its Depends alone"
  grep -E "^(The following NEW packages|[0-9]+ upgraded|Need to get|After this operation)" "$work/apt.log" || true
else
  tail -n 30 "$work/apt.log"
  fail "apt-get install of the package"
  exit 1
fi
in_root dpkg-query -W -f='INFO: installed ${Package} ${Version}, Installed-Size ${Installed-Size} KiB\n' headroom

# A German locale, as a German desktop session would have it.
in_root apt-get install -y -qq --no-install-recommends locales >/dev/null
echo "de_DE.UTF-8 UTF-8" >"$root/etc/locale.gen"
in_root locale-gen >/dev/null

# --- Start it from its desktop entry ----------------------------------------------------------
desktop="$root/usr/share/applications/io.github.headroom.Headroom.desktop"
if [ ! -f "$desktop" ]; then
  fail "the desktop entry /usr/share/applications/io.github.headroom.Headroom.desktop is missing"
  exit 1
fi
exec_line=$(sed -n 's/^Exec=//p' "$desktop" | head -n 1)
# Field codes (%f, %U, ...) are for the launcher to fill; a start without files drops them.
read -r -a exec_argv <<<"$(sed -e 's/%[a-zA-Z]//g' <<<"$exec_line")"
info "Exec=$exec_line"
resolved=$(in_root sh -c "command -v '${exec_argv[0]}'" || true)
if [ "$resolved" = "/usr/bin/headroom" ]; then
  pass "Exec= starts the installed binary ($resolved)"
else
  fail "Exec= resolves to '$resolved', not /usr/bin/headroom"
fi

start_console() { # start_console LANG SCREENSHOT LOG
  in_root LANG="$1" QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/runtime \
    sh -c 'mkdir -p -m 0700 /tmp/runtime && exec "$@"' sh \
    "${exec_argv[@]}" --self-test --screenshot "$2" >"$3" 2>&1
}

if start_console de_DE.UTF-8 /tmp/console-de.png "$work/console-de.log" &&
   grep -q "live workspace shown with a host snapshot" "$work/console-de.log"; then
  pass "the console started from its desktop entry under LANG=de_DE.UTF-8 and passed its self-test"
else
  cat "$work/console-de.log"
  fail "the console's self-test from its desktop entry under LANG=de_DE.UTF-8"
fi
if file -b "$root/tmp/console-de.png" 2>/dev/null | grep -q "PNG image data"; then
  pass "screenshot $(file -b "$root/tmp/console-de.png" | cut -d, -f1-2)"
  cp "$root/tmp/console-de.png" "$work/"
else
  fail "the self-test wrote no PNG screenshot"
fi

# --- Is it German? ------------------------------------------------------------------------------
# The tab titles the package's catalog translates (context headroom::ui::MainWindow).
"$lconvert" -i "$root/usr/share/headroom/translations/headroom_de.qm" -o "$work/de.ts"
python3 - "$work/de.ts" >"$work/titles.tsv" <<'PY'
import sys, xml.etree.ElementTree as ET
tabs = {"Overview", "AI capacity", "Recommendations", "History"}
for ctx in ET.parse(sys.argv[1]).getroot().iter("context"):
    if ctx.findtext("name") != "headroom::ui::MainWindow":
        continue
    for msg in ctx.iter("message"):
        src, tr = msg.findtext("source"), msg.find("translation")
        if src in tabs and tr is not None and tr.text and tr.get("type") != "unfinished":
            print(f"{src}\t{tr.text}")
PY
start_console C.UTF-8 /tmp/console-en.png "$work/console-en.log" || true
ocr() { tesseract "$1" - -l "$2" --psm 11 2>/dev/null | tr -s ' \n' ' '; }
ocr_de=""
ocr_en=""
[ -f "$work/console-de.png" ] && ocr_de=$(ocr "$work/console-de.png" deu+eng)
[ -f "$root/tmp/console-en.png" ] && ocr_en=$(ocr "$root/tmp/console-en.png" eng)
if grep -q "Overview" <<<"$ocr_en"; then
  pass "OCR reads the English window (LANG=C.UTF-8): 'Overview' found"
else
  fail "OCR does not find 'Overview' in the English window; the German check below cannot be trusted"
fi
if [ ! -s "$work/titles.tsv" ]; then
  fail "headroom_de.qm translates none of the main window's tab titles yet (Overview, AI capacity, Recommendations, History)"
else
  printf '%s' "$ocr_de" >"$work/ocr-de.txt"
  # OCR slips on case and accents ("Ki-Kapazitat"): both sides are compared folded.
  while read -r verdict line; do
    if [ "$verdict" = PASS ]; then pass "$line"; else fail "$line"; fi
  done < <(python3 - "$work/titles.tsv" "$work/ocr-de.txt" <<'PY'
import sys, unicodedata
def fold(text):
    text = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).casefold().split())
ocr = fold(open(sys.argv[2], encoding="utf-8").read())
for row in open(sys.argv[1], encoding="utf-8"):
    english, german = row.rstrip("\n").split("\t")
    if fold(german) in ocr:
        print(f"PASS German window shows the tab '{german}' (for '{english}')")
    else:
        print(f"FAIL German window: the tab '{german}' (for '{english}') not found by OCR")
    if fold(english) != fold(german) and fold(english) in ocr:
        print(f"FAIL German window still shows the English '{english}'")
PY
)
fi

# Qt's own strings, from the Recommends qt6-translations-l10n.
in_root apt-get install -y -qq --no-install-recommends qt6-translations-l10n >/dev/null
qt_error=$(in_root LANG=de_DE.UTF-8 QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/runtime \
  "${exec_argv[@]}" --no-such-option 2>&1 || true)
if grep -q "Unbekannte Option" <<<"$qt_error"; then
  pass "Qt's own messages are German with qt6-translations-l10n: $(grep "Unbekannte Option" <<<"$qt_error")"
else
  fail "Qt's command-line error is not German: $qt_error"
fi

echo
if [ "$failures" -eq 0 ]; then
  echo "PASS: clean install of $(basename "$deb") on Debian 12"
else
  echo "FAIL: $failures check(s) failed"
  exit 1
fi
