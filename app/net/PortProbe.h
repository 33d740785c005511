// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// Which ports answer: TCP connects to many host:port pairs at once, each bounded by a short
// timeout. Open (the handshake completed), refused (the host answered with a reset), filtered
// (no answer at all: a firewall drops the packets) or unreachable (the network said so).
#pragma once

#include "net/Connection.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>

namespace mailscope {

struct PortState
{
    enum State
    {
        Open,
        Refused,
        Filtered,
        Unresolved,
        Unreachable,
        Skipped // not tried: the address is not on the public internet (AddressScope)
    };
    QString host;
    QHostAddress address;
    quint16 port = 0;
    State state = Filtered;
    QString detail;

    static QString stateName(State s);
};

// Connects to every endpoint at once; returns when all are decided or timeoutMs has passed
// (what has not answered by then is filtered). addresses: host -> address to use instead of
// the system's resolver (hosts missing from a non-empty map count as unresolved). Blocking
// (a local event loop); safe on a worker thread.
QList<PortState> probePorts(const QList<QPair<QString, quint16>> &endpoints,
                            const QHash<QString, QHostAddress> &addresses, bool useAddressesOnly,
                            int timeoutMs, CancelToken *cancel = nullptr);

} // namespace mailscope
