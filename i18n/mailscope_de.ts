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
