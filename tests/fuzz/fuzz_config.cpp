// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// fuzz_config: the parsers of configuration text that comes from elsewhere: autoconfig XML
// (any web server a domain points at, Thunderbird's ISP database), Microsoft's Autodiscover
// JSON, a Thunderbird prefs.js (a file on disk, possibly edited by hand or by an add-on), and
// the domain helpers that take names from DNS.
//
// Input: byte 0 = mode, the rest = the text.
//   mode & 3 == 0: parseAutoconfigXml (bit 2: an address with placeholder-like and non-ASCII
//                  characters instead of a plain one)
//   mode & 3 == 1: parseAutodiscoverJson (bit 2: SMTP instead of IMAP)
//   mode & 3 == 2: parsePrefs, and userPrefLine for what it read
//   mode & 3 == 3: baseDomain and Discovery::domainOf on the text as UTF-8 (the base domain
//                  is the tail of the name's labels); bit 2: the text as the "texts" array of
//                  a report file (rememberTextRecipes, localized)
//
// Besides crashes and sanitizer reports it checks properties, and aborts when one fails:
//   - parsers return at most their documented number of servers, each with a host and a port;
//   - parsePrefs keeps within kMaxPrefs values, kMaxProblems problem lines and
//     kMaxStringChars per string;
//   - a value read from prefs.js, written with userPrefLine (what the user copies) and read
//     again, is the same value under the same name.
#include "advice/Thunderbird.h"
#include "discovery/Discovery.h"
#include "i18n/Text.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace mailscope;

namespace {

[[noreturn]] void fail(const char *what, const QString &detail = QString())
{
    fprintf(stderr, "fuzz_config: %s %s\n", what, qPrintable(detail.left(200)));
    abort();
}

void checkServers(const QList<ServerCandidate> &servers, int most)
{
    if (servers.size() > most) fail("too many servers:", QString::number(servers.size()));
    for (const auto &s : servers)
        if (s.host.isEmpty() || s.port == 0) fail("server without host or port:", s.host);
}

void prefs(const QByteArray &text)
{
    const thunderbird::Prefs p = thunderbird::parsePrefs(text);
    if (p.values.size() > thunderbird::kMaxPrefs) fail("too many prefs");
    if (p.problems.size() > thunderbird::kMaxProblems) fail("too many problem lines");
    if (p.problemCount < p.problems.size()) fail("problem count below the lines kept");
    int roundTrips = 0;
    for (auto it = p.values.cbegin(); it != p.values.cend() && roundTrips < 20;
         ++it, ++roundTrips) {
        const QVariant &v = it.value();
        if (v.typeId() == QMetaType::QString && v.toString().size() > thunderbird::kMaxStringChars)
            fail("string longer than the limit:", it.key());
        const QString line = thunderbird::userPrefLine(it.key(), v);
        const thunderbird::Prefs again = thunderbird::parsePrefs(line.toUtf8());
        if (again.values.size() != 1 || !again.has(it.key()))
            fail("user_pref line does not read back:", line);
        const QVariant w = again.value(it.key());
        const bool same = v.typeId() == QMetaType::Bool
                              ? w.typeId() == QMetaType::Bool && w.toBool() == v.toBool()
                          : v.typeId() == QMetaType::QString
                              ? w.typeId() == QMetaType::QString && w.toString() == v.toString()
                              : w.toLongLong() == v.toLongLong();
        if (!same) fail("user_pref line reads back differently:", line);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) return 0;
    const uint8_t mode = data[0];
    const QByteArray text(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    switch (mode & 3) {
    case 0: {
        QList<ServerCandidate> servers;
        QStringList domains;
        const QString address = (mode & 4)
                                    ? QStringLiteral("%EMAILLOCALPART%.ä@%EMAILDOMAIN%.example")
                                    : QStringLiteral("fred@example.test");
        const QString err = parseAutoconfigXml(text, address, &servers, &domains);
        checkServers(servers, 16); // kMaxServersPerSource in Discovery.cpp
        Q_UNUSED(err);
        break;
    }
    case 1: {
        QList<ServerCandidate> servers;
        const QString err =
            parseAutodiscoverJson(text, (mode & 4) ? Protocol::Smtp : Protocol::Imap, &servers);
        checkServers(servers, 16);
        if (!err.isEmpty() && !servers.isEmpty()) fail("servers despite an error:", err);
        break;
    }
    case 2:
        prefs(text);
        break;
    default: {
        if (mode & 4) {
            // Text recipes from a report file (mailscope.report/1 "texts"): each taken one must
            // make exactly its text, whatever the catalogue says of it.
            const QJsonArray recipes = QJsonDocument::fromJson(text).array();
            rememberTextRecipes(recipes);
            for (const QJsonValue &v : recipes)
                Q_UNUSED(localized(v.toObject().value(QStringLiteral("text")).toString()));
            Q_UNUSED(textRecipes({QString::fromUtf8(text)}));
            break;
        }
        // The base domain is the last two or three of the name's (non-empty) labels.
        const QString s = QString::fromUtf8(text);
        const QStringList labels = s.toLower().split(QLatin1Char('.'), Qt::SkipEmptyParts);
        const QStringList base = baseDomain(s).split(QLatin1Char('.'), Qt::SkipEmptyParts);
        if (base.size() > 3 || base != labels.mid(labels.size() - base.size()))
            fail("base domain is not the tail of the name:", s);
        Q_UNUSED(Discovery::domainOf(s));
        break;
    }
    }
    return 0;
}
