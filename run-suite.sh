#!/usr/bin/env bash
# The main command: runs the conformance suite against the device that testplan.yaml describes (by default our
# own reference device). It checks for the .NET SDK, builds the command-line tool in Release, then runs
# `lwm2m-conformance run` with the arguments given here (for example --plan my-plan.yaml, --filter
# 'LightweightM2M-1.1-int-1*', --results DIR). --no-build skips the build. Paths are relative to the repository
# root. After the run it generates the HTML report from the results folder's allure-results/ into html/ (npm
# package `allure`, installed into Reports/node_modules by `npm ci` when missing or stale); --single-file also
# writes report-single.html, one file to mail. The tool's exit code is passed through whatever the report does:
# 0 no failure outside the baseline, 1 new failures, 2 invalid plan or usage (or the suite could not be set up or
# built), 130 interrupted.
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
single_file=0
results=""
args=()
expect_results=0
for arg in "$@"; do
  if ((expect_results)); then
    results="$arg"
    expect_results=0
    args+=("$arg")
  elif [[ "$arg" == "--no-build" ]]; then
    build=0
  elif [[ "$arg" == "--single-file" ]]; then
    single_file=1
  else
    case "$arg" in
      --results | -r) expect_results=1 ;;
      --results=*) results="${arg#--results=}" ;;
    esac
    args+=("$arg")
  fi
done

# The results folder is chosen here when not given, so that the report step knows it: the tool's own default.
if [[ -z "$results" ]]; then
  stamp=$(date -u +%Y%m%d-%H%M%S)
  results="Reports/out/$stamp"
  suffix=2
  while [[ -e "$results" ]]; do
    results="Reports/out/$stamp-$suffix"
    suffix=$((suffix + 1))
  done
  args+=(--results "$results")
fi

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

# Node.js and npm make the HTML report (npm package `allure`). Checked by command, not package: Node.js is often
# installed from elsewhere than Debian.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  missing+=(nodejs npm)
fi

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

status=0
dotnet "$tool" run "${args[@]}" || status=$?

# The HTML report: every failure here is reported and leaves the run's exit code alone (the results are written).
generate_report() {
  local allure_results="$results/allure-results"
  if [[ ! -d "$allure_results" ]]; then
    echo "No HTML report: nothing was written to $allure_results."
    return 0
  fi
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "warning: no HTML report: Node.js and npm are not installed (Debian: apt-get install nodejs npm)." \
      "The results are in $results (allure-results/, junit.xml, results.json)." >&2
    return 0
  fi
  # npm ci leaves node_modules/.package-lock.json; a lock file newer than it means the pinned packages changed.
  if [[ ! -f Reports/node_modules/.package-lock.json || Reports/package-lock.json -nt Reports/node_modules/.package-lock.json ]]; then
    echo "Installing the report generator (npm ci in Reports)..."
    if ! npm ci --prefix Reports --no-audit --no-fund --loglevel=error; then
      echo "warning: no HTML report: npm ci in Reports failed. The results are in $results." >&2
      return 0
    fi
  fi
  local absolute started
  absolute="$(cd "$results" && pwd)"
  started=$SECONDS
  echo "Generating the HTML report..."
  # allure generate exits 0 whatever the tests' statuses; a non-zero exit is the generator's own failure.
  if ! (cd Reports && npx --no-install allure generate "$absolute/allure-results" -o "$absolute/html" >/dev/null); then
    echo "warning: allure generate failed; the results are in $results." >&2
    return 0
  fi
  if ((single_file)); then
    # The single-file variant reads the history but does not add this run to it a second time.
    if (cd Reports && LWM2M_REPORT_SINGLE_FILE=1 npx --no-install allure generate "$absolute/allure-results" -o "$absolute/.report-single" >/dev/null) &&
      mv "$absolute/.report-single/index.html" "$absolute/report-single.html"; then
      echo "Single-file report: $absolute/report-single.html"
    else
      echo "warning: the single-file report could not be generated." >&2
    fi
    rm -rf "$absolute/.report-single"
  fi
  echo "HTML report ($((SECONDS - started)) s): $absolute/html/index.html"
}

# The traceability matrix of this run (requirement -> checks -> test cases -> verdicts) beside its results.
trace_matrix() {
  if [[ -f "$results/results.json" ]] && ! dotnet "$tool" trace --results "$results" >/dev/null; then
    echo "warning: the traceability matrix could not be written; the results are in $results." >&2
  elif [[ -f "$results/traceability.html" ]]; then
    echo "Traceability matrix: $(cd "$results" && pwd)/traceability.html"
  fi
}

trace_matrix
generate_report
exit "$status"
