<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddressScope</name>
    <message>
        <source>a public internet address</source>
        <translation>eine öffentliche Internetadresse</translation>
    </message>
    <message>
        <source>this computer itself</source>
        <translation>dieser Computer selbst</translation>
    </message>
    <message>
        <source>a private network (like a company or home network)</source>
        <translation>ein privates Netz (etwa ein Firmen- oder Heimnetz)</translation>
    </message>
    <message>
        <source>the local network segment (link-local)</source>
        <translation>das lokale Netzsegment (link-local)</translation>
    </message>
    <message>
        <source>a provider&apos;s shared network (carrier-grade NAT)</source>
        <translation>ein gemeinsam genutztes Netz des Anbieters (Carrier-Grade-NAT)</translation>
    </message>
    <message>
        <source>no address at all (unspecified)</source>
        <translation>gar keine Adresse (unbestimmt)</translation>
    </message>
    <message>
        <source>a multicast or broadcast address</source>
        <translation>eine Multicast- oder Broadcast-Adresse</translation>
    </message>
    <message>
        <source>a reserved range that is not used on the internet</source>
        <translation>ein reservierter Bereich, der im Internet nicht verwendet wird</translation>
    </message>
    <message>
        <source>a range reserved for documentation examples</source>
        <translation>ein für Dokumentationsbeispiele reservierter Bereich</translation>
    </message>
</context>
<context>
    <name>Advice</name>
    <message>
        <source>Account Settings &gt; Server Settings &gt; Connection security</source>
        <translation>Konten-Einstellungen &gt; Server-Einstellungen &gt; Verbindungssicherheit</translation>
    </message>
    <message>
        <source>the server supports STARTTLS without announcing it; choosing it explicitly makes Thunderbird encrypt instead of falling back</source>
        <translation>der Server beherrscht STARTTLS, ohne es anzukündigen; wenn Sie es ausdrücklich wählen, verschlüsselt Thunderbird, statt unverschlüsselt weiterzumachen</translation>
    </message>
    <message>
        <source>Account settings &gt; Advanced &gt; Use the following type of encrypted connection</source>
        <translation>Kontoeinstellungen &gt; Erweitert &gt; Verwenden Sie den folgenden verschlüsselten Verbindungstyp</translation>
    </message>
    <message>
        <source>STARTTLS (or SSL/TLS on port %1 if offered)</source>
        <translation>STARTTLS (oder SSL/TLS auf Port %1, falls angeboten)</translation>
    </message>
    <message>
        <source>force encryption rather than relying on the announced capabilities</source>
        <translation>Verschlüsselung erzwingen, statt sich auf die angekündigten Fähigkeiten zu verlassen</translation>
    </message>
    <message>
        <source>announce STARTTLS</source>
        <translation>STARTTLS ankündigen</translation>
    </message>
    <message>
        <source>%1 accepts STARTTLS but does not list it in %2; RFC 3501 §6.2.1 / RFC 3207 expect it to be announced so clients use it. For perdition, check the capability string (--capability) includes STARTTLS.</source>
        <translation>%1 nimmt STARTTLS an, führt es aber nicht in %2 auf; RFC 3501 §6.2.1 / RFC 3207 verlangen, dass es angekündigt wird, damit E-Mail-Programme es nutzen. Bei perdition prüfen Sie, ob die Capability-Zeichenkette (--capability) STARTTLS enthält.</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>Verbindungssicherheit</translation>
    </message>
    <message>
        <source>SSL/TLS on port %1</source>
        <translation>SSL/TLS auf Port %1</translation>
    </message>
    <message>
        <source>the plain port cannot be encrypted; try the TLS port</source>
        <translation>der unverschlüsselte Port lässt sich nicht verschlüsseln; versuchen Sie den TLS-Port</translation>
    </message>
    <message>
        <source>%1 port %2 refused STARTTLS, so passwords travel in the clear</source>
        <translation>%1 Port %2 hat STARTTLS abgelehnt, daher werden Passwörter im Klartext übertragen</translation>
    </message>
    <message>
        <source>send nothing after the STARTTLS reply until TLS is up</source>
        <translation>nach der Antwort auf STARTTLS nichts senden, bis TLS steht</translation>
    </message>
    <message>
        <source>%1 bytes arrived after the STARTTLS reply and before the handshake; if your server did not send them, something on the path injects data (see the transcript evidence)</source>
        <translation>%1 Bytes kamen nach der Antwort auf STARTTLS und vor dem Handshake an; wenn Ihr Server sie nicht gesendet hat, schleust etwas auf dem Weg Daten ein (siehe die Belege im Mitschnitt)</translation>
    </message>
    <message>
        <source>implicit TLS is not exposed to STARTTLS injection</source>
        <translation>bei TLS von Anfang an ist keine STARTTLS-Einschleusung möglich</translation>
    </message>
    <message>
        <source>mailscope-cli --accept-cert</source>
        <translation>mailscope-cli --accept-cert</translation>
    </message>
    <message>
        <source>only after your provider confirmed this fingerprint by another channel (phone, their web site)</source>
        <translation>erst nachdem Ihr Anbieter diesen Fingerabdruck auf anderem Weg bestätigt hat (Telefon, seine Website)</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>TLS-Zertifikat</translation>
    </message>
    <message>
        <source>a certificate from a trusted CA covering %1</source>
        <translation>ein Zertifikat einer vertrauenswürdigen Zertifizierungsstelle, das %1 abdeckt</translation>
    </message>
    <message>
        <source>clients warn or refuse: %1</source>
        <translation>E-Mail-Programme warnen oder verweigern die Verbindung: %1</translation>
    </message>
    <message>
        <source>SSL/TLS (port %1) or STARTTLS; never &quot;None&quot;</source>
        <translation>SSL/TLS (Port %1) oder STARTTLS; niemals „Keine“</translation>
    </message>
    <message>
        <source>the server accepts passwords before encryption</source>
        <translation>der Server nimmt Passwörter vor der Verschlüsselung an</translation>
    </message>
    <message>
        <source>logins before TLS</source>
        <translation>Anmeldungen vor TLS</translation>
    </message>
    <message>
        <source>refuse them (Dovecot: disable_plaintext_auth = yes; announce LOGINDISABLED before STARTTLS)</source>
        <translation>ablehnen (Dovecot: disable_plaintext_auth = yes; LOGINDISABLED vor STARTTLS ankündigen)</translation>
    </message>
    <message>
        <source>refuse them (Postfix: smtpd_tls_auth_only = yes)</source>
        <translation>ablehnen (Postfix: smtpd_tls_auth_only = yes)</translation>
    </message>
    <message>
        <source>the server accepts passwords on the unencrypted connection</source>
        <translation>der Server nimmt Passwörter über die unverschlüsselte Verbindung an</translation>
    </message>
    <message>
        <source>the server cuts idle connections after about %1 s</source>
        <translation>der Server trennt Verbindungen im Leerlauf nach etwa %1 s</translation>
    </message>
    <message>
        <source>smtpd idle timeout</source>
        <translation>Leerlauf-Zeitlimit von smtpd</translation>
    </message>
    <message>
        <source>at least 300 s (Postfix: smtpd_timeout)</source>
        <translation>mindestens 300 s (Postfix: smtpd_timeout)</translation>
    </message>
    <message>
        <source>SMTP sessions on %1 end after about %2 s idle (%3); RFC 5321 §4.5.3.2 asks servers to wait at least 5 minutes between commands</source>
        <translation>SMTP-Sitzungen auf %1 enden nach etwa %2 s Leerlauf (%3); RFC 5321 §4.5.3.2 verlangt von Servern, zwischen Befehlen mindestens 5 Minuten zu warten</translation>
    </message>
    <message>
        <source>%1; one cached connection, kept busy, is not left to go stale</source>
        <translation>%1; eine zwischengespeicherte, beschäftigt gehaltene Verbindung veraltet nicht</translation>
    </message>
    <message>
        <source>%1; checking every %2 minute(s) uses the connection before it is cut</source>
        <translation>%1; eine Prüfung alle %2 Minute(n) nutzt die Verbindung, bevor sie getrennt wird</translation>
    </message>
    <message>
        <source>%1, less than Thunderbird&apos;s shortest interval (1 minute): expect reconnects; ask the provider to raise the limit</source>
        <translation>%1, weniger als Thunderbirds kürzestes Intervall (1 Minute): rechnen Sie mit neuen Verbindungsaufbauten; bitten Sie den Anbieter, das Limit zu erhöhen</translation>
    </message>
    <message>
        <source>%1; minutes before Thunderbird re-issues IDLE or treats the connection as stale (at most 29, RFC 2177)</source>
        <translation>%1; Minuten, bevor Thunderbird IDLE neu sendet oder die Verbindung als veraltet ansieht (höchstens 29, RFC 2177)</translation>
    </message>
    <message>
        <source>true (mail.imap.tcp_keepalive.idle_time = %1)</source>
        <translation>true (mail.imap.tcp_keepalive.idle_time = %1)</translation>
    </message>
    <message>
        <source>a connection with TCP keepalives stayed alive past the cutoff: something on the path only counts packets</source>
        <translation>eine Verbindung mit TCP-Keepalives blieb über die Grenze hinaus bestehen: etwas auf dem Weg zählt nur Pakete</translation>
    </message>
    <message>
        <source>no change (does not help)</source>
        <translation>keine Änderung (hilft nicht)</translation>
    </message>
    <message>
        <source>a connection with TCP keepalives was cut too: the limit is the server&apos;s own timer, only real IMAP traffic resets it</source>
        <translation>eine Verbindung mit TCP-Keepalives wurde ebenfalls getrennt: die Grenze ist der eigene Zeitgeber des Servers, nur echter IMAP-Verkehr setzt ihn zurück</translation>
    </message>
    <message>
        <source>%1; send a NOOP before that</source>
        <translation>%1; vorher ein NOOP senden</translation>
    </message>
    <message>
        <source>with keepalive, keeps one connection in use instead of reopening</source>
        <translation>hält mit Keepalive eine Verbindung in Gebrauch, statt neu zu verbinden</translation>
    </message>
    <message>
        <source>fewer idle connections to be cut</source>
        <translation>weniger Verbindungen im Leerlauf, die getrennt werden können</translation>
    </message>
    <message>
        <source>Idle IMAP sessions on %1 end after about %2 s (%3). RFC 3501 §5.4 requires an autologout timer of at least 30 minutes, and RFC 2177 lets clients stay in IDLE for 29 minutes.</source>
        <translation>IMAP-Sitzungen im Leerlauf enden auf %1 nach etwa %2 s (%3). RFC 3501 §5.4 verlangt einen Abmelde-Zeitgeber von mindestens 30 Minuten, und RFC 2177 erlaubt E-Mail-Programmen, 29 Minuten in IDLE zu bleiben.</translation>
    </message>
    <message>
        <source> Ending by session state: %1.</source>
        <translation> Ende je nach Sitzungszustand: %1.</translation>
    </message>
    <message>
        <source> Evidence: transcript events %1.</source>
        <translation> Belege: Ereignisse %1 im Mitschnitt.</translation>
    </message>
    <message>
        <source>idle timeout</source>
        <translation>Leerlauf-Zeitlimit</translation>
    </message>
    <message>
        <source>at least 1800 s</source>
        <translation>mindestens 1800 s</translation>
    </message>
    <message>
        <source>seconds before Thunderbird gives up on a connection that went silent (default 100), so a hang is short</source>
        <translation>Sekunden, bevor Thunderbird eine verstummte Verbindung aufgibt (Vorgabe 100), damit ein Hängen kurz bleibt</translation>
    </message>
    <message>
        <source>a silently dropped connection fails in a minute instead of hanging</source>
        <translation>eine stillschweigend verworfene Verbindung scheitert nach einer Minute, statt zu hängen</translation>
    </message>
    <message>
        <source>seconds before mbsync gives up on a silent server</source>
        <translation>Sekunden, bevor mbsync einen stummen Server aufgibt</translation>
    </message>
    <message>
        <source>dropping idle sessions</source>
        <translation>Verbindungen im Leerlauf stillschweigend verwerfen</translation>
    </message>
    <message>
        <source>close them with a BYE or TCP FIN/RST</source>
        <translation>sie mit BYE oder TCP FIN/RST schließen</translation>
    </message>
    <message>
        <source>after %1 s idle (state: %2) the next command got no answer at all%3; clients hang until their TCP timeout instead of reconnecting at once</source>
        <translation>nach %1 s Leerlauf (Zustand: %2) bekam der nächste Befehl überhaupt keine Antwort%3; E-Mail-Programme hängen bis zu ihrem TCP-Zeitlimit, statt sofort neu zu verbinden</translation>
    </message>
    <message>
        <source> and was not even acknowledged by TCP (a firewall or load balancer dropping the flow)</source>
        <translation> und wurde nicht einmal von TCP bestätigt (eine Firewall oder ein Load Balancer verwirft die Verbindung)</translation>
    </message>
    <message>
        <source> although TCP acknowledged it</source>
        <translation>, obwohl TCP ihn bestätigt hat</translation>
    </message>
    <message>
        <source>send one command at a time; this server loses pipelined commands</source>
        <translation>einen Befehl nach dem anderen senden; dieser Server verliert Befehle, die per Pipelining gesendet werden</translation>
    </message>
    <message>
        <source>pipelined commands</source>
        <translation>Befehle per Pipelining</translation>
    </message>
    <message>
        <source>answer every command, also those in the same packet</source>
        <translation>jeden Befehl beantworten, auch die im selben Paket</translation>
    </message>
    <message>
        <source>commands sent after %1 in one packet were never answered (%2). RFC 3501 §5.5 lets clients send commands without waiting; perdition 2.2 loses what follows LOGIN</source>
        <translation>Befehle, die nach %1 im selben Paket gesendet wurden, wurden nie beantwortet (%2). RFC 3501 §5.5 erlaubt E-Mail-Programmen, Befehle ohne Warten zu senden; perdition 2.2 verliert, was auf LOGIN folgt</translation>
    </message>
    <message>
        <source>proxies in front of this server</source>
        <translation>Proxys vor diesem Server</translation>
    </message>
    <message>
        <source>must accept untagged responses during login</source>
        <translation>müssen Zeilen ohne Tag während der Anmeldung annehmen</translation>
    </message>
    <message>
        <source>the server sends untagged lines (e.g. &quot;* OK Waiting for authentication process to respond..&quot;) before its login reply; older nginx mail proxies fail on them</source>
        <translation>der Server sendet Zeilen ohne Tag (z. B. „* OK Waiting for authentication process to respond..“) vor seiner Antwort auf die Anmeldung; ältere nginx-Mail-Proxys scheitern daran</translation>
    </message>
    <message>
        <source>stops Postfix from pipelining to any server; prefer the per-destination map below</source>
        <translation>hält Postfix vom Pipelining zu jedem Server ab; besser die Tabelle je Ziel unten</translation>
    </message>
    <message>
        <source>hash:/etc/postfix/discard_ehlo, containing &quot;%1 pipelining&quot; (then postmap it)</source>
        <translation>hash:/etc/postfix/discard_ehlo mit dem Inhalt „%1 pipelining“ (danach postmap ausführen)</translation>
    </message>
    <message>
        <source>stops pipelining only towards %1, which loses pipelined replies</source>
        <translation>schaltet Pipelining nur zu %1 ab, das Antworten bei Pipelining verliert</translation>
    </message>
    <message>
        <source>off, where the program has such a setting</source>
        <translation>aus, wo das Programm eine solche Einstellung hat</translation>
    </message>
    <message>
        <source>send one command at a time to this server</source>
        <translation>einen Befehl nach dem anderen an diesen Server senden</translation>
    </message>
    <message>
        <source>fix the server or proxy, or stop announcing PIPELINING</source>
        <translation>den Server oder Proxy reparieren oder PIPELINING nicht mehr ankündigen</translation>
    </message>
    <message>
        <source>%1 announces PIPELINING, but MAIL FROM, RCPT TO, RSET and QUIT sent as one group got %2 of 4 replies%3. RFC 2920 §3.2: a server MUST respond to commands in the order received and MUST NOT flush or otherwise lose the contents of the TCP input buffer. Evidence: transcript events %4.</source>
        <translation>%1 kündigt PIPELINING an, aber MAIL FROM, RCPT TO, RSET und QUIT als eine Gruppe gesendet bekamen %2 von 4 Antworten%3. RFC 2920 §3.2: Ein Server MUSS Befehle in der empfangenen Reihenfolge beantworten und DARF den Inhalt des TCP-Eingangspuffers NICHT verwerfen oder anderweitig verlieren. Belege: Ereignisse %4 im Mitschnitt.</translation>
    </message>
    <message>
        <source> before the connection was closed</source>
        <translation>, bevor die Verbindung geschlossen wurde</translation>
    </message>
    <message>
        <source>support it</source>
        <translation>unterstützen</translation>
    </message>
    <message>
        <source>without EHLO there is no STARTTLS, AUTH or SIZE (RFC 5321 §4.1.1.1)</source>
        <translation>ohne EHLO gibt es kein STARTTLS, AUTH oder SIZE (RFC 5321 §4.1.1.1)</translation>
    </message>
    <message>
        <source>sign in again; if it keeps failing, ask IT to grant the app mail access</source>
        <translation>melden Sie sich erneut an; scheitert es weiter, bitten Sie die IT, der App den Zugriff auf E-Mails zu erlauben</translation>
    </message>
    <message>
        <source>the server refused the token: %1</source>
        <translation>der Server hat das Token abgelehnt: %1</translation>
    </message>
    <message>
        <source>check it, or create an app password</source>
        <translation>prüfen Sie es oder erstellen Sie ein App-Passwort</translation>
    </message>
    <message>
        <source>the server answered: %1</source>
        <translation>der Server antwortete: %1</translation>
    </message>
    <message>
        <source>Account Settings &gt; Server Settings &gt; Authentication method</source>
        <translation>Konten-Einstellungen &gt; Server-Einstellungen &gt; Authentifizierungsmethode</translation>
    </message>
    <message>
        <source>%1 takes no password over %2; Thunderbird then opens %1&apos;s sign-in page</source>
        <translation>%1 nimmt über %2 kein Passwort an; Thunderbird öffnet dann die Anmeldeseite von %1</translation>
    </message>
    <message>
        <source>remove it and add it again with &quot;Google&quot; (Outlook signs in with Google&apos;s page)</source>
        <translation>entfernen Sie es und fügen Sie es mit „Google“ neu hinzu (Outlook meldet sich über die Seite von Google an)</translation>
    </message>
    <message>
        <source>remove it and add it again as a Microsoft 365 account (modern authentication), not as IMAP</source>
        <translation>entfernen Sie es und fügen Sie es als Microsoft-365-Konto neu hinzu (moderne Authentifizierung), nicht als IMAP</translation>
    </message>
    <message>
        <source>an IMAP account with a password cannot sign in to %1</source>
        <translation>ein IMAP-Konto mit Passwort kann sich nicht bei %1 anmelden</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Kontotyp</translation>
    </message>
    <message>
        <source>these account types sign in through %1&apos;s page; a manual IMAP account uses a password</source>
        <translation>diese Kontotypen melden sich über die Seite von %1 an; ein manuell eingerichtetes IMAP-Konto verwendet ein Passwort</translation>
    </message>
    <message>
        <source>app password</source>
        <translation>App-Passwort</translation>
    </message>
    <message>
        <source>myaccount.google.com &gt; Security &gt; App passwords (needs 2-Step Verification)</source>
        <translation>myaccount.google.com &gt; Sicherheit &gt; App-Passwörter (braucht die Bestätigung in zwei Schritten)</translation>
    </message>
    <message>
        <source>for mail programs that cannot sign in with Google</source>
        <translation>für E-Mail-Programme, die sich nicht über Google anmelden können</translation>
    </message>
    <message>
        <source>capabilities</source>
        <translation>Fähigkeiten (CAPABILITY)</translation>
    </message>
    <message>
        <source>pipelining</source>
        <translation>Pipelining</translation>
    </message>
    <message>
        <source>renew it in time: %1</source>
        <translation>rechtzeitig erneuern: %1</translation>
    </message>
    <message>
        <source>certificate chain</source>
        <translation>Zertifikatskette</translation>
    </message>
    <message>
        <source>send the intermediate certificate(s) along with the server&apos;s own (a full-chain file: Dovecot ssl_cert, Postfix smtpd_tls_chain_files)</source>
        <translation>die Zwischenzertifikate mit dem eigenen Zertifikat des Servers mitsenden (eine Datei mit der ganzen Kette: Dovecot ssl_cert, Postfix smtpd_tls_chain_files)</translation>
    </message>
    <message>
        <source>clients that do not happen to have the intermediate cached refuse the connection</source>
        <translation>Programme, die das Zwischenzertifikat nicht zufällig zwischengespeichert haben, verweigern die Verbindung</translation>
    </message>
    <message>
        <source>a new certificate: RSA of 2048 bits or more, or ECDSA, signed with SHA-256</source>
        <translation>ein neues Zertifikat: RSA mit 2048 Bit oder mehr oder ECDSA, mit SHA-256 signiert</translation>
    </message>
    <message>
        <source>current systems refuse SHA-1 signatures and short keys</source>
        <translation>aktuelle Systeme lehnen SHA-1-Signaturen und kurze Schlüssel ab</translation>
    </message>
    <message>
        <source>TLS versions</source>
        <translation>TLS-Versionen</translation>
    </message>
    <message>
        <source>enable TLS 1.2 and 1.3 (Dovecot: ssl_min_protocol = TLSv1.2; Postfix: smtpd_tls_protocols = &gt;=TLSv1.2)</source>
        <translation>TLS 1.2 und 1.3 einschalten (Dovecot: ssl_min_protocol = TLSv1.2; Postfix: smtpd_tls_protocols = &gt;=TLSv1.2)</translation>
    </message>
    <message>
        <source>%1 speaks only %2, which current mail programs refuse</source>
        <translation>%1 spricht nur %2, das aktuelle E-Mail-Programme ablehnen</translation>
    </message>
    <message>
        <source>TLS minimum of your mail program</source>
        <translation>TLS-Mindestversion Ihres E-Mail-Programms</translation>
    </message>
    <message>
        <source>leave it as it is</source>
        <translation>so lassen, wie sie ist</translation>
    </message>
    <message>
        <source>lowering it exposes your password to attacks on the old versions; the provider has to fix the server</source>
        <translation>wer sie senkt, setzt sein Passwort Angriffen auf die alten Versionen aus; der Anbieter muss den Server in Ordnung bringen</translation>
    </message>
    <message>
        <source>TLS on port %1</source>
        <translation>TLS auf Port %1</translation>
    </message>
    <message>
        <source>a working TLS setup: a valid certificate and key, TLS 1.2 and 1.3 with current ciphers</source>
        <translation>eine funktionierende TLS-Einrichtung: gültiges Zertifikat und Schlüssel, TLS 1.2 und 1.3 mit aktuellen Verschlüsselungsverfahren</translation>
    </message>
    <message>
        <source>encryption cannot be set up with %1: %2</source>
        <translation>mit %1 lässt sich keine Verschlüsselung aufbauen: %2</translation>
    </message>
    <message>
        <source>the provider&apos;s other encrypted way in, if there is one (SSL/TLS on port %1, or STARTTLS on the plain port)</source>
        <translation>den anderen verschlüsselten Zugang des Anbieters, falls es einen gibt (SSL/TLS auf Port %1 oder STARTTLS auf dem unverschlüsselten Port)</translation>
    </message>
    <message>
        <source>this port&apos;s encryption cannot be set up; never switch to no encryption instead</source>
        <translation>die Verschlüsselung auf diesem Port lässt sich nicht aufbauen; stellen Sie stattdessen niemals auf „keine Verschlüsselung“ um</translation>
    </message>
    <message>
        <source>logins per user</source>
        <translation>Anmeldungen je Benutzer</translation>
    </message>
    <message>
        <source>check the limits on logins and connections per user</source>
        <translation>die Grenzen für Anmeldungen und Verbindungen je Benutzer prüfen</translation>
    </message>
    <message>
        <source>%1 accepted the credentials, then refused them on another connection: %2</source>
        <translation>%1 hat die Zugangsdaten angenommen und dann auf einer weiteren Verbindung abgelehnt: %2</translation>
    </message>
    <message>
        <source>login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>try again later</source>
        <translation>später erneut versuchen</translation>
    </message>
    <message>
        <source>the server could not check the login (%1); this says nothing about the password</source>
        <translation>der Server konnte die Anmeldung nicht prüfen (%1); das sagt nichts über das Passwort</translation>
    </message>
    <message>
        <source>authentication backend</source>
        <translation>Authentifizierungs-Backend</translation>
    </message>
    <message>
        <source>find out why it failed, and fix it</source>
        <translation>herausfinden, warum es versagt hat, und es beheben</translation>
    </message>
    <message>
        <source>%1 answered a login with %2, a temporary failure: %3</source>
        <translation>%1 beantwortete eine Anmeldung mit %2, einem vorübergehenden Fehler: %3</translation>
    </message>
    <message>
        <source>find out why the server (or a proxy) rejects it as invalid</source>
        <translation>herausfinden, warum der Server (oder ein Proxy) sie als ungültig ablehnt</translation>
    </message>
    <message>
        <source>%1 answered a login with BAD, a protocol error: %2</source>
        <translation>%1 beantwortete eine Anmeldung mit BAD, einem Protokollfehler: %2</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Encryption (TLS)</source>
        <translation>Verschlüsselung (TLS)</translation>
    </message>
    <message>
        <source>STARTTLS upgrade</source>
        <translation>STARTTLS-Umstellung</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1 Port %2</translation>
    </message>
    <message>
        <source>Mailscope went on only because you accepted this exact certificate for this server.</source>
        <translation>Mailscope hat nur weitergemacht, weil Sie genau dieses Zertifikat für diesen Server akzeptiert haben.</translation>
    </message>
    <message>
        <source>A mail program will warn about it or refuse to connect, and anybody between you and the server could be reading the connection. Mailscope stopped here. If your provider confirms the fingerprint below, run again with --accept-cert and that fingerprint.</source>
        <translation>Ein E-Mail-Programm wird davor warnen oder die Verbindung verweigern, und jeder zwischen Ihnen und dem Server könnte die Verbindung mitlesen. Mailscope hat hier aufgehört. Wenn Ihr Anbieter den Fingerabdruck unten bestätigt, prüfen Sie erneut mit --accept-cert und diesem Fingerabdruck.</translation>
    </message>
    <message>
        <source>unknown check &apos;%1&apos; for %2; known checks: %3</source>
        <translation>unbekannte Prüfung „%1“ für %2; bekannte Prüfungen: %3</translation>
    </message>
    <message>
        <source>no encryption: the server refused STARTTLS (%1)</source>
        <translation>keine Verschlüsselung: der Server hat STARTTLS abgelehnt (%1)</translation>
    </message>
    <message>
        <source>TLS was not reached</source>
        <translation>TLS wurde nicht erreicht</translation>
    </message>
    <message>
        <source>%1 %2 (certificate accepted by you)</source>
        <translation>%1 %2 (Zertifikat von Ihnen akzeptiert)</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS-Handshake fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1, %2; certificate valid for %3</source>
        <translation>%1, %2; Zertifikat gültig für %3</translation>
    </message>
    <message>
        <source>, expires in %1 days, chain of %2</source>
        <translation>, läuft in %1 Tagen ab, Kette aus %2</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expires in %1 days</source>
        <translation>Das Zertifikat des Servers läuft in %1 Tagen ab</translation>
    </message>
    <message>
        <source>The server uses %1, which current mail programs refuse</source>
        <translation>Der Server verwendet %1, das aktuelle E-Mail-Programme ablehnen</translation>
    </message>
    <message>
        <source>%1 refuse it (RFC 8996 retired it in 2021). Mailscope connected only because you allowed it (--allow-old-tls); the provider must enable TLS 1.2 and 1.3.</source>
        <translation>%1 lehnen es ab (RFC 8996 hat es 2021 außer Dienst gestellt). Mailscope hat sich nur verbunden, weil Sie es erlaubt haben (--allow-old-tls); der Anbieter muss TLS 1.2 und 1.3 einschalten.</translation>
    </message>
    <message>
        <source>not used: %1 speaks TLS from the first byte</source>
        <translation>nicht verwendet: %1 spricht TLS ab dem ersten Byte</translation>
    </message>
    <message>
        <source>Unencrypted data was slipped in right before encryption started</source>
        <translation>Kurz vor Beginn der Verschlüsselung wurden unverschlüsselte Daten eingeschleust</translation>
    </message>
    <message>
        <source>After agreeing to start TLS, %1 (or something between you and it) sent %2 more bytes before the encrypted part began. A mail program that reads them would treat forged, unencrypted text as if it came through the secure channel (the &quot;STARTTLS command injection&quot; flaw, e.g. CVE-2021-22947). Mailscope discarded them unread.</source>
        <translation>Nach der Zusage, TLS zu starten, hat %1 (oder etwas zwischen Ihnen und dem Server) %2 weitere Bytes gesendet, bevor der verschlüsselte Teil begann. Ein E-Mail-Programm, das sie liest, würde gefälschten, unverschlüsselten Text behandeln, als käme er über den sicheren Kanal (die Schwachstelle „STARTTLS command injection“, z. B. CVE-2021-22947). Mailscope hat sie ungelesen verworfen.</translation>
    </message>
    <message>
        <source>%1 bytes injected before the handshake</source>
        <translation>%1 Bytes vor dem Handshake eingeschleust</translation>
    </message>
    <message>
        <source>This server cannot encrypt the connection on port %1</source>
        <translation>Dieser Server kann die Verbindung auf Port %1 nicht verschlüsseln</translation>
    </message>
    <message>
        <source>The server %1 STARTTLS (%2). Passwords and mail on this port travel unencrypted. Use the encrypted port instead (%3) if the provider offers it.</source>
        <translation>Der Server %1 (%2). Passwörter und E-Mails werden auf diesem Port unverschlüsselt übertragen. Verwenden Sie stattdessen den verschlüsselten Port (%3), falls der Anbieter ihn anbietet.</translation>
    </message>
    <message>
        <source>announces but refuses</source>
        <translation>kündigt STARTTLS an, lehnt es aber ab</translation>
    </message>
    <message>
        <source>does not support</source>
        <translation>unterstützt kein STARTTLS</translation>
    </message>
    <message>
        <source>IMAPS, port 993</source>
        <translation>IMAPS, Port 993</translation>
    </message>
    <message>
        <source>submission with TLS, port 465</source>
        <translation>Submission mit TLS, Port 465</translation>
    </message>
    <message>
        <source>STARTTLS refused: %1</source>
        <translation>STARTTLS abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server can encrypt, but does not say so</source>
        <translation>Der Server kann verschlüsseln, sagt es aber nicht</translation>
    </message>
    <message>
        <source>%1 accepted STARTTLS although its capability list does not mention it. Mail programs such as Thunderbird only use what is announced, so they stay unencrypted and send the password in the clear. Set the account&apos;s connection security to STARTTLS explicitly, or use the TLS port, and ask the provider to announce it.</source>
        <translation>%1 hat STARTTLS angenommen, obwohl seine Liste der Fähigkeiten es nicht erwähnt. E-Mail-Programme wie Thunderbird nutzen nur, was angekündigt wird; sie bleiben daher unverschlüsselt und senden das Passwort im Klartext. Stellen Sie die Verbindungssicherheit des Kontos ausdrücklich auf STARTTLS oder verwenden Sie den TLS-Port, und bitten Sie den Anbieter, es anzukündigen.</translation>
    </message>
    <message>
        <source>works but is not advertised</source>
        <translation>funktioniert, wird aber nicht angekündigt</translation>
    </message>
    <message>
        <source>STARTTLS accepted, handshake failed: %1</source>
        <translation>STARTTLS angenommen, Handshake fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>STARTTLS advertised and working (%1)</source>
        <translation>STARTTLS angekündigt und funktioniert (%1)</translation>
    </message>
    <message>
        <source>no capabilities could be read</source>
        <translation>es ließen sich keine Fähigkeiten lesen</translation>
    </message>
    <message>
        <source>%1 before TLS</source>
        <translation>%1 vor TLS</translation>
    </message>
    <message>
        <source>%1 after TLS</source>
        <translation>%1 nach TLS</translation>
    </message>
    <message>
        <source>%1 after login</source>
        <translation>%1 nach der Anmeldung</translation>
    </message>
    <message>
        <source>TLS adds %1</source>
        <translation>TLS fügt %1 hinzu</translation>
    </message>
    <message>
        <source>TLS removes %1</source>
        <translation>TLS entfernt %1</translation>
    </message>
    <message>
        <source>login adds %1</source>
        <translation>die Anmeldung fügt %1 hinzu</translation>
    </message>
    <message>
        <source>login removes %1</source>
        <translation>die Anmeldung entfernt %1</translation>
    </message>
    <message>
        <source>The server announces different features after login</source>
        <translation>Der Server kündigt nach der Anmeldung andere Fähigkeiten an</translation>
    </message>
    <message>
        <source>This is allowed, but programs and proxies that read the list only once (before login) miss features or use ones that are gone.</source>
        <translation>Das ist erlaubt, aber Programme und Proxys, die die Liste nur einmal (vor der Anmeldung) lesen, verpassen Fähigkeiten oder nutzen solche, die weg sind.</translation>
    </message>
    <message>
        <source>the server does not announce LOGINDISABLED</source>
        <translation>der Server kündigt LOGINDISABLED nicht an</translation>
    </message>
    <message>
        <source>the server offers AUTH %1 before STARTTLS</source>
        <translation>der Server bietet AUTH %1 vor STARTTLS an</translation>
    </message>
    <message>
        <source>Passwords may be sent unencrypted</source>
        <translation>Passwörter werden womöglich unverschlüsselt gesendet</translation>
    </message>
    <message>
        <source>Passwords can only be sent unencrypted</source>
        <translation>Passwörter können nur unverschlüsselt gesendet werden</translation>
    </message>
    <message>
        <source>On %1 the server accepts a login before encryption starts (%2). A mail program set to &quot;no security&quot; would send the password in the clear. Make sure the account uses STARTTLS or SSL/TLS.</source>
        <translation>Auf %1 nimmt der Server eine Anmeldung an, bevor die Verschlüsselung beginnt (%2). Ein E-Mail-Programm mit der Einstellung „keine Sicherheit“ würde das Passwort im Klartext senden. Stellen Sie sicher, dass das Konto STARTTLS oder SSL/TLS verwendet.</translation>
    </message>
    <message>
        <source>On %1 no encryption is available, so every login sends the password in the clear.</source>
        <translation>Auf %1 gibt es keine Verschlüsselung, daher sendet jede Anmeldung das Passwort im Klartext.</translation>
    </message>
    <message>
        <source>cleartext login possible before TLS</source>
        <translation>Anmeldung im Klartext vor TLS möglich</translation>
    </message>
    <message>
        <source>no TLS: logins are cleartext</source>
        <translation>kein TLS: Anmeldungen im Klartext</translation>
    </message>
    <message>
        <source>LOGINDISABLED before TLS honoured</source>
        <translation>LOGINDISABLED vor TLS wird eingehalten</translation>
    </message>
    <message>
        <source>AUTH offered only after STARTTLS</source>
        <translation>AUTH erst nach STARTTLS angeboten</translation>
    </message>
    <message>
        <source>login not tried: %1</source>
        <translation>Anmeldung nicht versucht: %1</translation>
    </message>
    <message>
        <source>The server refused the sign-in token</source>
        <translation>Der Server hat das Anmelde-Token abgelehnt</translation>
    </message>
    <message>
        <source>The sign-in does not allow access to mail</source>
        <translation>Die Anmeldung erlaubt keinen Zugriff auf E-Mails</translation>
    </message>
    <message>
        <source>%1 as %2 was answered: %3. In plain words: %4. Mailscope tried once and does not retry. Sign in again; if a fresh sign-in is refused too, the account may not be allowed to use IMAP/SMTP (ask the administrator).</source>
        <translation>%1 als %2 wurde beantwortet mit: %3. Einfach gesagt: %4. Mailscope hat es einmal versucht und wiederholt es nicht. Melden Sie sich erneut an; wird auch eine frische Anmeldung abgelehnt, darf das Konto IMAP/SMTP womöglich nicht verwenden (fragen Sie die Administration).</translation>
    </message>
    <message>
        <source>%1 as %2 was answered: %3. The provider signed you in but did not grant the permission mail programs need (%4), so the mail server cannot accept the token. The administrator must allow it in the app registration (Microsoft Entra ID: API permissions, with admin consent; Google Cloud: the OAuth consent screen&apos;s scopes). Mailscope tried once and does not retry.</source>
        <translation>%1 als %2 wurde beantwortet mit: %3. Der Anbieter hat Sie angemeldet, aber nicht die Berechtigung erteilt, die E-Mail-Programme brauchen (%4), daher kann der Mailserver das Token nicht annehmen. Die Administration muss es in der App-Registrierung erlauben (Microsoft Entra ID: API-Berechtigungen mit Administratorzustimmung; Google Cloud: die Bereiche des OAuth-Zustimmungsbildschirms). Mailscope hat es einmal versucht und wiederholt es nicht.</translation>
    </message>
    <message>
        <source>sign-in token refused: %1</source>
        <translation>Anmelde-Token abgelehnt: %1</translation>
    </message>
    <message>
        <source>Microsoft 365 does not accept passwords here: sign in with Microsoft instead</source>
        <translation>Microsoft 365 nimmt hier keine Passwörter an: melden Sie sich stattdessen über Microsoft an</translation>
    </message>
    <message>
        <source>Gmail does not accept your normal password here: sign in with Google, or use an app password</source>
        <translation>Gmail nimmt Ihr normales Passwort hier nicht an: melden Sie sich über Google an oder verwenden Sie ein App-Passwort</translation>
    </message>
    <message>
        <source>%1 refused the password (%2). Microsoft 365 has switched off password logins (&quot;basic authentication&quot;) for IMAP and SMTP: mail programs must sign in through Microsoft&apos;s own page (OAuth2, &quot;modern authentication&quot;). The password itself may be right. Set the account&apos;s authentication method to OAuth2, or run Mailscope with --oauth2 microsoft.</source>
        <translation>%1 hat das Passwort abgelehnt (%2). Microsoft 365 hat die Anmeldung mit Passwort („Standardauthentifizierung“) für IMAP und SMTP abgeschaltet: E-Mail-Programme müssen sich über die eigene Seite von Microsoft anmelden (OAuth2, „moderne Authentifizierung“). Das Passwort selbst kann richtig sein. Stellen Sie die Authentifizierungsmethode des Kontos auf OAuth2 oder starten Sie Mailscope mit --oauth2 microsoft.</translation>
    </message>
    <message>
        <source>%1 refused the password (%2). Google accepts only a sign-in through its own page (OAuth2) or, with 2-Step Verification on, an app password made for the mail program. Set the account&apos;s authentication method to OAuth2, or create an app password, or run Mailscope with --oauth2 google.</source>
        <translation>%1 hat das Passwort abgelehnt (%2). Google nimmt nur eine Anmeldung über seine eigene Seite an (OAuth2) oder, bei eingeschalteter Bestätigung in zwei Schritten, ein App-Passwort für das E-Mail-Programm. Stellen Sie die Authentifizierungsmethode des Kontos auf OAuth2, erstellen Sie ein App-Passwort oder starten Sie Mailscope mit --oauth2 google.</translation>
    </message>
    <message>
        <source>password refused: %1 needs a modern sign-in (OAuth2)</source>
        <translation>Passwort abgelehnt: %1 verlangt eine moderne Anmeldung (OAuth2)</translation>
    </message>
    <message>
        <source>The server refused the login</source>
        <translation>Der Server hat die Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>%1 as %2 was answered: %3. Check the user name and password (some providers need an app password). Mailscope tried once and does not retry, so the account is not locked by repeated failures.</source>
        <translation>%1 als %2 wurde beantwortet mit: %3. Prüfen Sie Benutzername und Passwort (manche Anbieter verlangen ein App-Passwort). Mailscope hat es einmal versucht und wiederholt es nicht, daher wird das Konto nicht durch wiederholte Fehlversuche gesperrt.</translation>
    </message>
    <message>
        <source>login refused: %1</source>
        <translation>Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server did not answer the login</source>
        <translation>Der Server hat auf die Anmeldung nicht geantwortet</translation>
    </message>
    <message>
        <source>the server went quiet after %1 was sent and did not answer within %2 s</source>
        <translation>der Server verstummte, nachdem %1 gesendet wurde, und antwortete nicht innerhalb von %2 s</translation>
    </message>
    <message>
        <source>The server never finished answering the login</source>
        <translation>Der Server hat die Antwort auf die Anmeldung nie abgeschlossen</translation>
    </message>
    <message>
        <source>the server kept sending other lines but never the answer to %1 (deadline %2 s)</source>
        <translation>der Server sendete weiter andere Zeilen, aber nie die Antwort auf %1 (Frist %2 s)</translation>
    </message>
    <message>
        <source>The server reset the connection during the login</source>
        <translation>Der Server hat die Verbindung während der Anmeldung zurückgesetzt</translation>
    </message>
    <message>
        <source>the connection was reset (TCP RST) while %1 was waiting for its answer</source>
        <translation>die Verbindung wurde zurückgesetzt (TCP RST), während %1 auf seine Antwort wartete</translation>
    </message>
    <message>
        <source>The server hung up during the login</source>
        <translation>Der Server hat während der Anmeldung aufgelegt</translation>
    </message>
    <message>
        <source>the server closed the connection while %1 was waiting for its answer</source>
        <translation>der Server hat die Verbindung geschlossen, während %1 auf seine Antwort wartete</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the login broke the protocol</source>
        <translation>Die Antwort des Servers auf die Anmeldung verletzt das Protokoll</translation>
    </message>
    <message>
        <source>its answer to %1 could not be read: %2</source>
        <translation>seine Antwort auf %1 ließ sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>The login did not finish</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>%1. This says nothing about the password: it was neither accepted nor refused. The server, or a proxy or firewall in between, has a problem at login time (overloaded authentication backend, a proxy that cannot reach its server, a filter that drops the connection). Mailscope did not try again, so the account is not at risk of a lockout. Try again later; if it persists, tell the provider the time and this transcript.</source>
        <translation>%1. Das sagt nichts über das Passwort: es wurde weder angenommen noch abgelehnt. Der Server oder ein Proxy bzw. eine Firewall dazwischen hat bei der Anmeldung ein Problem (überlastete Authentifizierung, ein Proxy, der seinen Server nicht erreicht, ein Filter, der die Verbindung verwirft). Mailscope hat es nicht erneut versucht, daher droht keine Kontosperre. Versuchen Sie es später erneut; bleibt es so, nennen Sie dem Anbieter die Uhrzeit und diesen Mitschnitt.</translation>
    </message>
    <message>
        <source>login not answered: %1</source>
        <translation>Anmeldung nicht beantwortet: %1</translation>
    </message>
    <message>
        <source>logged in as %1 with %2 in %3 ms</source>
        <translation>angemeldet als %1 mit %2 in %3 ms</translation>
    </message>
    <message>
        <source>Messages that cannot be downloaded</source>
        <translation>Nachrichten, die sich nicht herunterladen lassen</translation>
    </message>
    <message>
        <source>Idle connections</source>
        <translation>Verbindungen im Leerlauf</translation>
    </message>
    <message>
        <source>Pipelined commands</source>
        <translation>Befehle per Pipelining</translation>
    </message>
    <message>
        <source>Untagged responses during login</source>
        <translation>Zeilen ohne Tag während der Anmeldung</translation>
    </message>
    <message>
        <source>EHLO and extensions</source>
        <translation>EHLO und Erweiterungen</translation>
    </message>
    <message>
        <source>Pipelined commands (RFC 2920)</source>
        <translation>Befehle per Pipelining (RFC 2920)</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Testnachricht</translation>
    </message>
    <message>
        <source>STARTTLS %1</source>
        <translation>STARTTLS %1</translation>
    </message>
    <message>
        <source>You trusted this certificate for this server before, when it had fewer problems (it may have expired since): it must be confirmed again.</source>
        <translation>Sie haben diesem Zertifikat für diesen Server schon einmal vertraut, als es weniger Probleme hatte (vielleicht ist es inzwischen abgelaufen): Es muss erneut bestätigt werden.</translation>
    </message>
    <message>
        <source>no encryption: the server did not answer STARTTLS (%1)</source>
        <translation>keine Verschlüsselung: der Server hat auf STARTTLS nicht geantwortet (%1)</translation>
    </message>
    <message>
        <source>does not answer</source>
        <translation>antwortet nicht auf STARTTLS</translation>
    </message>
    <message>
        <source>STARTTLS not answered: %1</source>
        <translation>STARTTLS ohne Antwort: %1</translation>
    </message>
    <message>
        <source>%1; the certificate: %2</source>
        <translation>%1; das Zertifikat: %2</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>No usable sign-in token: the login was not tried</source>
        <translation>Kein verwendbares Anmelde-Token: die Anmeldung wurde nicht versucht</translation>
    </message>
    <message>
        <source>Mailscope had no token it could use (%1), so it did not log in and the checks that need a login did not run. Sign in again and repeat the run.</source>
        <translation>Mailscope hatte kein verwendbares Token (%1), hat sich daher nicht angemeldet, und die Prüfungen, die eine Anmeldung brauchen, liefen nicht. Melden Sie sich erneut an und wiederholen Sie den Lauf.</translation>
    </message>
    <message>
        <source>The server could not check the login right now</source>
        <translation>Der Server konnte die Anmeldung gerade nicht prüfen</translation>
    </message>
    <message>
        <source>%1 as %2 was answered: %3. The server says it could not check the login at the moment (%4): a temporary failure on its side. This says nothing about the password: it was neither accepted nor refused. Mailscope tried once and does not retry. Try again later; if it persists, tell the server&apos;s administrators that their authentication backend failed, with the time and this answer.</source>
        <translation>%1 als %2 wurde beantwortet mit: %3. Der Server sagt, er könne die Anmeldung im Moment nicht prüfen (%4): ein vorübergehender Fehler auf seiner Seite. Das sagt nichts über das Passwort: Es wurde weder angenommen noch abgelehnt. Mailscope hat es einmal versucht und versucht es nicht erneut. Versuchen Sie es später noch einmal; bleibt es dabei, sagen Sie den Administratoren des Servers, dass ihr Authentifizierungs-Backend versagt hat, mit der Uhrzeit und dieser Antwort.</translation>
    </message>
    <message>
        <source>login not checked: the server failed temporarily: %1</source>
        <translation>Anmeldung nicht geprüft: der Server hatte einen vorübergehenden Fehler: %1</translation>
    </message>
    <message>
        <source>The server rejected the login command as invalid</source>
        <translation>Der Server hat den Anmeldebefehl als ungültig abgelehnt</translation>
    </message>
    <message>
        <source>%1 as %2 was answered: %3. BAD means the server did not take the command as valid IMAP: a protocol problem between Mailscope and the server (or a proxy in between), not a verdict on the password. Mailscope tried once and does not retry. Tell the server&apos;s administrators the time and this answer; the transcript shows the command as sent, the password masked.</source>
        <translation>%1 als %2 wurde beantwortet mit: %3. BAD heißt, der Server hat den Befehl nicht als gültiges IMAP angenommen: ein Protokollproblem zwischen Mailscope und dem Server (oder einem Proxy dazwischen), kein Urteil über das Passwort. Mailscope hat es einmal versucht und versucht es nicht erneut. Sagen Sie den Administratoren des Servers die Uhrzeit und diese Antwort; der Mitschnitt zeigt den Befehl, wie er gesendet wurde, das Passwort verborgen.</translation>
    </message>
    <message>
        <source>login command rejected as invalid: %1</source>
        <translation>Anmeldebefehl als ungültig abgelehnt: %1</translation>
    </message>
    <message>
        <source>%1 as %2 on an extra connection was answered: %3. The same credentials were accepted earlier in this run, so the refusal more likely comes from a limit on logins or connections per user than from the password. Mailscope tried once and does not retry, so the account is not locked by repeated failures.</source>
        <translation>%1 als %2 wurde auf einer weiteren Verbindung beantwortet mit: %3. Dieselben Zugangsdaten wurden vorher in diesem Lauf angenommen, daher kommt die Ablehnung eher von einer Grenze für Anmeldungen oder Verbindungen je Benutzer als vom Passwort. Mailscope hat es einmal versucht und versucht es nicht erneut, das Konto wird also nicht durch wiederholte Fehlversuche gesperrt.</translation>
    </message>
    <message>
        <source>This was the login of an extra connection.</source>
        <translation>Das war die Anmeldung einer weiteren Verbindung.</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>the connection was no longer open</source>
        <translation>die Verbindung war nicht mehr offen</translation>
    </message>
    <message>
        <source>the run was cancelled</source>
        <translation>der Lauf wurde abgebrochen</translation>
    </message>
    <message>
        <source>the server stopped answering</source>
        <translation>der Server antwortete nicht mehr</translation>
    </message>
    <message>
        <source>the server kept the command busy without ever finishing it</source>
        <translation>der Server hielt den Befehl beschäftigt, ohne ihn je abzuschließen</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>the server reset the connection (TCP RST)</source>
        <translation>der Server hat die Verbindung zurückgesetzt (TCP RST)</translation>
    </message>
    <message>
        <source>the network stopped delivering data to the server</source>
        <translation>das Netzwerk hat keine Daten mehr an den Server zugestellt</translation>
    </message>
    <message>
        <source>the server sent something that breaks the protocol</source>
        <translation>der Server hat etwas gesendet, das das Protokoll verletzt</translation>
    </message>
    <message>
        <source>CN=%1 (issuer CN=%2, valid %3 to %4, SHA-256 %5)</source>
        <translation>CN=%1 (Aussteller CN=%2, gültig von %3 bis %4, SHA-256 %5)</translation>
    </message>
    <message>
        <source>the server and Mailscope have no TLS version in common: the server most likely speaks only TLS 1.0 or 1.1, which current mail programs refuse</source>
        <translation>der Server und Mailscope haben keine gemeinsame TLS-Version: der Server spricht wahrscheinlich nur TLS 1.0 oder 1.1, das aktuelle E-Mail-Programme ablehnen</translation>
    </message>
    <message>
        <source>the server and Mailscope found no encryption method (cipher) they both accept; the server&apos;s TLS settings are outdated or very unusual</source>
        <translation>der Server und Mailscope fanden kein Verschlüsselungsverfahren (Cipher), das beide annehmen; die TLS-Einstellungen des Servers sind veraltet oder sehr ungewöhnlich</translation>
    </message>
    <message>
        <source>the server did not answer with TLS at all: this port probably expects an unencrypted start (STARTTLS) or is not a mail port</source>
        <translation>der Server hat überhaupt nicht mit TLS geantwortet: dieser Port erwartet wahrscheinlich einen unverschlüsselten Start (STARTTLS) oder ist kein Mail-Port</translation>
    </message>
    <message>
        <source>the server hung up in the middle of setting up encryption</source>
        <translation>der Server hat mitten im Aufbau der Verschlüsselung aufgelegt</translation>
    </message>
    <message>
        <source>the server&apos;s certificate uses a key or signature that is too weak to be accepted today (a small RSA key or a SHA-1 signature)</source>
        <translation>das Zertifikat des Servers verwendet einen Schlüssel oder eine Signatur, die heute als zu schwach gilt (ein kurzer RSA-Schlüssel oder eine SHA-1-Signatur)</translation>
    </message>
    <message>
        <source>the server&apos;s certificate could not be verified</source>
        <translation>das Zertifikat des Servers ließ sich nicht prüfen</translation>
    </message>
    <message>
        <source>the server did not finish setting up encryption in time</source>
        <translation>der Server hat den Aufbau der Verschlüsselung nicht rechtzeitig abgeschlossen</translation>
    </message>
    <message>
        <source>encryption could not be set up</source>
        <translation>die Verschlüsselung ließ sich nicht aufbauen</translation>
    </message>
    <message>
        <source>encryption could not be set up (%1)</source>
        <translation>die Verschlüsselung ließ sich nicht aufbauen (%1)</translation>
    </message>
    <message>
        <source>connected to %1 (%2) from %3:%4</source>
        <translation>verbunden mit %1 (%2) von %3:%4</translation>
    </message>
    <message>
        <source>connecting to %1 port %2%3</source>
        <translation>verbinde mit %1 Port %2%3</translation>
    </message>
    <message>
        <source> with TLS</source>
        <translation> mit TLS</translation>
    </message>
    <message>
        <source>no connection to %1 port %2 within %3 s</source>
        <translation>keine Verbindung zu %1 Port %2 innerhalb von %3 s</translation>
    </message>
    <message>
        <source>could not connect to %1 port %2: %3</source>
        <translation>Verbindung zu %1 Port %2 nicht möglich: %3</translation>
    </message>
    <message>
        <source>TLS established: %1, %2</source>
        <translation>TLS aufgebaut: %1, %2</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1 (%2)</source>
        <translation>TLS-Handshake fehlgeschlagen: %1 (%2)</translation>
    </message>
    <message>
        <source>certificate %1: %2</source>
        <translation>Zertifikat %1: %2</translation>
    </message>
    <message>
        <source>certificate problem: %1</source>
        <translation>Problem mit dem Zertifikat: %1</translation>
    </message>
    <message>
        <source>continuing despite certificate problems (--insecure)</source>
        <translation>trotz Problemen mit dem Zertifikat geht es weiter (--insecure)</translation>
    </message>
    <message>
        <source>continuing: you accepted this certificate for %1:%2</source>
        <translation>es geht weiter: Sie haben dieses Zertifikat für %1:%2 akzeptiert</translation>
    </message>
    <message>
        <source>connection is closed</source>
        <translation>die Verbindung ist geschlossen</translation>
    </message>
    <message>
        <source>TLS handshake did not finish within %1 s</source>
        <translation>TLS-Handshake nicht innerhalb von %1 s abgeschlossen</translation>
    </message>
    <message>
        <source>discarded %1 bytes that arrived after the STARTTLS reply and before the TLS handshake, unparsed: %2</source>
        <translation>%1 Bytes verworfen, die nach der Antwort auf STARTTLS und vor dem TLS-Handshake ankamen, ungelesen: %2</translation>
    </message>
    <message>
        <source>connected to %1 (%2)</source>
        <translation>verbunden mit %1 (%2)</translation>
    </message>
    <message>
        <source>connection reset by the server (TCP RST)</source>
        <translation>Verbindung vom Server zurückgesetzt (TCP RST)</translation>
    </message>
    <message>
        <source>connection closed by the server (TCP FIN)</source>
        <translation>Verbindung vom Server geschlossen (TCP FIN)</translation>
    </message>
    <message>
        <source>connection lost: the server stopped answering at TCP level (%1)</source>
        <translation>Verbindung verloren: der Server antwortete auf TCP-Ebene nicht mehr (%1)</translation>
    </message>
    <message>
        <source>connection closed by the server (%1)</source>
        <translation>Verbindung vom Server geschlossen (%1)</translation>
    </message>
    <message>
        <source>%1 was still not answered when its deadline passed; the server kept the connection busy without finishing it</source>
        <translation>%1 war bei Ablauf der Frist noch immer nicht beantwortet; der Server hielt die Verbindung beschäftigt, ohne den Befehl abzuschließen</translation>
    </message>
    <message>
        <source>no reply to %1 within %2 s</source>
        <translation>keine Antwort auf %1 innerhalb von %2 s</translation>
    </message>
    <message>
        <source>connection reset by the server while waiting for %1</source>
        <translation>Verbindung vom Server zurückgesetzt, während auf %1 gewartet wurde</translation>
    </message>
    <message>
        <source>connection closed by the server while waiting for %1</source>
        <translation>Verbindung vom Server geschlossen, während auf %1 gewartet wurde</translation>
    </message>
    <message>
        <source>the server stopped answering at TCP level while waiting for %1</source>
        <translation>der Server antwortete auf TCP-Ebene nicht mehr, während auf %1 gewartet wurde</translation>
    </message>
    <message>
        <source>protocol error: %1</source>
        <translation>Protokollfehler: %1</translation>
    </message>
    <message>
        <source>connection not open</source>
        <translation>Verbindung nicht offen</translation>
    </message>
    <message>
        <source>protocol error: %1; closing the connection</source>
        <translation>Protokollfehler: %1; Verbindung wird geschlossen</translation>
    </message>
    <message>
        <source>connection closed by Mailscope</source>
        <translation>Verbindung von Mailscope geschlossen</translation>
    </message>
    <message>
        <source>connection aborted by Mailscope</source>
        <translation>Verbindung von Mailscope abgebrochen</translation>
    </message>
    <message>
        <source> (TCP: segments sent and not acknowledged: %1, retransmissions: %2, last data from the server %3 ms ago)</source>
        <translation> (TCP: gesendete, nicht bestätigte Segmente: %1, Neuübertragungen: %2, letzte Daten vom Server vor %3 ms)</translation>
    </message>
    <message>
        <source>connection ended: the TLS handshake failed</source>
        <translation>Verbindung beendet: der TLS-Handshake ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>not continuing: you trusted this certificate for %1:%2 when it had fewer problems, so it must be confirmed again</source>
        <translation>es geht nicht weiter: Sie haben diesem Zertifikat für %1:%2 vertraut, als es weniger Probleme hatte; es muss erneut bestätigt werden</translation>
    </message>
    <message>
        <source>connection ended: the encrypted connection failed (%1)</source>
        <translation>Verbindung beendet: die verschlüsselte Verbindung ist fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>the server refused to set up encryption (a &quot;handshake failure&quot; alert): either it accepts no encryption method (cipher) that Mailscope offers, or it wants a certificate from the client, which mail programs rarely have</source>
        <translation>der Server hat den Aufbau der Verschlüsselung abgelehnt (Meldung „handshake failure“): entweder akzeptiert er kein Verschlüsselungsverfahren, das Mailscope anbietet, oder er verlangt ein Zertifikat vom Client, das E-Mail-Programme selten haben</translation>
    </message>
    <message>
        <source>the server wants a certificate from the client (TLS client authentication), which mail programs rarely have: ask the provider whether this port is meant for mail programs</source>
        <translation>der Server verlangt ein Zertifikat vom Client (TLS-Client-Authentifizierung), das E-Mail-Programme selten haben: fragen Sie den Anbieter, ob dieser Port für E-Mail-Programme gedacht ist</translation>
    </message>
    <message>
        <source>the server did not answer with TLS after agreeing to it: a broken server, or a proxy or firewall on the way that interferes with STARTTLS</source>
        <translation>der Server hat nach seiner Zusage nicht mit TLS geantwortet: ein defekter Server oder ein Proxy oder eine Firewall auf dem Weg, die STARTTLS stört</translation>
    </message>
    <message>
        <source>the server presented another certificate than earlier in this run (--insecure goes on only with the first)</source>
        <translation>der Server hat ein anderes Zertifikat gezeigt als zuvor in diesem Lauf (--insecure macht nur mit dem ersten weiter)</translation>
    </message>
    <message>
        <source>not continuing: %1:%2 presented another certificate earlier in this run (%3), and --insecure goes on only with the first one a server presents; a certificate that changes mid-run may be someone in between</source>
        <translation>keine Fortsetzung: %1:%2 hat zuvor in diesem Lauf ein anderes Zertifikat gezeigt (%3), und --insecure macht nur mit dem ersten weiter, das ein Server zeigt; ein Zertifikat, das mitten im Lauf wechselt, kann bedeuten, dass sich jemand dazwischen geschaltet hat</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <source>could not connect to %1 port %2: %3</source>
        <translation>Verbindung zu %1 Port %2 nicht möglich: %3</translation>
    </message>
    <message>
        <source>no IMAP greeting: %1</source>
        <translation>keine IMAP-Begrüßung: %1</translation>
    </message>
    <message>
        <source>the server refused the connection: * BYE %1</source>
        <translation>der Server hat die Verbindung abgelehnt: * BYE %1</translation>
    </message>
    <message>
        <source>no SMTP greeting: %1</source>
        <translation>keine SMTP-Begrüßung: %1</translation>
    </message>
    <message>
        <source>the server refused the session: %1</source>
        <translation>der Server hat die Sitzung abgelehnt: %1</translation>
    </message>
    <message>
        <source>EHLO and HELO failed: %1</source>
        <translation>EHLO und HELO fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>STARTTLS was accepted but the TLS handshake failed: %1</source>
        <translation>STARTTLS wurde angenommen, aber der TLS-Handshake ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>not tried: the server pre-authenticated the session</source>
        <translation>nicht versucht: der Server hat die Sitzung vorab angemeldet (PREAUTH)</translation>
    </message>
    <message>
        <source>EHLO after STARTTLS failed: %1</source>
        <translation>EHLO nach STARTTLS fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no user name in the URL (imap://USER@host)</source>
        <translation>kein Benutzername in der URL (imap://BENUTZER@host)</translation>
    </message>
    <message>
        <source>no password given (--password-env, --password-file or --ask-password) and no sign-in (--oauth2)</source>
        <translation>kein Passwort angegeben (--password-env, --password-file oder --ask-password) und keine Anmeldung (--oauth2)</translation>
    </message>
    <message>
        <source>a login already failed in this run (%1); Mailscope never tries again by itself</source>
        <translation>eine Anmeldung ist in diesem Lauf bereits gescheitert (%1); Mailscope versucht es nie von selbst erneut</translation>
    </message>
    <message>
        <source>the connection is not encrypted and Mailscope will not send a password in the clear (use --allow-plaintext-login to do it anyway)</source>
        <translation>die Verbindung ist nicht verschlüsselt, und Mailscope sendet kein Passwort im Klartext (mit --allow-plaintext-login trotzdem)</translation>
    </message>
    <message>
        <source>the connection uses %1, which current mail programs refuse; Mailscope will not send a password over it (use --allow-old-tls to do it anyway)</source>
        <translation>die Verbindung verwendet %1, das aktuelle E-Mail-Programme ablehnen; Mailscope sendet darüber kein Passwort (mit --allow-old-tls trotzdem)</translation>
    </message>
    <message>
        <source>no usable sign-in token: %1</source>
        <translation>kein brauchbares Anmelde-Token: %1</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>keines angegeben</translation>
    </message>
    <message>
        <source>the server does not offer %1 here, so the token cannot be used</source>
        <translation>der Server bietet hier kein %1 an, daher lässt sich das Token nicht verwenden</translation>
    </message>
    <message>
        <source>the server offers no AUTH on this connection</source>
        <translation>der Server bietet auf dieser Verbindung kein AUTH an</translation>
    </message>
    <message>
        <source>could not connect: %1</source>
        <translation>Verbindung nicht möglich: %1</translation>
    </message>
    <message>
        <source>no usable greeting: %1</source>
        <translation>keine brauchbare Begrüßung: %1</translation>
    </message>
    <message>
        <source>STARTTLS failed on an extra connection: %1</source>
        <translation>STARTTLS auf einer zusätzlichen Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>EHLO failed: %1</source>
        <translation>EHLO fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>AUTH on an extra connection: %1</source>
        <translation>AUTH auf einer zusätzlichen Verbindung: %1</translation>
    </message>
    <message>
        <source>login failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>login on an extra connection: %1</source>
        <translation>Anmeldung auf einer zusätzlichen Verbindung: %1</translation>
    </message>
    <message>
        <source>the server stopped answering after its greeting: %1</source>
        <translation>der Server hat nach seiner Begrüßung nicht mehr geantwortet: %1</translation>
    </message>
    <message>
        <source>the connection ended after the login: %1</source>
        <translation>die Verbindung endete nach der Anmeldung: %1</translation>
    </message>
    <message>
        <source>it is closed</source>
        <translation>sie ist geschlossen</translation>
    </message>
    <message>
        <source>no login was tried</source>
        <translation>es wurde keine Anmeldung versucht</translation>
    </message>
    <message>
        <source>TLS refused because of the server&apos;s certificate: %1. If you have checked it with your provider, run again with --accept-cert %2</source>
        <translation>TLS abgelehnt wegen des Zertifikats des Servers: %1. Wenn Sie es mit Ihrem Anbieter geprüft haben, starten Sie erneut mit --accept-cert %2</translation>
    </message>
    <message>
        <source>TLS refused: the server presents another certificate (%1) than the one you confirmed for it or that it presented earlier in this run (%2). Unless your provider has just changed it, someone between you and the server may be intercepting the connection. Its problems: %3</source>
        <translation>TLS abgelehnt: der Server zeigt ein anderes Zertifikat (%1) als das, das Sie für ihn bestätigt haben oder das er zuvor in diesem Lauf gezeigt hat (%2). Wenn Ihr Anbieter es nicht gerade gewechselt hat, könnte jemand zwischen Ihnen und dem Server die Verbindung abfangen. Seine Probleme: %3</translation>
    </message>
    <message>
        <source> It is not the certificate you confirmed for this server, or that it presented earlier in this run (%1): ask your provider whether they changed it before trusting this one.</source>
        <translation> Es ist nicht das Zertifikat, das Sie für diesen Server bestätigt haben oder das er zuvor in diesem Lauf gezeigt hat (%1): fragen Sie Ihren Anbieter, ob er es gewechselt hat, bevor Sie diesem vertrauen.</translation>
    </message>
    <message>
        <source>the server&apos;s answer to CAPABILITY broke the protocol: %1</source>
        <translation>die Antwort des Servers auf CAPABILITY verletzte das Protokoll: %1</translation>
    </message>
    <message>
        <source>the server did not finish its answer to CAPABILITY in time: %1</source>
        <translation>der Server hat seine Antwort auf CAPABILITY nicht rechtzeitig beendet: %1</translation>
    </message>
    <message>
        <source>the server ended the connection after its greeting: %1</source>
        <translation>der Server hat die Verbindung nach seiner Begrüßung beendet: %1</translation>
    </message>
    <message>
        <source>the server is closing the connection: %1</source>
        <translation>der Server schließt die Verbindung: %1</translation>
    </message>
</context>
<context>
    <name>DiagnoseWizard</name>
    <message>
        <source>Encryption: certificate, TLS version</source>
        <translation>Verschlüsselung: Zertifikat, TLS-Version</translation>
    </message>
    <message>
        <source>What the server says it can do</source>
        <translation>Was der Server nach eigener Aussage kann</translation>
    </message>
    <message>
        <source>STARTTLS: upgrade of the plain port</source>
        <translation>STARTTLS: Verschlüsselung auf dem unverschlüsselten Port</translation>
    </message>
    <message>
        <source>Login (tried once, never repeated)</source>
        <translation>Anmeldung (einmal versucht, nie wiederholt)</translation>
    </message>
    <message>
        <source>Unexpected server lines during login (proxies)</source>
        <translation>Unerwartete Serverzeilen während der Anmeldung (Proxys)</translation>
    </message>
    <message>
        <source>Several commands at once (replies lost?)</source>
        <translation>Mehrere Befehle auf einmal (gehen Antworten verloren?)</translation>
    </message>
    <message>
        <source>Messages listed but impossible to download (read-only)</source>
        <translation>Nachrichten, die aufgelistet werden, sich aber nicht herunterladen lassen (nur lesend)</translation>
    </message>
    <message>
        <source>How long an unused connection stays open</source>
        <translation>Wie lange eine unbenutzte Verbindung offen bleibt</translation>
    </message>
    <message>
        <source>What the server says it can do (EHLO)</source>
        <translation>Was der Server nach eigener Aussage kann (EHLO)</translation>
    </message>
    <message>
        <source>Login (AUTH, tried once)</source>
        <translation>Anmeldung (AUTH, einmal versucht)</translation>
    </message>
    <message>
        <source>Several commands at once (PIPELINING)</source>
        <translation>Mehrere Befehle auf einmal (PIPELINING)</translation>
    </message>
</context>
<context>
    <name>Discovery</name>
    <message>
        <source>the XML declares a DTD or entities, which a configuration file never needs (a classic attack: &quot;billion laughs&quot;, external entities); refused unread</source>
        <translation>das XML deklariert eine DTD oder Entitäten, die eine Konfigurationsdatei nie braucht (ein klassischer Angriff: „billion laughs“, externe Entitäten); ungelesen abgelehnt</translation>
    </message>
    <message>
        <source>the XML is nested deeper than %1 levels; refused</source>
        <translation>das XML ist tiefer als %1 Ebenen verschachtelt; abgelehnt</translation>
    </message>
    <message>
        <source>the XML has more than %1 elements; refused</source>
        <translation>das XML hat mehr als %1 Elemente; abgelehnt</translation>
    </message>
    <message>
        <source>not a mail configuration (root element &lt;%1&gt;, expected &lt;clientConfig&gt;)</source>
        <translation>keine Mail-Konfiguration (Wurzelelement &lt;%1&gt;, erwartet &lt;clientConfig&gt;)</translation>
    </message>
    <message>
        <source>the XML is malformed: %1 (line %2)</source>
        <translation>das XML ist fehlerhaft: %1 (Zeile %2)</translation>
    </message>
    <message>
        <source>the answer is not XML</source>
        <translation>die Antwort ist kein XML</translation>
    </message>
    <message>
        <source>the answer is not JSON: %1</source>
        <translation>die Antwort ist kein JSON: %1</translation>
    </message>
    <message>
        <source>Autodiscover answered %1: %2</source>
        <translation>Autodiscover antwortete %1: %2</translation>
    </message>
    <message>
        <source>the answer names no server (no &quot;Url&quot;)</source>
        <translation>die Antwort nennt keinen Server (keine „Url“)</translation>
    </message>
    <message>
        <source>the answer names no usable server (&quot;%1&quot;)</source>
        <translation>die Antwort nennt keinen brauchbaren Server („%1“)</translation>
    </message>
    <message>
        <source>Provider&apos;s autoconfig</source>
        <translation>Autoconfig des Anbieters</translation>
    </message>
    <message>
        <source>Provider&apos;s .well-known autoconfig</source>
        <translation>.well-known-Autoconfig des Anbieters</translation>
    </message>
    <message>
        <source>Thunderbird&apos;s ISP database</source>
        <translation>Thunderbirds ISP-Datenbank</translation>
    </message>
    <message>
        <source>Autoconfig of the MX host&apos;s domain</source>
        <translation>Autoconfig der Domain des MX-Hosts</translation>
    </message>
    <message>
        <source>ISP database for the MX host&apos;s domain</source>
        <translation>ISP-Datenbank für die Domain des MX-Hosts</translation>
    </message>
    <message>
        <source>DNS SRV records (RFC 6186/8314)</source>
        <translation>DNS-SRV-Einträge (RFC 6186/8314)</translation>
    </message>
    <message>
        <source>The MX host itself</source>
        <translation>Der MX-Host selbst</translation>
    </message>
    <message>
        <source>The usual names</source>
        <translation>Die üblichen Namen</translation>
    </message>
    <message>
        <source>no domain to look up</source>
        <translation>keine Domain zum Nachschlagen</translation>
    </message>
    <message>
        <source>Autodiscover needs a whole e-mail address</source>
        <translation>Autodiscover braucht eine vollständige E-Mail-Adresse</translation>
    </message>
    <message>
        <source>HTTP lookups switched off</source>
        <translation>HTTP-Abfragen abgeschaltet</translation>
    </message>
    <message>
        <source>guesses, as mail programs try them last</source>
        <translation>Vermutungen, wie E-Mail-Programme sie zuletzt versuchen</translation>
    </message>
    <message>
        <source>the answer from %1 is larger than %2 KiB; Mailscope stopped reading it (no configuration file is that big: a broken or hostile server)</source>
        <translation>die Antwort von %1 ist größer als %2 KiB; Mailscope hat aufgehört, sie zu lesen (keine Konfigurationsdatei ist so groß: ein defekter oder feindseliger Server)</translation>
    </message>
    <message>
        <source>body over %1 bytes</source>
        <translation>Inhalt über %1 Bytes</translation>
    </message>
    <message>
        <source>%1 redirects nowhere usable</source>
        <translation>%1 leitet nirgendwohin Brauchbares weiter</translation>
    </message>
    <message>
        <source>%1 redirects to another server (%2); not followed: a configuration from somebody else&apos;s server could send your password there</source>
        <translation>%1 leitet auf einen anderen Server weiter (%2); nicht gefolgt: eine Konfiguration vom Server eines anderen könnte Ihr Passwort dorthin schicken</translation>
    </message>
    <message>
        <source>%1 redirects to unencrypted HTTP (%2); not followed</source>
        <translation>%1 leitet auf unverschlüsseltes HTTP weiter (%2); nicht gefolgt</translation>
    </message>
    <message>
        <source>%1 redirects more than %2 times; gave up</source>
        <translation>%1 leitet mehr als %2-mal weiter; aufgegeben</translation>
    </message>
    <message>
        <source>nothing published (HTTP 404)</source>
        <translation>nichts veröffentlicht (HTTP 404)</translation>
    </message>
    <message>
        <source>no configuration (HTTP %1)</source>
        <translation>keine Konfiguration (HTTP %1)</translation>
    </message>
    <message>
        <source>%1 names no IMAP or SMTP server</source>
        <translation>%1 nennt keinen IMAP- oder SMTP-Server</translation>
    </message>
    <message>
        <source>no MX records</source>
        <translation>keine MX-Einträge</translation>
    </message>
    <message>
        <source>no SRV records</source>
        <translation>keine SRV-Einträge</translation>
    </message>
    <message>
        <source>no MX host known</source>
        <translation>kein MX-Host bekannt</translation>
    </message>
    <message>
        <source>the MX host is in the same domain</source>
        <translation>der MX-Host liegt in derselben Domain</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine rechtzeitige Antwort</translation>
    </message>
    <message>
        <source>common name</source>
        <translation>üblicher Name</translation>
    </message>
    <message>
        <source>Microsoft does not handle this domain&apos;s mail (MX), and Autodiscover would send the address to Microsoft</source>
        <translation>Microsoft wickelt die E-Mail dieser Domain nicht ab (MX), und Autodiscover würde die Adresse an Microsoft senden</translation>
    </message>
    <message>
        <source>no such name in DNS</source>
        <translation>diesen Namen gibt es im DNS nicht</translation>
    </message>
    <message>
        <source>the DNS server failed to answer (SERVFAIL)</source>
        <translation>der DNS-Server konnte nicht antworten (SERVFAIL)</translation>
    </message>
    <message>
        <source>the DNS server refused to answer</source>
        <translation>der DNS-Server hat die Antwort verweigert</translation>
    </message>
    <message>
        <source>no usable answer from the DNS server (it may not be running, or its answer was broken)</source>
        <translation>keine brauchbare Antwort vom DNS-Server (vielleicht läuft er nicht, oder seine Antwort war fehlerhaft)</translation>
    </message>
    <message>
        <source>the name cannot be asked for in DNS</source>
        <translation>nach diesem Namen kann im DNS nicht gefragt werden</translation>
    </message>
    <message>
        <source>the DNS server could not be asked</source>
        <translation>der DNS-Server konnte nicht gefragt werden</translation>
    </message>
    <message>
        <source>not valid for this name</source>
        <translation>nicht für diesen Namen gültig</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>not valid yet</source>
        <translation>noch nicht gültig</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>not trusted (not from an authority this computer trusts)</source>
        <translation>nicht vertrauenswürdig (nicht von einer Stelle, der dieser Computer vertraut)</translation>
    </message>
    <message>
        <source>not acceptable</source>
        <translation>nicht annehmbar</translation>
    </message>
    <message>
        <source>%1 cannot be asked securely: the encrypted (HTTPS) connection could not be set up</source>
        <translation>%1 lässt sich nicht sicher fragen: die verschlüsselte (HTTPS-)Verbindung kam nicht zustande</translation>
    </message>
    <message>
        <source>%1 cannot be asked securely: its HTTPS certificate is %2; mail programs do not use such an answer</source>
        <translation>%1 lässt sich nicht sicher fragen: sein HTTPS-Zertifikat ist %2; E-Mail-Programme verwenden eine solche Antwort nicht</translation>
    </message>
    <message>
        <source>nothing there: %1 refuses connections</source>
        <translation>nichts da: %1 weist Verbindungen ab</translation>
    </message>
    <message>
        <source>nothing there: %1 does not exist in DNS</source>
        <translation>nichts da: %1 gibt es im DNS nicht</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering</source>
        <translation>%1 hat die Verbindung ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>%1 could not be reached</source>
        <translation>%1 war nicht erreichbar</translation>
    </message>
    <message>
        <source>the entry for %1 has no socketType; mail programs skip it</source>
        <translation>der Eintrag für %1 hat keinen socketType; E-Mail-Programme überspringen ihn</translation>
    </message>
    <message>
        <source>the entry for %1 has socketType &quot;%2&quot;, which mail programs do not know (only plain, SSL and STARTTLS); they skip it</source>
        <translation>der Eintrag für %1 hat den socketType „%2“, den E-Mail-Programme nicht kennen (nur plain, SSL und STARTTLS); sie überspringen ihn</translation>
    </message>
    <message>
        <source>Autodiscover offers no %1 server (it answered for protocol &quot;%2&quot;)</source>
        <translation>Autodiscover bietet keinen %1-Server an (es antwortete für das Protokoll „%2“)</translation>
    </message>
    <message>
        <source>the answer&apos;s Url (&quot;%1&quot;) is a web or other address, not a %2 server</source>
        <translation>die Url der Antwort („%1“) ist eine Web- oder andere Adresse, kein %2-Server</translation>
    </message>
    <message>
        <source>the domain says it accepts no mail (null MX, RFC 7505)</source>
        <translation>die Domain erklärt, dass sie keine E-Mail annimmt (Null-MX, RFC 7505)</translation>
    </message>
    <message>
        <source>not asked: the MX host was not known in time</source>
        <translation>nicht gefragt: der MX-Host war nicht rechtzeitig bekannt</translation>
    </message>
</context>
<context>
    <name>DiscoveryRun</name>
    <message>
        <source>no encryption</source>
        <translation>keine Verschlüsselung</translation>
    </message>
    <message>
        <source>port %1 refuses connections</source>
        <translation>Port %1 weist Verbindungen ab</translation>
    </message>
    <message>
        <source>port %1 does not answer (blocked or down)</source>
        <translation>Port %1 antwortet nicht (gesperrt oder ausgefallen)</translation>
    </message>
    <message>
        <source>%1 does not exist in DNS</source>
        <translation>%1 gibt es im DNS nicht</translation>
    </message>
    <message>
        <source>unreachable: %1</source>
        <translation>nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>answers, but without encryption: the password would travel in the clear</source>
        <translation>antwortet, aber ohne Verschlüsselung: das Passwort würde im Klartext übertragen</translation>
    </message>
    <message>
        <source>encryption fails: %1</source>
        <translation>Verschlüsselung scheitert: %1</translation>
    </message>
    <message>
        <source>certificate problem: %1</source>
        <translation>Problem mit dem Zertifikat: %1</translation>
    </message>
    <message>
        <source>certificate problem</source>
        <translation>Problem mit dem Zertifikat</translation>
    </message>
    <message>
        <source>works (%1)</source>
        <translation>funktioniert (%1)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address or domain</source>
        <translation>„%1“ ist keine E-Mail-Adresse und keine Domain</translation>
    </message>
    <message>
        <source>asking every source for %1</source>
        <translation>frage alle Quellen nach %1</translation>
    </message>
    <message>
        <source>resolving %1 names</source>
        <translation>löse %1 Namen auf</translation>
    </message>
    <message>
        <source>trying %1 ports</source>
        <translation>probiere %1 Ports</translation>
    </message>
    <message>
        <source>checking encryption on %1 port %2</source>
        <translation>prüfe die Verschlüsselung auf %1 Port %2</translation>
    </message>
    <message>
        <source>%1 gives an answer mail programs cannot use</source>
        <translation>%1 gibt eine Antwort, mit der E-Mail-Programme nichts anfangen können</translation>
    </message>
    <message>
        <source>%1. Mail programs skip it (or, worse, trip over it) and fall back to the next source. The provider should fix or remove it.</source>
        <translation>%1. E-Mail-Programme überspringen sie (oder, schlimmer, stolpern darüber) und gehen zur nächsten Quelle über. Der Anbieter sollte sie reparieren oder entfernen.</translation>
    </message>
    <message>
        <source>No %1 server could be found for %2</source>
        <translation>Es ließ sich kein %1-Server für %2 finden</translation>
    </message>
    <message>
        <source>No source names a %1 server and none of the usual names answers. Mail programs cannot set the account up by themselves: ask the provider for the server name, port and security.</source>
        <translation>Keine Quelle nennt einen %1-Server, und keiner der üblichen Namen antwortet. E-Mail-Programme können das Konto nicht selbst einrichten: fragen Sie den Anbieter nach Servername, Port und Sicherheit.</translation>
    </message>
    <message>
        <source>A mail program would use %1 (from %2): %3</source>
        <translation>Ein E-Mail-Programm würde %1 verwenden (aus %2): %3</translation>
    </message>
    <message>
        <source>Thunderbird and programs like it ask the sources in the order listed and take the first that answers; the usual names are only tried when nothing else does.</source>
        <translation>Thunderbird und ähnliche Programme fragen die Quellen in der aufgeführten Reihenfolge und nehmen die erste, die antwortet; die üblichen Namen werden nur versucht, wenn sonst nichts antwortet.</translation>
    </message>
    <message>
        <source>%1 tells mail programs to use port %2 without encryption, although %3 port %4 with %5 works</source>
        <translation>%1 sagt E-Mail-Programmen, Port %2 ohne Verschlüsselung zu verwenden, obwohl %3 Port %4 mit %5 funktioniert</translation>
    </message>
    <message>
        <source>%1 tells mail programs to use port %2 without encryption</source>
        <translation>%1 sagt E-Mail-Programmen, Port %2 ohne Verschlüsselung zu verwenden</translation>
    </message>
    <message>
        <source>A program set up this way sends the password and every message in the clear, readable by anybody on the network path (public Wi-Fi, the provider&apos;s network). %1The provider should change its configuration file to socketType SSL on port 993 (IMAP) or 465 (SMTP), as RFC 8314 recommends.</source>
        <translation>Ein so eingerichtetes Programm sendet das Passwort und jede Nachricht im Klartext, lesbar für jeden auf dem Netzwerkweg (öffentliches WLAN, das Netz des Anbieters). %1Der Anbieter sollte seine Konfigurationsdatei auf socketType SSL mit Port 993 (IMAP) oder 465 (SMTP) umstellen, wie RFC 8314 es empfiehlt.</translation>
    </message>
    <message>
        <source>Set the account to %1 port %2, %3 instead. </source>
        <translation>Stellen Sie das Konto stattdessen auf %1 Port %2, %3. </translation>
    </message>
    <message>
        <source>The server a mail program would pick does not work: %1</source>
        <translation>Der Server, den ein E-Mail-Programm wählen würde, funktioniert nicht: %1</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>%1 names %2, but %3. %4</source>
        <translation>%1 nennt %2, aber %3. %4</translation>
    </message>
    <message>
        <source>%1 port %2 (%3) works: set the account to it by hand, and ask the provider to correct %4.</source>
        <translation>%1 Port %2 (%3) funktioniert: stellen Sie das Konto von Hand darauf ein und bitten Sie den Anbieter, %4 zu korrigieren.</translation>
    </message>
    <message>
        <source>No other candidate works either.</source>
        <translation>Auch kein anderer Kandidat funktioniert.</translation>
    </message>
    <message>
        <source>%1 says this account signs in with OAuth2, not with a password</source>
        <translation>%1 sagt, dieses Konto meldet sich mit OAuth2 an, nicht mit einem Passwort</translation>
    </message>
    <message>
        <source>A mail program set up from it opens the provider&apos;s sign-in page instead of asking for a password; typing the password into an OAuth2 account fails. In Mailscope use &quot;Sign in with Microsoft/Google&quot; (or --oauth2); in Thunderbird set Authentication method to OAuth2.</source>
        <translation>Ein danach eingerichtetes E-Mail-Programm öffnet die Anmeldeseite des Anbieters, statt nach einem Passwort zu fragen; das Passwort in ein OAuth2-Konto einzugeben, scheitert. Verwenden Sie in Mailscope „Anmelden mit Microsoft/Google“ (oder --oauth2); stellen Sie in Thunderbird die Authentifizierungsmethode auf OAuth2.</translation>
    </message>
    <message>
        <source>%1 says %2</source>
        <translation>%1 sagt %2</translation>
    </message>
    <message>
        <source>The sources disagree about the %1 server</source>
        <translation>Die Quellen sind sich beim %1-Server nicht einig</translation>
    </message>
    <message>
        <source>%1 says %2, but %3. Programs that read different sources end up with different settings (one works, one does not), which makes problems hard to reproduce. The provider should publish one answer everywhere.</source>
        <translation>%1 sagt %2, aber %3. Programme, die verschiedene Quellen lesen, landen bei verschiedenen Einstellungen (eine funktioniert, eine nicht), was Probleme schwer nachvollziehbar macht. Der Anbieter sollte überall dieselbe Antwort veröffentlichen.</translation>
    </message>
    <message>
        <source>%1 offers encryption only through STARTTLS (port %2), not from the first byte (port %3)</source>
        <translation>%1 bietet Verschlüsselung nur über STARTTLS (Port %2) an, nicht ab dem ersten Byte (Port %3)</translation>
    </message>
    <message>
        <source>STARTTLS starts unencrypted and upgrades; an attacker on the path can strip the upgrade, and several STARTTLS implementations had injection flaws. RFC 8314 (2018) recommends TLS from the first byte: port 993 for IMAP, 465 for submission. Port %1 here: %2. Ask the provider to open it; until then keep the account on STARTTLS (never &quot;none&quot;).</source>
        <translation>STARTTLS beginnt unverschlüsselt und stellt dann um; ein Angreifer auf dem Weg kann die Umstellung unterdrücken, und mehrere STARTTLS-Umsetzungen hatten Einschleusungslücken. RFC 8314 (2018) empfiehlt TLS ab dem ersten Byte: Port 993 für IMAP, 465 für Submission. Port %1 hier: %2. Bitten Sie den Anbieter, ihn zu öffnen; bis dahin lassen Sie das Konto auf STARTTLS (niemals „Keine“).</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>nicht versucht</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1 Port %2</translation>
    </message>
    <message>
        <source>Port 25 is blocked from this network (common on home connections); use 587 or 465</source>
        <translation>Port 25 ist aus diesem Netz gesperrt (bei Anschlüssen zu Hause üblich); verwenden Sie 587 oder 465</translation>
    </message>
    <message>
        <source>Some ports do not answer from this network: %1</source>
        <translation>Einige Ports antworten aus diesem Netz nicht: %1</translation>
    </message>
    <message>
        <source>No answer at all came back from %1 within %2 s: something between this computer and the server (the local network, the internet provider or the server&apos;s firewall) silently drops the packets. A refusal would have come back at once. %3</source>
        <translation>Von %1 kam innerhalb von %2 s überhaupt keine Antwort: etwas zwischen diesem Computer und dem Server (das lokale Netz, der Internetanbieter oder die Firewall des Servers) verwirft die Pakete stillschweigend. Eine Abweisung wäre sofort zurückgekommen. %3</translation>
    </message>
    <message>
        <source>Many internet providers block port 25 for home connections against spam; mail programs should send through port 587 (STARTTLS) or 465 (TLS) with a login instead.</source>
        <translation>Viele Internetanbieter sperren Port 25 für Anschlüsse zu Hause gegen Spam; E-Mail-Programme sollten stattdessen über Port 587 (STARTTLS) oder 465 (TLS) mit Anmeldung senden.</translation>
    </message>
    <message>
        <source>Try from another network (a phone&apos;s hotspot) to tell a local block from a server problem.</source>
        <translation>Versuchen Sie es aus einem anderen Netz (dem Hotspot eines Telefons), um eine lokale Sperre von einem Serverproblem zu unterscheiden.</translation>
    </message>
    <message>
        <source>Outgoing server port</source>
        <translation>Port des Postausgangsservers</translation>
    </message>
    <message>
        <source>port 25 is blocked from this network</source>
        <translation>Port 25 ist aus diesem Netz gesperrt</translation>
    </message>
    <message>
        <source>The server (or a firewall in front of it) answered these at once with a refusal: nothing offers mail there. That is normal for ports a provider does not use.</source>
        <translation>Der Server (oder eine Firewall davor) hat diese sofort abgewiesen: dort bietet nichts E-Mail an. Das ist normal für Ports, die ein Anbieter nicht verwendet.</translation>
    </message>
    <message>
        <source>The SRV record points at %1, whose certificate does not cover %2</source>
        <translation>Der SRV-Eintrag zeigt auf %1, dessen Zertifikat %2 nicht abdeckt</translation>
    </message>
    <message>
        <source>RFC 6186 §6: a program that found the server through an SRV record must check the certificate against the mail domain (%1), not against the record&apos;s target, unless the DNS answer was secured with DNSSEC. The certificate covers %2, so careful programs warn or refuse. The provider should add %1 to the certificate or publish the server in autoconfig instead.</source>
        <translation>RFC 6186 §6: Ein Programm, das den Server über einen SRV-Eintrag gefunden hat, muss das Zertifikat gegen die Mail-Domain (%1) prüfen, nicht gegen das Ziel des Eintrags, außer die DNS-Antwort war mit DNSSEC gesichert. Das Zertifikat deckt %2 ab, daher warnen sorgfältige Programme oder verweigern die Verbindung. Der Anbieter sollte %1 ins Zertifikat aufnehmen oder den Server stattdessen per Autoconfig veröffentlichen.</translation>
    </message>
    <message>
        <source>Incoming (IMAP) server</source>
        <translation>Posteingangsserver (IMAP)</translation>
    </message>
    <message>
        <source>Outgoing (SMTP) server</source>
        <translation>Postausgangsserver (SMTP)</translation>
    </message>
    <message>
        <source>%1, port %2, %3</source>
        <translation>%1, Port %2, %3</translation>
    </message>
    <message>
        <source>checked by Mailscope: it answers and its encryption works</source>
        <translation>von Mailscope geprüft: er antwortet, und seine Verschlüsselung funktioniert</translation>
    </message>
    <message>
        <source>Could not run: %1</source>
        <translation>Konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>Where mail programs look for %1 (highest priority first):</source>
        <translation>Wo E-Mail-Programme nach %1 suchen (höchste Priorität zuerst):</translation>
    </message>
    <message>
        <source>found</source>
        <translation>gefunden</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>PROBLEM</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1. %2 — %3%4</source>
        <translation>%1. %2 — %3%4</translation>
    </message>
    <message>
        <source>     %1%2</source>
        <translation>     %1%2</translation>
    </message>
    <message>
        <source>A mail program would find no %1 server.</source>
        <translation>Ein E-Mail-Programm würde keinen %1 finden.</translation>
    </message>
    <message>
        <source>A mail program would pick %1 from %2: %3</source>
        <translation>Ein E-Mail-Programm würde %1 aus %2 wählen: %3</translation>
    </message>
    <message>
        <source>Ports:</source>
        <translation>Ports:</translation>
    </message>
    <message>
        <source>  %1:%2  %3</source>
        <translation>  %1:%2  %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>yes (%1)</source>
        <translation>ja (%1)</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>TLS on %1:%2: %3</source>
        <translation>TLS auf %1:%2: %3</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Befunde:</translation>
    </message>
    <message>
        <source>%1 %2 [%3]</source>
        <translation>%1 %2 [%3]</translation>
    </message>
    <message>
        <source>    %1</source>
        <translation>    %1</translation>
    </message>
    <message>
        <source>Settings that work:</source>
        <translation>Einstellungen, die funktionieren:</translation>
    </message>
    <message>
        <source>  %1: %2 (%3)</source>
        <translation>  %1: %2 (%3)</translation>
    </message>
    <message>
        <source>not checked: %1 is %2</source>
        <translation>nicht geprüft: %1 ist %2</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Not checked: %1 leads off the public internet</source>
        <translation>Nicht geprüft: %1 führt aus dem öffentlichen Internet hinaus</translation>
    </message>
    <message>
        <source>The name comes from the network (a setup file or DNS), and its address is not on the public internet. Mailscope did not connect to it: otherwise anybody who can serve a setup file could make it knock on machines inside your network. A mail program outside that network cannot reach such a server either. If it is your organisation&apos;s own server and you are on its network, check it on purpose: &quot;Check these too&quot; in the app, or mailscope-cli discover --probe-private.</source>
        <translation>Der Name stammt aus dem Netz (einer Einrichtungsdatei oder dem DNS), und seine Adresse liegt nicht im öffentlichen Internet. Mailscope hat sich nicht damit verbunden: Sonst könnte jeder, der eine Einrichtungsdatei ausliefern kann, es bei Rechnern in Ihrem Netz anklopfen lassen. Ein Mailprogramm außerhalb dieses Netzes erreicht einen solchen Server ohnehin nicht. Ist es der eigene Server Ihrer Organisation und sind Sie in deren Netz, prüfen Sie ihn bewusst: „Diese auch prüfen“ in der App oder mailscope-cli discover --probe-private.</translation>
    </message>
    <message>
        <source>no answer from the name resolver within %1 s</source>
        <translation>keine Antwort vom Namensauflöser innerhalb von %1 s</translation>
    </message>
    <message>
        <source>not looked up: more than %1 names</source>
        <translation>nicht nachgeschlagen: mehr als %1 Namen</translation>
    </message>
    <message numerus="yes">
        <source>Connections refused on %n port(s)</source>
        <translation>
            <numerusform>Verbindungen auf %n Port abgewiesen</numerusform>
            <numerusform>Verbindungen auf %n Ports abgewiesen</numerusform>
        </translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>keine Verbindung</translation>
    </message>
    <message>
        <source>port %1 answers, but no %2 server greets there: %3</source>
        <translation>Port %1 antwortet, aber dort grüßt kein %2-Server: %3</translation>
    </message>
    <message>
        <source>waiting for the greeting on %1 port %2</source>
        <translation>warte auf die Begrüßung auf %1 Port %2</translation>
    </message>
    <message>
        <source>No setup source names an %1 server; the guesses (the MX host, the usual names) were not checked.</source>
        <translation>Keine Einrichtungsquelle nennt einen %1-Server; die Vermutungen (der MX-Host, die üblichen Namen) wurden nicht geprüft.</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>antwortet</translation>
    </message>
</context>
<context>
    <name>FindingFields</name>
    <message>
        <source>Idle time after which a connection stops working</source>
        <translation>Leerlaufzeit, nach der eine Verbindung nicht mehr funktioniert</translation>
    </message>
    <message>
        <source>The cutoff is at least</source>
        <translation>Die Leerlaufgrenze liegt mindestens bei</translation>
    </message>
    <message>
        <source>The cutoff is at most</source>
        <translation>Die Leerlaufgrenze liegt höchstens bei</translation>
    </message>
    <message>
        <source>How the server ends an idle session</source>
        <translation>Wie der Server eine Sitzung im Leerlauf beendet</translation>
    </message>
    <message>
        <source>In the state</source>
        <translation>Im Zustand</translation>
    </message>
    <message>
        <source>How it ends, by what the program did last</source>
        <translation>Wie sie endet, je nachdem, was das Programm zuletzt tat</translation>
    </message>
    <message>
        <source>Do TCP keepalives keep it open?</source>
        <translation>Halten TCP-Keepalives sie offen?</translation>
    </message>
    <message>
        <source>How the cutoff was found</source>
        <translation>Wie die Leerlaufgrenze ermittelt wurde</translation>
    </message>
    <message>
        <source>How long the measurement took</source>
        <translation>Dauer der Messung</translation>
    </message>
    <message>
        <source>Idle time before the command that got no answer</source>
        <translation>Leerlaufzeit vor dem Befehl, der keine Antwort bekam</translation>
    </message>
    <message>
        <source>Did the server&apos;s side even acknowledge it (TCP)?</source>
        <translation>Hat die Serverseite ihn überhaupt bestätigt (TCP)?</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Messages that cannot be downloaded (UID)</source>
        <translation>Nachrichten, die sich nicht herunterladen lassen (UID)</translation>
    </message>
    <message>
        <source>Their message numbers today</source>
        <translation>Ihre heutigen Nachrichtennummern</translation>
    </message>
    <message>
        <source>By folder</source>
        <translation>Nach Ordner</translation>
    </message>
    <message>
        <source>Incomplete messages not checked one by one (limit per run)</source>
        <translation>Unvollständige Nachrichten, die nicht einzeln geprüft wurden (Grenze pro Durchlauf)</translation>
    </message>
    <message>
        <source>The command that removes it (shows the plan first)</source>
        <translation>Der Befehl, der sie entfernt (zeigt zuerst den Plan)</translation>
    </message>
    <message>
        <source>Their header fields (asked for)</source>
        <translation>Ihre Kopfzeilen (angefordert)</translation>
    </message>
    <message>
        <source>What is wrong with the certificate</source>
        <translation>Was mit dem Zertifikat nicht stimmt</translation>
    </message>
    <message>
        <source>Made out to</source>
        <translation>Ausgestellt für</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Ausgestellt von</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint (compare it with the provider&apos;s)</source>
        <translation>SHA-256-Fingerabdruck (vergleichen Sie ihn mit dem des Anbieters)</translation>
    </message>
    <message>
        <source>Trusted for this run</source>
        <translation>Für diesen Durchlauf vertraut</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>TLS version in use</source>
        <translation>Verwendete TLS-Version</translation>
    </message>
    <message>
        <source>Bytes that arrived before encryption started</source>
        <translation>Bytes, die vor Beginn der Verschlüsselung ankamen</translation>
    </message>
    <message>
        <source>What arrived (first 200 bytes)</source>
        <translation>Was ankam (die ersten 200 Bytes)</translation>
    </message>
    <message>
        <source>Announced in the capabilities</source>
        <translation>In den Fähigkeiten angekündigt</translation>
    </message>
    <message>
        <source>The server&apos;s answer to STARTTLS</source>
        <translation>Die Antwort des Servers auf STARTTLS</translation>
    </message>
    <message>
        <source>Logins refused before encryption (LOGINDISABLED)</source>
        <translation>Anmeldungen vor der Verschlüsselung abgelehnt (LOGINDISABLED)</translation>
    </message>
    <message>
        <source>Encryption available on this port</source>
        <translation>Verschlüsselung auf diesem Port verfügbar</translation>
    </message>
    <message>
        <source>Login method</source>
        <translation>Anmeldeverfahren</translation>
    </message>
    <message>
        <source>The server&apos;s answer</source>
        <translation>Die Antwort des Servers</translation>
    </message>
    <message>
        <source>What happened instead of an answer</source>
        <translation>Was statt einer Antwort geschah</translation>
    </message>
    <message>
        <source>Untagged lines right after the greeting</source>
        <translation>Ungetaggte Zeilen direkt nach der Begrüßung</translation>
    </message>
    <message>
        <source>Untagged lines before the login reply</source>
        <translation>Ungetaggte Zeilen vor der Antwort auf die Anmeldung</translation>
    </message>
    <message>
        <source>Commands sent in one packet after</source>
        <translation>In einem Paket gesendete Befehle nach</translation>
    </message>
    <message>
        <source>Commands sent together</source>
        <translation>Zusammen gesendete Befehle</translation>
    </message>
    <message>
        <source>Commands never answered</source>
        <translation>Nie beantwortete Befehle</translation>
    </message>
    <message>
        <source>Test group</source>
        <translation>Testgruppe</translation>
    </message>
    <message>
        <source>Capabilities added after login</source>
        <translation>Nach der Anmeldung hinzugekommene Fähigkeiten</translation>
    </message>
    <message>
        <source>Capabilities gone after login</source>
        <translation>Nach der Anmeldung weggefallene Fähigkeiten</translation>
    </message>
    <message>
        <source>Replies expected</source>
        <translation>Erwartete Antworten</translation>
    </message>
    <message>
        <source>Replies received</source>
        <translation>Erhaltene Antworten</translation>
    </message>
    <message>
        <source>Connection closed before all replies</source>
        <translation>Verbindung vor allen Antworten geschlossen</translation>
    </message>
    <message>
        <source>Replies out of order</source>
        <translation>Antworten in falscher Reihenfolge</translation>
    </message>
    <message>
        <source>Extensions announced before encryption</source>
        <translation>Vor der Verschlüsselung angekündigte Erweiterungen</translation>
    </message>
    <message>
        <source>Extensions announced after encryption</source>
        <translation>Nach der Verschlüsselung angekündigte Erweiterungen</translation>
    </message>
    <message>
        <source>Queue id of the test message</source>
        <translation>Queue-ID der Testnachricht</translation>
    </message>
    <message>
        <source>Its Message-ID</source>
        <translation>Ihre Message-ID</translation>
    </message>
    <message>
        <source>Envelope sender</source>
        <translation>Absender im Umschlag (Envelope)</translation>
    </message>
    <message>
        <source>Envelope recipient</source>
        <translation>Empfänger im Umschlag (Envelope)</translation>
    </message>
    <message>
        <source>The server&apos;s final answer</source>
        <translation>Die abschließende Antwort des Servers</translation>
    </message>
    <message>
        <source>Server software</source>
        <translation>Serversoftware</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Recognised from</source>
        <translation>Erkannt an</translation>
    </message>
    <message>
        <source>What the server says about itself (IMAP ID)</source>
        <translation>Was der Server über sich sagt (IMAP ID)</translation>
    </message>
    <message>
        <source>What the server did wrong</source>
        <translation>Was der Server falsch gemacht hat</translation>
    </message>
    <message>
        <source>Capabilities announced</source>
        <translation>Angekündigte Fähigkeiten</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source> … and %1 more</source>
        <translation> … und %1 weitere</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>seen as it happened (the server ended an idle connection)</source>
        <translation>direkt beobachtet (der Server hat eine Verbindung im Leerlauf beendet)</translation>
    </message>
    <message>
        <source>narrowed down with commands on connections idle for longer and longer</source>
        <translation>eingegrenzt mit Befehlen auf Verbindungen, die immer länger im Leerlauf waren</translation>
    </message>
    <message>
        <source>no: the data was never acknowledged (packets dropped)</source>
        <translation>nein: die Daten wurden nie bestätigt (Pakete verworfen)</translation>
    </message>
    <message>
        <source>yes: acknowledged, but IMAP never answered</source>
        <translation>ja: bestätigt, aber IMAP hat nie geantwortet</translation>
    </message>
    <message>
        <source>not known on this platform</source>
        <translation>auf diesem System nicht bekannt</translation>
    </message>
    <message>
        <source>yes: something on the way counts packets</source>
        <translation>ja: etwas auf dem Weg zählt Pakete</translation>
    </message>
    <message>
        <source>no: it is the server&apos;s own timer</source>
        <translation>nein: es ist der eigene Timer des Servers</translation>
    </message>
    <message>
        <source>%1: UID %2</source>
        <translation>%1: UID %2</translation>
    </message>
    <message>
        <source>Idle %1</source>
        <translation>Leerlauf %1</translation>
    </message>
    <message>
        <source>Names the certificate covers</source>
        <translation>Namen, für die das Zertifikat gilt</translation>
    </message>
    <message>
        <source>Checks, findings, advice lines and evidence references not shown</source>
        <translation>Nicht angezeigte Prüfungen, Befunde, Ratschläge und Belege</translation>
    </message>
    <message>
        <source>Texts shown cut short</source>
        <translation>Gekürzt angezeigte Texte</translation>
    </message>
    <message>
        <source>Kinds of problem (what trusting it covers)</source>
        <translation>Arten von Problemen (wofür das Vertrauen gilt)</translation>
    </message>
</context>
<context>
    <name>GhostScan</name>
    <message>
        <source>mailscope-cli repair %1 --mailbox %2 --expunge-uid %3</source>
        <translation>mailscope-cli repair %1 --mailbox %2 --expunge-uid %3</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es)</source>
        <translation>
            <numerusform>%n Postfach</numerusform>
            <numerusform>%n Postfächer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ghost(s)</source>
        <translation>
            <numerusform>%n Geisternachricht</numerusform>
            <numerusform>%n Geisternachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not finish: %2</source>
        <translation>%1 wurde nicht abgeschlossen: %2</translation>
    </message>
    <message>
        <source>ghost scan of %1: %2 of %3 answered so far (%4)</source>
        <translation>Suche nach Geisternachrichten in %1: %2 von %3 bisher beantwortet (%4)</translation>
    </message>
    <message>
        <source>the server listed more than %1 messages in a mailbox it said holds %2</source>
        <translation>der Server hat mehr als %1 Nachrichten in einem Postfach aufgelistet, von dem er sagte, es enthalte %2</translation>
    </message>
    <message>
        <source>the server refused to list the UIDs: %1</source>
        <translation>der Server hat das Auflisten der UIDs abgelehnt: %1</translation>
    </message>
    <message>
        <source>the server refused the size FETCH: %1</source>
        <translation>der Server hat das FETCH der Größen abgelehnt: %1</translation>
    </message>
    <message>
        <source>ghost scan of %1: the size FETCH ended with %2 after %3 responses; checking what is missing</source>
        <translation>Suche nach Geisternachrichten in %1: das FETCH der Größen endete nach %3 Antworten mit %2; prüfe, was fehlt</translation>
    </message>
    <message>
        <source>ghost scan of %1: the server would not search for Exchange&apos;s stand-in messages (%2)</source>
        <translation>Suche nach Geisternachrichten in %1: der Server wollte nicht nach Exchanges Platzhalter-Nachrichten suchen (%2)</translation>
    </message>
    <message>
        <source>confirming UID %1 did not finish: %2</source>
        <translation>die Bestätigung von UID %1 wurde nicht abgeschlossen: %2</translation>
    </message>
    <message>
        <source>ghost scan of %1: UID %2 was incomplete in the mailbox-wide FETCH but delivered its text when asked alone</source>
        <translation>Suche nach Geisternachrichten in %1: UID %2 war im FETCH für das ganze Postfach unvollständig, lieferte aber einzeln abgefragt ihren Text</translation>
    </message>
    <message>
        <source>asked for the message, the server sends an answer that cannot be read</source>
        <translation>nach der Nachricht gefragt, sendet der Server eine Antwort, die sich nicht lesen lässt</translation>
    </message>
    <message>
        <source>instead of the message the server sends a stand-in text (&quot;%1…&quot;)</source>
        <translation>statt der Nachricht sendet der Server einen Platzhaltertext („%1…“)</translation>
    </message>
    <message>
        <source>the server gives its size as %1 byte(s), too small for any real message</source>
        <translation>der Server gibt ihre Größe mit %1 Byte(s) an, zu klein für eine echte Nachricht</translation>
    </message>
    <message>
        <source>asked for the message, the server answers &quot;%1&quot; without sending any of it</source>
        <translation>nach der Nachricht gefragt, antwortet der Server „%1“, ohne etwas davon zu senden</translation>
    </message>
    <message>
        <source>asked for the message, the server answers &quot;%1&quot;</source>
        <translation>nach der Nachricht gefragt, antwortet der Server „%1“</translation>
    </message>
    <message>
        <source>could not open it read-only (EXAMINE): %1</source>
        <translation>ließ sich nicht nur lesend öffnen (EXAMINE): %1</translation>
    </message>
    <message>
        <source>ghost scan of %1: %2 messages; progress is noted every %3 s</source>
        <translation>Suche nach Geisternachrichten in %1: %2 Nachrichten; der Fortschritt wird alle %3 s notiert</translation>
    </message>
    <message>
        <source>ghost scan of %1: %2 FETCH line(s) could not be read and were not counted</source>
        <translation>Suche nach Geisternachrichten in %1: %2 FETCH-Zeile(n) ließen sich nicht lesen und wurden nicht gezählt</translation>
    </message>
    <message>
        <source>IMAP only</source>
        <translation>nur IMAP</translation>
    </message>
    <message>
        <source>needs a login to look into the mailboxes: %1</source>
        <translation>braucht eine Anmeldung, um in die Postfächer zu schauen: %1</translation>
    </message>
    <message>
        <source>could not list the mailboxes: %1</source>
        <translation>die Postfächer ließen sich nicht auflisten: %1</translation>
    </message>
    <message>
        <source>%1 mailbox name(s) in the server&apos;s LIST answer could not be read and were not scanned</source>
        <translation>%1 Postfachname(n) in der LIST-Antwort des Servers ließen sich nicht lesen und wurden nicht durchsucht</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>ghost scan of %1: %2, size FETCH answered in %3 s; %4 incomplete, %5</source>
        <translation>Suche nach Geisternachrichten in %1: %2, FETCH der Größen in %3 s beantwortet; %4 unvollständig, %5</translation>
    </message>
    <message>
        <source>the connection was lost; the remaining mailboxes were not scanned</source>
        <translation>die Verbindung ging verloren; die übrigen Postfächer wurden nicht durchsucht</translation>
    </message>
    <message>
        <source>A message in %1 cannot be downloaded (UID %2)</source>
        <translation>Eine Nachricht in %1 lässt sich nicht herunterladen (UID %2)</translation>
    </message>
    <message>
        <source>%1 messages cannot be downloaded (%2)</source>
        <translation>%1 Nachrichten lassen sich nicht herunterladen (%2)</translation>
    </message>
    <message>
        <source>Your mail program keeps failing on message %1: the server lists it but cannot deliver it (%2). Programs that download everything, such as OfflineIMAP, mbsync or Thunderbird&apos;s offline folders, stop or retry on it every time. This is a fault in the server&apos;s mail store (Microsoft Exchange is known for it), not in your mail program. What to do: ask your provider to repair or remove the message; or, since nobody can read it anyway, remove exactly that message yourself with &quot;%3&quot; (add the same password and certificate options as for this run). It first shows what it will do and changes nothing until you add --yes.</source>
        <translation>Ihr E-Mail-Programm scheitert immer wieder an Nachricht %1: der Server listet sie auf, kann sie aber nicht ausliefern (%2). Programme, die alles herunterladen, etwa OfflineIMAP, mbsync oder Thunderbirds Offline-Ordner, brechen jedes Mal daran ab oder versuchen es erneut. Das ist ein Fehler im Nachrichtenspeicher des Servers (Microsoft Exchange ist dafür bekannt), nicht in Ihrem E-Mail-Programm. Was zu tun ist: bitten Sie Ihren Anbieter, die Nachricht zu reparieren oder zu entfernen; oder, da sie ohnehin niemand lesen kann, entfernen Sie genau diese Nachricht selbst mit „%3“ (mit denselben Passwort- und Zertifikatsoptionen wie für diesen Lauf). Es zeigt zuerst, was es tun wird, und ändert nichts, bis Sie --yes hinzufügen.</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>no ghosts</source>
        <translation>keine Geisternachrichten</translation>
    </message>
    <message>
        <source>; %1 more incomplete message(s) not checked one by one (limit of %2 per run)</source>
        <translation>; %1 weitere unvollständige Nachricht(en) nicht einzeln geprüft (Grenze von %2 je Lauf)</translation>
    </message>
    <message>
        <source>; not scanned: %1</source>
        <translation>; nicht durchsucht: %1</translation>
    </message>
    <message>
        <source>Your mail program keeps failing on message %1: the server lists it but cannot deliver it (%2). Programs that download everything, such as OfflineIMAP, mbsync or Thunderbird&apos;s offline folders, stop or retry on it every time. This is a fault in the server&apos;s mail store (Microsoft Exchange is known for it), not in your mail program. What to do: ask your provider to repair or remove the message. Mailscope does not offer to remove it: the folder&apos;s name, as the server wrote it, cannot be given back to the server exactly, and another folder could be opened instead.</source>
        <translation>Ihr E-Mail-Programm scheitert immer wieder an Nachricht %1: Der Server führt sie auf, kann sie aber nicht ausliefern (%2). Programme, die alles herunterladen, etwa OfflineIMAP, mbsync oder die Offline-Ordner von Thunderbird, halten dabei jedes Mal an oder versuchen es erneut. Das ist ein Fehler im Nachrichtenspeicher des Servers (Microsoft Exchange ist dafür bekannt), nicht in Ihrem E-Mail-Programm. Was zu tun ist: Bitten Sie Ihren Anbieter, die Nachricht zu reparieren oder zu entfernen. Mailscope bietet nicht an, sie zu entfernen: Der Name des Ordners, wie ihn der Server geschrieben hat, lässt sich dem Server nicht genau so zurückgeben, und es könnte ein anderer Ordner geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>the server</source>
        <translation>unbekannter Server</translation>
    </message>
    <message>
        <source>Mailscope report: %1</source>
        <translation>Mailscope-Bericht: %1</translation>
    </message>
    <message>
        <source>Mailscope report</source>
        <translation>Mailscope-Bericht</translation>
    </message>
    <message>
        <source>recorded %1</source>
        <translation>aufgezeichnet %1</translation>
    </message>
    <message>
        <source>The run could not be completed: %1</source>
        <translation>Der Durchlauf konnte nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <source>This run was recorded with passwords shown (--show-secrets). This document masks them all the same: it is made to be sent to other people.</source>
        <translation>Dieser Durchlauf wurde mit sichtbaren Passwörtern aufgezeichnet (--show-secrets). Dieses Dokument verbirgt sie trotzdem: Es ist zum Weitergeben an andere gedacht.</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Was nicht stimmt</translation>
    </message>
    <message>
        <source>Nothing wrong was found.</source>
        <translation>Es wurde kein Problem gefunden.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>Was zu ändern ist</translation>
    </message>
    <message>
        <source>Nothing to change in your mail program.</source>
        <translation>In Ihrem E-Mail-Programm ist nichts zu ändern.</translation>
    </message>
    <message>
        <source>change to</source>
        <translation>ändern auf</translation>
    </message>
    <message>
        <source>What to tell your provider</source>
        <translation>Was Sie Ihrem Anbieter sagen können</translation>
    </message>
    <message>
        <source>What passed</source>
        <translation>Was in Ordnung ist</translation>
    </message>
    <message>
        <source>No check ran.</source>
        <translation>Es lief keine Prüfung.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>Der Server</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <source>Capabilities before TLS</source>
        <translation>Fähigkeiten vor TLS</translation>
    </message>
    <message>
        <source>Capabilities after TLS</source>
        <translation>Fähigkeiten nach TLS</translation>
    </message>
    <message>
        <source>Capabilities after login</source>
        <translation>Fähigkeiten nach der Anmeldung</translation>
    </message>
    <message>
        <source>… %1 more lines (see the full transcript)</source>
        <translation>… %1 weitere Zeilen (siehe den vollständigen Mitschnitt)</translation>
    </message>
    <message>
        <source>For each finding, the transcript lines it rests on (marked »), with the lines of the same connection around them. Times are seconds since the run started; #n is the connection.</source>
        <translation>Zu jedem Befund die Zeilen des Mitschnitts, auf denen er beruht (markiert mit »), mit den umgebenden Zeilen derselben Verbindung. Zeiten sind Sekunden seit Beginn des Durchlaufs; #n ist die Verbindung.</translation>
    </message>
    <message>
        <source>The evidence lines are not part of this transcript.</source>
        <translation>Die Belegzeilen sind nicht Teil dieses Mitschnitts.</translation>
    </message>
    <message>
        <source>… and %1 more evidence lines in the full transcript.</source>
        <translation>… und %1 weitere Belegzeilen im vollständigen Mitschnitt.</translation>
    </message>
    <message>
        <source>Appendix: the full transcript</source>
        <translation>Anhang: der vollständige Mitschnitt</translation>
    </message>
    <message>
        <source>The full transcript</source>
        <translation>Der vollständige Mitschnitt</translation>
    </message>
    <message>
        <source> (the run started at %1)</source>
        <translation> (Beginn des Durchlaufs: %1)</translation>
    </message>
    <message>
        <source>Every event in order: seconds since the start%1, the connection number, then C sent by Mailscope, S from the server, ~ connected, T TLS, x closed, X reset, ! timeout or error, * a note by Mailscope. Passwords and login data appear as &lt;redacted&gt;.</source>
        <translation>Jedes Ereignis der Reihe nach: Sekunden seit Beginn%1, die Nummer der Verbindung, dann C von Mailscope gesendet, S vom Server, ~ verbunden, T TLS, x geschlossen, X zurückgesetzt, ! Zeitüberschreitung oder Fehler, * eine Notiz von Mailscope. Passwörter und Anmeldedaten erscheinen als &lt;redacted&gt;.</translation>
    </message>
    <message>
        <source>No events were recorded.</source>
        <translation>Es wurden keine Ereignisse aufgezeichnet.</translation>
    </message>
    <message>
        <source>… %1 more events are left out here; the HTML and JSON reports hold all of them.</source>
        <translation>… %1 weitere Ereignisse sind hier ausgelassen; die HTML- und JSON-Berichte enthalten alle.</translation>
    </message>
    <message>
        <source>Made by Mailscope %1. Passwords and login data are masked in this document.</source>
        <translation>Erstellt mit Mailscope %1. Passwörter und Anmeldedaten sind in diesem Dokument verborgen.</translation>
    </message>
</context>
<context>
    <name>IdleLadder</name>
    <message>
        <source>no further connections were opened: %1</source>
        <translation>es wurden keine weiteren Verbindungen geöffnet: %1</translation>
    </message>
    <message>
        <source>the connection with TCP keepalives (logged in, no folder open) was still usable after %1 s: that state lasts longer, whether keepalives help is unknown</source>
        <translation>die Verbindung mit TCP-Keepalives (angemeldet, kein Ordner geöffnet) war nach %1 s noch nutzbar: dieser Zustand hält länger, ob Keepalives helfen, bleibt offen</translation>
    </message>
    <message>
        <source>the connection with TCP keepalives ended too (%1 after %2 s)</source>
        <translation>die Verbindung mit TCP-Keepalives endete ebenfalls (%1 nach %2 s)</translation>
    </message>
    <message>
        <source>how the folder-open state ends was not seen: those connections were in use when the cutoff passed</source>
        <translation>wie der Zustand mit geöffnetem Ordner endet, war nicht zu sehen: diese Verbindungen waren beschäftigt, als die Grenze verstrich</translation>
    </message>
    <message>
        <source>how the idle state ends was not seen: those connections were in use when the cutoff passed</source>
        <translation>wie der Ruhezustand endet, war nicht zu sehen: diese Verbindungen waren beschäftigt, als die Grenze verstrich</translation>
    </message>
    <message>
        <source>idle probe: still alive after %1 s idle; testing %2 s next (at most %3 s)</source>
        <translation>Leerlaufprüfung: nach %1 s Ruhe noch verbunden; als Nächstes werden %2 s geprüft (höchstens %3 s)</translation>
    </message>
    <message>
        <source>idle probe: cutoff between %1 and %2 s; narrowing</source>
        <translation>Leerlaufprüfung: Grenze zwischen %1 und %2 s; wird eingeengt</translation>
    </message>
    <message>
        <source>no keepalive connection: %1</source>
        <translation>keine Verbindung mit Keepalives: %1</translation>
    </message>
    <message>
        <source>no connection kept after UID FETCH: %1</source>
        <translation>keine Verbindung nach UID FETCH gehalten: %1</translation>
    </message>
    <message>
        <source>no connection kept idle from the start: %1</source>
        <translation>keine Verbindung von Anfang an ruhend gehalten: %1</translation>
    </message>
    <message>
        <source>with %1 connections allowed none was kept for TCP keepalives: whether they help is unknown</source>
        <translation>bei %1 erlaubten Verbindungen wurde keine für TCP-Keepalives gehalten: ob sie helfen, bleibt offen</translation>
    </message>
    <message>
        <source>the connection with TCP keepalives probed instead: no other could be opened (%1); whether keepalives help is unknown</source>
        <translation>stattdessen prüfte die Verbindung mit TCP-Keepalives: keine andere ließ sich öffnen (%1); ob Keepalives helfen, bleibt offen</translation>
    </message>
    <message>
        <source>the connection kept after UID FETCH probed instead: no other could be opened (%1)</source>
        <translation>stattdessen prüfte die nach UID FETCH gehaltene Verbindung: keine andere ließ sich öffnen (%1)</translation>
    </message>
    <message>
        <source>the connection kept idle from the start probed instead: no other could be opened (%1)</source>
        <translation>stattdessen prüfte die von Anfang an ruhende Verbindung: keine andere ließ sich öffnen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>the server refused %n connection(s) (%1): the search held %2 instead of %3, so a cutoff only a command reveals takes up to %4x the cutoff instead of %5x</source>
        <translation>
            <numerusform>der Server lehnte %n Verbindung ab (%1): die Suche hielt %2 statt %3, daher dauert eine Grenze, die erst ein Befehl zeigt, bis zum %4-Fachen statt %5-Fachen der Grenze</numerusform>
            <numerusform>der Server lehnte %n Verbindungen ab (%1): die Suche hielt %2 statt %3, daher dauert eine Grenze, die erst ein Befehl zeigt, bis zum %4-Fachen statt %5-Fachen der Grenze</numerusform>
        </translation>
    </message>
    <message>
        <source> (this run: %1x)</source>
        <translation> (dieser Lauf: %1-fach)</translation>
    </message>
    <message>
        <source>the server allowed too few connections to keep one with TCP keepalives: whether they help is unknown</source>
        <translation>der Server erlaubte zu wenige Verbindungen, um eine mit TCP-Keepalives zu halten: ob sie helfen, bleibt offen</translation>
    </message>
    <message>
        <source>a login that did not succeed stopped further connections: the search held %1 instead of %2, so a cutoff only a command reveals takes up to %3x the cutoff instead of %4x</source>
        <translation>eine nicht erfolgreiche Anmeldung hat weitere Verbindungen verhindert: Die Suche hielt %1 statt %2, daher dauert eine Grenze, die erst ein Befehl zeigt, bis zum %3-Fachen der Grenze statt bis zum %4-Fachen</translation>
    </message>
</context>
<context>
    <name>IdleProbe</name>
    <message>
        <source>between commands, after EHLO</source>
        <translation>zwischen Befehlen, nach EHLO</translation>
    </message>
    <message>
        <source>right after login</source>
        <translation>direkt nach der Anmeldung</translation>
    </message>
    <message>
        <source>with a folder open (EXAMINE)</source>
        <translation>mit geöffnetem Ordner (EXAMINE)</translation>
    </message>
    <message>
        <source>after listing a folder&apos;s messages (UID FETCH)</source>
        <translation>nach dem Auflisten der Nachrichten eines Ordners (UID FETCH)</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>Your provider cuts connections that sit unused for about %1</source>
        <translation>Ihr Anbieter trennt Verbindungen, die etwa %1 unbenutzt sind</translation>
    </message>
    <message>
        <source>it says goodbye (BYE) and closes the connection</source>
        <translation>er verabschiedet sich (BYE) und schließt die Verbindung</translation>
    </message>
    <message>
        <source>it closes the connection without a word</source>
        <translation>er schließt die Verbindung ohne ein Wort</translation>
    </message>
    <message>
        <source>it resets the connection (TCP RST) when the program next speaks</source>
        <translation>er setzt die Verbindung zurück (TCP RST), sobald das Programm wieder etwas sendet</translation>
    </message>
    <message>
        <source>it stops answering altogether, so the program hangs until its own timeout (often minutes)</source>
        <translation>er antwortet überhaupt nicht mehr, daher hängt das Programm bis zu seinem eigenen Zeitlimit (oft Minuten)</translation>
    </message>
    <message>
        <source>the connection stops working</source>
        <translation>die Verbindung funktioniert nicht mehr</translation>
    </message>
    <message>
        <source>A connection left idle for %1 s (measured to within %2 s) no longer works: %3. Mail programs keep idle connections open to check for new mail, so they run into this. %4</source>
        <translation>Eine Verbindung, die %1 s im Leerlauf war (auf %2 s genau gemessen), funktioniert nicht mehr: %3. E-Mail-Programme halten Verbindungen im Leerlauf offen, um auf neue E-Mails zu prüfen, und laufen deshalb in dieses Problem. %4</translation>
    </message>
    <message>
        <source>RFC 5321 §4.5.3.2 asks servers to wait at least 5 minutes between commands.</source>
        <translation>RFC 5321 §4.5.3.2 verlangt von Servern, zwischen Befehlen mindestens 5 Minuten zu warten.</translation>
    </message>
    <message>
        <source>RFC 3501 §5.4 asks servers to wait at least 30 minutes.</source>
        <translation>RFC 3501 §5.4 verlangt von Servern, mindestens 30 Minuten zu warten.</translation>
    </message>
    <message>
        <source>needs a working login: %1</source>
        <translation>braucht eine funktionierende Anmeldung: %1</translation>
    </message>
    <message>
        <source>the server said goodbye (BYE) and closed it</source>
        <translation>der Server hat sich verabschiedet (BYE) und sie geschlossen</translation>
    </message>
    <message>
        <source>the server closed it without a word (TCP FIN)</source>
        <translation>der Server hat sie kommentarlos geschlossen (TCP FIN)</translation>
    </message>
    <message>
        <source>the server reset it (TCP RST) when the program spoke next</source>
        <translation>der Server hat sie zurückgesetzt (TCP RST), als das Programm das nächste Mal sendete</translation>
    </message>
    <message>
        <source>no answer at all: the program hangs until its own timeout</source>
        <translation>überhaupt keine Antwort: das Programm hängt bis zu seiner eigenen Zeitüberschreitung</translation>
    </message>
    <message>
        <source>the kernel gave up: nothing came back at TCP level</source>
        <translation>der Kernel hat aufgegeben: auf TCP-Ebene kam nichts zurück</translation>
    </message>
    <message>
        <source>still answered</source>
        <translation>hat noch geantwortet</translation>
    </message>
    <message>
        <source>the server refused the next command</source>
        <translation>der Server hat den nächsten Befehl abgelehnt</translation>
    </message>
    <message>
        <source>the connection closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>stopped at its time limit: connections stayed usable after %1 s idle (the longest tested before the time limit, --idle-max %2)</source>
        <translation>an der Zeitgrenze beendet: Verbindungen blieben nach %1 s Ruhe nutzbar (die längste vor der Zeitgrenze geprüfte Zeit, --idle-max %2)</translation>
    </message>
    <message>
        <source>no cutoff up to %1 s: connections stayed usable after %2 s idle (the longest tested, --idle-max %1)</source>
        <translation>keine Grenze bis %1 s: Verbindungen blieben nach %2 s Ruhe nutzbar (die längste geprüfte Zeit, --idle-max %1)</translation>
    </message>
    <message>
        <source>by state: %1</source>
        <translation>nach Zustand: %1</translation>
    </message>
    <message>
        <source>cutoff %1 s (observed), %2</source>
        <translation>Grenze %1 s (beobachtet), %2</translation>
    </message>
    <message>
        <source>cutoff %1 s (probed), %2</source>
        <translation>Grenze %1 s (ermittelt), %2</translation>
    </message>
    <message>
        <source>keepalives help: unknown</source>
        <translation>Keepalives helfen: unbekannt</translation>
    </message>
    <message>
        <source>keepalives help: yes</source>
        <translation>Keepalives helfen: ja</translation>
    </message>
    <message>
        <source>keepalives help: no</source>
        <translation>Keepalives helfen: nein</translation>
    </message>
    <message>
        <source>stopped at its time limit before narrowing to %1 s</source>
        <translation>an der Zeitgrenze beendet, bevor auf %1 s eingeengt war</translation>
    </message>
    <message numerus="yes">
        <source>%n probe(s) in %1 s</source>
        <translation>
            <numerusform>%n Prüfung in %1 s</numerusform>
            <numerusform>%n Prüfungen in %1 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>could not set up an idle connection: %1. Mailscope never logs in again after a login that did not succeed.</source>
        <translation>konnte keine ruhende Verbindung einrichten: %1. Mailscope meldet sich nach einer nicht erfolgreichen Anmeldung nie wieder an.</translation>
    </message>
    <message>
        <source>could not set up an idle connection: %1</source>
        <translation>konnte keine ruhende Verbindung einrichten: %1</translation>
    </message>
    <message>
        <source>stopped after %1 s: no further connection could sign in (%2)</source>
        <translation>nach %1 s beendet: keine weitere Verbindung konnte sich anmelden (%2)</translation>
    </message>
    <message>
        <source>stopped after %1 s: a login on an extra connection did not succeed, and Mailscope never logs in again after that (%2)</source>
        <translation>nach %1 s beendet: eine Anmeldung auf einer zusätzlichen Verbindung war nicht erfolgreich, und Mailscope meldet sich danach nie wieder an (%2)</translation>
    </message>
    <message>
        <source>EXAMINE INBOX failed: %1</source>
        <translation>EXAMINE INBOX fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>UID FETCH failed: %1</source>
        <translation>UID FETCH fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>idle probe: TCP keepalives every %1 s on this connection, no %2 traffic</source>
        <translation>Leerlaufprüfung: TCP-Keepalives alle %1 s auf dieser Verbindung, kein %2-Verkehr</translation>
    </message>
    <message>
        <source>idle probe: TCP keepalives are not available on this platform</source>
        <translation>Leerlaufprüfung: TCP-Keepalives gibt es auf diesem System nicht</translation>
    </message>
    <message>
        <source>idle probe: connection now idle %1%2</source>
        <translation>Leerlaufprüfung: Verbindung ruht jetzt %1%2</translation>
    </message>
    <message>
        <source> (keepalives)</source>
        <translation> (Keepalives)</translation>
    </message>
    <message>
        <source> (kept until the cutoff is known)</source>
        <translation> (bleibt offen, bis die Grenze bekannt ist)</translation>
    </message>
    <message>
        <source>idle probe: the server sent &quot;%1&quot; by itself after %2 s idle (a keepalive of its own)</source>
        <translation>Leerlaufprüfung: der Server schickte nach %2 s Ruhe von sich aus „%1“ (ein eigenes Lebenszeichen)</translation>
    </message>
    <message>
        <source>How the connection dies depends on what the program did last</source>
        <translation>Wie die Verbindung endet, hängt davon ab, was das Programm zuletzt tat</translation>
    </message>
    <message>
        <source>After the same idle time the server ends sessions differently: %1. Some endings are quick to notice (a reset), others leave the program hanging.</source>
        <translation>Nach derselben Ruhezeit beendet der Server Sitzungen unterschiedlich: %1. Manches Ende bemerkt ein Programm sofort (ein Zurücksetzen), anderes lässt es hängen.</translation>
    </message>
    <message>
        <source>Idle connections are dropped silently, so mail programs hang</source>
        <translation>Ruhende Verbindungen werden stillschweigend verworfen, deshalb hängen E-Mail-Programme</translation>
    </message>
    <message>
        <source>A connection left idle %1 for %2 s got no answer at all to its next command%3. The program waits for its own timeout (Thunderbird: about 2 minutes) before it tries again.</source>
        <translation>Eine Verbindung, die %1 %2 s ruhte, bekam auf ihren nächsten Befehl überhaupt keine Antwort%3. Das Programm wartet bis zu seiner eigenen Zeitüberschreitung (Thunderbird: etwa 2 Minuten), bevor es einen neuen Versuch macht.</translation>
    </message>
    <message>
        <source>: the server&apos;s side never even acknowledged the data (packets are being dropped)</source>
        <translation>: die Seite des Servers hat die Daten nicht einmal bestätigt (Pakete werden verworfen)</translation>
    </message>
    <message>
        <source>: the data was acknowledged but the server never answered</source>
        <translation>: die Daten wurden bestätigt, aber der Server hat nie geantwortet</translation>
    </message>
    <message>
        <source> (this platform cannot tell whether packets were acknowledged)</source>
        <translation> (auf diesem System lässt sich nicht feststellen, ob Pakete bestätigt wurden)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>idle probe: TCP keepalives turned off: this connection probes now, and its idle time counts from here</source>
        <translation>Leerlaufprüfung: TCP-Keepalives abgeschaltet: diese Verbindung prüft jetzt, und ihre Ruhezeit zählt ab hier</translation>
    </message>
    <message>
        <source>idle probe: TCP keepalives could not be turned off: this connection&apos;s answers may be kept alive by them</source>
        <translation>Leerlaufprüfung: TCP-Keepalives ließen sich nicht abschalten: sie können diese Verbindung am Leben halten, ihre Antworten sagen dann wenig</translation>
    </message>
</context>
<context>
    <name>ImapParser</name>
    <message>
        <source>unexpected end of line</source>
        <translation>unerwartetes Zeilenende</translation>
    </message>
    <message>
        <source>unexpected &apos;)&apos;</source>
        <translation>unerwartetes „)“</translation>
    </message>
    <message>
        <source>list not closed</source>
        <translation>Liste nicht geschlossen</translation>
    </message>
    <message>
        <source>lists nested deeper than %1 levels</source>
        <translation>Listen tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>quoted string not closed</source>
        <translation>Zeichenkette in Anführungszeichen nicht geschlossen</translation>
    </message>
    <message>
        <source>literal size out of range</source>
        <translation>Literal-Größe außerhalb des erlaubten Bereichs</translation>
    </message>
    <message>
        <source>literal without a size</source>
        <translation>Literal ohne Größe</translation>
    </message>
    <message>
        <source>malformed literal marker</source>
        <translation>fehlerhafte Literal-Markierung</translation>
    </message>
    <message>
        <source>literal marker not at end of line</source>
        <translation>Literal-Markierung nicht am Zeilenende</translation>
    </message>
    <message>
        <source>literal shorter than announced</source>
        <translation>Literal kürzer als angekündigt</translation>
    </message>
    <message>
        <source>section &apos;[&apos; not closed</source>
        <translation>Abschnitt „[“ nicht geschlossen</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>unerwartetes Zeichen „%1“</translation>
    </message>
    <message>
        <source>response code not closed</source>
        <translation>Antwortcode nicht geschlossen</translation>
    </message>
    <message>
        <source>response larger than the limit of %1 bytes</source>
        <translation>Antwort größer als die Grenze von %1 Bytes</translation>
    </message>
    <message>
        <source>line longer than the limit of %1 bytes</source>
        <translation>Zeile länger als die Grenze von %1 Bytes</translation>
    </message>
    <message>
        <source>server announced an absurdly large literal</source>
        <translation>der Server hat ein absurd großes Literal angekündigt</translation>
    </message>
    <message>
        <source>server announced a literal of %1 bytes, above the limit of %2</source>
        <translation>der Server hat ein Literal von %1 Bytes angekündigt, über der Grenze von %2</translation>
    </message>
    <message>
        <source>response without a tag</source>
        <translation>Antwort ohne Tag</translation>
    </message>
    <message>
        <source>response without a name</source>
        <translation>Antwort ohne Namen</translation>
    </message>
    <message>
        <source>tagged response with unknown status &apos;%1&apos;</source>
        <translation>Antwort mit Tag und unbekanntem Status „%1“</translation>
    </message>
</context>
<context>
    <name>ImapProbes</name>
    <message>
        <source>IMAP only</source>
        <translation>nur IMAP</translation>
    </message>
    <message>
        <source>nothing after the greeting; the login part needs a login: %1</source>
        <translation>nichts nach der Begrüßung; der Teil zur Anmeldung braucht eine Anmeldung: %1</translation>
    </message>
    <message>
        <source>no untagged responses after the greeting or before the login reply</source>
        <translation>keine Zeilen ohne Tag nach der Begrüßung oder vor der Antwort auf die Anmeldung</translation>
    </message>
    <message>
        <source>The server sends extra status lines while you log in</source>
        <translation>Der Server sendet während der Anmeldung zusätzliche Statuszeilen</translation>
    </message>
    <message>
        <source>Before answering the login, the server sent untagged lines such as &quot;%1&quot;. That is allowed, and Mailscope read past them without trouble, but proxies and simple clients that expect exactly one reply (older nginx mail proxies, for example) fail on them.</source>
        <translation>Vor der Antwort auf die Anmeldung hat der Server Zeilen ohne Tag gesendet, etwa „%1“. Das ist erlaubt, und Mailscope hat sie problemlos überlesen, aber Proxys und einfache E-Mail-Programme, die genau eine Antwort erwarten (zum Beispiel ältere nginx-Mail-Proxys), scheitern daran.</translation>
    </message>
    <message>
        <source>%1 untagged line(s) after the greeting, %2 before the login reply; parsed without trouble</source>
        <translation>%1 Zeile(n) ohne Tag nach der Begrüßung, %2 vor der Antwort auf die Anmeldung; problemlos gelesen</translation>
    </message>
    <message>
        <source>IMAP only here</source>
        <translation>hier nur IMAP</translation>
    </message>
    <message>
        <source>needs a user name and a password or sign-in: it pipelines commands right after the login</source>
        <translation>braucht einen Benutzernamen und ein Passwort oder eine Anmeldung: sendet direkt nach der Anmeldung Befehle per Pipelining</translation>
    </message>
    <message>
        <source>the connection is not encrypted; Mailscope will not send the password in the clear</source>
        <translation>die Verbindung ist nicht verschlüsselt; Mailscope sendet das Passwort nicht im Klartext</translation>
    </message>
    <message>
        <source>needs a working login: %1</source>
        <translation>braucht eine funktionierende Anmeldung: %1</translation>
    </message>
    <message>
        <source>LOGIN is disabled here</source>
        <translation>LOGIN ist hier abgeschaltet</translation>
    </message>
    <message>
        <source>a token login fits in one line only with SASL-IR, which the server does not offer</source>
        <translation>eine Token-Anmeldung passt nur mit SASL-IR in eine Zeile, und das bietet der Server nicht an</translation>
    </message>
    <message>
        <source>the password needs a synchronising literal: it cannot be pipelined</source>
        <translation>das Passwort braucht ein synchronisierendes Literal: es lässt sich nicht per Pipelining senden</translation>
    </message>
    <message>
        <source>pipelined login: %1</source>
        <translation>Anmeldung per Pipelining: %1</translation>
    </message>
    <message>
        <source>the pipelined login failed: %1</source>
        <translation>die Anmeldung per Pipelining ist gescheitert: %1</translation>
    </message>
    <message>
        <source>every pipelined command was answered (after LOGIN and after login)</source>
        <translation>jeder Befehl per Pipelining wurde beantwortet (nach LOGIN und nach der Anmeldung)</translation>
    </message>
    <message>
        <source>Commands sent together with the login are lost</source>
        <translation>Befehle, die zusammen mit der Anmeldung gesendet werden, gehen verloren</translation>
    </message>
    <message>
        <source>Commands sent together are lost</source>
        <translation>Zusammen gesendete Befehle gehen verloren</translation>
    </message>
    <message>
        <source>Mailscope sent %1 in one packet. The server never answered %2. A mail program that sends commands without waiting (pipelining) then hangs until it gives up. IMAP allows this (RFC 3501 §5.5); proxies such as perdition lose what follows LOGIN.</source>
        <translation>Mailscope hat %1 in einem Paket gesendet. Der Server hat %2 nie beantwortet. Ein E-Mail-Programm, das Befehle ohne Warten sendet (Pipelining), hängt dann, bis es aufgibt. IMAP erlaubt das (RFC 3501 §5.5); Proxys wie perdition verlieren, was auf LOGIN folgt.</translation>
    </message>
    <message>
        <source>%1 of them</source>
        <translation>%1 davon</translation>
    </message>
    <message>
        <source>%1 pipelined command(s) never answered (%2)</source>
        <translation>%1 Befehl(e) per Pipelining nie beantwortet (%2)</translation>
    </message>
</context>
<context>
    <name>ImapSession</name>
    <message>
        <source>no reply</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>the server sent more than %1 responses nobody asked for</source>
        <translation>der Server hat mehr als %1 Antworten gesendet, nach denen niemand gefragt hat</translation>
    </message>
    <message>
        <source>more server responses could not be parsed; they are kept as text without further notes</source>
        <translation>weitere Antworten des Servers ließen sich nicht lesen; sie werden ohne weitere Hinweise als Text aufbewahrt</translation>
    </message>
    <message>
        <source>could not fully parse a server response (%1); kept it as text</source>
        <translation>eine Antwort des Servers ließ sich nicht vollständig lesen (%1); als Text aufbewahrt</translation>
    </message>
    <message>
        <source>the server sent more than %1 untagged responses to one command</source>
        <translation>der Server hat mehr als %1 Antworten ohne Tag auf einen Befehl gesendet</translation>
    </message>
    <message>
        <source>the server kept asking for more data (&quot;+&quot;) that the command does not have</source>
        <translation>der Server fragte weiter nach Daten („+“), die der Befehl nicht hat</translation>
    </message>
    <message>
        <source>the server did not start with a greeting</source>
        <translation>der Server hat nicht mit einer Begrüßung begonnen</translation>
    </message>
    <message>
        <source>connection not open</source>
        <translation>Verbindung nicht offen</translation>
    </message>
    <message>
        <source>the server offers no login method Mailscope can use here (LOGINDISABLED and no AUTH=PLAIN or AUTH=LOGIN)</source>
        <translation>der Server bietet hier kein Anmeldeverfahren an, das Mailscope verwenden kann (LOGINDISABLED und kein AUTH=PLAIN oder AUTH=LOGIN)</translation>
    </message>
    <message>
        <source>the server kept asking for more login data after the login was cancelled</source>
        <translation>der Server fragte nach weiteren Anmeldedaten, obwohl die Anmeldung abgebrochen war</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>the server sent more than %1 of responses nobody asked for</source>
        <translation>der Server hat mehr als %1 an Antworten gesendet, nach denen niemand gefragt hat</translation>
    </message>
    <message>
        <source>the server sent more than %1 in answer to one command</source>
        <translation>der Server hat als Antwort auf einen einzigen Befehl mehr als %1 gesendet</translation>
    </message>
</context>
<context>
    <name>JsonReport</name>
    <message>
        <source>not a JSON document: %1 at offset %2</source>
        <translation>kein JSON-Dokument: %1 bei Position %2</translation>
    </message>
    <message>
        <source>not a Mailscope report (schema is not %1)</source>
        <translation>kein Mailscope-Bericht (das Schema ist nicht %1)</translation>
    </message>
    <message>
        <source>This report file holds more than Mailscope shows</source>
        <translation>Diese Berichtsdatei enthält mehr, als Mailscope anzeigt</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s), finding(s), advice line(s) or evidence reference(s) left out</source>
        <translation>
            <numerusform>%n Prüfung, Befund, Ratschlag oder Beleg weggelassen</numerusform>
            <numerusform>%n Prüfungen, Befunde, Ratschläge oder Belege weggelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) cut short</source>
        <translation>
            <numerusform>%n Text gekürzt</numerusform>
            <numerusform>%n Texte gekürzt</numerusform>
        </translation>
    </message>
    <message>
        <source>Mailscope shows as much as any run writes: </source>
        <translation>Mailscope zeigt so viel, wie ein Lauf überhaupt schreibt: </translation>
    </message>
    <message>
        <source>. The file itself is unchanged; it may have been made by hand or by another program.</source>
        <translation>. Die Datei selbst bleibt unverändert; sie wurde vielleicht von Hand oder von einem anderen Programm erstellt.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MiB, larger than any report Mailscope writes (at most %3 MiB): not read</source>
        <translation>%1 ist %2 MiB groß, größer als jeder Bericht, den Mailscope schreibt (höchstens %3 MiB): nicht gelesen</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>the keychain did not answer within %1 s</source>
        <translation>der Schlüsselbund hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <source>the keychain refused: %1</source>
        <translation>der Schlüsselbund hat abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>MarkdownSummary</name>
    <message>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>Was zu ändern ist</translation>
    </message>
    <message>
        <source>… and %1 more in the full report</source>
        <translation>… und %1 weitere im vollständigen Bericht</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <source>Checked %1 with Mailscope %2; passwords are never part of this summary.</source>
        <translation>Geprüft: %1, mit Mailscope %2; Passwörter sind nie Teil dieser Zusammenfassung.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>Full report with evidence and transcript: `mailscope-cli diagnose %1 --html report.html` (or `--pdf`, `--json`; `--pcapng` for Wireshark), or File ▸ Save report… in the Mailscope app.</source>
        <translation>Vollständiger Bericht mit Belegen und Mitschnitt: `mailscope-cli diagnose %1 --html report.html` (oder `--pdf`, `--json`; `--pcapng` für Wireshark) oder Datei ▸ Bericht speichern unter… in der Mailscope-App.</translation>
    </message>
</context>
<context>
    <name>OAuth</name>
    <message>
        <source>the sign-in is no longer valid (expired, revoked, or the password changed): sign in again</source>
        <translation>die Anmeldung ist nicht mehr gültig (abgelaufen, widerrufen oder das Passwort wurde geändert): melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>the provider does not know this client id, or does not allow it to sign in this way: check the app registration</source>
        <translation>der Anbieter kennt diese Client-ID nicht oder erlaubt ihr diese Art der Anmeldung nicht: prüfen Sie die App-Registrierung</translation>
    </message>
    <message>
        <source>the provider refused the permissions asked for (scopes): the app registration must allow mail access</source>
        <translation>der Anbieter hat die angefragten Berechtigungen (Scopes) abgelehnt: die App-Registrierung muss den Zugriff auf E-Mails erlauben</translation>
    </message>
    <message>
        <source>the provider refused: %1</source>
        <translation>der Anbieter hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>the provider&apos;s token endpoint answered HTTP %1</source>
        <translation>der Token-Endpunkt des Anbieters antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>the token endpoint %1 is not https</source>
        <translation>der Token-Endpunkt %1 ist nicht https</translation>
    </message>
    <message>
        <source>the token endpoint sent more than %1 bytes</source>
        <translation>der Token-Endpunkt hat mehr als %1 Bytes gesendet</translation>
    </message>
    <message>
        <source>the token endpoint did not answer within %1 s</source>
        <translation>der Token-Endpunkt hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <source>the token endpoint could not be reached: %1</source>
        <translation>der Token-Endpunkt war nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2)</source>
        <translation>%1 ist kein JSON-Objekt (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Microsoft tenant (a directory id or a domain)</source>
        <translation>„%1“ ist kein Microsoft-Mandant (eine Verzeichnis-ID oder eine Domain)</translation>
    </message>
    <message>
        <source>no OAuth2 client id for %1: Mailscope ships none. Your IT department registers Mailscope (see the README) and gives you the client id: --oauth2-client-id, the settings, or %2</source>
        <translation>keine OAuth2-Client-ID für %1: Mailscope bringt keine mit. Ihre IT-Abteilung registriert Mailscope (siehe README) und gibt Ihnen die Client-ID: --oauth2-client-id, die Einstellungen oder %2</translation>
    </message>
    <message>
        <source>the sign-in endpoints of %1 must be https</source>
        <translation>die Anmelde-Endpunkte von %1 müssen https sein</translation>
    </message>
    <message>
        <source>no scopes for %1</source>
        <translation>keine Scopes für %1</translation>
    </message>
    <message>
        <source>unknown OAuth2 provider &apos;%1&apos;: use microsoft, google or a profile file</source>
        <translation>unbekannter OAuth2-Anbieter „%1“: verwenden Sie microsoft, google oder eine Profildatei</translation>
    </message>
    <message>
        <source>%1: a profile file may not call itself &quot;%2&quot; (use --oauth2 %2 for the built-in one)</source>
        <translation>%1: eine Profildatei darf sich nicht „%2“ nennen (verwenden Sie --oauth2 %2 für das eingebaute)</translation>
    </message>
    <message>
        <source>%1: mechanism must be XOAUTH2 or OAUTHBEARER</source>
        <translation>%1: das Verfahren muss XOAUTH2 oder OAUTHBEARER sein</translation>
    </message>
    <message>
        <source>%1: authorize_url and token_url must be https (plain http only on this machine&apos;s loopback)</source>
        <translation>%1: authorize_url und token_url müssen https sein (einfaches http nur auf dem Loopback dieses Rechners)</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1 for the sign-in: %1</source>
        <translation>kann für die Anmeldung nicht auf 127.0.0.1 lauschen: %1</translation>
    </message>
    <message>
        <source>Not a sign-in answer.</source>
        <translation>Keine Antwort auf eine Anmeldung.</translation>
    </message>
    <message>
        <source>This sign-in answer does not belong to the request Mailscope made. Nothing was done.</source>
        <translation>Diese Antwort gehört nicht zu der Anmeldung, die Mailscope angefragt hat. Es wurde nichts getan.</translation>
    </message>
    <message>
        <source>the sign-in answer did not match the request (state mismatch); refused</source>
        <translation>die Antwort auf die Anmeldung passte nicht zur Anfrage (State stimmt nicht überein); abgelehnt</translation>
    </message>
    <message>
        <source>The sign-in was not completed. You can close this window.</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen. Sie können dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>the sign-in was cancelled or refused at the provider</source>
        <translation>die Anmeldung wurde beim Anbieter abgebrochen oder abgelehnt</translation>
    </message>
    <message>
        <source>the provider refused the sign-in: %1 %2</source>
        <translation>der Anbieter hat die Anmeldung abgelehnt: %1 %2</translation>
    </message>
    <message>
        <source>No sign-in code in this answer.</source>
        <translation>Kein Anmeldecode in dieser Antwort.</translation>
    </message>
    <message>
        <source>Signed in. You can close this window and return to Mailscope.</source>
        <translation>Angemeldet. Sie können dieses Fenster schließen und zu Mailscope zurückkehren.</translation>
    </message>
    <message>
        <source>no sign-in within %1 s</source>
        <translation>keine Anmeldung innerhalb von %1 s</translation>
    </message>
    <message>
        <source>the bearer token is empty</source>
        <translation>das Bearer-Token ist leer</translation>
    </message>
    <message>
        <source>with a bearer token given to Mailscope (%1); it is not refreshed</source>
        <translation>mit einem Mailscope übergebenen Bearer-Token (%1); es wird nicht erneuert</translation>
    </message>
    <message>
        <source>no access token</source>
        <translation>kein Zugriffstoken</translation>
    </message>
    <message>
        <source>the access token has expired and there is no refresh token: sign in again</source>
        <translation>das Zugriffstoken ist abgelaufen, und es gibt kein Aktualisierungstoken: melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>signed in with %1 for %2</source>
        <translation>angemeldet über %1 für %2</translation>
    </message>
    <message>
        <source>, token valid until %1</source>
        <translation>, Token gültig bis %1</translation>
    </message>
    <message>
        <source>the provider&apos;s token endpoint answered, but not with a token (the answer could not be read as one)</source>
        <translation>der Token-Endpunkt des Anbieters hat geantwortet, aber nicht mit einem Token (die Antwort ließ sich nicht als solches lesen)</translation>
    </message>
    <message>
        <source>the connection closed before the answer was complete</source>
        <translation>die Verbindung wurde geschlossen, bevor die Antwort vollständig war</translation>
    </message>
    <message>
        <source>the answer was not HTTP</source>
        <translation>die Antwort war kein HTTP</translation>
    </message>
    <message>
        <source>the provider gave a new refresh token, but it could not be kept (%1): the next sign-in may need the browser again</source>
        <translation>der Anbieter hat ein neues Refresh-Token gegeben, es konnte aber nicht gespeichert werden (%1): die nächste Anmeldung braucht womöglich wieder den Browser</translation>
    </message>
    <message>
        <source>the sign-in with %1 for %2 (client id %3, tokens from %4)</source>
        <translation>die Anmeldung über %1 für %2 (Client-ID %3, Tokens von %4)</translation>
    </message>
    <message>
        <source>the list of kept sign-ins for %1: %2</source>
        <translation>die Liste der gespeicherten Anmeldungen für %1: %2</translation>
    </message>
    <message>
        <source>its certificate cannot be trusted: %1</source>
        <translation>seinem Zertifikat ist nicht zu trauen: %1</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>writing a PDF needs a QGuiApplication (fonts)</source>
        <translation>zum Schreiben einer PDF-Datei ist eine QGuiApplication nötig (Schriften)</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>unbekannter Server</translation>
    </message>
    <message>
        <source>Mailscope report: %1</source>
        <translation>Mailscope-Bericht: %1</translation>
    </message>
    <message>
        <source>the PDF writer produced nothing</source>
        <translation>der PDF-Writer hat nichts erzeugt</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <source>the Windows Credential Manager</source>
        <translation>die Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation>den macOS-Schlüsselbund</translation>
    </message>
    <message>
        <source>the desktop keyring (Secret Service)</source>
        <translation>den Schlüsselbund des Desktops (Secret Service)</translation>
    </message>
</context>
<context>
    <name>PortProbe</name>
    <message>
        <source>the name does not resolve</source>
        <translation>der Name lässt sich nicht auflösen</translation>
    </message>
    <message>
        <source>refused (TCP reset): nothing listens there, or a firewall rejects it</source>
        <translation>abgewiesen (TCP-Reset): dort lauscht nichts, oder eine Firewall weist ab</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>no answer within %1 s: the packets are dropped on the way (a firewall), or the host is down</source>
        <translation>keine Antwort innerhalb von %1 s: die Pakete werden unterwegs verworfen (eine Firewall), oder der Rechner ist aus</translation>
    </message>
</context>
<context>
    <name>Repair</name>
    <message>
        <source>Mailscope repair: remove UID %1 from %2 on %3 (%4)</source>
        <translation>Mailscope-Reparatur: UID %1 aus %2 auf %3 entfernen (%4)</translation>
    </message>
    <message>
        <source>confirmed with --yes</source>
        <translation>mit --yes bestätigt</translation>
    </message>
    <message>
        <source>plan only</source>
        <translation>nur Plan</translation>
    </message>
    <message>
        <source>repair: %1</source>
        <translation>Reparatur: %1</translation>
    </message>
    <message>
        <source>cannot log in: %1</source>
        <translation>Anmeldung nicht möglich: %1</translation>
    </message>
    <message>
        <source>the login failed: %1</source>
        <translation>die Anmeldung ist gescheitert: %1</translation>
    </message>
    <message>
        <source>opening %1 failed: %2</source>
        <translation>%1 ließ sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>the server would not open %1 (%2); nothing was changed</source>
        <translation>der Server wollte %1 nicht öffnen (%2); es wurde nichts geändert</translation>
    </message>
    <message>
        <source>the server opened %1 read-only, so nothing can be removed from it; nothing was changed</source>
        <translation>der Server hat %1 nur lesend geöffnet, daher lässt sich nichts daraus entfernen; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>looking up UID %1 failed (%2); nothing was changed</source>
        <translation>das Nachschlagen von UID %1 ist gescheitert (%2); es wurde nichts geändert</translation>
    </message>
    <message>
        <source>the server&apos;s answer about UID %1 could not be read, so Mailscope cannot be sure which message it is; nothing was changed</source>
        <translation>die Antwort des Servers zu UID %1 ließ sich nicht lesen, daher kann Mailscope nicht sicher sein, um welche Nachricht es geht; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>there is no message with UID %1 in %2 (it holds %3 messages); nothing was changed</source>
        <translation>es gibt keine Nachricht mit UID %1 in %2 (es enthält %3 Nachrichten); es wurde nichts geändert</translation>
    </message>
    <message>
        <source>Open %1 for changes (SELECT). It holds %2 messages; UID %3 is message number %4, flags: %5.</source>
        <translation>%1 zum Ändern öffnen (SELECT). Es enthält %2 Nachrichten; UID %3 ist Nachricht Nummer %4, Markierungen: %5.</translation>
    </message>
    <message>
        <source>the server does not offer UIDPLUS (RFC 4315), so it cannot remove one message by its UID. The only other way (RFC 4549 §4.2.4: take the deleted mark off every other marked message, EXPUNGE, put the marks back) is not safe while other mail programs use the mailbox%1: a message another program marks meanwhile would be removed too. Nothing was changed; ask the provider to remove the message</source>
        <translation>der Server bietet kein UIDPLUS (RFC 4315) an, daher kann er nicht eine einzelne Nachricht über ihre UID entfernen. Der einzige andere Weg (RFC 4549 §4.2.4: bei jeder anderen markierten Nachricht die Löschmarkierung entfernen, EXPUNGE, die Markierungen wieder setzen) ist nicht sicher, solange andere E-Mail-Programme das Postfach verwenden%1: eine Nachricht, die ein anderes Programm in der Zwischenzeit markiert, würde ebenfalls entfernt. Es wurde nichts geändert; bitten Sie den Anbieter, die Nachricht zu entfernen</translation>
    </message>
    <message>
        <source>, and without CONDSTORE Mailscope could not even notice them</source>
        <translation>, und ohne CONDSTORE könnte Mailscope das nicht einmal bemerken</translation>
    </message>
    <message>
        <source>Mark only UID %1 as deleted, and only if nothing changed it since it was looked at (UID STORE %1 (UNCHANGEDSINCE %2) +FLAGS.SILENT (\Deleted)).</source>
        <translation>Nur UID %1 als gelöscht markieren, und nur, wenn sie sich seit dem Nachsehen nicht geändert hat (UID STORE %1 (UNCHANGEDSINCE %2) +FLAGS.SILENT (\Deleted)).</translation>
    </message>
    <message>
        <source>Mark only UID %1 as deleted (UID STORE %1 +FLAGS.SILENT (\Deleted)).</source>
        <translation>Nur UID %1 als gelöscht markieren (UID STORE %1 +FLAGS.SILENT (\Deleted)).</translation>
    </message>
    <message>
        <source>Remove only that message (UID EXPUNGE %1). Other messages marked as deleted stay where they are.</source>
        <translation>Nur diese Nachricht entfernen (UID EXPUNGE %1). Andere als gelöscht markierte Nachrichten bleiben, wo sie sind.</translation>
    </message>
    <message>
        <source>Check that UID %1 is gone and that %2 holds exactly one message fewer (%3).</source>
        <translation>Prüfen, dass UID %1 weg ist und %2 genau eine Nachricht weniger enthält (%3).</translation>
    </message>
    <message>
        <source>If anything fails after marking it, take the deleted mark off again.</source>
        <translation>Wenn nach dem Markieren etwas scheitert, die Löschmarkierung wieder entfernen.</translation>
    </message>
    <message>
        <source>Leave without CLOSE (which would remove every message marked as deleted), then log out.</source>
        <translation>Ohne CLOSE verlassen (das jede als gelöscht markierte Nachricht entfernen würde), dann abmelden.</translation>
    </message>
    <message>
        <source>repair plan: %1</source>
        <translation>Reparaturplan: %1</translation>
    </message>
    <message>
        <source>nothing was changed; run again with --yes to carry out this plan</source>
        <translation>es wurde nichts geändert; starten Sie erneut mit --yes, um diesen Plan auszuführen</translation>
    </message>
    <message>
        <source>plan shown for UID %1 in %2; nothing was changed</source>
        <translation>Plan für UID %1 in %2 gezeigt; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>UID %1 changed after Mailscope looked at it (another program changed it meanwhile), so the server did not mark it; nothing was changed. Run the repair again to see the current state</source>
        <translation>UID %1 hat sich geändert, nachdem Mailscope sie angesehen hat (ein anderes Programm hat sie in der Zwischenzeit geändert), daher hat der Server sie nicht markiert; es wurde nichts geändert. Starten Sie die Reparatur erneut, um den aktuellen Stand zu sehen</translation>
    </message>
    <message>
        <source>UID %1 was marked as deleted before; the mark was left</source>
        <translation>UID %1 war schon vorher als gelöscht markiert; die Markierung blieb</translation>
    </message>
    <message>
        <source>the connection is gone, so the deleted mark could not be taken off UID %1 again: remove it in your mail program (or leave it; the message is only removed by an expunge)</source>
        <translation>die Verbindung ist weg, daher ließ sich die Löschmarkierung von UID %1 nicht wieder entfernen: entfernen Sie sie in Ihrem E-Mail-Programm (oder lassen Sie sie; die Nachricht wird nur durch ein Expunge entfernt)</translation>
    </message>
    <message>
        <source>the deleted mark was taken off UID %1 again</source>
        <translation>die Löschmarkierung von UID %1 wurde wieder entfernt</translation>
    </message>
    <message>
        <source>taking the deleted mark off UID %1 again failed (%2): remove it in your mail program</source>
        <translation>das Entfernen der Löschmarkierung von UID %1 ist gescheitert (%2): entfernen Sie sie in Ihrem E-Mail-Programm</translation>
    </message>
    <message>
        <source>marking UID %1 as deleted failed (%2)%3</source>
        <translation>das Markieren von UID %1 als gelöscht ist gescheitert (%2)%3</translation>
    </message>
    <message>
        <source>Done: UID %1 marked as deleted (%2).</source>
        <translation>Erledigt: UID %1 als gelöscht markiert (%2).</translation>
    </message>
    <message>
        <source>removing UID %1 failed (%2); %3</source>
        <translation>das Entfernen von UID %1 ist gescheitert (%2); %3</translation>
    </message>
    <message>
        <source>Done: UID EXPUNGE %1 (%2); the server reported %3 removed message(s).</source>
        <translation>Erledigt: UID EXPUNGE %1 (%2); der Server meldete %3 entfernte Nachricht(en).</translation>
    </message>
    <message>
        <source>UID EXPUNGE was accepted but checking the result failed (%1); look at %2 before trying again</source>
        <translation>UID EXPUNGE wurde angenommen, aber die Prüfung des Ergebnisses ist gescheitert (%1); sehen Sie sich %2 an, bevor Sie es erneut versuchen</translation>
    </message>
    <message>
        <source>the server accepted UID EXPUNGE but UID %1 is still there (or its answer could not be read); %2</source>
        <translation>der Server hat UID EXPUNGE angenommen, aber UID %1 ist noch da (oder seine Antwort ließ sich nicht lesen); %2</translation>
    </message>
    <message>
        <source>UID %1 is gone, but %2 now holds %3 messages instead of %4 (%5 removal(s) reported while Mailscope worked; another program may have removed messages at the same time)</source>
        <translation>UID %1 ist weg, aber %2 enthält jetzt %3 statt %4 Nachrichten (%5 Entfernung(en) gemeldet, während Mailscope arbeitete; ein anderes Programm hat womöglich gleichzeitig Nachrichten entfernt)</translation>
    </message>
    <message>
        <source>Checked: UID %1 is gone and %2 holds %3 messages, one fewer than before.</source>
        <translation>Geprüft: UID %1 ist weg, und %2 enthält %3 Nachrichten, eine weniger als vorher.</translation>
    </message>
    <message>
        <source>UID %1 removed from %2; %3 messages left, nothing else changed</source>
        <translation>UID %1 aus %2 entfernt; %3 Nachrichten übrig, sonst nichts geändert</translation>
    </message>
    <message>
        <source>repair: UID %1 removed from %2</source>
        <translation>Reparatur: UID %1 aus %2 entfernt</translation>
    </message>
    <message>
        <source>Plan for removing UID %1 from %2</source>
        <translation>Plan zum Entfernen von UID %1 aus %2</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>Done: UID %1 was removed; nothing else was changed.</source>
        <translation>Erledigt: UID %1 wurde entfernt; sonst wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Log in to %1 as %2.</source>
        <translation>Bei %1 als %2 anmelden.</translation>
    </message>
    <message>
        <source>%1 was rebuilt since the message was found: its UIDVALIDITY is %2 now, it was %3, so UID %4 may be another message now. Nothing was changed; look for the message again (run the ghosts check)</source>
        <translation>%1 wurde neu aufgebaut, seit die Nachricht gefunden wurde: Die UIDVALIDITY ist jetzt %2, sie war %3, daher kann UID %4 jetzt eine andere Nachricht sein. Es wurde nichts geändert; suchen Sie die Nachricht erneut (Prüfung ghosts)</translation>
    </message>
    <message>
        <source>the server does not say whether %1 is still the mailbox the message was found in (no UIDVALIDITY), so Mailscope cannot be sure UID %2 is the same message; nothing was changed</source>
        <translation>der Server sagt nicht, ob %1 noch das Postfach ist, in dem die Nachricht gefunden wurde (keine UIDVALIDITY), daher kann Mailscope nicht sicher sein, dass UID %2 dieselbe Nachricht ist; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>a removal needs the mailbox&apos;s UIDVALIDITY, so that it removes the message the plan showed and no other: run without --yes to see the plan, then add --uidvalidity %1 --yes. Nothing was changed</source>
        <translation>ein Entfernen braucht die UIDVALIDITY des Postfachs, damit es die Nachricht entfernt, die der Plan gezeigt hat, und keine andere: Lassen Sie es ohne --yes laufen, um den Plan zu sehen, und fügen Sie dann --uidvalidity %1 --yes hinzu. Es wurde nichts geändert</translation>
    </message>
    <message>
        <source>the server does not give %1&apos;s UIDVALIDITY, so Mailscope cannot be sure UID %2 is the message that was found; nothing was changed</source>
        <translation>der Server gibt die UIDVALIDITY von %1 nicht an, daher kann Mailscope nicht sicher sein, dass UID %2 die gefundene Nachricht ist; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>Only while %1 keeps UIDVALIDITY %2 (the UIDs it had when this plan was made).</source>
        <translation>Nur solange %1 die UIDVALIDITY %2 behält (die UIDs, die es hatte, als dieser Plan erstellt wurde).</translation>
    </message>
    <message>
        <source>asking for UID %1 failed (%2); nothing was changed</source>
        <translation>die Abfrage von UID %1 ist gescheitert (%2); es wurde nichts geändert</translation>
    </message>
    <message>
        <source>UID %1 in %2 can be downloaded (%3 bytes): its subject is that of Exchange&apos;s stand-in, but it may be an ordinary message (a forwarded one, say). Look at it and delete it in your mail program if it is the stand-in; Mailscope does not remove it. Nothing was changed</source>
        <translation>UID %1 in %2 lässt sich herunterladen (%3 Bytes): Ihr Betreff ist der des Platzhalters von Exchange, aber es kann eine gewöhnliche Nachricht sein (etwa eine weitergeleitete). Sehen Sie sie sich in Ihrem E-Mail-Programm an und löschen Sie sie dort, wenn es der Platzhalter ist; Mailscope entfernt sie nicht. Es wurde nichts geändert</translation>
    </message>
    <message>
        <source>UID %1 in %2 can be downloaded (it sent its text, %3 bytes in all): it is an ordinary message, not one that cannot be downloaded, so Mailscope does not remove it. Nothing was changed</source>
        <translation>UID %1 in %2 lässt sich herunterladen (sie hat ihren Text gesendet, insgesamt %3 Bytes): Es ist eine gewöhnliche Nachricht, keine, die sich nicht herunterladen lässt, daher entfernt Mailscope sie nicht. Es wurde nichts geändert</translation>
    </message>
    <message>
        <source>Checked: UID %1 still cannot be downloaded: %2.</source>
        <translation>Geprüft: UID %1 lässt sich weiterhin nicht herunterladen: %2.</translation>
    </message>
    <message>
        <source>nothing was changed; run again with --uidvalidity %1 --yes to carry out this plan</source>
        <translation>es wurde nichts geändert; führen Sie es mit --uidvalidity %1 --yes erneut aus, um diesen Plan auszuführen</translation>
    </message>
    <message>
        <source>nothing was changed; the server gives no UIDVALIDITY for %1, so Mailscope cannot be sure of the message and will not remove it (ask the provider)</source>
        <translation>es wurde nichts geändert; der Server gibt für %1 keine UIDVALIDITY an, daher kann Mailscope der Nachricht nicht sicher sein und entfernt sie nicht (fragen Sie den Anbieter)</translation>
    </message>
    <message>
        <source>the server did not answer UID EXPUNGE %1 (%2), so whether it removed the message is not known (it may still do so); %3. Look at %4 before trying again</source>
        <translation>der Server hat UID EXPUNGE %1 nicht beantwortet (%2), daher ist unbekannt, ob er die Nachricht entfernt hat (er kann es noch tun); %3. Sehen Sie sich %4 an, bevor Sie es erneut versuchen</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>&apos;%1&apos; is not a valid server URL (expected for example imap://user@mail.example.net)</source>
        <translation>„%1“ ist keine gültige Server-URL (erwartet zum Beispiel imap://benutzer@mail.example.net)</translation>
    </message>
    <message>
        <source>unknown scheme &apos;%1&apos;: use imap, imaps, smtp, submission or smtps</source>
        <translation>unbekanntes Schema „%1“: verwenden Sie imap, imaps, smtp, submission oder smtps</translation>
    </message>
    <message>
        <source>do not put a password in the URL: it would show in process lists and shell history; use --password-env, --password-file or --ask-password</source>
        <translation>schreiben Sie kein Passwort in die URL: es wäre in Prozesslisten und im Shell-Verlauf zu sehen; verwenden Sie --password-env, --password-file oder --ask-password</translation>
    </message>
    <message>
        <source>port 0 in &apos;%1&apos; is not a port a server can listen on</source>
        <translation>Port 0 in „%1“ ist kein Port, auf dem ein Server lauschen kann</translation>
    </message>
    <message>
        <source>a server URL has no part after &apos;?&apos; or &apos;#&apos;; give only scheme://user@host:port</source>
        <translation>eine Server-URL hat keinen Teil nach „?“ oder „#“; geben Sie nur schema://benutzer@host:port an</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>The server is %1</source>
        <translation>Der Server ist %1</translation>
    </message>
    <message>
        <source>Recognised from its %1: &quot;%2&quot;.</source>
        <translation>Erkannt an: %1 „%2“.</translation>
    </message>
    <message>
        <source>The server sent data that breaks the protocol or sane limits</source>
        <translation>Der Server hat Daten gesendet, die das Protokoll oder vernünftige Grenzen verletzen</translation>
    </message>
    <message>
        <source>Mailscope stopped reading the connection: %1. A mail program may hang, crash or run out of memory on such data.</source>
        <translation>Mailscope hat aufgehört, die Verbindung zu lesen: %1. Ein E-Mail-Programm kann bei solchen Daten hängen, abstürzen oder keinen Speicher mehr haben.</translation>
    </message>
    <message>
        <source>secrets are recorded in this run (not redacted): do not share this transcript as it is</source>
        <translation>in diesem Lauf werden Geheimnisse aufgezeichnet (nicht geschwärzt): geben Sie diesen Mitschnitt so nicht weiter</translation>
    </message>
    <message>
        <source>Mailscope diagnosing %1</source>
        <translation>Mailscope diagnostiziert %1</translation>
    </message>
    <message>
        <source>sign-in: %1</source>
        <translation>Anmeldung: %1</translation>
    </message>
    <message>
        <source>%1 bytes of this run were counted but not stored: the transcript keeps at most %2 MiB</source>
        <translation>%1 Bytes dieses Laufs wurden gezählt, aber nicht gespeichert: der Mitschnitt behält höchstens %2 MiB</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Sasl</name>
    <message>
        <source>the server does not accept the sign-in token: it was revoked, has expired, or belongs to another account</source>
        <translation>der Server nimmt das Anmelde-Token nicht an: es wurde widerrufen, ist abgelaufen oder gehört zu einem anderen Konto</translation>
    </message>
    <message>
        <source>the sign-in token does not give access to mail%1</source>
        <translation>das Anmelde-Token gibt keinen Zugriff auf E-Mails%1</translation>
    </message>
    <message>
        <source> (it needs the scope %1)</source>
        <translation> (es braucht den Scope %1)</translation>
    </message>
    <message>
        <source>the server could not use the sign-in request</source>
        <translation>der Server konnte die Anmeldeanfrage nicht verwenden</translation>
    </message>
    <message>
        <source>the server refused the sign-in token (%1)</source>
        <translation>der Server hat das Anmelde-Token abgelehnt (%1)</translation>
    </message>
    <message>
        <source>the server refused the sign-in token</source>
        <translation>der Server hat das Anmelde-Token abgelehnt</translation>
    </message>
</context>
<context>
    <name>SmtpCommand</name>
    <message>
        <source>%1 contains a line break or NUL</source>
        <translation>%1 enthält einen Zeilenumbruch oder NUL</translation>
    </message>
    <message>
        <source>address must not contain &apos;&lt;&apos;, &apos;&gt;&apos; or spaces</source>
        <translation>die Adresse darf kein „&lt;“, „&gt;“ und keine Leerzeichen enthalten</translation>
    </message>
    <message>
        <source>parameter must not contain spaces</source>
        <translation>der Parameter darf keine Leerzeichen enthalten</translation>
    </message>
    <message>
        <source>EHLO needs one domain or address literal</source>
        <translation>EHLO braucht genau eine Domain oder ein Adressliteral</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>unbekannter Befehl %1</translation>
    </message>
</context>
<context>
    <name>SmtpExplain</name>
    <message>
        <source>announces message size limits (none given)</source>
        <translation>kündigt Größengrenzen für Nachrichten an (keine angegeben)</translation>
    </message>
    <message>
        <source>accepts messages up to %1 MB (RFC 1870)</source>
        <translation>nimmt Nachrichten bis %1 MB an (RFC 1870)</translation>
    </message>
    <message>
        <source>lets the client send several commands at once without waiting (RFC 2920)</source>
        <translation>lässt das Programm mehrere Befehle auf einmal senden, ohne zu warten (RFC 2920)</translation>
    </message>
    <message>
        <source>accepts 8-bit text bodies (RFC 6152)</source>
        <translation>nimmt 8-Bit-Text an (RFC 6152)</translation>
    </message>
    <message>
        <source>accepts messages in chunks with BDAT (RFC 3030)</source>
        <translation>nimmt Nachrichten in Stücken mit BDAT an (RFC 3030)</translation>
    </message>
    <message>
        <source>accepts binary bodies with BDAT (RFC 3030)</source>
        <translation>nimmt binäre Inhalte mit BDAT an (RFC 3030)</translation>
    </message>
    <message>
        <source>adds precise x.y.z codes to its replies (RFC 2034)</source>
        <translation>ergänzt seine Antworten um genaue x.y.z-Codes (RFC 2034)</translation>
    </message>
    <message>
        <source>can send delivery status notifications on request (RFC 3461)</source>
        <translation>kann auf Wunsch Zustellbenachrichtigungen senden (RFC 3461)</translation>
    </message>
    <message>
        <source>accepts international (UTF-8) addresses (RFC 6531)</source>
        <translation>nimmt internationale (UTF-8-)Adressen an (RFC 6531)</translation>
    </message>
    <message>
        <source>can encrypt the connection (RFC 3207)</source>
        <translation>kann die Verbindung verschlüsseln (RFC 3207)</translation>
    </message>
    <message>
        <source>accepts logins with %1 (RFC 4954)</source>
        <translation>nimmt Anmeldungen mit %1 an (RFC 4954)</translation>
    </message>
    <message>
        <source>answers address verification (VRFY)</source>
        <translation>beantwortet Adressprüfungen (VRFY)</translation>
    </message>
    <message>
        <source>flushes queued mail on request (RFC 1985)</source>
        <translation>verschickt auf Wunsch wartende E-Mails (RFC 1985)</translation>
    </message>
    <message>
        <source>honours delivery deadlines (RFC 2852)</source>
        <translation>beachtet Zustellfristen (RFC 2852)</translation>
    </message>
    <message>
        <source>can require TLS along the whole route (RFC 8689)</source>
        <translation>kann TLS auf dem ganzen Weg verlangen (RFC 8689)</translation>
    </message>
    <message>
        <source>lets trusted proxies pass on client details (Postfix extension)</source>
        <translation>lässt vertrauenswürdige Proxys Angaben zum Absender weitergeben (Postfix-Erweiterung)</translation>
    </message>
    <message>
        <source>a server-specific extension</source>
        <translation>eine serverspezifische Erweiterung</translation>
    </message>
    <message>
        <source>closing the connection</source>
        <translation>schließt die Verbindung</translation>
    </message>
    <message>
        <source>login accepted</source>
        <translation>Anmeldung angenommen</translation>
    </message>
    <message>
        <source>not local; will forward</source>
        <translation>nicht lokal; wird weitergeleitet</translation>
    </message>
    <message>
        <source>go on with the login</source>
        <translation>mit der Anmeldung fortfahren</translation>
    </message>
    <message>
        <source>send the message</source>
        <translation>die Nachricht senden</translation>
    </message>
    <message>
        <source>the server is closing the connection (busy or idle too long)</source>
        <translation>der Server schließt die Verbindung (ausgelastet oder zu lange im Leerlauf)</translation>
    </message>
    <message>
        <source>mailbox temporarily unavailable</source>
        <translation>Postfach vorübergehend nicht verfügbar</translation>
    </message>
    <message>
        <source>temporary error on the server</source>
        <translation>vorübergehender Fehler auf dem Server</translation>
    </message>
    <message>
        <source>temporarily out of storage</source>
        <translation>vorübergehend kein Speicherplatz</translation>
    </message>
    <message>
        <source>temporary failure: TLS or login not available now</source>
        <translation>vorübergehender Fehler: TLS oder Anmeldung gerade nicht verfügbar</translation>
    </message>
    <message>
        <source>command not recognised</source>
        <translation>Befehl nicht erkannt</translation>
    </message>
    <message>
        <source>bad arguments</source>
        <translation>fehlerhafte Argumente</translation>
    </message>
    <message>
        <source>command not implemented</source>
        <translation>Befehl nicht umgesetzt</translation>
    </message>
    <message>
        <source>commands in the wrong order</source>
        <translation>Befehle in falscher Reihenfolge</translation>
    </message>
    <message>
        <source>parameter not implemented</source>
        <translation>Parameter nicht umgesetzt</translation>
    </message>
    <message>
        <source>a login (or encryption) is required first</source>
        <translation>zuerst ist eine Anmeldung (oder Verschlüsselung) nötig</translation>
    </message>
    <message>
        <source>the login method is too weak</source>
        <translation>das Anmeldeverfahren ist zu schwach</translation>
    </message>
    <message>
        <source>the user name or password is wrong</source>
        <translation>Benutzername oder Passwort ist falsch</translation>
    </message>
    <message>
        <source>encryption is required for this login method</source>
        <translation>für dieses Anmeldeverfahren ist Verschlüsselung nötig</translation>
    </message>
    <message>
        <source>refused: no such mailbox or not allowed</source>
        <translation>abgelehnt: kein solches Postfach oder nicht erlaubt</translation>
    </message>
    <message>
        <source>exceeded storage allocation or message too big</source>
        <translation>Speicherplatz überschritten oder Nachricht zu groß</translation>
    </message>
    <message>
        <source>mailbox name not allowed</source>
        <translation>Postfachname nicht erlaubt</translation>
    </message>
    <message>
        <source>transaction failed / refused</source>
        <translation>Vorgang gescheitert / abgelehnt</translation>
    </message>
    <message>
        <source>temporary failure</source>
        <translation>vorübergehender Fehler</translation>
    </message>
    <message>
        <source>permanent failure</source>
        <translation>dauerhafter Fehler</translation>
    </message>
    <message>
        <source>unexpected reply</source>
        <translation>unerwartete Antwort</translation>
    </message>
    <message>
        <source>queued as ([A-Za-z0-9]+)</source>
        <translation>queued as ([A-Za-z0-9]+)</translation>
    </message>
    <message>
        <source>([0-9A-Za-z]+) Message accepted</source>
        <translation>([0-9A-Za-z]+) Message accepted</translation>
    </message>
</context>
<context>
    <name>SmtpParser</name>
    <message>
        <source>reply line longer than the limit of %1 bytes</source>
        <translation>Antwortzeile länger als die Grenze von %1 Bytes</translation>
    </message>
    <message>
        <source>server sent a line that is not an SMTP reply: &quot;%1&quot;</source>
        <translation>der Server hat eine Zeile gesendet, die keine SMTP-Antwort ist: „%1“</translation>
    </message>
    <message>
        <source>multi-line reply changed its code from %1 to %2</source>
        <translation>mehrzeilige Antwort hat ihren Code von %1 zu %2 geändert</translation>
    </message>
    <message>
        <source>multi-line reply longer than %1 lines</source>
        <translation>mehrzeilige Antwort länger als %1 Zeilen</translation>
    </message>
    <message>
        <source>reply longer than the limit of %1 bytes</source>
        <translation>Antwort länger als die Grenze von %1 Bytes</translation>
    </message>
</context>
<context>
    <name>SmtpProbes</name>
    <message>
        <source>The server only speaks old-style SMTP (HELO)</source>
        <translation>Der Server spricht nur SMTP alter Art (HELO)</translation>
    </message>
    <message>
        <source>It refused EHLO, so it offers no extensions: no encryption (STARTTLS), no login (AUTH), no size announcement. Current mail programs expect EHLO.</source>
        <translation>Er hat EHLO abgelehnt und bietet daher keine Erweiterungen: keine Verschlüsselung (STARTTLS), keine Anmeldung (AUTH), keine Größenangabe. Aktuelle E-Mail-Programme erwarten EHLO.</translation>
    </message>
    <message>
        <source>EHLO refused; HELO accepted</source>
        <translation>EHLO abgelehnt; HELO angenommen</translation>
    </message>
    <message>
        <source>What the mail server offers</source>
        <translation>Was der Postausgangsserver anbietet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No extensions.</source>
        <translation>Keine Erweiterungen.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>EHLO answered in %1 ms; %2</source>
        <translation>EHLO in %1 ms beantwortet; %2</translation>
    </message>
    <message>
        <source>no extensions</source>
        <translation>keine Erweiterungen</translation>
    </message>
    <message>
        <source>the server does not offer PIPELINING</source>
        <translation>der Server bietet kein PIPELINING an</translation>
    </message>
    <message>
        <source>the commands sent one by one did not all get replies (%1)</source>
        <translation>die einzeln gesendeten Befehle bekamen nicht alle eine Antwort (%1)</translation>
    </message>
    <message>
        <source>MAIL/RCPT/RSET/QUIT pipelined: 4 replies in order, as in lock-step</source>
        <translation>MAIL/RCPT/RSET/QUIT per Pipelining: 4 Antworten in der richtigen Reihenfolge, wie beim Senden einzeln</translation>
    </message>
    <message>
        <source>The server announces PIPELINING but loses pipelined commands</source>
        <translation>Der Server kündigt PIPELINING an, verliert aber Befehle per Pipelining</translation>
    </message>
    <message>
        <source>Sent one by one, MAIL FROM, RCPT TO, RSET and QUIT got four replies (%1). Sent together, as PIPELINING allows, they got %2 (%3)%4%5. Mail servers and programs that pipeline (Postfix does by default) then see their mail fail or time out. RFC 2920 §3.2 requires a server to answer in order and never lose input.</source>
        <translation>Einzeln gesendet bekamen MAIL FROM, RCPT TO, RSET und QUIT vier Antworten (%1). Zusammen gesendet, wie PIPELINING es erlaubt, bekamen sie %2 (%3)%4%5. Mailserver und Programme mit Pipelining (Postfix standardmäßig) sehen dann ihre E-Mails scheitern oder in Zeitüberschreitungen laufen. RFC 2920 §3.2 verlangt, dass ein Server in der richtigen Reihenfolge antwortet und nie Eingaben verliert.</translation>
    </message>
    <message>
        <source>, then the server closed the connection</source>
        <translation>, danach hat der Server die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>; QUIT&apos;s reply came before the others&apos;</source>
        <translation>; die Antwort auf QUIT kam vor den anderen</translation>
    </message>
    <message>
        <source>pipelined MAIL/RCPT/RSET/QUIT: %1 of 4 replies%2</source>
        <translation>MAIL/RCPT/RSET/QUIT per Pipelining: %1 von 4 Antworten%2</translation>
    </message>
    <message>
        <source>, connection closed early</source>
        <translation>, Verbindung vorzeitig geschlossen</translation>
    </message>
    <message>
        <source>sends real mail, so only on request (--send-to ADDRESS)</source>
        <translation>sendet eine echte E-Mail, daher nur auf Wunsch (--send-to ADRESSE)</translation>
    </message>
    <message>
        <source>needs a working login: %1</source>
        <translation>braucht eine funktionierende Anmeldung: %1</translation>
    </message>
    <message>
        <source>ddd, dd MMM yyyy HH:mm:ss +0000</source>
        <translation>ddd, dd MMM yyyy HH:mm:ss +0000</translation>
    </message>
    <message>
        <source>The server loses pipelined commands while accepting a message</source>
        <translation>Der Server verliert Befehle per Pipelining, während er eine Nachricht annimmt</translation>
    </message>
    <message>
        <source>While sending the test message as RFC 2920 allows, %1 repl(ies) never came.</source>
        <translation>Beim Senden der Testnachricht, wie RFC 2920 es erlaubt, kamen %1 Antwort(en) nie an.</translation>
    </message>
    <message>
        <source>the test message was not accepted: %1 (%2)</source>
        <translation>die Testnachricht wurde nicht angenommen: %1 (%2)</translation>
    </message>
    <message>
        <source>no reply</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>A test message was accepted</source>
        <translation>Eine Testnachricht wurde angenommen</translation>
    </message>
    <message>
        <source>The server accepted a message from %1 to %2%3. Its Message-ID is %4; quote it (and the queue id) when asking the admins to trace it.</source>
        <translation>Der Server hat eine Nachricht von %1 an %2%3 angenommen. Ihre Message-ID ist %4; nennen Sie sie (und die Queue-ID), wenn Sie die Administration bitten, sie zu verfolgen.</translation>
    </message>
    <message>
        <source> as queue id %1</source>
        <translation> mit der Queue-ID %1</translation>
    </message>
    <message>
        <source>accepted%1 in %2 ms</source>
        <translation>angenommen%1 in %2 ms</translation>
    </message>
</context>
<context>
    <name>SmtpSession</name>
    <message>
        <source>no reply</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>the server sent more than %1 replies nobody asked for</source>
        <translation>der Server hat mehr als %1 Antworten gesendet, nach denen niemand gefragt hat</translation>
    </message>
    <message>
        <source>connection not open</source>
        <translation>Verbindung nicht offen</translation>
    </message>
    <message>
        <source>the server is closing the connection: %1 %2 (it broke off its %3 reply for this)</source>
        <translation>der Server schließt die Verbindung: %1 %2 (dafür hat er seine Antwort %3 abgebrochen)</translation>
    </message>
    <message>
        <source>the server sent a reply nobody asked for: %1 %2</source>
        <translation>der Server hat eine Antwort gesendet, nach der niemand gefragt hat: %1 %2</translation>
    </message>
    <message>
        <source>the server sent %1 more replies nobody asked for</source>
        <translation>der Server hat %1 weitere Antworten gesendet, nach denen niemand gefragt hat</translation>
    </message>
</context>
<context>
    <name>SslErrors</name>
    <message>
        <source>The certificate has expired</source>
        <translation>Das Zertifikat ist abgelaufen</translation>
    </message>
    <message>
        <source>The issuer certificate could not be found</source>
        <translation>Das Zertifikat des Ausstellers wurde nicht gefunden</translation>
    </message>
    <message>
        <source>The certificate signature could not be decrypted</source>
        <translation>Die Signatur des Zertifikats ließ sich nicht entschlüsseln</translation>
    </message>
    <message>
        <source>The certificate is not yet valid</source>
        <translation>Das Zertifikat ist noch nicht gültig</translation>
    </message>
    <message>
        <source>The certificate&apos;s notBefore field contains an invalid time</source>
        <translation>Das Feld notBefore des Zertifikats enthält eine ungültige Zeit</translation>
    </message>
    <message>
        <source>The certificate&apos;s notAfter field contains an invalid time</source>
        <translation>Das Feld notAfter des Zertifikats enthält eine ungültige Zeit</translation>
    </message>
    <message>
        <source>The certificate is self-signed, and untrusted</source>
        <translation>Das Zertifikat ist selbstsigniert und nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>The root certificate of the certificate chain is self-signed, and untrusted</source>
        <translation>Das Wurzelzertifikat der Zertifikatskette ist selbstsigniert und nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>The issuer certificate of a locally looked up certificate could not be found</source>
        <translation>Das Ausstellerzertifikat eines lokal gefundenen Zertifikats wurde nicht gefunden</translation>
    </message>
    <message>
        <source>No certificates could be verified</source>
        <translation>Keines der Zertifikate ließ sich prüfen</translation>
    </message>
    <message>
        <source>One of the CA certificates is invalid</source>
        <translation>Eines der CA-Zertifikate ist ungültig</translation>
    </message>
    <message>
        <source>The root CA certificate is not trusted for this purpose</source>
        <translation>Dem Wurzelzertifikat der CA wird für diesen Zweck nicht vertraut</translation>
    </message>
    <message>
        <source>The root CA certificate is marked to reject the specified purpose</source>
        <translation>Das Wurzelzertifikat der CA ist so markiert, dass es diesen Zweck ablehnt</translation>
    </message>
    <message>
        <source>The host name did not match any of the valid hosts for this certificate</source>
        <translation>Der Servername passt zu keinem der Namen, für die dieses Zertifikat gilt</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>✓ passed</source>
        <translation>✓ bestanden</translation>
    </message>
    <message>
        <source>⚠ warning</source>
        <translation>⚠ Warnung</translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation>✗ fehlgeschlagen</translation>
    </message>
    <message>
        <source>– skipped</source>
        <translation>– übersprungen</translation>
    </message>
    <message>
        <source>✗ could not run</source>
        <translation>✗ konnte nicht laufen</translation>
    </message>
    <message>
        <source>Your provider / server admin</source>
        <translation>Ihr Anbieter / Server-Administrator</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>dem Server</translation>
    </message>
    <message>
        <source>The check of %1 could not be completed: %2</source>
        <translation>Die Prüfung von %1 konnte nicht abgeschlossen werden: %2</translation>
    </message>
    <message>
        <source>No problems found on %1.</source>
        <translation>Keine Probleme auf %1 gefunden.</translation>
    </message>
    <message>
        <source>1 problem found on %1.</source>
        <translation>1 Problem auf %1 gefunden.</translation>
    </message>
    <message>
        <source>%1 problems found on %2.</source>
        <translation>%1 Probleme auf %2 gefunden.</translation>
    </message>
    <message>
        <source>Server software: %1.</source>
        <translation>Serversoftware: %1.</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Guten Tag,</translation>
    </message>
    <message>
        <source>I checked the mail server %1 (port %2, %3) with Mailscope on %4 and found:</source>
        <translation>ich habe den Mailserver %1 (Port %2, %3) mit Mailscope geprüft (%4) und Folgendes gefunden:</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>- no problems on the server side.</source>
        <translation>- keine Probleme auf der Serverseite.</translation>
    </message>
    <message>
        <source>What could be changed on the server:</source>
        <translation>Was sich auf dem Server ändern ließe:</translation>
    </message>
    <message>
        <source>Note: this run recorded passwords in its saved JSON report. Attach the HTML or PDF report instead: those always mask them.</source>
        <translation>Hinweis: Dieser Durchlauf hat Passwörter in seinem gespeicherten JSON-Bericht aufgezeichnet. Hängen Sie stattdessen den HTML- oder PDF-Bericht an: Diese verbergen sie immer.</translation>
    </message>
    <message>
        <source>The full report with the protocol transcript is attached (passwords removed).</source>
        <translation>Der vollständige Bericht mit dem Protokollmitschnitt ist angehängt (Passwörter entfernt).</translation>
    </message>
    <message>
        <source>Thank you.</source>
        <translation>Vielen Dank.</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>SKIP</source>
        <translation>ÜBERSPRUNGEN</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>HINWEIS</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>Mailscope report for %1</source>
        <translation>Mailscope-Bericht für %1</translation>
    </message>
    <message>
        <source>Server: %1 (%2)  greeting: %3</source>
        <translation>Server: %1 (%2)  Begrüßung: %3</translation>
    </message>
    <message>
        <source>Could not complete: %1</source>
        <translation>Konnte nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
</context>
<context>
    <name>Thunderbird</name>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>Verbindungssicherheit</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Authentifizierungsmethode</translation>
    </message>
    <message>
        <source>Connections kept open to this server</source>
        <translation>Offen gehaltene Verbindungen zu diesem Server</translation>
    </message>
    <message>
        <source>Check for new messages every … minutes</source>
        <translation>Alle … Minuten auf neue Nachrichten prüfen</translation>
    </message>
    <message>
        <source>Minutes before an idle connection counts as stale</source>
        <translation>Minuten, nach denen eine Verbindung im Leerlauf als veraltet gilt</translation>
    </message>
    <message>
        <source>Seconds before giving up on a server that went silent</source>
        <translation>Sekunden, bis ein verstummter Server aufgegeben wird</translation>
    </message>
    <message>
        <source>TCP keepalives on IMAP connections</source>
        <translation>TCP-Keepalives auf IMAP-Verbindungen</translation>
    </message>
    <message>
        <source>Seconds idle before TCP keepalives start</source>
        <translation>Sekunden Leerlauf, bevor TCP-Keepalives beginnen</translation>
    </message>
    <message>
        <source>0 (no encryption)</source>
        <translation>0 (keine Verschlüsselung)</translation>
    </message>
    <message>
        <source>1 (STARTTLS if available: no longer offered)</source>
        <translation>1 (STARTTLS, wenn verfügbar: nicht mehr angeboten)</translation>
    </message>
    <message>
        <source>2 (STARTTLS)</source>
        <translation>2 (STARTTLS)</translation>
    </message>
    <message>
        <source>3 (SSL/TLS)</source>
        <translation>3 (SSL/TLS)</translation>
    </message>
    <message>
        <source>1 (no authentication)</source>
        <translation>1 (keine Authentifizierung)</translation>
    </message>
    <message>
        <source>2 (old-style LOGIN command)</source>
        <translation>2 (alter LOGIN-Befehl)</translation>
    </message>
    <message>
        <source>3 (normal password)</source>
        <translation>3 (Passwort, normal)</translation>
    </message>
    <message>
        <source>4 (encrypted password)</source>
        <translation>4 (verschlüsseltes Passwort)</translation>
    </message>
    <message>
        <source>5 (Kerberos / GSSAPI)</source>
        <translation>5 (Kerberos / GSSAPI)</translation>
    </message>
    <message>
        <source>6 (NTLM)</source>
        <translation>6 (NTLM)</translation>
    </message>
    <message>
        <source>7 (TLS certificate)</source>
        <translation>7 (TLS-Zertifikat)</translation>
    </message>
    <message>
        <source>8 (secure, an old setting)</source>
        <translation>8 (sicher, eine alte Einstellung)</translation>
    </message>
    <message>
        <source>9 (any method the server offers)</source>
        <translation>9 (jedes Verfahren, das der Server anbietet)</translation>
    </message>
    <message>
        <source>10 (OAuth2)</source>
        <translation>10 (OAuth2)</translation>
    </message>
    <message>
        <source>This profile has no %1 account.</source>
        <translation>Dieses Profil hat kein Konto (%1).</translation>
    </message>
    <message>
        <source>outgoing (SMTP)</source>
        <translation>Postausgangsserver (SMTP)</translation>
    </message>
    <message>
        <source>This profile has no %1 account for %2; it has: %3.</source>
        <translation>Dieses Profil hat kein Konto (%1) für %2; vorhanden sind: %3.</translation>
    </message>
    <message>
        <source>The account for %1 is %2 (%3%4, port %5).</source>
        <translation>Das Konto für %1 ist %2 (%3%4, Port %5).</translation>
    </message>
    <message>
        <source> Mailscope diagnosed port %1.</source>
        <translation> Mailscope hat Port %1 geprüft.</translation>
    </message>
    <message>
        <source>%1 (not set; the profile&apos;s default)</source>
        <translation>%1 (nicht gesetzt; Vorgabe des Profils)</translation>
    </message>
    <message>
        <source>%1 (not set; the default for its connection security)</source>
        <translation>%1 (nicht gesetzt; Vorgabe für die Verbindungssicherheit)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>%1 (not set; Thunderbird&apos;s default)</source>
        <translation>%1 (nicht gesetzt; Vorgabe von Thunderbird)</translation>
    </message>
    <message>
        <source>Mailscope reached the server with SSL/TLS on port %1.</source>
        <translation>Mailscope hat den Server mit SSL/TLS auf Port %1 erreicht.</translation>
    </message>
    <message>
        <source>Port %1 refused STARTTLS, so it cannot be encrypted: try SSL/TLS on port %2.</source>
        <translation>Port %1 hat STARTTLS abgelehnt und lässt sich daher nicht verschlüsseln: Versuchen Sie SSL/TLS auf Port %2.</translation>
    </message>
    <message>
        <source>The server supports STARTTLS without announcing it; choosing it makes Thunderbird encrypt instead of falling back.</source>
        <translation>Der Server unterstützt STARTTLS, ohne es anzukündigen; wenn Sie es wählen, verschlüsselt Thunderbird, statt auf eine unverschlüsselte Verbindung auszuweichen.</translation>
    </message>
    <message>
        <source>Mailscope reached the server with STARTTLS on port %1.</source>
        <translation>Mailscope hat den Server mit STARTTLS auf Port %1 erreicht.</translation>
    </message>
    <message>
        <source> Never &quot;no encryption&quot;: the server accepts passwords before encryption.</source>
        <translation> Nie „keine Verschlüsselung“: Der Server nimmt Passwörter schon vor der Verschlüsselung an.</translation>
    </message>
    <message>
        <source>Mailscope signed in with the normal password.</source>
        <translation>Mailscope hat sich mit dem normalen Passwort angemeldet.</translation>
    </message>
    <message>
        <source>The server offers OAuth2 and did not accept a password login.</source>
        <translation>Der Server bietet OAuth2 an und hat eine Anmeldung mit Passwort nicht angenommen.</translation>
    </message>
    <message>
        <source>Mailscope did not sign in, so it has no recommendation.</source>
        <translation>Mailscope hat sich nicht angemeldet und gibt daher keine Empfehlung.</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine gewöhnliche Datei</translation>
    </message>
</context>
<context>
    <name>TimelineData</name>
    <message>
        <source>The server drops idle connections after about %1</source>
        <translation>Der Server trennt Verbindungen im Leerlauf nach etwa %1</translation>
    </message>
    <message>
        <source> (measured between %1 and %2 s)</source>
        <translation> (gemessen zwischen %1 und %2 s)</translation>
    </message>
    <message>
        <source>A connection with TCP keepalives stayed open past it: something on the way counts packets.</source>
        <translation>Eine Verbindung mit TCP-Keepalives blieb darüber hinaus offen: Etwas auf dem Weg zählt Pakete.</translation>
    </message>
    <message>
        <source>TCP keepalives did not keep a connection open past it: it is the server&apos;s own timer.</source>
        <translation>TCP-Keepalives hielten keine Verbindung darüber hinaus offen: Es ist der eigene Timer des Servers.</translation>
    </message>
    <message>
        <source> (+%1 pipelined)</source>
        <translation> (+%1 per Pipelining)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>waited %1 for a reply</source>
        <translation>%1 auf eine Antwort gewartet</translation>
    </message>
    <message>
        <source>idle %1</source>
        <translation>Leerlauf %1</translation>
    </message>
    <message>
        <source> (keepalives did not help)</source>
        <translation> (Keepalives halfen nicht)</translation>
    </message>
    <message>
        <source>kept alive so far</source>
        <translation>bisher durch Keepalives offen gehalten</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>noch offen</translation>
    </message>
    <message>
        <source>kept alive, then logged out</source>
        <translation>durch Keepalives offen gehalten, dann abgemeldet</translation>
    </message>
    <message>
        <source>logged out</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <source>kept alive until Mailscope closed it</source>
        <translation>durch Keepalives offen gehalten, bis Mailscope sie schloss</translation>
    </message>
    <message>
        <source>closed by Mailscope</source>
        <translation>von Mailscope geschlossen</translation>
    </message>
    <message>
        <source>the server said goodbye (BYE)</source>
        <translation>der Server hat sich verabschiedet (BYE)</translation>
    </message>
    <message>
        <source>closed by the server</source>
        <translation>vom Server geschlossen</translation>
    </message>
    <message>
        <source>reset by the server</source>
        <translation>vom Server zurückgesetzt</translation>
    </message>
    <message>
        <source>no answer: silent</source>
        <translation>keine Antwort: Stille</translation>
    </message>
    <message>
        <source>ended by a protocol error</source>
        <translation>durch einen Protokollfehler beendet</translation>
    </message>
    <message>
        <source>in use %1</source>
        <translation>in Benutzung %1</translation>
    </message>
    <message>
        <source> so far</source>
        <translation> bisher</translation>
    </message>
    <message>
        <source>in use %1 in all, with %2 idle pauses (the longest %3)</source>
        <translation>insgesamt %1 in Benutzung, mit %2 Leerlaufpausen (die längste: %3)</translation>
    </message>
    <message>
        <source>Connection %1 (TCP keepalives, no commands): </source>
        <translation>Verbindung %1 (TCP-Keepalives, keine Befehle): </translation>
    </message>
    <message>
        <source>Connection %1: </source>
        <translation>Verbindung %1: </translation>
    </message>
    <message>
        <source>, then %1.</source>
        <translation>, dann %1.</translation>
    </message>
</context>
<context>
    <name>TlsInspect</name>
    <message>
        <source>no connection</source>
        <translation>keine Verbindung</translation>
    </message>
    <message>
        <source>no IMAP greeting: %1</source>
        <translation>keine IMAP-Begrüßung: %1</translation>
    </message>
    <message>
        <source>the server refused STARTTLS: %1</source>
        <translation>der Server hat STARTTLS abgelehnt: %1</translation>
    </message>
    <message>
        <source>no SMTP greeting: %1</source>
        <translation>keine SMTP-Begrüßung: %1</translation>
    </message>
    <message>
        <source>EHLO refused: %1</source>
        <translation>EHLO abgelehnt: %1</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tagen</translation>
    </message>
    <message>
        <source>Thunderbird (since version 78, 2020), mail programs that use the system&apos;s OpenSSL or GnuTLS on Debian 10, Ubuntu 20.04 and later (Evolution, mutt, fetchmail, Claws Mail) and Mailscope itself</source>
        <translation>Thunderbird (seit Version 78, 2020), E-Mail-Programme, die OpenSSL oder GnuTLS des Systems auf Debian 10, Ubuntu 20.04 und neuer verwenden (Evolution, mutt, fetchmail, Claws Mail) und Mailscope selbst</translation>
    </message>
    <message>
        <source>The certificate expired on %1 (%2 ago). Every mail program warns or refuses until the provider installs a new one.</source>
        <translation>Das Zertifikat ist am %1 abgelaufen (vor %2). Jedes E-Mail-Programm warnt oder verweigert die Verbindung, bis der Anbieter ein neues einrichtet.</translation>
    </message>
    <message>
        <source>The certificate expires on %1, in %2. After that every mail program warns or refuses; the provider should renew it now.</source>
        <translation>Das Zertifikat läuft am %1 ab, in %2. Danach warnt jedes E-Mail-Programm oder verweigert die Verbindung; der Anbieter sollte es jetzt erneuern.</translation>
    </message>
    <message>
        <source>The certificate is not valid before %1. Either it was installed too early or this computer&apos;s clock is wrong (check the date first).</source>
        <translation>Das Zertifikat ist erst ab %1 gültig. Entweder wurde es zu früh eingerichtet, oder die Uhr dieses Computers geht falsch (prüfen Sie zuerst das Datum).</translation>
    </message>
    <message>
        <source>The certificate is made for %1, not for %2. Mail programs warn because anybody could present a certificate for some other name. Use a server name the certificate covers, or ask the provider for a certificate that includes %2.</source>
        <translation>Das Zertifikat ist für %1 ausgestellt, nicht für %2. E-Mail-Programme warnen, weil jeder ein Zertifikat für einen anderen Namen vorlegen könnte. Verwenden Sie einen Servernamen, den das Zertifikat abdeckt, oder bitten Sie den Anbieter um ein Zertifikat, das %2 enthält.</translation>
    </message>
    <message>
        <source>no name at all</source>
        <translation>überhaupt keinen Namen</translation>
    </message>
    <message>
        <source>The certificate is self-signed: the server vouches for itself and no certificate authority checked it. Mail programs warn every time; accept it only after comparing the fingerprint with the provider&apos;s.</source>
        <translation>Das Zertifikat ist selbstsigniert: der Server bürgt für sich selbst, und keine Zertifizierungsstelle hat es geprüft. E-Mail-Programme warnen jedes Mal; akzeptieren Sie es erst, nachdem Sie den Fingerabdruck mit dem des Anbieters verglichen haben.</translation>
    </message>
    <message>
        <source>The certificate comes from an authority this computer does not trust (a private or company CA). Install that CA&apos;s certificate, or give it to Mailscope with --ca-file.</source>
        <translation>Das Zertifikat stammt von einer Zertifizierungsstelle, der dieser Computer nicht vertraut (eine private oder firmeneigene CA). Installieren Sie das Zertifikat dieser CA oder geben Sie es Mailscope mit --ca-file.</translation>
    </message>
    <message>
        <source>The server sends its own certificate but not the intermediate certificate(s) that link it to a trusted authority. Programs that happen to have the intermediate cached (browsers, some Thunderbird installs) work; others (most phones, Outlook on a fresh PC, OpenSSL-based programs) fail. The provider must install the full chain.</source>
        <translation>Der Server sendet sein eigenes Zertifikat, aber nicht das oder die Zwischenzertifikate, die es mit einer vertrauenswürdigen Stelle verbinden. Programme, die das Zwischenzertifikat zufällig zwischengespeichert haben (Browser, manche Thunderbird-Installationen), funktionieren; andere (die meisten Telefone, Outlook auf einem neuen PC, Programme auf OpenSSL-Basis) scheitern. Der Anbieter muss die vollständige Kette einrichten.</translation>
    </message>
    <message>
        <source>The certificate%1 is signed with %2, which has been broken for years. Current systems (OpenSSL 3 on Debian and Ubuntu, Apple, Microsoft) refuse it; the provider must get a new certificate.</source>
        <translation>Das Zertifikat%1 ist mit %2 signiert, das seit Jahren gebrochen ist. Aktuelle Systeme (OpenSSL 3 unter Debian und Ubuntu, Apple, Microsoft) lehnen es ab; der Anbieter braucht ein neues Zertifikat.</translation>
    </message>
    <message>
        <source>The certificate%1 has an RSA key of only %2 bits; 2048 is the minimum accepted today (OpenSSL 3 on Debian and Ubuntu refuses it). The provider must get a new certificate with a longer key.</source>
        <translation>Das Zertifikat%1 hat einen RSA-Schlüssel von nur %2 Bit; 2048 ist heute das akzeptierte Minimum (OpenSSL 3 unter Debian und Ubuntu lehnt es ab). Der Anbieter braucht ein neues Zertifikat mit einem längeren Schlüssel.</translation>
    </message>
    <message>
        <source>The certificate could not be verified: %1.</source>
        <translation>Das Zertifikat ließ sich nicht prüfen: %1.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired</source>
        <translation>Das Zertifikat des Servers ist abgelaufen</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expires soon</source>
        <translation>Das Zertifikat des Servers läuft bald ab</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet</source>
        <translation>Das Zertifikat des Servers ist noch nicht gültig</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is made for another name</source>
        <translation>Das Zertifikat des Servers ist für einen anderen Namen ausgestellt</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed</source>
        <translation>Das Zertifikat des Servers ist selbstsigniert</translation>
    </message>
    <message>
        <source>The server&apos;s certificate comes from an unknown authority</source>
        <translation>Das Zertifikat des Servers stammt von einer unbekannten Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>The server&apos;s certificate chain is incomplete</source>
        <translation>Die Zertifikatskette des Servers ist unvollständig</translation>
    </message>
    <message>
        <source>The server&apos;s certificate uses cryptography refused today</source>
        <translation>Das Zertifikat des Servers verwendet heute abgelehnte Kryptografie</translation>
    </message>
    <message>
        <source>The server&apos;s certificate cannot be verified</source>
        <translation>Das Zertifikat des Servers lässt sich nicht prüfen</translation>
    </message>
    <message>
        <source>On %1 port %2: %3</source>
        <translation>Auf %1 Port %2: %3</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1 Port %2</translation>
    </message>
    <message>
        <source>The server does not send its full certificate chain</source>
        <translation>Der Server sendet nicht seine vollständige Zertifikatskette</translation>
    </message>
    <message>
        <source> Mailscope&apos;s own connection with today&apos;s settings was refused for it.</source>
        <translation> Mailscopes eigene Verbindung mit heutigen Einstellungen wurde deshalb abgelehnt.</translation>
    </message>
    <message>
        <source>%1 accepts no TLS version at all</source>
        <translation>%1 nimmt überhaupt keine TLS-Version an</translation>
    </message>
    <message>
        <source>%1 accepts %2</source>
        <translation>%1 nimmt %2 an</translation>
    </message>
    <message>
        <source>Mailscope tried one handshake per TLS version (1.0 to 1.3). A current mail program uses the newest one both sides accept%1.</source>
        <translation>Mailscope hat einen Handshake je TLS-Version versucht (1.0 bis 1.3). Ein aktuelles E-Mail-Programm verwendet die neueste, die beide Seiten annehmen%1.</translation>
    </message>
    <message>
        <source>: here %1 with %2</source>
        <translation>: hier %1 mit %2</translation>
    </message>
    <message>
        <source>The server only speaks %1, which current mail programs refuse</source>
        <translation>Der Server spricht nur %1, das aktuelle E-Mail-Programme ablehnen</translation>
    </message>
    <message>
        <source>%1 offers nothing newer than %2. %3 refuse it (RFC 8996 retired TLS 1.0 and 1.1 in 2021), so they cannot connect at all (or, set to a lower minimum, would expose the password to attacks on the old version). The provider must enable TLS 1.2 and 1.3 (for Dovecot: ssl_min_protocol = TLSv1.2; Postfix: smtpd_tls_protocols = &gt;=TLSv1.2; Exchange: enable TLS 1.2 in Windows&apos; Schannel) and renew anything that cannot. Mailscope never sends a password over it unless you allow it (--allow-old-tls).</source>
        <translation>%1 bietet nichts Neueres als %2. %3 lehnen es ab (RFC 8996 hat TLS 1.0 und 1.1 im Jahr 2021 außer Dienst gestellt), daher können sie sich gar nicht verbinden (oder würden, mit niedrigerem Minimum, das Passwort Angriffen auf die alte Version aussetzen). Der Anbieter muss TLS 1.2 und 1.3 einschalten (Dovecot: ssl_min_protocol = TLSv1.2; Postfix: smtpd_tls_protocols = &gt;=TLSv1.2; Exchange: TLS 1.2 in Schannel von Windows einschalten) und erneuern, was das nicht kann. Mailscope sendet darüber nie ein Passwort, außer Sie erlauben es (--allow-old-tls).</translation>
    </message>
    <message>
        <source>Encryption cannot be set up with %1</source>
        <translation>Die Verschlüsselung lässt sich mit %1 nicht aufbauen</translation>
    </message>
    <message>
        <source>A connection with the settings current mail programs use failed: %1.</source>
        <translation>Eine Verbindung mit den Einstellungen aktueller E-Mail-Programme ist gescheitert: %1.</translation>
    </message>
    <message>
        <source>it expired on %1</source>
        <translation>es ist am %1 abgelaufen</translation>
    </message>
    <message>
        <source>it expires on %1</source>
        <translation>es läuft am %1 ab</translation>
    </message>
    <message>
        <source>it is not valid before %1</source>
        <translation>es gilt erst ab %1</translation>
    </message>
    <message>
        <source>it is made for %1, not for %2</source>
        <translation>es ist für %1 ausgestellt, nicht für %2</translation>
    </message>
    <message>
        <source>it is self-signed (no authority vouches for it)</source>
        <translation>es ist selbst signiert (keine Zertifizierungsstelle bürgt dafür)</translation>
    </message>
    <message>
        <source>it comes from an authority this computer does not trust</source>
        <translation>es stammt von einer Zertifizierungsstelle, der dieser Computer nicht vertraut</translation>
    </message>
    <message>
        <source>the server does not send the intermediate certificate(s) it needs</source>
        <translation>der Server sendet die nötigen Zwischenzertifikate nicht mit</translation>
    </message>
    <message>
        <source>it is signed with %1, refused today</source>
        <translation>es ist mit %1 signiert, das heute abgelehnt wird</translation>
    </message>
    <message>
        <source>its RSA key has only %1 bits, refused today</source>
        <translation>sein RSA-Schlüssel hat nur %1 Bit, was heute abgelehnt wird</translation>
    </message>
    <message>
        <source>On %1: %2</source>
        <translation>Auf %1: %2</translation>
    </message>
    <message>
        <source>On %1: %2%3</source>
        <translation>Auf %1: %2%3</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>[%1 bytes not stored: transcript size limit reached]</source>
        <translation>[%1 Bytes nicht gespeichert: Größengrenze des Mitschnitts erreicht]</translation>
    </message>
    <message>
        <source>transcript size limit of %1 MiB reached: further data is counted, not stored</source>
        <translation>Größengrenze des Mitschnitts von %1 MiB erreicht: weitere Daten werden gezählt, nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Language of the text output: en or de (default: MAILSCOPE_LANG, else the system&apos;s). JSON stays English.</source>
        <translation>Sprache der Textausgabe: en oder de (Vorgabe: MAILSCOPE_LANG, sonst die des Systems). JSON bleibt Englisch.</translation>
    </message>
    <message>
        <source>mailscope-cli: %1</source>
        <translation>mailscope-cli: %1</translation>
    </message>
    <message>
        <source>Try &apos;mailscope-cli --help&apos;.</source>
        <translation>Hilfe mit „mailscope-cli --help“.</translation>
    </message>
    <message>
        <source>Read the password from environment variable VAR.</source>
        <translation>Das Passwort aus der Umgebungsvariablen VAR lesen.</translation>
    </message>
    <message>
        <source>Read the password from the first line of FILE.</source>
        <translation>Das Passwort aus der ersten Zeile von FILE lesen.</translation>
    </message>
    <message>
        <source>Ask for the password on the terminal.</source>
        <translation>Am Terminal nach dem Passwort fragen.</translation>
    </message>
    <message>
        <source>Comma-separated checks to run (default: all quick read-only ones).</source>
        <translation>Kommagetrennte Liste der Prüfungen (Vorgabe: alle schnellen, nur lesenden).</translation>
    </message>
    <message>
        <source>Longest idle time to probe, in seconds (default 1860).</source>
        <translation>Längste zu prüfende Leerlaufzeit in Sekunden (Vorgabe 1860).</translation>
    </message>
    <message>
        <source>Give up waiting for a reply after this many seconds (default 10).</source>
        <translation>Nach so vielen Sekunden nicht mehr auf eine Antwort warten (Vorgabe 10).</translation>
    </message>
    <message>
        <source>Connection and TLS handshake timeout in seconds (default 15).</source>
        <translation>Zeitlimit für Verbindung und TLS-Handshake in Sekunden (Vorgabe 15).</translation>
    </message>
    <message>
        <source>Longest time one command may take, however much the server sends meanwhile (default 120).</source>
        <translation>Längste Zeit, die ein Befehl dauern darf, egal wie viel der Server dabei sendet (Vorgabe 120).</translation>
    </message>
    <message>
        <source>Most transcript data stored per run, in MiB; the rest is counted (default 128).</source>
        <translation>Höchstens so viele Mitschnittdaten je Lauf speichern, in MiB; der Rest wird gezählt (Vorgabe 128).</translation>
    </message>
    <message>
        <source>ghosts: name each unreadable message&apos;s From, Subject and Date in the report (left out by default: reports go to the provider).</source>
        <translation>ghosts: From, Subject und Date jeder unlesbaren Nachricht im Bericht nennen (standardmäßig weggelassen: Berichte gehen an den Anbieter).</translation>
    </message>
    <message>
        <source>Continue despite certificate problems if the server&apos;s certificate has this SHA-256 fingerprint (for the URL&apos;s host and port only).</source>
        <translation>Trotz Problemen mit dem Zertifikat weitermachen, wenn das Zertifikat des Servers diesen SHA-256-Fingerabdruck hat (nur für Host und Port der URL).</translation>
    </message>
    <message>
        <source>Continue despite any certificate problem.</source>
        <translation>Trotz jedes Problems mit dem Zertifikat weitermachen.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <source>Login method: login, plain, auth-login, xoauth2 or oauthbearer (default: automatic).</source>
        <translation>Anmeldeverfahren: login, plain, auth-login, xoauth2 oder oauthbearer (Vorgabe: automatisch).</translation>
    </message>
    <message>
        <source>Allow sending the password over an unencrypted connection.</source>
        <translation>Das Senden des Passworts über eine unverschlüsselte Verbindung erlauben.</translation>
    </message>
    <message>
        <source>Do not redact passwords and SASL data in transcripts and reports.</source>
        <translation>Passwörter und SASL-Daten in Mitschnitten und Berichten nicht schwärzen.</translation>
    </message>
    <message>
        <source>Write the mailscope.report/1 JSON to FILE (&apos;-&apos; for standard output).</source>
        <translation>Das JSON mailscope.report/1 nach FILE schreiben („-“ für die Standardausgabe).</translation>
    </message>
    <message>
        <source>Print the full transcript after the summary.</source>
        <translation>Nach der Zusammenfassung den vollständigen Mitschnitt ausgeben.</translation>
    </message>
    <message>
        <source>Print nothing but errors; use the exit status and --json.</source>
        <translation>Nur Fehler ausgeben; verwenden Sie den Exit-Status und --json.</translation>
    </message>
    <message>
        <source>Diagnose the built-in SMTP demo server (seed 004: it loses pipelined replies).</source>
        <translation>Den eingebauten SMTP-Demo-Server prüfen (Seed 004: er verliert Antworten bei Pipelining).</translation>
    </message>
    <message>
        <source>Diagnose the built-in demo server (the default when no URL is given).</source>
        <translation>Den eingebauten Demo-Server prüfen (Vorgabe, wenn keine URL angegeben ist).</translation>
    </message>
    <message>
        <source>demo-server: listen on this address instead of 127.0.0.1.</source>
        <translation>demo-server: auf dieser Adresse statt 127.0.0.1 lauschen.</translation>
    </message>
    <message>
        <source>demo-server: idle cutoff in seconds (0: none; default 20 as in seed 000).</source>
        <translation>demo-server: Leerlauf-Grenze in Sekunden (0: keine; Vorgabe 20 wie in Seed 000).</translation>
    </message>
    <message>
        <source>SMTP: send a real test message to ADDRESS (check &apos;send&apos;).</source>
        <translation>SMTP: eine echte Testnachricht an ADDRESS senden (Prüfung „send“).</translation>
    </message>
    <message>
        <source>SMTP: envelope sender for pipelining and test messages (default: the user if it is an address, else &lt;&gt;).</source>
        <translation>SMTP: Absender im Umschlag für Pipelining und Testnachrichten (Vorgabe: der Benutzer, wenn er eine Adresse ist, sonst &lt;&gt;).</translation>
    </message>
    <message>
        <source>Limit mailbox checks (ghosts) and repair to this mailbox.</source>
        <translation>Postfachprüfungen (ghosts) und Reparatur auf dieses Postfach beschränken.</translation>
    </message>
    <message>
        <source>repair: the UID of the one message to remove.</source>
        <translation>repair: die UID der einen zu entfernenden Nachricht.</translation>
    </message>
    <message>
        <source>repair: carry out the shown plan (without it, only the plan is shown).</source>
        <translation>repair: den gezeigten Plan ausführen (ohne dies wird nur der Plan gezeigt).</translation>
    </message>
    <message>
        <source>Accept TLS 1.0/1.1 and weak certificates on the main connection and log in over them (never done otherwise).</source>
        <translation>TLS 1.0/1.1 und schwache Zertifikate auf der Hauptverbindung annehmen und sich darüber anmelden (sonst nie).</translation>
    </message>
    <message>
        <source>discover: send every HTTP lookup to URL/&lt;host&gt;/&lt;path&gt; instead (tests, closed networks).</source>
        <translation>discover: jede HTTP-Abfrage stattdessen an URL/&lt;host&gt;/&lt;pfad&gt; senden (Tests, geschlossene Netze).</translation>
    </message>
    <message>
        <source>discover: ask this DNS server (an IP address) for SRV, MX and the servers&apos; addresses.</source>
        <translation>discover: diesen DNS-Server (eine IP-Adresse) nach SRV, MX und den Adressen der Server fragen.</translation>
    </message>
    <message>
        <source>discover: a port that has not answered after this many seconds is filtered (default 3).</source>
        <translation>discover: ein Port, der nach so vielen Sekunden nicht geantwortet hat, gilt als gefiltert (Vorgabe 3).</translation>
    </message>
    <message>
        <source>discover: only ask the sources; connect to nothing.</source>
        <translation>discover: nur die Quellen fragen; keine Verbindungen aufbauen.</translation>
    </message>
    <message>
        <source>too many arguments: %1</source>
        <translation>zu viele Argumente: %1</translation>
    </message>
    <message>
        <source>missing server URL</source>
        <translation>Server-URL fehlt</translation>
    </message>
    <message>
        <source>give either a URL or --demo, not both</source>
        <translation>geben Sie entweder eine URL oder --demo an, nicht beides</translation>
    </message>
    <message>
        <source>use only one of --password-env, --password-file, --ask-password</source>
        <translation>verwenden Sie nur eines von --password-env, --password-file, --ask-password</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>no PEM certificate found in %1</source>
        <translation>keine PEM-Zertifikate in %1 gefunden</translation>
    </message>
    <message>
        <source>could not start the demo server on 127.0.0.1</source>
        <translation>der Demo-Server ließ sich auf 127.0.0.1 nicht starten</translation>
    </message>
    <message>
        <source>demo: built-in %1 demo server on 127.0.0.1:%2; its self-signed certificate %3 is accepted for the demo</source>
        <translation>Demo: eingebauter %1-Demo-Server auf 127.0.0.1:%2; sein selbstsigniertes Zertifikat %3 wird für die Demo akzeptiert</translation>
    </message>
    <message>
        <source>Diagnosing the built-in %1 demo server (127.0.0.1:%2), which misbehaves on purpose.</source>
        <translation>Prüfe den eingebauten %1-Demo-Server (127.0.0.1:%2), der sich absichtlich falsch verhält.</translation>
    </message>
    <message>
        <source>mailscope-cli: cannot write %1: %2</source>
        <translation>mailscope-cli: %1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>discover takes one e-mail address</source>
        <translation>discover braucht genau eine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>the server, e.g. imaps://fred@mail.example.net</source>
        <translation>der Server, z. B. imaps://fred@mail.example.net</translation>
    </message>
    <message>
        <source>mailscope-cli %1</source>
        <translation>mailscope-cli %1</translation>
    </message>
    <message>
        <source>TLS is not available (Qt found no OpenSSL backend)</source>
        <translation>TLS ist nicht verfügbar (Qt hat kein OpenSSL-Backend gefunden)</translation>
    </message>
    <message>
        <source>missing command: diagnose, session or demo-server</source>
        <translation>Befehl fehlt: diagnose, session oder demo-server</translation>
    </message>
    <message>
        <source>repair works on IMAP mailboxes only</source>
        <translation>repair funktioniert nur mit IMAP-Postfächern</translation>
    </message>
    <message>
        <source>repair needs --mailbox NAME</source>
        <translation>repair braucht --mailbox NAME</translation>
    </message>
    <message>
        <source>repair needs --expunge-uid with a UID from 1 to 4294967295</source>
        <translation>repair braucht --expunge-uid mit einer UID von 1 bis 4294967295</translation>
    </message>
    <message>
        <source>forget takes the account&apos;s URL</source>
        <translation>forget braucht die URL des Kontos</translation>
    </message>
    <message>
        <source>replay takes one report file</source>
        <translation>replay braucht genau eine Berichtsdatei</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>fake-server takes one script file</source>
        <translation>fake-server braucht genau eine Skriptdatei</translation>
    </message>
    <message>
        <source>could not listen on 127.0.0.1</source>
        <translation>konnte nicht auf 127.0.0.1 lauschen</translation>
    </message>
    <message>
        <source>Fault server for %1 on 127.0.0.1:%2 (demo certificate SHA-256 %3). Ctrl-C stops it.</source>
        <translation>Fault-Server für %1 auf 127.0.0.1:%2 (Demo-Zertifikat SHA-256 %3). Strg-C beendet ihn.</translation>
    </message>
    <message>
        <source>script mismatch: %1</source>
        <translation>Skript stimmt nicht überein: %1</translation>
    </message>
    <message>
        <source>Demo IMAP server on imap://%1@%5:%2 (password: %3, certificate SHA-256 %4, made for this run). Ctrl-C stops it.</source>
        <translation>Demo-IMAP-Server auf imap://%1@%5:%2 (Passwort: %3, Zertifikat SHA-256 %4, für diesen Lauf erstellt). Strg-C beendet ihn.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>the password is longer than %1 bytes; Mailscope does not cut it short</source>
        <translation>das Passwort ist länger als %1 Bytes; Mailscope kürzt es nicht</translation>
    </message>
    <message>
        <source>environment variable %1 is not set</source>
        <translation>Umgebungsvariable %1 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>cannot read password file %1: %2</source>
        <translation>Passwortdatei %1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>no password entered</source>
        <translation>kein Passwort eingegeben</translation>
    </message>
    <message>
        <source>Sign in with microsoft, google or the provider described in FILE (OAuth2 in the browser) instead of a password.</source>
        <translation>Statt mit Passwort mit microsoft, google oder dem in FILE beschriebenen Anbieter anmelden (OAuth2 im Browser).</translation>
    </message>
    <message>
        <source>Log in with the OAuth2 bearer token in environment variable VAR (obtained elsewhere; not refreshed).</source>
        <translation>Mit dem OAuth2-Bearer-Token aus der Umgebungsvariablen VAR anmelden (anderswo beschafft; wird nicht erneuert).</translation>
    </message>
    <message>
        <source>The client id your organisation registered for Mailscope.</source>
        <translation>Die Client-ID, die Ihre Organisation für Mailscope registriert hat.</translation>
    </message>
    <message>
        <source>Microsoft: the directory (tenant) id or domain (default: organizations).</source>
        <translation>Microsoft: die Verzeichnis-ID (Tenant) oder Domain (Vorgabe: organizations).</translation>
    </message>
    <message>
        <source>Seconds to wait for the browser sign-in (default 300).</source>
        <translation>So viele Sekunden auf die Anmeldung im Browser warten (Vorgabe 300).</translation>
    </message>
    <message>
        <source>Keep the password or sign-in in the OS keychain, and use what is kept there (never in a file).</source>
        <translation>Passwort oder Anmeldung im Schlüsselbund des Systems behalten und das dort Gespeicherte verwenden (nie in einer Datei).</translation>
    </message>
    <message>
        <source>use either --oauth2 or --oauth2-token-env, not both</source>
        <translation>verwenden Sie entweder --oauth2 oder --oauth2-token-env, nicht beides</translation>
    </message>
    <message>
        <source>give either a password or a sign-in (--oauth2), not both</source>
        <translation>geben Sie entweder ein Passwort oder eine Anmeldung (--oauth2) an, nicht beides</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; signs in at %2 and gets its tokens from %3.</source>
        <translation>Das Profil „%1“ meldet sich bei %2 an und bekommt seine Tokens von %3.</translation>
    </message>
    <message>
        <source>Signed in with %1 for %2 (kept in %3).</source>
        <translation>Angemeldet über %1 für %2 (gespeichert in %3).</translation>
    </message>
    <message>
        <source>The kept sign-in no longer works (%1); signing in again.</source>
        <translation>Die gespeicherte Anmeldung funktioniert nicht mehr (%1); melde erneut an.</translation>
    </message>
    <message>
        <source>Sign in with %1 in the browser that just opened (waiting up to %2 s). If none opened, visit:
  %3</source>
        <translation>Melden Sie sich im soeben geöffneten Browser bei %1 an (warte bis zu %2 s). Falls sich keiner geöffnet hat, besuchen Sie:
  %3</translation>
    </message>
    <message>
        <source>Open this address in a browser on this computer to sign in with %1 (waiting up to %2 s):
  %3</source>
        <translation>Öffnen Sie diese Adresse in einem Browser auf diesem Computer, um sich bei %1 anzumelden (warte bis zu %2 s):
  %3</translation>
    </message>
    <message>
        <source>sign-in with %1 failed: %2</source>
        <translation>Anmeldung bei %1 gescheitert: %2</translation>
    </message>
    <message>
        <source>Signed in with %1 for %2.</source>
        <translation>Angemeldet über %1 für %2.</translation>
    </message>
    <message>
        <source>The sign-in is kept in %1.</source>
        <translation>Die Anmeldung ist gespeichert in %1.</translation>
    </message>
    <message>
        <source>mailscope-cli: could not keep the sign-in: %1</source>
        <translation>mailscope-cli: die Anmeldung ließ sich nicht speichern: %1</translation>
    </message>
    <message>
        <source>The password is kept in %1.</source>
        <translation>Das Passwort ist gespeichert in %1.</translation>
    </message>
    <message>
        <source>mailscope-cli: could not keep the password: %1</source>
        <translation>mailscope-cli: das Passwort ließ sich nicht speichern: %1</translation>
    </message>
    <message>
        <source>Nothing is kept for %1 any more.</source>
        <translation>Für %1 ist nichts mehr gespeichert.</translation>
    </message>
    <message>
        <source>Most connections open at once (default 8; the idle check uses up to 8).</source>
        <translation>Höchstens so viele Verbindungen gleichzeitig (Standard 8; die Leerlaufprüfung nutzt bis zu 8).</translation>
    </message>
    <message>
        <source>demo-server: how idle sessions end: seed (default: reset, silent after UID FETCH), bye, fin, rst (by itself), rst-command (reset on the next command) or silent (no answer to the next command).</source>
        <translation>demo-server: wie Sitzungen im Leerlauf enden: seed (Standard: Reset, nach UID FETCH stumm), bye, fin, rst (von selbst), rst-command (Reset beim nächsten Befehl) oder silent (keine Antwort auf den nächsten Befehl).</translation>
    </message>
    <message>
        <source>Write the report as one self-contained HTML page to FILE (secrets always masked).</source>
        <translation>Den Bericht als eine in sich geschlossene HTML-Seite in DATEI schreiben (Geheimnisse immer verdeckt).</translation>
    </message>
    <message>
        <source>Write the report as a PDF to FILE, the transcript as an appendix (secrets always masked).</source>
        <translation>Den Bericht als PDF in DATEI schreiben, den Mitschnitt als Anhang (Geheimnisse immer verdeckt).</translation>
    </message>
    <message>
        <source>Write the recorded connections as a pcapng capture for Wireshark to FILE (decrypted plaintext, secrets always masked).</source>
        <translation>Die aufgezeichneten Verbindungen als pcapng-Mitschnitt für Wireshark in DATEI schreiben (entschlüsselter Klartext, Geheimnisse immer verdeckt).</translation>
    </message>
    <message>
        <source>Write a short Markdown summary for tickets to FILE (&apos;-&apos; for standard output).</source>
        <translation>Eine kurze Markdown-Zusammenfassung für Tickets in DATEI schreiben („-“ für die Standardausgabe).</translation>
    </message>
    <message>
        <source>mailscope-cli: cannot make %1: %2</source>
        <translation>mailscope-cli: %1 lässt sich nicht erstellen: %2</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Mitschnitt</translation>
    </message>
    <message>
        <source>--lookup-base takes an http:// or https:// URL</source>
        <translation>--lookup-base erwartet eine http://- oder https://-URL</translation>
    </message>
    <message>
        <source>--dns-server takes an IP address</source>
        <translation>--dns-server erwartet eine IP-Adresse</translation>
    </message>
    <message>
        <source>--port-timeout takes seconds from 1 to 60</source>
        <translation>--port-timeout erwartet Sekunden von 1 bis 60</translation>
    </message>
    <message>
        <source>--listen takes an IP address</source>
        <translation>--listen erwartet eine IP-Adresse</translation>
    </message>
    <message>
        <source>--idle-cutoff takes seconds from 0 to 86400</source>
        <translation>--idle-cutoff erwartet Sekunden von 0 bis 86400</translation>
    </message>
    <message>
        <source>--idle-end takes %1</source>
        <translation>--idle-end erwartet %1</translation>
    </message>
    <message>
        <source>discover: also connect to servers whose address is not on the public internet (this computer, private networks).</source>
        <translation>discover: auch mit Servern verbinden, deren Adresse nicht im öffentlichen Internet liegt (dieser Computer, private Netze).</translation>
    </message>
    <message>
        <source>--lang %1: not available; choose one of: %2</source>
        <translation>--lang %1: nicht verfügbar; wählen Sie eine davon: %2</translation>
    </message>
    <message>
        <source>one of the commands above</source>
        <translation>einer der Befehle oben</translation>
    </message>
    <message>
        <source>the kept sign-in with %1 could not be used: the provider could not be reached or failed for now (%2). The sign-in is still kept; try again later.</source>
        <translation>die gespeicherte Anmeldung über %1 war nicht nutzbar: der Anbieter war nicht erreichbar oder gerade gestört (%2). Die Anmeldung bleibt gespeichert; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 gave no refresh token, so the sign-in cannot be kept: the next run needs the browser again.</source>
        <translation>%1 hat kein Refresh-Token gegeben, daher lässt sich die Anmeldung nicht speichern: der nächste Lauf braucht wieder den Browser.</translation>
    </message>
    <message>
        <source>the password for %1</source>
        <translation>das Passwort für %1</translation>
    </message>
    <message>
        <source>mailscope-cli: cannot tell which sign-in --oauth2 %1 means (%2); removing the kept ones listed for %3.</source>
        <translation>mailscope-cli: unklar, welche Anmeldung --oauth2 %1 meint (%2); entferne die für %3 verzeichneten gespeicherten Anmeldungen.</translation>
    </message>
    <message>
        <source>Removed from %1: %2.</source>
        <translation>Aus %1 entfernt: %2.</translation>
    </message>
    <message>
        <source>mailscope-cli: could not remove %1</source>
        <translation>mailscope-cli: %1 konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>Nothing was kept for %1.</source>
        <translation>Für %1 war nichts gespeichert.</translation>
    </message>
    <message>
        <source>Commands:
  mailscope-cli diagnose [URL] [options]   run checks and report (no URL: built-in demo)
  mailscope-cli session URL [options]      manual console: type commands, see replies
  mailscope-cli discover ADDRESS [--json FILE] [--lookup-base URL] [--dns-server IP]
                                           find the servers as mail programs do, and check
                                           what they pick: ports, TLS versions, certificates
  mailscope-cli repair URL --mailbox NAME --expunge-uid UID [--uidvalidity N --yes]
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
        <translation>Befehle:
  mailscope-cli diagnose [URL] [Optionen]  prüfen und berichten (ohne URL: eingebaute Demo)
  mailscope-cli session URL [Optionen]     manuelle Konsole: Befehle eingeben, Antworten sehen
  mailscope-cli discover ADRESSE [--json DATEI] [--lookup-base URL] [--dns-server IP]
                                           die Server finden wie E-Mail-Programme, und prüfen,
                                           was sie wählen: Ports, TLS-Versionen, Zertifikate
  mailscope-cli repair URL --mailbox NAME --expunge-uid UID [--uidvalidity N --yes]
                                           genau eine (Geister-)Nachricht entfernen
  mailscope-cli forget URL [--oauth2 P]    entfernen, was der Schlüsselbund für das Konto speichert
  mailscope-cli demo-server                den eingebauten Demo-Server bis Strg-C laufen lassen
  mailscope-cli replay BERICHT.json        den Mitschnitt eines Berichts als Fault-Server-Skript ausgeben
  mailscope-cli fake-server SKRIPT         ein Fault-Server-Skript auf 127.0.0.1 bereitstellen

URL: imap://[benutzer@]host[:port] (143, STARTTLS wird versucht), imaps:// (993),
     smtp:// (25, STARTTLS wird versucht), submission:// (587), smtps:// (465)

Exit-Status: 0 ohne Warnungen oder Fehler gelaufen; 1 gelaufen, Warnungen oder Fehler gefunden;
             2 konnte nicht laufen (Aufruf, nicht erreichbar, TLS abgelehnt).
</translation>
    </message>
    <message>
        <source>repair: the mailbox&apos;s UIDVALIDITY from the ghosts finding or the plan (a removal needs it: a mailbox rebuilt since is refused).</source>
        <translation>repair: die UIDVALIDITY des Postfachs aus dem Befund ghosts oder dem Plan (ein Entfernen braucht sie: ein seither neu aufgebautes Postfach wird abgelehnt).</translation>
    </message>
    <message>
        <source>--uidvalidity takes the number from 1 to 4294967295 that the plan or the ghosts finding shows</source>
        <translation>--uidvalidity nimmt die Zahl von 1 bis 4294967295, die der Plan oder der Befund ghosts zeigt</translation>
    </message>
</context>
<context>
    <name>mailscope::CertificateDialog</name>
    <message>
        <source>Trust this certificate?</source>
        <translation>Diesem Zertifikat vertrauen?</translation>
    </message>
    <message>
        <source>Certificate decision</source>
        <translation>Entscheidung zum Zertifikat</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 presented a certificate that cannot be verified.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Problems: %2&lt;/p&gt;&lt;p&gt;Issued to &lt;b&gt;%3&lt;/b&gt; by &lt;b&gt;%4&lt;/b&gt;, valid until %5.&lt;/p&gt;&lt;p&gt;Trust it only if your provider or IT department confirms this SHA-256 fingerprint (compare all of it, for example read aloud on the phone):&lt;/p&gt;&lt;p&gt;&lt;tt&gt;%6&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Someone between you and the server could present a certificate of their own; the fingerprint is how you tell.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 hat ein Zertifikat vorgelegt, das sich nicht prüfen lässt.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Probleme: %2&lt;/p&gt;&lt;p&gt;Ausgestellt für &lt;b&gt;%3&lt;/b&gt; von &lt;b&gt;%4&lt;/b&gt;, gültig bis %5.&lt;/p&gt;&lt;p&gt;Vertrauen Sie ihm nur, wenn Ihr Anbieter oder Ihre IT-Abteilung diesen SHA-256-Fingerabdruck bestätigt (vergleichen Sie ihn vollständig, zum Beispiel am Telefon vorgelesen):&lt;/p&gt;&lt;p&gt;&lt;tt&gt;%6&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Jemand zwischen Ihnen und dem Server könnte ein eigenes Zertifikat vorlegen; am Fingerabdruck erkennen Sie das.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Trust it for &amp;one run only</source>
        <translation>Nur für &amp;diesen einen Lauf vertrauen</translation>
    </message>
    <message>
        <source>&amp;Always trust it for %1 on this computer</source>
        <translation>%1 auf diesem Computer &amp;immer vertrauen</translation>
    </message>
    <message>
        <source>&amp;Trust and run again</source>
        <translation>&amp;Vertrauen und erneut prüfen</translation>
    </message>
</context>
<context>
    <name>mailscope::ConsoleEngine</name>
    <message>
        <source>could not connect</source>
        <translation>Verbindung nicht möglich</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>manual console: type IMAP commands without a tag; STARTTLS upgrades, .login logs in with the given password (never shown), .quit leaves</source>
        <translation>Manuelle Konsole: IMAP-Befehle ohne Tag eingeben; STARTTLS verschlüsselt, .login meldet sich mit dem angegebenen Passwort an (wird nie angezeigt), .quit beendet</translation>
    </message>
    <message>
        <source>manual console: type SMTP commands; STARTTLS upgrades, .login authenticates with the given password (never shown), .quit leaves</source>
        <translation>Manuelle Konsole: SMTP-Befehle eingeben; STARTTLS verschlüsselt, .login meldet sich mit dem angegebenen Passwort an (wird nie angezeigt), .quit beendet</translation>
    </message>
    <message>
        <source>not sent: %1 would travel unencrypted. Use STARTTLS first (or allow plaintext login explicitly).</source>
        <translation>Nicht gesendet: %1 würde unverschlüsselt übertragen. Verwenden Sie zuerst STARTTLS (oder erlauben Sie die unverschlüsselte Anmeldung ausdrücklich).</translation>
    </message>
    <message>
        <source>login data</source>
        <translation>Anmeldedaten</translation>
    </message>
    <message>
        <source>this login</source>
        <translation>diese Anmeldung</translation>
    </message>
    <message>
        <source>this group</source>
        <translation>diese Gruppe</translation>
    </message>
    <message>
        <source>encrypted (STARTTLS)</source>
        <translation>verschlüsselt (STARTTLS)</translation>
    </message>
    <message>
        <source>STARTTLS failed</source>
        <translation>STARTTLS fehlgeschlagen</translation>
    </message>
    <message>
        <source>no password given: enter one first</source>
        <translation>kein Passwort angegeben: bitte zuerst eines eingeben</translation>
    </message>
    <message>
        <source>the sign-in token</source>
        <translation>das Anmelde-Token</translation>
    </message>
    <message>
        <source>the password</source>
        <translation>das Passwort</translation>
    </message>
    <message>
        <source>no usable sign-in token: %1</source>
        <translation>kein brauchbares Anmelde-Token: %1</translation>
    </message>
    <message>
        <source>issued to %1 by %2, valid until %3</source>
        <translation>ausgestellt für %1 von %2, gültig bis %3</translation>
    </message>
    <message>
        <source>the certificate of %1:%2 is not trusted (SHA-256 %3). Trust it only if your provider confirms this fingerprint.</source>
        <translation>Das Zertifikat von %1:%2 ist nicht vertrauenswürdig (SHA-256 %3). Vertrauen Sie ihm nur, wenn Ihr Anbieter diesen Fingerabdruck bestätigt.</translation>
    </message>
    <message>
        <source>not sent: the login ended before the server asked for this line, which may be a password or login data (if it was a command, type it again)</source>
        <translation>nicht gesendet: die Anmeldung endete, bevor der Server nach dieser Zeile fragte, die ein Passwort oder Anmeldedaten sein kann (war es ein Befehl, geben Sie ihn erneut ein)</translation>
    </message>
    <message>
        <source>not sent: LOGIN needs the user name and the password on one line. Type LOGIN user password (the password is masked), or use .login (in the app: the Log in button) to log in with the password given to the console.</source>
        <translation>nicht gesendet: LOGIN braucht Benutzernamen und Passwort in einer Zeile. Geben Sie LOGIN benutzer passwort ein (das Passwort wird verborgen) oder nutzen Sie .login (in der App: die Schaltfläche Anmelden), um sich mit dem Passwort der Konsole anzumelden.</translation>
    </message>
    <message>
        <source>not sent: the last .login in this session did not succeed (%1), and Mailscope never sends the same password or sign-in again by itself (lockouts, fail2ban). %2</source>
        <translation>nicht gesendet: das letzte .login in dieser Sitzung war nicht erfolgreich (%1), und Mailscope sendet dasselbe Passwort oder dieselbe Anmeldung nie von sich aus erneut (Sperren, fail2ban). %2</translation>
    </message>
    <message>
        <source>To try another password, start a new session with it.</source>
        <translation>Um ein anderes Passwort zu versuchen, starten Sie eine neue Sitzung damit.</translation>
    </message>
    <message>
        <source>the server refused it: %1</source>
        <translation>der Server hat es abgelehnt: %1</translation>
    </message>
    <message>
        <source>the server did not answer it: %1</source>
        <translation>der Server hat es nicht beantwortet: %1</translation>
    </message>
</context>
<context>
    <name>mailscope::ConsoleWidget</name>
    <message>
        <source>Thunderbird&apos;s start-up commands</source>
        <translation>Befehle, die Thunderbird beim Start sendet</translation>
    </message>
    <message>
        <source>Ghost message: list the UIDs (read-only)</source>
        <translation>Geisternachricht: UIDs auflisten (nur lesend)</translation>
    </message>
    <message>
        <source>Ghost message: fetch one UID (edit &lt;uid&gt;)</source>
        <translation>Geisternachricht: eine UID abrufen (&lt;uid&gt; anpassen)</translation>
    </message>
    <message>
        <source>SMTP pipelined group (MAIL, RCPT, RSET, QUIT in one write)</source>
        <translation>SMTP-Befehlsgruppe mit Pipelining (MAIL, RCPT, RSET, QUIT in einem Schreibvorgang)</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;STARTTLS</source>
        <translation>&amp;STARTTLS</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>&amp;Run snippet</source>
        <translation>Textbaustein &amp;ausführen</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation>Sen&amp;den</translation>
    </message>
    <message>
        <source>Sa&amp;ve session…</source>
        <translation>Sitzung &amp;speichern…</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Manual console</source>
        <translation>Manuelle Konsole</translation>
    </message>
    <message>
        <source>imap://you@mail.example.net:143 or submission://…</source>
        <translation>imap://sie@mail.example.net:143 oder submission://…</translation>
    </message>
    <message>
        <source>Console server address</source>
        <translation>Serveradresse für die Konsole</translation>
    </message>
    <message>
        <source>password for Log in (optional)</source>
        <translation>Passwort für „Anmelden“ (optional)</translation>
    </message>
    <message>
        <source>Console password</source>
        <translation>Passwort für die Konsole</translation>
    </message>
    <message>
        <source>Type a command without a tag, e.g. CAPABILITY, then Enter</source>
        <translation>Befehl ohne Tag eingeben, z. B. CAPABILITY, dann Eingabetaste</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Snippets</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <source>Upgrade this connection to TLS</source>
        <translation>Diese Verbindung mit TLS verschlüsseln</translation>
    </message>
    <message>
        <source>Log in with the password (never shown in the transcript)</source>
        <translation>Mit dem Passwort anmelden (erscheint nie im Mitschnitt)</translation>
    </message>
    <message>
        <source>Console state</source>
        <translation>Zustand der Konsole</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>S&amp;nippet:</source>
        <translation>Te&amp;xtbaustein:</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>Be&amp;fehl:</translation>
    </message>
    <message>
        <source>Certificate question</source>
        <translation>Frage zum Zertifikat</translation>
    </message>
    <message>
        <source>&amp;Trust for this session</source>
        <translation>Für diese Sitzung &amp;vertrauen</translation>
    </message>
    <message>
        <source>Always trus&amp;t for this server</source>
        <translation>Diesem Server immer ver&amp;trauen</translation>
    </message>
    <message>
        <source>Do&amp;n&apos;t trust</source>
        <translation>&amp;Nicht vertrauen</translation>
    </message>
    <message>
        <source>Save console session</source>
        <translation>Konsolensitzung speichern</translation>
    </message>
    <message>
        <source>Mailscope report (*.json)</source>
        <translation>Mailscope-Bericht (*.json)</translation>
    </message>
    <message>
        <source>&lt;b&gt;The certificate of %1:%2 is not trusted&lt;/b&gt; (%3).&lt;br&gt;Trust it only if your provider confirms this SHA-256 fingerprint:&lt;br&gt;&lt;tt&gt;%4&lt;/tt&gt;</source>
        <translation>&lt;b&gt;Das Zertifikat von %1:%2 ist nicht vertrauenswürdig&lt;/b&gt; (%3).&lt;br&gt;Vertrauen Sie ihm nur, wenn Ihr Anbieter diesen SHA-256-Fingerabdruck bestätigt:&lt;br&gt;&lt;tt&gt;%4&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Verbindung nicht möglich: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Getrennt.</translation>
    </message>
    <message>
        <source>Connected, encrypted: %1</source>
        <translation>Verbunden, verschlüsselt: %1</translation>
    </message>
    <message>
        <source>Connected, NOT encrypted: %1</source>
        <translation>Verbunden, NICHT verschlüsselt: %1</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
    <message>
        <source>Dis&amp;connect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>manual console session, no checks run</source>
        <translation>manuelle Konsolensitzung, keine Prüfungen ausgeführt</translation>
    </message>
    <message>
        <source>To try another password, type it in the Password field, then Disconnect and Connect again.</source>
        <translation>Um ein anderes Passwort zu versuchen, geben Sie es in das Feld Passwort ein, dann Trennen und erneut Verbinden.</translation>
    </message>
    <message>
        <source>the password was for another server: enter the one for this address</source>
        <translation>das Passwort war für einen anderen Server: geben Sie das für diese Adresse ein</translation>
    </message>
</context>
<context>
    <name>mailscope::DiagnoseWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&amp;Cancel the run</source>
        <translation>Lauf &amp;abbrechen</translation>
    </message>
    <message>
        <source>Try the &amp;demo server</source>
        <translation>&amp;Demo-Server ausprobieren</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Problem with this page</source>
        <translation>Problem auf dieser Seite</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Lauf abbrechen</translation>
    </message>
    <message>
        <source>Running for %1:%2</source>
        <translation>Läuft seit %1:%2</translation>
    </message>
    <message>
        <source>1. What is wrong?</source>
        <translation>1. Was ist das Problem?</translation>
    </message>
    <message>
        <source>2. Which account?</source>
        <translation>2. Welches Konto?</translation>
    </message>
    <message>
        <source>3. Password or sign-in (optional)</source>
        <translation>3. Passwort oder Anmeldung (optional)</translation>
    </message>
    <message>
        <source>4. What will run</source>
        <translation>4. Was geprüft wird</translation>
    </message>
    <message>
        <source>5. Checking…</source>
        <translation>5. Prüfung läuft…</translation>
    </message>
    <message>
        <source>6. Results</source>
        <translation>6. Ergebnisse</translation>
    </message>
    <message>
        <source>Pick what you see. Mailscope chooses the checks; you can change them later.</source>
        <translation>Wählen Sie, was Sie beobachten. Mailscope wählt die Prüfungen aus; Sie können sie später ändern.</translation>
    </message>
    <message>
        <source>My mail program &amp;hangs or is slow</source>
        <translation>Mein E-Mail-Programm &amp;hängt oder ist langsam</translation>
    </message>
    <message>
        <source>A &amp;message will not download</source>
        <translation>Eine &amp;Nachricht lässt sich nicht herunterladen</translation>
    </message>
    <message>
        <source>I cannot &amp;send mail</source>
        <translation>Ich kann keine E-Mails &amp;senden</translation>
    </message>
    <message>
        <source>&amp;Login or certificate warnings</source>
        <translation>&amp;Anmelde- oder Zertifikatswarnungen</translation>
    </message>
    <message>
        <source>Just check my &amp;server</source>
        <translation>Einfach meinen &amp;Server prüfen</translation>
    </message>
    <message>
        <source>Checks encryption, login, how long idle connections survive, several commands at once, and proxy quirks during login.</source>
        <translation>Prüft Verschlüsselung, Anmeldung, wie lange Verbindungen im Leerlauf bestehen bleiben, mehrere Befehle auf einmal und Eigenheiten von Proxys bei der Anmeldung.</translation>
    </message>
    <message>
        <source>Looks for messages the server lists but cannot deliver (read-only: nothing is deleted).</source>
        <translation>Sucht nach Nachrichten, die der Server auflistet, aber nicht ausliefern kann (nur lesend: nichts wird gelöscht).</translation>
    </message>
    <message>
        <source>Checks the sending server (SMTP): greeting, encryption, login and PIPELINING.</source>
        <translation>Prüft den Postausgangsserver (SMTP): Begrüßung, Verschlüsselung, Anmeldung und PIPELINING.</translation>
    </message>
    <message>
        <source>Checks the certificate, the STARTTLS upgrade and whether the password travels encrypted.</source>
        <translation>Prüft das Zertifikat, STARTTLS und ob das Passwort verschlüsselt übertragen wird.</translation>
    </message>
    <message>
        <source>Everything that changes nothing on the server and takes about a minute.</source>
        <translation>Alles, was auf dem Server nichts verändert und etwa eine Minute dauert.</translation>
    </message>
    <message>
        <source>No server at hand?</source>
        <translation>Kein Server zur Hand?</translation>
    </message>
    <message>
        <source>The built-in demo server misbehaves on purpose, like the proxies Mailscope was made for. Nothing leaves this computer.</source>
        <translation>Der eingebaute Demo-Server verhält sich absichtlich falsch, wie die Proxys, für die Mailscope gemacht wurde. Nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>&amp;Open a saved report…</source>
        <translation>Gespeicherten Bericht ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>you@example.net</source>
        <translation>sie@example.net</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&amp;Find servers</source>
        <translation>Server &amp;finden</translation>
    </message>
    <message>
        <source>Servers found</source>
        <translation>Gefundene Server</translation>
    </message>
    <message>
        <source>Where mail programs look, and what works</source>
        <translation>Wo E-Mail-Programme suchen und was funktioniert</translation>
    </message>
    <message>
        <source>Source, in the order mail programs ask, and what it says</source>
        <translation>Quelle, in der Reihenfolge, in der E-Mail-Programme fragen, und ihre Antwort</translation>
    </message>
    <message>
        <source>Does it work?</source>
        <translation>Funktioniert es?</translation>
    </message>
    <message>
        <source>IMAP (reading mail)</source>
        <translation>IMAP (E-Mails lesen)</translation>
    </message>
    <message>
        <source>SMTP (sending mail)</source>
        <translation>SMTP (E-Mails senden)</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>imap.example.net</source>
        <translation>imap.example.net</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Servername</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>TLS from the start (993 / 465)</source>
        <translation>TLS von Anfang an (993 / 465)</translation>
    </message>
    <message>
        <source>STARTTLS on the plain port (143 / 587 / 25)</source>
        <translation>STARTTLS auf dem unverschlüsselten Port (143 / 587 / 25)</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>optional: your company&apos;s CA certificate (PEM)</source>
        <translation>optional: das CA-Zertifikat Ihrer Firma (PEM)</translation>
    </message>
    <message>
        <source>Extra CA certificate file</source>
        <translation>Zusätzliche CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>optional, for this server and the next run only: SHA-256 of its certificate</source>
        <translation>optional, nur für diesen Server und den nächsten Lauf: SHA-256 seines Zertifikats</translation>
    </message>
    <message>
        <source>Accepted certificate fingerprint</source>
        <translation>Fingerabdruck des akzeptierten Zertifikats</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>Ser&amp;vers found:</source>
        <translation>Gefundene Ser&amp;ver:</translation>
    </message>
    <message>
        <source>Sources and &amp;verdicts:</source>
        <translation>Quellen und &amp;Urteile:</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protokoll:</translation>
    </message>
    <message>
        <source>Server &amp;name:</source>
        <translation>Server&amp;name:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Sec&amp;urity:</source>
        <translation>Sicher&amp;heit:</translation>
    </message>
    <message>
        <source>Company C&amp;A:</source>
        <translation>Firmen-C&amp;A:</translation>
    </message>
    <message>
        <source>Trusted certi&amp;ficate:</source>
        <translation>Vertrauenswürdiges &amp;Zertifikat:</translation>
    </message>
    <message>
        <source>An e-mail address is enough: Mailscope asks every source a mail program asks (the provider&apos;s autoconfig, Thunderbird&apos;s ISP database, Microsoft Autodiscover, DNS SRV and MX, the usual names), then checks what a program would pick: ports, TLS versions, certificates. Everything stays editable.</source>
        <translation>Eine E-Mail-Adresse genügt: Mailscope fragt jede Quelle, die ein E-Mail-Programm fragt (Autoconfig des Anbieters, Thunderbirds ISP-Datenbank, Microsoft Autodiscover, DNS SRV und MX, die üblichen Namen), und prüft dann, was ein Programm wählen würde: Ports, TLS-Versionen, Zertifikate. Alles bleibt änderbar.</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All (*)</source>
        <translation>Zertifikate (*.pem *.crt);;Alle (*)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>leave empty to skip the checks that need it</source>
        <translation>leer lassen, um die Prüfungen zu überspringen, die ihn brauchen</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Keep the password in the system keychain once it worked</source>
        <translation>Das Passwort im &amp;Schlüsselbund des Systems behalten, sobald es funktioniert hat</translation>
    </message>
    <message>
        <source>Keep the password in the system keychain</source>
        <translation>Das Passwort im Schlüsselbund des Systems behalten</translation>
    </message>
    <message>
        <source>Send my password &amp;even without encryption</source>
        <translation>Mein Passwort &amp;auch ohne Verschlüsselung senden</translation>
    </message>
    <message>
        <source>Anyone on the network path can then read it.</source>
        <translation>Dann kann es jeder auf dem Netzwerkweg mitlesen.</translation>
    </message>
    <message>
        <source>Allow the password to travel unencrypted</source>
        <translation>Unverschlüsselte Übertragung des Passworts erlauben</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Only tick this if you accept that anyone on the network path (the Wi-Fi, the provider&apos;s network) can read the password.</source>
        <translation>Kreuzen Sie dies nur an, wenn Sie hinnehmen, dass jeder auf dem Netzwerkweg (im WLAN, im Netz des Anbieters) das Passwort lesen kann.</translation>
    </message>
    <message>
        <source>The password is used for one login attempt per check that needs it, never retried, and never written to the transcript or a saved report.</source>
        <translation>Das Passwort wird für einen Anmeldeversuch pro Prüfung verwendet, die es braucht, nie wiederholt und nie in den Mitschnitt oder einen gespeicherten Bericht geschrieben.</translation>
    </message>
    <message>
        <source>Checks to run</source>
        <translation>Auszuführende Prüfungen</translation>
    </message>
    <message>
        <source>Idle connections</source>
        <translation>Verbindungen im Leerlauf</translation>
    </message>
    <message>
        <source>&amp;Quick: up to 10 minutes</source>
        <translation>&amp;Schnell: bis zu 10 Minuten</translation>
    </message>
    <message>
        <source>&amp;Thorough: up to 31 minutes (RFC 3501&apos;s 30-minute minimum)</source>
        <translation>&amp;Gründlich: bis zu 31 Minuten (das Minimum von 30 Minuten aus RFC 3501)</translation>
    </message>
    <message>
        <source>Connections at most</source>
        <translation>Höchstens gleichzeitige Verbindungen</translation>
    </message>
    <message>
        <source>Plan summary</source>
        <translation>Zusammenfassung des Plans</translation>
    </message>
    <message>
        <source>Connections at &amp;most:</source>
        <translation>Höchstens gleichzeitige &amp;Verbindungen:</translation>
    </message>
    <message>
        <source>C&amp;hecks:</source>
        <translation>&amp;Prüfungen:</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Progress per check</source>
        <translation>Fortschritt je Prüfung</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Gesamtfortschritt</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Aktueller Schritt</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>Bericht &amp;speichern…</translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>New &amp;diagnosis</source>
        <translation>Neue &amp;Diagnose</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start the checks</source>
        <translation>Die Prüfungen starten</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name, or an e-mail address and press Find servers.</source>
        <translation>Geben Sie den Namen des Servers ein, oder eine E-Mail-Adresse und klicken Sie auf „Server finden“.</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>Die CA-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Sign in first (the Sign in… button), or choose &quot;No: use the password&quot;.</source>
        <translation>Melden Sie sich zuerst an (Schaltfläche „Anmelden…“) oder wählen Sie „Nein: das Passwort verwenden“.</translation>
    </message>
    <message>
        <source>Pick at least one check.</source>
        <translation>Wählen Sie mindestens eine Prüfung.</translation>
    </message>
    <message>
        <source>  (needs the password)</source>
        <translation>  (braucht das Passwort)</translation>
    </message>
    <message>
        <source>None of the chosen checks needs your password.</source>
        <translation>Keine der gewählten Prüfungen braucht Ihr Passwort.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signed in:&lt;/b&gt; %1 log in with your sign-in; no password is needed.</source>
        <translation>&lt;b&gt;Angemeldet:&lt;/b&gt; %1 melden sich mit Ihrer Anmeldung an; kein Passwort nötig.</translation>
    </message>
    <message>
        <source>&lt;b&gt;These checks need the password and will be skipped without it:&lt;/b&gt; %1.</source>
        <translation>&lt;b&gt;Diese Prüfungen brauchen das Passwort und werden ohne es übersprungen:&lt;/b&gt; %1.</translation>
    </message>
    <message>
        <source>The password is used by: %1.</source>
        <translation>Das Passwort wird verwendet von: %1.</translation>
    </message>
    <message>
        <source>The connection is encrypted from the start: the password travels encrypted.</source>
        <translation>Die Verbindung ist von Anfang an verschlüsselt: das Passwort wird verschlüsselt übertragen.</translation>
    </message>
    <message>
        <source>With STARTTLS the password is sent only after encryption is in place. &lt;b&gt;If the server cannot encrypt, the password would travel unencrypted&lt;/b&gt;: Mailscope then does not send it, unless you allow it below.</source>
        <translation>Mit STARTTLS wird das Passwort erst gesendet, wenn die Verschlüsselung steht. &lt;b&gt;Kann der Server nicht verschlüsseln, würde das Passwort unverschlüsselt übertragen&lt;/b&gt;: Mailscope sendet es dann nicht, außer Sie erlauben es unten.</translation>
    </message>
    <message>
        <source> &lt;span style=&apos;color:#b00020&apos;&gt;&lt;b&gt;You allowed an unencrypted login.&lt;/b&gt;&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:#b00020&apos;&gt;&lt;b&gt;Sie haben eine unverschlüsselte Anmeldung erlaubt.&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>(no server yet)</source>
        <translation>(noch kein Server)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n check(s)&lt;/b&gt; against &lt;b&gt;%1&lt;/b&gt;, </source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n Prüfung&lt;/b&gt; für &lt;b&gt;%1&lt;/b&gt;, </numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n Prüfungen&lt;/b&gt; für &lt;b&gt;%1&lt;/b&gt;, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>using at most &lt;b&gt;%n connection(s)&lt;/b&gt; at a time.&lt;/p&gt;</source>
        <translation>
            <numerusform>mit höchstens &lt;b&gt;%n Verbindung&lt;/b&gt; gleichzeitig.&lt;/p&gt;</numerusform>
            <numerusform>mit höchstens &lt;b&gt;%n Verbindungen&lt;/b&gt; gleichzeitig.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>thorough</source>
        <translation>gründlich</translation>
    </message>
    <message>
        <source>quick</source>
        <translation>schnell</translation>
    </message>
    <message>
        <source>&lt;p&gt;This takes about &lt;b&gt;%1 seconds&lt;/b&gt;%2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das dauert etwa &lt;b&gt;%1 Sekunden&lt;/b&gt;%2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> plus a moment per thousand messages</source>
        <translation> plus einen Moment je tausend Nachrichten</translation>
    </message>
    <message>
        <source>&lt;p&gt;Without a password these will be skipped: %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ohne Passwort werden diese übersprungen: %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing is changed on the server. You can cancel at any time.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Auf dem Server wird nichts verändert. Sie können jederzeit abbrechen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No server given.</source>
        <translation>Kein Server angegeben.</translation>
    </message>
    <message>
        <source>No certificate could be read from %1.</source>
        <translation>Aus %1 ließ sich kein Zertifikat lesen.</translation>
    </message>
    <message>
        <source>The trusted certificate must be a SHA-256 fingerprint: 64 hex digits.</source>
        <translation>Das vertrauenswürdige Zertifikat muss ein SHA-256-Fingerabdruck sein: 64 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>Enter an address like you@example.net.</source>
        <translation>Geben Sie eine Adresse wie sie@example.net ein.</translation>
    </message>
    <message>
        <source>Asking every source for %1…</source>
        <translation>Frage alle Quellen nach %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found:</source>
        <translation>
            <numerusform>%n Problem gefunden:</numerusform>
            <numerusform>%n Probleme gefunden:</numerusform>
        </translation>
    </message>
    <message>
        <source>➜ A mail program picks %1 (from %2)</source>
        <translation>➜ Ein E-Mail-Programm wählt %1 (aus %2)</translation>
    </message>
    <message numerus="yes">
        <source>found %n server(s)</source>
        <translation>
            <numerusform>%n Server gefunden</numerusform>
            <numerusform>%n Server gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ unusable: %1</source>
        <translation>⚠ unbrauchbar: %1</translation>
    </message>
    <message>
        <source>not asked: %1</source>
        <translation>nicht gefragt: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1:%2  %3  (from %4)</source>
        <translation>%1:%2  %3  (aus %4)</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>keine Verschlüsselung</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message numerus="yes">
        <source>Found %n server(s) published by the provider; the first is what a mail program would pick. Pick one or edit below.</source>
        <translation>
            <numerusform>%n vom Anbieter veröffentlichten Server gefunden; ein E-Mail-Programm würde ihn wählen. Wählen Sie ihn oder ändern Sie die Angaben unten.</numerusform>
            <numerusform>%n vom Anbieter veröffentlichte Server gefunden; der erste ist der, den ein E-Mail-Programm wählen würde. Wählen Sie einen oder ändern Sie die Angaben unten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing published anywhere; these are the usual names. Your provider&apos;s help pages name the right one.</source>
        <translation>Nirgends etwas veröffentlicht; dies sind die üblichen Namen. Die Hilfeseiten Ihres Anbieters nennen den richtigen.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Checking &lt;b&gt;%1:%2&lt;/b&gt; (%3). The transcript and timeline on the right fill as it runs.</source>
        <translation>Prüfe &lt;b&gt;%1:%2&lt;/b&gt; (%3). Mitschnitt und Zeitleiste rechts füllen sich dabei.</translation>
    </message>
    <message>
        <source>Running for 0:00</source>
        <translation>Läuft seit 0:00</translation>
    </message>
    <message>
        <source>▶ running</source>
        <translation>▶ läuft</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>Läuft: %1</translation>
    </message>
    <message>
        <source>✓ pass</source>
        <translation>✓ bestanden</translation>
    </message>
    <message>
        <source>⚠ warn</source>
        <translation>⚠ Warnung</translation>
    </message>
    <message>
        <source>✗ fail</source>
        <translation>✗ fehlgeschlagen</translation>
    </message>
    <message>
        <source>– skipped</source>
        <translation>– übersprungen</translation>
    </message>
    <message>
        <source>✗ error</source>
        <translation>✗ Fehler</translation>
    </message>
    <message>
        <source>The run was cancelled. Its transcript stays on the right.</source>
        <translation>Der Lauf wurde abgebrochen. Sein Mitschnitt bleibt rechts stehen.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;This can take &lt;b&gt;up to %1 minutes&lt;/b&gt;: the idle check measures how long the server keeps an unused connection open (up to %2 minutes, %3), which takes up to %4 times that time with %n connection(s). Everything else takes about %5 seconds.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Das kann &lt;b&gt;bis zu %1 Minuten&lt;/b&gt; dauern: Die Leerlaufprüfung misst, wie lange der Server eine unbenutzte Verbindung offen hält (bis zu %2 Minuten, %3); das dauert mit %n Verbindung bis zum %4-Fachen dieser Zeit. Alles andere dauert etwa %5 Sekunden.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Das kann &lt;b&gt;bis zu %1 Minuten&lt;/b&gt; dauern: Die Leerlaufprüfung misst, wie lange der Server eine unbenutzte Verbindung offen hält (bis zu %2 Minuten, %3); das dauert mit %n Verbindungen bis zum %4-Fachen dieser Zeit. Alles andere dauert etwa %5 Sekunden.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Check &amp;these too</source>
        <translation>&amp;Diese auch prüfen</translation>
    </message>
    <message>
        <source>Connect to the servers that lead off the public internet as well (this computer, a private network). Only do this for your own organisation&apos;s servers.</source>
        <translation>Auch mit den Servern verbinden, die aus dem öffentlichen Internet hinausführen (dieser Computer, ein privates Netz). Nur für die Server Ihrer eigenen Organisation.</translation>
    </message>
    <message>
        <source>The password was for another account: enter the one for %1.</source>
        <translation>Das Passwort war für ein anderes Konto: Geben Sie das für %1 ein.</translation>
    </message>
</context>
<context>
    <name>mailscope::MainWindow</name>
    <message>
        <source>Mailscope</source>
        <translation>Mailscope</translation>
    </message>
    <message>
        <source>&amp;Transcript</source>
        <translation>&amp;Mitschnitt</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation>&amp;Konsole</translation>
    </message>
    <message>
        <source>Transcript, timeline and console</source>
        <translation>Mitschnitt, Zeitleiste und Konsole</translation>
    </message>
    <message>
        <source>Open a Mailscope report</source>
        <translation>Mailscope-Bericht öffnen</translation>
    </message>
    <message>
        <source>Mailscope report (*.json)</source>
        <translation>Mailscope-Bericht (*.json)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Pick a symptom, or try the demo server.</source>
        <translation>Wählen Sie ein Problem aus oder probieren Sie den Demo-Server.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open report…</source>
        <translation>Bericht ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Large text, high contrast, secrets always hidden: for screen sharing</source>
        <translation>Große Schrift, hoher Kontrast, Geheimnisse immer verborgen: für das Teilen des Bildschirms</translation>
    </message>
    <message>
        <source>&amp;Record secrets in the next run</source>
        <translation>Geheimnisse im nächsten Lauf &amp;aufzeichnen</translation>
    </message>
    <message>
        <source>Passwords and SASL data are replaced by &lt;redacted&gt; unless this is on (like --show-secrets). Locked off in presenter mode.</source>
        <translation>Passwörter und SASL-Daten werden durch &lt;redacted&gt; ersetzt, solange dies nicht eingeschaltet ist (wie --show-secrets). Im Präsentationsmodus gesperrt.</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Farben</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Show the &amp;transcript</source>
        <translation>&amp;Mitschnitt anzeigen</translation>
    </message>
    <message>
        <source>Show the t&amp;imeline</source>
        <translation>&amp;Zeitleiste anzeigen</translation>
    </message>
    <message>
        <source>Manual &amp;console</source>
        <translation>Manuelle &amp;Konsole</translation>
    </message>
    <message>
        <source>Back to the &amp;diagnosis</source>
        <translation>Zurück zur &amp;Diagnose</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Try the &amp;demo server</source>
        <translation>&amp;Demo-Server ausprobieren</translation>
    </message>
    <message>
        <source>&amp;About Mailscope</source>
        <translation>&amp;Über Mailscope</translation>
    </message>
    <message>
        <source>About Mailscope</source>
        <translation>Über Mailscope</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Mailscope %1&lt;/b&gt; finds out why a mail server misbehaves.&lt;/p&gt;&lt;p&gt;The same engine runs as &lt;code&gt;mailscope-cli&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Mailscope %1&lt;/b&gt; findet heraus, warum sich ein Mailserver falsch verhält.&lt;/p&gt;&lt;p&gt;Dieselbe Technik läuft auch als &lt;code&gt;mailscope-cli&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt-Werkzeugleiste</translation>
    </message>
    <message>
        <source>Could not start the demo server.</source>
        <translation>Der Demo-Server konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Demo server on 127.0.0.1:%1; its self-signed certificate is accepted for the demo.</source>
        <translation>Demo-Server auf 127.0.0.1:%1; sein selbstsigniertes Zertifikat wird für die Demo akzeptiert.</translation>
    </message>
    <message>
        <source>demo: built-in demo server on 127.0.0.1:%1; its self-signed certificate %2 is accepted for the demo</source>
        <translation>Demo: eingebauter Demo-Server auf 127.0.0.1:%1; sein selbstsigniertes Zertifikat %2 wird für die Demo akzeptiert</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Done. Select a finding to see its evidence in the transcript.</source>
        <translation>Fertig. Wählen Sie einen Befund, um seine Belege im Mitschnitt zu sehen.</translation>
    </message>
    <message>
        <source>The password could not be kept: %1</source>
        <translation>Das Passwort konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source> — running</source>
        <translation> – läuft</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Follow the s&amp;ystem</source>
        <translation>Wie das S&amp;ystem</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Mailscope will use the new language when you start it again.</source>
        <translation>Mailscope verwendet die neue Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Save report as…</source>
        <translation>Bericht &amp;speichern unter…</translation>
    </message>
    <message>
        <source>Save the report as JSON (to open again), HTML or PDF (to send), a pcapng capture (for Wireshark) or a Markdown summary</source>
        <translation>Den Bericht als JSON (zum erneuten Öffnen), HTML oder PDF (zum Versenden), als pcapng-Mitschnitt (für Wireshark) oder als Markdown-Zusammenfassung speichern</translation>
    </message>
    <message>
        <source>Copy for tic&amp;ket</source>
        <translation>Für &amp;Ticket kopieren</translation>
    </message>
    <message>
        <source>Mailscope report, opens again in Mailscope (*.json)</source>
        <translation>Mailscope-Bericht, lässt sich in Mailscope wieder öffnen (*.json)</translation>
    </message>
    <message>
        <source>Web page to send, passwords masked (*.html)</source>
        <translation>Webseite zum Versenden, Passwörter verborgen (*.html)</translation>
    </message>
    <message>
        <source>PDF document to send, passwords masked (*.pdf)</source>
        <translation>PDF-Dokument zum Versenden, Passwörter verborgen (*.pdf)</translation>
    </message>
    <message>
        <source>Capture for Wireshark, passwords masked (*.pcapng)</source>
        <translation>Mitschnitt für Wireshark, Passwörter verborgen (*.pcapng)</translation>
    </message>
    <message>
        <source>Markdown summary for a ticket (*.md)</source>
        <translation>Markdown-Zusammenfassung für ein Ticket (*.md)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>A message is being removed</source>
        <translation>Eine Nachricht wird entfernt</translation>
    </message>
    <message>
        <source>Mailscope is waiting for the server to confirm the removal. Close the window once the repair window shows the result.</source>
        <translation>Mailscope wartet darauf, dass der Server das Entfernen bestätigt. Schließen Sie das Fenster, sobald das Reparaturfenster das Ergebnis zeigt.</translation>
    </message>
</context>
<context>
    <name>mailscope::RepairDialog</name>
    <message>
        <source>&amp;Show the plan</source>
        <translation>Plan &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Remove this message</source>
        <translation>Diese Nachricht &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Save the evidence…</source>
        <translation>Belege &amp;speichern…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Remove a message that cannot be downloaded</source>
        <translation>Eine Nachricht entfernen, die sich nicht herunterladen lässt</translation>
    </message>
    <message>
        <source>The server lists this message but cannot deliver it, so mail programs keep failing on it. Removing it deletes exactly this one message on %1 (nobody can read it anyway); nothing else in the folder is touched. First Mailscope asks the server what it would do; nothing changes until you type the message&apos;s UID.</source>
        <translation>Der Server führt diese Nachricht auf, kann sie aber nicht ausliefern, deshalb scheitern E-Mail-Programme immer wieder an ihr. Beim Entfernen wird genau diese eine Nachricht auf %1 gelöscht (lesen kann sie ohnehin niemand); sonst wird im Ordner nichts angerührt. Zuerst fragt Mailscope den Server, was er tun würde; nichts ändert sich, bevor Sie die UID der Nachricht eingeben.</translation>
    </message>
    <message>
        <source>UID %1 in %2</source>
        <translation>UID %1 in %2</translation>
    </message>
    <message>
        <source>Message to remove</source>
        <translation>Zu entfernende Nachricht</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Der Plan</translation>
    </message>
    <message>
        <source>The plan appears here once the server has been asked.</source>
        <translation>Der Plan erscheint hier, sobald der Server gefragt wurde.</translation>
    </message>
    <message>
        <source>Type the UID to confirm</source>
        <translation>UID zur Bestätigung eingeben</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Before and after: what was sent and answered</source>
        <translation>Vorher und nachher: was gesendet und geantwortet wurde</translation>
    </message>
    <message>
        <source>Remove the message now</source>
        <translation>Die Nachricht jetzt entfernen</translation>
    </message>
    <message>
        <source>Save the evidence as a web page</source>
        <translation>Die Belege als Webseite speichern</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Nachricht:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>What Mailscope will do:</source>
        <translation>Was Mailscope tun wird:</translation>
    </message>
    <message>
        <source>Before and after (what was sent and answered):</source>
        <translation>Vorher und nachher (was gesendet und geantwortet wurde):</translation>
    </message>
    <message>
        <source>Save the evidence</source>
        <translation>Belege speichern</translation>
    </message>
    <message>
        <source>mailscope-repair.html</source>
        <translation>mailscope-reparatur.html</translation>
    </message>
    <message>
        <source>Web page, passwords masked (*.html)</source>
        <translation>Webseite, Passwörter verborgen (*.html)</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Nothing was changed yet.</source>
        <translation>Es wurde noch nichts geändert.</translation>
    </message>
    <message>
        <source>&amp;Type its UID, %1, to remove it (the server is checked again first):</source>
        <translation>&amp;Geben Sie ihre UID, %1, ein, um sie zu entfernen (der Server wird vorher erneut geprüft):</translation>
    </message>
    <message>
        <source>&amp;Type the message&apos;s UID here to confirm, once the plan is shown:</source>
        <translation>&amp;Geben Sie hier zur Bestätigung die UID der Nachricht ein, sobald der Plan angezeigt wird:</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Wird entfernt…</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Server wird gefragt…</translation>
    </message>
    <message>
        <source>nothing was recorded yet</source>
        <translation>es wurde noch nichts aufgezeichnet</translation>
    </message>
    <message>
        <source>Why the password is asked for</source>
        <translation>Warum nach dem Passwort gefragt wird</translation>
    </message>
    <message>
        <source>the window was closed before the sign-in succeeded</source>
        <translation>das Fenster wurde geschlossen, bevor die Anmeldung gelang</translation>
    </message>
    <message>
        <source>The last sign-in to %1 as %2 was refused or not answered (%3). Mailscope does not send it again by itself (lockouts, fail2ban). %4</source>
        <translation>Die letzte Anmeldung bei %1 als %2 wurde abgelehnt oder nicht beantwortet (%3). Mailscope sendet sie nicht von sich aus erneut (Sperren, fail2ban). %4</translation>
    </message>
    <message>
        <source>Sign in again in the guided diagnosis, or type the password here.</source>
        <translation>Melden Sie sich in der geführten Diagnose erneut an, oder geben Sie hier das Passwort ein.</translation>
    </message>
    <message>
        <source>Type the password to try again.</source>
        <translation>Geben Sie das Passwort ein, um es erneut zu versuchen.</translation>
    </message>
</context>
<context>
    <name>mailscope::ResultsPanel</name>
    <message>
        <source>Show the &amp;evidence in the transcript</source>
        <translation>Die &amp;Belege im Mitschnitt zeigen</translation>
    </message>
    <message>
        <source>Result summary</source>
        <translation>Zusammenfassung des Ergebnisses</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Was nicht stimmt</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Was es bedeutet</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate…</source>
        <translation>Diesem Zertifikat &amp;vertrauen…</translation>
    </message>
    <message>
        <source>Decide whether to trust the server&apos;s certificate</source>
        <translation>Entscheiden, ob Sie dem Zertifikat des Servers vertrauen</translation>
    </message>
    <message>
        <source>What to change, per program</source>
        <translation>Was zu ändern ist, je Programm</translation>
    </message>
    <message>
        <source>Message for your provider</source>
        <translation>Nachricht an Ihren Anbieter</translation>
    </message>
    <message>
        <source>Copy the &amp;message</source>
        <translation>&amp;Nachricht kopieren</translation>
    </message>
    <message>
        <source>Copy the message for your provider</source>
        <translation>Die Nachricht an Ihren Anbieter kopieren</translation>
    </message>
    <message>
        <source>Send this to your provider&apos;s help desk. It names what was seen and what they can change; the saved report (File ▸ Save) is the evidence.</source>
        <translation>Schicken Sie dies an den Helpdesk Ihres Anbieters. Es nennt, was beobachtet wurde und was dort geändert werden kann; der gespeicherte Bericht (Datei ▸ Speichern) ist der Beleg.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Checks that ran</source>
        <translation>Ausgeführte Prüfungen</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>Was zu ändern ist</translation>
    </message>
    <message>
        <source>Tell your provider</source>
        <translation>An den Anbieter</translation>
    </message>
    <message>
        <source>What passed</source>
        <translation>Was bestanden hat</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Change to: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Ändern auf: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the value for %1: %2</source>
        <translation>Den Wert für %1 kopieren: %2</translation>
    </message>
    <message>
        <source>Copy “%1” to the clipboard</source>
        <translation>„%1“ in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Nothing to change in your mail program.</source>
        <translation>In Ihrem E-Mail-Programm ist nichts zu ändern.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing wrong was found. The &lt;b&gt;What passed&lt;/b&gt; tab lists every check.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Es wurde nichts Falsches gefunden. Der Reiter &lt;b&gt;Was bestanden hat&lt;/b&gt; listet jede Prüfung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Details&lt;/b&gt; &lt;small&gt;(%1)&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Details&lt;/b&gt; &lt;small&gt;(%1)&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No transcript lines recorded for this finding</source>
        <translation>Für diesen Befund wurden keine Zeilen im Mitschnitt aufgezeichnet</translation>
    </message>
    <message numerus="yes">
        <source>Show the &amp;evidence in the transcript (%n line(s))</source>
        <translation>
            <numerusform>Die &amp;Belege im Mitschnitt zeigen (%n Zeile)</numerusform>
            <numerusform>Die &amp;Belege im Mitschnitt zeigen (%n Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Details of the finding</source>
        <translation>Einzelheiten des Befunds</translation>
    </message>
    <message>
        <source>Raw data (JSON)</source>
        <translation>Rohdaten (JSON)</translation>
    </message>
    <message>
        <source>Show the raw data of the finding</source>
        <translation>Die Rohdaten des Befunds anzeigen</translation>
    </message>
    <message>
        <source>Raw data of the finding</source>
        <translation>Rohdaten des Befunds</translation>
    </message>
    <message>
        <source>&amp;Remove this message…</source>
        <translation>Diese Nachricht &amp;entfernen…</translation>
    </message>
    <message>
        <source>Remove the message that cannot be downloaded from the server, after confirming</source>
        <translation>Die Nachricht, die sich nicht herunterladen lässt, nach Bestätigung vom Server entfernen</translation>
    </message>
    <message>
        <source>Shows exactly what would be removed and how; nothing changes until you type the message&apos;s UID to confirm.</source>
        <translation>Zeigt genau, was wie entfernt würde; nichts ändert sich, bevor Sie zur Bestätigung die UID der Nachricht eingeben.</translation>
    </message>
    <message>
        <source>Compare with my &amp;Thunderbird…</source>
        <translation>Mit meinem &amp;Thunderbird vergleichen…</translation>
    </message>
    <message>
        <source>Compare these recommendations with the settings of your Thunderbird profile</source>
        <translation>Diese Empfehlungen mit den Einstellungen Ihres Thunderbird-Profils vergleichen</translation>
    </message>
    <message>
        <source>Reads your Thunderbird profile&apos;s prefs.js (never changes it) and shows each setting now and as recommended.</source>
        <translation>Liest die prefs.js Ihres Thunderbird-Profils (ändert sie nie) und zeigt jede Einstellung, wie sie ist und wie sie empfohlen wird.</translation>
    </message>
    <message>
        <source>Copy for tic&amp;ket</source>
        <translation>Für &amp;Ticket kopieren</translation>
    </message>
    <message>
        <source>Copy a short summary for a ticket</source>
        <translation>Eine kurze Zusammenfassung für ein Ticket kopieren</translation>
    </message>
    <message>
        <source>Copies the result as a short Markdown summary: what is wrong, what to change, the server. Attach the saved report as evidence.</source>
        <translation>Kopiert das Ergebnis als kurze Markdown-Zusammenfassung: was nicht stimmt, was zu ändern ist, der Server. Hängen Sie den gespeicherten Bericht als Beleg an.</translation>
    </message>
</context>
<context>
    <name>mailscope::SignInBox</name>
    <message>
        <source>Sign in with your provider</source>
        <translation>Beim Anbieter anmelden</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant (Tenant):</translation>
    </message>
    <message>
        <source>&amp;Keep this sign-in in the system keychain</source>
        <translation>Diese Anmeldung im &amp;Schlüsselbund des Systems behalten</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>No: use the password</source>
        <translation>Nein: das Passwort verwenden</translation>
    </message>
    <message>
        <source>Microsoft 365</source>
        <translation>Microsoft 365</translation>
    </message>
    <message>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <source>Another provider (profile file)…</source>
        <translation>Anderer Anbieter (Profildatei)…</translation>
    </message>
    <message>
        <source>Sign-in provider</source>
        <translation>Anmeldeanbieter</translation>
    </message>
    <message>
        <source>the client id your IT department registered</source>
        <translation>die Client-ID, die Ihre IT-Abteilung registriert hat</translation>
    </message>
    <message>
        <source>OAuth2 client id</source>
        <translation>OAuth2-Client-ID</translation>
    </message>
    <message>
        <source>organizations, or your directory id or domain</source>
        <translation>organizations, oder Ihre Verzeichnis-ID oder Domain</translation>
    </message>
    <message>
        <source>Microsoft tenant</source>
        <translation>Microsoft-Mandant</translation>
    </message>
    <message>
        <source>Sign in in the browser</source>
        <translation>Im Browser anmelden</translation>
    </message>
    <message>
        <source>Sign-in state</source>
        <translation>Zustand der Anmeldung</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>Anmelden &amp;mit:</translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>Sign-in profile</source>
        <translation>Anmeldeprofil</translation>
    </message>
    <message>
        <source>Profile (*.json)</source>
        <translation>Profil (*.json)</translation>
    </message>
    <message>
        <source>no sign-in within %1 minutes</source>
        <translation>keine Anmeldung innerhalb von %1 Minuten</translation>
    </message>
    <message>
        <source>&lt;b&gt;This account is at Microsoft 365.&lt;/b&gt; Microsoft no longer accepts passwords for IMAP and SMTP: sign in through Microsoft&apos;s page instead, as Thunderbird and Outlook do (OAuth2).</source>
        <translation>&lt;b&gt;Dieses Konto liegt bei Microsoft 365.&lt;/b&gt; Microsoft nimmt für IMAP und SMTP keine Passwörter mehr an: melden Sie sich stattdessen über die Seite von Microsoft an, wie Thunderbird und Outlook es tun (OAuth2).</translation>
    </message>
    <message>
        <source>&lt;b&gt;This account is at Google.&lt;/b&gt; Gmail accepts your normal password only through Google&apos;s own page (OAuth2), or an app password made for mail programs. Sign in here, or enter an app password below.</source>
        <translation>&lt;b&gt;Dieses Konto liegt bei Google.&lt;/b&gt; Gmail nimmt Ihr normales Passwort nur über Googles eigene Seite an (OAuth2), oder ein App-Passwort für E-Mail-Programme. Melden Sie sich hier an oder geben Sie unten ein App-Passwort ein.</translation>
    </message>
    <message>
        <source>Organisations that sign in through Microsoft 365, Google or their own identity provider choose it here instead of a password.</source>
        <translation>Organisationen, die sich über Microsoft 365, Google oder einen eigenen Identitätsanbieter anmelden, wählen das hier statt eines Passworts.</translation>
    </message>
    <message>
        <source>Cannot sign in: %1</source>
        <translation>Anmeldung nicht möglich: %1</translation>
    </message>
    <message>
        <source>Using the kept sign-in…</source>
        <translation>Verwende die gespeicherte Anmeldung…</translation>
    </message>
    <message>
        <source>kept sign-in</source>
        <translation>gespeicherte Anmeldung</translation>
    </message>
    <message>
        <source>Sign in with %1 in your browser. If it did not open, open &lt;a href=&quot;%2&quot;&gt;this address&lt;/a&gt;.</source>
        <translation>Melden Sie sich in Ihrem Browser bei %1 an. Falls er sich nicht geöffnet hat, öffnen Sie &lt;a href=&quot;%2&quot;&gt;diese Adresse&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Open &lt;a href=&quot;%2&quot;&gt;this address&lt;/a&gt; in a browser on this computer to sign in with %1.</source>
        <translation>Öffnen Sie &lt;a href=&quot;%2&quot;&gt;diese Adresse&lt;/a&gt; in einem Browser auf diesem Computer, um sich bei %1 anzumelden.</translation>
    </message>
    <message>
        <source>&lt;br&gt;This profile signs in at &lt;b&gt;%1&lt;/b&gt; and gets its tokens from &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>&lt;br&gt;Dieses Profil meldet sich bei &lt;b&gt;%1&lt;/b&gt; an und bekommt seine Tokens von &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&amp;Cancel sign-in</source>
        <translation>Anmeldung &amp;abbrechen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>&amp;Sign in again…</source>
        <translation>&amp;Erneut anmelden…</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation>Nicht angemeldet: %1</translation>
    </message>
    <message>
        <source>kept in %1</source>
        <translation>gespeichert in %1</translation>
    </message>
    <message>
        <source>the account changed</source>
        <translation>das Konto wurde geändert</translation>
    </message>
    <message>
        <source>The account changed: sign in again for %1.</source>
        <translation>Das Konto wurde geändert: melden Sie sich für %1 erneut an.</translation>
    </message>
    <message>
        <source>The kept sign-in could not be used: the provider could not be reached or failed for now (%1). It is still kept; try again later.</source>
        <translation>Die gespeicherte Anmeldung war nicht nutzbar: der Anbieter war nicht erreichbar oder gerade gestört (%1). Sie bleibt gespeichert; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>not kept: %1 gave no refresh token</source>
        <translation>nicht gespeichert: %1 hat kein Refresh-Token gegeben</translation>
    </message>
    <message>
        <source>could not be kept in %1: %2</source>
        <translation>konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>mailscope::ThunderbirdDialog</name>
    <message>
        <source>&amp;Copy the changes</source>
        <translation>Änderungen &amp;kopieren</translation>
    </message>
    <message>
        <source>Compare with my Thunderbird</source>
        <translation>Mit meinem Thunderbird vergleichen</translation>
    </message>
    <message>
        <source>Mailscope reads your Thunderbird profile (prefs.js) and shows, for %1, each setting next to what the diagnosis recommends. It only reads the file and never changes it. Make a change in Thunderbird: Settings ▸ General ▸ Config Editor… (search for the name), or Account Settings for the port, connection security and authentication. With Thunderbird closed, the copied lines can also go into user.js in the profile folder.</source>
        <translation>Mailscope liest Ihr Thunderbird-Profil (prefs.js) und zeigt für %1 jede Einstellung neben der Empfehlung aus der Diagnose. Die Datei wird nur gelesen, nie geändert. Ändern Sie Einstellungen in Thunderbird: Einstellungen ▸ Allgemein ▸ Konfiguration bearbeiten… (nach dem Namen suchen) oder in den Konten-Einstellungen für Port, Verbindungssicherheit und Authentifizierung. Bei geschlossenem Thunderbird können die kopierten Zeilen auch in die Datei user.js im Profilordner.</translation>
    </message>
    <message>
        <source>Profile file</source>
        <translation>Profildatei</translation>
    </message>
    <message>
        <source>Account found</source>
        <translation>Gefundenes Konto</translation>
    </message>
    <message>
        <source>Settings: now and recommended</source>
        <translation>Einstellungen: jetzt und empfohlen</translation>
    </message>
    <message>
        <source>Copy the changed settings as user_pref lines</source>
        <translation>Die geänderten Einstellungen als user_pref-Zeilen kopieren</translation>
    </message>
    <message>
        <source>&amp;Find my profile</source>
        <translation>Mein Profil &amp;finden</translation>
    </message>
    <message>
        <source>Look for Thunderbird&apos;s default profile</source>
        <translation>Das Standardprofil von Thunderbird suchen</translation>
    </message>
    <message>
        <source>C&amp;hoose prefs.js…</source>
        <translation>prefs.js &amp;auswählen…</translation>
    </message>
    <message>
        <source>Choose a Thunderbird prefs.js file</source>
        <translation>Eine prefs.js-Datei von Thunderbird auswählen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>No Thunderbird profile was found in the usual place; choose its prefs.js.</source>
        <translation>Am üblichen Ort wurde kein Thunderbird-Profil gefunden; wählen Sie seine prefs.js aus.</translation>
    </message>
    <message>
        <source>Thunderbird&apos;s prefs.js</source>
        <translation>prefs.js von Thunderbird</translation>
    </message>
    <message>
        <source>Thunderbird preferences (prefs.js user.js);;All files (*)</source>
        <translation>Thunderbird-Einstellungen (prefs.js user.js);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation>Nur gelesen: %1</translation>
    </message>
    <message>
        <source> (only its first part was read: it is unusually large)</source>
        <translation> (nur der erste Teil wurde gelesen: die Datei ist ungewöhnlich groß)</translation>
    </message>
    <message numerus="yes">
        <source>; %n line(s) could not be read</source>
        <translation>
            <numerusform>; %n Zeile konnte nicht gelesen werden</numerusform>
            <numerusform>; %n Zeilen konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailscope::ThunderbirdModel</name>
    <message>
        <source>no recommendation</source>
        <translation>keine Empfehlung</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>change</source>
        <translation>ändern</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Name in the Config Editor</source>
        <translation>Name im Konfigurationseditor</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>Change?</source>
        <translation>Ändern?</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>mailscope::TimelineWidget</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Timeline chart</source>
        <translation>Diagramm der Zeitleiste</translation>
    </message>
    <message>
        <source>Time runs to the right, one lane per connection. Plus and minus zoom, the arrow keys pan, Home shows everything.</source>
        <translation>Die Zeit läuft nach rechts, eine Spur pro Verbindung. Plus und Minus zoomen, die Pfeiltasten verschieben, Pos1 zeigt alles.</translation>
    </message>
    <message>
        <source>seconds since start</source>
        <translation>Sekunden seit Beginn</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>&amp;Alles zeigen</translation>
    </message>
    <message>
        <source>Show the whole timeline</source>
        <translation>Die ganze Zeitleiste zeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) on %1 connection(s)</source>
        <translation>
            <numerusform>%n Befehl auf %1 Verbindung(en)</numerusform>
            <numerusform>%n Befehle auf %1 Verbindung(en)</numerusform>
        </translation>
    </message>
    <message>
        <source> (first %1 shown)</source>
        <translation> (die ersten %1 angezeigt)</translation>
    </message>
    <message>
        <source>#%1 at %2 s: %3
reply after %4</source>
        <translation>#%1 bei %2 s: %3
Antwort nach %4</translation>
    </message>
    <message>
        <source>#%1 at %2 s: %3 %4</source>
        <translation>#%1 bei %2 s: %3 %4</translation>
    </message>
    <message>
        <source>no reply</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>in Benutzung</translation>
    </message>
    <message>
        <source>command, send to reply</source>
        <translation>Befehl, vom Senden bis zur Antwort</translation>
    </message>
    <message>
        <source>slow (&gt; 1 s) or no reply</source>
        <translation>langsam (&gt; 1 s) oder keine Antwort</translation>
    </message>
    <message>
        <source>waiting for a reply</source>
        <translation>wartet auf eine Antwort</translation>
    </message>
    <message>
        <source>idle: nothing sent or received</source>
        <translation>Leerlauf: nichts gesendet oder empfangen</translation>
    </message>
    <message>
        <source>idle, TCP keepalives only</source>
        <translation>Leerlauf, nur TCP-Keepalives</translation>
    </message>
    <message>
        <source>measured idle cutoff (band: ±)</source>
        <translation>gemessene Leerlaufgrenze (Band: ±)</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>TLS started</source>
        <translation>TLS gestartet</translation>
    </message>
    <message>
        <source>closed / goodbye</source>
        <translation>geschlossen / verabschiedet</translation>
    </message>
    <message>
        <source>reset (RST)</source>
        <translation>zurückgesetzt (RST)</translation>
    </message>
    <message>
        <source>no answer (silent)</source>
        <translation>keine Antwort (Stille)</translation>
    </message>
    <message>
        <source>keepalive</source>
        <translation>Keepalive</translation>
    </message>
    <message>
        <source> so far</source>
        <translation> bisher</translation>
    </message>
    <message>
        <source>, keepalives only</source>
        <translation>, nur Keepalives</translation>
    </message>
    <message>
        <source>cutoff ≈ %1</source>
        <translation>Grenze ≈ %1</translation>
    </message>
    <message>
        <source>Building the timeline…</source>
        <translation>Die Zeitachse wird aufgebaut…</translation>
    </message>
    <message>
        <source>. Hover for details; click a command or a marker to show it in the transcript. Wheel or +/- zooms, drag or arrows pan.</source>
        <translation>. Für Einzelheiten mit der Maus darüberfahren; einen Befehl oder eine Markierung anklicken, um sie im Mitschnitt zu zeigen. Mausrad oder +/- zoomt, Ziehen oder Pfeiltasten verschieben.</translation>
    </message>
    <message>
        <source>This connection had been idle since %1 s.</source>
        <translation>Diese Verbindung war seit %1 s im Leerlauf.</translation>
    </message>
    <message>
        <source>#%1: %2; nothing came back meanwhile</source>
        <translation>#%1: %2; in der Zwischenzeit kam nichts zurück</translation>
    </message>
    <message>
        <source>#%1: %2, nothing sent or received%3</source>
        <translation>#%1: %2, nichts gesendet oder empfangen%3</translation>
    </message>
    <message>
        <source> (TCP keepalives only)</source>
        <translation> (nur TCP-Keepalives)</translation>
    </message>
</context>
<context>
    <name>mailscope::TranscriptModel</name>
    <message numerus="yes">
        <source>   [+%n line(s)]</source>
        <translation>
            <numerusform>   [+%n Zeile]</numerusform>
            <numerusform>   [+%n Zeilen]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailscope::TranscriptView</name>
    <message>
        <source>CR/&amp;LF</source>
        <translation>CR/&amp;LF</translation>
    </message>
    <message>
        <source>F&amp;ollow</source>
        <translation>&amp;Mitlaufen</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Mitschnitt</translation>
    </message>
    <message>
        <source>One line per event. C: sent by Mailscope, S: sent by the server, ~: connection, T: TLS, x: closed, X: reset, !: timeout or error, *: note.</source>
        <translation>Eine Zeile pro Ereignis. C: von Mailscope gesendet, S: vom Server gesendet, ~: Verbindung, T: TLS, x: geschlossen, X: zurückgesetzt, !: Zeitüberschreitung oder Fehler, *: Notiz.</translation>
    </message>
    <message>
        <source>Selected event, every line</source>
        <translation>Ausgewähltes Ereignis, jede Zeile</translation>
    </message>
    <message>
        <source>Select a line to see all of it here.</source>
        <translation>Wählen Sie eine Zeile, um sie hier vollständig zu sehen.</translation>
    </message>
    <message>
        <source>Connection filter</source>
        <translation>Verbindungsfilter</translation>
    </message>
    <message>
        <source>all connections</source>
        <translation>alle Verbindungen</translation>
    </message>
    <message>
        <source>Time stamps</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>since start</source>
        <translation>seit Beginn</translation>
    </message>
    <message>
        <source>since previous</source>
        <translation>seit dem vorigen</translation>
    </message>
    <message>
        <source>clock time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>text in any line, e.g. BYE or UID FETCH</source>
        <translation>Text in einer beliebigen Zeile, z. B. BYE oder UID FETCH</translation>
    </message>
    <message>
        <source>Search the transcript</source>
        <translation>Mitschnitt durchsuchen</translation>
    </message>
    <message>
        <source>Show line ends as ␍␊</source>
        <translation>Zeilenenden als ␍␊ zeigen</translation>
    </message>
    <message>
        <source>Scroll along while new lines arrive</source>
        <translation>Mitlaufen, während neue Zeilen ankommen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected lines (or all shown lines) as text</source>
        <translation>Die ausgewählten Zeilen (oder alle gezeigten) als Text kopieren</translation>
    </message>
    <message>
        <source>Copy transcript lines as text</source>
        <translation>Zeilen des Mitschnitts als Text kopieren</translation>
    </message>
    <message>
        <source>Co&amp;nnection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Zeit:</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>Su&amp;chen:</translation>
    </message>
    <message>
        <source>%1 of %2 events shown</source>
        <translation>%1 von %2 Ereignissen angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>connection #%1</source>
        <translation>Verbindung #%1</translation>
    </message>
    <message numerus="yes">
        <source>%n more connection(s), not listed</source>
        <translation>
            <numerusform>%n weitere Verbindung, nicht aufgeführt</numerusform>
            <numerusform>%n weitere Verbindungen, nicht aufgeführt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Find out why a mail server misbehaves.</source>
        <translation>Findet heraus, warum sich ein Mailserver falsch verhält.</translation>
    </message>
    <message>
        <source>Start by diagnosing the built-in demo server.</source>
        <translation>Mit der Diagnose des eingebauten Demo-Servers beginnen.</translation>
    </message>
    <message>
        <source>Start in presenter mode (large text, high contrast, secrets locked away) for screen sharing.</source>
        <translation>Im Präsentationsmodus starten (große Schrift, hoher Kontrast, Geheimnisse unter Verschluss) für das Teilen des Bildschirms.</translation>
    </message>
    <message>
        <source>Language of the window: en or de (default: the saved choice, else the system&apos;s).</source>
        <translation>Sprache des Fensters: en oder de (Vorgabe: die gespeicherte Wahl, sonst die des Systems).</translation>
    </message>
    <message>
        <source>A mailscope.report/1 JSON file to open.</source>
        <translation>Eine mailscope.report/1-JSON-Datei zum Öffnen.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>mailscope: cannot write %1
</source>
        <translation>mailscope: %1 kann nicht geschrieben werden
</translation>
    </message>
    <message>
        <source>Quit once the first diagnosis has finished (or the report is open), print its summary and exit with mailscope-cli&apos;s status: 0 no warnings or errors, 1 warnings or errors, 2 could not run.</source>
        <translation>Beenden, sobald die erste Diagnose fertig (oder der Bericht geöffnet) ist, ihre Zusammenfassung ausgeben und mit dem Status von mailscope-cli enden: 0 keine Warnungen oder Fehler, 1 Warnungen oder Fehler, 2 konnte nicht laufen.</translation>
    </message>
    <message>
        <source>Save a picture of the window as FILE (PNG) once the first diagnosis has finished (or the report is open).</source>
        <translation>Ein Bild des Fensters als FILE (PNG) speichern, sobald die erste Diagnose fertig (oder der Bericht geöffnet) ist.</translation>
    </message>
    <message>
        <source>mailscope: could not open %1: %2
</source>
        <translation>mailscope: %1 konnte nicht geöffnet werden: %2
</translation>
    </message>
</context>
</TS>
