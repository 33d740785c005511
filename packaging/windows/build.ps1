# Builds the Windows installer build\win\Mailscope-<version>-win64.exe (NSIS through CPack):
# a Release build, QtKeychain built from source if not given, then CPack, whose install step runs
# windeployqt and copies qt6keychain.dll and OpenSSL 3 beside the programs
# (packaging/packaging.cmake). Run from the repository root in PowerShell; needs Visual Studio
# 2022 (C++), CMake 3.21+, NSIS 3, git, Qt 6.4+ for MSVC (with Qt Svg), OpenSSL 3 (headers,
# libcrypto.lib and the DLLs, e.g. the Shining Light installer in C:\Program Files\OpenSSL).
#   packaging\windows\build.ps1 -QtDir C:\Qt\6.5.3\msvc2019_64
# NOT YET RUN on Windows by the project: see README.md, "Packages".
param(
    [Parameter(Mandatory = $true)] [string] $QtDir,
    [string] $OpenSslDir = 'C:\Program Files\OpenSSL',
    [string] $QtKeychainDir = ''
)
$ErrorActionPreference = 'Stop'

# PowerShell does not stop on a failing program by itself: Check after each one.
function Check { if ($LASTEXITCODE -ne 0) { throw "the last command failed ($LASTEXITCODE)" } }

if (-not $QtKeychainDir) {
    $QtKeychainDir = "$PWD\build\deps\qtkeychain"
    if (-not (Test-Path "$QtKeychainDir\lib\cmake\Qt6Keychain")) {
        git clone --depth 1 --branch 0.14.3 https://github.com/frankosterfeld/qtkeychain.git build\deps\qtkeychain-src
        Check
        cmake -S build\deps\qtkeychain-src -B build\deps\qtkeychain-build -DBUILD_WITH_QT6=ON `
            -DBUILD_TRANSLATIONS=OFF -DBUILD_TEST_APPLICATION=OFF "-DCMAKE_PREFIX_PATH=$QtDir" `
            "-DCMAKE_INSTALL_PREFIX=$QtKeychainDir"
        Check
        cmake --build build\deps\qtkeychain-build --config Release --target install
        Check
    }
}

cmake -S . -B build\win -G 'Visual Studio 17 2022' -A x64 -DMAILSCOPE_BUILD_TESTS=OFF `
    -DMAILSCOPE_BUILD_BENCH=OFF "-DCMAKE_PREFIX_PATH=$QtDir;$QtKeychainDir" `
    "-DOPENSSL_ROOT_DIR=$OpenSslDir" "-DMAILSCOPE_OPENSSL_DLL_DIR=$OpenSslDir\bin"
Check
cmake --build build\win --config Release
Check
Push-Location build\win
try { cpack -G NSIS -C Release; Check } finally { Pop-Location }
Get-ChildItem build\win\Mailscope-*.exe
