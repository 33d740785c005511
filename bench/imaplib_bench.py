#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mailscope developers
"""Baseline for bench_imapparser: Python's imaplib reading the same IMAP byte stream.

    imaplib_bench.py STREAM_FILE [REPEATS] [--expect N] [--chunk BYTES]

Drives the real imaplib.IMAP4._get_response() loop (the code that reads every server
response in an imaplib session) without a network: the IMAP4 object's `file` is an
io.BufferedReader over an in-memory raw stream that hands out at most CHUNK bytes
(default 16384) per read, like a socket. Each repetition starts from a fresh object and
calls _get_response() until the tagged completion arrives, counting responses and
discarding untagged_responses every DISCARD_EVERY responses (a real client pops them
when the command completes; with 100 MB of literals keeping them all would only
measure memory growth).

Prints one JSON line (same keys as bench_imapparser, "impl":"python-imaplib").
Exit status 2 if imaplib raised, the stream did not end with the expected tagged OK,
or the response count differs from --expect.

Note: imaplib frames responses (lines and literals) but does not tokenise them; a
FETCH response stays a bytes line. The C++ parser builds a full value tree.
"""

import argparse
import imaplib
import io
import json
import os
import re
import sys
import time

DISCARD_EVERY = 64


class ChunkedRaw(io.RawIOBase):
    """Read-only raw stream over a bytes object; at most `chunk` bytes per read call."""

    def __init__(self, data, chunk):
        super().__init__()
        self._view = memoryview(data)
        self._pos = 0
        self._chunk = chunk

    def readable(self):
        return True

    def readinto(self, b):
        n = min(len(b), self._chunk, len(self._view) - self._pos)
        if n <= 0:
            return 0
        b[:n] = self._view[self._pos:self._pos + n]
        self._pos += n
        return n


class OfflineIMAP4(imaplib.IMAP4):
    """IMAP4 with the instance state of a connected session, reading from `data`.

    Mirrors IMAP4.__init__ and IMAP4._connect (Python 3.11) minus the socket, the
    greeting and the CAPABILITY exchange.
    """

    def __init__(self, data, chunk, tag):
        # Do not call IMAP4.__init__: it opens a socket.
        self.debug = imaplib.Debug
        self.state = "SELECTED"
        self.literal = None
        self.tagged_commands = {}
        self.untagged_responses = {}
        self.continuation_response = ""
        self.is_readonly = False
        self.tagnum = 0
        self._tls_established = False
        self._mode_ascii()
        # _connect() builds the tag matcher from a random prefix; the stream's tags are
        # "a1", "a2": prefix b"a".
        m = re.fullmatch(rb"([A-Za-z]+)(\d+)", tag)
        if not m:
            raise ValueError("unsupported tag %r" % tag)
        self.tagpre = m.group(1)
        self.tagre = re.compile(
            rb"(?P<tag>" + self.tagpre + rb"\d+) (?P<type>[A-Z]+) (?P<data>.*)", re.ASCII
        )
        if __debug__:
            self._cmd_log_len = 10
            self._cmd_log_idx = 0
            self._cmd_log = {}
        self.host, self.port = "offline", 0
        self.sock = None
        self.file = io.BufferedReader(ChunkedRaw(data, chunk), buffer_size=io.DEFAULT_BUFFER_SIZE)
        self.tagged_commands[tag] = None  # as _command() does when it sends the command


def final_tag(data):
    """Tag of the last line, i.e. of the command the stream completes."""
    last = data.rstrip(b"\r\n").rsplit(b"\r\n", 1)[-1]
    return last.split(b" ", 1)[0]


def run_once(data, chunk, tag):
    t0 = time.perf_counter()
    imap = OfflineIMAP4(data, chunk, tag)
    responses = 0
    literal_bytes = 0
    while imap.tagged_commands[tag] is None:
        imap._get_response()
        responses += 1
        if responses % DISCARD_EVERY == 0:
            fetch = imap.untagged_responses.get("FETCH", ())
            literal_bytes += sum(len(x[1]) for x in fetch if isinstance(x, tuple))
            imap.untagged_responses.clear()
    fetch = imap.untagged_responses.get("FETCH", ())
    literal_bytes += sum(len(x[1]) for x in fetch if isinstance(x, tuple))
    imap.untagged_responses.clear()
    elapsed = time.perf_counter() - t0
    result = imap.tagged_commands[tag]
    leftover = imap.file.read()
    return elapsed, responses, literal_bytes, result, leftover


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("stream")
    ap.add_argument("repeats", nargs="?", type=int, default=5)
    ap.add_argument("--expect", type=int, default=-1)
    ap.add_argument("--chunk", type=int, default=16384)
    args = ap.parse_args()
    if args.repeats <= 0 or args.chunk <= 0:
        ap.error("REPEATS and --chunk must be positive")

    with open(args.stream, "rb") as f:
        data = f.read()
    tag = final_tag(data)

    best = None
    count = None
    literal_bytes = 0
    for _ in range(args.repeats):
        try:
            elapsed, responses, lit, result, leftover = run_once(data, args.chunk, tag)
        except imaplib.IMAP4.error as e:
            print("imaplib_bench: imaplib raised: %s" % e, file=sys.stderr)
            return 2
        if result[0] != "OK":
            print("imaplib_bench: command completed with %r" % (result,), file=sys.stderr)
            return 2
        if leftover:
            print("imaplib_bench: %d bytes after the tagged response" % len(leftover),
                  file=sys.stderr)
            return 2
        if count is not None and responses != count:
            print("imaplib_bench: response count changed between runs", file=sys.stderr)
            return 2
        count = responses
        literal_bytes = lit
        best = elapsed if best is None else min(best, elapsed)
    if args.expect >= 0 and count != args.expect:
        print("imaplib_bench: expected %d responses, got %d" % (args.expect, count),
              file=sys.stderr)
        return 2

    best = max(best, 1e-9)
    out = {
        "impl": "python-imaplib",
        "stream": os.path.splitext(os.path.basename(args.stream))[0],
        "bytes": len(data),
        "responses": count,
        "literal_bytes": literal_bytes,
        "repeats": args.repeats,
        "chunk": args.chunk,
        "best_s": round(best, 6),
        "mb_per_s": round(len(data) / 1e6 / best, 2),
        "responses_per_s": round(count / best),
        "python": "%d.%d.%d" % sys.version_info[:3],
    }
    print(json.dumps(out, separators=(",", ":")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
