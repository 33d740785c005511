#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mailscope developers
"""Servers on loopback that stay inside every per-line and per-literal limit and still send
too much: for bench_hostile.sh, which measures what that costs Mailscope in memory and time.

    hostile_server.py MODE PORTFILE     binds 127.0.0.1:0, writes the port to PORTFILE

MODE:
  imap-big-literals   answers CAPABILITY with 10 x "* CAPABILITY {60 MiB}" before its OK
  imap-flood          answers CAPABILITY with 1 MB FETCH literals for 30 s, and no OK
  smtp-fat-ehlo       answers EHLO with 999 lines of 60,000 bytes (about 60 MB)
Every connection ends after 120 s at the latest; the server itself after 10 minutes."""
import signal
import socket
import sys
import threading
import time


def lines(c):
    buf = b""
    while True:
        while b"\n" not in buf:
            d = c.recv(65536)
            if not d:
                return
            buf += d
        line, _, buf = buf.partition(b"\n")
        yield line.rstrip(b"\r")


def imap(c, answer):
    c.sendall(b"* OK hostile bench server\r\n")
    for line in lines(c):
        tag, _, rest = line.partition(b" ")
        verb = rest.split(b" ")[0].upper()
        if verb == b"CAPABILITY":
            answer(c, tag)
        elif verb == b"LOGOUT":
            c.sendall(b"* BYE bye\r\n" + tag + b" OK bye\r\n")
            return
        else:
            c.sendall(tag + b" BAD no\r\n")


def big_literals(c, tag):
    blob = b"B" * (60 << 20)
    for _ in range(10):
        c.sendall(b"* CAPABILITY {%d}\r\n" % len(blob) + blob + b"\r\n")
    c.sendall(tag + b" OK done\r\n")


def flood(c, tag):
    chunk = b"* 1 FETCH (BODY[] {1000000}\r\n" + b"Z" * 1000000 + b")\r\n"
    end = time.monotonic() + 30
    while time.monotonic() < end:
        c.sendall(chunk)


def smtp_fat_ehlo(c):
    c.sendall(b"220 hostile bench server ESMTP\r\n")
    fat = b"250-" + b"E" * 60000 + b"\r\n"
    for line in lines(c):
        verb = line.split(b" ")[0].upper()
        if verb in (b"EHLO", b"HELO"):
            c.sendall(fat * 999 + b"250 end\r\n")
        elif verb == b"QUIT":
            c.sendall(b"221 bye\r\n")
            return
        else:
            c.sendall(b"502 no\r\n")


MODES = {
    "imap-big-literals": lambda c: imap(c, big_literals),
    "imap-flood": lambda c: imap(c, flood),
    "smtp-fat-ehlo": smtp_fat_ehlo,
}


def main():
    mode, portfile = sys.argv[1], sys.argv[2]
    serve = MODES[mode]
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(8)
    with open(portfile, "w") as f:
        f.write(str(s.getsockname()[1]))
    signal.alarm(600)

    def handle(c):
        c.settimeout(120)
        try:
            serve(c)
        except OSError:
            pass  # the client hung up: what we measure
        finally:
            c.close()

    while True:
        c, _ = s.accept()
        threading.Thread(target=handle, args=(c,), daemon=True).start()


if __name__ == "__main__":
    main()
