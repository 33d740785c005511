<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <name>cli</name>
    <message>
        <source>Language of the text output: en or de (default: MAILSCOPE_LANG, else the system&apos;s). JSON stays English.</source>
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
        <translation type="unfinished">Port</translation>
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
        <translation type="unfinished">Prüfung</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished">Ergebnis</translation>
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
        <translation type="unfinished">– übersprungen</translation>
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
        <source>Save the report</source>
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
        <translation type="unfinished">Was nicht stimmt</translation>
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
        <translation type="unfinished">Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished">Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished">Einzelheiten</translation>
    </message>
    <message>
        <source>Checks that ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to change</source>
        <translation type="unfinished">Was zu ändern ist</translation>
    </message>
    <message>
        <source>Tell your provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What passed</source>
        <translation type="unfinished">Was in Ordnung ist</translation>
    </message>
    <message>
        <source>Results</source>
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
        <translation type="unfinished">In Ihrem E-Mail-Programm ist nichts zu ändern.</translation>
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
        <source>#%1 at %2 s: %3
reply after %4</source>
        <translation type="unfinished"></translation>
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
