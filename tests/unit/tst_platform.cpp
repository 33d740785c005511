// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// The per-OS choices in platform/Platform.cpp, every branch exercised on Linux: the Windows and
// macOS packages run code that no CI machine here executes natively.
#include "platform/Platform.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mailscope;
using platform::Os;

class TestPlatform : public QObject
{
    Q_OBJECT

private slots:
    void currentOsIsLinux()
    {
        // The build machines and CI are Linux; a wrong mapping would send Linux users down the
        // Windows browser path.
        QCOMPARE(platform::currentOs(), Os::Linux);
    }

    void organisationConfigPerOs()
    {
        QCOMPARE(platform::organisationConfigPath(Os::Linux),
                 QStringLiteral("/etc/mailscope/oauth2.json"));
        QCOMPARE(platform::organisationConfigPath(Os::MacOS),
                 QStringLiteral("/Library/Application Support/Mailscope/oauth2.json"));
        const QByteArray old = qgetenv("ProgramData");
        qputenv("ProgramData", "D:/Data");
        QCOMPARE(platform::organisationConfigPath(Os::Windows),
                 QStringLiteral("D:/Data/Mailscope/oauth2.json"));
        qunsetenv("ProgramData");
        QCOMPARE(platform::organisationConfigPath(Os::Windows),
                 QStringLiteral("C:/ProgramData/Mailscope/oauth2.json"));
        if (!old.isNull()) qputenv("ProgramData", old);
    }

    void browserCommandPerOs()
    {
        const QUrl url(QStringLiteral("https://login.example/authorize?a=b c&state=x"));
        const QString enc = url.toString(QUrl::FullyEncoded);
        QCOMPARE(platform::browserCommand(url, Os::Windows),
                 QStringList({QStringLiteral("rundll32"),
                              QStringLiteral("url.dll,FileProtocolHandler"), enc}));
        QCOMPARE(platform::browserCommand(url, Os::MacOS),
                 QStringList({QStringLiteral("open"), enc}));
    }

    void browserCommandOnLinuxNeedsADesktopAndXdgOpen()
    {
        const QByteArray display = qgetenv("DISPLAY"), wayland = qgetenv("WAYLAND_DISPLAY"),
                         path = qgetenv("PATH");
        const QUrl url(QStringLiteral("https://login.example/authorize"));
        QTemporaryDir bin;
        QVERIFY(bin.isValid());
        QFile opener(bin.filePath(QStringLiteral("xdg-open")));
        QVERIFY(opener.open(QIODevice::WriteOnly));
        opener.write("#!/bin/sh\n");
        opener.close();
        opener.setPermissions(QFile::ReadOwner | QFile::ExeOwner);
        qputenv("PATH", QFile::encodeName(bin.path()));

        // An SSH session: no display, so the caller prints the address instead.
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
        QVERIFY(platform::browserCommand(url, Os::Linux).isEmpty());

        qputenv("WAYLAND_DISPLAY", "wayland-0");
        QCOMPARE(platform::browserCommand(url, Os::Linux),
                 QStringList({opener.fileName(), url.toString(QUrl::FullyEncoded)}));

        // A desktop without xdg-open: nothing to start.
        qputenv("PATH", QFile::encodeName(QDir::rootPath() + QStringLiteral("nonexistent")));
        QVERIFY(platform::browserCommand(url, Os::Linux).isEmpty());

        qputenv("PATH", path);
        display.isNull() ? qunsetenv("DISPLAY") : qputenv("DISPLAY", display);
        wayland.isNull() ? qunsetenv("WAYLAND_DISPLAY") : qputenv("WAYLAND_DISPLAY", wayland);
    }

    void keychainNamePerOs()
    {
        QCOMPARE(platform::keychainName(Os::Windows),
                 QStringLiteral("the Windows Credential Manager"));
        QCOMPARE(platform::keychainName(Os::MacOS), QStringLiteral("the macOS Keychain"));
        QCOMPARE(platform::keychainName(Os::Linux),
                 QStringLiteral("the desktop keyring (Secret Service)"));
    }
};

QTEST_GUILESS_MAIN(TestPlatform)
#include "tst_platform.moc"
