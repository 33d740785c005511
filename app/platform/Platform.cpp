// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "platform/Platform.h"
#include "i18n/Text.h"

#include <QStandardPaths>

namespace mailscope::platform {

Os currentOs()
{
#if defined(Q_OS_WIN)
    return Os::Windows;
#elif defined(Q_OS_MACOS)
    return Os::MacOS;
#elif defined(Q_OS_LINUX)
    return Os::Linux;
#else
    return Os::OtherUnix;
#endif
}

QString organisationConfigPath(Os os)
{
    switch (os) {
    case Os::Windows:
        return qEnvironmentVariable("ProgramData", QStringLiteral("C:/ProgramData")) +
               QStringLiteral("/Mailscope/oauth2.json");
    case Os::MacOS:
        return QStringLiteral("/Library/Application Support/Mailscope/oauth2.json");
    case Os::Linux:
    case Os::OtherUnix:
        break;
    }
    return QStringLiteral("/etc/mailscope/oauth2.json");
}

QStringList browserCommand(const QUrl &url, Os os)
{
    const QString u = url.toString(QUrl::FullyEncoded);
    switch (os) {
    case Os::Windows:
        // The shell's URL handler: the default browser, without a console window.
        return {QStringLiteral("rundll32"), QStringLiteral("url.dll,FileProtocolHandler"), u};
    case Os::MacOS:
        return {QStringLiteral("open"), u};
    case Os::Linux:
    case Os::OtherUnix:
        break;
    }
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return {};
    const QString xdgOpen = QStandardPaths::findExecutable(QStringLiteral("xdg-open"));
    if (xdgOpen.isEmpty()) return {};
    return {xdgOpen, u};
}

QString keychainName(Os os)
{
    switch (os) {
    case Os::Windows:
        return translate("Platform", "the Windows Credential Manager");
    case Os::MacOS:
        return translate("Platform", "the macOS Keychain");
    case Os::Linux:
    case Os::OtherUnix:
        break;
    }
    return translate("Platform", "the desktop keyring (Secret Service)");
}

} // namespace mailscope::platform
