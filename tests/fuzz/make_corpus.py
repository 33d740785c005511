#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mailscope developers
"""Regenerates the seed corpora in tests/fuzz/corpus/<harness>/ from the project's fixtures.

Sources (nothing is invented here; the lines come from these files):
  tests/unit/tst_imapparser.cpp, tst_smtpparser.cpp   the inputs of the data rows
  tests/integration/*.cpp                             fault-server scripts ("S:"/"C:" lines)
  /work/shared/seeds/*.txt (or $MAILSCOPE_SEEDS)      real server output quoted in the seeds
  tests/integration/tst_discovery.cpp, tests/gui/tst_gui.cpp, tests/data/thunderbird/*.js
                                                      autoconfig XML, Autodiscover JSON and
                                                      prefs.js as the tests give them (fuzz_config)
  tests/data/report-texts.json                        a demo report's "texts" (fuzz_config)

Parser corpora: two header bytes (mode, split; see the harness) + server bytes.
Session corpus: one mode byte + server bytes with the "#>" (next chunk), "#=" (next connection)
and "#t" (the client's tag) markers of fuzz_session.cpp. A script becomes a session input: each
"C:" line starts a new chunk, "---" a new connection, "<tag>" becomes "#t".

Usage: tests/fuzz/make_corpus.py [--check]   (--check: list what would be written, write nothing)
"""
import hashlib
import os
import re
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SEEDS = os.environ.get("MAILSCOPE_SEEDS", os.path.join(ROOT, "..", "shared", "seeds"))
OUT = os.path.join(ROOT, "tests", "fuzz", "corpus")

LITERAL = re.compile(r'"((?:[^"\\\n]|\\.)*)"')


def unescape_c(s):
    out = bytearray()
    i = 0
    while i < len(s):
        c = s[i]
        if c != "\\":
            out += c.encode("utf-8")
            i += 1
            continue
        n = s[i + 1]
        i += 2
        if n == "x":
            m = re.match(r"[0-9a-fA-F]{1,2}", s[i:])
            out.append(int(m.group(0), 16))
            i += len(m.group(0))
        elif n in "01234567":
            m = re.match(r"[0-7]{1,3}", s[i - 1:])
            out.append(int(m.group(0), 8) & 0xFF)
            i += len(m.group(0)) - 1
        else:
            out += {"r": b"\r", "n": b"\n", "t": b"\t", "0": b"\0"}.get(n, n.encode())
    return bytes(out)


def strip_comments(text):
    return re.sub(r"^\s*//.*$", "", text, flags=re.M)


def row_inputs(path):
    """The first operand of every QTest::newRow(...) << operand << ...: the parser input."""
    text = strip_comments(open(path, encoding="utf-8").read())
    inputs = []
    for m in re.finditer(r"QTest::newRow\((?:[^()]|\([^()]*\))*\)\s*<<(.*?)(?:<<|;)", text, re.S):
        lits = LITERAL.findall(m.group(1))
        if lits:
            inputs.append(b"".join(unescape_c(x) for x in lits))
    return [i for i in inputs if i.endswith(b"\n")]


def scripts(path):
    """Fault-server scripts: the script lines of each test function, in order."""
    text = strip_comments(open(path, encoding="utf-8").read())
    out = []
    for body in re.split(r"\n    void \w+\(\)\n", text)[1:]:
        joined = b"".join(unescape_c(x) for x in LITERAL.findall(body))
        lines = [l for l in joined.split(b"\n") if re.match(rb"^([SCRX]: |---$)", l)]
        if any(l.startswith(b"S: ") for l in lines) and any(l.startswith(b"C: ") for l in lines):
            out.append(lines)
    return out


def unescape_script(s):
    return re.sub(rb"\\(x[0-9a-fA-F]{2}|.)", lambda m: {b"r": b"\r", b"n": b"\n", b"t": b"\t"}.get(
        m.group(1), bytes([int(m.group(1)[1:], 16)]) if m.group(1)[:1] == b"x" else m.group(1)), s)


def script_session(lines):
    """A fault-server script as a fuzz_session input (without the mode byte)."""
    out = b""
    done = False
    for l in lines:
        if l == b"---":
            out += b"#="
            done = False
        elif done:
            continue
        elif l.startswith(b"S: "):
            out += l[3:].replace(b"<tag>", b"#t") + b"\r\n"
        elif l.startswith(b"R: "):
            out += unescape_script(l[3:]).replace(b"<tag>", b"#t")
        elif l.startswith(b"C: "):
            out += b"#>"
        elif l.split()[1:2] in ([b"close"], [b"reset"], [b"silent"], [b"wait-close"]):
            done = True  # the fuzz transport ends every section with FIN
    return out


def script_server_bytes(lines):
    """Only what the server sends, tags numbered as the client would."""
    out, n = b"", 0
    for l in lines:
        if l.startswith(b"C: "):
            n += 1
        elif l.startswith((b"S: ", b"R: ")):
            tag = b"a%d" % max(n, 1)
            body = l[3:] + b"\r\n" if l.startswith(b"S: ") else unescape_script(l[3:])
            out += body.replace(b"<tag>", tag)
    return out


def is_smtp(lines):
    first = next((l for l in lines if l.startswith((b"S: ", b"R: "))), b"")
    return re.match(rb"^[SR]: [2-5]\d\d", first) is not None


def seed_lines(name, pattern):
    path = next((os.path.join(SEEDS, f) for f in sorted(os.listdir(SEEDS)) if f.startswith(name)),
                None) if os.path.isdir(SEEDS) else None
    if not path:
        return []
    return [m.group(1).encode("utf-8") for m in
            (re.match(pattern, l.rstrip("\n")) for l in open(path, encoding="utf-8")) if m]


def main():
    check = "--check" in sys.argv
    corpus = {"fuzz_imap_parser": {}, "fuzz_smtp_parser": {}, "fuzz_session": {},
              "fuzz_config": {}}

    def add(harness, name, data):
        corpus[harness][name] = data

    unit = os.path.join(ROOT, "tests", "unit")
    integ = os.path.join(ROOT, "tests", "integration")

    # IMAP parser: unit rows in groups, under several split/limit/stop modes.
    rows = row_inputs(os.path.join(unit, "tst_imapparser.cpp"))
    headers = [b"\x00\x07", b"\x10\x02", b"\x00\x00", b"\x07\x05", b"\x0f\x04", b"\x13\x07"]
    for i in range(0, len(rows), 8):
        add("fuzz_imap_parser", "unit-%02d" % (i // 8), headers[(i // 8) % len(headers)] +
            b"".join(rows[i:i + 8]))
    # SMTP parser: likewise.
    rows = row_inputs(os.path.join(unit, "tst_smtpparser.cpp"))
    for i in range(0, len(rows), 6):
        add("fuzz_smtp_parser", "unit-%02d" % (i // 6), headers[(i // 6) % len(headers)] +
            b"".join(rows[i:i + 6]))

    # Fault-server scripts: server bytes for the parsers, whole dialogues for the session.
    n_imap = n_smtp = 0
    for f in sorted(os.listdir(integ)):
        for k, lines in enumerate(scripts(os.path.join(integ, f))):
            base = "%s-%02d" % (f[4:-4], k)
            smtp = is_smtp(lines)
            if smtp and n_smtp < 12:
                n_smtp += 1
                add("fuzz_smtp_parser", base, b"\x00\x07" + script_server_bytes(lines))
                add("fuzz_session", base, b"\x01" + script_session(lines))
            elif not smtp and n_imap < 14:
                n_imap += 1
                add("fuzz_imap_parser", base, b"\x10\x03" + script_server_bytes(lines))
                add("fuzz_session", base, bytes([0x80 if n_imap % 2 else 0x00]) +
                    script_session(lines))

    # The seeds: Exchange's ghost message (001), untagged lines at login (003), a perdition
    # proxy (000, the words it answers with), FrontBridge's pipelining (004).
    exch = seed_lines("001", r"^((?:\* |a\d+ (?:OK|NO|BAD) ).*)$")
    if exch:
        add("fuzz_imap_parser", "seed-001", b"\x00\x07" + b"".join(l + b"\r\n" for l in exch))
        # The session: greeting, then one chunk per tagged reply.
        add("fuzz_session", "seed-001", b"\x00" + b"".join(
            l + b"\r\n" + (b"#>" if re.match(rb"^a\d+ ", l) else b"") for l in exch)
            .replace(b"ready.\r\n", b"ready.\r\n#>", 1))
    proxy = seed_lines("003", r"^> > S: (.*)$")
    if proxy:
        add("fuzz_imap_parser", "seed-003", b"\x10\x01" + b"".join(l + b"\r\n" for l in proxy))
        add("fuzz_session", "seed-003", b"\x80" + proxy[0] + b"\r\n" + proxy[0] + b"\r\n#>" +
            b"".join(l + b"\r\n" for l in proxy[1:]) + b"#t OK Logged in\r\n")
    perdition = seed_lines("000", r".*(You are so in|IMAP server logging out, mate).*")
    if perdition:
        add("fuzz_session", "seed-000", b"\x00* OK IMAP4 Ready\r\n#>#t OK You are so in\r\n"
            b"#>* BYE IMAP server logging out, mate\r\n#t OK\r\n")
    fb = seed_lines("004", r"^> ([SC]> .*)$")
    if fb:
        add("fuzz_smtp_parser", "seed-004", b"\x00\x07" + b"".join(
            l[3:] + b"\r\n" for l in fb if l.startswith(b"S>")))
        sess, prev = b"\x01", b"S>"
        for l in fb:
            if l.startswith(b"S>"):
                if prev == b"C>":
                    sess += b"#>"
                sess += l[3:] + b"\r\n"
            prev = l[:2]
            if l.startswith(b"S> 221"):
                sess += b"#="
        add("fuzz_session", "seed-004", sess)

    # Whole runs through every check, built from the lines above: seed 001's Exchange (with the
    # capabilities tst_ghosts.cpp gives it) and seed 004's FrontBridge (tst_smtp.cpp's opening).
    caps = b"IMAP4rev1 AUTH=PLAIN SASL-IR UIDPLUS UNSELECT"
    greet = b"* OK [CAPABILITY " + caps + b" STARTTLS] The Microsoft Exchange IMAP4 service is ready.\r\n"
    tls = b"#>#t OK Begin TLS\r\n#>* CAPABILITY " + caps + b"\r\n#t OK CAPABILITY completed.\r\n"
    main_conn = (greet + tls + b"#>#t OK [CAPABILITY " + caps + b"] AUTHENTICATE completed.\r\n"
                 b"#>* LIST (\\HasNoChildren) \"/\" INBOX\r\n#t OK LIST completed.\r\n"
                 b"#>" + b"".join(l + b"\r\n" for l in exch[2:7]).replace(b"1233", b"2") +
                 b"#t OK [READ-ONLY] EXAMINE completed.\r\n"
                 b"#>* 1 FETCH (UID 15500)\r\n* 2 FETCH (UID 15541)\r\n#t OK FETCH completed.\r\n"
                 b"#>* 1 FETCH (UID 15500 RFC822.SIZE 1200)\r\n#t OK FETCH completed.\r\n"
                 b"#>* 1 FETCH (UID 15500 RFC822.SIZE 1200 BODY[]<0> {5}\r\nHello)\r\n"
                 b"#t OK FETCH completed.\r\n#>#t OK FETCH completed.\r\n#>#t OK done\r\n"
                 b"#>* BYE Microsoft Exchange Server 2013 IMAP4 server signing off.\r\n"
                 b"#t OK LOGOUT completed.\r\n")
    side = (greet + tls + b"#>a3 OK LOGIN completed.\r\na4 OK NOOP completed.\r\n"
            b"* CAPABILITY " + caps + b"\r\na5 OK CAPABILITY completed.\r\n"
            b"#>a6 OK NOOP completed.\r\n* CAPABILITY " + caps + b"\r\na7 OK CAPABILITY completed."
            b"\r\na8 OK NOOP completed.\r\na9 OK NOOP completed.\r\n"
            b"#>* BYE Microsoft Exchange Server 2013 IMAP4 server signing off.\r\n"
            b"#t OK LOGOUT completed.\r\n")
    if exch:
        add("fuzz_session", "run-imap", b"\x80" + main_conn + b"#=" + side)
        add("fuzz_session", "run-imaps", b"\x06" + main_conn.replace(tls, b"", 1) + b"#=" +
            side.replace(tls, b"", 1))
    if fb:
        g = next(l[3:] for l in fb if l.startswith(b"S> 220 DB3")) + b"\r\n"
        ehlo = (b"250-DB3EHSMHS006.bigfish.com Hello [192.0.2.1]\r\n250-SIZE 157286400\r\n"
                b"250-PIPELINING\r\n250-ENHANCEDSTATUSCODES\r\n250-STARTTLS\r\n"
                b"250-AUTH LOGIN PLAIN\r\n250-8BITMIME\r\n250 CHUNKING\r\n")
        start = g + b"#>" + ehlo + b"#>220 2.0.0 SMTP server ready\r\n#>" + ehlo
        lock = (b"#>250 2.1.0 Sender OK\r\n#>250 2.1.5 Recipient OK\r\n#>250 2.0.0 Resetting\r\n"
                b"#>221 2.0.0 Service closing transmission channel\r\n")
        run = (start + b"#>235 2.7.0 Authentication successful\r\n#>" +
               lock[2:].split(b"#>")[-1] + b"#=" + start + lock + b"#=" + start + lock.replace(
                   b"#>", b"") + b"#=" + start + b"#>235 2.7.0 Authentication successful\r\n" +
               lock.replace(b"250 2.0.0 Resetting", b"354 Start mail input; end with "
                            b"<CRLF>.<CRLF>\r\n#>250 2.6.0 Queued mail for delivery"))
        add("fuzz_session", "run-smtp", b"\x81" + run)
        add("fuzz_session", "run-smtps", b"\x07" + run.replace(
            b"#>220 2.0.0 SMTP server ready\r\n#>" + ehlo, b""))

    # Configuration text (fuzz_config; mode byte: 0 autoconfig XML, 4 the same with an odd
    # address, 1 Autodiscover for IMAP, 5 for SMTP, 2 prefs.js, 3 a domain name).
    disc = strip_comments(open(os.path.join(integ, "tst_discovery.cpp"), encoding="utf-8").read())
    m = re.search(r"QByteArray autoconfig\(.*?\)\n\{(.*?)\.arg\(imapHost\)", disc, re.S)
    if m:
        xml = b"".join(unescape_c(x) for x in LITERAL.findall(m.group(1)))
        for k, v in enumerate([b"imap.%EMAILDOMAIN%", b"993", b"SSL", b"smtp.example.test",
                               b"587", b"STARTTLS", b"OAuth2"], start=1):
            xml = xml.replace(b"%%%d" % k, v)
        add("fuzz_config", "autoconfig", b"\x00" + xml)
        add("fuzz_config", "autoconfig-odd-address", b"\x04" + xml)
    m = re.search(r'const QByteArray laughs =((?:\s*"(?:[^"\\\n]|\\.)*")+)', disc)
    if m:
        add("fuzz_config", "billion-laughs",
            b"\x00" + b"".join(unescape_c(x) for x in LITERAL.findall(m.group(1))))
    gui = strip_comments(open(os.path.join(ROOT, "tests", "gui", "tst_gui.cpp"),
                              encoding="utf-8").read())
    m = re.search(r"const QString config = QStringLiteral\((.*?)\);", gui, re.S)
    if m:
        add("fuzz_config", "autoconfig-plain",
            b"\x00" + b"".join(unescape_c(x) for x in LITERAL.findall(m.group(1))))
    for k, m in enumerate(re.finditer(r'R"\((\{.*?\})\)"', disc)):
        add("fuzz_config", "autodiscover-%d" % k, b"\x01" + m.group(1).encode("utf-8"))
        add("fuzz_config", "autodiscover-smtp-%d" % k, b"\x05" + m.group(1).encode("utf-8"))
    tb = os.path.join(ROOT, "tests", "data", "thunderbird")
    for f in sorted(os.listdir(tb)) if os.path.isdir(tb) else []:
        with open(os.path.join(tb, f), "rb") as fh:
            add("fuzz_config", "prefs-" + f.split(".")[0], b"\x02" + fh.read())
    # A report's "texts" (taken from a demo run's JSON; mode 7: rememberTextRecipes).
    texts = os.path.join(ROOT, "tests", "data", "report-texts.json")
    if os.path.exists(texts):
        with open(texts, "rb") as fh:
            add("fuzz_config", "report-texts", b"\x07" + fh.read())
    for k, m in enumerate(re.finditer(r'baseDomain\(QStringLiteral\("([^"]*)"\)\)', disc)):
        add("fuzz_config", "domain-%d" % k, b"\x03" + m.group(1).encode("utf-8"))

    total = 0
    for harness, files in corpus.items():
        d = os.path.join(OUT, harness)
        if not check:
            os.makedirs(d, exist_ok=True)
            for old in os.listdir(d):
                os.remove(os.path.join(d, old))
        for name, data in sorted(files.items()):
            total += len(data)
            print("%-18s %-22s %6d bytes  %s" % (harness, name, len(data),
                                                hashlib.sha1(data).hexdigest()[:12]))
            if not check:
                with open(os.path.join(d, name), "wb") as fh:
                    fh.write(data)
    print("total %d files, %d bytes" % (sum(len(f) for f in corpus.values()), total))


if __name__ == "__main__":
    main()
