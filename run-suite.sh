#!/usr/bin/env bash
# The main command: runs the conformance suite against the device that testplan.yaml describes (by default our
# own reference device). It checks for the .NET SDK, builds the command-line tool in Release, then runs
# `lwm2m-conformance run` with the arguments given here (for example --plan my-plan.yaml, --filter
# 'LightweightM2M-1.1-int-1*', --results DIR). --no-build skips the build. Paths are relative to the repository
# root. The tool's exit code is passed through: 0 no failure outside the baseline, 1 new failures, 2 invalid plan or
# usage (or the suite could not be set up or built), 130 interrupted.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

sdk_major=10
tool=Harness/Cli/bin/Release/net${sdk_major}.0/lwm2m-conformance.dll

# Debian packages the run itself needs, one per line with what needs them. (libcoap3-bin serves the unit tests only.)
packages=(
  libpcap0.8   # live capture of each test's traffic into its evidence folder (without it: the in-process tap)
  tshark       # to open and re-check the evidence captures (tshark -r evidence/<test>/capture.pcapng)
)

build=1
args=()
for arg in "$@"; do
  if [[ "$arg" == "--no-build" ]]; then
    build=0
  else
    args+=("$arg")
  fi
done

as_root=()
if [[ "$(id -u)" -ne 0 ]]; then
  as_root=(sudo)
fi

updated=0
apt_update() {
  if ((!updated)); then
    "${as_root[@]}" apt-get update
    updated=1
  fi
}

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

has_sdk() {
  command -v dotnet >/dev/null 2>&1 && dotnet --list-sdks 2>/dev/null | grep -q "^${sdk_major}\."
}

# Distributions that package the SDK (dotnet-sdk-10.0) get it installed; elsewhere it must be installed by hand.
if ! has_sdk; then
  apt_update
  if apt-cache show "dotnet-sdk-${sdk_major}.0" >/dev/null 2>&1; then
    missing+=("dotnet-sdk-${sdk_major}.0")
  fi
fi

if ((${#missing[@]} > 0)); then
  echo "Installing missing Debian packages: ${missing[*]}"
  apt_update
  # tshark's package asks whether non-root users may capture (a setuid dumpcap); answer no without asking.
  echo "wireshark-common wireshark-common/install-setuid boolean false" | "${as_root[@]}" debconf-set-selections
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi

if ! has_sdk; then
  echo "error: the .NET ${sdk_major} SDK is not installed and this system's package manager does not offer it;" \
    "install it as Microsoft's instructions for your distribution say, then run this again." >&2
  exit 2
fi

if ((build)); then
  echo "Building the suite (Release)..."
  if ! dotnet build Harness/Cli -c Release -nologo -v quiet "-clp:ErrorsOnly;NoSummary"; then
    echo "error: the suite did not build; nothing was run." >&2
    exit 2
  fi
fi

exec dotnet "$tool" run "${args[@]}"
