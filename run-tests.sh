#!/usr/bin/env bash
# The test command: installs the Debian packages the tests need when they are missing, then runs
# every test of the solution. Extra arguments go to `dotnet test` (for example --filter or --logger).
set -euo pipefail
cd "$(dirname "$0")"

# Debian packages the tests use. Add new ones here, one per line, with what needs them.
packages=(
  libcoap3-bin   # coap-client / coap-server: a third-party CoAP peer for interop tests
  tshark         # Wireshark's dissectors as an independent reader of our LwM2M TLV and our pcapng captures
  libpcap0.8     # live capture of each test's traffic (SharpPcap loads libpcap.so.0.8)
  chromium       # headless browser: the report tests render the generated Allure report and read what it shows
)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

# Node.js and npm run the third-party LwM2M client (Fixtures/Devices/lwm2m-node-lib); the tests run its
# npm ci themselves. Checked by command, not package: Node.js is often installed from elsewhere than Debian.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  missing+=(nodejs npm)
fi

if ((${#missing[@]} > 0)); then
  echo "Installing missing Debian packages: ${missing[*]}"
  as_root=()
  if [[ "$(id -u)" -ne 0 ]]; then
    as_root=(sudo)
  fi
  "${as_root[@]}" apt-get update
  # tshark's package asks whether non-root users may capture (a setuid dumpcap); answer no without asking.
  echo "wireshark-common wireshark-common/install-setuid boolean false" | "${as_root[@]}" debconf-set-selections
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi

exec dotnet test conformance.sln "$@"
