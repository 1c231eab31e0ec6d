#!/usr/bin/env pwsh
<#
.SYNOPSIS
Runs the LwM2M conformance suite against the device that testplan.yaml describes.

.DESCRIPTION
The PowerShell twin of run-suite.sh: checks for the .NET 10 SDK, builds the command-line tool in Release and runs
`lwm2m-conformance run` with the arguments given here (for example --plan my-plan.yaml, --filter
'LightweightM2M-1.1-int-1*', --results DIR). --no-build skips the build. Paths are relative to the repository root.
The tool's exit code is passed through: 0 no failure outside the baseline, 1 new failures, 2 invalid plan or usage
(or the suite could not be built), 130 interrupted. After the run the HTML report is generated from the results
folder's allure-results/ into html/ (npm package `allure`, installed into Reports/node_modules by `npm ci` when
missing or stale); --single-file also writes report-single.html. A report that cannot be made is reported and leaves
the exit code alone.

.EXAMPLE
./run-suite.ps1 --plan Fixtures/Plans/vendor-client-process.yaml --filter 'LightweightM2M-1.1-int-10*'
#>
param()

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$env:DOTNET_NOLOGO = '1'
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'

$sdkMajor = 10
$tool = "Harness/Cli/bin/Release/net$sdkMajor.0/lwm2m-conformance.dll"

$build = $true
$singleFile = $false
$results = $null
$expectResults = $false
$suiteArguments = [System.Collections.Generic.List[string]]::new()
foreach ($argument in $args) {
    if ($expectResults) {
        $results = [string]$argument
        $expectResults = $false
        $suiteArguments.Add([string]$argument)
    }
    elseif ($argument -eq '--no-build') {
        $build = $false
    }
    elseif ($argument -eq '--single-file') {
        $singleFile = $true
    }
    else {
        if ($argument -eq '--results' -or $argument -eq '-r') {
            $expectResults = $true
        }
        elseif ([string]$argument -like '--results=*') {
            $results = ([string]$argument).Substring('--results='.Length)
        }
        $suiteArguments.Add([string]$argument)
    }
}

# The results folder is chosen here when not given, so that the report step knows it: the tool's own default.
if (-not $results) {
    $stamp = [DateTime]::UtcNow.ToString('yyyyMMdd-HHmmss')
    $results = "Reports/out/$stamp"
    $suffix = 2
    while (Test-Path (Join-Path $PSScriptRoot $results)) {
        $results = "Reports/out/$stamp-$suffix"
        $suffix++
    }
    $suiteArguments.Add('--results')
    $suiteArguments.Add($results)
}

# The HTML report: every failure is reported as a warning and leaves the run's exit code alone.
function New-HtmlReport([string]$resultsFolder, [bool]$alsoSingleFile) {
    $allureResults = Join-Path $resultsFolder 'allure-results'
    if (-not (Test-Path $allureResults)) {
        Write-Host "No HTML report: nothing was written to $allureResults."
        return
    }
    if (-not (Get-Command node -ErrorAction SilentlyContinue) -or -not (Get-Command npm -ErrorAction SilentlyContinue)) {
        [Console]::Error.WriteLine("warning: no HTML report: Node.js and npm are not installed. The results are in $resultsFolder (allure-results/, junit.xml, results.json).")
        return
    }
    $installed = 'Reports/node_modules/.package-lock.json'
    if (-not (Test-Path $installed) -or (Get-Item 'Reports/package-lock.json').LastWriteTimeUtc -gt (Get-Item $installed).LastWriteTimeUtc) {
        Write-Host 'Installing the report generator (npm ci in Reports)...'
        & npm ci --prefix Reports --no-audit --no-fund --loglevel=error
        if ($LASTEXITCODE -ne 0) {
            [Console]::Error.WriteLine("warning: no HTML report: npm ci in Reports failed. The results are in $resultsFolder.")
            return
        }
    }
    $absolute = (Resolve-Path $resultsFolder).Path
    $watch = [Diagnostics.Stopwatch]::StartNew()
    Write-Host 'Generating the HTML report...'
    Push-Location Reports
    try {
        # allure generate exits 0 whatever the tests' statuses; a non-zero exit is the generator's own failure.
        & npx --no-install allure generate (Join-Path $absolute 'allure-results') -o (Join-Path $absolute 'html') | Out-Null
        if ($LASTEXITCODE -ne 0) {
            [Console]::Error.WriteLine("warning: allure generate failed; the results are in $resultsFolder.")
            return
        }
        if ($alsoSingleFile) {
            # The single-file variant reads the history but does not add this run to it a second time.
            $env:LWM2M_REPORT_SINGLE_FILE = '1'
            $single = Join-Path $absolute '.report-single'
            & npx --no-install allure generate (Join-Path $absolute 'allure-results') -o $single | Out-Null
            Remove-Item Env:LWM2M_REPORT_SINGLE_FILE
            if ($LASTEXITCODE -eq 0) {
                Move-Item -Force (Join-Path $single 'index.html') (Join-Path $absolute 'report-single.html')
                Write-Host "Single-file report: $(Join-Path $absolute 'report-single.html')"
            }
            else {
                [Console]::Error.WriteLine('warning: the single-file report could not be generated.')
            }
            Remove-Item -Recurse -Force $single -ErrorAction SilentlyContinue
        }
    }
    finally {
        Pop-Location
    }
    Write-Host "HTML report ($([int]$watch.Elapsed.TotalSeconds) s): $(Join-Path $absolute 'html/index.html')"
}

Push-Location $PSScriptRoot
try {
    $sdks = if (Get-Command dotnet -ErrorAction SilentlyContinue) { @(& dotnet --list-sdks) } else { @() }
    if (-not ($sdks -match "^$sdkMajor\.")) {
        [Console]::Error.WriteLine("error: the .NET $sdkMajor SDK is not installed; install it, then run this again.")
        exit 2
    }

    if ($build) {
        Write-Host 'Building the suite (Release)...'
        & dotnet build Harness/Cli -c Release -nologo -v quiet '-clp:ErrorsOnly;NoSummary'
        if ($LASTEXITCODE -ne 0) {
            [Console]::Error.WriteLine('error: the suite did not build; nothing was run.')
            exit 2
        }
    }

    & dotnet $tool run @suiteArguments
    $exitCode = $LASTEXITCODE
    # The traceability matrix of this run beside its results; a failure leaves the run's exit code alone.
    if (Test-Path (Join-Path $results 'results.json')) {
        & dotnet $tool trace --results $results | Out-Null
        if ($LASTEXITCODE -ne 0) {
            [Console]::Error.WriteLine("warning: the traceability matrix could not be written; the results are in $results.")
        }
    }
    New-HtmlReport $results $singleFile
}
finally {
    Pop-Location
}

exit $exitCode
