#!/usr/bin/env bash
# Installs every Debian 12 package Headroom needs to build, run and test.
# Usage: packaging/install-deps.sh [--tests]
#   --tests  also installs what the test suite needs (real servers, sanitizer runtime, fonts).
set -euo pipefail

want_tests=0
for arg in "$@"; do
  case "$arg" in
    --tests) want_tests=1 ;;
    *) echo "install-deps.sh: unknown option '$arg'" >&2; exit 2 ;;
  esac
done

build_packages=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-l10n-tools qt6-svg-dev libqt6opengl6-dev
  qt6-translations-l10n libqt6svg6
  libcurl4-openssl-dev libsqlite3-dev nlohmann-json3-dev
  # The history chain hashes with libcrypto (SHA-256).
  libssl-dev
  # Source secrets (tokens, passwords) live in the desktop keychain, never in the database.
  qtkeychain-qt6-dev
  fonts-dejavu-core
  # The console needs a platform plugin for a real display.
  qt6-qpa-plugins libxkbcommon-x11-0
  # cpack -G DEB computes the package's dependencies with dpkg-shlibdeps (dpkg-dev), which CPack
  # only runs when file(1) is there to tell it which files are ELF objects.
  dpkg-dev file
)
test_packages=(
  libbenchmark-dev
  prometheus prometheus-node-exporter nginx-light
  # The strain benchmark compares the load generator with wrk and ApacheBench (ab -k).
  wrk apache2-utils
  # The verify integration test tampers with a database through the sqlite3 shell.
  sqlite3
  # The notification test's mail server is python3.11's smtpd module (DebuggingServer).
  python3
  xvfb xauth poppler-utils
  # "Follow the system" is tested against a session bus of its own.
  dbus-daemon
  # tst_install_tree validates the installed desktop entry and AppStream metainfo.
  desktop-file-utils appstream
  # The libFuzzer targets (tests/fuzz) build with clang 14; its runtimes are in libclang-rt-14-dev.
  clang libclang-rt-14-dev
)

# Not installed here: debootstrap, which packaging/check-clean-install.sh (installing the .deb into
# a fresh Debian 12) installs itself when it is missing.

packages=("${build_packages[@]}")
if [ "$want_tests" -eq 1 ]; then
  packages+=("${test_packages[@]}")
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages already installed"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
