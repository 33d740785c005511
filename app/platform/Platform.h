// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// What differs between Windows, macOS and Linux (and other Unix systems), apart from the two
// places that need the operating system's own headers: net/TcpInfo.cpp (TCP state) and
// cli/Password.cpp (terminal echo). Every branch here is plain Qt code chosen at run time from
// an Os value, so all of them compile, and are tested, on Linux; only currentOs() is decided
// by the compiler.
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace mailscope::platform {

enum class Os
{
    Linux,
    Windows,
    MacOS,
    OtherUnix
};

Os currentOs();

// The organisation-wide OAuth2 settings file (README "Registering Mailscope").
QString organisationConfigPath(Os os = currentOs());

// The program and arguments that open url in the user's browser; empty when there is no
// desktop to show it on (an SSH session), so that the caller prints the address instead.
QStringList browserCommand(const QUrl &url, Os os = currentOs());

// The OS keychain that QtKeychain uses, in words for messages (English, made with translate():
// localized() shows it in the user's language).
QString keychainName(Os os = currentOs());

} // namespace mailscope::platform
