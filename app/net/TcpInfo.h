// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// Kernel view of a TCP connection, where the platform exposes one.
#pragma once

#include <QString>
#include <QtGlobal>

namespace mailscope {

struct TcpInfo
{
    bool valid = false; // false where the platform gives nothing
    int state = -1;     // platform TCP state number
    bool closedByReset = false;
    bool peerFinished = false; // peer sent FIN (CLOSE_WAIT and later)
    quint32 unacked = 0;       // segments sent and not yet acknowledged
    quint32 retransmits = 0;
    quint32 lastDataRecvMs = 0;
    quint32 rttUs = 0;
};

namespace tcp {
// Duplicates a socket descriptor so its kernel state can be read after Qt closes its own copy.
qintptr duplicate(qintptr fd);
void closeDuplicate(qintptr fd);
TcpInfo sample(qintptr fd);
// Aborts with a TCP RST instead of FIN (SO_LINGER 0); used by fault servers.
void setResetOnClose(qintptr fd);
// TCP_USER_TIMEOUT (Linux): how long unacknowledged data may wait before the kernel gives up.
bool setUserTimeout(qintptr fd, int ms);
bool setKeepAlive(qintptr fd, int idleSeconds, int intervalSeconds, int count);
// Turns them off again; true when they are off (also where setKeepAlive() cannot turn them on).
bool clearKeepAlive(qintptr fd);
} // namespace tcp

} // namespace mailscope
