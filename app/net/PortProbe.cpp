// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "net/PortProbe.h"
#include "i18n/Text.h"

#include <QEventLoop>
#include <QTcpSocket>
#include <QTimer>
#include <memory>
#include <vector>

namespace mailscope {

QString PortState::stateName(State s)
{
    switch (s) {
    case Open:
        return QStringLiteral("open");
    case Refused:
        return QStringLiteral("refused");
    case Filtered:
        return QStringLiteral("filtered");
    case Unresolved:
        return QStringLiteral("unresolved");
    case Unreachable:
        return QStringLiteral("unreachable");
    case Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

QList<PortState> probePorts(const QList<QPair<QString, quint16>> &endpoints,
                            const QHash<QString, QHostAddress> &addresses, bool useAddressesOnly,
                            int timeoutMs, CancelToken *cancel)
{
    QList<PortState> out;
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    std::vector<bool> done;
    int pending = 0;
    QEventLoop loop;
    for (const auto &ep : endpoints) {
        PortState st;
        st.host = ep.first;
        st.port = ep.second;
        const QHostAddress literal(ep.first);
        if (!literal.isNull())
            st.address = literal;
        else if (addresses.contains(ep.first.toLower()))
            st.address = addresses.value(ep.first.toLower());
        out.append(st);
        sockets.push_back(std::make_unique<QTcpSocket>());
        done.push_back(false);
        if (st.address.isNull() && useAddressesOnly) {
            out.last().state = PortState::Unresolved;
            out.last().detail = translate("PortProbe", "the name does not resolve");
            done.back() = true;
            continue;
        }
        ++pending;
    }
    for (int i = 0; i < out.size(); ++i) {
        if (done[size_t(i)]) continue;
        QTcpSocket *s = sockets[size_t(i)].get();
        auto decide = [&, i](PortState::State state, const QString &detail) {
            if (done[size_t(i)]) return;
            done[size_t(i)] = true;
            out[i].state = state;
            out[i].detail = detail;
            if (out[i].address.isNull() && !sockets[size_t(i)]->peerAddress().isNull())
                out[i].address = sockets[size_t(i)]->peerAddress();
            sockets[size_t(i)]->abort();
            if (--pending <= 0) loop.quit();
        };
        QObject::connect(s, &QTcpSocket::connected, &loop,
                         [decide] { decide(PortState::Open, QStringLiteral("answered")); });
        QObject::connect(
            s, &QTcpSocket::errorOccurred, &loop, [decide, s](QAbstractSocket::SocketError e) {
                switch (e) {
                case QAbstractSocket::ConnectionRefusedError:
                    decide(PortState::Refused,
                           translate("PortProbe", "refused (TCP reset): nothing listens "
                                                  "there, or a firewall rejects it"));
                    break;
                case QAbstractSocket::HostNotFoundError:
                    decide(PortState::Unresolved,
                           translate("PortProbe", "the name does not resolve"));
                    break;
                case QAbstractSocket::SocketTimeoutError:
                    decide(PortState::Filtered, translate("PortProbe", "no answer"));
                    break;
                default:
                    decide(PortState::Unreachable, s->errorString());
                    break;
                }
            });
        if (!out[i].address.isNull())
            s->connectToHost(out[i].address, out[i].port);
        else
            s->connectToHost(out[i].host, out[i].port);
    }
    if (pending > 0) {
        QTimer deadline;
        deadline.setSingleShot(true);
        QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
        QTimer tick;
        QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
            if (cancel && cancel->cancelled.load()) loop.quit();
        });
        deadline.start(qMax(100, timeoutMs));
        tick.start(50);
        loop.exec();
    }
    for (int i = 0; i < out.size(); ++i) {
        if (done[size_t(i)]) continue;
        done[size_t(i)] = true;
        out[i].state = PortState::Filtered;
        out[i].detail =
            translate("PortProbe", "no answer within %1 s: the packets are dropped on the "
                                   "way (a firewall), or the host is down")
                .arg(timeoutMs / 1000.0);
        sockets[size_t(i)]->abort();
    }
    return out;
}

} // namespace mailscope
