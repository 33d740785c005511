#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mailscope developers
# Start/stop a throwaway Dovecot IMAP server on loopback for integration tests.
#
#   tests/servers/dovecot.sh start DIR   # prints KEY=value lines, leaves dovecot running
#   tests/servers/dovecot.sh stop DIR
#
# Listeners: IMAP (STARTTLS, cleartext auth disabled) and IMAPS, both on
# 127.0.0.1 and 127.0.0.2 with the same ports. Use 127.0.0.2 to see LOGINDISABLED:
# Dovecot waives it when client IP == server IP (127.0.0.1 -> 127.0.0.1).
# Everything (config, TLS material, maildirs, logs, pid, runtime sockets) lives
# under DIR, so independent instances can run in parallel. Needs root and the
# Debian packages dovecot-imapd, openssl and python3.
#
# Env: SEED_COUNT=N      messages in INBOX (default 20)
#      AUTH_FAILURE_DELAY  Dovecot auth_failure_delay (default 2secs, Dovecot's own)
#      AUTH_INET_PORT=1  also expose Dovecot's auth-client service on 127.0.0.1:<free
#                        port> and print AUTH_PORT=<n> (for postfix.sh's SMTP AUTH)
#      OAUTH2_URL=URL    also accept OAuth2 bearer tokens (XOAUTH2, OAUTHBEARER), checked
#                        at URL/introspect (tests/servers/oauth2.py, on loopback)
set -euo pipefail

readonly MAIL_USER=fred
readonly MAIL_PASSWORD=s3cret-Pw
readonly ARCHIVE_COUNT=5
readonly DOVECOT=${DOVECOT:-/usr/sbin/dovecot}
# Prefer the system interpreter: pyenv shims add noticeable start-up latency.
if [[ -x /usr/bin/python3 ]]; then PYTHON=/usr/bin/python3; else PYTHON=python3; fi
readonly PYTHON

die() { echo "dovecot.sh: $*" >&2; exit 1; }

usage() {
    echo "usage: $0 start|stop DIR" >&2
    exit 2
}

# True if $1 is a live (non-zombie) dovecot process. PID 1 in containers may not
# reap the daemonized master, so a zombie must count as stopped.
is_running() {
    local pid=$1 stat
    [[ $pid =~ ^[0-9]+$ ]] || return 1
    [[ $(cat "/proc/$pid/comm" 2>/dev/null) == dovecot ]] || return 1
    stat=$(cat "/proc/$pid/stat" 2>/dev/null) || return 1
    stat=${stat##*) }
    [[ ${stat%% *} != Z ]]
}

master_pid() {
    local f="$1/run/master.pid"
    [[ -r $f ]] && tr -dc '0-9' <"$f"
}

# $1 (default 2) distinct ports free on all three loopback addresses, printed on
# one line. The sockets are held open together so the kernel cannot hand out the
# same port twice; a later race with another process is handled by retrying.
pick_ports() {
    "$PYTHON" - "${1:-2}" <<'EOF'
import socket, sys
count = int(sys.argv[1])
held = []
for _ in range(500):  # bounded: where 127.0.0.2/.3 cannot be bound, fail instead of spinning
    if len(held) >= 3 * count:
        break
    a = socket.socket()
    a.bind(("127.0.0.1", 0))
    others = []
    try:
        for ip in ("127.0.0.2", "127.0.0.3"):
            b = socket.socket()
            others.append(b)
            b.bind((ip, a.getsockname()[1]))
    except OSError:
        a.close()
        for b in others:
            b.close()
        continue
    held += [a] + others
if len(held) < 3 * count:
    sys.exit("no port free on 127.0.0.1, 127.0.0.2 and 127.0.0.3 alike")
print(*(s.getsockname()[1] for s in held[::3]))
for s in held:
    s.close()
EOF
}

make_tls() {
    local tls=$1
    mkdir -p "$tls"
    cat >"$tls/openssl.cnf" <<'EOF'
[req]
distinguished_name = dn
prompt = no
[dn]
CN = unused
[ca_ext]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[server_ext]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost, IP:127.0.0.1, IP:127.0.0.2
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
EOF
    # EC P-256 keeps generation instant (RSA keygen can take a noticeable time).
    openssl req -x509 -config "$tls/openssl.cnf" -extensions ca_ext \
        -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
        -keyout "$tls/ca.key" -out "$tls/ca.pem" -days 90 \
        -subj "/O=Mailscope Tests/CN=Mailscope Test CA" 2>/dev/null
    openssl req -new -config "$tls/openssl.cnf" \
        -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
        -keyout "$tls/server.key" -out "$tls/server.csr" \
        -subj "/O=Mailscope Tests/CN=localhost" 2>/dev/null
    openssl x509 -req -in "$tls/server.csr" -CA "$tls/ca.pem" -CAkey "$tls/ca.key" \
        -set_serial "0x$(openssl rand -hex 16)" -days 90 \
        -extfile "$tls/openssl.cnf" -extensions server_ext \
        -out "$tls/server.pem" 2>/dev/null
    rm -f "$tls/server.csr"
    chmod 600 "$tls/ca.key" "$tls/server.key"
}

# Write INBOX (SEED_COUNT messages, every 5th starting at 1 is \Seen) and
# Archive (all \Seen) as Maildir++. Python keeps N=10000 well under a second.
seed_maildir() {
    "$PYTHON" - "$1" "$2" "$ARCHIVE_COUNT" <<'EOF'
import os, sys, time
root, inbox_n, archive_n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
INBOX_TS = 1704067200          # 2024-01-01T00:00:00Z; fixed so fixtures are reproducible
ARCHIVE_TS = INBOX_TS - 86400  # archived mail is a day older
seq = 0                        # unique per file so names never clash across folders

def folder(path):
    for sub in ("cur", "new", "tmp"):
        os.makedirs(os.path.join(path, sub), exist_ok=True)

def write(path, tag, label, i, n, seen, base_ts):
    global seq
    seq += 1
    ts = base_ts + i * 60
    date = time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime(ts))
    body = (
        "Return-Path: <alice@example.test>\n"
        "From: Alice Example <alice@example.test>\n"
        "To: Fred Tester <fred@example.test>\n"
        f"Subject: {label} {i} of {n}\n"
        f"Date: {date}\n"
        f"Message-ID: <{tag}-{i}.mailscope@example.test>\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=us-ascii\n"
        "Content-Transfer-Encoding: 7bit\n"
        "\n"
        "Hello Fred,\n\n"
        f"this is message {i} of {n} in {tag}.\n\n"
        "-- \nMailscope test fixture\n"
    ).encode()
    # S= (physical, LF) and W= (virtual, CRLF) sizes let Dovecot skip stat/reads.
    vsize = len(body) + body.count(b"\n")
    flags = "S" if seen else ""
    name = f"{ts}.M{seq}P{os.getpid()}.mailscope,S={len(body)},W={vsize}:2,{flags}"
    fn = os.path.join(path, "cur", name)
    with open(fn, "wb") as f:
        f.write(body)
    os.utime(fn, (ts, ts))  # mtime becomes INTERNALDATE

folder(root)
for i in range(1, inbox_n + 1):
    write(root, "INBOX", "Test message", i, inbox_n, i % 5 == 1, INBOX_TS)
archive = os.path.join(root, ".Archive")
folder(archive)
open(os.path.join(archive, "maildirfolder"), "w").close()
for i in range(1, archive_n + 1):
    write(archive, "Archive", "Archived message", i, archive_n, True, ARCHIVE_TS)
EOF
}

write_config() {
    local dir=$1 imap_port=$2 imaps_port=$3 uid=$4 gid=$5 auth_port=${6:-} dh_line=""
    # Without DH params Dovecot simply offers no DHE suites; reuse Debian's if present.
    [[ -r /usr/share/dovecot/dh.pem ]] && dh_line="ssl_dh = </usr/share/dovecot/dh.pem"
    # OAuth2: tokens are checked by asking the test's authorization server (RFC 7662).
    local oauth2_passdb=""
    if [[ -n ${OAUTH2_URL:-} ]]; then
        cat >"$dir/dovecot-oauth2.conf.ext" <<EOF
introspection_mode = post
introspection_url = ${OAUTH2_URL}/introspect
force_introspection = yes
username_attribute = username
active_attribute = active
active_value = true
EOF
        oauth2_passdb="passdb {
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = $dir/dovecot-oauth2.conf.ext
}"
    fi
    cat >"$dir/dovecot.conf" <<EOF
# Generated by tests/servers/dovecot.sh - throwaway test instance.
instance_name = mailscope-$(basename "$dir")
base_dir = $dir/run
state_dir = $dir/state
protocols = imap
listen = 127.0.0.1

log_path = $dir/logs/dovecot.log
info_log_path = $dir/logs/dovecot.log
debug_log_path = $dir/logs/dovecot.log
auth_verbose = yes

# Login processes refuse to run as root.
default_login_user = dovenull
default_internal_user = dovecot
# The mail uid is the 'dovecot' system user, below Dovecot's default limit of 500.
first_valid_uid = $uid
first_valid_gid = $gid

# Realistic default: no cleartext LOGIN before STARTTLS (LOGINDISABLED).
disable_plaintext_auth = yes
auth_mechanisms = plain login${OAUTH2_URL:+ xoauth2 oauthbearer}
auth_failure_delay = ${AUTH_FAILURE_DELAY:-2secs}

ssl = yes
ssl_cert = <$dir/tls/server.pem
ssl_key = <$dir/tls/server.key
ssl_min_protocol = TLSv1.2
$dh_line

passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $dir/users
  mechanisms = plain login
}
$oauth2_passdb
userdb {
  driver = passwd-file
  args = username_format=%u $dir/users
}

mail_location = maildir:~/Maildir
namespace inbox {
  inbox = yes
  separator = /
  mailbox Archive {
    special_use = \\Archive
    auto = subscribe
  }
}

protocol imap {
  # Tests/benchmarks open many parallel sessions from 127.0.0.1 (default is 10).
  mail_max_userip_connections = 100
}

# Dovecot treats a connection whose client IP equals the server IP as secured and
# then allows cleartext LOGIN without advertising LOGINDISABLED. Connections to
# 127.0.0.2 come from 127.0.0.1, so that address shows the real pre-STARTTLS policy.
# 127.0.0.3 is left out of the certificate on purpose, for host-name mismatch tests.
service imap-login {
  inet_listener imap {
    address = 127.0.0.1, 127.0.0.2, 127.0.0.3
    port = $imap_port
  }
  inet_listener imaps {
    address = 127.0.0.1, 127.0.0.2, 127.0.0.3
    port = $imaps_port
    ssl = yes
  }
}
EOF
    # Optional: the auth-client protocol on TCP, so an SMTP server (postfix.sh,
    # smtpd_sasl_type = dovecot) authenticates the same users. Unnamed listeners
    # of the auth service speak the client protocol, like the auth-client socket.
    [[ -z $auth_port ]] || cat >>"$dir/dovecot.conf" <<EOF

service auth {
  inet_listener {
    address = 127.0.0.1
    port = $auth_port
  }
}
EOF
}

# Bounded wait (15 s) until the plain port greets and the IMAPS port completes a
# verified TLS handshake and greets too.
wait_ready() {
    "$PYTHON" - "$1" "$2" "$3" <<'EOF'
import socket, ssl, sys, time
imap, imaps, ca = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
ctx = ssl.create_default_context(cafile=ca)

def greets(port, tls):
    with socket.create_connection(("127.0.0.1", port), timeout=2) as s:
        if tls:
            s = ctx.wrap_socket(s, server_hostname="localhost")
        return s.recv(512).startswith(b"* OK")

deadline = time.monotonic() + 15
while time.monotonic() < deadline:
    try:
        if greets(imap, False) and greets(imaps, True):
            sys.exit(0)
    except OSError:
        pass
    time.sleep(0.05)
sys.exit(1)
EOF
}

# Dovecot's uid-102 processes must reach DIR; fix parents only where needed.
ensure_traversable() {
    local d=$1
    chmod 0755 "$d"
    runuser -u dovecot -- test -x "$d" && return 0
    while [[ $d != / ]]; do
        d=$(dirname "$d")
        if ! runuser -u dovecot -- test -x "$d"; then
            echo "dovecot.sh: warning: adding o+x to $d so dovecot can reach the test dir" >&2
            chmod o+x "$d"
        fi
    done
}

cmd_start() {
    local dir=$1 uid gid seed=${SEED_COUNT:-20} ports imap_port imaps_port auth_port attempt pid
    local nports=2
    [[ $seed =~ ^[0-9]+$ ]] || die "SEED_COUNT must be a non-negative integer"
    case ${AUTH_INET_PORT:-} in
        ''|0) ;;
        1) nports=3 ;;
        *) die "AUTH_INET_PORT must be 0 or 1" ;;
    esac
    [[ -x $DOVECOT ]] || die "$DOVECOT not found (apt-get install dovecot-imapd)"
    [[ $(id -u) == 0 ]] || die "must run as root"
    uid=$(id -u dovecot 2>/dev/null) || die "no 'dovecot' system user"
    gid=$(id -g dovecot)
    id -u dovenull >/dev/null 2>&1 || die "no 'dovenull' system user"

    # Dovecot config values are unquoted paths here.
    [[ $dir =~ ^[A-Za-z0-9_./+-]+$ ]] || die "DIR must not contain spaces or special characters: $dir"
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd -P)
    # Unix socket paths are limited to 108 bytes; the longest Dovecot socket is
    # DIR/run/token-login/imap-urlauth (DIR + 29), so keep some headroom.
    (( ${#dir} <= 70 )) || die "DIR path too long for Dovecot's unix sockets (max 70 chars): $dir"
    pid=$(master_pid "$dir" || true)
    if [[ -n $pid ]] && is_running "$pid"; then die "an instance is already running in $dir (pid $pid)"; fi

    ensure_traversable "$dir"
    mkdir -p "$dir/logs" "$dir/state" "$dir/home"
    : >"$dir/logs/dovecot.log"

    make_tls "$dir/tls"
    printf '%s:{PLAIN}%s:%s:%s::%s::\n' "$MAIL_USER" "$MAIL_PASSWORD" "$uid" "$gid" \
        "$dir/home/$MAIL_USER" >"$dir/users"
    # The auth process runs as the 'dovecot' user and must read the passwd-file.
    chown "root:$gid" "$dir/users"
    chmod 0640 "$dir/users"

    rm -rf "${dir:?}/home/$MAIL_USER"
    seed_maildir "$dir/home/$MAIL_USER/Maildir" "$seed"
    chown -R "$uid:$gid" "$dir/home/$MAIL_USER"

    for attempt in 1 2 3 4 5; do
        ports=$(pick_ports "$nports")
        read -r imap_port imaps_port auth_port <<<"$ports"
        write_config "$dir" "$imap_port" "$imaps_port" "$uid" "$gid" "$auth_port"
        # Own stdio: the daemon must not keep the caller's pipes open after we exit.
        if "$DOVECOT" -c "$dir/dovecot.conf" </dev/null >"$dir/logs/master.out" 2>&1; then
            break
        fi
        if grep -qs "Address already in use" "$dir/logs/master.out" "$dir/logs/dovecot.log" \
            && (( attempt < 5 )); then
            continue  # lost a port race with another process; pick new ports
        fi
        cat "$dir/logs/master.out" "$dir/logs/dovecot.log" >&2
        die "dovecot failed to start"
    done

    if ! wait_ready "$imap_port" "$imaps_port" "$dir/tls/ca.pem"; then
        cat "$dir/logs/master.out" "$dir/logs/dovecot.log" >&2
        cmd_stop "$dir" >/dev/null 2>&1 || true
        die "dovecot did not become ready within 15 s"
    fi
    pid=$(master_pid "$dir") || die "no master.pid in $dir/run"

    {
        echo "IMAP_PORT=$imap_port"
        echo "IMAPS_PORT=$imaps_port"
        [[ -z $auth_port ]] || echo "AUTH_PORT=$auth_port"
        echo "USER=$MAIL_USER"
        echo "PASSWORD=$MAIL_PASSWORD"
        echo "CA_FILE=$dir/tls/ca.pem"
        echo "CERT_SHA256=$(openssl x509 -in "$dir/tls/server.pem" -outform DER | sha256sum | cut -d' ' -f1)"
        echo "PID=$pid"
    } >"$dir/ports.env"
    cat "$dir/ports.env"
}

cmd_stop() {
    local dir=$1 pid children i
    [[ -d $dir ]] || return 0
    pid=$(master_pid "$dir" || true)
    if [[ -z $pid ]] || ! is_running "$pid"; then return 0; fi
    # Same as `dovecot -c DIR/dovecot.conf stop` (SIGTERM to the master), but that
    # command polls slowly and cannot tell an unreaped zombie from a live master.
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 200; i++)); do
        is_running "$pid" || return 0
        sleep 0.05
    done
    # Fallback: the master and its direct children only, never by name.
    children=$(pgrep -P "$pid" || true)
    echo "dovecot.sh: master $pid did not exit, sending SIGKILL" >&2
    # shellcheck disable=SC2086  # word splitting of the pid list is intended
    kill -KILL "$pid" $children 2>/dev/null || true
}

[[ $# == 2 ]] || usage
case $1 in
    start) cmd_start "$2" ;;
    stop) cmd_stop "$2" ;;
    *) usage ;;
esac
