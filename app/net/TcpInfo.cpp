// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "net/TcpInfo.h"

#include <algorithm>

#if defined(Q_OS_LINUX)
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>
#elif defined(Q_OS_MACOS)
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <netinet/tcp_fsm.h>
#include <sys/socket.h>
#include <unistd.h>
#elif defined(Q_OS_UNIX)
#include <sys/socket.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
// winsock2.h must come first: mstcpip.h builds on its types.
#include <winsock2.h>

#include <mstcpip.h>
#include <ws2tcpip.h>
#endif

namespace mailscope::tcp {

qintptr duplicate(qintptr fd)
{
#if defined(Q_OS_UNIX)
    return fd >= 0 ? qintptr(::dup(int(fd))) : -1;
#else
    Q_UNUSED(fd);
    return -1;
#endif
}

void closeDuplicate(qintptr fd)
{
#if defined(Q_OS_UNIX)
    if (fd >= 0) ::close(int(fd));
#else
    Q_UNUSED(fd);
#endif
}

TcpInfo sample(qintptr fd)
{
    TcpInfo info;
#if defined(Q_OS_LINUX)
    if (fd < 0) return info;
    struct tcp_info ti = {};
    socklen_t len = sizeof(ti);
    if (::getsockopt(int(fd), IPPROTO_TCP, TCP_INFO, &ti, &len) != 0) return info;
    info.valid = true;
    info.state = ti.tcpi_state;
    // A reset moves the socket straight to CLOSE; a FIN from the peer leaves it in CLOSE_WAIT
    // (or LAST_ACK/CLOSING once we answered) while our duplicate keeps it open.
    info.closedByReset = ti.tcpi_state == TCP_CLOSE;
    info.peerFinished = ti.tcpi_state == TCP_CLOSE_WAIT || ti.tcpi_state == TCP_LAST_ACK ||
                        ti.tcpi_state == TCP_CLOSING || ti.tcpi_state == TCP_TIME_WAIT;
    info.unacked = ti.tcpi_unacked;
    info.retransmits = ti.tcpi_retransmits;
    info.lastDataRecvMs = ti.tcpi_last_data_recv;
    info.rttUs = ti.tcpi_rtt;
#elif defined(Q_OS_MACOS)
    // TCP_CONNECTION_INFO: bytes still in the send buffer stand in for unacknowledged data.
    if (fd < 0) return info;
    struct tcp_connection_info ci = {};
    socklen_t len = sizeof(ci);
    if (::getsockopt(int(fd), IPPROTO_TCP, TCP_CONNECTION_INFO, &ci, &len) != 0) return info;
    info.valid = true;
    info.state = ci.tcpi_state;
    info.closedByReset = ci.tcpi_state == TCPS_CLOSED;
    info.peerFinished = ci.tcpi_state == TCPS_CLOSE_WAIT || ci.tcpi_state == TCPS_LAST_ACK;
    info.unacked = ci.tcpi_snd_sbbytes > 0 ? 1 : 0;
    info.retransmits = quint32(ci.tcpi_txretransmitpackets);
    info.rttUs = ci.tcpi_srtt * 1000;
#elif defined(Q_OS_WIN)
    // SIO_TCP_INFO (Windows 10 1703 and later).
    if (fd < 0) return info;
    DWORD version = 0;
    TCP_INFO_v0 ti = {};
    DWORD bytes = 0;
    if (WSAIoctl(SOCKET(fd), SIO_TCP_INFO, &version, sizeof(version), &ti, sizeof(ti), &bytes,
                 nullptr, nullptr) != 0)
        return info;
    info.valid = true;
    info.state = int(ti.State);
    info.closedByReset = ti.State == TcpConnectionStateClosed;
    info.peerFinished =
        ti.State == TcpConnectionStateCloseWait || ti.State == TcpConnectionStateLastAck;
    info.unacked = ti.BytesInFlight > 0 ? 1 : 0;
    info.retransmits = quint32(ti.TimeoutEpisodes);
    info.rttUs = quint32(ti.RttUs);
#else
    Q_UNUSED(fd);
#endif
    return info;
}

void setResetOnClose(qintptr fd)
{
#if defined(Q_OS_UNIX)
    struct linger l = {1, 0};
    ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &l, sizeof(l));
#elif defined(Q_OS_WIN)
    struct linger l = {1, 0};
    ::setsockopt(SOCKET(fd), SOL_SOCKET, SO_LINGER, reinterpret_cast<const char *>(&l), sizeof(l));
#else
    Q_UNUSED(fd);
#endif
}

bool setUserTimeout(qintptr fd, int ms)
{
#if defined(Q_OS_LINUX)
    unsigned int v = unsigned(ms);
    return ::setsockopt(int(fd), IPPROTO_TCP, TCP_USER_TIMEOUT, &v, sizeof(v)) == 0;
#elif defined(Q_OS_MACOS)
    int seconds = std::max(1, ms / 1000);
    return ::setsockopt(int(fd), IPPROTO_TCP, TCP_RXT_CONNDROPTIME, &seconds, sizeof(seconds)) == 0;
#elif defined(Q_OS_WIN)
    DWORD seconds = DWORD(std::max(1, ms / 1000));
    return ::setsockopt(SOCKET(fd), IPPROTO_TCP, TCP_MAXRT,
                        reinterpret_cast<const char *>(&seconds), sizeof(seconds)) == 0;
#else
    Q_UNUSED(fd);
    Q_UNUSED(ms);
    return false;
#endif
}

bool setKeepAlive(qintptr fd, int idleSeconds, int intervalSeconds, int count)
{
#if defined(Q_OS_LINUX)
    int on = 1;
    bool ok = ::setsockopt(int(fd), SOL_SOCKET, SO_KEEPALIVE, &on, sizeof(on)) == 0;
    ok = ok && ::setsockopt(int(fd), IPPROTO_TCP, TCP_KEEPIDLE, &idleSeconds, sizeof(int)) == 0;
    ok =
        ok && ::setsockopt(int(fd), IPPROTO_TCP, TCP_KEEPINTVL, &intervalSeconds, sizeof(int)) == 0;
    ok = ok && ::setsockopt(int(fd), IPPROTO_TCP, TCP_KEEPCNT, &count, sizeof(int)) == 0;
    return ok;
#else
    Q_UNUSED(fd);
    Q_UNUSED(idleSeconds);
    Q_UNUSED(intervalSeconds);
    Q_UNUSED(count);
    return false;
#endif
}

bool clearKeepAlive(qintptr fd)
{
#if defined(Q_OS_LINUX)
    int off = 0;
    return ::setsockopt(int(fd), SOL_SOCKET, SO_KEEPALIVE, &off, sizeof(off)) == 0;
#else
    Q_UNUSED(fd);
    return true;
#endif
}

} // namespace mailscope::tcp
