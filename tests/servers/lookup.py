#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mailscope developers
"""Everything a mail program asks before it connects, on loopback, for the discovery tests.

    lookup.py start DIR    reads DIR/scenario.json, prints HTTP_URL=http://127.0.0.1:<port>
                           and DNS_SERVER=<address> (when the scenario has DNS records) and
                           leaves both servers running
    lookup.py stop DIR

HTTP: answers requests of the form /<original-host>/<original-path>?<query> (mailscope-cli
--lookup-base) from the scenario's "http" map, keyed "<host><path>" (query ignored):
    {"status": 200, "body": "...", "headers": {"Location": "..."},
     "generate": "huge" | "endless" | "billion-laughs" | "external-entity" | "deep",
     "note": "what this answer is for"}
Hostile answers are made here, on the fly, so that no file in the repository is one:
    huge             4 MiB of XML-looking text, with a Content-Length
    endless          a chunked body that goes on until the client stops reading (bounded
                     here too: 64 MiB at most)
    billion-laughs   nested internal entities ("lol" x 10^9 once expanded)
    external-entity  an entity that reads file:///etc/passwd
    deep             10,000 nested elements
Every request is recorded; GET /_requests returns them (the tests check that a redirect to
another host was not followed, and that nothing was asked that should not be).

DNS (python3-dnslib): UDP and TCP on port 53 of the scenario's "dns_address" (a 127.x.y.z of
the test's own, so that parallel tests do not meet), answering SRV, MX and A from the
scenario's "dns" map: {"A": {"name": "127.x.y.z"}, "MX": {"domain": ["host" or [pref, "host"], …]},
"SRV": {"_imaps._tcp.domain": [[priority, weight, port, "target"], …]}}; anything else is
NXDOMAIN. Nothing is ever forwarded: questions never leave loopback. With "dns_truncate": true
every UDP answer says "truncated, ask over TCP" and TCP questions are never answered (held for
at most 300 s): the system resolver then waits in a read without a timeout.
"""
import http.server
import json
import os
import signal
import socketserver
import sys
import threading
import time
import urllib.parse

# Debian's own python3 has python3-dnslib and python3-cryptography (scripts/deps.sh); a
# pyenv or venv python3 first in PATH may lack them or refuse SHA-1 signatures.
if os.path.exists("/usr/bin/python3") and os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3") and not os.environ.get("MAILSCOPE_PYTHON_KEEP"):
    os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)

try:
    import dnslib
    import dnslib.server
except ImportError:  # a pyenv/venv python3 first in PATH: Debian's has python3-dnslib
    if os.path.exists("/usr/bin/python3") and os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
    dnslib = None

REQUESTS = []
LOCK = threading.Lock()


def generated(kind):
    if kind == "huge":
        return b"<clientConfig>" + b"<!-- padding -->" * (4 * 1024 * 1024 // 16) + b"</clientConfig>"
    if kind == "billion-laughs":
        lines = ['<?xml version="1.0"?>', '<!DOCTYPE clientConfig [', ' <!ENTITY lol "lol">']
        for i in range(1, 10):
            prev = "&lol;" if i == 1 else "&lol%d;" % (i - 1)
            lines.append(' <!ENTITY lol%d "%s">' % (i, prev * 10))
        lines += [']>', '<clientConfig version="1.1"><emailProvider id="x">',
                  '<incomingServer type="imap"><hostname>&lol9;</hostname><port>993</port>'
                  '<socketType>SSL</socketType></incomingServer></emailProvider></clientConfig>']
        return "\n".join(lines).encode()
    if kind == "external-entity":
        return (b'<?xml version="1.0"?>\n<!DOCTYPE clientConfig [ <!ENTITY x SYSTEM '
                b'"file:///etc/passwd"> ]>\n<clientConfig version="1.1"><emailProvider id="x">'
                b'<incomingServer type="imap"><hostname>&x;</hostname><port>993</port>'
                b'<socketType>SSL</socketType></incomingServer></emailProvider></clientConfig>')
    if kind == "deep":
        return b"<clientConfig>" + b"<a>" * 10000 + b"</a>" * 10000 + b"</clientConfig>"
    raise ValueError(kind)


class Handler(http.server.BaseHTTPRequestHandler):
    server_version = "mailscope-test-lookup/1"
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        sys.stderr.write("%s %s\n" % (time.strftime("%H:%M:%S"), fmt % args))

    def do_GET(self):
        u = urllib.parse.urlsplit(self.path)
        if u.path == "/_requests":
            with LOCK:
                body = json.dumps(REQUESTS).encode()
            return self.reply(200, body, {"Content-Type": "application/json"})
        with LOCK:
            REQUESTS.append(self.path)
        key = u.path.lstrip("/")
        entry = self.server.scenario.get("http", {}).get(key)
        if entry is None:
            return self.reply(404, b"not found\n", {})
        status = entry.get("status", 200)
        headers = dict(entry.get("headers", {}))
        kind = entry.get("generate")
        if kind == "endless":
            return self.endless()
        body = generated(kind) if kind else entry.get("body", "").encode()
        self.reply(status, body, headers)

    def reply(self, status, body, headers):
        self.send_response(status)
        headers.setdefault("Content-Type", "text/xml")
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def endless(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/xml")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        chunk = b"<x>" + b"y" * 65536 + b"</x>"
        try:
            for _ in range(1024):  # 64 MiB at most, whatever the client does
                self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            self.wfile.write(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            pass


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True


class Resolver:
    def __init__(self, dns, truncate=False):
        self.dns = dns
        self.truncate = truncate

    def resolve(self, request, handler):
        reply = request.reply()
        if self.truncate:
            if handler.protocol == "udp":
                reply.header.tc = 1
                return reply
            time.sleep(300)
            return reply
        q = request.q
        name = str(q.qname).rstrip(".").lower()
        qtype = dnslib.QTYPE[q.qtype]
        found = False
        if qtype == "A" and name in self.dns.get("A", {}):
            reply.add_answer(dnslib.RR(q.qname, dnslib.QTYPE.A, ttl=5,
                                       rdata=dnslib.A(self.dns["A"][name])))
            found = True
        elif qtype == "MX" and name in self.dns.get("MX", {}):
            for i, entry in enumerate(self.dns["MX"][name]):
                # "host" (preference 10, 20, … in order) or [preference, "host"]; "." is the
                # root: [0, "."] alone is RFC 7505's null MX.
                pref, host = entry if isinstance(entry, list) else (10 * (i + 1), entry)
                reply.add_answer(dnslib.RR(q.qname, dnslib.QTYPE.MX, ttl=5,
                                           rdata=dnslib.MX(host, pref)))
            found = True
        elif qtype == "SRV" and name in self.dns.get("SRV", {}):
            for prio, weight, port, target in self.dns["SRV"][name]:
                reply.add_answer(dnslib.RR(q.qname, dnslib.QTYPE.SRV, ttl=5,
                                           rdata=dnslib.SRV(prio, weight, port, target)))
            found = True
        known = any(name in self.dns.get(t, {}) for t in ("A", "MX", "SRV"))
        if not found and not known:
            reply.header.rcode = dnslib.RCODE.NXDOMAIN
        return reply


def start(d):
    with open(os.path.join(d, "scenario.json")) as f:
        scenario = json.load(f)
    pid = os.fork()
    if pid:
        # Parent: wait for the child's ready file, print it.
        ready = os.path.join(d, "ready")
        for _ in range(200):
            if os.path.exists(ready):
                with open(ready) as f:
                    sys.stdout.write(f.read())
                return 0
            time.sleep(0.05)
        sys.stderr.write("lookup.py: servers did not start; see %s/lookup.log\n" % d)
        return 1
    os.setsid()
    log = open(os.path.join(d, "lookup.log"), "a", buffering=1)
    os.dup2(log.fileno(), 1)
    os.dup2(log.fileno(), 2)
    # Loopback, or the address of a network namespace the test made itself (10.99.0.2).
    http_addr = scenario.get("http_address", "127.0.0.1")
    if not (http_addr.startswith("127.") or http_addr.startswith("10.99.0.")):
        sys.stderr.write("lookup.py: loopback or the test's own namespace only\n")
        os._exit(1)
    httpd = Server((http_addr, 0), Handler)
    httpd.scenario = scenario
    lines = ["HTTP_URL=http://%s:%d" % (http_addr, httpd.server_address[1])]
    servers = []
    if scenario.get("dns"):
        if dnslib is None:
            sys.stderr.write("lookup.py: python3-dnslib is missing (apt-get install python3-dnslib)\n")
            os._exit(1)
        addr = scenario["dns_address"]
        if not (addr.startswith("127.") or addr.startswith("10.99.0.")):
            sys.stderr.write("lookup.py: DNS only on loopback or the test's own namespace\n")
            os._exit(1)
        resolver = Resolver(scenario["dns"], scenario.get("dns_truncate", False))
        for tcp in (False, True):
            s = dnslib.server.DNSServer(resolver, address=addr, port=53, tcp=tcp,
                                        logger=dnslib.server.DNSLogger("-request,-reply,-truncated"))
            s.start_thread()
            servers.append(s)
        lines.append("DNS_SERVER=%s" % addr)
    with open(os.path.join(d, "lookup.pid"), "w") as f:
        f.write(str(os.getpid()))
    tmp = os.path.join(d, "ready.tmp")
    with open(tmp, "w") as f:
        f.write("\n".join(lines) + "\n")
    os.rename(tmp, os.path.join(d, "ready"))
    signal.signal(signal.SIGTERM, lambda *_: os._exit(0))
    httpd.serve_forever()
    return 0


def stop(d):
    try:
        with open(os.path.join(d, "lookup.pid")) as f:
            pid = int(f.read().strip())
        os.kill(pid, signal.SIGTERM)
    except (OSError, ValueError):
        pass
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("start", "stop"):
        sys.stderr.write("usage: lookup.py start|stop DIR\n")
        sys.exit(2)
    sys.exit(start(sys.argv[2]) if sys.argv[1] == "start" else stop(sys.argv[2]))
