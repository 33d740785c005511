<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <name>IdleProbe</name>
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
    <name>Repair</name>
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
    <name>mailscope::MainWindow</name>
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
</context>
<context>
    <name>mailscope::ResultsPanel</name>
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
        <source>#%1 at %2 s: %3 %4</source>
        <translation>#%1 bei %2 s: %3 %4</translation>
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
    <name>main</name>
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
