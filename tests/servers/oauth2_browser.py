#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mailscope developers
"""Stands in for the system browser in the sign-in tests (MAILSCOPE_BROWSER).

    oauth2_browser.py [--forge-state] [--deny] URL

Fetches the authorization URL from the test's authorization server, then follows its
redirect to Mailscope's loopback address, as a browser would after the user signed in.
--forge-state sends Mailscope a redirect whose state is not the one it asked for (an
attacker's); --deny answers as a provider does when the user cancels. Loopback only.
"""
import sys
import urllib.parse
import urllib.request


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def main():
    args = sys.argv[1:]
    forge = "--forge-state" in args
    deny = "--deny" in args
    url = [a for a in args if not a.startswith("--")][-1]
    if urllib.parse.urlsplit(url).hostname not in ("127.0.0.1", "localhost", "::1"):
        sys.exit("not a loopback URL: %s" % url)
    opener = urllib.request.build_opener(NoRedirect)
    try:
        opener.open(url, timeout=10)
        sys.exit("the authorization server did not redirect")
    except urllib.error.HTTPError as e:
        if e.code != 302:
            sys.exit("authorization refused: %d %s" % (e.code, e.read()[:300]))
        location = e.headers["Location"]
    parts = urllib.parse.urlsplit(location)
    query = dict(urllib.parse.parse_qsl(parts.query))
    if forge:
        query["state"] = "forged-state"
    if deny:
        query = {"error": "access_denied", "state": query.get("state", "")}
    back = urllib.parse.urlunsplit(parts._replace(query=urllib.parse.urlencode(query)))
    if parts.hostname not in ("127.0.0.1", "localhost", "::1"):
        sys.exit("redirect to a non-loopback address: %s" % back)
    try:
        urllib.request.urlopen(back, timeout=10).read()
    except urllib.error.HTTPError:
        pass  # Mailscope's refusal page for a forged answer


if __name__ == "__main__":
    main()
