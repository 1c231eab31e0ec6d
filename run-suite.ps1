#!/usr/bin/env pwsh
<#
.SYNOPSIS
Runs the LwM2M conformance suite against the device that testplan.yaml describes.

.DESCRIPTION
The PowerShell twin of run-suite.sh: checks for the .NET 10 SDK, builds the command-line tool in Release and runs
`lwm2m-conformance run` with the arguments given here (for example --plan my-plan.yaml, --filter
'LightweightM2M-1.1-int-1*', --results DIR). --no-build skips the build. Paths are relative to the repository root.
The tool's exit code is passed through: 0 no failure outside the baseline, 1 new failures, 2 invalid plan or usage
(or the suite could not be built), 130 interrupted.

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
$suiteArguments = [System.Collections.Generic.List[string]]::new()
foreach ($argument in $args) {
    if ($argument -eq '--no-build') {
        $build = $false
    }
    else {
        $suiteArguments.Add([string]$argument)
    }
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
}
finally {
    Pop-Location
}

exit $exitCode
