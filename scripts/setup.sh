#!/usr/bin/env bash
# Installs every Debian 12 package the build, the samples and the tests need (with --fuzz,
# also what the fuzz targets need).
# Idempotent: installs only what is missing. Runs as root (or through sudo).
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libhpdf-dev libicu-dev libyaml-cpp-dev libsqlite3-dev libpng-dev libharfbuzz-dev libssl-dev catch2
  poppler-utils mupdf-tools ghostscript qpdf python3 python3-yaml zint
  fonts-ipaexfont-mincho fonts-ipaexfont-gothic fonts-ipamj-mincho
)
# --fuzz: clang with libFuzzer and the sanitizers, for scripts/fuzz.sh (tests/fuzz/README.md).
if [ "${1:-}" = "--fuzz" ]; then
  packages+=(clang libclang-rt-14-dev)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages present"
  exit 0
fi

sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
