#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mailscope developers
# A real "silent drop" for tests: two private network namespaces joined by a
# veth pair, and a firewall rule in the server namespace that drops every TCP
# packet from/to one port. Data the client sends on an established connection
# is then never acknowledged: the client's kernel retransmits until it gives up,
# like behind the perdition proxy in seeds/000 after `UID FETCH`.
#
#   tests/servers/netns-drop.sh check              exit 0 if usable here, 77 (skip) if not
#   tests/servers/netns-drop.sh setup NAME         create NAME-c and NAME-s, print KEY=value
#   tests/servers/netns-drop.sh drop NAME PORT     drop TCP from/to PORT in NAME-s
#   tests/servers/netns-drop.sh undrop NAME        remove all drop rules again
#   tests/servers/netns-drop.sh stateful NAME SECONDS
#                                                  NAME-s firewall forgets idle flows after SECONDS
#   tests/servers/netns-drop.sh exec NAME client|server CMD [ARG...]
#                                                  run CMD inside NAME-c / NAME-s
#   tests/servers/netns-drop.sh teardown NAME      remove both namespaces (idempotent)
#
# setup prints NETNS_CLIENT, NETNS_SERVER, CLIENT_ADDR and SERVER_ADDR. The
# 10.99.0.0/30 addresses exist only inside these two namespaces (nothing is
# added to the root namespace), so instances with different NAMEs can run in
# parallel and loopback-only rules for real hosts are not touched. Servers must
# listen on SERVER_ADDR (or 0.0.0.0) inside NAME-s; clients run inside NAME-c.
# Needs root, iproute2 and nftables (iptables is used only when nft is missing;
# NETNS_DROP_FW=nft|iptables forces one).
set -euo pipefail

readonly CLIENT_ADDR=10.99.0.1
readonly SERVER_ADDR=10.99.0.2
readonly PREFIX_LEN=30
readonly TABLE=netns_drop  # nft table (family inet) holding our rules
readonly SKIP=77           # automake/ctest convention for "skipped"
SELF=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")
readonly SELF

die() { echo "netns-drop.sh: $*" >&2; exit 1; }

usage() {
    echo "usage: $0 check | setup NAME | drop NAME PORT | undrop NAME | teardown NAME" >&2
    echo "       $0 exec NAME client|server CMD [ARG...]" >&2
    exit 2
}

# Namespace names become files in /run/netns; keep them simple and short.
check_name() {
    [[ $1 =~ ^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$ ]] || die "bad NAME '$1' (letters, digits, _ . -; max 40)"
}

ns_exists() {
    local list
    list=$(ip netns list 2>/dev/null | awk '{print $1}')
    grep -qxF -- "$1" <<<"$list"
}

# Which firewall front end to use: nft normally, iptables only as a fallback.
fw_tool() {
    case ${NETNS_DROP_FW:-auto} in
        nft | iptables) command -v "$NETNS_DROP_FW" >/dev/null && echo "$NETNS_DROP_FW" ;;
        auto)
            if command -v nft >/dev/null; then echo nft
            elif command -v iptables >/dev/null; then echo iptables
            fi
            ;;
        *) die "NETNS_DROP_FW must be nft or iptables" ;;
    esac
}

need_root() {
    [[ $(id -u) == 0 ]] || die "must run as root"
    command -v ip >/dev/null || die "ip not found (apt-get install iproute2)"
}

# Kill what still runs inside namespace $1 (only processes that a test started
# there), then delete it. A process left inside would keep the namespace, its
# veth end and addresses alive after `ip netns del`, invisibly.
remove_ns() {
    local ns=$1 pids i
    ns_exists "$ns" || return 0
    pids=$(ip netns pids "$ns" 2>/dev/null | tr '\n' ' ')
    if [[ -n ${pids// /} ]]; then
        echo "netns-drop.sh: terminating processes left in $ns: $pids" >&2
        # shellcheck disable=SC2086  # word splitting of the pid list is intended
        kill -TERM $pids 2>/dev/null || true
        for ((i = 0; i < 50; i++)); do
            [[ -z $(ip netns pids "$ns" 2>/dev/null) ]] && break
            sleep 0.1
        done
        pids=$(ip netns pids "$ns" 2>/dev/null | tr '\n' ' ')
        # shellcheck disable=SC2086
        [[ -z ${pids// /} ]] || kill -KILL $pids 2>/dev/null || true
    fi
    if ! ip netns del "$ns" 2>/dev/null; then
        # A half-created entry (e.g. setup killed mid-way) may not be a mount.
        umount -l "/run/netns/$ns" 2>/dev/null || true
        rm -f "/run/netns/$ns"
    fi
    ! ns_exists "$ns" || die "could not remove namespace $ns"
}

cmd_teardown() {
    local name=$1
    check_name "$name"
    need_root
    # The veth pair lives only in these namespaces and disappears with them.
    remove_ns "$name-c"
    remove_ns "$name-s"
}

cmd_setup() {
    local name=$1 c=$1-c s=$1-s ns
    check_name "$name"
    need_root
    for ns in "$c" "$s"; do
        if ns_exists "$ns"; then die "namespace $ns already exists (run: $0 teardown $name)"; fi
    done
    # From here on a failure (set -e) removes whatever this call created; both
    # names were checked to be free above, so nothing else can be removed.
    # shellcheck disable=SC2064  # expand $name now, not when the trap fires
    trap "echo 'netns-drop.sh: setup failed, removing $c and $s' >&2
          cmd_teardown $(printf %q "$name") >/dev/null 2>&1 || true" EXIT
    ip netns add "$c"
    ip netns add "$s"
    ip -n "$c" link set lo up
    ip -n "$s" link set lo up
    # Both veth ends are created directly inside the namespaces, so no
    # interface name is ever used in the root namespace.
    ip -n "$c" link add veth-c type veth peer name veth-s netns "$s"
    ip -n "$c" addr add "$CLIENT_ADDR/$PREFIX_LEN" dev veth-c
    ip -n "$s" addr add "$SERVER_ADDR/$PREFIX_LEN" dev veth-s
    ip -n "$c" link set veth-c up
    ip -n "$s" link set veth-s up
    # The far end reports carrier a moment later; wait (max 5 s) so a test's
    # first SYN is not lost to a link that is still coming up.
    local i
    for ((i = 0; i < 50; i++)); do
        [[ $(ip -n "$c" -br link show veth-c) == *" UP "* \
            && $(ip -n "$s" -br link show veth-s) == *" UP "* ]] && break
        sleep 0.1
    done
    (( i < 50 )) || die "veth pair did not come up within 5 s"
    trap - EXIT
    echo "NETNS_CLIENT=$c"
    echo "NETNS_SERVER=$s"
    echo "CLIENT_ADDR=$CLIENT_ADDR"
    echo "SERVER_ADDR=$SERVER_ADDR"
}

cmd_drop() {
    local name=$1 port=$2 s=$1-s tool
    check_name "$name"
    need_root
    if ! [[ $port =~ ^[0-9]+$ ]] || (( port < 1 || port > 65535 )); then die "bad PORT: $port"; fi
    ns_exists "$s" || die "namespace $s does not exist (run: $0 setup $name)"
    tool=$(fw_tool) || true
    case $tool in
        nft)
            # Stateless rules on both hooks: the server never sees the client's
            # segments (so never ACKs them) and nothing it sends gets out.
            ip netns exec "$s" nft -f - <<EOF
table inet $TABLE {
    chain input { type filter hook input priority 0; policy accept; }
    chain output { type filter hook output priority 0; policy accept; }
}
add rule inet $TABLE input tcp dport $port counter drop
add rule inet $TABLE input tcp sport $port counter drop
add rule inet $TABLE output tcp dport $port counter drop
add rule inet $TABLE output tcp sport $port counter drop
EOF
            ;;
        iptables)
            if [[ ${NETNS_DROP_FW:-auto} == iptables ]]; then
                echo "netns-drop.sh: using iptables (NETNS_DROP_FW=iptables)" >&2
            else
                echo "netns-drop.sh: nft not found, falling back to iptables" >&2
            fi
            local chain dir
            for chain in INPUT OUTPUT; do
                for dir in --dport --sport; do
                    ip netns exec "$s" iptables -w 5 -A "$chain" -p tcp "$dir" "$port" -j DROP
                done
            done
            ;;
        *) die "no firewall tool (NETNS_DROP_FW=${NETNS_DROP_FW:-auto}; apt-get install nftables)" ;;
    esac
    echo "FIREWALL=$tool"
}

cmd_undrop() {
    local name=$1 s=$1-s
    check_name "$name"
    need_root
    ns_exists "$s" || return 0
    if command -v nft >/dev/null \
        && ip netns exec "$s" nft list table inet "$TABLE" >/dev/null 2>&1; then
        ip netns exec "$s" nft delete table inet "$TABLE"
    fi
    if [[ $(fw_tool || true) == iptables ]]; then
        # The namespace is private to us: its filter chains hold only our rules.
        ip netns exec "$s" iptables -w 5 -F INPUT
        ip netns exec "$s" iptables -w 5 -F OUTPUT
    fi
}

cmd_exec() {
    local name=$1 side=$2 ns
    check_name "$name"
    case $side in
        client) ns=$name-c ;;
        server) ns=$name-s ;;
        *) usage ;;
    esac
    shift 2
    exec ip netns exec "$ns" "$@"
}

skip() { echo "netns-drop.sh: SKIP: $*" >&2; exit "$SKIP"; }

# Actually create, use and remove a namespace pair: some sandboxes accept the
# commands but do not pass packets, or lack nf_tables in the kernel.
cmd_check() {
    local name="nsdrop-check-$$" err out rc=0
    [[ $(id -u) == 0 ]] || skip "needs root (network namespaces, veth, firewall rules)"
    command -v ip >/dev/null || skip "ip not found (apt-get install iproute2)"
    [[ -n $(fw_tool || true) ]] \
        || skip "no firewall tool (NETNS_DROP_FW=${NETNS_DROP_FW:-auto}; apt-get install nftables)"
    err=$(mktemp)
    {
        timeout 20 "$SELF" setup "$name" >/dev/null \
            && timeout 20 "$SELF" drop "$name" 9 >/dev/null \
            && timeout 20 "$SELF" undrop "$name" \
            && tcp_check "$name"
    } 2>"$err" || rc=$?
    timeout 20 "$SELF" teardown "$name" 2>>"$err" || rc=1
    out=$(cat "$err")
    rm -f "$err"
    (( rc == 0 )) || skip "network namespaces/veth/firewall do not work here: ${out:-exit $rc}"
    echo "netns-drop.sh: OK (firewall: $(fw_tool))" >&2
}

# One TCP connection across the veth pair (bounded: 10 s). Without python3
# there is nothing to check with, and the namespace setup alone must do.
tcp_check() {
    local py
    if [[ -x /usr/bin/python3 ]]; then py=/usr/bin/python3
    elif command -v python3 >/dev/null; then py=python3
    else return 0
    fi
    timeout 10 ip netns exec "$1-s" "$py" -c '
import socket, sys
srv = socket.create_server((sys.argv[1], 0))
srv.settimeout(8)
port = srv.getsockname()[1]
sys.stdout.write(f"{port}\n"); sys.stdout.flush()
c, _ = srv.accept()
c.settimeout(5)
c.sendall(c.recv(16))
' "$SERVER_ADDR" | {
        local port
        read -r -t 8 port || exit 1
        timeout 8 ip netns exec "$1-c" "$py" -c '
import socket, sys
with socket.create_connection((sys.argv[1], int(sys.argv[2])), timeout=5) as s:
    s.sendall(b"ping")
    assert s.recv(16) == b"ping", "no echo across the veth pair"
' "$SERVER_ADDR" "$port"
    }
}

# A stateful firewall in NAME-s that forgets idle connections after SECONDS, as
# NAT boxes and firewalls do: their next packet matches no conntrack entry and is
# dropped, so the client's data is never acknowledged (the silent drop of
# seeds/000). TCP keepalives refresh the entry, so they keep such a flow alive.
cmd_stateful() {
    local name=$1 seconds=$2
    check_name "$name"
    [[ $seconds =~ ^[0-9]+$ && $seconds -ge 1 && $seconds -le 3600 ]] || die "bad SECONDS '$seconds'"
    ns_exists "$name-s" || die "no namespace $name-s (run setup first)"
    command -v nft >/dev/null || die "stateful needs nft (apt-get install nftables)"
    ip netns exec "$name-s" sysctl -q -w \
        "net.netfilter.nf_conntrack_tcp_timeout_established=$seconds" \
        net.netfilter.nf_conntrack_tcp_loose=0
    ip netns exec "$name-s" nft -f - <<RULES
table inet ${TABLE}_ct {
  chain in {
    type filter hook input priority 0; policy accept;
    ct state invalid counter drop
    ct state new tcp flags & (syn | ack) != syn counter drop
  }
}
RULES
    echo "STATEFUL_SECONDS=$seconds"
}

case ${1:-} in
    check) [[ $# == 1 ]] || usage; cmd_check ;;
    setup) [[ $# == 2 ]] || usage; cmd_setup "$2" ;;
    drop) [[ $# == 3 ]] || usage; cmd_drop "$2" "$3" ;;
    undrop) [[ $# == 2 ]] || usage; cmd_undrop "$2" ;;
    stateful) [[ $# == 3 ]] || usage; cmd_stateful "$2" "$3" ;;
    teardown) [[ $# == 2 ]] || usage; cmd_teardown "$2" ;;
    exec) [[ $# -ge 4 ]] || usage; cmd_exec "$2" "$3" "${@:4}" ;;
    *) usage ;;
esac
