#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mailscope developers
"""Write the IMAP server byte streams used by the parser benchmarks.

    gen_streams.py OUTDIR [--seed N]

Creates, in OUTDIR:
  fetch100k.imap  untagged replies to "a1 FETCH 1:* (UID FLAGS RFC822.SIZE)" for a
                  100,000-message mailbox, then "a1 OK Fetch completed."
  literals.imap   200 "* n FETCH (UID u BODY[] {N}" responses, each carrying a
                  64 KiB..1 MiB RFC 5322 message as a literal, then "a2 OK Fetch completed."
  manifest.json   per stream: file name, size in bytes, expected number of responses

The output depends only on the seed: the same seed gives byte-identical files.
The manifest is also printed on stdout.
"""

import argparse
import base64
import json
import os
import random
import sys

FETCH_MESSAGES = 100_000
LITERAL_MESSAGES = 200
LITERAL_MIN = 64 * 1024
LITERAL_MAX = 1024 * 1024

# (flag list, weight): mostly seen mail, some unread, some with keywords.
FLAG_CHOICES = [
    (b"(\\Seen)", 50),
    (b"()", 18),
    (b"(\\Seen \\Answered)", 10),
    (b"(\\Seen \\Answered $Label1)", 6),
    (b"(\\Flagged \\Seen)", 5),
    (b"(\\Seen $Forwarded)", 4),
    (b"($Junk)", 2),
    (b"(\\Deleted \\Seen)", 2),
    (b"(\\Seen \\Flagged \\Answered $Label1 $Label2 NonJunk)", 2),
    (b"(\\Recent)", 1),
]

WORDS = (
    "the of and to in is that for it as with was on be by this are or from at which an "
    "have not they but all were we when there can your more if will one about out would "
    "server mailbox message folder quota delivery report invoice meeting schedule project "
    "update review release build test network latency timeout certificate password account "
    "backup storage migration weekly summary customer support ticket attached please thanks "
    "regards tomorrow friday monday agenda budget draft final version question answer"
).split()
NAMES = [
    ("Alice Martin", "alice.martin"), ("Bob Nguyen", "bob"), ("Carla Rossi", "c.rossi"),
    ("Deepak Rao", "deepak.rao"), ("Eva Novak", "eva"), ("Frank Weber", "f.weber"),
    ("Grace Kim", "grace.kim"), ("Hiro Tanaka", "hiro"), ("Ines Duarte", "ines.duarte"),
    ("Jonas Berg", "jberg"),
]
DOMAINS = ["example.com", "example.org", "mail.example.net", "corp.example"]
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
DAYS = "Mon Tue Wed Thu Fri Sat Sun".split()


def gen_fetch(path, rng):
    flags = [f for f, _ in FLAG_CHOICES]
    weights = [w for _, w in FLAG_CHOICES]
    chosen = rng.choices(flags, weights=weights, k=FETCH_MESSAGES)
    out = []
    uid = 1000
    for seq in range(1, FETCH_MESSAGES + 1):
        uid += 1 if rng.random() < 0.9 else rng.randint(2, 40)  # expunge gaps
        size = int(rng.lognormvariate(9.0, 1.3)) + 300
        out.append(b"* %d FETCH (UID %d FLAGS %s RFC822.SIZE %d)\r\n" % (seq, uid, chosen[seq - 1], size))
    out.append(b"a1 OK Fetch completed.\r\n")
    data = b"".join(out)
    with open(path, "wb") as f:
        f.write(data)
    return len(data), FETCH_MESSAGES + 1


def text_line(rng, width):
    words = []
    n = 0
    while True:
        w = rng.choice(WORDS)
        if n + len(w) + 1 > width:
            break
        words.append(w)
        n += len(w) + 1
    if words:
        words[0] = words[0].capitalize()
    return (" ".join(words) + ".").encode()


def make_pools(rng):
    text = [text_line(rng, rng.randint(30, 76)) for _ in range(4000)]
    # Quoted replies and blank lines make the body look like real correspondence.
    text += [b"> " + text_line(rng, rng.randint(20, 70)) for _ in range(800)]
    text += [b""] * 600
    b64 = [base64.b64encode(rng.randbytes(57)) for _ in range(4000)]  # 76 characters
    return text, b64


def headers(rng, index, uid):
    fname, flocal = rng.choice(NAMES)
    tname, tlocal = rng.choice(NAMES)
    fdom, tdom = rng.choice(DOMAINS), rng.choice(DOMAINS)
    day = rng.randint(1, 28)
    date = "%s, %d %s 2024 %02d:%02d:%02d +0%d00" % (
        rng.choice(DAYS), day, rng.choice(MONTHS), rng.randint(0, 23), rng.randint(0, 59),
        rng.randint(0, 59), rng.randint(0, 2))
    subject = text_line(rng, rng.randint(20, 60)).decode().rstrip(".")
    mid = "<%08x.%d@%s>" % (rng.getrandbits(32), uid, fdom)
    boundary = "=_mailscope_%012x" % rng.getrandbits(48)
    lines = [
        "Return-Path: <%s@%s>" % (flocal, fdom),
        "Received: from mx%d.%s (mx%d.%s [192.0.2.%d])" % (index % 4, fdom, index % 4, fdom,
                                                           rng.randint(1, 254)),
        "\tby imap.%s with ESMTPS id %012x" % (tdom, rng.getrandbits(48)),
        "\tfor <%s@%s>; %s" % (tlocal, tdom, date),
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=sel1;" % fdom,
        "\th=from:to:subject:date:message-id;",
        "\tbh=%s" % base64.b64encode(rng.randbytes(32)).decode(),
        "\tb=%s" % base64.b64encode(rng.randbytes(48)).decode(),
        "From: %s <%s@%s>" % (fname, flocal, fdom),
        "To: %s <%s@%s>" % (tname, tlocal, tdom),
        "Subject: %s" % subject,
        "Date: %s" % date,
        "Message-ID: %s" % mid,
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="%s"' % boundary,
        "",
        "This is a multi-part message in MIME format.",
        "",
        "--%s" % boundary,
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        "",
    ]
    return [l.encode() for l in lines], boundary.encode()


def message(rng, pools, size, index, uid):
    """An RFC 5322 message of exactly `size` bytes, CRLF line endings."""
    text_pool, b64_pool = pools
    head, boundary = headers(rng, index, uid)
    parts = [b"\r\n".join(head) + b"\r\n"]
    used = len(parts[0])
    text_budget = min(size // 4, 24 * 1024) - used
    while text_budget > 0:
        line = rng.choice(text_pool) + b"\r\n"
        parts.append(line)
        used += len(line)
        text_budget -= len(line)
    att = [
        b"",
        b"--" + boundary,
        b'Content-Type: application/pdf; name="report-%d.pdf"' % uid,
        b'Content-Disposition: attachment; filename="report-%d.pdf"' % uid,
        b"Content-Transfer-Encoding: base64",
        b"",
    ]
    block = b"\r\n".join(att) + b"\r\n"
    parts.append(block)
    used += len(block)
    trailer = b"\r\n--" + boundary + b"--\r\n"
    # Fill with base64 lines, leaving room for the trailer and one last padding line.
    while size - used - len(trailer) > 2 * 78:
        line = rng.choice(b64_pool) + b"\r\n"
        parts.append(line)
        used += len(line)
    remaining = size - used - len(trailer)  # 79..156 bytes: one or two padding lines
    while remaining > 0:
        width = min(remaining - 2, 76) if remaining - 2 <= 76 else (remaining - 2) // 2
        parts.append(b"A" * width + b"\r\n")
        remaining -= width + 2
    parts.append(trailer)
    msg = b"".join(parts)
    assert len(msg) == size, (len(msg), size)
    return msg


def gen_literals(path, rng):
    pools = make_pools(rng)
    total = 0
    uid = 52000
    with open(path, "wb") as f:
        for seq in range(1, LITERAL_MESSAGES + 1):
            uid += rng.randint(1, 5)
            size = rng.randint(LITERAL_MIN, LITERAL_MAX)
            body = message(rng, pools, size, seq, uid)
            chunk = b"* %d FETCH (UID %d BODY[] {%d}\r\n" % (seq, uid, size) + body + b")\r\n"
            f.write(chunk)
            total += len(chunk)
        tail = b"a2 OK Fetch completed.\r\n"
        f.write(tail)
        total += len(tail)
    return total, LITERAL_MESSAGES + 1


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("outdir")
    ap.add_argument("--seed", type=int, default=20240611)
    args = ap.parse_args()
    os.makedirs(args.outdir, exist_ok=True)

    manifest = {}
    for name, gen, salt in (("fetch100k", gen_fetch, 1), ("literals", gen_literals, 2)):
        rng = random.Random(args.seed * 1000 + salt)
        path = os.path.join(args.outdir, name + ".imap")
        size, responses = gen(path, rng)
        manifest[name] = {"file": name + ".imap", "bytes": size, "responses": responses}
    with open(os.path.join(args.outdir, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=2, sort_keys=True)
        f.write("\n")
    json.dump(manifest, sys.stdout, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
