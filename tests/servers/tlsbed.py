#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mailscope developers
"""Real OpenSSL servers with the TLS faults help desks meet, for the TLS tests.

    tlsbed.py start DIR VARIANT[@ADDRESS[:PORT]] ...
    tlsbed.py stop DIR

Makes a test CA (root and intermediate) and one certificate per variant in DIR, on the fly
(nothing in the repository is a key), then starts one `openssl s_server` per variant on
ADDRESS (default 127.0.0.1; loopback only) and PORT (default: any free one). Prints
CA_FILE=DIR/ca.pem and <VARIANT>_PORT=<port> for each (VARIANT upper-cased, "-" as "_").

Variants (the certificate covers localhost, 127.0.0.1 and *.example.test unless said):
    tls10 tls11 tls12 tls13   a good certificate; the server speaks only that TLS version
    good                      a good certificate, any version
    expired                   expired 40 days ago
    notyet                    valid from 30 days on
    expiring                  expires in 10 days
    wrongname                 made for wrong.invalid only
    selfsigned                self-signed, for localhost
    nochain                   issued by the intermediate, but the server does not send it
    sha1                      signed with SHA-1
    rsa1024                   a 1024-bit RSA key
    srvtarget                 covers srv.provider.test only (not the mail domain)
    imap-starttls             not s_server (it has no STARTTLS): a small IMAP server here that
                              greets, answers STARTTLS and then speaks TLS (good certificate)
TLS 1.0/1.1, SHA-1 and small keys need OpenSSL's security level 0 on the server; every
variant runs with it so that only the variant's own fault shows.
"""
import datetime
import os
import signal
import subprocess
import sys
import time

# Debian's own python3 has python3-dnslib and python3-cryptography (scripts/deps.sh); a
# pyenv or venv python3 first in PATH may lack them or refuse SHA-1 signatures.
if os.path.exists("/usr/bin/python3") and os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3") and not os.environ.get("MAILSCOPE_PYTHON_KEEP"):
    os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)

try:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
except ImportError:  # a pyenv/venv python3 first in PATH: Debian's has python3-cryptography
    if os.path.exists("/usr/bin/python3") and os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
    raise

NOW = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
DAY = datetime.timedelta(days=1)
GOOD_NAMES = ["localhost", "127.0.0.1", "*.example.test", "example.test"]


def key(bits=2048):
    return rsa.generate_private_key(public_exponent=65537, key_size=bits)


def name(cn):
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def cert(subject_key, cn, issuer_cert, issuer_key, names=None, ca=False,
         not_before=None, not_after=None, digest=None):
    import ipaddress
    b = (x509.CertificateBuilder()
         .subject_name(name(cn))
         .issuer_name(issuer_cert.subject if issuer_cert is not None else name(cn))
         .public_key(subject_key.public_key())
         .serial_number(x509.random_serial_number())
         .not_valid_before(not_before or NOW - DAY)
         .not_valid_after(not_after or NOW + 365 * DAY)
         .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
    if names:
        alt = []
        for n in names:
            try:
                alt.append(x509.IPAddress(ipaddress.ip_address(n)))
            except ValueError:
                alt.append(x509.DNSName(n))
        b = b.add_extension(x509.SubjectAlternativeName(alt), critical=False)
    if issuer_cert is not None and not ca:
        # As public CAs do: where the issuer's certificate is (what tells a chain cut short
        # from a private CA's).
        b = b.add_extension(x509.AuthorityInformationAccess([x509.AccessDescription(
            x509.oid.AuthorityInformationAccessOID.CA_ISSUERS,
            x509.UniformResourceIdentifier("http://ca.example.test/intermediate.crt"))]),
            critical=False)
    return b.sign(issuer_key, digest or hashes.SHA256())


def pem(c):
    return c.public_bytes(serialization.Encoding.PEM)


def write_key(path, k):
    with open(path, "wb") as f:
        f.write(k.private_bytes(serialization.Encoding.PEM,
                                serialization.PrivateFormat.TraditionalOpenSSL,
                                serialization.NoEncryption()))


def make(d, variant, root, root_key, inter, inter_key):
    """Returns (cert file, key file, chain file or None, extra s_server args)."""
    k = key(1024 if variant == "rsa1024" else 2048)
    names, issuer, ikey, chain = GOOD_NAMES, inter, inter_key, [inter]
    nb, na, digest, args = None, None, None, []
    if variant == "expired":
        nb, na = NOW - 400 * DAY, NOW - 40 * DAY
    elif variant == "notyet":
        nb, na = NOW + 30 * DAY, NOW + 400 * DAY
    elif variant == "expiring":
        na = NOW + 10 * DAY
    elif variant == "wrongname":
        names = ["wrong.invalid"]
    elif variant == "srvtarget":
        names = ["srv.provider.test"]
    elif variant == "selfsigned":
        issuer, ikey, chain = None, k, []
    elif variant == "nochain":
        chain = []
    elif variant == "sha1":
        digest = hashes.SHA1()
    versions = {"tls10": "-tls1", "tls11": "-tls1_1", "tls12": "-tls1_2", "tls13": "-tls1_3"}
    if variant in versions:
        args.append(versions[variant])
    cn = names[0] if names else "localhost"
    c = cert(k, cn, issuer, ikey, names=names, not_before=nb, not_after=na, digest=digest)
    cf, kf = os.path.join(d, variant + ".pem"), os.path.join(d, variant + ".key")
    with open(cf, "wb") as f:
        f.write(pem(c))
    write_key(kf, k)
    chainf = None
    if chain:
        chainf = os.path.join(d, variant + "-chain.pem")
        with open(chainf, "wb") as f:
            for x in chain:
                f.write(pem(x))
    return cf, kf, chainf, args


def start(d, specs):
    os.makedirs(d, exist_ok=True)
    root_key, inter_key = key(), key()
    root = cert(root_key, "Mailscope Test Root CA", None, root_key, ca=True)
    inter = cert(inter_key, "Mailscope Test Intermediate CA", root, root_key, ca=True)
    with open(os.path.join(d, "ca.pem"), "wb") as f:
        f.write(pem(root))
    out = ["CA_FILE=%s" % os.path.join(d, "ca.pem")]
    pids = []
    try:
        return serve_all(d, specs, root, root_key, inter, inter_key, out, pids)
    except Exception:
        stop(d)
        raise


def serve_all(d, specs, root, root_key, inter, inter_key, out, pids):
    for spec in specs:
        variant, _, where = spec.partition("@")
        addr, port = "127.0.0.1", "0"
        if where:
            addr, _, p = where.partition(":")
            port = p or "0"
        if not (addr.startswith("127.") or addr.startswith("10.99.0.")):
            sys.stderr.write("tlsbed.py: loopback (or the test's own namespace) only\n")
            return 1
        cf, kf, chainf, args = make(d, variant, root, root_key, inter, inter_key)
        log = os.path.join(d, "%s-%s.log" % (variant, port))
        if variant == "imap-starttls":
            both = os.path.join(d, variant + "-full.pem")
            with open(both, "wb") as f, open(cf, "rb") as a, open(chainf, "rb") as b:
                f.write(a.read() + b.read())
            cmd = [sys.executable, os.path.abspath(__file__), "serve-imap-starttls", both, kf,
                   addr, port]
        else:
            cmd = None
        cmd = cmd or ["openssl", "s_server", "-accept", "%s:%s" % (addr, port), "-cert", cf, "-key", kf,
               "-cipher", "ALL:@SECLEVEL=0", "-www"] + args
        if chainf and cmd[0] == "openssl":
            cmd += ["-cert_chain", chainf]
        with open(log, "wb") as lf:
            p = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=lf, stderr=subprocess.STDOUT,
                                 start_new_session=True)
        pids.append(p.pid)
        # Written at once: whatever fails later, stop() still finds every server started.
        with open(os.path.join(d, "pids"), "w") as f:
            f.write("\n".join(map(str, pids)))
        bound = None
        for _ in range(200):
            with open(log, "rb") as lf:
                for line in lf.read().decode(errors="replace").splitlines():
                    if line.startswith("ACCEPT "):
                        bound = line.rsplit(":", 1)[1]
                    elif line.strip() == "ACCEPT" and port != "0":  # a fixed port is not echoed
                        bound = port
            if bound or p.poll() is not None:
                break
            time.sleep(0.05)
        if not bound:
            with open(log, "rb") as lf:
                sys.stderr.write("tlsbed.py: s_server for %s did not start: %s\n"
                                 % (variant, lf.read().decode(errors="replace")))
            with open(os.path.join(d, "pids"), "w") as f:
                f.write("\n".join(map(str, pids)))
            stop(d)
            return 1
        out.append("%s_PORT=%s" % (variant.upper().replace("-", "_"), bound))
    with open(os.path.join(d, "pids"), "w") as f:
        f.write("\n".join(map(str, pids)))
    print("\n".join(out))
    return 0


def serve_imap_starttls(chain, keyfile, addr, port):
    """Greeting, CAPABILITY, STARTTLS, then the same over TLS; LOGOUT ends. One thread per
    client, lines capped at 8 KiB, 100 commands per connection at most."""
    import socket
    import ssl
    import threading
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(chain, keyfile)
    srv = socket.create_server((addr, int(port)))
    print("ACCEPT %s:%d" % (addr, srv.getsockname()[1]), flush=True)

    def client(c):
        c.settimeout(30)
        f = c.makefile("rb")
        tls = False
        c.sendall(b"* OK [CAPABILITY IMAP4rev1 STARTTLS] test server ready\r\n")
        for _ in range(100):
            line = f.readline(8192)
            if not line:
                break
            parts = line.decode(errors="replace").split()
            if len(parts) < 2:
                continue
            tag, cmd = parts[0], parts[1].upper()
            if cmd == "STARTTLS" and not tls:
                c.sendall(tag.encode() + b" OK begin TLS\r\n")
                c = ctx.wrap_socket(c, server_side=True)
                f = c.makefile("rb")
                tls = True
            elif cmd == "CAPABILITY":
                c.sendall(b"* CAPABILITY IMAP4rev1%s\r\n%s OK done\r\n"
                          % (b"" if tls else b" STARTTLS", tag.encode()))
            elif cmd == "LOGOUT":
                c.sendall(b"* BYE\r\n" + tag.encode() + b" OK bye\r\n")
                break
            else:
                c.sendall(tag.encode() + b" BAD not here\r\n")
        c.close()

    while True:
        c, _ = srv.accept()
        threading.Thread(target=lambda: _guard(client, c), daemon=True).start()


def _guard(fn, c):
    try:
        fn(c)
    except (OSError, ValueError):
        pass


def stop(d):
    try:
        with open(os.path.join(d, "pids")) as f:
            pids = [int(x) for x in f.read().split()]
    except (OSError, ValueError):
        return 0
    for pid in pids:
        try:
            os.killpg(pid, signal.SIGTERM)
        except OSError:
            pass
    return 0


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "start":
        sys.exit(start(sys.argv[2], sys.argv[3:]))
    if len(sys.argv) == 6 and sys.argv[1] == "serve-imap-starttls":
        serve_imap_starttls(*sys.argv[2:])
    if len(sys.argv) == 3 and sys.argv[1] == "stop":
        sys.exit(stop(sys.argv[2]))
    sys.stderr.write("usage: tlsbed.py start DIR VARIANT[@ADDR[:PORT]]... | stop DIR\n")
    sys.exit(2)
