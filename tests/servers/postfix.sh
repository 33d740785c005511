#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mailscope developers
# Start/stop a throwaway Postfix SMTP server on loopback for integration tests.
#
#   tests/servers/postfix.sh start DIR [DOVECOT_DIR]   # prints KEY=value lines, leaves postfix running
#   tests/servers/postfix.sh stop DIR
#
# Runs Debian's real Postfix as a standalone instance (`postfix -c DIR/etc start`,
# no multi-instance setup): main.cf, master.cf, queue, data directory, pid file,
# TLS material, log and delivered mail all live under DIR, so instances can run
# in parallel next to each other and next to a (possibly running) system Postfix,
# which is never touched. Three smtpd listeners on 127.0.0.1:<free port>:
#   SMTP_PORT        like port 25: STARTTLS offered, PIPELINING, no AUTH
#   SUBMISSION_PORT  like port 587: STARTTLS offered, AUTH PLAIN LOGIN only after TLS
#   SMTPS_PORT       like port 465: implicit TLS, AUTH PLAIN LOGIN
# Env: SMTPD_TIMEOUT (default 300s): smtpd's idle limit between commands, for idle tests.
# AUTH needs DOVECOT_DIR, a running `AUTH_INET_PORT=1 dovecot.sh start DOVECOT_DIR`:
# Postfix then asks Dovecot's auth service over TCP, so Dovecot's user fred /
# s3cret-Pw authenticates, and the server certificate is issued by Dovecot's CA.
# Without DOVECOT_DIR there is no AUTH (AUTH=no) and a CA of our own in DIR/tls.
#
# Mail for <anything>@example.test (and for postmaster/root, i.e. the local domain
# mx.example.test) is delivered into the Maildir MAIL_DIR (DIR/mail/fred, owned by
# 'nobody'). Relaying is refused: 554 5.7.1 without AUTH, and after AUTH the
# error transport makes RCPT fail with 550 5.1.1 "no outside delivery in tests".
# Postfix never connects out: no smtp/lmtp/local delivery agents, no DNS, no relayhost.
#
# Output (stdout and DIR/ports.env): SMTP_PORT SUBMISSION_PORT SMTPS_PORT CA_FILE
# CERT_SHA256 MAIL_DIR AUTH=yes|no PID. Log: DIR/maillog. Needs root and the
# Debian packages postfix, openssl and python3.
set -euo pipefail

readonly POSTFIX=${POSTFIX:-/usr/sbin/postfix}
readonly DOMAIN=example.test
readonly MAILBOX=fred
# Owner of delivered mail: any unprivileged account that is not mail_owner.
readonly VMAIL_USER=nobody
if [[ -x /usr/bin/python3 ]]; then PYTHON=/usr/bin/python3; else PYTHON=python3; fi
readonly PYTHON
# We always pass -c; a stray MAIL_CONFIG must not leak into the daemons (it is
# also how stop recognises the processes of one instance).
unset MAIL_CONFIG

die() { echo "postfix.sh: $*" >&2; exit 1; }

usage() {
    echo "usage: $0 start DIR [DOVECOT_DIR] | stop DIR" >&2
    exit 2
}

# PIDs of this instance's live processes. Every Postfix daemon inherits
# MAIL_CONFIG=DIR/etc from `postfix -c` (import_environment), which identifies
# them exactly, even once orphaned. Zombies have an empty environ, so they are
# not listed (PID 1 in containers may never reap them).
instance_pids() {
    { grep -lszxF "MAIL_CONFIG=$1/etc" /proc/[0-9]*/environ || true; } \
        | sed -n 's|^/proc/\([0-9]*\)/environ$|\1|p'
}

master_pid() {
    local f="$1/spool/pid/master.pid"
    [[ -r $f ]] && tr -dc '0-9' <"$f"
}

# Three distinct ports free on 127.0.0.1, held open together so the kernel cannot
# hand out one twice; a later race with another process makes master fail to
# bind, and the start is retried with new ports.
pick_ports() {
    "$PYTHON" - <<'EOF'
import socket
held = []
for _ in range(3):
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    held.append(s)
print(*(s.getsockname()[1] for s in held))
for s in held:
    s.close()
EOF
}

# Server certificate for localhost / mx.example.test / 127.0.0.1, EC P-256 and
# 90 days like dovecot.sh. Signed by the CA in $2/tls when given (Dovecot's, so
# one CA_FILE trusts both servers), else by a new CA of our own.
make_tls() {
    local tls=$1 ca_dir=${2:-}
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
subjectAltName = DNS:localhost, DNS:mx.example.test, IP:127.0.0.1
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
EOF
    if [[ -n $ca_dir ]]; then
        # Copy only the certificate; the CA key is used in place and never copied.
        cp "$ca_dir/ca.pem" "$tls/ca.pem"
    else
        openssl req -x509 -config "$tls/openssl.cnf" -extensions ca_ext \
            -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
            -keyout "$tls/ca.key" -out "$tls/ca.pem" -days 90 \
            -subj "/O=Mailscope Tests/CN=Mailscope Test CA" 2>/dev/null
        chmod 600 "$tls/ca.key"
        ca_dir=$tls
    fi
    openssl req -new -config "$tls/openssl.cnf" \
        -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
        -keyout "$tls/server.key" -out "$tls/server.csr" \
        -subj "/O=Mailscope Tests/CN=localhost" 2>/dev/null
    openssl x509 -req -in "$tls/server.csr" -CA "$ca_dir/ca.pem" -CAkey "$ca_dir/ca.key" \
        -set_serial "0x$(openssl rand -hex 16)" -days 90 \
        -extfile "$tls/openssl.cnf" -extensions server_ext \
        -out "$tls/server.pem" 2>/dev/null
    rm -f "$tls/server.csr"
    chmod 600 "$tls/server.key"
}

# args: dir smtp submission smtps auth_port(empty = no AUTH) vmail_uid vmail_gid
write_config() {
    local dir=$1 smtp=$2 sub=$3 smtps=$4 auth_port=$5 uid=$6 gid=$7 sasl=no
    [[ -n $auth_port ]] && sasl=yes
    cat >"$dir/etc/main.cf" <<EOF
# Generated by tests/servers/postfix.sh - throwaway test instance.
compatibility_level = 3.6
# How long smtpd waits for the next command (idle-cutoff tests shorten it).
smtpd_timeout = ${SMTPD_TIMEOUT:-300s}

# Everything of this instance lives under DIR; binaries and meta files are Debian's.
queue_directory = $dir/spool
data_directory = $dir/data
mail_owner = postfix
setgid_group = postdrop

# No syslog here: postlogd (master.cf) writes the log file.
maillog_file = $dir/maillog
maillog_file_prefixes = $dir
syslog_name = postfix

myhostname = mx.$DOMAIN
mydomain = $DOMAIN
myorigin = \$myhostname
append_dot_mydomain = no
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.0/8

# Local domain (postmaster, root, bounces): any local part, delivered by
# virtual(8) like example.test - the local(8) agent (aliases, .forward, pipes
# running as root) is never used.
mydestination = \$myhostname, localhost
local_recipient_maps =
local_transport = virtual
alias_maps =
alias_database =
biff = no

# example.test: every recipient ends up in one Maildir, DIR/mail/$MAILBOX/.
virtual_mailbox_domains = $DOMAIN
virtual_mailbox_base = $dir/mail
virtual_mailbox_maps = static:$MAILBOX/
virtual_uid_maps = static:$uid
virtual_gid_maps = static:$gid

# Never connect out: nothing is routed to smtp/lmtp (not even in master.cf),
# no DNS, and the client's name is not looked up.
relayhost =
relay_domains =
default_transport = error:no outside delivery in tests
relay_transport = error:no outside delivery in tests
smtp_dns_support_level = disabled
lmtp_dns_support_level = disabled
smtpd_peername_lookup = no

# Loopback is in mynetworks, but that must not allow relaying: tests check 554 5.7.1.
smtpd_relay_restrictions = permit_sasl_authenticated, reject_unauth_destination
# Tests send bursts of mail; do not throttle them.
in_flow_delay = 0

smtpd_tls_security_level = may
smtpd_tls_chain_files = $dir/tls/server.key, $dir/tls/server.pem
smtpd_tls_protocols = >=TLSv1.2
smtpd_tls_mandatory_protocols = >=TLSv1.2
smtpd_tls_loglevel = 1
smtpd_tls_received_header = yes

# AUTH is enabled per service in master.cf; Dovecot decides the mechanisms.
smtpd_sasl_auth_enable = no
EOF
    if [[ $sasl == yes ]]; then
        cat >>"$dir/etc/main.cf" <<EOF
smtpd_sasl_type = dovecot
smtpd_sasl_path = inet:127.0.0.1:$auth_port
EOF
    fi

    # Only the services needed for receiving and local delivery; no pickup,
    # smtp, lmtp, local, pipe. chroot is off: paths are absolute and under DIR.
    cat >"$dir/etc/master.cf" <<EOF
# Generated by tests/servers/postfix.sh - throwaway test instance.
# service  type  private unpriv  chroot  wakeup  maxproc command + args
127.0.0.1:$smtp inet n  -       n       -       -       smtpd
  -o syslog_name=postfix/smtp
127.0.0.1:$sub inet n   -       n       -       -       smtpd
  -o syslog_name=postfix/submission
  -o smtpd_tls_security_level=may
  -o smtpd_tls_auth_only=yes
  -o smtpd_sasl_auth_enable=$sasl
127.0.0.1:$smtps inet n -       n       -       -       smtpd
  -o syslog_name=postfix/smtps
  -o smtpd_tls_wrappermode=yes
  -o smtpd_tls_security_level=encrypt
  -o smtpd_sasl_auth_enable=$sasl
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
proxywrite unix -       -       n       -       1       proxymap
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
virtual   unix  -       n       n       -       -       virtual
anvil     unix  -       -       n       -       1       anvil
postlog   unix-dgram n  -       n       -       1       postlogd
EOF
    # Postfix will not load a config file modified within the last second (it
    # might still be being edited) and re-reads it every 0.3 s: ~2 s per start.
    touch -d '1 minute ago' "$dir/etc/main.cf" "$dir/etc/master.cf"
}

# Bounded wait (20 s) until SMTP and SUBMISSION greet with 220 and SMTPS does
# a verified TLS handshake and greets; with AUTH, its EHLO must list AUTH (proves
# Postfix reaches Dovecot). Exit 1 if the master died meanwhile, 2 on timeout.
wait_ready() {
    "$PYTHON" - "$@" <<'EOF'
import os, smtplib, ssl, sys, time
smtp, sub, smtps, ca, auth, pid = sys.argv[1:7]
ctx = ssl.create_default_context(cafile=ca)

def greets(port):
    with smtplib.SMTP("127.0.0.1", int(port), local_hostname="probe.example.test", timeout=2) as s:
        s.quit()  # connect() already insisted on a 220 greeting

def smtps_ok():
    with smtplib.SMTP_SSL("localhost", int(smtps), local_hostname="probe.example.test",
                          context=ctx, timeout=2) as s:
        s.ehlo()
        if auth == "yes" and not s.has_extn("auth"):
            raise OSError("no AUTH yet")
        s.quit()

def alive():
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, ValueError, IndexError):
        return False

deadline = time.monotonic() + 20
while time.monotonic() < deadline:
    try:
        greets(smtp)
        greets(sub)
        smtps_ok()
        sys.exit(0)
    except (OSError, smtplib.SMTPException):
        pass
    if not alive():
        sys.exit(1)
    time.sleep(0.05)
sys.exit(2)
EOF
}

# The 'postfix' and mail-owner processes must reach DIR; fix parents only where needed.
ensure_traversable() {
    local d=$1 user
    chmod 0755 "$d"
    for user in postfix "$VMAIL_USER"; do
        runuser -u "$user" -- test -x "$d" && continue
        local p=$d
        while [[ $p != / ]]; do
            p=$(dirname "$p")
            if ! runuser -u "$user" -- test -x "$p"; then
                echo "postfix.sh: warning: adding o+x to $p so postfix can reach the test dir" >&2
                chmod o+x "$p"
            fi
        done
    done
}

show_logs() {
    cat "$1/postfix.out" "$1/maillog" >&2 2>/dev/null || true
}

cmd_start() {
    local dir=$1 dovecot_dir=${2:-} auth_port="" uid gid ports smtp sub smtps attempt pid rc
    [[ -x $POSTFIX ]] || die "$POSTFIX not found (apt-get install postfix)"
    [[ $(id -u) == 0 ]] || die "must run as root"
    id -u postfix >/dev/null 2>&1 || die "no 'postfix' system user"
    getent group postdrop >/dev/null || die "no 'postdrop' group"
    uid=$(id -u "$VMAIL_USER" 2>/dev/null) || die "no '$VMAIL_USER' user"
    gid=$(id -g "$VMAIL_USER")

    # Postfix config values are unquoted paths here.
    [[ $dir =~ ^[A-Za-z0-9_./+-]+$ ]] || die "DIR must not contain spaces or special characters: $dir"
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd -P)
    # Unix socket paths are limited to 108 bytes; the longest is
    # DIR/spool/private/proxywrite (DIR + 25), so keep some headroom.
    (( ${#dir} <= 80 )) || die "DIR path too long for Postfix's unix sockets (max 80 chars): $dir"
    [[ -z $(instance_pids "$dir") ]] || die "an instance is already running in $dir"
    # Start wipes DIR/tls and rewrites DIR/ports.env: never in a dovecot.sh DIR.
    [[ ! -e $dir/dovecot.conf ]] || die "$dir is a dovecot.sh directory; use a separate DIR"

    if [[ -n $dovecot_dir ]]; then
        dovecot_dir=$(cd "$dovecot_dir" 2>/dev/null && pwd -P) || die "no such DOVECOT_DIR: $2"
        [[ $dovecot_dir != "$dir" ]] || die "DIR and DOVECOT_DIR must differ (both use tls/ and ports.env)"
        auth_port=$(sed -n 's/^AUTH_PORT=\([0-9]\+\)$/\1/p' "$dovecot_dir/ports.env" 2>/dev/null || true)
        [[ -n $auth_port ]] || die "no AUTH_PORT in $dovecot_dir/ports.env (start it with AUTH_INET_PORT=1 dovecot.sh start DIR)"
        [[ -r $dovecot_dir/tls/ca.pem && -r $dovecot_dir/tls/ca.key ]] || die "no CA in $dovecot_dir/tls"
        # Fail fast: without Dovecot every AUTH-enabled smtpd dies at connect
        # ("no SASL authentication mechanisms") and master throttles it for 60 s.
        (exec 3<>"/dev/tcp/127.0.0.1/$auth_port") 2>/dev/null \
            || die "Dovecot auth is not listening on 127.0.0.1:$auth_port (is $dovecot_dir running?)"
    fi

    # Fresh state on every start: empty queue and mailbox. The queue and config
    # directories must be root-owned (postfix check); data_directory is postfix's.
    ensure_traversable "$dir"
    rm -rf "${dir:?}/spool" "${dir:?}/data" "${dir:?}/mail" "${dir:?}/etc" "${dir:?}/tls"
    mkdir -p "$dir/etc" "$dir/spool" "$dir/data" "$dir/mail/$MAILBOX"/{cur,new,tmp}
    chmod 0755 "$dir/etc" "$dir/spool" "$dir/mail"
    chown postfix:root "$dir/data"
    chmod 0700 "$dir/data"
    chown -R "$uid:$gid" "$dir/mail/$MAILBOX"
    chmod -R 0700 "$dir/mail/$MAILBOX"
    : >"$dir/maillog"
    chmod 0640 "$dir/maillog"

    make_tls "$dir/tls" "${dovecot_dir:+$dovecot_dir/tls}"

    for attempt in 1 2 3 4 5; do
        ports=$(pick_ports)
        read -r smtp sub smtps <<<"$ports"
        write_config "$dir" "$smtp" "$sub" "$smtps" "$auth_port" "$uid" "$gid"
        # `postfix start` runs the integrity checks, creates the queue
        # subdirectories (post-install create-missing) and waits for master to
        # bind its listeners (master -w). Own stdio: the daemon must not keep
        # the caller's pipes open after we exit.
        if "$POSTFIX" -c "$dir/etc" start </dev/null >"$dir/postfix.out" 2>&1; then
            break
        fi
        if grep -qs "Address already in use" "$dir/postfix.out" "$dir/maillog" \
            && (( attempt < 5 )); then
            continue  # lost a port race with another process; pick new ports
        fi
        show_logs "$dir"
        die "postfix failed to start"
    done

    pid=$(master_pid "$dir") || { show_logs "$dir"; die "no master.pid in $dir/spool/pid"; }
    rc=0
    wait_ready "$smtp" "$sub" "$smtps" "$dir/tls/ca.pem" "${auth_port:+yes}" "$pid" || rc=$?
    if (( rc != 0 )); then
        show_logs "$dir"
        cmd_stop "$dir" >/dev/null 2>&1 || true
        (( rc == 1 )) && die "postfix master exited during start-up"
        die "postfix did not become ready within 20 s"
    fi

    {
        echo "SMTP_PORT=$smtp"
        echo "SUBMISSION_PORT=$sub"
        echo "SMTPS_PORT=$smtps"
        echo "CA_FILE=$dir/tls/ca.pem"
        echo "CERT_SHA256=$(openssl x509 -in "$dir/tls/server.pem" -outform DER | sha256sum | cut -d' ' -f1)"
        echo "MAIL_DIR=$dir/mail/$MAILBOX"
        echo "AUTH=$([[ -n $auth_port ]] && echo yes || echo no)"
        echo "PID=$pid"
    } >"$dir/ports.env"
    cat "$dir/ports.env"
}

cmd_stop() {
    local dir=$1 pid pids i
    [[ -d $dir ]] || return 0
    dir=$(cd "$dir" && pwd -P)
    pids=$(instance_pids "$dir")
    [[ -n $pids ]] || return 0
    # Same as `postfix -c DIR/etc stop` (SIGTERM to master, which terminates its
    # children), but we also wait until every process of the instance is gone.
    pid=$(master_pid "$dir" || true)
    if [[ -n $pid ]] && grep -qx "$pid" <<<"$pids"; then
        kill -TERM "$pid" 2>/dev/null || true
    else
        # shellcheck disable=SC2086  # word splitting of the pid list is intended
        kill -TERM $pids 2>/dev/null || true  # orphans of a dead master
    fi
    for ((i = 0; i < 200; i++)); do
        pids=$(instance_pids "$dir")
        [[ -n $pids ]] || return 0
        sleep 0.05
    done
    echo "postfix.sh: processes of $dir did not exit, sending SIGKILL: ${pids//$'\n'/ }" >&2
    # shellcheck disable=SC2086
    kill -KILL $pids 2>/dev/null || true
}

case ${1:-} in
    start) [[ $# == 2 || $# == 3 ]] || usage; cmd_start "$2" "${3:-}" ;;
    stop) [[ $# == 2 ]] || usage; cmd_stop "$2" ;;
    *) usage ;;
esac
