#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mailscope developers
"""A small OAuth 2.0 authorization server on loopback, for the sign-in tests.

    oauth2.py start DIR    prints OAUTH2_URL=http://127.0.0.1:<port> and leaves it running
    oauth2.py stop DIR

It implements what Mailscope and Dovecot need of a real provider, and checks what a real
provider checks:
  GET  /authorize   authorization code with PKCE (S256 only), loopback redirect URIs only;
                    redirects back with code and state (the browser is replaced by an HTTP
                    request in the tests)
  POST /token       authorization_code (verifies the PKCE verifier) and refresh_token grants
  POST /introspect  RFC 7662 for Dovecot's passdb oauth2: active, username, scope
Test controls (loopback only, like everything here):
  POST /admin/config  JSON: expires_in, first_expires_in, scope_override, rotate_refresh,
                      echo_refusal (the token endpoint refuses and quotes the request back, as
                      careless providers do; the quoted secrets count as issued),
                      token_fault (the token endpoint misbehaves: "huge" an endless chunked
                      body, "bigchunk" a chunk claiming nearly 2^63 bytes, "stall" no answer, "drip" a byte every few seconds, or an HTTP
                      status such as 503), fault_grant (only for this grant_type; null: any),
                      fault_seconds (how long a stall or drip lasts), lose_codes (every
                      authorization code is unknown at the token endpoint)
  POST /admin/revoke  JSON: {"token": "..."} or {"all": true}
  POST /admin/issue   JSON: {"scope": "..."}: a token as if from a sign-in elsewhere
  POST /admin/tls     JSON: {"cert": PEM path, "key": PEM path, "host": a 127.x address}: the
                      same server over HTTPS on a port of its own (default host 127.0.0.1);
                      answers {"url": "https://<host>:<port>"}
  GET  /admin/stats   counters (authorize, code grants, refresh grants, PKCE failures, ...)
  GET  /admin/tokens  every token issued so far (the tests search outputs for them)
Everything lives in memory; DIR holds the pid file and the log.
"""
import base64
import hashlib
import http.server
import json
import os
import secrets
import signal
import ssl
import socketserver
import sys
import threading
import time
import urllib.parse

CLIENT_ID = os.environ.get("OAUTH2_CLIENT_ID", "mailscope-test-client")
USER = os.environ.get("OAUTH2_USER", "fred")
MAIL_SCOPE = os.environ.get("OAUTH2_MAIL_SCOPE", "mail")


class State:
    def __init__(self):
        # Reentrant: a handler that holds it may answer with error(), which counts under it.
        self.lock = threading.RLock()
        self.codes = {}     # code -> dict(challenge, redirect, scope, client)
        self.access = {}    # token -> dict(user, scope, expires)
        self.refresh = {}   # token -> dict(user, scope)
        self.config = {"expires_in": 3600, "first_expires_in": None, "scope_override": None,
                       "rotate_refresh": True, "token_fault": None, "fault_grant": None,
                       "fault_seconds": 60, "lose_codes": False}
        self.issued = []    # every token handed out, for the leak checks
        self.stats = {"authorize": 0, "code_grants": 0, "refresh_grants": 0, "pkce_ok": 0,
                      "pkce_failed": 0, "introspect": 0, "introspect_active": 0,
                      "bad_requests": 0, "faults": 0, "faults_done": 0,
                      "fault_bytes_sent": 0, "tls_requests": 0}

    def issue(self, user, scope, first):
        expires = self.config["expires_in"]
        if first and self.config["first_expires_in"] is not None:
            expires = self.config["first_expires_in"]
        access = "at-" + secrets.token_urlsafe(24)
        self.access[access] = {"user": user, "scope": scope, "expires": time.time() + expires}
        refresh = "rt-" + secrets.token_urlsafe(24)
        self.refresh[refresh] = {"user": user, "scope": scope}
        self.issued += [access, refresh]
        return {"access_token": access, "token_type": "Bearer", "expires_in": expires,
                "refresh_token": refresh, "scope": scope}


STATE = State()


def s256(verifier):
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def loopback_redirect(uri):
    u = urllib.parse.urlsplit(uri)
    return u.scheme == "http" and u.hostname in ("127.0.0.1", "::1", "localhost") and u.port


class Handler(http.server.BaseHTTPRequestHandler):
    server_version = "mailscope-test-oauth2/1"

    def log_message(self, fmt, *args):
        sys.stderr.write("%s %s\n" % (time.strftime("%H:%M:%S"), fmt % args))

    def send_json(self, code, obj):
        body = json.dumps(obj).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def error(self, code, err, desc):
        with STATE.lock:
            STATE.stats["bad_requests"] += 1
        self.send_json(code, {"error": err, "error_description": desc})

    def form(self):
        n = int(self.headers.get("Content-Length", "0"))
        if n > 65536:
            return None
        raw = self.rfile.read(n).decode("utf-8", "replace")
        if self.headers.get("Content-Type", "").startswith("application/json"):
            return json.loads(raw or "{}")
        return {k: v[0] for k, v in urllib.parse.parse_qs(raw).items()}

    def count_tls(self):
        # A request that got this far over TLS: its handshake was accepted.
        if getattr(self.server, "tls", False):
            with STATE.lock:
                STATE.stats["tls_requests"] += 1

    def do_GET(self):
        self.count_tls()
        u = urllib.parse.urlsplit(self.path)
        q = {k: v[0] for k, v in urllib.parse.parse_qs(u.query).items()}
        if u.path == "/authorize":
            return self.authorize(q)
        if u.path == "/admin/stats":
            with STATE.lock:
                return self.send_json(200, dict(STATE.stats))
        if u.path == "/admin/tokens":
            with STATE.lock:
                return self.send_json(200, {"tokens": list(STATE.issued)})
        self.send_json(404, {"error": "not_found"})

    def do_POST(self):
        self.count_tls()
        path = urllib.parse.urlsplit(self.path).path
        f = self.form()
        if f is None:
            return self.error(413, "invalid_request", "too large")
        if path == "/token":
            return self.token(f)
        if path == "/introspect":
            return self.introspect(f)
        if path == "/admin/config":
            with STATE.lock:
                STATE.config.update(f)
            return self.send_json(200, STATE.config)
        if path == "/admin/tls":
            host = f.get("host", "127.0.0.1")
            if not host.startswith("127."):
                return self.error(400, "invalid_request", "loopback only")
            return self.send_json(200, {"url": start_tls(f["cert"], f["key"], host)})
        if path == "/admin/issue":
            with STATE.lock:
                return self.send_json(200, STATE.issue(USER, f.get("scope", MAIL_SCOPE), False))
        if path == "/admin/revoke":
            with STATE.lock:
                if f.get("all"):
                    STATE.access.clear()
                    STATE.refresh.clear()
                else:
                    STATE.access.pop(f.get("token", ""), None)
                    STATE.refresh.pop(f.get("token", ""), None)
            return self.send_json(200, {"revoked": True})
        self.send_json(404, {"error": "not_found"})

    def authorize(self, q):
        with STATE.lock:
            STATE.stats["authorize"] += 1
        # The checks a real provider makes before it shows its sign-in page.
        if q.get("response_type") != "code" or q.get("client_id") != CLIENT_ID:
            return self.error(400, "unauthorized_client", "unknown client or response type")
        redirect = q.get("redirect_uri", "")
        if not loopback_redirect(redirect):
            return self.error(400, "invalid_request", "redirect_uri must be a loopback address")
        if q.get("code_challenge_method") != "S256" or len(q.get("code_challenge", "")) != 43:
            return self.error(400, "invalid_request", "PKCE with S256 is required")
        scope = q.get("scope", "")
        with STATE.lock:
            if STATE.config["scope_override"] is not None:
                scope = STATE.config["scope_override"]
            code = "code-" + secrets.token_urlsafe(16)
            STATE.codes[code] = {"challenge": q["code_challenge"], "redirect": redirect,
                                 "scope": scope, "client": q["client_id"]}
        target = redirect + ("&" if "?" in redirect else "?") + urllib.parse.urlencode(
            {"code": code, "state": q.get("state", "")})
        self.send_response(302)
        self.send_header("Location", target)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def fault(self, kind):
        """A token endpoint that misbehaves; counts what it sent before the client gave up."""
        with STATE.lock:
            STATE.stats["faults"] += 1
            seconds = float(STATE.config["fault_seconds"])
        sent = 0
        try:
            if isinstance(kind, int) or str(kind).isdigit():
                body = b"<html><body>Service Unavailable</body></html>"
                self.send_response(int(kind))
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                sent = len(body)
            elif kind == "huge":
                # At loopback speed, bounded by bytes and by time; a client that keeps its
                # 64 KiB limit closes after a few socket buffers' worth.
                self.protocol_version = "HTTP/1.1"  # chunked needs it
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                chunk = b"x" * int(STATE.config.get("fault_chunk", 1 << 20))
                frame = b"%x\r\n%s\r\n" % (len(chunk), chunk)
                self.wfile.write(b'11\r\n{"access_token":"\r\n')
                end = time.time() + seconds
                while sent < (8 << 30) and time.time() < end:
                    self.wfile.write(frame)
                    sent += len(chunk)
            elif kind == "bigchunk":
                # A chunk that claims nearly 2^63 bytes after a small one: a client that adds
                # the claimed size to what it has wraps around and reads on without end.
                self.protocol_version = "HTTP/1.1"
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                self.wfile.write(b'11\r\n{"access_token":"\r\n7fffffffffffffff\r\n')
                chunk = b"x" * (1 << 20)
                end = time.time() + seconds
                while sent < (8 << 30) and time.time() < end:
                    self.wfile.write(chunk)
                    sent += len(chunk)
            elif kind == "stall":
                time.sleep(seconds)
            elif kind == "drip":
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", "1000")
                self.end_headers()
                end = time.time() + seconds
                while time.time() < end:
                    self.wfile.write(b" ")
                    self.wfile.flush()
                    sent += 1
                    time.sleep(2)
        except OSError:
            pass  # the client closed: what it took is counted below
        with STATE.lock:
            STATE.stats["fault_bytes_sent"] = sent
            STATE.stats["faults_done"] += 1
        self.close_connection = True

    def token(self, f):
        with STATE.lock:
            kind = STATE.config["token_fault"]
            only = STATE.config["fault_grant"]
        if kind is not None and only in (None, f.get("grant_type")):
            return self.fault(kind)
        if STATE.config.get("echo_refusal"):
            quoted = {k: v for k, v in f.items()
                      if k not in ("grant_type", "client_id", "redirect_uri", "scope")}
            with STATE.lock:
                STATE.issued += list(quoted.values())
            return self.error(400, "invalid_grant",
                              "refused: " + " ".join(quoted.values()) + " (request: " +
                              urllib.parse.urlencode(f) + ")")
        if f.get("client_id") != CLIENT_ID:
            return self.error(401, "invalid_client", "unknown client")
        grant = f.get("grant_type")
        with STATE.lock:
            if grant == "authorization_code":
                c = STATE.codes.pop(f.get("code", ""), None)
                if STATE.config["lose_codes"]:
                    c = None
                if c is None or c["redirect"] != f.get("redirect_uri"):
                    return self.error(400, "invalid_grant", "unknown code or redirect")
                if s256(f.get("code_verifier", "")) != c["challenge"]:
                    STATE.stats["pkce_failed"] += 1
                    return self.error(400, "invalid_grant", "PKCE verification failed")
                STATE.stats["pkce_ok"] += 1
                STATE.stats["code_grants"] += 1
                return self.send_json(200, STATE.issue(USER, c["scope"], True))
            if grant == "refresh_token":
                r = STATE.refresh.get(f.get("refresh_token", ""))
                if r is None:
                    return self.error(400, "invalid_grant", "refresh token revoked or unknown")
                STATE.stats["refresh_grants"] += 1
                issued = STATE.issue(r["user"], r["scope"], False)
                if STATE.config["rotate_refresh"]:
                    STATE.refresh.pop(f["refresh_token"], None)
                else:
                    STATE.refresh.pop(issued["refresh_token"], None)
                    issued["refresh_token"] = f["refresh_token"]
                return self.send_json(200, issued)
        self.error(400, "unsupported_grant_type", str(grant))

    def introspect(self, f):
        token = f.get("token", "")
        with STATE.lock:
            STATE.stats["introspect"] += 1
            a = STATE.access.get(token)
            # RFC 7662 §2.2: a token that is unknown, revoked, expired, or not for this
            # resource (mail) is simply inactive.
            if a is None or a["expires"] <= time.time() or MAIL_SCOPE not in a["scope"].split():
                return self.send_json(200, {"active": False})
            STATE.stats["introspect_active"] += 1
        self.send_json(200, {"active": True, "username": a["user"], "scope": a["scope"],
                             "exp": int(a["expires"])})


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


class TlsServer(Server):
    tls = True

    def __init__(self, context, host):
        super().__init__((host, 0), Handler)
        self.context = context

    def get_request(self):
        sock, addr = self.socket.accept()
        # The handshake happens on the handler's thread (its first read), so a client that
        # refuses the certificate or stalls holds up nobody else.
        return self.context.wrap_socket(sock, server_side=True,
                                        do_handshake_on_connect=False), addr

    def handle_error(self, request, client_address):
        # A client that refused the certificate: expected in the tests, one line in the log.
        sys.stderr.write("%s TLS connection ended: %s\n"
                         % (time.strftime("%H:%M:%S"), sys.exc_info()[1]))


def start_tls(cert, key, host):
    """Serves the same state over HTTPS (requests counted as tls_requests); returns its URL."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server = TlsServer(context, host)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return "https://%s:%d" % (host, server.server_address[1])


def start(directory):
    os.makedirs(directory, exist_ok=True)
    server = Server(("127.0.0.1", 0), Handler)
    port = server.server_address[1]
    pid = os.fork()
    if pid:
        with open(os.path.join(directory, "oauth2.pid"), "w") as f:
            f.write(str(pid))
        print("OAUTH2_URL=http://127.0.0.1:%d" % port)
        print("OAUTH2_CLIENT_ID=%s" % CLIENT_ID)
        sys.stdout.flush()
        os._exit(0)
    os.setsid()
    log = open(os.path.join(directory, "oauth2.log"), "a", buffering=1)
    os.dup2(log.fileno(), 2)
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 0)
    os.dup2(devnull, 1)
    # Bounded: a test bed that was never stopped ends by itself after an hour.
    signal.alarm(3600)
    server.serve_forever()


def stop(directory):
    try:
        with open(os.path.join(directory, "oauth2.pid")) as f:
            pid = int(f.read().strip())
        os.kill(pid, signal.SIGTERM)
    except (OSError, ValueError):
        pass


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("start", "stop"):
        sys.stderr.write("usage: oauth2.py start|stop DIR\n")
        sys.exit(2)
    (start if sys.argv[1] == "start" else stop)(sys.argv[2])
