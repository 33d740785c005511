<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Advice</name>
    <message>
        <source>Account Settings &gt; Server Settings &gt; Connection security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server supports STARTTLS without announcing it; choosing it explicitly makes Thunderbird encrypt instead of falling back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account settings &gt; Advanced &gt; Use the following type of encrypted connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS (or SSL/TLS on port %1 if offered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>force encryption rather than relying on the announced capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>announce STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepts STARTTLS but does not list it in %2; RFC 3501 §6.2.1 / RFC 3207 expect it to be announced so clients use it. For perdition, check the capability string (--capability) includes STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL/TLS on port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plain port cannot be encrypted; try the TLS port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 port %2 refused STARTTLS, so passwords travel in the clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send nothing after the STARTTLS reply until TLS is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes arrived after the STARTTLS reply and before the handshake; if your server did not send them, something on the path injects data (see the transcript evidence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>implicit TLS is not exposed to STARTTLS injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailscope-cli --accept-cert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only after your provider confirmed this fingerprint by another channel (phone, their web site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a certificate from a trusted CA covering %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clients warn or refuse: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL/TLS (port %1) or STARTTLS; never &quot;None&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server accepts passwords before encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logins before TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refuse them (Dovecot: disable_plaintext_auth = yes; announce LOGINDISABLED before STARTTLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refuse them (Postfix: smtpd_tls_auth_only = yes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server accepts passwords on the unencrypted connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server cuts idle connections after about %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtpd idle timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 300 s (Postfix: smtpd_timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP sessions on %1 end after about %2 s idle (%3); RFC 5321 §4.5.3.2 asks servers to wait at least 5 minutes between commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; one cached connection, kept busy, is not left to go stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; checking every %2 minute(s) uses the connection before it is cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, less than Thunderbird&apos;s shortest interval (1 minute): expect reconnects; ask the provider to raise the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; minutes before Thunderbird re-issues IDLE or treats the connection as stale (at most 29, RFC 2177)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true (mail.imap.tcp_keepalive.idle_time = %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a connection with TCP keepalives stayed alive past the cutoff: something on the path only counts packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change (does not help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a connection with TCP keepalives was cut too: the limit is the server&apos;s own timer, only real IMAP traffic resets it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; send a NOOP before that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with keepalive, keeps one connection in use instead of reopening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewer idle connections to be cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle IMAP sessions on %1 end after about %2 s (%3). RFC 3501 §5.4 requires an autologout timer of at least 30 minutes, and RFC 2177 lets clients stay in IDLE for 29 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Ending by session state: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Evidence: transcript events %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 1800 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds before Thunderbird gives up on a connection that went silent (default 100), so a hang is short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a silently dropped connection fails in a minute instead of hanging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds before mbsync gives up on a silent server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropping idle sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close them with a BYE or TCP FIN/RST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after %1 s idle (state: %2) the next command got no answer at all%3; clients hang until their TCP timeout instead of reconnecting at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and was not even acknowledged by TCP (a firewall or load balancer dropping the flow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> although TCP acknowledged it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send one command at a time; this server loses pipelined commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipelined commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer every command, also those in the same packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commands sent after %1 in one packet were never answered (%2). RFC 3501 §5.5 lets clients send commands without waiting; perdition 2.2 loses what follows LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxies in front of this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must accept untagged responses during login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sends untagged lines (e.g. &quot;* OK Waiting for authentication process to respond..&quot;) before its login reply; older nginx mail proxies fail on them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stops Postfix from pipelining to any server; prefer the per-destination map below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hash:/etc/postfix/discard_ehlo, containing &quot;%1 pipelining&quot; (then postmap it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stops pipelining only towards %1, which loses pipelined replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off, where the program has such a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send one command at a time to this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix the server or proxy, or stop announcing PIPELINING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 announces PIPELINING, but MAIL FROM, RCPT TO, RSET and QUIT sent as one group got %2 of 4 replies%3. RFC 2920 §3.2: a server MUST respond to commands in the order received and MUST NOT flush or otherwise lose the contents of the TCP input buffer. Evidence: transcript events %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> before the connection was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without EHLO there is no STARTTLS, AUTH or SIZE (RFC 5321 §4.1.1.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign in again; if it keeps failing, ask IT to grant the app mail access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check it, or create an app password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account Settings &gt; Server Settings &gt; Authentication method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no password over %2; Thunderbird then opens %1&apos;s sign-in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove it and add it again with &quot;Google&quot; (Outlook signs in with Google&apos;s page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove it and add it again as a Microsoft 365 account (modern authentication), not as IMAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IMAP account with a password cannot sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>these account types sign in through %1&apos;s page; a manual IMAP account uses a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>myaccount.google.com &gt; Security &gt; App passwords (needs 2-Step Verification)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for mail programs that cannot sign in with Google</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Encryption (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailscope went on only because you accepted this exact certificate for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mail program will warn about it or refuse to connect, and anybody between you and the server could be reading the connection. Mailscope stopped here. If your provider confirms the fingerprint below, run again with --accept-cert and that fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown check &apos;%1&apos; for %2; known checks: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no encryption: the server refused STARTTLS (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS was not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; certificate problems: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (certificate accepted by you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not trusted, connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2; certificate valid for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, expires in %1 days, chain of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate expires in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server uses %1, which current mail programs refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refuse it (RFC 8996 retired it in 2021). Mailscope connected only because you allowed it (--allow-old-tls); the provider must enable TLS 1.2 and 1.3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used: %1 speaks TLS from the first byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unencrypted data was slipped in right before encryption started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After agreeing to start TLS, %1 (or something between you and it) sent %2 more bytes before the encrypted part began. A mail program that reads them would treat forged, unencrypted text as if it came through the secure channel (the &quot;STARTTLS command injection&quot; flaw, e.g. CVE-2021-22947). Mailscope discarded them unread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes injected before the handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server cannot encrypt the connection on port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 STARTTLS (%2). Passwords and mail on this port travel unencrypted. Use the encrypted port instead (%3) if the provider offers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>announces but refuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAPS, port 993</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submission with TLS, port 465</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server can encrypt, but does not say so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted STARTTLS although its capability list does not mention it. Mail programs such as Thunderbird only use what is announced, so they stay unencrypted and send the password in the clear. Set the account&apos;s connection security to STARTTLS explicitly, or use the TLS port, and ask the provider to announce it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>works but is not advertised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS accepted, handshake failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS advertised and working (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no capabilities could be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 before TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS adds %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS removes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login adds %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login removes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server announces different features after login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is allowed, but programs and proxies that read the list only once (before login) miss features or use ones that are gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server does not announce LOGINDISABLED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server offers AUTH %1 before STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords may be sent unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords can only be sent unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 the server accepts a login before encryption starts (%2). A mail program set to &quot;no security&quot; would send the password in the clear. Make sure the account uses STARTTLS or SSL/TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 no encryption is available, so every login sends the password in the clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleartext login possible before TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no TLS: logins are cleartext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOGINDISABLED before TLS honoured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTH offered only after STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login not tried: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the sign-in token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in does not allow access to mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as %2 was answered: %3. In plain words: %4. Mailscope tried once and does not retry. Sign in again; if a fresh sign-in is refused too, the account may not be allowed to use IMAP/SMTP (ask the administrator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as %2 was answered: %3. The provider signed you in but did not grant the permission mail programs need (%4), so the mail server cannot accept the token. The administrator must allow it in the app registration (Microsoft Entra ID: API permissions, with admin consent; Google Cloud: the OAuth consent screen&apos;s scopes). Mailscope tried once and does not retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in token refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365 does not accept passwords here: sign in with Microsoft instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gmail does not accept your normal password here: sign in with Google, or use an app password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the password (%2). Microsoft 365 has switched off password logins (&quot;basic authentication&quot;) for IMAP and SMTP: mail programs must sign in through Microsoft&apos;s own page (OAuth2, &quot;modern authentication&quot;). The password itself may be right. Set the account&apos;s authentication method to OAuth2, or run Mailscope with --oauth2 microsoft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the password (%2). Google accepts only a sign-in through its own page (OAuth2) or, with 2-Step Verification on, an app password made for the mail program. Set the account&apos;s authentication method to OAuth2, or create an app password, or run Mailscope with --oauth2 google.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password refused: %1 needs a modern sign-in (OAuth2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as %2 was answered: %3. Check the user name and password (some providers need an app password). Mailscope tried once and does not retry, so the account is not locked by repeated failures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer the login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server went quiet after %1 was sent and did not answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server never finished answering the login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server kept sending other lines but never the answer to %1 (deadline %2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reset the connection during the login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was reset (TCP RST) while %1 was waiting for its answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server hung up during the login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection while %1 was waiting for its answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer to the login broke the protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its answer to %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. This says nothing about the password: it was neither accepted nor refused. The server, or a proxy or firewall in between, has a problem at login time (overloaded authentication backend, a proxy that cannot reach its server, a filter that drops the connection). Mailscope did not try again, so the account is not at risk of a lockout. Try again later; if it persists, tell the provider the time and this transcript.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login not answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logged in as %1 with %2 in %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages that cannot be downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipelined commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untagged responses during login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHLO and extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipelined commands (RFC 2920)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>the connection was no longer open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server stopped answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server kept the command busy without ever finishing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server reset the connection (TCP RST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network stopped delivering data to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent something that breaks the protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN=%1 (issuer CN=%2, valid %3 to %4, SHA-256 %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server and Mailscope have no TLS version in common: the server most likely speaks only TLS 1.0 or 1.1, which current mail programs refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server and Mailscope found no encryption method (cipher) they both accept; the server&apos;s TLS settings are outdated or very unusual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not answer with TLS at all: this port probably expects an unencrypted start (STARTTLS) or is not a mail port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server hung up in the middle of setting up encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate uses a key or signature that is too weak to be accepted today (a small RSA key or a SHA-1 signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate could not be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not finish setting up encryption in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encryption could not be set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encryption could not be set up (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected to %1 (%2) from %3:%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting to %1 port %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> with TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection to %1 port %2 within %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not connect to %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS established: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake failed: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continuing despite certificate problems (--insecure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continuing: you accepted this certificate for %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake did not finish within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discarded %1 bytes that arrived after the STARTTLS reply and before the TLS handshake, unparsed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection reset by the server (TCP RST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection closed by the server (TCP FIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection lost: the server stopped answering at TCP level (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection closed by the server (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was still not answered when its deadline passed; the server kept the connection busy without finishing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reply to %1 within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection reset by the server while waiting for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection closed by the server while waiting for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server stopped answering at TCP level while waiting for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol error: %1; closing the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection closed by Mailscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection aborted by Mailscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (TCP: %1 segment(s) sent and not acknowledged, %2 retransmission(s), last data from the server %3 ms ago)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <source>could not connect to %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no IMAP greeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the connection: * BYE %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SMTP greeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHLO and HELO failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS refused: the server&apos;s certificate is not trusted (%1). If you have checked it with your provider, run again with --accept-cert %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS was accepted but the TLS handshake failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tried: the server pre-authenticated the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHLO after STARTTLS failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no user name in the URL (imap://USER@host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password given (--password-env, --password-file or --ask-password) and no sign-in (--oauth2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a login already failed in this run (%1); Mailscope never tries again by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection is not encrypted and Mailscope will not send a password in the clear (use --allow-plaintext-login to do it anyway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection uses %1, which current mail programs refuse; Mailscope will not send a password over it (use --allow-old-tls to do it anyway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no usable sign-in token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server does not offer %1 here, so the token cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server offers no AUTH on this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no usable greeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS failed on an extra connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHLO failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTH on an extra connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login on an extra connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnoseWizard</name>
    <message>
        <source>Encryption: certificate, TLS version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the server says it can do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS: upgrade of the plain port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login (tried once, never repeated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected server lines during login (proxies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several commands at once (replies lost?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages listed but impossible to download (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long an unused connection stays open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the server says it can do (EHLO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login (AUTH, tried once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several commands at once (PIPELINING)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Discovery</name>
    <message>
        <source>the XML declares a DTD or entities, which a configuration file never needs (a classic attack: &quot;billion laughs&quot;, external entities); refused unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the XML is nested deeper than %1 levels; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the XML has more than %1 elements; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a mail configuration (root element &lt;%1&gt;, expected &lt;clientConfig&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the XML is malformed: %1 (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autodiscover answered %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer names no server (no &quot;Url&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer names no usable server (&quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider&apos;s autoconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider&apos;s .well-known autoconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thunderbird&apos;s ISP database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoconfig of the MX host&apos;s domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISP database for the MX host&apos;s domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS SRV records (RFC 6186/8314)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MX host itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usual names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no domain to look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autodiscover needs a whole e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP lookups switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guesses, as mail programs try them last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer from %1 is larger than %2 KiB; Mailscope stopped reading it (no configuration file is that big: a broken or hostile server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body over %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirects nowhere usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirects to another server (%2); not followed: a configuration from somebody else&apos;s server could send your password there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirects to unencrypted HTTP (%2); not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirects more than %2 times; gave up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing published (HTTP 404)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no configuration (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no IMAP or SMTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no MX records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SRV records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no MX host known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the MX host is in the same domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>common name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscoveryRun</name>
    <message>
        <source>no encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 refuses connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 does not answer (blocked or down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist in DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers, but without encryption: the password would travel in the clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encryption fails: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>works (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address or domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking every source for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolving %1 names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trying %1 ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking encryption on %1 port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gives an answer mail programs cannot use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Mail programs skip it (or, worse, trip over it) and fall back to the next source. The provider should fix or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 server could be found for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source names a %1 server and none of the usual names answers. Mail programs cannot set the account up by themselves: ask the provider for the server name, port and security.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mail program would use %1 (from %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thunderbird and programs like it ask the sources in the order listed and take the first that answers; the usual names are only tried when nothing else does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tells mail programs to use port %2 without encryption, although %3 port %4 with %5 works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tells mail programs to use port %2 without encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A program set up this way sends the password and every message in the clear, readable by anybody on the network path (public Wi-Fi, the provider&apos;s network). %1The provider should change its configuration file to socketType SSL on port 993 (IMAP) or 465 (SMTP), as RFC 8314 recommends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the account to %1 port %2, %3 instead. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server a mail program would pick does not work: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names %2, but %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 port %2 (%3) works: set the account to it by hand, and ask the provider to correct %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other candidate works either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says this account signs in with OAuth2, not with a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mail program set up from it opens the provider&apos;s sign-in page instead of asking for a password; typing the password into an OAuth2 account fails. In Mailscope use &quot;Sign in with Microsoft/Google&quot; (or --oauth2); in Thunderbird set Authentication method to OAuth2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sources disagree about the %1 server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says %2, but %3. Programs that read different sources end up with different settings (one works, one does not), which makes problems hard to reproduce. The provider should publish one answer everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers encryption only through STARTTLS (port %2), not from the first byte (port %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS starts unencrypted and upgrades; an attacker on the path can strip the upgrade, and several STARTTLS implementations had injection flaws. RFC 8314 (2018) recommends TLS from the first byte: port 993 for IMAP, 465 for submission. Port %1 here: %2. Ask the provider to open it; until then keep the account on STARTTLS (never &quot;none&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 25 is blocked from this network (common on home connections); use 587 or 465</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some ports do not answer from this network: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer at all came back from %1 within %2 s: something between this computer and the server (the local network, the internet provider or the server&apos;s firewall) silently drops the packets. A refusal would have come back at once. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many internet providers block port 25 for home connections against spam; mail programs should send through port 587 (STARTTLS) or 465 (TLS) with a login instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try from another network (a phone&apos;s hotspot) to tell a local block from a server problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing server port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port 25 is blocked from this network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 port(s) refuse connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server (or a firewall in front of it) answered these at once with a refusal: nothing offers mail there. That is normal for ports a provider does not use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SRV record points at %1, whose certificate does not cover %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 6186 §6: a program that found the server through an SRV record must check the certificate against the mail domain (%1), not against the record&apos;s target, unless the DNS answer was secured with DNSSEC. The certificate covers %2, so careful programs warn or refuse. The provider should add %1 to the certificate or publish the server in autoconfig instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming (IMAP) server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing (SMTP) server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, port %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked by Mailscope: it answers and its encryption works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where mail programs look for %1 (highest priority first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 — %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>     %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mail program would find no %1 server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mail program would pick %1 from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1:%2  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 [%3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings that work:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GhostScan</name>
    <message>
        <source>mailscope-cli repair %1 --mailbox %2 --expunge-uid %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ghost(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not finish: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ghost scan of %1: %2 of %3 answered so far (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server listed more than %1 messages in a mailbox it said holds %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused to list the UIDs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the size FETCH: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ghost scan of %1: the size FETCH ended with %2 after %3 responses; checking what is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ghost scan of %1: the server would not search for Exchange&apos;s stand-in messages (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirming UID %1 did not finish: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ghost scan of %1: UID %2 was incomplete in the mailbox-wide FETCH but delivered its text when asked alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked for the message, the server sends an answer that cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instead of the message the server sends a stand-in text (&quot;%1…&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server gives its size as %1 byte(s), too small for any real message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked for the message, the server answers &quot;%1&quot; without sending any of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked for the message, the server answers &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not open it read-only (EXAMINE): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ghost scan of %1: %2 messages; progress is noted every %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ghost scan of %1: %2 FETCH line(s) could not be read and were not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a login to look into the mailboxes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not list the mailboxes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mailbox name(s) in the server&apos;s LIST answer could not be read and were not scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ghost scan of %1: %2, size FETCH answered in %3 s; %4 incomplete, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was lost; the remaining mailboxes were not scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message in %1 cannot be downloaded (UID %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages cannot be downloaded (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mail program keeps failing on message %1: the server lists it but cannot deliver it (%2). Programs that download everything, such as OfflineIMAP, mbsync or Thunderbird&apos;s offline folders, stop or retry on it every time. This is a fault in the server&apos;s mail store (Microsoft Exchange is known for it), not in your mail program. What to do: ask your provider to repair or remove the message; or, since nobody can read it anyway, remove exactly that message yourself with &quot;%3&quot; (add the same password and certificate options as for this run). It first shows what it will do and changes nothing until you add --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ghosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 more incomplete message(s) not checked one by one (limit of %2 per run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; not scanned: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleProbe</name>
    <message>
        <source>between commands, after EHLO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right after login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with a folder open (EXAMINE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after listing a folder&apos;s messages (UID FETCH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no further connections were opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXAMINE INBOX failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UID FETCH failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle probe: TCP keepalives every %1 s on this connection, no IMAP traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle probe: TCP keepalives are not available on this platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle probe: connection %1 now idle %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle probe: the server sent &quot;%1&quot; by itself after %2 s idle (a keepalive of its own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection with TCP keepalives ended too (%1 after %2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not reopen a %1 connection: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 plain connection(s): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keepalive connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle probe: still alive after %1 s idle; waiting (at most %2 s more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle probe: cutoff between %1 and %2 s; narrowing (about %3 s left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not set up an idle connection: %1. Mailscope never logs in again after a login that did not succeed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not set up an idle connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped after %1 s: a login on an extra connection did not succeed, and Mailscope never logs in again after that (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connections stayed usable after %1 s idle (the longest tested, --idle-max %2); %3 probes in %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your provider cuts connections that sit unused for about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it says goodbye (BYE) and closes the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it closes the connection without a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it resets the connection (TCP RST) when the program next speaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it stops answering altogether, so the program hangs until its own timeout (often minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection stops working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection left idle for %1 s (measured to within %2 s) no longer works: %3. Mail programs keep idle connections open to check for new mail, so they run into this. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 5321 §4.5.3.2 asks servers to wait at least 5 minutes between commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3501 §5.4 asks servers to wait at least 30 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the connection dies depends on what the program did last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the same idle time the server ends sessions differently: %1. Some endings are quick to notice (a reset), others leave the program hanging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle connections are dropped silently, so mail programs hang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, after %2 s idle, the next command got no answer at all%3. The program waits for its own timeout (Thunderbird: about 2 minutes) before it tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: the server&apos;s side never even acknowledged the data (packets are being dropped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: the data was acknowledged but IMAP never answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (this platform cannot tell whether packets were acknowledged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cutoff %1 s (%2), %3; keepalives help: %4; %5 probes in %6 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a working login: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImapParser</name>
    <message>
        <source>unexpected end of line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &apos;)&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quoted string not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>literal size out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>literal without a size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed literal marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>literal marker not at end of line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>literal shorter than announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section &apos;[&apos; not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response code not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response larger than the limit of %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line longer than the limit of %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server announced an absurdly large literal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server announced a literal of %1 bytes, above the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response without a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tagged response with unknown status &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImapProbes</name>
    <message>
        <source>IMAP only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing after the greeting; the login part needs a login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no untagged responses after the greeting or before the login reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sends extra status lines while you log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before answering the login, the server sent untagged lines such as &quot;%1&quot;. That is allowed, and Mailscope read past them without trouble, but proxies and simple clients that expect exactly one reply (older nginx mail proxies, for example) fail on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 untagged line(s) after the greeting, %2 before the login reply; parsed without trouble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP only here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a user name and a password or sign-in: it pipelines commands right after the login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection is not encrypted; Mailscope will not send the password in the clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a working login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOGIN is disabled here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a token login fits in one line only with SASL-IR, which the server does not offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password needs a synchronising literal: it cannot be pipelined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipelined login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pipelined login failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every pipelined command was answered (after LOGIN and after login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands sent together with the login are lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands sent together are lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailscope sent %1 in one packet. The server never answered %2. A mail program that sends commands without waiting (pipelining) then hangs until it gives up. IMAP allows this (RFC 3501 §5.5); proxies such as perdition lose what follows LOGIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pipelined command(s) never answered (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImapSession</name>
    <message>
        <source>no reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent more than %1 responses nobody asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more server responses could not be parsed; they are kept as text without further notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not fully parse a server response (%1); kept it as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent more than %1 untagged responses to one command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server kept asking for more data (&quot;+&quot;) that the command does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not start with a greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server offers no login method Mailscope can use here (LOGINDISABLED and no AUTH=PLAIN or AUTH=LOGIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server kept asking for more login data after the login was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>the keychain did not answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Windows Credential Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the desktop keyring (Secret Service)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuth</name>
    <message>
        <source>the sign-in is no longer valid (expired, revoked, or the password changed): sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider does not know this client id, or does not allow it to sign in this way: check the app registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider refused the permissions asked for (scopes): the app registration must allow mail access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider&apos;s token endpoint answered HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token endpoint %1 is not https</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token endpoint sent more than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token endpoint did not answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token endpoint could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Microsoft tenant (a directory id or a domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no OAuth2 client id for %1: Mailscope ships none. Your IT department registers Mailscope (see the README) and gives you the client id: --oauth2-client-id, the settings, or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-in endpoints of %1 must be https</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scopes for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown OAuth2 provider &apos;%1&apos;: use microsoft, google or a profile file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a profile file may not call itself &quot;%2&quot; (use --oauth2 %2 for the built-in one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: mechanism must be XOAUTH2 or OAUTHBEARER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: authorize_url and token_url must be https (plain http only on this machine&apos;s loopback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/Library/Application Support/Mailscope/oauth2.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1 for the sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a sign-in answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in answer does not belong to the request Mailscope made. Nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-in answer did not match the request (state mismatch); refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was not completed. You can close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-in was cancelled or refused at the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider refused the sign-in: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign-in code in this answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in. You can close this window and return to Mailscope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sign-in within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bearer token is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with a bearer token given to Mailscope (%1); it is not refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the access token has expired and there is no refresh token: sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in with %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, token valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortProbe</name>
    <message>
        <source>the name does not resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused (TCP reset): nothing listens there, or a firewall rejects it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s: the packets are dropped on the way (a firewall), or the host is down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ could not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Repair</name>
    <message>
        <source>Mailscope repair: remove UID %1 from %2 on %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed with --yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repair: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot log in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the login failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server would not open %1 (%2); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server opened %1 read-only, so nothing can be removed from it; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up UID %1 failed (%2); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s answer about UID %1 could not be read, so Mailscope cannot be sure which message it is; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no message with UID %1 in %2 (it holds %3 messages); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 for changes (SELECT). It holds %2 messages; UID %3 is message number %4, flags: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server does not offer UIDPLUS (RFC 4315), so it cannot remove one message by its UID. The only other way (RFC 4549 §4.2.4: take the deleted mark off every other marked message, EXPUNGE, put the marks back) is not safe while other mail programs use the mailbox%1: a message another program marks meanwhile would be removed too. Nothing was changed; ask the provider to remove the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, and without CONDSTORE Mailscope could not even notice them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark only UID %1 as deleted, and only if nothing changed it since it was looked at (UID STORE %1 (UNCHANGEDSINCE %2) +FLAGS.SILENT (\Deleted)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark only UID %1 as deleted (UID STORE %1 +FLAGS.SILENT (\Deleted)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove only that message (UID EXPUNGE %1). Other messages marked as deleted stay where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that UID %1 is gone and that %2 holds exactly one message fewer (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If anything fails after marking it, take the deleted mark off again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave without CLOSE (which would remove every message marked as deleted), then log out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repair plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was changed; run again with --yes to carry out this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan shown for UID %1 in %2; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UID %1 changed after Mailscope looked at it (another program changed it meanwhile), so the server did not mark it; nothing was changed. Run the repair again to see the current state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UID %1 was marked as deleted before; the mark was left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection is gone, so the deleted mark could not be taken off UID %1 again: remove it in your mail program (or leave it; the message is only removed by an expunge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deleted mark was taken off UID %1 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taking the deleted mark off UID %1 again failed (%2): remove it in your mail program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marking UID %1 as deleted failed (%2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: UID %1 marked as deleted (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing UID %1 failed (%2); %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: UID EXPUNGE %1 (%2); the server reported %3 removed message(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UID EXPUNGE was accepted but checking the result failed (%1); look at %2 before trying again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server accepted UID EXPUNGE but UID %1 is still there (or its answer could not be read); %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UID %1 is gone, but %2 now holds %3 messages instead of %4 (%5 removal(s) reported while Mailscope worked; another program may have removed messages at the same time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: UID %1 is gone and %2 holds %3 messages, one fewer than before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UID %1 removed from %2; %3 messages left, nothing else changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repair: UID %1 removed from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>&apos;%1&apos; is not a valid server URL (expected for example imap://user@mail.example.net)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown scheme &apos;%1&apos;: use imap, imaps, smtp, submission or smtps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not put a password in the URL: it would show in process lists and shell history; use --password-env, --password-file or --ask-password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>The server is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised from its %1: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent data that breaks the protocol or sane limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; closing the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailscope stopped reading the connection: %1. A mail program may hang, crash or run out of memory on such data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets are recorded in this run (not redacted): do not share this transcript as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailscope diagnosing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes of this run were counted but not stored: the transcript keeps at most %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sasl</name>
    <message>
        <source>the server does not accept the sign-in token: it was revoked, has expired, or belongs to another account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-in token does not give access to mail%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (it needs the scope %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server could not use the sign-in request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the sign-in token (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the sign-in token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpCommand</name>
    <message>
        <source>%1 contains a line break or NUL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address must not contain &apos;&lt;&apos;, &apos;&gt;&apos; or spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter must not contain spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHLO needs one domain or address literal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpExplain</name>
    <message>
        <source>announces message size limits (none given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepts messages up to %1 MB (RFC 1870)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lets the client send several commands at once without waiting (RFC 2920)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepts 8-bit text bodies (RFC 6152)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepts messages in chunks with BDAT (RFC 3030)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepts binary bodies with BDAT (RFC 3030)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adds precise x.y.z codes to its replies (RFC 2034)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can send delivery status notifications on request (RFC 3461)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepts international (UTF-8) addresses (RFC 6531)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can encrypt the connection (RFC 3207)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepts logins with %1 (RFC 4954)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers address verification (VRFY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flushes queued mail on request (RFC 1985)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>honours delivery deadlines (RFC 2852)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can require TLS along the whole route (RFC 8689)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lets trusted proxies pass on client details (Postfix extension)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a server-specific extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not local; will forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>go on with the login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server is closing the connection (busy or idle too long)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbox temporarily unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temporary error on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temporarily out of storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temporary failure: TLS or login not available now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command not implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commands in the wrong order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter not implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a login (or encryption) is required first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the login method is too weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user name or password is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encryption is required for this login method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: no such mailbox or not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exceeded storage allocation or message too big</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbox name not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transaction failed / refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temporary failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permanent failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued as ([A-Za-z0-9]+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>([0-9A-Za-z]+) Message accepted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpParser</name>
    <message>
        <source>reply line longer than the limit of %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server sent a line that is not an SMTP reply: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multi-line reply changed its code from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multi-line reply longer than %1 lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpProbes</name>
    <message>
        <source>The server only speaks old-style SMTP (HELO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It refused EHLO, so it offers no extensions: no encryption (STARTTLS), no login (AUTH), no size announcement. Current mail programs expect EHLO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHLO refused; HELO accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the mail server offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No extensions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHLO answered in %1 ms; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server does not offer PIPELINING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the commands sent one by one did not all get replies (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAIL/RCPT/RSET/QUIT pipelined: 4 replies in order, as in lock-step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server announces PIPELINING but loses pipelined commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent one by one, MAIL FROM, RCPT TO, RSET and QUIT got four replies (%1). Sent together, as PIPELINING allows, they got %2 (%3)%4%5. Mail servers and programs that pipeline (Postfix does by default) then see their mail fail or time out. RFC 2920 §3.2 requires a server to answer in order and never lose input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, then the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; QUIT&apos;s reply came before the others&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipelined MAIL/RCPT/RSET/QUIT: %1 of 4 replies%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, connection closed early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sends real mail, so only on request (--send-to ADDRESS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a working login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd, dd MMM yyyy HH:mm:ss +0000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server loses pipelined commands while accepting a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While sending the test message as RFC 2920 allows, %1 repl(ies) never came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the test message was not accepted: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test message was accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepted a message from %1 to %2%3. Its Message-ID is %4; quote it (and the queue id) when asking the admins to trace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> as queue id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted%1 in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpSession</name>
    <message>
        <source>no reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent more than %1 replies nobody asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection not open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INFO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailscope report for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1 (%2)  greeting: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not complete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsInspect</name>
    <message>
        <source>no connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no IMAP greeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused STARTTLS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SMTP greeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHLO refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thunderbird (since version 78, 2020), mail programs that use the system&apos;s OpenSSL or GnuTLS on Debian 10, Ubuntu 20.04 and later (Evolution, mutt, fetchmail, Claws Mail) and Mailscope itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate expired on %1 (%2 ago). Every mail program warns or refuses until the provider installs a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate expires on %1, in %2. After that every mail program warns or refuses; the provider should renew it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not valid before %1. Either it was installed too early or this computer&apos;s clock is wrong (check the date first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is made for %1, not for %2. Mail programs warn because anybody could present a certificate for some other name. Use a server name the certificate covers, or ask the provider for a certificate that includes %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is self-signed: the server vouches for itself and no certificate authority checked it. Mail programs warn every time; accept it only after comparing the fingerprint with the provider&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate comes from an authority this computer does not trust (a private or company CA). Install that CA&apos;s certificate, or give it to Mailscope with --ca-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sends its own certificate but not the intermediate certificate(s) that link it to a trusted authority. Programs that happen to have the intermediate cached (browsers, some Thunderbird installs) work; others (most phones, Outlook on a fresh PC, OpenSSL-based programs) fail. The provider must install the full chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate%1 is signed with %2, which has been broken for years. Current systems (OpenSSL 3 on Debian and Ubuntu, Apple, Microsoft) refuse it; the provider must get a new certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate%1 has an RSA key of only %2 bits; 2048 is the minimum accepted today (OpenSSL 3 on Debian and Ubuntu refuses it). The provider must get a new certificate with a longer key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate could not be verified: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate expires soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is made for another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate comes from an unknown authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate chain is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate uses cryptography refused today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate cannot be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not send its full certificate chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Mailscope&apos;s own connection with today&apos;s settings was refused for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepts no TLS version at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepts %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailscope tried one handshake per TLS version (1.0 to 1.3). A current mail program uses the newest one both sides accept%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: here %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server only speaks %1, which current mail programs refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers nothing newer than %2. %3 refuse it (RFC 8996 retired TLS 1.0 and 1.1 in 2021), so they cannot connect at all (or, set to a lower minimum, would expose the password to attacks on the old version). The provider must enable TLS 1.2 and 1.3 (for Dovecot: ssl_min_protocol = TLSv1.2; Postfix: smtpd_tls_protocols = &gt;=TLSv1.2; Exchange: enable TLS 1.2 in Windows&apos; Schannel) and renew anything that cannot. Mailscope never sends a password over it unless you allow it (--allow-old-tls).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption cannot be set up with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection with the settings current mail programs use failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>[%1 bytes not stored: transcript size limit reached]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transcript size limit of %1 MiB reached: further data is counted, not stored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Language of the text output: en or de (default: MAILSCOPE_LANG, else the system&apos;s). JSON stays English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailscope-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;mailscope-cli --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  mailscope-cli diagnose [URL] [options]   run checks and report (no URL: built-in demo)
  mailscope-cli session URL [options]      manual console: type commands, see replies
  mailscope-cli discover ADDRESS [--json FILE] [--lookup-base URL] [--dns-server IP]
                                           find the servers as mail programs do, and check
                                           what they pick: ports, TLS versions, certificates
  mailscope-cli repair URL --mailbox NAME --expunge-uid UID [--yes]
                                           remove exactly one (ghost) message
  mailscope-cli forget URL [--oauth2 P]    remove what the OS keychain keeps for the account
  mailscope-cli demo-server                run the built-in demo server until Ctrl-C
  mailscope-cli replay REPORT.json         print a report&apos;s transcript as a fault-server script
  mailscope-cli fake-server SCRIPT         serve a fault-server script on 127.0.0.1

URL: imap://[user@]host[:port] (143, STARTTLS attempted), imaps:// (993),
     smtp:// (25, STARTTLS attempted), submission:// (587), smtps:// (465)

Exit status: 0 ran without warnings or errors; 1 ran, found warnings or errors;
             2 could not run (usage, unreachable, TLS refused).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from environment variable VAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from the first line of FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the password on the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated checks to run (default: all quick read-only ones).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest idle time to probe, in seconds (default 1860).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up waiting for a reply after this many seconds (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection and TLS handshake timeout in seconds (default 15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest time one command may take, however much the server sends meanwhile (default 120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most transcript data stored per run, in MiB; the rest is counted (default 128).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ghosts: name each unreadable message&apos;s From, Subject and Date in the report (left out by default: reports go to the provider).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most connections open at once (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue despite certificate problems if the server&apos;s certificate has this SHA-256 fingerprint (for the URL&apos;s host and port only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue despite any certificate problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login method: login, plain, auth-login, xoauth2 or oauthbearer (default: automatic).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow sending the password over an unencrypted connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not redact passwords and SASL data in transcripts and reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the mailscope.report/1 JSON to FILE (&apos;-&apos; for standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the full transcript after the summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print nothing but errors; use the exit status and --json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnose the built-in SMTP demo server (seed 004: it loses pipelined replies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnose the built-in demo server (the default when no URL is given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo-server: listen on this address instead of 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo-server: how idle sessions end: seed (default: reset, silent after UID FETCH), bye, fin or rst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo-server: idle cutoff in seconds (0: none; default 20 as in seed 000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP: send a real test message to ADDRESS (check &apos;send&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP: envelope sender for pipelining and test messages (default: the user if it is an address, else &lt;&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit mailbox checks (ghosts) and repair to this mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repair: the UID of the one message to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repair: carry out the shown plan (without it, only the plan is shown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept TLS 1.0/1.1 and weak certificates on the main connection and log in over them (never done otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discover: send every HTTP lookup to URL/&lt;host&gt;/&lt;path&gt; instead (tests, closed networks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discover: ask this DNS server (an IP address) for SRV, MX and the servers&apos; addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discover: a port that has not answered after this many seconds is filtered (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discover: only ask the sources; connect to nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many arguments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either a URL or --demo, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use only one of --password-env, --password-file, --ask-password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PEM certificate found in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan for removing UID %1 from %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: UID %1 was removed; nothing else was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start the demo server on 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: built-in %1 demo server on 127.0.0.1:%2; its self-signed certificate %3 is accepted for the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosing the built-in %1 demo server (127.0.0.1:%2), which misbehaves on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailscope-cli: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discover takes one e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diagnose, session or demo-server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server, e.g. imaps://fred@mail.example.net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailscope-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS is not available (Qt found no OpenSSL backend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing command: diagnose, session or demo-server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repair works on IMAP mailboxes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repair needs --mailbox NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repair needs --expunge-uid with a UID from 1 to 4294967295</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forget takes the account&apos;s URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replay takes one report file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fake-server takes one script file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not listen on 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault server for %1 on 127.0.0.1:%2 (demo certificate SHA-256 %3). Ctrl-C stops it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>script mismatch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo IMAP server on imap://%1@%5:%2 (password: %3, certificate SHA-256 %4, made for this run). Ctrl-C stops it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password is longer than %1 bytes; Mailscope does not cut it short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment variable %1 is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read password file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with microsoft, google or the provider described in FILE (OAuth2 in the browser) instead of a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with the OAuth2 bearer token in environment variable VAR (obtained elsewhere; not refreshed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client id your organisation registered for Mailscope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft: the directory (tenant) id or domain (default: organizations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for the browser sign-in (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the password or sign-in in the OS keychain, and use what is kept there (never in a file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use either --oauth2 or --oauth2-token-env, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either a password or a sign-in (--oauth2), not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; signs in at %2 and gets its tokens from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in with %1 for %2 (kept in %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kept sign-in no longer works (%1); signing in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with %1 in the browser that just opened (waiting up to %2 s). If none opened, visit:
  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in a browser on this computer to sign in with %1 (waiting up to %2 s):
  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in with %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailscope-cli: could not keep the sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailscope-cli: could not keep the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is kept for %1 any more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailscope::CertificateDialog</name>
    <message>
        <source>Trust this certificate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 presented a certificate that cannot be verified.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Problems: %2&lt;/p&gt;&lt;p&gt;Issued to &lt;b&gt;%3&lt;/b&gt; by &lt;b&gt;%4&lt;/b&gt;, valid until %5.&lt;/p&gt;&lt;p&gt;Trust it only if your provider or IT department confirms this SHA-256 fingerprint (compare all of it, for example read aloud on the phone):&lt;/p&gt;&lt;p&gt;&lt;tt&gt;%6&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Someone between you and the server could present a certificate of their own; the fingerprint is how you tell.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust it for &amp;one run only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Always trust it for %1 on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust and run again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailscope::ConsoleEngine</name>
    <message>
        <source>could not connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual console: type IMAP commands without a tag; STARTTLS upgrades, .login logs in with the given password (never shown), .quit leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual console: type SMTP commands; STARTTLS upgrades, .login authenticates with the given password (never shown), .quit leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: %1 would travel unencrypted. Use STARTTLS first (or allow plaintext login explicitly).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted (STARTTLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password given: enter one first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-in token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no usable sign-in token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued to %1 by %2, valid until %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate of %1:%2 is not trusted (SHA-256 %3). Trust it only if your provider confirms this fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailscope::ConsoleWidget</name>
    <message>
        <source>Thunderbird&apos;s start-up commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghost message: list the UIDs (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghost message: fetch one UID (edit &lt;uid&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP pipelined group (MAIL, RCPT, RSET, QUIT in one write)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imap://you@mail.example.net:143 or submission://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password for Log in (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a command without a tag, e.g. CAPABILITY, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snippets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade this connection to TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with the password (never shown in the transcript)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;nippet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always trus&amp;t for this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;n&apos;t trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save console session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailscope report (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The certificate of %1:%2 is not trusted&lt;/b&gt; (%3).&lt;br&gt;Trust it only if your provider confirms this SHA-256 fingerprint:&lt;br&gt;&lt;tt&gt;%4&lt;/tt&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, encrypted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, NOT encrypted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual console session, no checks run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailscope::DiagnoseWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;demo server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running for %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. What is wrong?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Which account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Password or sign-in (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. What will run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick what you see. Mailscope chooses the checks; you can change them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My mail program &amp;hangs or is slow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;message will not download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I cannot &amp;send mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login or certificate warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just check my &amp;server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks encryption, login, how long idle connections survive, several commands at once, and proxy quirks during login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks for messages the server lists but cannot deliver (read-only: nothing is deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the sending server (SMTP): greeting, encryption, login and PIPELINING.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the certificate, the STARTTLS upgrade and whether the password travels encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything that changes nothing on the server and takes about a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server at hand?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in demo server misbehaves on purpose, like the proxies Mailscope was made for. Nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a saved report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@example.net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where mail programs look, and what works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source, in the order mail programs ask, and what it says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does it work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP (reading mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP (sending mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imap.example.net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS from the start (993 / 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS on the plain port (143 / 587 / 25)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: your company&apos;s CA certificate (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, for this server and the next run only: SHA-256 of its certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted certificate fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vers found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources and &amp;verdicts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sec&amp;urity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company C&amp;A:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certi&amp;ficate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail address is enough: Mailscope asks every source a mail program asks (the provider&apos;s autoconfig, Thunderbird&apos;s ISP database, Microsoft Autodiscover, DNS SRV and MX, the usual names), then checks what a program would pick: ports, TLS versions, certificates. Everything stays editable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave empty to skip the checks that need it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the password in the system keychain once it worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send my password &amp;even without encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone on the network path can then read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow the password to travel unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tick this if you accept that anyone on the network path (the Wi-Fi, the provider&apos;s network) can read the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is used for one login attempt per check that needs it, never retried, and never written to the transcript or a saved report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick: up to 10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thorough: up to 31 minutes (RFC 3501&apos;s 30-minute minimum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections at &amp;most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hecks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress per check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s name, or an e-mail address and press Find servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first (the Sign in… button), or choose &quot;No: use the password&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick at least one check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (needs the password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the chosen checks needs your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Signed in:&lt;/b&gt; %1 log in with your sign-in; no password is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;These checks need the password and will be skipped without it:&lt;/b&gt; %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is used by: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is encrypted from the start: the password travels encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With STARTTLS the password is sent only after encryption is in place. &lt;b&gt;If the server cannot encrypt, the password would travel unencrypted&lt;/b&gt;: Mailscope then does not send it, unless you allow it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &lt;span style=&apos;color:#b00020&apos;&gt;&lt;b&gt;You allowed an unencrypted login.&lt;/b&gt;&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no server yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n check(s)&lt;/b&gt; against &lt;b&gt;%1&lt;/b&gt;, </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>using at most &lt;b&gt;%n connection(s)&lt;/b&gt; at a time.&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;This can take &lt;b&gt;up to %1 minutes&lt;/b&gt;: the idle check waits as long as the server keeps an unused connection open (%2). Everything else takes about %3 seconds.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thorough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;This takes about &lt;b&gt;%1 seconds&lt;/b&gt;%2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> plus a moment per thousand messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Without a password these will be skipped: %1.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing is changed on the server. You can cancel at any time.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate could be read from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trusted certificate must be a SHA-256 fingerprint: 64 hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an address like you@example.net.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking every source for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>➜ A mail program picks %1 (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>found %n server(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ unusable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2  %3  (from %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Found %n server(s) published by the provider; the first is what a mail program would pick. Pick one or edit below.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing published anywhere; these are the usual names. Your provider&apos;s help pages name the right one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking &lt;b&gt;%1:%2&lt;/b&gt; (%3). The transcript and timeline on the right fill as it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running for 0:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was cancelled. Its transcript stays on the right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailscope::MainWindow</name>
    <message>
        <source>Mailscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript, timeline and console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Mailscope report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailscope report (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a symptom, or try the demo server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large text, high contrast, secrets always hidden: for screen sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record secrets in the next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords and SASL data are replaced by &lt;redacted&gt; unless this is on (like --show-secrets). Locked off in presenter mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the t&amp;imeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual &amp;console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the &amp;diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;demo server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Mailscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Mailscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Mailscope %1&lt;/b&gt; finds out why a mail server misbehaves.&lt;/p&gt;&lt;p&gt;The same engine runs as &lt;code&gt;mailscope-cli&lt;/code&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the demo server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo server on 127.0.0.1:%1; its self-signed certificate is accepted for the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: built-in demo server on 127.0.0.1:%1; its self-signed certificate %2 is accepted for the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. Select a finding to see its evidence in the transcript.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the s&amp;ystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailscope will use the new language when you start it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailscope::ResultsPanel</name>
    <message>
        <source>Show the &amp;evidence in the transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust this certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide whether to trust the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to change, per program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message for your provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the &amp;message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the message for your provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this to your provider&apos;s help desk. It names what was seen and what they can change; the saved report (File ▸ Save) is the evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell your provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check of %1 could not be completed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found on %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Server software: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the value for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy “%1” to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change in your mail program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing wrong was found. The &lt;b&gt;What passed&lt;/b&gt; tab lists every check.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Details&lt;/b&gt; &lt;small&gt;(%1)&lt;/small&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transcript lines recorded for this finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show the &amp;evidence in the transcript (%n line(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I checked the mail server %1 (port %2, %3) with Mailscope on %4 and found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- no problems on the server side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could be changed on the server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: this run recorded passwords in the transcript; remove them before attaching the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full report with the protocol transcript is attached (passwords removed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailscope::SignInBox</name>
    <message>
        <source>Sign in with your provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep this sign-in in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: use the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another provider (profile file)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client id your IT department registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth2 client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organizations, or your directory id or domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sign-in within %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This account is at Microsoft 365.&lt;/b&gt; Microsoft no longer accepts passwords for IMAP and SMTP: sign in through Microsoft&apos;s page instead, as Thunderbird and Outlook do (OAuth2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This account is at Google.&lt;/b&gt; Gmail accepts your normal password only through Google&apos;s own page (OAuth2), or an app password made for mail programs. Sign in here, or enter an app password below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations that sign in through Microsoft 365, Google or their own identity provider choose it here instead of a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sign in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the kept sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with %1 in your browser. If it did not open, open &lt;a href=&quot;%2&quot;&gt;this address&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &lt;a href=&quot;%2&quot;&gt;this address&lt;/a&gt; in a browser on this computer to sign in with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;This profile signs in at &lt;b&gt;%1&lt;/b&gt; and gets its tokens from &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailscope::TimelineWidget</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time runs to the right, one lane per connection. Plus and minus zoom, the arrow keys pan, Home shows everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds since start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command (width: time to reply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slow &gt; 1 s / no reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BYE/FIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle &gt; 1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) on %1 connection(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (first %1 shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Hover a point for the command and its latency; click it to show it in the transcript. Wheel or +/- zooms, drag or arrows pan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 at %2 s: %3
reply after %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mailscope::TranscriptModel</name>
    <message numerus="yes">
        <source>   [+%n line(s)]</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailscope::TranscriptView</name>
    <message>
        <source>CR/&amp;LF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ollow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line per event. C: sent by Mailscope, S: sent by the server, ~: connection, T: TLS, x: closed, X: reset, !: timeout or error, *: note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected event, every line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a line to see all of it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time stamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clock time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text in any line, e.g. BYE or UID FETCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show line ends as ␍␊</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll along while new lines arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected lines (or all shown lines) as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy transcript lines as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nnection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 events shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>connection #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Find out why a mail server misbehaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start by diagnosing the built-in demo server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in presenter mode (large text, high contrast, secrets locked away) for screen sharing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the window: en or de (default: the saved choice, else the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mailscope.report/1 JSON file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
