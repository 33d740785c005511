// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// Which addresses discovery treats as the public internet (probed) and which as somewhere a
// name from the network must not send it unasked (net/AddressScope).
#include "net/AddressScope.h"

#include <QTest>

using namespace mailscope;

Q_DECLARE_METATYPE(mailscope::AddressScope)

class TestAddressScope : public QObject
{
    Q_OBJECT

private slots:
    void scopes_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<AddressScope>("scope");
        const auto row = [](const char *a, AddressScope s) {
            QTest::newRow(a) << QString::fromLatin1(a) << s;
        };
        row("93.184.216.34", AddressScope::Public);
        row("8.8.8.8", AddressScope::Public);
        row("172.15.255.255", AddressScope::Public); // just below 172.16/12
        row("172.32.0.1", AddressScope::Public);     // just above it
        row("100.63.255.255", AddressScope::Public);
        row("2a00:1450:4001:81c::200e", AddressScope::Public);
        row("127.0.0.1", AddressScope::Loopback);
        row("127.255.255.254", AddressScope::Loopback);
        row("::1", AddressScope::Loopback);
        row("10.0.0.1", AddressScope::Private);
        row("172.16.0.1", AddressScope::Private);
        row("172.31.255.255", AddressScope::Private);
        row("192.168.1.1", AddressScope::Private);
        row("fd12:3456::1", AddressScope::Private);
        row("fc00::1", AddressScope::Private);
        row("fec0::1", AddressScope::Private);
        row("169.254.169.254", AddressScope::LinkLocal); // cloud metadata services live here
        row("fe80::1", AddressScope::LinkLocal);
        row("100.64.0.1", AddressScope::Shared);
        row("100.127.255.255", AddressScope::Shared);
        row("0.0.0.0", AddressScope::Unspecified);
        row("0.1.2.3", AddressScope::Unspecified);
        row("::", AddressScope::Unspecified);
        row("224.0.0.1", AddressScope::Multicast);
        row("239.255.255.250", AddressScope::Multicast);
        row("255.255.255.255", AddressScope::Multicast);
        row("ff02::1", AddressScope::Multicast);
        row("240.0.0.1", AddressScope::Reserved);
        row("198.18.0.1", AddressScope::Reserved);
        row("192.0.0.8", AddressScope::Reserved);
        row("100::1", AddressScope::Reserved);
        row("4000::1", AddressScope::Reserved);
        row("192.0.2.10", AddressScope::Documentation);
        row("198.51.100.7", AddressScope::Documentation);
        row("203.0.113.99", AddressScope::Documentation);
        row("2001:db8::25", AddressScope::Documentation);
        // IPv4 inside IPv6 is judged by the IPv4 address.
        row("::ffff:127.0.0.1", AddressScope::Loopback);
        row("::ffff:10.1.2.3", AddressScope::Private);
        row("::ffff:93.184.216.34", AddressScope::Public);
        row("64:ff9b::a00:1", AddressScope::Private);       // 10.0.0.1 through NAT64
        row("64:ff9b::7f00:1", AddressScope::Loopback);     // 127.0.0.1 through NAT64
        row("64:ff9b::5db8:d822", AddressScope::Public);    // 93.184.216.34
        row("2002:a00:1::1", AddressScope::Private);        // 6to4 of 10.0.0.1
        row("2002:7f00:1::1", AddressScope::Loopback);      // 6to4 of 127.0.0.1
        row("2002:5db8:d822::1", AddressScope::Public);     // 6to4 of 93.184.216.34
        row("2001:0:4136:e378::1", AddressScope::Reserved); // Teredo
    }
    void scopes()
    {
        QFETCH(QString, address);
        QFETCH(AddressScope, scope);
        const QHostAddress a(address);
        QVERIFY2(!a.isNull(), qPrintable(address));
        QCOMPARE(addressScope(a), scope);
        QCOMPARE(isPublicAddress(a), scope == AddressScope::Public);
        QVERIFY(!addressScopeWords(scope).isEmpty());
    }

    void specialValues()
    {
        QCOMPARE(addressScope(QHostAddress()), AddressScope::Unspecified);
        QVERIFY(!isPublicAddress(QHostAddress(QHostAddress::Any)));
        QVERIFY(!isPublicAddress(QHostAddress(QHostAddress::AnyIPv6)));
        QVERIFY(!isPublicAddress(QHostAddress(QHostAddress::LocalHost)));
        QVERIFY(!isPublicAddress(QHostAddress(QHostAddress::LocalHostIPv6)));
        QVERIFY(!isPublicAddress(QHostAddress(QHostAddress::Broadcast)));
    }
};

QTEST_GUILESS_MAIN(TestAddressScope)
#include "tst_addressscope.moc"
