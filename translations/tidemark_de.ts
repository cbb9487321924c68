<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>MirrorHealth</name>
    <message>
        <source>The local mirror %1 cannot be opened: %2.</source>
        <translation>Der lokale Spiegel %1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>The local mirror %1 is not a database (%2).</source>
        <translation>Der lokale Spiegel %1 ist keine Datenbank (%2).</translation>
    </message>
    <message>
        <source>The local mirror %1 is damaged: SQLite&apos;s check failed (%2).</source>
        <translation>Der lokale Spiegel %1 ist beschädigt: Die Prüfung von SQLite ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>The local mirror %1 was written by a newer version of Tidemark (schema %2; this version reads up to %3).</source>
        <translation>Der lokale Spiegel %1 wurde von einer neueren Version von Tidemark geschrieben (Schema %2; diese Version liest bis %3).</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>No mirror yet: run a sync.</source>
        <translation>Noch kein Spiegel: Starten Sie eine Synchronisierung.</translation>
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
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>The local mirror is being upgraded for this version of Tidemark; its counts follow when that is done.</source>
        <translation>Der lokale Spiegel wird für diese Version von Tidemark umgestellt; seine Zahlen folgen, sobald das erledigt ist.</translation>
    </message>
</context>
<context>
    <name>Tidemark</name>
    <message>
        <source>%1 does not offer single sign-on. Log in with a password or an API key.</source>
        <translation>%1 bietet keine Einmalanmeldung an. Melden Sie sich mit Passwort oder API-Schlüssel an.</translation>
    </message>
    <message>
        <source>Tidemark could not wait for the browser&apos;s answer on this computer (%1). Choose Immich&apos;s app link instead, or paste the address the browser ends on.</source>
        <translation>Tidemark konnte auf diesem Computer nicht auf die Antwort des Browsers warten (%1). Wählen Sie stattdessen den App-Link von Immich, oder fügen Sie die Adresse ein, bei der der Browser endet.</translation>
    </message>
    <message>
        <source>The answer from the sign-in page belongs to another login (its state differs), so it was not used and nothing was sent to %1. Log in again.</source>
        <translation>Die Antwort der Anmeldeseite gehört zu einer anderen Anmeldung (ihr „state“ weicht ab). Sie wurde nicht verwendet, und nichts wurde an %1 gesendet. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The single sign-on provider refused the login (%1). Nothing was changed. Log in again, or ask the server&apos;s administrator.</source>
        <translation>Der Anbieter der Einmalanmeldung hat die Anmeldung abgelehnt (%1). Nichts wurde geändert. Melden Sie sich erneut an, oder fragen Sie die Administration des Servers.</translation>
    </message>
    <message>
        <source>The address carries no sign-in code (%1). Paste the whole address the browser ended on, or log in again.</source>
        <translation>Die Adresse enthält keinen Anmeldecode (%1). Fügen Sie die vollständige Adresse ein, bei der der Browser endete, oder melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>%1 could not finish the single sign-on (it said: %2). The sign-in code may have expired (they last a few minutes) or been used already. Log in again.</source>
        <translation>%1 konnte die Einmalanmeldung nicht abschließen (Meldung: %2). Der Anmeldecode ist vielleicht abgelaufen (er gilt nur wenige Minuten) oder wurde schon verwendet. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in in the browser was not finished in time, so this login was stopped. Log in again when you are ready.</source>
        <translation>Die Anmeldung im Browser wurde nicht rechtzeitig abgeschlossen, daher wurde diese Anmeldung beendet. Melden Sie sich erneut an, sobald Sie bereit sind.</translation>
    </message>
    <message>
        <source>Single sign-on failed at %1: %2.</source>
        <translation>Die Einmalanmeldung bei %1 ist fehlgeschlagen: %2.</translation>
    </message>
</context>
<context>
    <name>Tidemark::AddressesDialog</name>
    <message>
        <source>Server addresses</source>
        <translation>Serveradressen</translation>
    </message>
    <message>
        <source>Tidemark uses the first of these addresses that answers, in this order: put a home (LAN) address before the public one. Before it sends your session to an address, it checks that the same Immich installation answers there.</source>
        <translation>Tidemark verwendet die erste dieser Adressen, die antwortet, in dieser Reihenfolge: Setzen Sie eine Heimadresse (LAN) vor die öffentliche. Bevor es Ihre Sitzung an eine Adresse sendet, prüft es, dass dort dieselbe Immich-Installation antwortet.</translation>
    </message>
    <message>
        <source>Server addresses, in the order they are tried</source>
        <translation>Serveradressen, in der Reihenfolge, in der sie versucht werden</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add an address</source>
        <translation>Eine Adresse hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected address</source>
        <translation>Die gewählte Adresse entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Try the selected address earlier</source>
        <translation>Die gewählte Adresse früher versuchen</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Try the selected address later</source>
        <translation>Die gewählte Adresse später versuchen</translation>
    </message>
    <message>
        <source>Address in use</source>
        <translation>Verwendete Adresse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No address is in use (not connected).</source>
        <translation>Keine Adresse ist in Verwendung (nicht verbunden).</translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation>Jetzt in Verwendung: %1</translation>
    </message>
</context>
<context>
    <name>Tidemark::Error</name>
    <message>
        <source>Could not reach the server (%1): %2.</source>
        <translation>Der Server war nicht erreichbar (%1): %2.</translation>
    </message>
    <message>
        <source>The server stopped sending data (%1); the connection timed out.</source>
        <translation>Der Server hat keine Daten mehr gesendet (%1); die Verbindung wurde wegen Zeitüberschreitung beendet.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted (%1): %2. Its SHA-256 fingerprint is %3.</source>
        <translation>Das Zertifikat des Servers wurde nicht akzeptiert (%1): %2. Sein SHA-256-Fingerabdruck ist %3.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted (%1): %2.</source>
        <translation>Das Zertifikat des Servers wurde nicht akzeptiert (%1): %2.</translation>
    </message>
    <message>
        <source>The server refused %1 with status %2: %3.</source>
        <translation>Der Server hat %1 mit Status %2 abgelehnt: %3.</translation>
    </message>
    <message>
        <source>The server refused %1 with status %2.</source>
        <translation>Der Server hat %1 mit Status %2 abgelehnt.</translation>
    </message>
    <message>
        <source>The server sent data Tidemark cannot read (%1, line %2, byte %3): %4.</source>
        <translation>Der Server hat Daten gesendet, die Tidemark nicht lesen kann (%1, Zeile %2, Byte %3): %4.</translation>
    </message>
    <message>
        <source>The server sent data Tidemark cannot read (%1): %2.</source>
        <translation>Der Server hat Daten gesendet, die Tidemark nicht lesen kann (%1): %2.</translation>
    </message>
    <message>
        <source>This server version cannot do that (%1): %2.</source>
        <translation>Diese Serverversion kann das nicht (%1): %2.</translation>
    </message>
    <message>
        <source>The sync stream and checkpoints need a login session; the server refuses API keys for them (%1). Log in with email and password.</source>
        <translation>Sync-Stream und Checkpoints brauchen eine Anmeldesitzung; der Server lehnt API-Schlüssel dafür ab (%1). Melden Sie sich mit E-Mail und Passwort an.</translation>
    </message>
    <message>
        <source>The server did not accept the credentials (%1).</source>
        <translation>Der Server hat die Anmeldedaten nicht akzeptiert (%1).</translation>
    </message>
    <message>
        <source>The server did not accept the credentials (%1): %2.</source>
        <translation>Der Server hat die Anmeldedaten nicht akzeptiert (%1): %2.</translation>
    </message>
    <message>
        <source>The local mirror could not be written (%1): %2.</source>
        <translation>Der lokale Spiegel konnte nicht geschrieben werden (%1): %2.</translation>
    </message>
    <message>
        <source>Cancelled (%1).</source>
        <translation>Abgebrochen (%1).</translation>
    </message>
    <message>
        <source>The server redirected to another address; Tidemark did not follow it with your credentials (%1): %2.</source>
        <translation>Der Server hat auf eine andere Adresse umgeleitet; Tidemark ist ihr mit Ihren Anmeldedaten nicht gefolgt (%1): %2.</translation>
    </message>
    <message>
        <source>Invalid input (%1): %2.</source>
        <translation>Ungültige Eingabe (%1): %2.</translation>
    </message>
    <message>
        <source>Another Tidemark process (pid %1) is syncing this account.</source>
        <translation>Ein anderer Tidemark-Prozess (PID %1) synchronisiert dieses Konto gerade.</translation>
    </message>
    <message>
        <source>The address answered, but it is not an Immich server (%1). Check the address and the port.</source>
        <translation>Unter der Adresse hat etwas geantwortet, aber es ist kein Immich-Server (%1). Prüfen Sie Adresse und Port.</translation>
    </message>
    <message>
        <source>The server does not speak TLS (https) on that port (%1). Use http:// for it, or the port where the server offers https.</source>
        <translation>Der Server spricht auf diesem Port kein TLS (https) (%1). Verwenden Sie dafür http:// oder den Port, auf dem der Server https anbietet.</translation>
    </message>
    <message>
        <source>The server was reached, but it closed the stream before it was complete (%1). What arrived before is kept; the next run continues from there.</source>
        <translation>Der Server wurde erreicht, hat den Datenstrom aber vor dem Ende geschlossen (%1). Was bis dahin ankam, bleibt erhalten; der nächste Lauf setzt dort fort.</translation>
    </message>
    <message>
        <source>%1 has password login turned off: it accepts only single sign-on. Log in with single sign-on or an API key instead.</source>
        <translation>%1 hat die Anmeldung mit Passwort abgeschaltet: Es nimmt nur Einmalanmeldung an. Melden Sie sich stattdessen mit Einmalanmeldung oder einem API-Schlüssel an.</translation>
    </message>
    <message>
        <source>%1 answers, but it is another Immich installation than the one this account belongs to (its version history differs), so Tidemark did not send your session there.</source>
        <translation>%1 antwortet, ist aber eine andere Immich-Installation als die, zu der dieses Konto gehört (ihr Versionsverlauf weicht ab). Deshalb hat Tidemark Ihre Sitzung nicht dorthin gesendet.</translation>
    </message>
    <message>
        <source>The server did not accept the client certificate Tidemark showed it (%1). It may have expired or been revoked, or come from an authority the server does not trust: ask its administrator for a new one.</source>
        <translation>Der Server hat das Client-Zertifikat, das Tidemark ihm gezeigt hat, nicht angenommen (%1). Es ist vielleicht abgelaufen oder widerrufen, oder es stammt von einer Stelle, der der Server nicht vertraut: Bitten Sie seinen Administrator um ein neues.</translation>
    </message>
    <message>
        <source>The server asks for a client certificate (%1), and this account has none. Choose the certificate file (.p12 or .pfx) its administrator gave you.</source>
        <translation>Der Server verlangt ein Client-Zertifikat (%1), und dieses Konto hat keines. Wählen Sie die Zertifikatsdatei (.p12 oder .pfx), die Ihnen sein Administrator gegeben hat.</translation>
    </message>
</context>
<context>
    <name>Tidemark::AppController</name>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>Server wird geprüft…</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Anmeldung…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Offline: showing the local mirror</source>
        <translation>Offline: Der lokale Spiegel wird angezeigt</translation>
    </message>
    <message>
        <source>Log in needed</source>
        <translation>Anmeldung erforderlich</translation>
    </message>
    <message>
        <source>The old mirror was kept as %1; the next sync downloads the library again.</source>
        <translation>Der alte Spiegel wurde als %1 aufbewahrt; die nächste Synchronisierung lädt die Bibliothek erneut herunter.</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Spiegel</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1): your session token is kept in memory until Tidemark quits, and you will have to log in again next time.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1): Ihr Sitzungstoken bleibt im Speicher, bis Tidemark beendet wird, und beim nächsten Mal müssen Sie sich erneut anmelden.</translation>
    </message>
    <message>
        <source>the demo: this copy of Tidemark has no demo server</source>
        <translation>die Demo: Diese Tidemark-Kopie hat keinen Demo-Server</translation>
    </message>
</context>
<context>
    <name>Tidemark::AssetTableModel</name>
    <message>
        <source>me</source>
        <translation>ich</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Abmessungen</translation>
    </message>
    <message>
        <source>Favorite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <source>Trashed</source>
        <translation>Im Papierkorb</translation>
    </message>
    <message>
        <source>Albums</source>
        <translation>Alben</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>Besitzer %1</translation>
    </message>
</context>
<context>
    <name>Tidemark::AssetsPanel</name>
    <message>
        <source>Search file names</source>
        <translation>Dateinamen durchsuchen</translation>
    </message>
    <message>
        <source>Search by file name</source>
        <translation>Nach Dateiname suchen</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle Besitzer</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Shared albums only</source>
        <translation>Nur geteilte Alben</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Besitzerfilter</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Videos</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Type filter</source>
        <translation>Typfilter</translation>
    </message>
    <message>
        <source>All albums</source>
        <translation>Alle Alben</translation>
    </message>
    <message>
        <source>Album filter</source>
        <translation>Albumfilter</translation>
    </message>
    <message>
        <source>Date taken</source>
        <translation>Aufnahmedatum</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Abmessungen</translation>
    </message>
    <message>
        <source>Favorite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <source>In trash</source>
        <translation>Im Papierkorb</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Sortieren nach</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Sortierreihenfolge</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Als Tabelle anzeigen</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>&amp;Raster</translation>
    </message>
    <message>
        <source>Show as thumbnail grid</source>
        <translation>Als Vorschaubild-Raster anzeigen</translation>
    </message>
    <message>
        <source>S&amp;ort:</source>
        <translation>S&amp;ortierung:</translation>
    </message>
    <message>
        <source>Favorite filter</source>
        <translation>Favoritenfilter</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Archived filter</source>
        <translation>Archivfilter</translation>
    </message>
    <message>
        <source>Trashed</source>
        <translation>Im Papierkorb</translation>
    </message>
    <message>
        <source>Trashed filter</source>
        <translation>Papierkorbfilter</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Ausgeblendet</translation>
    </message>
    <message>
        <source>Hidden filter</source>
        <translation>Filter für ausgeblendete</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Locked filter</source>
        <translation>Filter für gesperrte</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>What the Immich timeline shows: not trashed, archived, hidden or locked</source>
        <translation>Was die Zeitleiste von Immich zeigt: nicht im Papierkorb, nicht archiviert, ausgeblendet oder gesperrt</translation>
    </message>
    <message>
        <source>Show the timeline view</source>
        <translation>Zeitleistenansicht anzeigen</translation>
    </message>
    <message>
        <source>Clear &amp;filters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Alle Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Number of assets</source>
        <translation>Anzahl der Medien</translation>
    </message>
    <message>
        <source>Assets table</source>
        <translation>Medientabelle</translation>
    </message>
    <message>
        <source>Thumbnail grid</source>
        <translation>Vorschaubild-Raster</translation>
    </message>
    <message>
        <source>Asset details</source>
        <translation>Mediendetails</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Cannot read the mirror: %1</source>
        <translation>Der Spiegel kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Select an asset to see its details.</source>
        <translation>Wählen Sie ein Medium aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Descending</source>
        <translation>Absteigend</translation>
    </message>
    <message>
        <source>Ascending</source>
        <translation>Aufsteigend</translation>
    </message>
    <message>
        <source>%1: any</source>
        <translation>%1: alle</translation>
    </message>
    <message>
        <source>%1: yes</source>
        <translation>%1: ja</translation>
    </message>
    <message>
        <source>%1: no</source>
        <translation>%1: nein</translation>
    </message>
    <message>
        <source>No mirror yet: connect and sync first.</source>
        <translation>Kein Spiegel: erst verbinden, dann synchronisieren.</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n Medium</numerusform>
            <numerusform>%n Medien</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled album)</source>
        <translation>(Album ohne Titel)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <source>File created</source>
        <translation>Datei erstellt</translation>
    </message>
    <message>
        <source>File modified</source>
        <translation>Datei geändert</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>yes (file missing on the server)</source>
        <translation>ja (Datei fehlt auf dem Server)</translation>
    </message>
    <message>
        <source>Albums</source>
        <translation>Alben</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Faces</source>
        <translation>Gesichter</translation>
    </message>
    <message>
        <source>Stack</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>Live photo video</source>
        <translation>Video des Live-Fotos</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Prüfsumme</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Lens</source>
        <translation>Objektiv</translation>
    </message>
    <message>
        <source>Aperture</source>
        <translation>Blende</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Belichtung</translation>
    </message>
    <message>
        <source>ISO</source>
        <translation>ISO</translation>
    </message>
    <message>
        <source>Focal length</source>
        <translation>Brennweite</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Dateigröße</translation>
    </message>
    <message>
        <source>Exif dimensions</source>
        <translation>Exif-Abmessungen</translation>
    </message>
    <message>
        <source>Taken (exif)</source>
        <translation>Aufgenommen (Exif)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Koordinaten</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>Projektion</translation>
    </message>
    <message>
        <source>Exif</source>
        <translation>Exif</translation>
    </message>
    <message>
        <source>none in the mirror (sync AssetExifsV1 to get it)</source>
        <translation>keine im Spiegel (synchronisieren Sie AssetExifsV1, um sie zu erhalten)</translation>
    </message>
    <message>
        <source>Shows only assets whose file name contains this text (Ctrl+F)</source>
        <translation>Zeigt nur Medien, deren Dateiname diesen Text enthält (Strg+F)</translation>
    </message>
    <message>
        <source>Everyone&apos;s assets, only yours, only your partners&apos; or only those you see through shared albums</source>
        <translation>Die Medien aller, nur Ihre, nur die Ihrer Partner oder nur die, die Sie über geteilte Alben sehen</translation>
    </message>
    <message>
        <source>Photos, videos, audio or other files only</source>
        <translation>Nur Fotos, Videos, Audio oder andere Dateien</translation>
    </message>
    <message>
        <source>Only the assets of one album</source>
        <translation>Nur die Medien eines Albums</translation>
    </message>
    <message>
        <source>The field the assets are ordered by</source>
        <translation>Das Feld, nach dem die Medien sortiert werden</translation>
    </message>
    <message>
        <source>Checked: descending, unchecked: ascending</source>
        <translation>Angehakt: absteigend, nicht angehakt: aufsteigend</translation>
    </message>
    <message>
        <source>One asset per row with all its columns</source>
        <translation>Ein Medium pro Zeile mit allen Spalten</translation>
    </message>
    <message>
        <source>Thumbnails with their file names</source>
        <translation>Vorschaubilder mit ihren Dateinamen</translation>
    </message>
    <message>
        <source>Shows every asset of the mirror again</source>
        <translation>Zeigt wieder jedes Medium des Spiegels</translation>
    </message>
    <message>
        <source>Assets matching the filters</source>
        <translation>Medien, die den Filtern entsprechen</translation>
    </message>
    <message>
        <source>The mirror&apos;s assets; select one to see its details</source>
        <translation>Die Medien des Spiegels; wählen Sie eines aus, um seine Details zu sehen</translation>
    </message>
    <message>
        <source>Thumbnails of the mirror&apos;s assets; select one to see its details</source>
        <translation>Vorschaubilder der Medien des Spiegels; wählen Sie eines aus, um seine Details zu sehen</translation>
    </message>
    <message>
        <source>Fields and exif of the selected asset</source>
        <translation>Felder und Exif des ausgewählten Mediums</translation>
    </message>
    <message>
        <source>Thumbnail of the selected asset</source>
        <translation>Vorschaubild des ausgewählten Mediums</translation>
    </message>
    <message>
        <source>Any, only %1 assets or only the others</source>
        <translation>Alle, nur Medien mit „%1“ oder nur die anderen</translation>
    </message>
    <message>
        <source>Value of the selected asset</source>
        <translation>Wert des ausgewählten Mediums</translation>
    </message>
    <message>
        <source>File name of the selected asset</source>
        <translation>Dateiname des ausgewählten Mediums</translation>
    </message>
    <message>
        <source>unknown (a full sync does not say; a stream sync will)</source>
        <translation>unbekannt (eine vollständige Synchronisierung sagt es nicht, der Stream schon)</translation>
    </message>
    <message>
        <source>yes, since an unknown time</source>
        <translation>ja, seit unbekannter Zeit</translation>
    </message>
</context>
<context>
    <name>Tidemark::BarChart</name>
    <message>
        <source>Nothing to show yet</source>
        <translation>Noch nichts anzuzeigen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Gesamt: %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tidemark::CheckpointModel</name>
    <message>
        <source>Server and local checkpoints agree</source>
        <translation>Checkpoints von Server und Spiegel stimmen überein</translation>
    </message>
    <message>
        <source>Server and local checkpoints differ</source>
        <translation>Checkpoints von Server und Spiegel weichen ab</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Server ack</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Server time</source>
        <translation>Serverzeit</translation>
    </message>
    <message>
        <source>Local ack</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Lokale Zeit</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Latest pending ack</source>
        <translation>Letzte ausstehende</translation>
    </message>
    <message>
        <source>Pending time</source>
        <translation>Ausstehend seit</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <source>Kept by the server: it writes this checkpoint itself once it has sent the older items of a newly shared partner or album (a backfill). Tidemark does not need its own copy, so this is not a disagreement.</source>
        <translation>Vom Server geführt: Er schreibt diesen Checkpoint selbst, sobald er die älteren Einträge eines neu geteilten Partners oder Albums gesendet hat (ein Nachtrag). Tidemark braucht keine eigene Kopie davon, deshalb ist das keine Abweichung.</translation>
    </message>
    <message>
        <source>kept by server</source>
        <translation>vom Server geführt</translation>
    </message>
    <message>
        <source>Server ack:</source>
        <translation>Bestätigung auf dem Server:</translation>
    </message>
    <message>
        <source>Local ack:</source>
        <translation>Lokale Bestätigung:</translation>
    </message>
    <message>
        <source>Latest pending ack:</source>
        <translation>Letzte ausstehende Bestätigung:</translation>
    </message>
</context>
<context>
    <name>Tidemark::CheckpointsPanel</name>
    <message>
        <source>The server keeps one checkpoint (ack) per entity type for this login session. The next sync sends only what changed after it.</source>
        <translation>Der Server führt für diese Anmeldesitzung einen Checkpoint (Bestätigung) je Entitätstyp. Die nächste Synchronisierung sendet nur, was sich danach geändert hat.</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>Checkpoints</translation>
    </message>
    <message>
        <source>Checkpoint summary</source>
        <translation>Zusammenfassung der Checkpoints</translation>
    </message>
    <message>
        <source>Pending acks (manual mode)</source>
        <translation>Ausstehende Bestätigungen (manueller Modus)</translation>
    </message>
    <message>
        <source>Ack &amp;all pending</source>
        <translation>&amp;Alle ausstehenden bestätigen</translation>
    </message>
    <message>
        <source>Acknowledge all pending acks</source>
        <translation>Alle ausstehenden Bestätigungen senden</translation>
    </message>
    <message>
        <source>Ack &amp;checked types</source>
        <translation>Angehakte &amp;Typen bestätigen</translation>
    </message>
    <message>
        <source>Acknowledge pending acks of the checked or selected types</source>
        <translation>Ausstehende Bestätigungen der angehakten oder ausgewählten Typen senden</translation>
    </message>
    <message>
        <source>event #</source>
        <translation>Ereignis #</translation>
    </message>
    <message>
        <source>Acknowledge up to this event number</source>
        <translation>Bis zu dieser Ereignisnummer bestätigen</translation>
    </message>
    <message>
        <source>Ack &amp;up to event</source>
        <translation>&amp;Bis Ereignis bestätigen</translation>
    </message>
    <message>
        <source>Acknowledge pending acks up to the chosen event</source>
        <translation>Ausstehende Bestätigungen bis zum gewählten Ereignis senden</translation>
    </message>
    <message>
        <source>D&amp;iscard pending</source>
        <translation>Ausstehende &amp;verwerfen</translation>
    </message>
    <message>
        <source>Discard pending acks of the checked or selected types</source>
        <translation>Ausstehende Bestätigungen der angehakten oder ausgewählten Typen verwerfen</translation>
    </message>
    <message>
        <source>Server checkpoints</source>
        <translation>Checkpoints auf dem Server</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>Refresh checkpoints from the server</source>
        <translation>Checkpoints vom Server neu laden</translation>
    </message>
    <message>
        <source>Reset c&amp;hecked types…</source>
        <translation>Angehakte Typen &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>Reset the checkpoints of the checked or selected types</source>
        <translation>Checkpoints der angehakten oder ausgewählten Typen zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Delete all checkpoints…</source>
        <translation>Alle Checkpoints &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete all checkpoints on the server</source>
        <translation>Alle Checkpoints auf dem Server löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n entity type(s) with a checkpoint.</source>
        <translation>
            <numerusform>%n Entitätstyp mit Checkpoint.</numerusform>
            <numerusform>%n Entitätstypen mit Checkpoint.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n differ between server and local.</source>
        <translation>
            <numerusform>%n davon weicht zwischen Server und Spiegel ab.</numerusform>
            <numerusform>%n davon weichen zwischen Server und Spiegel ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Server and local agree.</source>
        <translation>Server und Spiegel stimmen überein.</translation>
    </message>
    <message>
        <source>Check or select the entity types to acknowledge first.</source>
        <translation>Haken Sie zuerst die zu bestätigenden Entitätstypen an oder wählen Sie sie aus.</translation>
    </message>
    <message>
        <source>Check or select the entity types to reset first.</source>
        <translation>Haken Sie zuerst die zurückzusetzenden Entitätstypen an oder wählen Sie sie aus.</translation>
    </message>
    <message>
        <source>Reset checkpoints</source>
        <translation>Checkpoints zurücksetzen</translation>
    </message>
    <message numerus="yes">
        <source>Reset the checkpoints of %n type(s) on the server?</source>
        <translation>
            <numerusform>Die Checkpoints von %n Typ auf dem Server zurücksetzen?</numerusform>
            <numerusform>Die Checkpoints von %n Typen auf dem Server zurücksetzen?</numerusform>
        </translation>
    </message>
    <message>
        <source>The next sync downloads every %1 event again from the beginning. Nothing is deleted on the server or in your photos.</source>
        <translation>Die nächste Synchronisierung lädt jedes %1-Ereignis erneut von Anfang an. Auf dem Server und in Ihren Fotos wird nichts gelöscht.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Delete all checkpoints</source>
        <translation>Alle Checkpoints löschen</translation>
    </message>
    <message>
        <source>Delete every checkpoint of this session on the server?</source>
        <translation>Jeden Checkpoint dieser Sitzung auf dem Server löschen?</translation>
    </message>
    <message>
        <source>The next sync downloads everything again (all users, assets, albums, exif…). Nothing is deleted on the server or in your photos.</source>
        <translation>Die nächste Synchronisierung lädt alles erneut (alle Benutzer, Medien, Alben, Exif…). Auf dem Server und in Ihren Fotos wird nichts gelöscht.</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>Alle löschen</translation>
    </message>
    <message>
        <source>all types</source>
        <translation>alle Typen</translation>
    </message>
    <message>
        <source>Discard pending acks</source>
        <translation>Ausstehende Bestätigungen verwerfen</translation>
    </message>
    <message>
        <source>Discard the pending acks of %1?</source>
        <translation>Die ausstehenden Bestätigungen von %1 verwerfen?</translation>
    </message>
    <message>
        <source>They are not sent to the server, so the next sync sends those events again. The data already saved stays in the mirror.</source>
        <translation>Sie werden nicht an den Server gesendet, daher sendet die nächste Synchronisierung diese Ereignisse erneut. Die bereits gespeicherten Daten bleiben im Spiegel.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n type(s).</source>
        <translation>
            <numerusform>%1 in %n Typ.</numerusform>
            <numerusform>%1 in %n Typen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending ack(s)</source>
        <translation>
            <numerusform>%Ln ausstehende Bestätigung</numerusform>
            <numerusform>%Ln ausstehende Bestätigungen</numerusform>
        </translation>
    </message>
    <message>
        <source>One row per entity type: the ack the server keeps, the one the mirror recorded and any pending ack. Space checks a type.</source>
        <translation>Eine Zeile je Entitätstyp: die Bestätigung, die der Server führt, die im Spiegel erfasste und eine ausstehende. Die Leertaste hakt einen Typ an.</translation>
    </message>
    <message>
        <source>Sends every pending ack to the server (manual ack mode).</source>
        <translation>Sendet jede ausstehende Bestätigung an den Server (manueller Bestätigungsmodus).</translation>
    </message>
    <message>
        <source>Sends the pending acks of the checked or selected types to the server.</source>
        <translation>Sendet die ausstehenden Bestätigungen der angehakten oder ausgewählten Typen an den Server.</translation>
    </message>
    <message>
        <source>Event number of the current run up to which pending acks are sent.</source>
        <translation>Ereignisnummer des aktuellen Laufs, bis zu der ausstehende Bestätigungen gesendet werden.</translation>
    </message>
    <message>
        <source>Sends the pending acks of events up to the chosen number.</source>
        <translation>Sendet die ausstehenden Bestätigungen der Ereignisse bis zur gewählten Nummer.</translation>
    </message>
    <message>
        <source>Forgets pending acks without sending them; the server sends those events again.</source>
        <translation>Verwirft ausstehende Bestätigungen, ohne sie zu senden; der Server sendet diese Ereignisse erneut.</translation>
    </message>
    <message>
        <source>Reads the checkpoints again from the server (GET /sync/ack).</source>
        <translation>Liest die Checkpoints erneut vom Server (GET /sync/ack).</translation>
    </message>
    <message>
        <source>Deletes the server checkpoints of the checked types, so the next sync sends them from the start.</source>
        <translation>Löscht die Checkpoints der angehakten Typen auf dem Server, sodass die nächste Synchronisierung sie von Anfang an sendet.</translation>
    </message>
    <message>
        <source>Deletes all checkpoints of this session on the server; the next sync starts over.</source>
        <translation>Löscht alle Checkpoints dieser Sitzung auf dem Server; die nächste Synchronisierung beginnt von vorn.</translation>
    </message>
    <message numerus="yes">
        <source>%n kept by the server for backfill.</source>
        <translation>
            <numerusform>%n davon führt der Server für Nachträge.</numerusform>
            <numerusform>%n davon führt der Server für Nachträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy ack</source>
        <translation>Bestätigung &amp;kopieren</translation>
    </message>
    <message>
        <source>Copies the full ack of the selected rows: the server&apos;s, or the local or pending one in those columns.</source>
        <translation>Kopiert die vollständige Bestätigung der ausgewählten Zeilen: die des Servers, in den Spalten für lokal oder ausstehend die lokale oder ausstehende.</translation>
    </message>
</context>
<context>
    <name>Tidemark::Cli</name>
    <message>
        <source>%1 Nothing was changed: move the file aside (or open Tidemark to rebuild it) and run the command again.</source>
        <translation>%1 Es wurde nichts geändert: Verschieben Sie die Datei (oder öffnen Sie Tidemark, um sie neu aufzubauen) und führen Sie den Befehl erneut aus.</translation>
    </message>
    <message>
        <source>ENTITY TYPE</source>
        <translation>ENTITÄTSTYP</translation>
    </message>
    <message>
        <source>RECEIVED</source>
        <translation>EMPFANGEN</translation>
    </message>
    <message>
        <source>STORED</source>
        <translation>GESPEICHERT</translation>
    </message>
    <message>
        <source>%1 mode</source>
        <translation>Modus %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) received</source>
        <translation>
            <numerusform>%Ln Zeile empfangen</numerusform>
            <numerusform>%Ln Zeilen empfangen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stored</source>
        <translation>
            <numerusform>%Ln gespeichert</numerusform>
            <numerusform>%Ln gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln acknowledgement request(s)</source>
        <translation>
            <numerusform>%Ln Bestätigungsanfrage</numerusform>
            <numerusform>%Ln Bestätigungsanfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: a full sync is needed, nothing was changed (%2)</source>
        <translation>%1: eine vollständige Synchronisierung ist nötig, es wurde nichts geändert (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s)</source>
        <translation>
            <numerusform>%Ln Medium</numerusform>
            <numerusform>%Ln Medien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln checkpoint(s) waiting to be sent (%1): review with `tidemark acks list`, send with `tidemark acks set`.</source>
        <translation>
            <numerusform>%Ln Checkpoint wartet auf das Senden (%1): prüfen mit `tidemark acks list`, senden mit `tidemark acks set`.</numerusform>
            <numerusform>%Ln Checkpoints warten auf das Senden (%1): prüfen mit `tidemark acks list`, senden mit `tidemark acks set`.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln type(s)</source>
        <translation>
            <numerusform>%Ln Typ</numerusform>
            <numerusform>%Ln Typen</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent the newest waiting checkpoint of %1 (covering %2).</source>
        <translation>Den neuesten wartenden Checkpoint von %1 gesendet (umfasst %2).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting checkpoint(s)</source>
        <translation>
            <numerusform>%Ln wartender Checkpoint</numerusform>
            <numerusform>%Ln wartende Checkpoints</numerusform>
        </translation>
    </message>
    <message>
        <source>Since %1: the server asks for a full sync instead.</source>
        <translation>Seit %1: Der Server verlangt stattdessen eine vollständige Synchronisierung.</translation>
    </message>
    <message>
        <source>the server cannot list the changes since this date and asks for a full sync: nothing was changed; run `tidemark full-sync`</source>
        <translation>der Server kann die Änderungen seit diesem Datum nicht auflisten und verlangt eine vollständige Synchronisierung: Es wurde nichts geändert; führen Sie `tidemark full-sync` aus</translation>
    </message>
    <message>
        <source>Listed %1 on the server; removed %2 the server no longer has.</source>
        <translation>%1 auf dem Server aufgelistet; %2 entfernt, die der Server nicht mehr hat.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln local asset(s)</source>
        <translation>
            <numerusform>%Ln lokales Medium</numerusform>
            <numerusform>%Ln lokale Medien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>favorite of %Ln partner asset(s)</source>
        <translation>
            <numerusform>Favorit bei %Ln Medium eines Partners</numerusform>
            <numerusform>Favorit bei %Ln Medien von Partnern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deletion time of %Ln trashed asset(s)</source>
        <translation>
            <numerusform>Löschzeitpunkt von %Ln Medium im Papierkorb</numerusform>
            <numerusform>Löschzeitpunkt von %Ln Medien im Papierkorb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Immich cannot live under a sub-path of a web address, so &quot;%1&quot; is left out: Tidemark uses %2</source>
        <translation>Immich kann nicht unter einem Unterpfad einer Webadresse liegen, daher wird „%1“ weggelassen: Tidemark verwendet %2</translation>
    </message>
</context>
<context>
    <name>Tidemark::ClientCertificate</name>
    <message>
        <source>No client certificate file was chosen.</source>
        <translation>Es wurde keine Client-Zertifikatsdatei gewählt.</translation>
    </message>
    <message>
        <source>The client certificate file %1 does not exist.</source>
        <translation>Die Client-Zertifikatsdatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The client certificate file %1 cannot be read: %2.</source>
        <translation>Die Client-Zertifikatsdatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The client certificate in %1 expired on %2.</source>
        <translation>Das Client-Zertifikat in %1 ist am %2 abgelaufen.</translation>
    </message>
    <message>
        <source>%1 (valid until %2)</source>
        <translation>%1 (gültig bis %2)</translation>
    </message>
    <message>
        <source>The client certificate file %1 could not be opened: it is not a PKCS#12 file (.p12 or .pfx) with a certificate and its private key, or the password is wrong.</source>
        <translation>Die Client-Zertifikatsdatei %1 konnte nicht geöffnet werden: Sie ist keine PKCS#12-Datei (.p12 oder .pfx) mit einem Zertifikat und seinem privaten Schlüssel, oder das Passwort ist falsch.</translation>
    </message>
</context>
<context>
    <name>Tidemark::ClientCertificateDialog</name>
    <message>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>Some servers sit behind a proxy that lets in only devices with a certificate of their own. Choose the certificate file (.p12 or .pfx) its administrator gave you and enter its password. Tidemark shows it only to this server, and keeps the password in the system keychain.</source>
        <translation>Manche Server stehen hinter einem Proxy, der nur Geräte mit einem eigenen Zertifikat hereinlässt. Wählen Sie die Zertifikatsdatei (.p12 oder .pfx), die Ihnen sein Administrator gegeben hat, und geben Sie ihr Passwort ein. Tidemark zeigt sie nur diesem Server und bewahrt das Passwort im Schlüsselbund des Systems auf.</translation>
    </message>
    <message>
        <source>No certificate</source>
        <translation>Kein Zertifikat</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Zertifikatsdatei</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>Zertifikatsdatei wählen</translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation>Passwort des Zertifikats</translation>
    </message>
    <message>
        <source>Kept in the system keychain; shown only as dots.</source>
        <translation>Im Schlüsselbund des Systems aufbewahrt; nur als Punkte angezeigt.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;No certificate</source>
        <translation>&amp;Kein Zertifikat</translation>
    </message>
    <message>
        <source>Use no client certificate</source>
        <translation>Kein Client-Zertifikat verwenden</translation>
    </message>
    <message>
        <source>Certificates (*.p12 *.pfx);;All files (*)</source>
        <translation>Zertifikate (*.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 (not opened)</source>
        <translation>%1 (nicht geöffnet)</translation>
    </message>
</context>
<context>
    <name>Tidemark::ConnectDialog</name>
    <message>
        <source>Connect to an Immich server</source>
        <translation>Mit einem Immich-Server verbinden</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>photos.example.com or http://192.168.1.5:2283</source>
        <translation>photos.example.com oder http://192.168.1.5:2283</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>C&amp;heck server</source>
        <translation>Server &amp;prüfen</translation>
    </message>
    <message>
        <source>Check the server</source>
        <translation>Den Server prüfen</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Server information</source>
        <translation>Serverinformationen</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>sie@example.com</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>API key (optional)</source>
        <translation>API-Schlüssel (optional)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>An API key works for full and delta sync, statistics and thumbnails. The sync stream and checkpoints need a login session: the server refuses them for API keys. Logging in creates a new session with its own checkpoints; the token is kept in the system keychain.</source>
        <translation>Ein API-Schlüssel genügt für Voll- und Delta-Synchronisierung, Statistiken und Vorschaubilder. Sync-Stream und Checkpoints brauchen eine Anmeldesitzung: Der Server lehnt sie für API-Schlüssel ab. Die Anmeldung erzeugt eine neue Sitzung mit eigenen Checkpoints; das Token wird im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>An&amp;melden</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>&amp;Demo ausprobieren</translation>
    </message>
    <message>
        <source>Try the demo with a sample server on this computer</source>
        <translation>Die Demo mit einem Beispielserver auf diesem Computer ausprobieren</translation>
    </message>
    <message>
        <source>Starts a sample Immich-compatible server inside Tidemark, with a made-up library, and logs in to it.</source>
        <translation>Startet einen Immich-kompatiblen Beispielserver in Tidemark mit einer erfundenen Bibliothek und meldet sich dort an.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Check that the server is running and try again.</source>
        <translation>Prüfen Sie, ob der Server läuft, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Check the address.</source>
        <translation>Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>Immich %1 at %2.</source>
        <translation>Immich %1 unter %2.</translation>
    </message>
    <message>
        <source>Sync stream: no (needs 1.127 or newer).</source>
        <translation>Sync-Stream: nein (benötigt 1.127 oder neuer).</translation>
    </message>
    <message>
        <source>Full and delta sync: yes.</source>
        <translation>Voll- und Delta-Synchronisierung: ja.</translation>
    </message>
    <message>
        <source>Full and delta sync: no (removed in 3.0).</source>
        <translation>Voll- und Delta-Synchronisierung: nein (in 3.0 entfernt).</translation>
    </message>
    <message>
        <source>Asset types: V2.</source>
        <translation>Medientypen: V2.</translation>
    </message>
    <message>
        <source>Asset types: V1.</source>
        <translation>Medientypen: V1.</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>Server wird geprüft…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Enter the server address.</source>
        <translation>Geben Sie die Serveradresse ein.</translation>
    </message>
    <message>
        <source>Enter your password, or an API key.</source>
        <translation>Geben Sie Ihr Passwort oder einen API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Anmeldung…</translation>
    </message>
    <message>
        <source>Starting the demo server…</source>
        <translation>Demo-Server wird gestartet…</translation>
    </message>
    <message>
        <source>Unencrypted connection warning</source>
        <translation>Warnung vor unverschlüsselter Verbindung</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Serverzertifikat</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>Diesem Zertifikat &amp;vertrauen</translation>
    </message>
    <message>
        <source>Trust this certificate for this server</source>
        <translation>Diesem Zertifikat für diesen Server vertrauen</translation>
    </message>
    <message>
        <source>Warning: http:// is not encrypted. Your password and session token would cross the network readable by anyone on the way. Use https:// unless this network is entirely yours.</source>
        <translation>Warnung: http:// ist nicht verschlüsselt. Ihr Passwort und Ihr Sitzungstoken würden für jeden auf dem Weg lesbar durch das Netz gehen. Verwenden Sie https://, außer dieses Netz gehört ganz Ihnen.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of the certificate of %1:
%2
Trust it only if it matches the one your server shows.</source>
        <translation>SHA-256-Fingerabdruck des Zertifikats von %1:
%2
Vertrauen Sie ihm nur, wenn er mit dem übereinstimmt, den Ihr Server anzeigt.</translation>
    </message>
    <message>
        <source>Certificate not trusted.</source>
        <translation>Zertifikat nicht vertrauenswürdig.</translation>
    </message>
    <message>
        <source>For example photos.example.com, http://192.168.1.5:2283 or https://photos.example.com/api.</source>
        <translation>Zum Beispiel photos.example.com, http://192.168.1.5:2283 oder https://photos.example.com/api.</translation>
    </message>
    <message>
        <source>Checks that an Immich server answers there and shows its version and what it supports.</source>
        <translation>Prüft, ob dort ein Immich-Server antwortet, und zeigt seine Version und was er unterstützt.</translation>
    </message>
    <message>
        <source>Accepts this server&apos;s certificate although no known authority vouches for it; compare its fingerprint first.</source>
        <translation>Akzeptiert das Zertifikat dieses Servers, obwohl keine bekannte Zertifizierungsstelle dafür bürgt; vergleichen Sie zuerst seinen Fingerabdruck.</translation>
    </message>
    <message>
        <source>Sent only to the server to log in; never saved. The session token is kept in the keychain.</source>
        <translation>Wird nur zur Anmeldung an den Server gesendet und nie gespeichert. Das Sitzungstoken wird im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>Checks the server and logs in.</source>
        <translation>Prüft den Server und meldet an.</translation>
    </message>
    <message>
        <source>Starts a built-in Immich-compatible server with a made-up library and logs in to it.</source>
        <translation>Startet einen eingebauten Immich-kompatiblen Server mit einer erfundenen Bibliothek und meldet sich dort an.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>The email address you log in to Immich with.</source>
        <translation>Die E-Mail-Adresse, mit der Sie sich bei Immich anmelden.</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Check the email and password.</source>
        <translation>Prüfen Sie E-Mail-Adresse und Passwort.</translation>
    </message>
    <message>
        <source>The server answers. Enter your email and password.</source>
        <translation>Der Server antwortet. Geben Sie E-Mail-Adresse und Passwort ein.</translation>
    </message>
    <message>
        <source>Enter your email address.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Sent only to the server to log in; never saved. The session is kept only while Tidemark runs.</source>
        <translation>Wird nur zur Anmeldung an den Server gesendet und nie gespeichert. Die Sitzung wird nur aufbewahrt, solange Tidemark läuft.</translation>
    </message>
    <message>
        <source>An API key works for full and delta sync, statistics and thumbnails. The sync stream and checkpoints need a login session: the server refuses them for API keys. Logging in creates a new session with its own checkpoints; it is kept only while Tidemark runs, not saved.</source>
        <translation>Ein API-Schlüssel genügt für Voll- und Delta-Synchronisierung, Statistiken und Vorschaubilder. Sync-Stream und Checkpoints brauchen eine Anmeldesitzung: Der Server lehnt sie für API-Schlüssel ab. Die Anmeldung erzeugt eine neue Sitzung mit eigenen Checkpoints; sie wird nur aufbewahrt, solange Tidemark läuft, und nicht gespeichert.</translation>
    </message>
    <message>
        <source>Request types of this server&apos;s sync stream: %1</source>
        <translation>Anfragetypen des Synchronisierungsstroms dieses Servers: %1</translation>
    </message>
    <message>
        <source>Optional: instead of a password, for full and delta sync, statistics and thumbnails (not the sync stream); kept only while Tidemark runs.</source>
        <translation>Optional: statt eines Passworts, für vollständige und Delta-Synchronisierung, Statistiken und Vorschaubilder (nicht den Synchronisierungsstrom); nur aufbewahrt, solange Tidemark läuft.</translation>
    </message>
    <message>
        <source>Optional: instead of a password, for full and delta sync, statistics and thumbnails (not the sync stream); kept in the keychain.</source>
        <translation>Optional: statt eines Passworts, für vollständige und Delta-Synchronisierung, Statistiken und Vorschaubilder (nicht den Synchronisierungsstrom); im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message numerus="yes">
        <source>Sync stream: yes, %n request type(s).</source>
        <translation>
            <numerusform>Synchronisierungsstrom: ja, %n Anfragetyp.</numerusform>
            <numerusform>Synchronisierungsstrom: ja, %n Anfragetypen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log in: single sign-on only.</source>
        <translation>Anmeldung: nur Single Sign-on.</translation>
    </message>
    <message>
        <source>Log in: password or single sign-on.</source>
        <translation>Anmeldung: Passwort oder Single Sign-on.</translation>
    </message>
    <message>
        <source>Log in: password.</source>
        <translation>Anmeldung: Passwort.</translation>
    </message>
    <message>
        <source>Enter an API key: this server accepts no passwords.</source>
        <translation>Geben Sie einen API-Schlüssel ein: Dieser Server nimmt keine Passwörter an.</translation>
    </message>
    <message>
        <source>required by this server</source>
        <translation>von diesem Server verlangt</translation>
    </message>
    <message>
        <source>Log in with single sign-on</source>
        <translation>Mit Einmalanmeldung anmelden</translation>
    </message>
    <message>
        <source>Opens the server&apos;s sign-in page in your browser and waits for its answer.</source>
        <translation>Öffnet die Anmeldeseite des Servers in Ihrem Browser und wartet auf deren Antwort.</translation>
    </message>
    <message>
        <source>Single sign-on:</source>
        <translation>Einmalanmeldung:</translation>
    </message>
    <message>
        <source>Tidemark on this computer (127.0.0.1)</source>
        <translation>Tidemark auf diesem Computer (127.0.0.1)</translation>
    </message>
    <message>
        <source>Immich&apos;s app link (app.immich://)</source>
        <translation>App-Link von Immich (app.immich://)</translation>
    </message>
    <message>
        <source>How the sign-in page answers</source>
        <translation>Wie die Anmeldeseite antwortet</translation>
    </message>
    <message>
        <source>The address your single sign-on provider sends the browser back to. Its administrator must allow it: loopback addresses for this computer, or Immich&apos;s app link, which the mobile app uses too.</source>
        <translation>Die Adresse, zu der Ihr Anbieter der Einmalanmeldung den Browser zurückschickt. Dessen Administration muss sie erlauben: Loopback-Adressen für diesen Computer, oder den App-Link von Immich, den auch die mobile App verwendet.</translation>
    </message>
    <message>
        <source>&amp;Answer to:</source>
        <translation>&amp;Antwort an:</translation>
    </message>
    <message>
        <source>Waiting for the browser</source>
        <translation>Warten auf den Browser</translation>
    </message>
    <message>
        <source>Address of the sign-in page</source>
        <translation>Adresse der Anmeldeseite</translation>
    </message>
    <message>
        <source>Sign-in &amp;page:</source>
        <translation>Anmelde&amp;seite:</translation>
    </message>
    <message>
        <source>app.immich:///oauth-callback?code=…</source>
        <translation>app.immich:///oauth-callback?code=…</translation>
    </message>
    <message>
        <source>Address the browser ended on</source>
        <translation>Adresse, bei der der Browser endete</translation>
    </message>
    <message>
        <source>If the browser could not hand the answer back to Tidemark, paste the address it ended on here.</source>
        <translation>Wenn der Browser die Antwort nicht an Tidemark übergeben konnte, fügen Sie hier die Adresse ein, bei der er endete.</translation>
    </message>
    <message>
        <source>&amp;Use address</source>
        <translation>Adresse &amp;verwenden</translation>
    </message>
    <message>
        <source>Use the pasted address</source>
        <translation>Die eingefügte Adresse verwenden</translation>
    </message>
    <message>
        <source>Browser ended &amp;on:</source>
        <translation>Browser endete &amp;bei:</translation>
    </message>
    <message>
        <source>This server accepts only single sign-on. Use the button “%1”, or log in with an API key (create one in Immich under Account Settings, API Keys).</source>
        <translation>Dieser Server nimmt nur Einmalanmeldung an. Verwenden Sie die Schaltfläche „%1“, oder melden Sie sich mit einem API-Schlüssel an (zu erstellen in Immich unter Kontoeinstellungen, API-Schlüssel).</translation>
    </message>
    <message>
        <source>This server accepts no passwords and offers no single sign-on. Log in with an API key (create one in Immich under Account Settings, API Keys).</source>
        <translation>Dieser Server nimmt keine Passwörter an und bietet keine Einmalanmeldung. Melden Sie sich mit einem API-Schlüssel an (zu erstellen in Immich unter Kontoeinstellungen, API-Schlüssel).</translation>
    </message>
    <message>
        <source>The server answers. Enter your email and password, or use single sign-on.</source>
        <translation>Der Server antwortet. Geben Sie E-Mail und Passwort ein, oder verwenden Sie die Einmalanmeldung.</translation>
    </message>
    <message>
        <source>Opening the sign-in page…</source>
        <translation>Die Anmeldeseite wird geöffnet …</translation>
    </message>
    <message>
        <source>Finish logging in in your browser: Tidemark opened the sign-in page. If it did not appear, open the address above yourself.</source>
        <translation>Schließen Sie die Anmeldung in Ihrem Browser ab: Tidemark hat die Anmeldeseite geöffnet. Falls sie nicht erschien, öffnen Sie die Adresse oben selbst.</translation>
    </message>
    <message>
        <source>No browser could be opened. Open the address above in a browser to log in.</source>
        <translation>Es konnte kein Browser geöffnet werden. Öffnen Sie die Adresse oben in einem Browser, um sich anzumelden.</translation>
    </message>
    <message>
        <source>At the end, let the browser open Tidemark for the app.immich link, or paste the address it ended on below.</source>
        <translation>Lassen Sie den Browser am Ende Tidemark für den app.immich-Link öffnen, oder fügen Sie unten die Adresse ein, bei der er endete.</translation>
    </message>
    <message>
        <source>Cancel stops waiting.</source>
        <translation>Abbrechen beendet das Warten.</translation>
    </message>
    <message>
        <source>Proxy &amp;headers…</source>
        <translation>Proxy-&amp;Header …</translation>
    </message>
    <message>
        <source>Proxy headers</source>
        <translation>Proxy-Header</translation>
    </message>
    <message>
        <source>Headers a proxy in front of the server asks for, such as Cloudflare Access&apos;.</source>
        <translation>Header, die ein Proxy vor dem Server verlangt, etwa die von Cloudflare Access.</translation>
    </message>
    <message>
        <source>Proxy headers set</source>
        <translation>Gesetzte Proxy-Header</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <source>Client &amp;certificate…</source>
        <translation>Client-&amp;Zertifikat…</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>The certificate file a proxy in front of the server asks for (mutual TLS).</source>
        <translation>Die Zertifikatsdatei, die ein Proxy vor dem Server verlangt (gegenseitiges TLS).</translation>
    </message>
    <message>
        <source>Client certificate in use</source>
        <translation>Verwendetes Client-Zertifikat</translation>
    </message>
</context>
<context>
    <name>Tidemark::ErrorBanner</name>
    <message>
        <source>Message banner</source>
        <translation>Meldungsleiste</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>Empfohlene Aktion</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Technische Details anzeigen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Log in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Reset…</source>
        <translation>Zurücksetzen…</translation>
    </message>
    <message>
        <source>Check connection…</source>
        <translation>Verbindung prüfen…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Does what the message suggests: retry, log in again or check the settings.</source>
        <translation>Tut, was die Meldung vorschlägt: erneut versuchen, erneut anmelden oder die Einstellungen prüfen.</translation>
    </message>
    <message>
        <source>Shows the request, status and technical detail behind the message.</source>
        <translation>Zeigt die Anfrage, den Status und die technischen Details hinter der Meldung.</translation>
    </message>
    <message>
        <source>Hides the message (Escape).</source>
        <translation>Blendet die Meldung aus (Esc).</translation>
    </message>
</context>
<context>
    <name>Tidemark::EventLogModel</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Ack</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>Tidemark::EventSummaries</name>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>in timeline</source>
        <translation>in der Zeitleiste</translation>
    </message>
    <message>
        <source>trashed</source>
        <translation>im Papierkorb</translation>
    </message>
    <message>
        <source>unknown type (skipped, not acknowledged)</source>
        <translation>unbekannter Typ (übersprungen, nicht bestätigt)</translation>
    </message>
    <message>
        <source>checkpoint %1</source>
        <translation>Checkpoint %1</translation>
    </message>
    <message>
        <source>end of run</source>
        <translation>Ende des Laufs</translation>
    </message>
    <message>
        <source>server asks for a reset</source>
        <translation>Server verlangt ein Zurücksetzen</translation>
    </message>
</context>
<context>
    <name>Tidemark::FullDeltaPanel</name>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Full sync</source>
        <translation>Vollsynchronisierung</translation>
    </message>
    <message>
        <source>Delta sync</source>
        <translation>Delta-Synchronisierung</translation>
    </message>
    <message>
        <source>Reconcile</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>Full and delta sync are the asset endpoints of older servers (deprecated from 2.3, removed in 3.0). They work with an API key and fill the same mirror as the stream.</source>
        <translation>Voll- und Delta-Synchronisierung sind die Medien-Endpunkte älterer Server (veraltet ab 2.3, entfernt in 3.0). Sie funktionieren mit einem API-Schlüssel und füllen denselben Spiegel wie der Stream.</translation>
    </message>
    <message>
        <source>Full sync: list every asset</source>
        <translation>Vollsynchronisierung: jedes Medium auflisten</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Seitengröße</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>Seiten&amp;größe:</translation>
    </message>
    <message>
        <source>Me and every partner who shares with me</source>
        <translation>Ich und jeder Partner, der mit mir teilt</translation>
    </message>
    <message>
        <source>Only me</source>
        <translation>Nur ich</translation>
    </message>
    <message>
        <source>One user id:</source>
        <translation>Eine Benutzer-ID:</translation>
    </message>
    <message>
        <source>Whose assets</source>
        <translation>Wessen Medien</translation>
    </message>
    <message>
        <source>user id (UUID)</source>
        <translation>Benutzer-ID (UUID)</translation>
    </message>
    <message>
        <source>Owner user id</source>
        <translation>Benutzer-ID des Besitzers</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Besitzer:</translation>
    </message>
    <message>
        <source>Run &amp;full sync</source>
        <translation>&amp;Vollsynchronisierung starten</translation>
    </message>
    <message>
        <source>Run full sync</source>
        <translation>Vollsynchronisierung starten</translation>
    </message>
    <message>
        <source>Delta sync: what changed since a time</source>
        <translation>Delta-Synchronisierung: was sich seit einem Zeitpunkt geändert hat</translation>
    </message>
    <message>
        <source>Changed since</source>
        <translation>Geändert seit</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Seit:</translation>
    </message>
    <message>
        <source>User ids, comma-separated</source>
        <translation>Benutzer-IDs, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;User ids:</source>
        <translation>Ben&amp;utzer-IDs:</translation>
    </message>
    <message>
        <source>Run &amp;delta sync</source>
        <translation>&amp;Delta-Synchronisierung starten</translation>
    </message>
    <message>
        <source>Run delta sync</source>
        <translation>Delta-Synchronisierung starten</translation>
    </message>
    <message>
        <source>Delta sync never reports permanently deleted assets. Reconcile lists every asset id and removes the ones the server no longer has.</source>
        <translation>Die Delta-Synchronisierung meldet endgültig gelöschte Medien nie. Der Abgleich listet jede Medien-ID auf und entfernt die, die der Server nicht mehr hat.</translation>
    </message>
    <message>
        <source>&amp;Reconcile</source>
        <translation>&amp;Abgleichen</translation>
    </message>
    <message>
        <source>Reconcile the mirror with the server</source>
        <translation>Den Spiegel mit dem Server abgleichen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Run the full sync &amp;now</source>
        <translation>Vollsynchronisierung &amp;jetzt starten</translation>
    </message>
    <message>
        <source>Run the full sync now</source>
        <translation>Vollsynchronisierung jetzt starten</translation>
    </message>
    <message>
        <source>Full and delta sync log</source>
        <translation>Protokoll der Voll- und Delta-Synchronisierung</translation>
    </message>
    <message>
        <source>Pages and results appear here.</source>
        <translation>Seiten und Ergebnisse erscheinen hier.</translation>
    </message>
    <message>
        <source> (last page)</source>
        <translation> (letzte Seite)</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>%1 läuft…</translation>
    </message>
    <message>
        <source>This server (%1) no longer has full and delta sync: they were removed in Immich 3.0. The sync stream does everything they did.</source>
        <translation>Dieser Server (%1) hat keine Voll- und Delta-Synchronisierung mehr: Sie wurden in Immich 3.0 entfernt. Der Sync-Stream kann alles, was sie konnten.</translation>
    </message>
    <message>
        <source>Enter the user id whose assets to list.</source>
        <translation>Geben Sie die Benutzer-ID ein, deren Medien aufgelistet werden sollen.</translation>
    </message>
    <message>
        <source>%1 cancelled.</source>
        <translation>%1 abgebrochen.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>Full sync: page of %Ln asset(s) of %1%2</source>
        <translation>
            <numerusform>Vollsynchronisierung: Seite mit %Ln Medium von %1%2</numerusform>
            <numerusform>Vollsynchronisierung: Seite mit %Ln Medien von %1%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delta sync: %Ln asset(s) added or changed, %1 deleted.</source>
        <translation>
            <numerusform>Delta-Synchronisierung: %Ln Medium hinzugefügt oder geändert, %1 gelöscht.</numerusform>
            <numerusform>Delta-Synchronisierung: %Ln Medien hinzugefügt oder geändert, %1 gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 complete: %Ln asset(s) in %2 s.</source>
        <translation>
            <numerusform>%1 abgeschlossen: %Ln Medium in %2 s.</numerusform>
            <numerusform>%1 abgeschlossen: %Ln Medien in %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of assets requested per page of the full sync.</source>
        <translation>Anzahl der Medien, die je Seite der Vollsynchronisierung angefordert werden.</translation>
    </message>
    <message>
        <source>Whose assets the full sync lists: yours, a partner&apos;s or any user id.</source>
        <translation>Wessen Medien die Vollsynchronisierung auflistet: Ihre, die eines Partners oder die einer beliebigen Benutzer-ID.</translation>
    </message>
    <message>
        <source>The user id whose assets are listed when &quot;another user id&quot; is chosen.</source>
        <translation>Die Benutzer-ID, deren Medien aufgelistet werden, wenn „Eine Benutzer-ID“ gewählt ist.</translation>
    </message>
    <message>
        <source>Lists every asset page by page (POST /sync/full-sync) into the mirror.</source>
        <translation>Listet jedes Medium Seite für Seite in den Spiegel auf (POST /sync/full-sync).</translation>
    </message>
    <message>
        <source>The delta sync asks for changes after this date and time.</source>
        <translation>Die Delta-Synchronisierung fragt nach Änderungen nach diesem Datum und dieser Uhrzeit.</translation>
    </message>
    <message>
        <source>The users whose changes the delta sync asks for; empty means you and your partners.</source>
        <translation>Die Benutzer, nach deren Änderungen die Delta-Synchronisierung fragt; leer bedeutet Sie und Ihre Partner.</translation>
    </message>
    <message>
        <source>Asks the server what changed since the chosen time (POST /sync/delta-sync).</source>
        <translation>Fragt den Server, was sich seit dem gewählten Zeitpunkt geändert hat (POST /sync/delta-sync).</translation>
    </message>
    <message>
        <source>Compares the mirror with a full listing and removes assets the server no longer has.</source>
        <translation>Vergleicht den Spiegel mit einer vollständigen Auflistung und entfernt Medien, die der Server nicht mehr hat.</translation>
    </message>
    <message>
        <source>The server answered that a delta is not possible: runs the full sync instead.</source>
        <translation>Der Server hat geantwortet, dass ein Delta nicht möglich ist: startet stattdessen die Vollsynchronisierung.</translation>
    </message>
    <message>
        <source>What the full and delta syncs did, one line per page or step.</source>
        <translation>Was Voll- und Delta-Synchronisierung getan haben, eine Zeile je Seite oder Schritt.</translation>
    </message>
    <message>
        <source>empty: you and every partner who shares with you, as the server lists them</source>
        <translation>leer: Sie und alle Partner, die mit Ihnen teilen, so wie der Server sie auflistet</translation>
    </message>
    <message>
        <source>Leave it empty and Tidemark asks the server who your partners are when the delta sync starts. The server answers &quot;needs full sync&quot; unless the ids are exactly you and every partner who shares with you, or when more than 100 days or 10,000 changes have passed.</source>
        <translation>Lassen Sie das Feld leer, dann fragt Tidemark den Server beim Start der Delta-Synchronisierung, wer Ihre Partner sind. Der Server antwortet „vollständige Synchronisierung nötig“, wenn die IDs nicht genau Sie und alle Partner sind, die mit Ihnen teilen, oder wenn mehr als 100 Tage oder 10.000 Änderungen vergangen sind.</translation>
    </message>
    <message>
        <source>The server says a full sync is needed: the time is more than 100 days ago, more than 10,000 assets changed, or the user ids are not exactly you and your partners. Nothing was changed.</source>
        <translation>Der Server verlangt eine vollständige Synchronisierung: Der Zeitpunkt liegt mehr als 100 Tage zurück, mehr als 10.000 Medien wurden geändert, oder die Benutzer-IDs sind nicht genau Sie und Ihre Partner. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The server says a full sync is needed: the time is more than 100 days ago, or more than 10,000 assets changed since then. Nothing was changed. A full sync lists everything once and sets &quot;Since&quot; to its time, so the next delta sync can start there.</source>
        <translation>Der Server verlangt eine vollständige Synchronisierung: Der Zeitpunkt liegt mehr als 100 Tage zurück, oder seitdem wurden mehr als 10.000 Medien geändert. Es wurde nichts geändert. Eine vollständige Synchronisierung listet alles einmal auf und setzt „Seit“ auf ihren Zeitpunkt, sodass die nächste Delta-Synchronisierung dort beginnen kann.</translation>
    </message>
</context>
<context>
    <name>Tidemark::HeadersDialog</name>
    <message>
        <source>Proxy headers</source>
        <translation>Proxy-Header</translation>
    </message>
    <message>
        <source>Headers the proxy in front of your Immich server asks for, such as CF-Access-Client-Id and CF-Access-Client-Secret for Cloudflare Access. Tidemark sends them with every request to this server and nowhere else, and keeps their values in the system keychain.</source>
        <translation>Header, die der Proxy vor Ihrem Immich-Server verlangt, etwa CF-Access-Client-Id und CF-Access-Client-Secret für Cloudflare Access. Tidemark sendet sie mit jeder Anfrage an diesen Server und nirgendwohin sonst und bewahrt ihre Werte im Schlüsselbund des Systems auf.</translation>
    </message>
    <message>
        <source>&amp;Add header</source>
        <translation>Header &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a header</source>
        <translation>Einen Header hinzufügen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name, e.g. CF-Access-Client-Id</source>
        <translation>Name, z. B. CF-Access-Client-Id</translation>
    </message>
    <message>
        <source>Header name</source>
        <translation>Name des Headers</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Header value</source>
        <translation>Wert des Headers</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this header</source>
        <translation>Diesen Header entfernen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a header name Tidemark may set (letters, digits and -_.!#$%&amp;&apos;*+^`|~ only; not Host, Cookie, x-api-key and the like).</source>
        <translation>„%1“ ist kein Header-Name, den Tidemark setzen darf (nur Buchstaben, Ziffern und -_.!#$%&amp;&apos;*+^`|~; nicht Host, Cookie, x-api-key und Ähnliche).</translation>
    </message>
    <message>
        <source>Enter a value for %1.</source>
        <translation>Geben Sie einen Wert für %1 ein.</translation>
    </message>
    <message>
        <source>%1 is there twice.</source>
        <translation>%1 steht zweimal da.</translation>
    </message>
    <message>
        <source>Kept in the system keychain; shown only as dots.</source>
        <translation>Im Schlüsselbund des Systems aufbewahrt; nur als Punkte angezeigt.</translation>
    </message>
</context>
<context>
    <name>Tidemark::InspectorPanel</name>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Filter by entity type</source>
        <translation>Nach Entitätstyp filtern</translation>
    </message>
    <message>
        <source>&amp;Follow new events</source>
        <translation>Neuen Ereignissen &amp;folgen</translation>
    </message>
    <message>
        <source>Scroll to new events as they arrive</source>
        <translation>Zu neuen Ereignissen scrollen, sobald sie eintreffen</translation>
    </message>
    <message>
        <source>&amp;Open JSONL…</source>
        <translation>JSONL &amp;öffnen…</translation>
    </message>
    <message>
        <source>Open a JSONL file to inspect</source>
        <translation>Eine JSONL-Datei zum Untersuchen öffnen</translation>
    </message>
    <message>
        <source>E&amp;xport JSONL…</source>
        <translation>JSONL e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the run as a JSONL file</source>
        <translation>Den Lauf als JSONL-Datei exportieren</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Clear the event log</source>
        <translation>Das Ereignisprotokoll leeren</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <source>Raw JSON of the selected event</source>
        <translation>Rohes JSON des ausgewählten Ereignisses</translation>
    </message>
    <message>
        <source>Select an event to see its JSON.</source>
        <translation>Wählen Sie ein Ereignis aus, um sein JSON zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Ack pending up to this event</source>
        <translation>Ausstehende bis zu diesem Ereignis &amp;bestätigen</translation>
    </message>
    <message>
        <source>Acknowledge pending acks up to the selected event</source>
        <translation>Ausstehende Bestätigungen bis zum ausgewählten Ereignis senden</translation>
    </message>
    <message>
        <source>Event log status</source>
        <translation>Status des Ereignisprotokolls</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(The raw JSON of older lines is not kept. Type: %1, ack: %2)</source>
        <translation>(Das rohe JSON älterer Zeilen wird nicht aufbewahrt. Typ: %1, Bestätigung: %2)</translation>
    </message>
    <message>
        <source>Live log of the current or last run.</source>
        <translation>Live-Protokoll des laufenden oder letzten Laufs.</translation>
    </message>
    <message>
        <source>File: %1.</source>
        <translation>Datei: %1.</translation>
    </message>
    <message>
        <source>Export run as JSONL</source>
        <translation>Lauf als JSONL exportieren</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Open JSONL file</source>
        <translation>JSONL-Datei öffnen</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.json *.txt);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.json *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>Loading cancelled after %Ln line(s).</source>
        <translation>
            <numerusform>Laden nach %Ln Zeile abgebrochen.</numerusform>
            <numerusform>Laden nach %Ln Zeilen abgebrochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln line(s), %2 malformed.</source>
        <translation>
            <numerusform>%1: %Ln Zeile, %2 fehlerhaft.</numerusform>
            <numerusform>%1: %Ln Zeilen, %2 fehlerhaft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) held</source>
        <translation>
            <numerusform>%Ln Zeile im Speicher</numerusform>
            <numerusform>%Ln Zeilen im Speicher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln older line(s) dropped</source>
        <translation>
            <numerusform>, %Ln ältere Zeile verworfen</numerusform>
            <numerusform>, %Ln ältere Zeilen verworfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln line(s) to %1 (%2 older lines without their data).</source>
        <translation>
            <numerusform>%Ln Zeile nach %1 exportiert (%2 ältere Zeilen ohne ihre Daten).</numerusform>
            <numerusform>%Ln Zeilen nach %1 exportiert (%2 ältere Zeilen ohne ihre Daten).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln line(s) to %1.</source>
        <translation>
            <numerusform>%Ln Zeile nach %1 exportiert.</numerusform>
            <numerusform>%Ln Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows only the lines of one entity type.</source>
        <translation>Zeigt nur die Zeilen eines Entitätstyps.</translation>
    </message>
    <message>
        <source>Keeps the newest line in view while a sync runs.</source>
        <translation>Hält die neueste Zeile im Blick, während eine Synchronisierung läuft.</translation>
    </message>
    <message>
        <source>Shows the lines of a JSONL file saved earlier or recorded from a server.</source>
        <translation>Zeigt die Zeilen einer JSONL-Datei, die früher gespeichert oder von einem Server aufgezeichnet wurde.</translation>
    </message>
    <message>
        <source>Saves every line of the current run to a JSONL file.</source>
        <translation>Speichert jede Zeile des aktuellen Laufs in einer JSONL-Datei.</translation>
    </message>
    <message>
        <source>Empties the list of lines; the mirror is not changed.</source>
        <translation>Leert die Liste der Zeilen; der Spiegel wird nicht verändert.</translation>
    </message>
    <message>
        <source>Every line of the run: number, entity type, ack and a summary. Select one to see its raw JSON.</source>
        <translation>Jede Zeile des Laufs: Nummer, Entitätstyp, Bestätigung und eine Zusammenfassung. Wählen Sie eine aus, um ihr rohes JSON zu sehen.</translation>
    </message>
    <message>
        <source>The selected line exactly as the server sent it, formatted.</source>
        <translation>Die ausgewählte Zeile genau so, wie der Server sie gesendet hat, formatiert.</translation>
    </message>
    <message>
        <source>In manual ack mode, sends the pending acks up to the selected line.</source>
        <translation>Sendet im manuellen Bestätigungsmodus die ausstehenden Bestätigungen bis zur ausgewählten Zeile.</translation>
    </message>
</context>
<context>
    <name>Tidemark::LoopbackRedirectListener</name>
    <message>
        <source>Bad request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <source>This address only takes a browser&apos;s answer from a sign-in page.</source>
        <translation>Diese Adresse nimmt nur die Antwort einer Anmeldeseite im Browser an.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Nothing is here.</source>
        <translation>Hier ist nichts.</translation>
    </message>
    <message>
        <source>Tidemark received the answer</source>
        <translation>Tidemark hat die Antwort erhalten</translation>
    </message>
    <message>
        <source>Tidemark received the answer of the sign-in page and is finishing the login with the server. You can close this tab and go back to Tidemark.</source>
        <translation>Tidemark hat die Antwort der Anmeldeseite erhalten und schließt die Anmeldung beim Server ab. Sie können diesen Tab schließen und zu Tidemark zurückkehren.</translation>
    </message>
</context>
<context>
    <name>Tidemark::MainWindow</name>
    <message>
        <source>Tidemark</source>
        <translation>Tidemark</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisierung</translation>
    </message>
    <message>
        <source>&amp;Assets</source>
        <translation>&amp;Medien</translation>
    </message>
    <message>
        <source>&amp;Checkpoints</source>
        <translation>&amp;Checkpoints</translation>
    </message>
    <message>
        <source>Stream &amp;inspector</source>
        <translation>Stream-&amp;Inspektor</translation>
    </message>
    <message>
        <source>&amp;Full / delta sync</source>
        <translation>&amp;Voll-/Delta-Sync</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Current account</source>
        <translation>Aktuelles Konto</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Synchronisierungsstatus</translation>
    </message>
    <message>
        <source>Demo mode: a sample Immich server runs inside Tidemark with a made-up library. Start a sync to fill the mirror.</source>
        <translation>Demo-Modus: In Tidemark läuft ein Immich-Beispielserver mit einer erfundenen Bibliothek. Starten Sie eine Synchronisierung, um den Spiegel zu füllen.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisierung läuft…</translation>
    </message>
    <message>
        <source>Last run: %1</source>
        <translation>Letzter Lauf: %1</translation>
    </message>
    <message>
        <source>Retrying in %1 s (attempt %2): %3</source>
        <translation>Neuer Versuch in %1 s (Versuch %2): %3</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Connect to a server…</source>
        <translation>Mit einem Server &amp;verbinden…</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>&amp;Demo ausprobieren</translation>
    </message>
    <message>
        <source>&amp;Open JSONL capture…</source>
        <translation>JSONL-Mitschnitt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Export run as JSONL…</source>
        <translation>Lauf als JSONL e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>A&amp;ccount</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Switch to</source>
        <translation>&amp;Wechseln zu</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>Erneut &amp;verbinden</translation>
    </message>
    <message>
        <source>Set &amp;API key…</source>
        <translation>&amp;API-Schlüssel festlegen…</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>API key for full and delta sync (empty removes it).
The sync stream and checkpoints always need a login session.</source>
        <translation>API-Schlüssel für Voll- und Delta-Synchronisierung (leer entfernt ihn).
Sync-Stream und Checkpoints brauchen immer eine Anmeldesitzung.</translation>
    </message>
    <message>
        <source>&amp;Log out…</source>
        <translation>Ab&amp;melden…</translation>
    </message>
    <message>
        <source>&amp;Forget this account…</source>
        <translation>Dieses Konto ver&amp;gessen…</translation>
    </message>
    <message>
        <source>Forget account</source>
        <translation>Konto vergessen</translation>
    </message>
    <message>
        <source>Forget %1 on this computer? This logs out and removes the saved secrets. The local mirror file stays on disk.</source>
        <translation>%1 auf diesem Computer vergessen? Dabei werden Sie abgemeldet und die gespeicherten Geheimnisse entfernt. Die lokale Spiegeldatei bleibt auf der Festplatte.</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisierung</translation>
    </message>
    <message>
        <source>&amp;Start sync</source>
        <translation>Synchronisierung &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>Synchronisierung &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Refresh checkpoints</source>
        <translation>Checkpoints akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>&amp;Ack all pending</source>
        <translation>Alle ausstehenden &amp;bestätigen</translation>
    </message>
    <message>
        <source>&amp;Delete all checkpoints…</source>
        <translation>Alle Checkpoints &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Assets as &amp;table</source>
        <translation>Medien als &amp;Tabelle</translation>
    </message>
    <message>
        <source>Assets as &amp;grid</source>
        <translation>Medien als &amp;Raster</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Tidemark</source>
        <translation>&amp;Über Tidemark</translation>
    </message>
    <message>
        <source>About Tidemark</source>
        <translation>Über Tidemark</translation>
    </message>
    <message>
        <source>Tidemark %1
A desktop client for the Immich Sync API.</source>
        <translation>Tidemark %1
Ein Desktop-Client für die Sync-API von Immich.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>(no saved accounts)</source>
        <translation>(keine gespeicherten Konten)</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>(demo)</source>
        <translation>(Demo)</translation>
    </message>
    <message>
        <source>Tidemark – %1</source>
        <translation>Tidemark – %1</translation>
    </message>
    <message>
        <source>No account: use File › Connect or try the demo.</source>
        <translation>Kein Konto: Nutzen Sie Datei › Verbinden oder probieren Sie die Demo aus.</translation>
    </message>
    <message>
        <source>Log in again to sync: the saved session is no longer valid or was ended.</source>
        <translation>Melden Sie sich erneut an, um zu synchronisieren: Die gespeicherte Sitzung ist nicht mehr gültig oder wurde beendet.</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Log out of %1?</source>
        <translation>Von %1 abmelden?</translation>
    </message>
    <message>
        <source>This ends the session on the server and deletes its checkpoints. The next login starts a new session, and its first sync downloads everything again. The local mirror stays browsable.</source>
        <translation>Dadurch wird die Sitzung auf dem Server beendet und ihre Checkpoints gelöscht. Die nächste Anmeldung startet eine neue Sitzung, deren erste Synchronisierung wieder alles herunterlädt. Der lokale Spiegel bleibt durchsuchbar.</translation>
    </message>
    <message>
        <source>Ctrl+1 to Ctrl+6 switch between the panels.</source>
        <translation>Strg+1 bis Strg+6 wechseln zwischen den Bereichen.</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+6: panels
F5: start sync
Ctrl+.: cancel sync
Ctrl+R: refresh checkpoints
Ctrl+L: connect
Ctrl+F: search assets
Ctrl+Shift+T / Ctrl+Shift+G: assets as table / grid
Ctrl+O: open JSONL
Ctrl+Shift+S: export run
Ctrl+Shift+D: copy diagnostics
Ctrl+,: settings
Tab: next control; arrow keys move between the bars of a chart
Shift+F10 or the Menu key: context menu
Alt + underlined letter: any button</source>
        <translation>Strg+1… Strg+6: Bereiche
F5: Synchronisierung starten
Strg+.: Synchronisierung abbrechen
Strg+R: Checkpoints aktualisieren
Strg+L: verbinden
Strg+F: Medien durchsuchen
Strg+Umschalt+T / Strg+Umschalt+G: Medien als Tabelle / Raster
Strg+O: JSONL öffnen
Strg+Umschalt+S: Lauf exportieren
Strg+Umschalt+D: Diagnosedaten kopieren
Strg+,: Einstellungen
Tab: nächstes Element; Pfeiltasten wechseln zwischen den Balken eines Diagramms
Umschalt+F10 oder Menütaste: Kontextmenü
Alt + unterstrichener Buchstabe: jede Schaltfläche</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>&amp;Diagnosedaten kopieren</translation>
    </message>
    <message>
        <source>Copies versions, server, mirror and recent errors for a bug report (without passwords, tokens or keys)</source>
        <translation>Kopiert Versionen, Server, Spiegel und letzte Fehler für einen Fehlerbericht (ohne Passwörter, Token oder Schlüssel)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard (without passwords, tokens or keys).</source>
        <translation>Diagnosedaten in die Zwischenablage kopiert (ohne Passwörter, Token oder Schlüssel).</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Weitere Menüs</translation>
    </message>
    <message>
        <source>More toolbar actions</source>
        <translation>Weitere Aktionen der Symbolleiste</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln event(s) · %2/s</source>
        <translation>
            <numerusform>%1 · %Ln Ereignis · %2/s</numerusform>
            <numerusform>%1 · %Ln Ereignisse · %2/s</numerusform>
        </translation>
    </message>
    <message>
        <source>The menus that do not fit the width of the window.</source>
        <translation>Die Menüs, die nicht in die Breite des Fensters passen.</translation>
    </message>
    <message>
        <source>The toolbar buttons that do not fit the width of the window.</source>
        <translation>Die Schaltflächen der Symbolleiste, die nicht in die Breite des Fensters passen.</translation>
    </message>
    <message>
        <source>Log in to sync. Tidemark is not using the system keychain, so it does not keep sessions after it closes.</source>
        <translation>Melden Sie sich an, um zu synchronisieren. Tidemark verwendet den Schlüsselbund des Systems nicht und behält Sitzungen daher nicht über das Beenden hinaus.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. It comes with no warranty.</source>
        <translation>Freie Software unter der GNU General Public License, Version 3 oder später. Ohne jede Gewährleistung.</translation>
    </message>
    <message>
        <source>Upgrading the local mirror for this version of Tidemark…</source>
        <translation>Der lokale Spiegel wird für diese Version von Tidemark umgestellt…</translation>
    </message>
    <message>
        <source>Syncing and browsing start when it is done. It happens once per new version and takes seconds for a large library.</source>
        <translation>Synchronisieren und Durchsuchen beginnen, wenn das erledigt ist. Das geschieht einmal pro neuer Version und dauert bei einer großen Bibliothek einige Sekunden.</translation>
    </message>
    <message>
        <source>Mirror upgrade progress</source>
        <translation>Fortschritt der Umstellung des lokalen Spiegels</translation>
    </message>
    <message>
        <source>step %v of %m</source>
        <translation>Schritt %v von %m</translation>
    </message>
    <message>
        <source>Server a&amp;ddresses…</source>
        <translation>Server&amp;adressen …</translation>
    </message>
    <message>
        <source>&amp;Proxy headers…</source>
        <translation>&amp;Proxy-Header …</translation>
    </message>
    <message>
        <source>Client &amp;certificate…</source>
        <translation>Client-&amp;Zertifikat…</translation>
    </message>
</context>
<context>
    <name>Tidemark::MirrorRecoveryDialog</name>
    <message>
        <source>The local mirror cannot be used</source>
        <translation>Der lokale Spiegel kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>Use the newer Tidemark with this file, or rebuild: the file is kept as %1 and a new, empty mirror downloads your library again at the next sync.</source>
        <translation>Verwenden Sie das neuere Tidemark mit dieser Datei, oder bauen Sie neu auf: Die Datei wird als %1 aufbewahrt, und ein neuer, leerer Spiegel lädt Ihre Bibliothek bei der nächsten Synchronisierung erneut herunter.</translation>
    </message>
    <message>
        <source>Rebuild: the file is kept as %1 (nothing is deleted) and a new, empty mirror downloads your library again at the next sync. Your photos on the server are not affected.</source>
        <translation>Neu aufbauen: Die Datei wird als %1 aufbewahrt (nichts wird gelöscht), und ein neuer, leerer Spiegel lädt Ihre Bibliothek bei der nächsten Synchronisierung erneut herunter. Ihre Fotos auf dem Server sind nicht betroffen.</translation>
    </message>
    <message>
        <source>Rebuild the mirror</source>
        <translation>Spiegel neu aufbauen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>The mirror could not be rebuilt: %1</source>
        <translation>Der Spiegel konnte nicht neu aufgebaut werden: %1</translation>
    </message>
</context>
<context>
    <name>Tidemark::OverviewPanel</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Server version</source>
        <translation>Serverversion</translation>
    </message>
    <message>
        <source>Server features</source>
        <translation>Serverfunktionen</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Supports:</source>
        <translation>Unterstützt:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>Last run:</source>
        <translation>Letzter Lauf:</translation>
    </message>
    <message>
        <source>Mirror and server</source>
        <translation>Spiegel und Server</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>In the mirror</source>
        <translation>Im Spiegel</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Auf dem Server</translation>
    </message>
    <message>
        <source>Counts in the mirror and on the server</source>
        <translation>Anzahlen im Spiegel und auf dem Server</translation>
    </message>
    <message>
        <source>Mirror completeness</source>
        <translation>Vollständigkeit des Spiegels</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh the overview</source>
        <translation>Übersicht aktualisieren</translation>
    </message>
    <message>
        <source>Assets in the mirror per month</source>
        <translation>Medien im Spiegel pro Monat</translation>
    </message>
    <message>
        <source>Chart of assets per month</source>
        <translation>Diagramm der Medien pro Monat</translation>
    </message>
    <message>
        <source>No assets in the mirror yet</source>
        <translation>Noch keine Medien im Spiegel</translation>
    </message>
    <message>
        <source>Events per type in recent runs</source>
        <translation>Ereignisse je Typ in den letzten Läufen</translation>
    </message>
    <message>
        <source>Chart of events per type in recent runs</source>
        <translation>Diagramm der Ereignisse je Typ in den letzten Läufen</translation>
    </message>
    <message>
        <source>No runs in this session yet</source>
        <translation>Noch keine Läufe in dieser Sitzung</translation>
    </message>
    <message>
        <source> (demo server on this computer)</source>
        <translation> (Demo-Server auf diesem Computer)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>sync stream (%n request types)</source>
        <translation>
            <numerusform>Sync-Stream (%n Anfragetyp)</numerusform>
            <numerusform>Sync-Stream (%n Anfragetypen)</numerusform>
        </translation>
    </message>
    <message>
        <source>no sync stream</source>
        <translation>kein Sync-Stream</translation>
    </message>
    <message>
        <source>full and delta sync</source>
        <translation>Voll- und Delta-Synchronisierung</translation>
    </message>
    <message>
        <source>V2 asset types</source>
        <translation>Medientypen V2</translation>
    </message>
    <message>
        <source>V1 asset types</source>
        <translation>Medientypen V1</translation>
    </message>
    <message>
        <source>unknown until the server answers</source>
        <translation>unbekannt, bis der Server antwortet</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>(API key only: no stream)</source>
        <translation>(nur API-Schlüssel: kein Stream)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keiner</translation>
    </message>
    <message>
        <source>My photos</source>
        <translation>Meine Fotos</translation>
    </message>
    <message>
        <source>My videos</source>
        <translation>Meine Videos</translation>
    </message>
    <message>
        <source>Partners&apos; photos</source>
        <translation>Fotos der Partner</translation>
    </message>
    <message>
        <source>Partners&apos; videos</source>
        <translation>Videos der Partner</translation>
    </message>
    <message>
        <source>All assets (incl. trash, hidden, albums)</source>
        <translation>Alle Medien (inkl. Papierkorb, ausgeblendete, Alben)</translation>
    </message>
    <message>
        <source>Exif records</source>
        <translation>Exif-Datensätze</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Partner shares</source>
        <translation>Partnerfreigaben</translation>
    </message>
    <message>
        <source>Albums</source>
        <translation>Alben</translation>
    </message>
    <message>
        <source>Album entries</source>
        <translation>Albumeinträge</translation>
    </message>
    <message>
        <source>Stacks</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>Memories</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Faces</source>
        <translation>Gesichter</translation>
    </message>
    <message>
        <source>No mirror yet: run a sync.</source>
        <translation>Noch kein Spiegel: Starten Sie eine Synchronisierung.</translation>
    </message>
    <message>
        <source>Server statistics unavailable (offline?): compare later.</source>
        <translation>Serverstatistik nicht verfügbar (offline?): Vergleichen Sie später.</translation>
    </message>
    <message>
        <source>Complete: your photos and videos in the mirror match the server.</source>
        <translation>Vollständig: Ihre Fotos und Videos im Spiegel stimmen mit dem Server überein.</translation>
    </message>
    <message>
        <source>Partner photos</source>
        <translation>Fotos von Partnern</translation>
    </message>
    <message>
        <source>Partner videos</source>
        <translation>Videos von Partnern</translation>
    </message>
    <message>
        <source>Last run (%1)</source>
        <translation>Letzter Lauf (%1)</translation>
    </message>
    <message>
        <source>Run −%1</source>
        <translation>Lauf −%1</translation>
    </message>
    <message>
        <source>Rows per mirror table beside the server&apos;s own counts of your photos and videos.</source>
        <translation>Zeilen je Spiegeltabelle neben den eigenen Zählungen des Servers für Ihre Fotos und Videos.</translation>
    </message>
    <message>
        <source>Reads the server&apos;s statistics and the mirror&apos;s counts again.</source>
        <translation>Liest die Statistik des Servers und die Anzahlen des Spiegels erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 (%3 mode): %4, %Ln event(s)</source>
        <translation>
            <numerusform>%1, %2 (Modus %3): %4, %Ln Ereignis</numerusform>
            <numerusform>%1, %2 (Modus %3): %4, %Ln Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Incomplete: %Ln of your assets are not in the mirror yet. Run a sync.</source>
        <translation>
            <numerusform>Unvollständig: %Ln Ihrer Medien ist noch nicht im Spiegel. Starten Sie eine Synchronisierung.</numerusform>
            <numerusform>Unvollständig: %Ln Ihrer Medien sind noch nicht im Spiegel. Starten Sie eine Synchronisierung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The mirror has %Ln more of your assets than the server counts (deleted on the server? a sync will catch up).</source>
        <translation>
            <numerusform>Der Spiegel hat %Ln Ihrer Medien mehr, als der Server zählt (auf dem Server gelöscht? Eine Synchronisierung holt das nach).</numerusform>
            <numerusform>Der Spiegel hat %Ln Ihrer Medien mehr, als der Server zählt (auf dem Server gelöscht? Eine Synchronisierung holt das nach).</numerusform>
        </translation>
    </message>
    <message>
        <source>not available on this server version</source>
        <translation>auf dieser Serverversion nicht verfügbar</translation>
    </message>
    <message>
        <source>Immich %1 cannot send these; they came with Immich %2.</source>
        <translation>Immich %1 kann diese nicht senden; sie kamen mit Immich %2.</translation>
    </message>
    <message>
        <source>no full or delta sync</source>
        <translation>keine vollständige oder Delta-Synchronisierung</translation>
    </message>
    <message>
        <source> (address %1 of %2)</source>
        <translation> (Adresse %1 von %2)</translation>
    </message>
    <message>
        <source>Addresses, in the order they are tried:
%1</source>
        <translation>Adressen, in der Reihenfolge, in der sie versucht werden:
%1</translation>
    </message>
</context>
<context>
    <name>Tidemark::RunHistoryModel</name>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Details:</translation>
    </message>
    <message>
        <source>Tidemark was closed before this run ended.</source>
        <translation>Tidemark wurde beendet, bevor dieser Lauf fertig war.</translation>
    </message>
</context>
<context>
    <name>Tidemark::RunWords</name>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>full sync</source>
        <translation>Vollsynchronisierung</translation>
    </message>
    <message>
        <source>delta sync</source>
        <translation>Delta-Synchronisierung</translation>
    </message>
    <message>
        <source>reconcile</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>reset by the server</source>
        <translation>vom Server zurückgesetzt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>empfängt den Stream</translation>
    </message>
    <message>
        <source>committing</source>
        <translation>speichert</translation>
    </message>
    <message>
        <source>acknowledging</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>waiting to retry</source>
        <translation>wartet auf neuen Versuch</translation>
    </message>
    <message>
        <source>listing owners</source>
        <translation>listet Besitzer auf</translation>
    </message>
    <message>
        <source>asking for changes</source>
        <translation>fragt nach Änderungen</translation>
    </message>
    <message>
        <source>paging owner %1</source>
        <translation>lädt Seiten von Besitzer %1</translation>
    </message>
    <message>
        <source>retrying in %1 s</source>
        <translation>neuer Versuch in %1 s</translation>
    </message>
    <message>
        <source>The server sent entity types this Tidemark does not know (%1); they were skipped and not acknowledged. A newer Tidemark will understand them.</source>
        <translation>Der Server hat Entitätstypen gesendet, die dieses Tidemark nicht kennt (%1); sie wurden übersprungen und nicht bestätigt. Eine neuere Version von Tidemark wird sie verstehen.</translation>
    </message>
    <message>
        <source>full sync needed</source>
        <translation>vollständige Synchronisierung nötig</translation>
    </message>
</context>
<context>
    <name>Tidemark::SecretStore</name>
    <message>
        <source>the OS keychain is turned off</source>
        <translation>der Schlüsselbund des Systems ist ausgeschaltet</translation>
    </message>
</context>
<context>
    <name>Tidemark::ServerUrl</name>
    <message>
        <source>the address is empty</source>
        <translation>die Adresse ist leer</translation>
    </message>
    <message>
        <source>the address &quot;%1&quot; contains spaces</source>
        <translation>die Adresse „%1“ enthält Leerzeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address scheme; use https:// or http://</source>
        <translation>„%1“ ist kein Schema für Webadressen; verwenden Sie https:// oder http://</translation>
    </message>
    <message>
        <source>the address has no host name</source>
        <translation>die Adresse hat keinen Hostnamen</translation>
    </message>
    <message>
        <source>the address must not contain a user name or password</source>
        <translation>die Adresse darf keinen Benutzernamen und kein Passwort enthalten</translation>
    </message>
    <message>
        <source>the IPv6 address in &quot;%1&quot; is missing its closing &apos;]&apos;</source>
        <translation>der IPv6-Adresse in „%1“ fehlt die schließende &apos;]&apos;</translation>
    </message>
    <message>
        <source>unexpected text after the IPv6 address in &quot;%1&quot;</source>
        <translation>unerwarteter Text nach der IPv6-Adresse in „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid port (1-65535)</source>
        <translation>„%1“ ist kein gültiger Port (1–65535)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 address</source>
        <translation>„%1“ ist keine gültige IPv6-Adresse</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name</source>
        <translation>„%1“ ist kein gültiger Hostname</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server address</source>
        <translation>„%1“ ist keine gültige Serveradresse</translation>
    </message>
    <message>
        <source>server address</source>
        <translation>Serveradresse</translation>
    </message>
</context>
<context>
    <name>Tidemark::Session</name>
    <message>
        <source>Connecting to %1</source>
        <translation>Verbindung zu %1</translation>
    </message>
    <message>
        <source>Your session has ended</source>
        <translation>Ihre Sitzung ist beendet</translation>
    </message>
    <message>
        <source>Checking your session</source>
        <translation>Sitzung wird geprüft</translation>
    </message>
    <message>
        <source>Logging out (the session may still exist on the server)</source>
        <translation>Abmeldung (die Sitzung kann auf dem Server weiter bestehen)</translation>
    </message>
    <message>
        <source>Checking the API key</source>
        <translation>Prüfung des API-Schlüssels</translation>
    </message>
</context>
<context>
    <name>Tidemark::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Thumbnail cache size</source>
        <translation>Größe des Vorschaubild-Caches</translation>
    </message>
    <message>
        <source>&amp;Clear cache</source>
        <translation>Cache &amp;leeren</translation>
    </message>
    <message>
        <source>Clear thumbnail cache</source>
        <translation>Vorschaubild-Cache leeren</translation>
    </message>
    <message>
        <source>Automatic: acknowledge after saving</source>
        <translation>Automatisch: nach dem Speichern bestätigen</translation>
    </message>
    <message>
        <source>Manual: keep acks pending until I send them</source>
        <translation>Manuell: Bestätigungen zurückhalten, bis ich sie sende</translation>
    </message>
    <message>
        <source>Dry run: save nothing, acknowledge nothing</source>
        <translation>Probelauf: nichts speichern, nichts bestätigen</translation>
    </message>
    <message>
        <source>Default acknowledgement mode</source>
        <translation>Standard-Bestätigungsmodus</translation>
    </message>
    <message>
        <source>Default &amp;ack mode:</source>
        <translation>Standard-&amp;Bestätigungsmodus:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Zeitlimit für Anfragen in Sekunden</translation>
    </message>
    <message>
        <source>A request fails when the server sends nothing for this long.</source>
        <translation>Eine Anfrage schlägt fehl, wenn der Server so lange nichts sendet.</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>&amp;Zeitlimit für Anfragen:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>%1 in use</source>
        <translation>%1 belegt</translation>
    </message>
    <message>
        <source>Largest size of the thumbnails kept on disk, in MiB.</source>
        <translation>Höchstgröße der auf der Festplatte gespeicherten Vorschaubilder, in MiB.</translation>
    </message>
    <message>
        <source>Deletes the thumbnails kept on disk; they are downloaded again when shown.</source>
        <translation>Löscht die auf der Festplatte gespeicherten Vorschaubilder; sie werden beim Anzeigen erneut heruntergeladen.</translation>
    </message>
    <message>
        <source>How a new sync acknowledges what it received.</source>
        <translation>Wie eine neue Synchronisierung bestätigt, was sie empfangen hat.</translation>
    </message>
    <message>
        <source>Sync e&amp;very</source>
        <translation>Synchronisierung &amp;alle</translation>
    </message>
    <message>
        <source>Sync periodically</source>
        <translation>Regelmäßig synchronisieren</translation>
    </message>
    <message>
        <source>Starts a sync at a fixed interval while Tidemark runs; skipped while a run is active or the server is unreachable.</source>
        <translation>Startet in festen Abständen eine Synchronisierung, solange Tidemark läuft; entfällt, während ein Lauf aktiv oder der Server nicht erreichbar ist.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Periodic sync interval in minutes</source>
        <translation>Intervall der regelmäßigen Synchronisierung in Minuten</translation>
    </message>
    <message>
        <source>Periodic sync:</source>
        <translation>Regelmäßige Synchronisierung:</translation>
    </message>
    <message>
        <source>&amp;Notify me when a sync fails</source>
        <translation>Bena&amp;chrichtigen, wenn eine Synchronisierung fehlschlägt</translation>
    </message>
    <message>
        <source>Notify when a sync fails</source>
        <translation>Benachrichtigen, wenn eine Synchronisierung fehlschlägt</translation>
    </message>
    <message>
        <source>Shows a desktop notification from the tray icon.</source>
        <translation>Zeigt eine Desktop-Benachrichtigung über das Symbol im Infobereich.</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Benachrichtigungen:</translation>
    </message>
    <message>
        <source>The language of the window; a change applies at the next start.</source>
        <translation>Die Sprache des Fensters; eine Änderung gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>The language of Tidemark&apos;s window. A change applies at the next start.</source>
        <translation>Die Sprache des Tidemark-Fensters. Eine Änderung gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Applies after a restart.</source>
        <translation>Gilt nach einem Neustart.</translation>
    </message>
    <message>
        <source>T&amp;humbnail cache:</source>
        <translation>&amp;Vorschaubild-Cache:</translation>
    </message>
    <message>
        <source>Minutes between two periodic syncs, from 5 to 1440.</source>
        <translation>Minuten zwischen zwei regelmäßigen Synchronisierungen, von 5 bis 1440.</translation>
    </message>
</context>
<context>
    <name>Tidemark::SingleSignOn</name>
    <message>
        <source>single sign-on</source>
        <translation>Einmalanmeldung</translation>
    </message>
</context>
<context>
    <name>Tidemark::Sparkline</name>
    <message>
        <source>Throughput graph</source>
        <translation>Durchsatzdiagramm</translation>
    </message>
    <message>
        <source>Events per second over the current run</source>
        <translation>Ereignisse pro Sekunde im aktuellen Lauf</translation>
    </message>
    <message>
        <source>%1 %2 (peak %3)</source>
        <translation>%1 %2 (Spitze %3)</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
</context>
<context>
    <name>Tidemark::SyncPanel</name>
    <message>
        <source>What to sync</source>
        <translation>Was synchronisiert wird</translation>
    </message>
    <message>
        <source>&amp;Request types (only those this server supports):</source>
        <translation>&amp;Anfragetypen (nur die, die dieser Server unterstützt):</translation>
    </message>
    <message>
        <source>Request types</source>
        <translation>Anfragetypen</translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation>Stan&amp;dard</translation>
    </message>
    <message>
        <source>Select the default request types</source>
        <translation>Die Standard-Anfragetypen auswählen</translation>
    </message>
    <message>
        <source>A&amp;ll</source>
        <translation>A&amp;lle</translation>
    </message>
    <message>
        <source>Select all request types</source>
        <translation>Alle Anfragetypen auswählen</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Keine</translation>
    </message>
    <message>
        <source>Clear the request types</source>
        <translation>Anfragetypen abwählen</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>Save each batch, then acknowledge it to the server.</source>
        <translation>Jeden Block speichern, dann beim Server bestätigen.</translation>
    </message>
    <message>
        <source>Save, but keep the acks pending until you send them in Checkpoints.</source>
        <translation>Speichern, aber die Bestätigungen zurückhalten, bis Sie sie unter „Checkpoints“ senden.</translation>
    </message>
    <message>
        <source>Save nothing and acknowledge nothing: see what the server would send.</source>
        <translation>Nichts speichern und nichts bestätigen: sehen, was der Server senden würde.</translation>
    </message>
    <message>
        <source>Acknowledgement mode</source>
        <translation>Bestätigungsmodus</translation>
    </message>
    <message>
        <source>&amp;Ack mode:</source>
        <translation>&amp;Bestätigungsmodus:</translation>
    </message>
    <message>
        <source>R&amp;eset: ask the server to start over (re-downloads everything)</source>
        <translation>&amp;Zurücksetzen: den Server von vorn beginnen lassen (lädt alles erneut)</translation>
    </message>
    <message>
        <source>Reset the server&apos;s checkpoints before streaming</source>
        <translation>Die Checkpoints des Servers vor dem Streamen zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Start sync</source>
        <translation>Synchronisierung &amp;starten</translation>
    </message>
    <message>
        <source>Start sync</source>
        <translation>Synchronisierung starten</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Synchronisierung abbrechen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Events received</source>
        <translation>Empfangene Ereignisse</translation>
    </message>
    <message>
        <source>Events saved</source>
        <translation>Gespeicherte Ereignisse</translation>
    </message>
    <message>
        <source>Bytes received</source>
        <translation>Empfangene Bytes</translation>
    </message>
    <message>
        <source>Events per second</source>
        <translation>Ereignisse pro Sekunde</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Verstrichene Zeit</translation>
    </message>
    <message>
        <source>Ack requests</source>
        <translation>Bestätigungsanfragen</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <source>Events received:</source>
        <translation>Empfangene Ereignisse:</translation>
    </message>
    <message>
        <source>Saved in the mirror:</source>
        <translation>Im Spiegel gespeichert:</translation>
    </message>
    <message>
        <source>Bytes received:</source>
        <translation>Empfangene Bytes:</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Durchsatz:</translation>
    </message>
    <message>
        <source>Elapsed:</source>
        <translation>Verstrichen:</translation>
    </message>
    <message>
        <source>Ack requests:</source>
        <translation>Bestätigungsanfragen:</translation>
    </message>
    <message>
        <source>events/s</source>
        <translation>Ereignisse/s</translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>Entitätstyp</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Events per entity type</source>
        <translation>Ereignisse je Entitätstyp</translation>
    </message>
    <message>
        <source>No sync has run yet.</source>
        <translation>Es wurde noch keine Synchronisierung ausgeführt.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Outcome action</source>
        <translation>Aktion zum Ergebnis</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>Letzte Läufe</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>Laufverlauf</translation>
    </message>
    <message>
        <source>Sends: %1</source>
        <translation>Sendet: %1</translation>
    </message>
    <message>
        <source>This server is older than 1.127 and has no sync stream. Use full and delta sync instead.</source>
        <translation>Dieser Server ist älter als 1.127 und hat keinen Sync-Stream. Verwenden Sie stattdessen Voll- und Delta-Synchronisierung.</translation>
    </message>
    <message>
        <source>Choose at least one request type.</source>
        <translation>Wählen Sie mindestens einen Anfragetyp.</translation>
    </message>
    <message>
        <source>Streaming (%1 mode)…</source>
        <translation>Streaming (Modus %1)…</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>%1 läuft…</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <source>%1 events/s</source>
        <translation>%1 Ereignisse/s</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>%1 events/s (average)</source>
        <translation>%1 Ereignisse/s (Durchschnitt)</translation>
    </message>
    <message>
        <source>Check the request types to stream; Space toggles the current one</source>
        <translation>Haken Sie die zu streamenden Anfragetypen an; die Leertaste schaltet den aktuellen um</translation>
    </message>
    <message>
        <source>Checks the request types this server streams by default</source>
        <translation>Hakt die Anfragetypen an, die dieser Server standardmäßig streamt</translation>
    </message>
    <message>
        <source>Checks every request type this server supports</source>
        <translation>Hakt jeden Anfragetyp an, den dieser Server unterstützt</translation>
    </message>
    <message>
        <source>Unchecks every request type</source>
        <translation>Entfernt den Haken bei jedem Anfragetyp</translation>
    </message>
    <message>
        <source>Automatic acknowledges each saved batch, manual keeps the acks pending, dry run saves and acknowledges nothing</source>
        <translation>Automatisch bestätigt jeden gespeicherten Block, manuell hält die Bestätigungen zurück, ein Probelauf speichert und bestätigt nichts</translation>
    </message>
    <message>
        <source>The server starts over and sends everything again; the local mirror is rebuilt</source>
        <translation>Der Server beginnt von vorn und sendet alles erneut; der lokale Spiegel wird neu aufgebaut</translation>
    </message>
    <message>
        <source>Streams the checked request types in the chosen mode</source>
        <translation>Streamt die angehakten Anfragetypen im gewählten Modus</translation>
    </message>
    <message>
        <source>Stops the run; what was saved stays, the next sync resumes</source>
        <translation>Beendet den Lauf; Gespeichertes bleibt, die nächste Synchronisierung setzt fort</translation>
    </message>
    <message>
        <source>What the run is doing now</source>
        <translation>Was der Lauf gerade tut</translation>
    </message>
    <message>
        <source>Events read from the server&apos;s stream</source>
        <translation>Aus dem Stream des Servers gelesene Ereignisse</translation>
    </message>
    <message>
        <source>Events committed to the local mirror</source>
        <translation>In den lokalen Spiegel übernommene Ereignisse</translation>
    </message>
    <message>
        <source>Size of the stream received so far</source>
        <translation>Größe des bisher empfangenen Streams</translation>
    </message>
    <message>
        <source>Events received per second, last second</source>
        <translation>Empfangene Ereignisse pro Sekunde, letzte Sekunde</translation>
    </message>
    <message>
        <source>Time since the run started</source>
        <translation>Zeit seit Beginn des Laufs</translation>
    </message>
    <message>
        <source>Acknowledgements sent to the server</source>
        <translation>An den Server gesendete Bestätigungen</translation>
    </message>
    <message>
        <source>Events received in this run, per entity type</source>
        <translation>In diesem Lauf empfangene Ereignisse je Entitätstyp</translation>
    </message>
    <message>
        <source>How the last run ended</source>
        <translation>Wie der letzte Lauf geendet hat</translation>
    </message>
    <message>
        <source>What to do after the last run: retry, log in again or reset</source>
        <translation>Was nach dem letzten Lauf zu tun ist: erneut versuchen, erneut anmelden oder zurücksetzen</translation>
    </message>
    <message>
        <source>Past runs, newest first: kind, mode, outcome, events and errors</source>
        <translation>Frühere Läufe, neueste zuerst: Art, Modus, Ergebnis, Ereignisse und Fehler</translation>
    </message>
    <message numerus="yes">
        <source>Dry run complete: %Ln event(s) received; nothing was saved or acknowledged.</source>
        <translation>
            <numerusform>Probelauf abgeschlossen: %Ln Ereignis empfangen; nichts wurde gespeichert oder bestätigt.</numerusform>
            <numerusform>Probelauf abgeschlossen: %Ln Ereignisse empfangen; nichts wurde gespeichert oder bestätigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Complete: %Ln event(s) saved. Their acks are pending: send them in Checkpoints.</source>
        <translation>
            <numerusform>Abgeschlossen: %Ln Ereignis gespeichert. Die Bestätigung steht aus: Senden Sie sie unter „Checkpoints“.</numerusform>
            <numerusform>Abgeschlossen: %Ln Ereignisse gespeichert. Ihre Bestätigungen stehen aus: Senden Sie sie unter „Checkpoints“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Complete: %Ln event(s) received and acknowledged.</source>
        <translation>
            <numerusform>Abgeschlossen: %Ln Ereignis empfangen und bestätigt.</numerusform>
            <numerusform>Abgeschlossen: %Ln Ereignisse empfangen und bestätigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interrupted after %Ln event(s): %1 The next sync resumes from the last saved point.</source>
        <translation>
            <numerusform>Unterbrochen nach %Ln Ereignis: %1 Die nächste Synchronisierung setzt am zuletzt gespeicherten Punkt fort.</numerusform>
            <numerusform>Unterbrochen nach %Ln Ereignissen: %1 Die nächste Synchronisierung setzt am zuletzt gespeicherten Punkt fort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interrupted after %Ln event(s): the server ended the stream early. The next sync resumes from the last saved point.</source>
        <translation>
            <numerusform>Unterbrochen nach %Ln Ereignis: Der Server hat den Stream vorzeitig beendet. Die nächste Synchronisierung setzt am zuletzt gespeicherten Punkt fort.</numerusform>
            <numerusform>Unterbrochen nach %Ln Ereignissen: Der Server hat den Stream vorzeitig beendet. Die nächste Synchronisierung setzt am zuletzt gespeicherten Punkt fort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %Ln event(s). The next sync resumes from the last saved point.</source>
        <translation>
            <numerusform>Abgebrochen nach %Ln Ereignis. Die nächste Synchronisierung setzt am zuletzt gespeicherten Punkt fort.</numerusform>
            <numerusform>Abgebrochen nach %Ln Ereignissen. Die nächste Synchronisierung setzt am zuletzt gespeicherten Punkt fort.</numerusform>
        </translation>
    </message>
    <message>
        <source>You are connected with an API key only. The sync stream and checkpoints need a login session: log in with email and password to stream. Full and delta sync work with the key.</source>
        <translation>Sie sind nur mit einem API-Schlüssel verbunden. Der Sync-Stream und die Checkpoints brauchen eine Anmeldesitzung: Melden Sie sich mit E-Mail-Adresse und Passwort an, um zu streamen. Voll- und Delta-Sync funktionieren mit dem Schlüssel.</translation>
    </message>
    <message>
        <source>The server asks for a full sync: nothing was changed.</source>
        <translation>Der Server verlangt eine vollständige Synchronisierung: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>waiting for another process</source>
        <translation>wartet auf einen anderen Prozess</translation>
    </message>
    <message>
        <source>%1 This sync starts as soon as that one has finished; Cancel stops waiting.</source>
        <translation>%1 Diese Synchronisierung beginnt, sobald jene fertig ist; „Abbrechen“ beendet das Warten.</translation>
    </message>
    <message>
        <source>Cancelled before it started, while another Tidemark process was syncing this account. Nothing was changed.</source>
        <translation>Abgebrochen, bevor sie begann, während ein anderer Tidemark-Prozess dieses Konto synchronisierte. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The server asked for a reset. A dry run changes nothing, so the local copy was kept; the next sync that saves starts over.</source>
        <translation>Der Server hat einen Neustart verlangt. Ein Probelauf ändert nichts, daher blieb die lokale Kopie erhalten; die nächste Synchronisierung, die speichert, beginnt von vorn.</translation>
    </message>
    <message>
        <source>The server asked for a reset: the local copy was cleared, and a new sync downloads everything again now.</source>
        <translation>Der Server hat einen Neustart verlangt: Die lokale Kopie wurde geleert, und eine neue Synchronisierung lädt jetzt alles erneut herunter.</translation>
    </message>
</context>
<context>
    <name>Tidemark::SyncService</name>
    <message>
        <source>The account cannot change while a sync is running.</source>
        <translation>Das Konto kann während einer Synchronisierung nicht gewechselt werden.</translation>
    </message>
    <message>
        <source>Sync settings cannot change while a sync is running.</source>
        <translation>Die Synchronisierungseinstellungen können während einer Synchronisierung nicht geändert werden.</translation>
    </message>
    <message>
        <source>A sync is already running.</source>
        <translation>Es läuft bereits eine Synchronisierung.</translation>
    </message>
</context>
<context>
    <name>Tidemark::SyncWorker</name>
    <message>
        <source>A sync is already running.</source>
        <translation>Es läuft bereits eine Synchronisierung.</translation>
    </message>
    <message>
        <source>The server asks for a reset; a dry run changes nothing, so nothing was wiped.</source>
        <translation>Der Server verlangt ein Zurücksetzen; ein Probelauf ändert nichts, daher wurde nichts geleert.</translation>
    </message>
</context>
<context>
    <name>Tidemark::ThumbnailDelegate</name>
    <message>
        <source>No thumbnail</source>
        <translation>Kein Vorschaubild</translation>
    </message>
    <message>
        <source>trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>Partner</translation>
    </message>
</context>
<context>
    <name>Tidemark::TrayIcon</name>
    <message>
        <source>Tidemark tray menu</source>
        <translation>Tidemark-Menü im Infobereich</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Show &amp;window</source>
        <translation>&amp;Fenster anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Tidemark: sync failed</source>
        <translation>Tidemark: Synchronisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisierung läuft…</translation>
    </message>
    <message>
        <source>No sync yet</source>
        <translation>Noch keine Synchronisierung</translation>
    </message>
    <message>
        <source>Last sync: %1 at %2</source>
        <translation>Letzte Synchronisierung: %1 um %2</translation>
    </message>
    <message>
        <source>Tidemark</source>
        <translation>Tidemark</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start the built-in sample server and log in to it.</source>
        <translation>Den eingebauten Beispielserver starten und sich dort anmelden.</translation>
    </message>
    <message>
        <source>Keep secrets in memory only (log in again next time).</source>
        <translation>Geheimnisse nur im Speicher halten (beim nächsten Mal erneut anmelden).</translation>
    </message>
    <message>
        <source>Desktop client for the Immich Sync API.</source>
        <translation>Desktop-Client für die Sync-API von Immich.</translation>
    </message>
    <message>
        <source>Open a window even when one is already running.</source>
        <translation>Auch dann ein Fenster öffnen, wenn bereits eines läuft.</translation>
    </message>
</context>
</TS>
