<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AgentCommandLine</name>
    <message>
        <location filename="../agent/AgentCommandLine.cpp" line="+26"/>
        <source>usage: lifeboat-agent serve [--verbose]
       lifeboat-agent --version
Lifeboat starts it on a node host over ssh, to work on that host&apos;s files.</source>
        <translation>Aufruf: lifeboat-agent serve [--verbose]
        lifeboat-agent --version
Lifeboat startet es über ssh auf einem Knoten-Host, um dort mit den Dateien dieses Hosts zu arbeiten.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown option &quot;%1&quot;</source>
        <translation>unbekannte Option „%1“</translation>
    </message>
</context>
<context>
    <name>AgentServer</name>
    <message>
        <location filename="../agent/AgentServer.cpp" line="+98"/>
        <source>This lifeboat-agent (%1) speaks protocol version %2, and the Lifeboat that called it speaks version %3. Install the same version of Lifeboat on both machines.</source>
        <translation>Dieser lifeboat-agent (%1) spricht Protokollversion %2, das Lifeboat, das ihn aufgerufen hat, Version %3. Installieren Sie auf beiden Rechnern dieselbe Lifeboat-Version.</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>lifeboat-agent %1 does not know the operation &quot;%2&quot;.</source>
        <translation>lifeboat-agent %1 kennt die Operation „%2“ nicht.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>lifeboat-agent %1 does not know the archive format &quot;%2&quot;.</source>
        <translation>lifeboat-agent %1 kennt das Archivformat „%2“ nicht.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+65"/>
        <location line="+2"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+6"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Cancelled by the user.</source>
        <translation>Vom Benutzer abgebrochen.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1 is larger than %2 bytes, more than Lifeboat writes in one piece.</source>
        <translation>%1 ist größer als %2 Byte, mehr als Lifeboat in einem Stück schreibt.</translation>
    </message>
</context>
<context>
    <name>AgentSession</name>
    <message>
        <location filename="../engine/hosts/AgentSession.cpp" line="+86"/>
        <location line="+12"/>
        <location line="+4"/>
        <location line="+48"/>
        <source>Cannot start %1 to reach %2: %3</source>
        <translation>%1 kann nicht gestartet werden, um %2 zu erreichen: %3</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The helper on %1 is lifeboat-agent %2, which speaks protocol version %3; this Lifeboat is version %4 and speaks protocol version %5. Install lifeboat %4 on %1 from the same package as on this machine (apt install ./lifeboat_%4_*.deb); it brings lifeboat-agent.</source>
        <translation>Das Hilfsprogramm auf %1 ist lifeboat-agent %2 und spricht Protokollversion %3; dieses Lifeboat ist Version %4 und spricht Protokollversion %5. Installieren Sie Lifeboat %4 auf %1 aus demselben Paket wie auf diesem Rechner (apt install ./lifeboat_%4_*.deb); es enthält lifeboat-agent.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Lifeboat&apos;s helper is not installed on %1 (%2). Install lifeboat %3 on %1 from the same package as on this machine (apt install ./lifeboat_%3_*.deb); it brings lifeboat-agent.</source>
        <translation>Das Hilfsprogramm von Lifeboat ist auf %1 nicht installiert (%2). Installieren Sie Lifeboat %3 auf %1 aus demselben Paket wie auf diesem Rechner (apt install ./lifeboat_%3_*.deb); es enthält lifeboat-agent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <location line="+231"/>
        <location line="+41"/>
        <source>Cancelled by the user.</source>
        <translation>Vom Benutzer abgebrochen.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The connection to %1 was lost: %2</source>
        <translation>Die Verbindung zu %1 ist abgebrochen: %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>the helper was ended by signal %1</source>
        <translation>das Hilfsprogramm wurde durch Signal %1 beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the helper ended with exit code %1</source>
        <translation>das Hilfsprogramm endete mit Exit-Code %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the helper closed its output</source>
        <translation>das Hilfsprogramm hat seine Ausgabe geschlossen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 did not answer for %2 seconds, so Lifeboat stopped waiting. Check that the host is up and reachable.</source>
        <translation>%1 hat %2 Sekunden lang nicht geantwortet, daher wartet Lifeboat nicht länger. Prüfen Sie, ob der Host läuft und erreichbar ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 did not answer as Lifeboat&apos;s helper does (it wrote &quot;%2&quot;). Check that nothing in the login&apos;s shell start-up files writes to standard output.</source>
        <translation>%1 hat nicht wie das Hilfsprogramm von Lifeboat geantwortet (es schrieb „%2“). Prüfen Sie, dass nichts in den Startdateien der Login-Shell auf die Standardausgabe schreibt.</translation>
    </message>
</context>
<context>
    <name>ArchiveContents</name>
    <message>
        <location filename="../engine/backup/ArchiveContents.cpp" line="+45"/>
        <source>Cannot read %1 from the archive.</source>
        <translation>%1 kann nicht aus dem Archiv gelesen werden.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot open the archive %1: %2</source>
        <translation>Das Archiv %1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>ArchivePartsStep</name>
    <message>
        <location filename="../engine/steps/ArchivePartsStep.cpp" line="+55"/>
        <source>Cannot create %1. Check the backup root&apos;s permissions and free space.</source>
        <translation>%1 kann nicht angelegt werden. Prüfen Sie die Berechtigungen und den freien Speicherplatz des Sicherungsverzeichnisses.</translation>
    </message>
</context>
<context>
    <name>BackupBootstrapScenario</name>
    <message>
        <location filename="../engine/scenarios/BackupBootstrapScenario.cpp" line="+10"/>
        <source>Back up the bootstrap properties files</source>
        <translation>Die Bootstrap-Eigenschaftendateien sichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copies the bootstrap properties file of every secondary node from where its application server keeps it. No downtime. Needed to recover a secondary node.</source>
        <translation>Kopiert die Bootstrap-Eigenschaftendatei jedes sekundären Knotens von dort, wo sein Anwendungsserver sie ablegt. Keine Ausfallzeit. Wird benötigt, um einen sekundären Knoten wiederherzustellen.</translation>
    </message>
</context>
<context>
    <name>BackupChain</name>
    <message numerus="yes">
        <location filename="../engine/backup/BackupChain.cpp" line="+102"/>
        <source>The manifest of %1 says %n file(s) of %2 are in &quot;%3&quot;, which is not the name of a backup set. The manifest is damaged; verify the set with &apos;lifeboat verify&apos; and restore from another one.</source>
        <translation>
            <numerusform>Das Manifest von %1 gibt an, dass %n Datei von %2 in „%3“ liegt; das ist nicht der Name eines Sicherungssatzes. Das Manifest ist beschädigt; prüfen Sie den Satz mit &apos;lifeboat verify&apos; und stellen Sie aus einem anderen wieder her.</numerusform>
            <numerusform>Das Manifest von %1 gibt an, dass %n Dateien von %2 in „%3“ liegen; das ist nicht der Name eines Sicherungssatzes. Das Manifest ist beschädigt; prüfen Sie den Satz mit &apos;lifeboat verify&apos; und stellen Sie aus einem anderen wieder her.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The backup set %1 takes %n file(s) of %2 from the older set %3, which is not in %4 (it was deleted or moved). Put %3 back into %4, or restore from another set (see &apos;lifeboat backups&apos;).</source>
        <translation>
            <numerusform>Der Sicherungssatz %1 übernimmt %n Datei von %2 aus dem älteren Satz %3, der nicht in %4 liegt (er wurde gelöscht oder verschoben). Legen Sie %3 wieder nach %4, oder stellen Sie aus einem anderen Satz wieder her (siehe &apos;lifeboat backups&apos;).</numerusform>
            <numerusform>Der Sicherungssatz %1 übernimmt %n Dateien von %2 aus dem älteren Satz %3, der nicht in %4 liegt (er wurde gelöscht oder verschoben). Legen Sie %3 wieder nach %4, oder stellen Sie aus einem anderen Satz wieder her (siehe &apos;lifeboat backups&apos;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>The backup set %1 takes %n file(s) of %2 from the older set %3, whose manifest cannot be read: %4 Verify %3 with &apos;lifeboat verify&apos;, or restore from another set (see &apos;lifeboat backups&apos;).</source>
        <translation>
            <numerusform>Der Sicherungssatz %1 übernimmt %n Datei von %2 aus dem älteren Satz %3, dessen Manifest nicht gelesen werden kann: %4 Prüfen Sie %3 mit &apos;lifeboat verify&apos;, oder stellen Sie aus einem anderen Satz wieder her (siehe &apos;lifeboat backups&apos;).</numerusform>
            <numerusform>Der Sicherungssatz %1 übernimmt %n Dateien von %2 aus dem älteren Satz %3, dessen Manifest nicht gelesen werden kann: %4 Prüfen Sie %3 mit &apos;lifeboat verify&apos;, oder stellen Sie aus einem anderen Satz wieder her (siehe &apos;lifeboat backups&apos;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>The backup set %1 takes %n file(s) of %2 from the older set %3, whose archive of %2 is missing. Verify %3 with &apos;lifeboat verify&apos;, or restore from another set (see &apos;lifeboat backups&apos;).</source>
        <translation>
            <numerusform>Der Sicherungssatz %1 übernimmt %n Datei von %2 aus dem älteren Satz %3, dessen Archiv von %2 fehlt. Prüfen Sie %3 mit &apos;lifeboat verify&apos;, oder stellen Sie aus einem anderen Satz wieder her (siehe &apos;lifeboat backups&apos;).</numerusform>
            <numerusform>Der Sicherungssatz %1 übernimmt %n Dateien von %2 aus dem älteren Satz %3, dessen Archiv von %2 fehlt. Prüfen Sie %3 mit &apos;lifeboat verify&apos;, oder stellen Sie aus einem anderen Satz wieder her (siehe &apos;lifeboat backups&apos;).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupMariaDbStep</name>
    <message>
        <location filename="../engine/steps/BackupMariaDbStep.cpp" line="+26"/>
        <source>Back up the %1 database</source>
        <translation>Datenbank %1 sichern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of the MariaDB/MySQL database %2 on %3 (--single-transaction, with routines, triggers and events), archived as the part database-%4</source>
        <translation>%1 der MariaDB/MySQL-Datenbank %2 auf %3 (--single-transaction, mit Routinen, Triggern und Events), archiviert als Teil database-%4</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The %1 dump matches binary log %2 at position %3; a point-in-time recovery replays the binary logs from there.</source>
        <translation>Der Export von %1 entspricht Binärlog %2 an Position %3; eine Point-in-Time-Wiederherstellung spielt die Binärlogs ab dort ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Binary logging is on, but the dump of %1 records no binary log position; a point-in-time recovery cannot start from this backup.</source>
        <translation>Das Binärlog ist aktiv, aber der Export von %1 enthält keine Binärlog-Position; eine Point-in-Time-Wiederherstellung kann nicht von dieser Sicherung aus starten.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot remove the previous dump %1. Check the backup root&apos;s permissions.</source>
        <translation>Der vorherige Export %1 kann nicht entfernt werden. Prüfen Sie die Berechtigungen des Sicherungsverzeichnisses.</translation>
    </message>
</context>
<context>
    <name>BackupModeArguments</name>
    <message>
        <location filename="../node/BackupModeArguments.cpp" line="+21"/>
        <source>lcbackupmode needs one of: %1</source>
        <translation>lcbackupmode braucht eines von: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+23"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>-port must be a number from 1 to 65535, not &apos;%1&apos;</source>
        <translation>-port muss eine Zahl von 1 bis 65535 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>-host is not a host name or address: &apos;%1&apos;</source>
        <translation>-host ist kein Hostname und keine Adresse: &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>BackupModeStep</name>
    <message>
        <location filename="../engine/steps/BackupModeStep.cpp" line="+27"/>
        <source>rolling backup mode</source>
        <translation>Rolling-Sicherungsmodus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>safe (snapshot) backup mode</source>
        <translation>Momentaufnahme-Sicherungsmodus (sicher)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter %1</source>
        <translation>%1 aktivieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave %1</source>
        <translation>%1 verlassen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The forms server keeps working, but its file collector stops deleting expired GDS documents, so the GDS backup stays consistent with the database backup.</source>
        <translation>Der Formularserver arbeitet weiter, aber sein Dateisammler löscht keine abgelaufenen GDS-Dokumente mehr, sodass die GDS-Sicherung zur Datenbanksicherung passt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file collector resumes removing expired GDS documents.</source>
        <translation>Der Dateisammler entfernt wieder abgelaufene GDS-Dokumente.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>label &quot;%1&quot;</source>
        <translation>Bezeichnung &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The cluster is already in %1 with label &quot;%2&quot;.</source>
        <translation>Der Cluster ist bereits im %1 mit der Bezeichnung &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The cluster is not in %1.</source>
        <translation>Der Cluster ist nicht im %1.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>enter %1</source>
        <translation>%1 zu aktivieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>leave %1</source>
        <translation>%1 zu verlassen</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>already on (label &quot;%1&quot;); kept on after the backup</source>
        <translation>bereits aktiv (Bezeichnung „%1“); bleibt nach der Sicherung aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stays on: the cluster was in it before this run</source>
        <translation>bleibt aktiv: der Cluster war schon vor diesem Lauf darin</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The cluster is already in %1 (label &quot;%2&quot;); it stays in it after the backup.</source>
        <translation>Der Cluster ist bereits im %1 (Bezeichnung „%2“); er bleibt nach der Sicherung darin.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The cluster was in %1 before this run; it stays in it.</source>
        <translation>Der Cluster war vor diesem Lauf im %1; er bleibt darin.</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Leave %1 if this run entered it</source>
        <translation>%1 verlassen, falls dieser Lauf ihn aktiviert hat</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The backup-mode command printed: &quot;%1&quot;</source>
        <translation>Der Befehl für den Sicherungsmodus gab aus: „%1“</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The cluster is still in %1: leave it by hand with %2</source>
        <translation>Der Cluster ist noch im %1: Verlassen Sie ihn von Hand mit %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It reads %1 on its standard input.</source>
        <translation>Er liest %1 von seiner Standardeingabe.</translation>
    </message>
</context>
<context>
    <name>BackupOfflineScenario</name>
    <message>
        <location filename="../engine/scenarios/BackupOfflineScenario.cpp" line="+13"/>
        <source>Offline backup with downtime</source>
        <translation>Offline-Sicherung mit Ausfallzeit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stops the whole cluster, backs up the databases, the GDS, connectors, every node&apos;s identity, all files of a secondary node, fonts, the Content Storage Root and bootstrap properties, then starts the cluster again. The simplest and most certain backup; users have no service while it runs.</source>
        <translation>Stoppt den ganzen Cluster, sichert die Datenbanken, den GDS, Konnektoren, die Identität jedes Knotens, alle Dateien eines sekundären Knotens, Schriftarten, Content Storage Root und Bootstrap-Eigenschaften und startet den Cluster dann wieder. Die einfachste und sicherste Sicherung; die Benutzer haben während der Ausführung keinen Dienst.</translation>
    </message>
</context>
<context>
    <name>BackupOnlineScenario</name>
    <message>
        <location filename="../engine/scenarios/BackupOnlineScenario.cpp" line="+21"/>
        <source>Online backup with no downtime (slower responses)</source>
        <translation>Online-Sicherung ohne Ausfallzeit (langsamere Antworten)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Puts the cluster in rolling backup mode and copies a secondary node&apos;s repository with AEM&apos;s online backup while every node keeps serving. No node stops; the copied node answers more slowly while the copy runs (the delay option trades speed for load).</source>
        <translation>Versetzt den Cluster in den Rolling-Sicherungsmodus und kopiert das Repository eines sekundären Knotens mit der Online-Sicherung von AEM, während alle Knoten weiter bedienen. Kein Knoten wird gestoppt; der kopierte Knoten antwortet während des Kopierens langsamer (die Verzögerungsoption tauscht Geschwindigkeit gegen Last).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The secondary node to copy (default: the first).</source>
        <translation>Der zu kopierende sekundäre Knoten (Standard: der erste).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause between copied chunks, in milliseconds.</source>
        <translation>Pause zwischen kopierten Blöcken, in Millisekunden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dir (default) or zip: how AEM writes the copy.</source>
        <translation>dir (Standard) oder zip: wie AEM die Kopie schreibt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--target must be dir or zip.</source>
        <translation>--target muss dir oder zip sein.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>--delay must be 0 to 60000 milliseconds.</source>
        <translation>--delay muss 0 bis 60000 Millisekunden betragen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 runs and answers AEM&apos;s online backup interface</source>
        <translation>%1 läuft und beantwortet die Online-Sicherungsschnittstelle von AEM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a secondary node of this cluster.</source>
        <translation>%1 ist kein sekundärer Knoten dieses Clusters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a secondary with --node.</source>
        <translation>Wählen Sie mit --node einen sekundären Knoten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not running; an online backup needs it up.</source>
        <translation>%1 läuft nicht; eine Online-Sicherung braucht ihn in Betrieb.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start it, or choose backup-rolling to copy it while stopped.</source>
        <translation>Starten Sie ihn, oder wählen Sie backup-rolling, um ihn gestoppt zu kopieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is running.</source>
        <translation>%1 läuft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No garbage collection or revision cleanup runs on %1</source>
        <translation>Auf %1 läuft keine Garbage Collection und keine Revisionsbereinigung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not say whether a data store garbage collection or a revision cleanup runs (Oak&apos;s RepositoryManagement MBean did not answer).</source>
        <translation>%1 sagt nicht, ob eine Datastore-Garbage-Collection oder eine Revisionsbereinigung läuft (Oaks RepositoryManagement-MBean hat nicht geantwortet).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check in AEM&apos;s Operations &gt; Maintenance that none runs, and go on only then.</source>
        <translation>Prüfen Sie in AEM unter Operations &gt; Maintenance, dass keine läuft, und fahren Sie erst dann fort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A %1 runs on %2; Adobe says not to take an online backup meanwhile.</source>
        <translation>Auf %2 läuft eine %1; laut Adobe darf währenddessen keine Online-Sicherung laufen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait until it has finished (Operations &gt; Maintenance), then check again. Nothing was changed.</source>
        <translation>Warten Sie, bis sie beendet ist (Operations &gt; Maintenance), und prüfen Sie dann erneut. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neither runs on %1.</source>
        <translation>Auf %1 läuft keine von beiden.</translation>
    </message>
</context>
<context>
    <name>BackupPostgresStep</name>
    <message>
        <location filename="../engine/steps/BackupPostgresStep.cpp" line="+26"/>
        <source>Back up the %1 database</source>
        <translation>Datenbank %1 sichern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>pg_dump -Fc (custom format) of the PostgreSQL database %1 on %2, checked with pg_restore --list, archived as the part database-%3</source>
        <translation>pg_dump -Fc (benutzerdefiniertes Format) der PostgreSQL-Datenbank %1 auf %2, geprüft mit pg_restore --list, archiviert als Teil database-%3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create %1. Check the backup root&apos;s permissions and free space.</source>
        <translation>%1 kann nicht angelegt werden. Prüfen Sie die Berechtigungen und den freien Speicherplatz des Sicherungsverzeichnisses.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot remove the previous dump %1. Check the backup root&apos;s permissions.</source>
        <translation>Der vorherige Export %1 kann nicht entfernt werden. Prüfen Sie die Berechtigungen des Sicherungsverzeichnisses.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dumped the %1 database: %2.</source>
        <translation>Datenbank %1 exportiert: %2.</translation>
    </message>
</context>
<context>
    <name>BackupPublishScenario</name>
    <message>
        <location filename="../engine/scenarios/BackupPublishScenario.cpp" line="+24"/>
        <source>Back up Correspondence Management publish nodes</source>
        <translation>Veröffentlichungsknoten von Correspondence Management sichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stops the publish node(s), copies their repositories and starts them again. Publishing must be held for the duration; the author cluster keeps running.</source>
        <translation>Stoppt die Veröffentlichungsknoten, kopiert ihre Repositorys und startet sie wieder. Das Veröffentlichen muss so lange angehalten werden; der Autorencluster läuft weiter.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One publish node (default: all of them).</source>
        <translation>Ein Veröffentlichungsknoten (Standard: alle).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every publish node</source>
        <translation>Alle Veröffentlichungsknoten</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Publish nodes to back up</source>
        <translation>Zu sichernde Veröffentlichungsknoten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile has no publish node.</source>
        <translation>Das Profil hat keinen Veröffentlichungsknoten.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add the publish nodes to the profile.</source>
        <translation>Fügen Sie die Veröffentlichungsknoten dem Profil hinzu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a publish node.</source>
        <translation>%1 ist kein Veröffentlichungsknoten.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a publish node with --node.</source>
        <translation>Wählen Sie mit --node einen Veröffentlichungsknoten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no repository at %2.</source>
        <translation>%1 hat kein Repository unter %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recover the node first (recover-publish-node).</source>
        <translation>Stellen Sie zuerst den Knoten wieder her (recover-publish-node).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hold publishing</source>
        <translation>Veröffentlichen anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure nobody publishes from the author cluster (pause the replication agents) until Lifeboat reports that this backup is done.</source>
        <translation>Stellen Sie sicher, dass niemand aus dem Autorencluster veröffentlicht (Replikationsagenten pausieren), bis Lifeboat meldet, dass diese Sicherung fertig ist.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Back up all files of %1&apos;s repository</source>
        <translation>Alle Dateien des Repositorys von %1 sichern</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Back up all files of %1&apos;s repository from its snapshot</source>
        <translation>Alle Dateien des Repositorys von %1 aus seinem Snapshot sichern</translation>
    </message>
</context>
<context>
    <name>BackupRetention</name>
    <message>
        <location filename="../engine/backup/BackupRetention.cpp" line="+52"/>
        <source>Cannot delete %1. Check the permissions of the backup root, or delete the set by hand.</source>
        <translation>%1 kann nicht gelöscht werden. Prüfen Sie die Berechtigungen des Sicherungsverzeichnisses, oder löschen Sie den Satz von Hand.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not delete all of %1. Check its permissions and delete what is left by hand.</source>
        <translation>%1 konnte nicht vollständig gelöscht werden. Prüfen Sie seine Berechtigungen, und löschen Sie den Rest von Hand.</translation>
    </message>
</context>
<context>
    <name>BackupRollingScenario</name>
    <message>
        <location filename="../engine/scenarios/BackupRollingScenario.cpp" line="+16"/>
        <source>Offline backup with no downtime (rolling backup mode)</source>
        <translation>Offline-Sicherung ohne Ausfallzeit (Rolling-Sicherungsmodus)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Puts the cluster in rolling backup mode, stops one secondary node and backs up from it while the other nodes keep serving. No downtime; the cluster runs with one node fewer for the duration.</source>
        <translation>Versetzt den Cluster in den Rolling-Sicherungsmodus, stoppt einen sekundären Knoten und sichert von ihm, während die anderen Knoten weiter bedienen. Keine Ausfallzeit; der Cluster läuft währenddessen mit einem Knoten weniger.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secondary node to stop and back up (default: the first).</source>
        <translation>Der sekundäre Knoten, der gestoppt und gesichert wird (Standard: der erste).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a secondary node</source>
        <translation>%1 ist ein sekundärer Knoten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a secondary node of this cluster.</source>
        <translation>%1 ist kein sekundärer Knoten dieses Clusters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a secondary with --node; the primary must keep running.</source>
        <translation>Wählen Sie mit --node einen sekundären Knoten; der primäre Knoten muss weiterlaufen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 will be stopped while the others serve.</source>
        <translation>%1 wird gestoppt, während die anderen bedienen.</translation>
    </message>
</context>
<context>
    <name>BackupScenario</name>
    <message>
        <location filename="../engine/scenarios/BackupScenario.cpp" line="+231"/>
        <source>these are pipes, sockets or devices, which a backup cannot hold and Lifeboat never opens: %1</source>
        <translation>dies sind Pipes, Sockets oder Geräte, die eine Sicherung nicht aufnehmen kann und die Lifeboat nie öffnet: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>these links lead outside what is backed up with them, so a restore could not recreate them safely: %1</source>
        <translation>diese Links führen aus dem hinaus, was mit ihnen gesichert wird, daher könnte eine Wiederherstellung sie nicht sicher neu anlegen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup would lack something: %1.</source>
        <translation>Der Sicherung würde etwas fehlen: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move them out of the folders that are backed up (or replace a link with what it points to), then check again.</source>
        <translation>Verschieben Sie sie aus den gesicherten Ordnern (oder ersetzen Sie einen Link durch das, worauf er zeigt), und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only files, folders and links that stay inside their part.</source>
        <translation>Nur Dateien, Ordner und Links, die innerhalb ihres Teils bleiben.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Everything to back up can be archived</source>
        <translation>Alles zu Sichernde kann archiviert werden</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A label for the backup set (and the backup mode session).</source>
        <translation>Eine Bezeichnung für den Sicherungssatz (und die Sicherungsmodus-Sitzung).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zstd (default), gzip, xz or zip.</source>
        <translation>zstd (Standard), gzip, xz oder zip.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--compression must be zstd, gzip, xz or zip.</source>
        <translation>--compression muss zstd, gzip, xz oder zip sein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first secondary node</source>
        <translation>Der erste sekundäre Knoten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup mode timeout, 0 to 10080 (0: none).</source>
        <translation>Zeitlimit des Sicherungsmodus, 0 bis 10080 (0: keines).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--timeout must be 0 to 10080 minutes.</source>
        <translation>--timeout muss 0 bis 10080 Minuten betragen.</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Backup root is writable</source>
        <translation>Das Sicherungsverzeichnis ist beschreibbar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write to %1.</source>
        <translation>In %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give this user write access, or change &quot;backupRoot&quot; in the profile.</source>
        <translation>Geben Sie diesem Benutzer Schreibrechte, oder ändern Sie &quot;backupRoot&quot; im Profil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enough free space for the backup</source>
        <translation>Genug freier Speicherplatz für die Sicherung</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>%1 free under %2, and the backup may need up to %3.</source>
        <translation>%1 frei unter %2, und die Sicherung kann bis zu %3 benötigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free some space (prune old backup sets with &apos;lifeboat prune&apos;) or move the backup root.</source>
        <translation>Geben Sie Speicherplatz frei (alte Sicherungssätze mit &apos;lifeboat prune&apos; entfernen) oder verlegen Sie das Sicherungsverzeichnis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 free, up to %2 needed.</source>
        <translation>%1 frei, bis zu %2 benötigt.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Full or incremental</source>
        <translation>Voll oder inkrementell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A full backup.</source>
        <translation>Eine Vollsicherung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup sets can be signed</source>
        <translation>Sicherungssätze können signiert werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has its repository and cluster node id</source>
        <translation>%1 hat sein Repository und seine Clusterknoten-ID</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1/repository/cluster_node.id is missing.</source>
        <translation>%1/repository/cluster_node.id fehlt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recover the node first (&quot;%1&quot;), then back up.</source>
        <translation>Stellen Sie zuerst den Knoten wieder her („%1“), und sichern Sie dann.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lifeboat can back up the %1 database</source>
        <translation>Lifeboat kann die Datenbank %1 sichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifeboat cannot back up %1 databases yet.</source>
        <translation>Lifeboat kann %1-Datenbanken noch nicht sichern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up %1 with its own tools in the same backup-mode window, or remove it from the profile.</source>
        <translation>Sichern Sie %1 mit eigenen Werkzeugen im selben Sicherungsmodus-Zeitfenster, oder entfernen Sie sie aus dem Profil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Secrets are available</source>
        <translation>Geheimnisse sind verfügbar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All secrets the profile refers to are set.</source>
        <translation>Alle Geheimnisse, auf die das Profil verweist, sind gesetzt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provide the secret as the message says, then check again.</source>
        <translation>Stellen Sie das Geheimnis wie in der Meldung beschrieben bereit, und prüfen Sie erneut.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fix &quot;signing&quot; in the profile, or remove its &quot;key&quot; to make unsigned sets.</source>
        <translation>Korrigieren Sie &quot;signing&quot; im Profil, oder entfernen Sie dort &quot;key&quot;, um unsignierte Sätze zu erstellen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each set is signed with %1.</source>
        <translation>Jeder Satz wird mit %1 signiert.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The primary is running</source>
        <translation>Der primäre Knoten läuft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not running, so the cluster cannot enter backup mode.</source>
        <translation>%1 läuft nicht, daher kann der Cluster den Sicherungsmodus nicht aktivieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the cluster, or use &quot;%1&quot;.</source>
        <translation>Starten Sie den Cluster, oder verwenden Sie „%1“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cluster is already in %1 (label &quot;%2&quot;).</source>
        <translation>Der Cluster ist bereits im %1 (Bezeichnung &quot;%2&quot;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another backup may be running. Go on only if you know it is not.</source>
        <translation>Möglicherweise läuft eine andere Sicherung. Fahren Sie nur fort, wenn Sie sicher sind, dass dies nicht der Fall ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is running.</source>
        <translation>%1 läuft.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Back up the GDS, connectors, node identities, fonts, Content Storage Root and bootstrap properties</source>
        <translation>GDS, Konnektoren, Knotenidentitäten, Schriftarten, Content Storage Root und Bootstrap-Eigenschaften sichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up the GDS, %1&apos;s repository, connectors, node identities, fonts, Content Storage Root and bootstrap properties</source>
        <translation>GDS, das Repository von %1, Konnektoren, Knotenidentitäten, Schriftarten, Content Storage Root und Bootstrap-Eigenschaften sichern</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Back up the bootstrap properties of every secondary node</source>
        <translation>Die Bootstrap-Eigenschaften jedes sekundären Knotens sichern</translation>
    </message>
    <message>
        <location line="-244"/>
        <source>No password on a command line</source>
        <translation>Kein Passwort auf einer Befehlszeile</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The backup-mode commands get their password on standard input, if at all.</source>
        <translation>Die Befehle für den Sicherungsmodus erhalten ihr Passwort, wenn überhaupt, über die Standardeingabe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 put a password on the command line, where every user of that machine can read it while it runs.</source>
        <translation>%1 übergeben ein Passwort auf der Befehlszeile, wo jeder Benutzer dieses Rechners es lesen kann, solange der Befehl läuft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass it as the command&apos;s input instead (&quot;input&quot;: &quot;{password}&quot;), if the program can read it from there; see &quot;Command templates and secrets&quot; in docs/profile.md.</source>
        <translation>Übergeben Sie es stattdessen als Eingabe des Befehls (&quot;input&quot;: &quot;{password}&quot;), sofern das Programm es von dort lesen kann; siehe „Command templates and secrets“ in docs/profile.md.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is running; the cluster is kept in %2 (label &quot;%3&quot;), which the backup uses and leaves on.</source>
        <translation>%1 läuft; der Cluster wird im %2 gehalten (Bezeichnung „%3“), den die Sicherung nutzt und aktiv lässt.</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>Back up what is copied while the nodes are stopped: %1</source>
        <translation>Sichern, was bei gestoppten Knoten kopiert wird: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back up from the snapshots, and the configuration, while the nodes serve</source>
        <translation>Aus den Snapshots sichern, samt der Konfiguration, während die Knoten dienen</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Snapshots as the profile asks</source>
        <translation>Snapshots wie im Profil verlangt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot have a %2: %3</source>
        <translation>%1 kann keinen %2 haben: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set &quot;snapshots&quot; in the profile to &quot;auto&quot; (the best the file system offers) or &quot;none&quot; (copy while the nodes are stopped) for these paths, or put them where that method works.</source>
        <translation>Setzen Sie &quot;snapshots&quot; im Profil für diese Pfade auf &quot;auto&quot; (das Beste, was das Dateisystem bietet) oder &quot;none&quot; (Kopie bei gestoppten Knoten), oder legen Sie sie dorthin, wo diese Methode funktioniert.</translation>
    </message>
    <message>
        <location line="-391"/>
        <source>A full set, even where an incremental one would build on an earlier set.</source>
        <translation>Ein vollständiger Satz, auch wo ein inkrementeller auf einem früheren Satz aufbauen würde.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>A full backup, as asked (--full).</source>
        <translation>Eine Vollsicherung, wie verlangt (--full).</translation>
    </message>
</context>
<context>
    <name>BackupSchedule</name>
    <message>
        <location filename="../engine/run/BackupSchedule.cpp" line="+42"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Say when it runs, for example &quot;daily&quot; or &quot;Mon..Fri 02:00&quot;.</source>
        <translation>Geben Sie an, wann sie läuft, zum Beispiel &quot;daily&quot; oder &quot;Mon..Fri 02:00&quot;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>systemd does not understand &quot;%1&quot;: %2</source>
        <translation>systemd versteht &quot;%1&quot; nicht: %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Cannot make the folder %1 for the schedule&apos;s units.</source>
        <translation>Der Ordner %1 für die Units des Zeitplans kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cannot delete %1. Check its permissions.</source>
        <translation>%1 kann nicht gelöscht werden. Prüfen Sie seine Berechtigungen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Turn it on with: %1 daemon-reload &amp;&amp; %1 enable --now %2.timer</source>
        <translation>Einschalten mit: %1 daemon-reload &amp;&amp; %1 enable --now %2.timer</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Lifeboat: %1 of %2</source>
        <translation>Lifeboat: %1 von %2</translation>
    </message>
</context>
<context>
    <name>BackupSetManifest</name>
    <message>
        <location filename="../engine/backup/BackupSetManifest.cpp" line="+83"/>
        <source>it is empty</source>
        <translation>es ist leer</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>%1 is not a complete backup set: it has no readable manifest.json.</source>
        <translation>%1 ist kein vollständiger Sicherungssatz: Er hat keine lesbare manifest.json.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a set from &apos;lifeboat backups&apos;.</source>
        <translation>Wählen Sie einen Satz aus &apos;lifeboat backups&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The manifest of %1 is damaged (%2).</source>
        <translation>Das Manifest von %1 ist beschädigt (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify the set with &apos;lifeboat verify&apos; and choose another one.</source>
        <translation>Prüfen Sie den Satz mit &apos;lifeboat verify&apos;, und wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The manifest of %1 cannot be trusted: %2.</source>
        <translation>Dem Manifest von %1 kann nicht vertraut werden: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was restored from it; verify the set with &apos;lifeboat verify&apos; and choose another one.</source>
        <translation>Daraus wurde nichts wiederhergestellt; prüfen Sie den Satz mit &apos;lifeboat verify&apos; und wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The manifest of %1 lists no parts.</source>
        <translation>Das Manifest von %1 nennt keine Teile.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The manifest of %1 lists no parts, so there is nothing to restore from it.</source>
        <translation>Das Manifest von %1 enthält keine Teile, es gibt also nichts wiederherzustellen.</translation>
    </message>
</context>
<context>
    <name>BackupSetVerifier</name>
    <message>
        <location filename="../engine/backup/BackupSetVerifier.cpp" line="+652"/>
        <source>is a link in the archive that the manifest does not list as this link</source>
        <translation>ist ein Link im Archiv, den das Manifest nicht als diesen Link aufführt</translation>
    </message>
    <message>
        <location line="-542"/>
        <source>is missing or unreadable, so no archive can be checked as a whole</source>
        <translation>fehlt oder ist nicht lesbar, daher kann kein Archiv als Ganzes geprüft werden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>line %1 is not &quot;&lt;SHA-256&gt;  &lt;archive&gt;&quot;</source>
        <translation>Zeile %1 hat nicht die Form &quot;&lt;SHA-256&gt;  &lt;Archiv&gt;&quot;</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 is not a directory. Give a backup set directory (see &apos;lifeboat backups&apos;).</source>
        <translation>%1 ist kein Verzeichnis. Geben Sie ein Sicherungssatz-Verzeichnis an (siehe &apos;lifeboat backups&apos;).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is an unfinished backup set (it was never published), so there is nothing to verify. Resume its run, or verify a complete set (see &apos;lifeboat backups&apos;).</source>
        <translation>%1 ist ein unvollendeter Sicherungssatz (er wurde nie veröffentlicht), es gibt also nichts zu prüfen. Setzen Sie seinen Lauf fort, oder prüfen Sie einen vollständigen Satz (siehe &apos;lifeboat backups&apos;).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>cannot be parsed (%1), so nothing in the set can be checked</source>
        <translation>kann nicht ausgewertet werden (%1), daher kann nichts im Satz geprüft werden</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+400"/>
        <source>cannot be read (%1)</source>
        <translation>kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <location line="-404"/>
        <source>is not a regular file, so it was not read</source>
        <translation>ist keine reguläre Datei und wurde daher nicht gelesen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>is not signed by an allowed signer, and the profile requires it (&quot;signing&quot;: &quot;required&quot;)</source>
        <translation>ist nicht von einem zugelassenen Unterzeichner signiert, und das Profil verlangt es (&quot;signing&quot;: &quot;required&quot;)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>lists no parts</source>
        <translation>enthält keine Teile</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>lists %1, which the manifest does not</source>
        <translation>enthält %1, das im Manifest fehlt</translation>
    </message>
    <message numerus="yes">
        <location line="+216"/>
        <source>the archive is missing (%n file(s) of part %1 lost)</source>
        <translation>
            <numerusform>das Archiv fehlt (%n Datei von Teil %1 verloren)</numerusform>
            <numerusform>das Archiv fehlt (%n Dateien von Teil %1 verloren)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+199"/>
        <location line="+61"/>
        <source>is not listed in SHA256SUMS</source>
        <translation>ist nicht in SHA256SUMS aufgeführt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256 of the archive differs from SHA256SUMS (the archive file was changed or damaged)</source>
        <translation>SHA-256 des Archivs weicht von SHA256SUMS ab (die Archivdatei wurde verändert oder beschädigt)</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>is not a .tar.zst, .tar.gz, .tar.xz or .zip archive</source>
        <translation>ist kein .tar.zst-, .tar.gz-, .tar.xz- oder .zip-Archiv</translation>
    </message>
    <message>
        <location line="-448"/>
        <source>The backup set %1 is damaged, so nothing was restored and every node is as it was: %2. Choose another set (see &apos;lifeboat backups&apos;).</source>
        <translation>Der Sicherungssatz %1 ist beschädigt, daher wurde nichts wiederhergestellt, und jeder Knoten ist wie zuvor: %2. Wählen Sie einen anderen Satz (siehe &apos;lifeboat backups&apos;).</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>is missing, though SHA256SUMS lists it</source>
        <translation>fehlt, obwohl SHA256SUMS sie aufführt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>does not say what manifest.json says (the list of sets would show the set wrongly)</source>
        <translation>sagt nicht, was manifest.json sagt (die Liste der Sätze würde den Satz falsch zeigen)</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>cannot be parsed (%1), so the files this set takes from %2 cannot be checked</source>
        <translation>kann nicht gelesen werden (%1), daher können die Dateien, die dieser Satz aus %2 übernimmt, nicht geprüft werden</translation>
    </message>
    <message numerus="yes">
        <location line="+192"/>
        <location line="+89"/>
        <source>cannot be opened as an archive (%1); none of its %n file(s) can be checked</source>
        <translation>
            <numerusform>kann nicht als Archiv geöffnet werden (%1); seine %n Datei kann nicht geprüft werden</numerusform>
            <numerusform>kann nicht als Archiv geöffnet werden (%1); keine seiner %n Dateien kann geprüft werden</numerusform>
        </translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+76"/>
        <source>cannot be read to its end (the archive is damaged or truncated here)</source>
        <translation>kann nicht bis zum Ende gelesen werden (das Archiv ist hier beschädigt oder abgeschnitten)</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+55"/>
        <source>is in the archive but not in the manifest</source>
        <translation>ist im Archiv, aber nicht im Manifest</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+47"/>
        <source>size is %1 bytes, the manifest says %2</source>
        <translation>Größe ist %1 Bytes, das Manifest sagt %2</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+75"/>
        <source>SHA-256 differs</source>
        <translation>SHA-256 weicht ab</translation>
    </message>
    <message numerus="yes">
        <location line="-68"/>
        <source>cannot be read past %1 (%2); %n more file(s) not checked</source>
        <translation>
            <numerusform>kann nicht über %1 hinaus gelesen werden (%2); %n weitere Datei nicht geprüft</numerusform>
            <numerusform>kann nicht über %1 hinaus gelesen werden (%2); %n weitere Dateien nicht geprüft</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+30"/>
        <source>missing from the archive</source>
        <translation>fehlt im Archiv</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>cannot be decompressed to its end: the archive is damaged</source>
        <translation>kann nicht bis zum Ende entpackt werden: das Archiv ist beschädigt</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>There is no verification to record for %1.</source>
        <translation>Für %1 gibt es keine Prüfung zu speichern.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot write %1: %2. The result above stands, but &apos;lifeboat backups&apos; will not show it; check the permissions and free space of the set directory.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Das obige Ergebnis gilt, aber &apos;lifeboat backups&apos; wird es nicht anzeigen; prüfen Sie die Berechtigungen und den freien Speicherplatz des Satzverzeichnisses.</translation>
    </message>
    <message numerus="yes">
        <location line="-321"/>
        <location line="+132"/>
        <source>is not listed in the SHA256SUMS of %1, the older set this set takes %n file(s) from</source>
        <translation>
            <numerusform>steht nicht in der SHA256SUMS von %1, dem älteren Satz, aus dem dieser Satz %n Datei übernimmt</numerusform>
            <numerusform>steht nicht in der SHA256SUMS von %1, dem älteren Satz, aus dem dieser Satz %n Dateien übernimmt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>SHA-256 of the archive differs from the SHA256SUMS of %1, the older set this set takes %n file(s) from (the archive file was changed or damaged)</source>
        <translation>
            <numerusform>SHA-256 des Archivs weicht von der SHA256SUMS von %1 ab, dem älteren Satz, aus dem dieser Satz %n Datei übernimmt (die Archivdatei wurde geändert oder beschädigt)</numerusform>
            <numerusform>SHA-256 des Archivs weicht von der SHA256SUMS von %1 ab, dem älteren Satz, aus dem dieser Satz %n Dateien übernimmt (die Archivdatei wurde geändert oder beschädigt)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-139"/>
        <location line="+21"/>
        <source>is not a .tar.zst, .tar.gz or .tar.xz archive, so it cannot hold files of a newer set</source>
        <translation>ist kein .tar.zst-, .tar.gz- oder .tar.xz-Archiv und kann daher keine Dateien eines neueren Satzes enthalten</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>is missing (part %1 takes files from %2)</source>
        <translation>fehlt (Teil %1 nimmt Dateien aus %2)</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+95"/>
        <location line="+23"/>
        <source>SHA-256 differs from SHA256SUMS (the file was changed or damaged)</source>
        <translation>SHA-256 weicht von SHA256SUMS ab (die Datei wurde verändert oder beschädigt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>does not list the files the manifest stores in %1</source>
        <translation>listet nicht die Dateien, die das Manifest in %1 ablegt</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>has no part %1</source>
        <translation>hat keinen Teil %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is not in this archive as the set records it</source>
        <translation>ist nicht so in diesem Archiv, wie der Satz es verzeichnet</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>is missing, so nothing in the set can be checked or restored</source>
        <translation>fehlt, daher kann nichts im Satz geprüft oder wiederhergestellt werden</translation>
    </message>
</context>
<context>
    <name>BackupSqliteStep</name>
    <message>
        <location filename="../engine/steps/BackupSqliteStep.cpp" line="+27"/>
        <source>Back up the %1 database</source>
        <translation>Datenbank %1 sichern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>consistent copy of %1 (VACUUM INTO), integrity-checked</source>
        <translation>konsistente Kopie von %1 (VACUUM INTO), Integrität geprüft</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open the %1 database %2: %3</source>
        <translation>Die Datenbank %1 (%2) kann nicht geöffnet werden: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot copy the %1 database: %2. Run PRAGMA integrity_check on %3; a damaged database must be repaired or restored before it can be backed up.</source>
        <translation>Die Datenbank %1 kann nicht kopiert werden: %2. Führen Sie PRAGMA integrity_check auf %3 aus; eine beschädigte Datenbank muss repariert oder wiederhergestellt werden, bevor sie gesichert werden kann.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The copy of the %1 database fails its integrity check (%2). The database %3 is damaged; repair or restore it first.</source>
        <translation>Die Kopie der Datenbank %1 besteht die Integritätsprüfung nicht (%2). Die Datenbank %3 ist beschädigt; reparieren oder wiederherstellen Sie sie zuerst.</translation>
    </message>
</context>
<context>
    <name>BackupsCommand</name>
    <message>
        <location filename="../app/BackupsCommand.cpp" line="+25"/>
        <source>List the complete backup sets of a profile, newest first, with their last verification</source>
        <translation>Die vollständigen Sicherungssätze eines Profils auflisten, neueste zuerst, mit ihrer letzten Prüfung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The cluster profile (JSON) whose backup root is listed.</source>
        <translation>Das Clusterprofil (JSON), dessen Sicherungsverzeichnis aufgelistet wird.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Usage: lifeboat backups --profile FILE [--json] (a sandbox has its profile at DIR/cluster.json).</source>
        <translation>Aufruf: lifeboat backups --profile DATEI [--json] (eine Sandbox hat ihr Profil unter VERZ/cluster.json).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No complete backup sets in %1.</source>
        <translation>Keine vollständigen Sicherungssätze in %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RESTORE POINT</source>
        <translation>SICHERUNGSSTAND</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STRATEGY</source>
        <translation>STRATEGIE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VERIFIED</source>
        <translation>GEPRÜFT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LABEL</source>
        <translation>BEZEICHNUNG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ok %1</source>
        <translation>ok %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DAMAGED %1</source>
        <translation>BESCHÄDIGT %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(manifest unreadable)</source>
        <translation>(Manifest nicht lesbar)</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n unfinished set(s) (.partial) are not listed: resume their run, or &apos;lifeboat prune&apos; removes those untouched for 24 hours.</source>
        <translation>
            <numerusform>%n unvollendeter Satz (.partial) wird nicht aufgeführt: Setzen Sie seinen Lauf fort, oder &apos;lifeboat prune&apos; entfernt die seit 24 Stunden unveränderten.</numerusform>
            <numerusform>%n unvollendete Sätze (.partial) werden nicht aufgeführt: Setzen Sie ihren Lauf fort, oder &apos;lifeboat prune&apos; entfernt die seit 24 Stunden unveränderten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-24"/>
        <source>DOWNTIME</source>
        <translation>AUSFALLZEIT</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>RESTORES</source>
        <translation>ENTPACKT</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>BASE</source>
        <translation>BASIS</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>full</source>
        <translation>voll</translation>
    </message>
</context>
<context>
    <name>ChainUnpacker</name>
    <message>
        <location filename="../engine/restore/ChainUnpacker.cpp" line="+23"/>
        <source>The checksum of %1 could not be taken as it was unpacked, so it was not checked against SHA256SUMS. Nothing was swapped in; verify the set with &apos;lifeboat verify&apos; and try again.</source>
        <translation>Die Prüfsumme von %1 konnte beim Entpacken nicht ermittelt werden, daher wurde sie nicht gegen SHA256SUMS geprüft. Nichts wurde eingesetzt; prüfen Sie den Satz mit &apos;lifeboat verify&apos; und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot unpack into %1: it already exists.</source>
        <translation>Entpacken nach %1 nicht möglich: Es existiert bereits.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>In the older set %1: %2</source>
        <translation>Im älteren Satz %1: %2</translation>
    </message>
</context>
<context>
    <name>Change</name>
    <message>
        <location filename="../engine/run/Change.cpp" line="+48"/>
        <source>delete</source>
        <translation>löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move</source>
        <translation>verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write</source>
        <translation>schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overwrite</source>
        <translation>überschreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stop node</source>
        <translation>Knoten stoppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start node</source>
        <translation>Knoten starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter backup mode</source>
        <translation>aktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leave backup mode</source>
        <translation>verlassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run</source>
        <translation>ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by hand:</source>
        <translation>von Hand:</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <location line="-5"/>
        <source>keep</source>
        <translation>behalten</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <location filename="../app/CheckCommand.cpp" line="+19"/>
        <source>Run a scenario&apos;s preconditions and show what would block it</source>
        <translation>Die Vorbedingungen eines Szenarios prüfen und zeigen, was es blockieren würde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WARN</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings do not block.</source>
        <translation>Warnungen blockieren nicht.</translation>
    </message>
</context>
<context>
    <name>CheckGdsConsistencyStep</name>
    <message>
        <location filename="../engine/steps/CheckGdsConsistencyStep.cpp" line="+36"/>
        <source>The GDS part of %1 is missing, so the backup cannot be checked.</source>
        <translation>Der GDS-Teil von %1 fehlt, daher kann die Sicherung nicht geprüft werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The %1 database is not checked against the GDS here (only SQLite copies are).</source>
        <translation>Die Datenbank %1 wird hier nicht mit dem GDS abgeglichen (nur SQLite-Kopien).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot run the GDS reference query of the %1 database: %2. Check &quot;gdsReferenceQuery&quot; in the profile.</source>
        <translation>Die GDS-Referenzabfrage der Datenbank %1 kann nicht ausgeführt werden: %2. Prüfen Sie &quot;gdsReferenceQuery&quot; im Profil.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The backup is inconsistent: %n document(s) that the %1 database refers to are missing from the GDS backup or differ: %2. Back up inside a backup mode, or offline.</source>
        <translation>
            <numerusform>Die Sicherung ist inkonsistent: %n Dokument, auf das die Datenbank %1 verweist, fehlt in der GDS-Sicherung oder weicht ab: %2. Sichern Sie im Sicherungsmodus oder offline.</numerusform>
            <numerusform>Die Sicherung ist inkonsistent: %n Dokumente, auf die die Datenbank %1 verweist, fehlen in der GDS-Sicherung oder weichen ab: %2. Sichern Sie im Sicherungsmodus oder offline.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>All %n GDS reference(s) of the %1 database resolve in the GDS backup.</source>
        <translation>
            <numerusform>Die %n GDS-Referenz der Datenbank %1 ist in der GDS-Sicherung auflösbar.</numerusform>
            <numerusform>Alle %n GDS-Referenzen der Datenbank %1 sind in der GDS-Sicherung auflösbar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/steps/CheckGdsConsistencyStep.h" line="+24"/>
        <source>Check that the database and GDS backups agree</source>
        <translation>Prüfen, ob Datenbank- und GDS-Sicherung übereinstimmen</translation>
    </message>
</context>
<context>
    <name>CheckPatchLevelStep</name>
    <message>
        <location filename="../engine/steps/CheckPatchLevelStep.cpp" line="+18"/>
        <source>Check that %1 is at the patch level recorded in the backup</source>
        <translation>Prüfen, ob %1 auf dem in der Sicherung aufgezeichneten Patch-Level ist</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Apply the patches recorded in the backup (or remove newer ones) so the levels match, then run the restore again. Nothing was restored yet.</source>
        <translation>Installieren Sie die in der Sicherung aufgezeichneten Patches (oder entfernen Sie neuere), damit die Stände übereinstimmen, und führen Sie die Wiederherstellung erneut aus. Es wurde noch nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is at the recorded patch level.</source>
        <translation>%1 ist auf dem aufgezeichneten Patch-Level.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has no &quot;patchLevelFile&quot; in the profile, so its patch level cannot be compared with the backup&apos;s. Add the path of the file that records it.</source>
        <translation>%1 hat im Profil kein &quot;patchLevelFile&quot;, daher kann sein Patch-Level nicht mit dem der Sicherung verglichen werden. Tragen Sie den Pfad der Datei ein, die ihn festhält.</translation>
    </message>
</context>
<context>
    <name>CheckRehearsalStep</name>
    <message>
        <location filename="../engine/steps/CheckRehearsalStep.cpp" line="+39"/>
        <source>%1 is not running</source>
        <translation>%1 läuft nicht</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the forms database cannot be read: %1</source>
        <translation>die Formulardatenbank kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the GDS document %1 that the database refers to is missing or differs</source>
        <translation>das GDS-Dokument %1, auf das die Datenbank verweist, fehlt oder weicht ab</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1&apos;s repository is not the set&apos;s (%2)</source>
        <translation>das Repository von %1 ist nicht das des Satzes (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The rehearsal found what a real restore from this set would get wrong: %1.</source>
        <translation>Die Probewiederherstellung hat gefunden, was eine echte Wiederherstellung aus diesem Satz falsch machen würde: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every node is up, every GDS reference resolves, and every repository equals the set.</source>
        <translation>Jeder Knoten läuft, jede GDS-Referenz ist auflösbar, und jedes Repository entspricht dem Satz.</translation>
    </message>
    <message>
        <location filename="../engine/steps/CheckRehearsalStep.h" line="+25"/>
        <source>Check the rehearsal cluster: nodes up, database and GDS consistent, repositories equal to the set</source>
        <translation>Den Probecluster prüfen: Knoten laufen, Datenbank und GDS konsistent, Repositorys gleich dem Satz</translation>
    </message>
</context>
<context>
    <name>ClusterDiscovery</name>
    <message>
        <location filename="../engine/discovery/ClusterDiscovery.cpp" line="+64"/>
        <source>Looking on %1…</source>
        <translation>Suche auf %1…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The nodes run different application servers (%1); a profile has one. Choose it by hand.</source>
        <translation>Die Knoten laufen auf verschiedenen Anwendungsservern (%1); ein Profil hat einen. Wählen Sie ihn von Hand.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 in %3</source>
        <translation>%1: %2 in %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: also looked below %2, where a running Java process was started.</source>
        <translation>%1: auch unter %2 gesucht, wo ein laufender Java-Prozess gestartet wurde.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: no AEM Forms node below %2.</source>
        <translation>%1: kein AEM-Forms-Knoten unter %2.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: %2, %3 node (%4), cluster node id %5</source>
        <translation>%1: %2, Knoten %3 (%4), Clusterknoten-ID %5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not told by its files</source>
        <translation>nicht aus seinen Dateien ersichtlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP: %1</source>
        <translation>HTTP: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>forms database: %1</source>
        <translation>Formulardatenbank: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>started and stopped with %1</source>
        <translation>gestartet und gestoppt mit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: how to start and stop %2 was not found (no systemd unit, no server scripts); fill in its commands.</source>
        <translation>%1: Wie %2 gestartet und gestoppt wird, wurde nicht gefunden (keine systemd-Unit, keine Server-Skripte); tragen Sie seine Befehle ein.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Backup mode: no author node with an HTTP address was found; fill in the backup-mode server.</source>
        <translation>Sicherungsmodus: Es wurde kein Autorenknoten mit HTTP-Adresse gefunden; tragen Sie den Server für den Sicherungsmodus ein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup mode: %1 was not found below the primary&apos;s installation; fill in the commands that enter and leave backup mode.</source>
        <translation>Sicherungsmodus: %1 wurde unter der Installation des primären Knotens nicht gefunden; tragen Sie die Befehle ein, die den Sicherungsmodus aktivieren und verlassen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Backup mode: %1 on %2</source>
        <translation>Sicherungsmodus: %1 auf %2</translation>
    </message>
</context>
<context>
    <name>ClusterProfile</name>
    <message>
        <location filename="../engine/profile/ClusterProfile.cpp" line="+658"/>
        <location line="+5"/>
        <location line="+29"/>
        <source>Cannot write the cluster profile %1: %2</source>
        <translation>Das Clusterprofil %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>nodes &quot;%1&quot; and &quot;%2&quot; both keep their crx-repository at %3 on %4; give each node its own host or its own path.</source>
        <translation>die Knoten „%1“ und „%2“ haben beide ihr crx-repository unter %3 auf %4; geben Sie jedem Knoten einen eigenen Host oder einen eigenen Pfad.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>this machine</source>
        <translation>diesem Rechner</translation>
    </message>
    <message>
        <location line="-298"/>
        <source>Cannot read the cluster profile: %1. Check the path, or create a sandbox with &apos;lifeboat sandbox create DIR&apos;.</source>
        <translation>Das Clusterprofil kann nicht gelesen werden: %1. Prüfen Sie den Pfad, oder legen Sie mit &apos;lifeboat sandbox create VERZ&apos; eine Sandbox an.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not valid JSON: %1. A profile is plain JSON: no comments, no trailing commas.</source>
        <translation>Kein gültiges JSON: %1. Ein Profil ist reines JSON: keine Kommentare, keine abschließenden Kommas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A cluster profile must hold a JSON object ({ … }), but this file holds an array ([ … ]). Put the profile&apos;s keys in one object.</source>
        <translation>Ein Clusterprofil muss ein JSON-Objekt ({ … }) enthalten, diese Datei enthält aber ein Array ([ … ]). Schreiben Sie die Schlüssel des Profils in ein Objekt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This key appears twice in its object; only one of them would be read.</source>
        <translation>Dieser Schlüssel kommt in seinem Objekt zweimal vor; nur einer davon würde gelesen.</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>databases[%1] has this name already; a database&apos;s backup part is named after it, so every database needs a name of its own.</source>
        <translation>databases[%1] hat diesen Namen bereits; der Sicherungsteil einer Datenbank ist nach ihr benannt, daher braucht jede Datenbank einen eigenen Namen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>nodes[%1] has this name already; every node needs a name of its own.</source>
        <translation>nodes[%1] hat diesen Namen bereits; jeder Knoten braucht einen eigenen Namen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An AEM Forms cluster has exactly one primary author node; this profile has %1.</source>
        <translation>Ein AEM-Forms-Cluster hat genau einen primären Author-Knoten; dieses Profil hat %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>hosts[%1] has this name already; every host needs a name of its own.</source>
        <translation>hosts[%1] hat diesen Namen bereits; jeder Host braucht einen eigenen Namen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Names the host &quot;%1&quot;, which &quot;hosts&quot; does not list.</source>
        <translation>Nennt den Host „%1“, den „hosts“ nicht aufführt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+6"/>
        <source>The node lives on the host %1, so this path must be absolute (it is %2).</source>
        <translation>Der Knoten liegt auf dem Host %1, daher muss dieser Pfad absolut sein (er lautet %2).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&quot;required&quot; is true, so the allowed-signers file that says whose signatures to trust is needed. Name it here, or set &quot;required&quot; to false.</source>
        <translation>&quot;required&quot; ist true, daher wird die Datei der zugelassenen Unterzeichner benötigt, die sagt, wessen Signaturen vertraut wird. Geben Sie sie hier an, oder setzen Sie &quot;required&quot; auf false.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The secrets file %1 does not exist, so the secrets the profile names cannot be checked. Lifeboat reads each from its environment variable, or asks for it.</source>
        <translation>Die Geheimnisdatei %1 existiert nicht, daher können die Geheimnisse, die das Profil nennt, nicht geprüft werden. Lifeboat liest jedes aus seiner Umgebungsvariablen oder fragt danach.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The secret &quot;%1&quot; is not defined: the secrets file %2 does not have it, and the environment variable %3 is not set.</source>
        <translation>Das Geheimnis „%1“ ist nicht definiert: Die Geheimnisdatei %2 enthält es nicht, und die Umgebungsvariable %3 ist nicht gesetzt.</translation>
    </message>
    <message>
        <location line="+162"/>
        <location line="+7"/>
        <source>Cannot read the cluster profile %1: %2</source>
        <translation>Das Clusterprofil %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>A path&apos;s snapshot method is &quot;command&quot;, so the snapshot commands are needed; missing: %1.</source>
        <translation>Die Snapshot-Methode eines Pfads ist „command“, daher werden die Snapshot-Befehle gebraucht; es fehlt: %1.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <location filename="../app/Command.cpp" line="+35"/>
        <source>Run &apos;lifeboat %1 --help&apos; for its options.</source>
        <translation>Führen Sie &apos;lifeboat %1 --help&apos; aus, um seine Optionen zu sehen.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="+56"/>
        <source>Lifeboat backs up and recovers clustered Adobe AEM Forms environments.
With no command it opens the wizard; with a command it runs headless.</source>
        <translation>Lifeboat sichert geclusterte Adobe AEM Forms-Umgebungen und stellt sie wieder her.
Ohne Befehl öffnet es den Assistenten; mit einem Befehl läuft es ohne Oberfläche.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use this language (de, fr, ja or en) instead of the system&apos;s.</source>
        <translation>Diese Sprache (de, fr, ja oder en) statt der des Systems verwenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command to run; see the list below.</source>
        <translation>Der auszuführende Befehl; siehe die Liste unten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;command&gt; [options]</source>
        <translation>&lt;Befehl&gt; [Optionen]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run &apos;lifeboat --help&apos; to see the commands.</source>
        <translation>Führen Sie &apos;lifeboat --help&apos; aus, um die Befehle zu sehen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown command &apos;%1&apos;. Run &apos;lifeboat --help&apos; to see the commands.</source>
        <translation>Unbekannter Befehl &apos;%1&apos;. Führen Sie &apos;lifeboat --help&apos; aus, um die Befehle zu sehen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit codes:</source>
        <translation>Exit-Codes:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a step failed (cleanup steps ran; see the report)</source>
        <translation>ein Schritt ist fehlgeschlagen (die Aufräumschritte liefen; siehe Bericht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a precondition failed; nothing was changed</source>
        <translation>eine Vorbedingung ist nicht erfüllt; nichts wurde geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verification failed (a damaged or mismatched backup)</source>
        <translation>Prüfung fehlgeschlagen (eine beschädigte oder nicht passende Sicherung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled, or a confirmation was declined</source>
        <translation>abgebrochen, oder eine Bestätigung wurde abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>usage error (unknown command or option, missing argument)</source>
        <translation>Aufruffehler (unbekannter Befehl oder unbekannte Option, fehlendes Argument)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No display found, so the wizard cannot open.
Run a command instead (see &apos;lifeboat --help&apos;), for example &apos;lifeboat demo&apos; for a headless tour on the training sandbox, or open the wizard from a graphical session (or under &apos;xvfb-run lifeboat&apos;).</source>
        <translation>Keine Anzeige gefunden, daher kann der Assistent nicht geöffnet werden.
Führen Sie stattdessen einen Befehl aus (siehe &apos;lifeboat --help&apos;), zum Beispiel &apos;lifeboat demo&apos; für einen Rundgang ohne Oberfläche auf der Trainings-Sandbox, oder öffnen Sie den Assistenten aus einer grafischen Sitzung (oder unter &apos;xvfb-run lifeboat&apos;).</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>a cleanup step failed: the cluster needs work by hand (the last lines say what)</source>
        <translation>ein Aufräumschritt ist fehlgeschlagen: Der Cluster braucht Handarbeit (die letzten Zeilen sagen, welche)</translation>
    </message>
</context>
<context>
    <name>ContentSwap</name>
    <message>
        <location filename="../engine/restore/ContentSwap.cpp" line="+66"/>
        <source>%1 already holds the backup&apos;s copy.</source>
        <translation>%1 enthält bereits die Kopie aus der Sicherung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create %1. Check the permissions.</source>
        <translation>%1 kann nicht angelegt werden. Prüfen Sie die Berechtigungen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its contents, to %1</source>
        <translation>sein Inhalt, nach %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot move %1 into %2. %3</source>
        <translation>%1 kann nicht nach %2 verschoben werden. %3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>restored from the backup</source>
        <translation>aus der Sicherung wiederhergestellt</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 now holds the backup&apos;s %n file(s).</source>
        <translation>
            <numerusform>%1 enthält jetzt die %n Datei aus der Sicherung.</numerusform>
            <numerusform>%1 enthält jetzt die %n Dateien aus der Sicherung.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 left in place</source>
        <translation>%1 an Ort und Stelle belassen</translation>
    </message>
</context>
<context>
    <name>ControlTemplates</name>
    <message>
        <location filename="../engine/discovery/ControlTemplates.cpp" line="+44"/>
        <source>systemd unit %1</source>
        <translation>systemd-Unit %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>JBoss&apos;s standalone.sh and jboss-cli.sh</source>
        <translation>standalone.sh und jboss-cli.sh von JBoss</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the WebLogic domain&apos;s startWebLogic.sh and stopWebLogic.sh</source>
        <translation>startWebLogic.sh und stopWebLogic.sh der WebLogic-Domäne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the WebSphere profile&apos;s startServer.sh and stopServer.sh</source>
        <translation>startServer.sh und stopServer.sh des WebSphere-Profils</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the instance&apos;s own bin/start and bin/stop</source>
        <translation>bin/start und bin/stop der Instanz selbst</translation>
    </message>
</context>
<context>
    <name>CopyRestoredFilesStep</name>
    <message>
        <location filename="../engine/steps/CopyRestoredFilesStep.cpp" line="+35"/>
        <source>Copy all files of %1&apos;s restored repository to %2</source>
        <translation>Alle Dateien des wiederhergestellten Repositorys von %1 nach %2 kopieren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>its current contents, to %1</source>
        <translation>sein aktueller Inhalt, nach %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>replaced by a copy of %1</source>
        <translation>ersetzt durch eine Kopie von %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot copy %1 to %2. Check the free space.</source>
        <translation>%1 kann nicht nach %2 kopiert werden. Prüfen Sie den freien Speicherplatz.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot rename %1 to %2.</source>
        <translation>%1 kann nicht in %2 umbenannt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copied %1 for %2.</source>
        <translation>%1 für %2 kopiert.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>%1 and %2 are on different hosts; Lifeboat copies a restored tree only within one host.</source>
        <translation>%1 und %2 liegen auf verschiedenen Hosts; Lifeboat kopiert einen wiederhergestellten Baum nur innerhalb eines Hosts.</translation>
    </message>
</context>
<context>
    <name>CreateRehearsalSandboxStep</name>
    <message>
        <location filename="../engine/steps/CreateRehearsalSandboxStep.cpp" line="+28"/>
        <source>Build a fresh sandbox copy of the recorded topology in %1</source>
        <translation>Eine frische Sandbox-Kopie der aufgezeichneten Topologie in %1 aufbauen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a sandbox cluster: %1 author node(s) (%2), %3 publish node(s)</source>
        <translation>ein Sandbox-Cluster: %1 Autorenknoten (%2), %3 Veröffentlichungsknoten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>rehearsal sandbox</source>
        <translation>Probe-Sandbox</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The rehearsal cluster %1 is ready in %2.</source>
        <translation>Der Probecluster %1 ist in %2 bereit.</translation>
    </message>
</context>
<context>
    <name>DataSourceReader</name>
    <message>
        <location filename="../engine/discovery/DataSourceReader.cpp" line="+128"/>
        <source>%1 names the forms database with %2: %3</source>
        <translation>%1 nennt die Formulardatenbank mit %2: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no configuration file of %1 in %2</source>
        <translation>keine Konfigurationsdatei von %1 in %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none of %1 configures the data source %2</source>
        <translation>keine von %1 konfiguriert die Datenquelle %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Lifeboat backs up MariaDB, MySQL, PostgreSQL and SQLite databases; this is not one of them.</source>
        <translation>Lifeboat sichert MariaDB-, MySQL-, PostgreSQL- und SQLite-Datenbanken; dies ist keine davon.</translation>
    </message>
</context>
<context>
    <name>DatabaseDump</name>
    <message>
        <location filename="../engine/database/DatabaseDump.cpp" line="+62"/>
        <source>The profile names no database for %1. Set its &quot;database&quot; and check again.</source>
        <translation>Das Profil nennt keine Datenbank für %1. Setzen Sie &quot;database&quot; und prüfen Sie erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot reach the %1 database: %2</source>
        <translation>Die Datenbank %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Cancelled by the user.</source>
        <translation>Vom Benutzer abgebrochen.</translation>
    </message>
</context>
<context>
    <name>DatabaseReplacement</name>
    <message>
        <location filename="../engine/restore/DatabaseReplacement.cpp" line="+24"/>
        <source>%1 (%2 database %3 on %4)</source>
        <translation>%1 (%2-Datenbank %3 auf %4)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The dump %1 is missing, so the %2 database cannot be restored. Run the restore again.</source>
        <translation>Der Export %1 fehlt, daher kann die Datenbank %2 nicht wiederhergestellt werden. Führen Sie die Wiederherstellung erneut aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>loaded from %1</source>
        <translation>aus %1 geladen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot keep the current contents of the %1 database: the profile&apos;s backup root &quot;%2&quot; cannot be created. Set &quot;backupRoot&quot; in the profile to a directory with room for a dump.</source>
        <translation>Der aktuelle Inhalt der Datenbank %1 kann nicht aufbewahrt werden: Das Sicherungsverzeichnis &quot;%2&quot; des Profils kann nicht angelegt werden. Setzen Sie &quot;backupRoot&quot; im Profil auf ein Verzeichnis mit Platz für einen Export.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The contents the %1 database had before this restore are already kept in %2.</source>
        <translation>Der Inhalt, den die Datenbank %1 vor dieser Wiederherstellung hatte, ist bereits in %2 aufbewahrt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot rename %1 to %2. Check the permissions there.</source>
        <translation>%1 kann nicht in %2 umbenannt werden. Prüfen Sie die Berechtigungen dort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the contents of the %1 database before the restore</source>
        <translation>der Inhalt der Datenbank %1 vor der Wiederherstellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept the current contents of the %1 database in %2.</source>
        <translation>Aktueller Inhalt der Datenbank %1 in %2 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <location filename="../app/DemoCommand.cpp" line="+31"/>
        <source>A headless tour on the training sandbox (built on first use), and how to open the wizard</source>
        <translation>Ein Rundgang ohne Oberfläche auf der Trainings-Sandbox (beim ersten Aufruf angelegt), und wie man den Assistenten öffnet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;lifeboat demo&apos; takes no arguments.</source>
        <translation>&apos;lifeboat demo&apos; nimmt keine Argumente an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lifeboat %1, headless. Log file: %2</source>
        <translation>Lifeboat %1, ohne Oberfläche. Protokolldatei: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Starting the cluster: the primary first, the others once it is up.</source>
        <translation>Der Cluster wird gestartet: zuerst der primäre Knoten, die anderen, sobald er läuft.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopping the cluster: secondaries first, the primary last.</source>
        <translation>Der Cluster wird gestoppt: zuerst die sekundären Knoten, der primäre zuletzt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To open the wizard, run &apos;installer/dev run&apos; from a graphical session, or under a virtual display: &apos;installer/dev exec xvfb-run -a lifeboat&apos;.</source>
        <translation>Um den Assistenten zu öffnen, führen Sie &apos;installer/dev run&apos; in einer grafischen Sitzung aus, oder unter einer virtuellen Anzeige: &apos;installer/dev exec xvfb-run -a lifeboat&apos;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Using the training sandbox in %1.</source>
        <translation>Die Trainings-Sandbox in %1 wird verwendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Building the training sandbox in %1 (once)...</source>
        <translation>Die Trainings-Sandbox wird in %1 aufgebaut (einmalig)...</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backing up with no downtime: %1.</source>
        <translation>Sicherung ohne Ausfallzeit: %1.</translation>
    </message>
</context>
<context>
    <name>DiscardRestoreScratchStep</name>
    <message>
        <location filename="../engine/steps/DiscardRestoreScratchStep.cpp" line="+25"/>
        <source>if left over</source>
        <translation>falls übrig</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>scratch copy</source>
        <translation>Arbeitskopie</translation>
    </message>
    <message>
        <location filename="../engine/steps/DiscardRestoreScratchStep.h" line="+26"/>
        <source>Remove the restore&apos;s scratch copies</source>
        <translation>Die Arbeitskopien der Wiederherstellung entfernen</translation>
    </message>
    <message>
        <location filename="../engine/steps/DiscardRestoreScratchStep.cpp" line="+2"/>
        <source>Some scratch copies could not be removed; see the warnings above.</source>
        <translation>Einige Arbeitskopien konnten nicht entfernt werden; siehe die Warnungen oben.</translation>
    </message>
</context>
<context>
    <name>DiscardUnfinishedSetStep</name>
    <message>
        <location filename="../engine/steps/DiscardUnfinishedSetStep.cpp" line="+16"/>
        <source>only if the backup did not finish</source>
        <translation>nur wenn die Sicherung nicht fertig wurde</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot remove the unfinished backup set %1; remove it by hand.</source>
        <translation>Der unvollendete Sicherungssatz %1 kann nicht entfernt werden; entfernen Sie ihn von Hand.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unfinished backup set</source>
        <translation>unvollendeter Sicherungssatz</translation>
    </message>
    <message>
        <location filename="../engine/steps/DiscardUnfinishedSetStep.h" line="+23"/>
        <source>Remove the unfinished backup set, if any</source>
        <translation>Den unvollendeten Sicherungssatz entfernen, falls vorhanden</translation>
    </message>
</context>
<context>
    <name>DisplayWords</name>
    <message>
        <location filename="../engine/support/DisplayWords.cpp" line="+11"/>
        <source>primary</source>
        <comment>node role</comment>
        <translation>primär</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secondary</source>
        <comment>node role</comment>
        <translation>sekundär</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>publish</source>
        <comment>node role</comment>
        <translation>Veröffentlichung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no backup mode</source>
        <translation>kein Sicherungsmodus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>safe (snapshot) backup mode</source>
        <translation>Momentaufnahme-Sicherungsmodus (sicher)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rolling backup mode</source>
        <translation>Rolling-Sicherungsmodus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>done</source>
        <comment>step result</comment>
        <translation>fertig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>succeeded</source>
        <comment>run state</comment>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <comment>run state or step result</comment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <comment>run state or step result</comment>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>declined</source>
        <comment>run state or step result: a confirmation was declined</comment>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>interrupted</source>
        <comment>run state: Lifeboat stopped during the run</comment>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>failed in cleanup</source>
        <comment>run state: a cleanup step failed, work by hand is left</comment>
        <translation>beim Aufräumen fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Downtime</name>
    <message>
        <location filename="../engine/run/Downtime.cpp" line="+84"/>
        <source>%1 is still down (%2 so far)</source>
        <translation>%1 ist noch ausgefallen (bisher %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was down for %2</source>
        <translation>%1 war %2 ausgefallen</translation>
    </message>
</context>
<context>
    <name>Drill</name>
    <message>
        <location filename="../engine/drills/Drill.cpp" line="+18"/>
        <source>Install the service pack the set was made at first (&apos;lifeboat sandbox patch DIR --node %1&apos;): the restore refuses a node at another patch level. Then: %2</source>
        <translation>Zuerst das Service Pack installieren, mit dem der Satz erstellt wurde (&apos;lifeboat sandbox patch DIR --node %1&apos;): Die Wiederherstellung verweigert einen Knoten mit anderem Patch-Stand. Dann: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make room first: the crash left a heap dump (heapdumps/*.hprof beside the crx-repository of %1) that fills the disk, and the restore refuses to start without room for what it unpacks. Move it where there is room, or delete it once the JVM team has it. Then: %2</source>
        <translation>Zuerst Platz schaffen: Der Absturz hat einen Heap-Dump hinterlassen (heapdumps/*.hprof neben dem crx-repository von %1), der die Platte füllt, und die Wiederherstellung beginnt nicht ohne Platz für das, was sie entpackt. Verschieben Sie ihn dorthin, wo Platz ist, oder löschen Sie ihn, sobald das JVM-Team ihn hat. Dann: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (the set before the newest, which is damaged)</source>
        <translation>%1 (der Satz vor dem neuesten, der beschädigt ist)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a recovery wider than needed, which took more of the cluster down than the fault did</source>
        <translation>eine breitere Wiederherstellung als nötig, die mehr vom Cluster stillgelegt hat als der Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a restore from the damaged backup set</source>
        <translation>eine Wiederherstellung aus dem beschädigten Sicherungssatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a restore of a repository that was intact, which threw its newer data away</source>
        <translation>eine Wiederherstellung eines intakten Repositorys, die seine neueren Daten verworfen hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the quarantine of a restore purged before the drill ended (it is what a rollback needs, and what a restore replaced)</source>
        <translation>die Quarantäne einer Wiederherstellung vor dem Ende der Übung gelöscht (sie ist, was ein Zurückrollen braucht, und was eine Wiederherstellung ersetzt hat)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a secondary started while the primary was down (the sandbox refused it; a real AEM secondary started first takes the cluster over)</source>
        <translation>ein sekundärer Knoten, der gestartet wurde, während der primäre nicht lief (die Sandbox hat es verweigert; ein echter AEM-Sekundärknoten, der zuerst startet, übernimmt den Cluster)</translation>
    </message>
    <message>
        <location filename="../engine/drills/DrillCatalog.cpp" line="+23"/>
        <source>A secondary that lost its way</source>
        <translation>Ein sekundärer Knoten, der sich verirrt hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monday, 07:40. Users report that forms submitted through one of the author nodes vanish. The other nodes look fine. Find out what is wrong and bring the cluster back.</source>
        <translation>Montag, 07:40. Benutzer melden, dass Formulare, die über einen der Autorenknoten eingereicht werden, verschwinden. Die anderen Knoten sehen gut aus. Finden Sie heraus, was los ist, und bringen Sie den Cluster zurück.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A node that fell over</source>
        <translation>Ein Knoten, der umgefallen ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The monitoring paged you at 03:12: one author node stopped answering. Nobody has touched anything since.</source>
        <translation>Die Überwachung hat Sie um 03:12 alarmiert: Ein Autorenknoten antwortet nicht mehr. Seitdem hat niemand etwas angefasst.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A node that forgot who it is</source>
        <translation>Ein Knoten, der vergessen hat, wer er ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a colleague tidied up a server&apos;s disk, one author node no longer starts. The colleague swears only temporary files were removed.</source>
        <translation>Nachdem ein Kollege die Festplatte eines Servers aufgeräumt hat, startet ein Autorenknoten nicht mehr. Der Kollege schwört, nur temporäre Dateien entfernt zu haben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The primary&apos;s disk is gone</source>
        <translation>Die Festplatte des primären Knotens ist weg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The storage team replaced a failed disk on the primary&apos;s server overnight. The primary does not come up; the secondaries still answer.</source>
        <translation>Das Storage-Team hat über Nacht eine defekte Festplatte im Server des primären Knotens ersetzt. Der primäre Knoten startet nicht; die sekundären antworten noch.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every author node down</source>
        <translation>Alle Autorenknoten ausgefallen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A storage outage took the author servers&apos; disks with it. Nothing on the author side answers. The database and the shared storage survived.</source>
        <translation>Ein Speicherausfall hat die Festplatten der Autorenserver mitgerissen. Auf der Autorenseite antwortet nichts. Die Datenbank und der gemeinsame Speicher haben überlebt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Documents gone from the shared storage</source>
        <translation>Dokumente aus dem gemeinsamen Speicher verschwunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since this morning some long-lived processes fail with &quot;document not found&quot;. Every node runs and answers.</source>
        <translation>Seit heute Morgen scheitern einige langlebige Prozesse mit &quot;document not found&quot;. Jeder Knoten läuft und antwortet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A forms database that lies</source>
        <translation>Eine Formulardatenbank, die lügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The forms database was restarted after a power cut in the server room. Since then every form shows errors, on every node.</source>
        <translation>Die Formulardatenbank wurde nach einem Stromausfall im Serverraum neu gestartet. Seitdem zeigt jedes Formular Fehler, auf jedem Knoten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A publish node burnt out</source>
        <translation>Ein ausgebrannter Veröffentlichungsknoten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One publish server was taken away for repair and came back with an empty disk. The authors and the other publish nodes work.</source>
        <translation>Ein Veröffentlichungsserver wurde zur Reparatur abgeholt und kam mit leerer Festplatte zurück. Die Autoren und die anderen Veröffentlichungsknoten funktionieren.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A node that will not start</source>
        <translation>Ein Knoten, der nicht startet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After last night&apos;s patching one author node was left down. The patch notes say nothing about it. Get it serving again.</source>
        <translation>Nach dem Patchen letzte Nacht blieb ein Autorenknoten unten. Die Patch-Notizen sagen nichts dazu. Bringen Sie ihn wieder in Betrieb.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The backup you reach for first</source>
        <translation>Die Sicherung, zu der man zuerst greift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An author node lost its data this morning. Last night&apos;s backup ran, as every night, to the NAS, which had its own troubles overnight.</source>
        <translation>Ein Autorenknoten hat heute Morgen seine Daten verloren. Die Sicherung der letzten Nacht lief wie jede Nacht auf das NAS, das über Nacht eigene Probleme hatte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The backup that never ended</source>
        <translation>Die Sicherung, die nie endete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The nightly backup job died when its server rebooted at 02:00. This morning every node answers, but the forms team says old documents are never cleaned up any more.</source>
        <translation>Der nächtliche Sicherungsjob starb, als sein Server um 02:00 neu startete. Heute Morgen antwortet jeder Knoten, aber das Formularteam sagt, dass alte Dokumente nicht mehr aufgeräumt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore nothing: leave rolling backup mode with the profile&apos;s &quot;leaveRolling&quot; command (the failed backup&apos;s report names it).</source>
        <translation>Nichts wiederherstellen: Verlassen Sie den Rolling-Sicherungsmodus mit dem Befehl &quot;leaveRolling&quot; des Profils (der Bericht der fehlgeschlagenen Sicherung nennt ihn).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A server rebuilt in a hurry</source>
        <translation>Ein eilig neu aufgesetzter Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One author node&apos;s server died over the weekend. Operations rebuilt it from the template image and handed it back this morning: &quot;same paths, same name, ready for your data&quot;.</source>
        <translation>Der Server eines Autorenknotens ist am Wochenende ausgefallen. Der Betrieb hat ihn aus dem Vorlagen-Image neu aufgesetzt und heute Morgen zurückgegeben: „gleiche Pfade, gleicher Name, bereit für Ihre Daten“.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A node nobody can reach</source>
        <translation>Ein Knoten, den niemand erreicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At 06:10 one author node stopped answering, and its server does not answer ssh either. Users on the other nodes notice nothing.</source>
        <translation>Um 06:10 hat ein Autorenknoten aufgehört zu antworten, und sein Server antwortet auch nicht auf ssh. Benutzer der anderen Knoten merken nichts.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore nothing: the node&apos;s data is intact, its host cannot be reached, and every restore refuses a host it cannot reach. Bring the host back (on the sandbox, &apos;lifeboat sandbox start DIR&apos; starts its hosts and nodes; on a real cluster, whoever runs the server and its network), then check that the node answers and is in sync.</source>
        <translation>Nichts wiederherstellen: Die Daten des Knotens sind intakt, sein Host ist nicht erreichbar, und jede Wiederherstellung verweigert einen Host, den sie nicht erreicht. Den Host zurückholen (in der Sandbox startet &apos;lifeboat sandbox start DIR&apos; ihre Hosts und Knoten; in einem echten Cluster, wer Server und Netz betreibt), dann prüfen, dass der Knoten antwortet und synchron ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A node that choked</source>
        <translation>Ein Knoten, der erstickt ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One author node crashed at 04:00 with an out-of-memory error, and the monitoring says its disk is almost full. The JVM team has already copied what they need from that server.</source>
        <translation>Ein Autorenknoten ist um 04:00 mit einem Speicherfehler abgestürzt, und laut Monitoring ist seine Platte fast voll. Das JVM-Team hat sich bereits kopiert, was es von dem Server braucht.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Back from the maintenance window</source>
        <translation>Zurück aus dem Wartungsfenster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network team shut every author node down last night to replace a switch. They are done and have gone home. Bring the author cluster back into service.</source>
        <translation>Das Netzwerkteam hat letzte Nacht alle Autorenknoten heruntergefahren, um einen Switch zu tauschen. Es ist fertig und nach Hause gegangen. Bringen Sie den Autorencluster wieder in Betrieb.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore nothing: start the primary node first and the secondaries once it is up (&quot;Start all nodes&quot; on the sandbox page, or &apos;lifeboat sandbox start&apos;, keeps that order).</source>
        <translation>Nichts wiederherstellen: zuerst den primären Knoten starten und die sekundären erst, wenn er läuft („Alle Knoten starten“ auf der Sandbox-Seite oder &apos;lifeboat sandbox start&apos; hält diese Reihenfolge ein).</translation>
    </message>
</context>
<context>
    <name>DrillCommand</name>
    <message>
        <location filename="../app/DrillCommand.cpp" line="+29"/>
        <source>Run &apos;lifeboat drill --help&apos; for its options.</source>
        <translation>Führen Sie &apos;lifeboat drill --help&apos; aus, um seine Optionen zu sehen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Training drills on the sandbox: a hidden fault, a clock, and a score</source>
        <translation>Übungen in der Sandbox: ein verborgener Fehler, eine Uhr und eine Bewertung</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The training sandbox&apos;s directory.</source>
        <translation>Das Verzeichnis der Übungs-Sandbox.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dir</source>
        <translation>verz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start: the drill to run (see &apos;lifeboat drill list&apos;).</source>
        <translation>start: die auszuführende Übung (siehe &apos;lifeboat drill list&apos;).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start: a drill chosen at random.</source>
        <translation>start: eine zufällig gewählte Übung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start: the seed that picks the drill (with --random) and the nodes it hits.</source>
        <translation>start: der Startwert, der die Übung (mit --random) und die betroffenen Knoten wählt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number</source>
        <translation>zahl</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>&apos;list&apos; shows the drills. &apos;start --sandbox DIR --drill ID&apos; (or --random, with --seed K to repeat one) takes a backup if the sandbox has none, breaks the sandbox as the drill says without naming the fault, and starts the clock. The trainee recovers it with the usual commands or the wizard; &apos;status&apos; shows the story and the clock, &apos;finish&apos; judges the result point by point and files it; &apos;reset&apos; puts the sandbox back as it was before the drill and forgets it; &apos;history&apos; lists the finished drills.</source>
        <translation>&apos;list&apos; zeigt die Übungen. &apos;start --sandbox VERZ --drill ID&apos; (oder --random, mit --seed K zum Wiederholen) erstellt eine Sicherung, falls die Sandbox keine hat, beschädigt die Sandbox wie von der Übung vorgesehen, ohne den Fehler zu nennen, und startet die Uhr. Der Übende stellt sie mit den üblichen Befehlen oder dem Assistenten wieder her; &apos;status&apos; zeigt die Geschichte und die Uhr, &apos;finish&apos; bewertet das Ergebnis Punkt für Punkt und legt es ab; &apos;reset&apos; setzt die Sandbox auf den Stand vor der Übung zurück und vergisst sie; &apos;history&apos; listet die beendeten Übungen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>list, start, status, finish, reset or history</source>
        <translation>list, start, status, finish, reset oder history</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Say what to do: &apos;lifeboat drill list|start|status|finish|reset|history&apos;.</source>
        <translation>Sagen Sie, was zu tun ist: &apos;lifeboat drill list|start|status|finish|reset|history&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;drill %1&apos; needs --sandbox DIR.</source>
        <translation>&apos;drill %1&apos; braucht --sandbox VERZ.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Taking a backup of the sandbox for the drill...</source>
        <translation>Sicherung der Sandbox für die Übung wird erstellt …</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A drill is already running on %1. Finish it first (&apos;lifeboat drill finish --sandbox %1&apos;).</source>
        <translation>Auf %1 läuft bereits eine Übung. Beenden Sie sie zuerst (&apos;lifeboat drill finish --sandbox %1&apos;).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--seed must be a whole number from 0 to 4294967295.</source>
        <translation>--seed muss eine ganze Zahl von 0 bis 4294967295 sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give a drill with --drill ID (see &apos;lifeboat drill list&apos;) or --random.</source>
        <translation>Geben Sie eine Übung mit --drill ID an (siehe &apos;lifeboat drill list&apos;) oder --random.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sandbox could not be backed up, so the drill did not start. Nothing was broken.</source>
        <translation>Die Sandbox konnte nicht gesichert werden, daher wurde die Übung nicht gestartet. Nichts wurde beschädigt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The clock is running (target %1). When the cluster is back, run &apos;lifeboat drill finish --sandbox %2&apos;.</source>
        <translation>Die Uhr läuft (Ziel %1). Wenn der Cluster wieder läuft, führen Sie &apos;lifeboat drill finish --sandbox %2&apos; aus.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+26"/>
        <location line="+24"/>
        <source>No drill is running on %1.</source>
        <translation>Auf %1 läuft keine Übung.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Running for %1 (target %2).</source>
        <translation>Läuft seit %1 (Ziel %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 of %3 points</source>
        <translation>%1: %2 von %3 Punkten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Model answer: %1</source>
        <translation>Musterlösung: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Debrief: %1 (and %2)</source>
        <translation>Nachbesprechung: %1 (und %2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The sandbox is as it was before the drill, its nodes running. What the drill left is in %1.</source>
        <translation>Die Sandbox ist wieder wie vor der Übung, ihre Knoten laufen. Was die Übung hinterlassen hat, liegt in %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No drill has been finished yet.</source>
        <translation>Es wurde noch keine Übung beendet.</translation>
    </message>
</context>
<context>
    <name>DrillDebrief</name>
    <message>
        <location filename="../report/DrillDebrief.cpp" line="+50"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every author node was shut down cleanly; nothing was damaged.</source>
        <translation>Alle Autorenknoten wurden sauber heruntergefahren; nichts wurde beschädigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cluster was left in rolling backup mode, as a backup that dies half-way leaves it.</source>
        <translation>Der Cluster wurde im Rolling-Sicherungsmodus gelassen, wie ihn eine mittendrin abgebrochene Sicherung hinterlässt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The newest backup set, %1, was damaged.</source>
        <translation>Der neueste Sicherungssatz, %1, war beschädigt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+49"/>
        <location line="+20"/>
        <source>Debrief: %1</source>
        <translation>Nachbesprechung: %1</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Started %1, finished after %2 (target %3).</source>
        <translation>Begonnen %1, beendet nach %2 (Ziel %3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was broken</source>
        <translation>Was beschädigt war</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score: %1 of %2</source>
        <translation>Bewertung: %1 von %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What was done</source>
        <translation>Was getan wurde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No run was made during the drill.</source>
        <translation>Während der Übung wurde kein Lauf gestartet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>+%1  %2 %3: %4</source>
        <translation>+%1  %2 %3: %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Model answer</source>
        <translation>Musterlösung</translation>
    </message>
</context>
<context>
    <name>DrillJudge</name>
    <message>
        <location filename="../engine/drills/DrillJudge.cpp" line="+93"/>
        <source>Every node is up</source>
        <translation>Jeder Knoten läuft</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>All %n node(s) answer.</source>
        <translation>
            <numerusform>Der %n Knoten antwortet.</numerusform>
            <numerusform>Alle %n Knoten antworten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not answering: %1.</source>
        <translation>Antwortet nicht: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 reports repository unsync</source>
        <translation>%1 meldet repository unsync</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 holds its repository but does not answer</source>
        <translation>%1 hält sein Repository, antwortet aber nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is still in a backup mode</source>
        <translation>%1 ist noch in einem Sicherungsmodus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cluster is healthy</source>
        <translation>Der Cluster ist gesund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No node reports repository unsync, hangs or is left in a backup mode.</source>
        <translation>Kein Knoten meldet repository unsync, hängt oder ist in einem Sicherungsmodus geblieben.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The data is back</source>
        <translation>Die Daten sind zurück</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A restore replaced data that was intact.</source>
        <translation>Eine Wiederherstellung hat intakte Daten ersetzt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing needed restoring, and nothing was.</source>
        <translation>Nichts musste wiederhergestellt werden, und nichts wurde es.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>What the fault destroyed is back as the set %1 holds it.</source>
        <translation>Was der Fehler zerstört hat, ist so zurück, wie der Satz %1 es enthält.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (−%2)</source>
        <translation>%1 (−%2)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A sound procedure</source>
        <translation>Ein sauberes Vorgehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No recovery wider than needed, no damaged set, no intact repository replaced, no secondary started before the primary, every quarantine kept.</source>
        <translation>Keine breitere Wiederherstellung als nötig, kein beschädigter Satz, kein intaktes Repository ersetzt, kein sekundärer Knoten vor dem primären gestartet, jede Quarantäne behalten.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Time to recover</source>
        <translation>Zeit bis zur Wiederherstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 against a target of %2.</source>
        <translation>%1 bei einem Ziel von %2.</translation>
    </message>
</context>
<context>
    <name>DrillSession</name>
    <message>
        <location filename="../engine/drills/DrillSession.cpp" line="+71"/>
        <source>The drill &quot;%1&quot; needs a sandbox whose nodes have hosts of their own: create one with &apos;lifeboat sandbox create DIR --hosts&apos; (as root).</source>
        <translation>Die Übung „%1“ braucht eine Sandbox, deren Knoten eigene Hosts haben: Legen Sie eine mit &apos;lifeboat sandbox create DIR --hosts&apos; an (als root).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The drill &quot;%1&quot; needs a sandbox with a file system of its own, which can fill up: create one with &apos;lifeboat sandbox create DIR --filesystem xfs&apos; (as root).</source>
        <translation>Die Übung „%1“ braucht eine Sandbox mit eigenem Dateisystem, das volllaufen kann: Legen Sie eine mit &apos;lifeboat sandbox create DIR --filesystem xfs&apos; an (als root).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The drill&apos;s backup (%1) cannot be taken: %2</source>
        <translation>Die Sicherung für die Übung (%1) kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The sandbox could not be backed up for the drill: %1 %2</source>
        <translation>Die Sandbox konnte für die Übung nicht gesichert werden: %1 %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The sandbox could not be backed up for the drill (%1). The run&apos;s report is in %2.</source>
        <translation>Die Sandbox konnte für die Übung nicht gesichert werden (%1). Der Bericht des Laufs liegt in %2.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cannot damage the backup set %1 for the drill: it has no archive to change.</source>
        <translation>Der Sicherungssatz %1 kann für die Übung nicht beschädigt werden: Er hat kein Archiv, das sich ändern ließe.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot mend %1, which the drill damaged: %2.</source>
        <translation>%1, das die Übung beschädigt hat, kann nicht repariert werden: %2.</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>There is no copy of the sandbox from before the drill in %1. Reset the sandbox with &apos;lifeboat sandbox&apos; instead.</source>
        <translation>In %1 gibt es keine Kopie der Sandbox von vor der Übung. Setzen Sie die Sandbox stattdessen mit &apos;lifeboat sandbox&apos; zurück.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot move %1 aside.</source>
        <translation>%1 kann nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not a training sandbox. Drills break things on purpose, so they run only on a sandbox made by &apos;lifeboat sandbox create&apos;.</source>
        <translation>%1 ist keine Übungs-Sandbox. Übungen beschädigen absichtlich etwas und laufen daher nur auf einer mit &apos;lifeboat sandbox create&apos; erstellten Sandbox.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The drill needs %n backup set(s) of the sandbox made by %1; it has %2.</source>
        <translation>
            <numerusform>Die Übung braucht %n Sicherungssatz der Sandbox, erstellt mit %1; sie hat %2.</numerusform>
            <numerusform>Die Übung braucht %n Sicherungssätze der Sandbox, erstellt mit %1; sie hat %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The drill &apos;%1&apos; is not in this version&apos;s catalog.</source>
        <translation>Die Übung &apos;%1&apos; ist nicht im Katalog dieser Version.</translation>
    </message>
</context>
<context>
    <name>ExternalCommand</name>
    <message>
        <location filename="../engine/support/ExternalCommand.cpp" line="+41"/>
        <source>Cannot run %1: %2</source>
        <translation>%1 kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 did not finish within %2 seconds.</source>
        <translation>%1 wurde nicht innerhalb von %2 Sekunden fertig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 crashed.</source>
        <translation>%1 ist abgestürzt.</translation>
    </message>
</context>
<context>
    <name>ExtractPartStep</name>
    <message>
        <location filename="../engine/steps/ExtractPartStep.cpp" line="+44"/>
        <source>Unpacks %1 from the backup set next to %2 and checks every file against the manifest. Nothing the cluster uses changes yet.</source>
        <translation>Entpackt %1 aus dem Sicherungssatz neben %2 und prüft jede Datei gegen das Manifest. Am vom Cluster Genutzten ändert sich noch nichts.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>scratch copy, swapped in later</source>
        <translation>Arbeitskopie, wird später eingesetzt</translation>
    </message>
</context>
<context>
    <name>FileAttributes</name>
    <message>
        <location filename="../engine/support/FileAttributes.cpp" line="+64"/>
        <location line="+35"/>
        <source>Cannot give %1 to its recorded owner: %2</source>
        <translation>%1 kann nicht dem aufgezeichneten Eigentümer übergeben werden: %2</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+5"/>
        <location line="+27"/>
        <source>Cannot set the permissions of %1: %2</source>
        <translation>Die Berechtigungen von %1 können nicht gesetzt werden: %2</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+27"/>
        <source>Cannot set the modification time of %1: %2</source>
        <translation>Die Änderungszeit von %1 kann nicht gesetzt werden: %2</translation>
    </message>
</context>
<context>
    <name>FileReplacement</name>
    <message>
        <location filename="../engine/restore/FileReplacement.cpp" line="+27"/>
        <source>%1 is already in place.</source>
        <translation>%1 ist bereits vorhanden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The unpacked copy %1 is missing, so %2 cannot be restored. Run the restore again.</source>
        <translation>Die entpackte Kopie %1 fehlt, daher kann %2 nicht wiederhergestellt werden. Führen Sie die Wiederherstellung erneut aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create %1. Check the permissions.</source>
        <translation>%1 kann nicht angelegt werden. Prüfen Sie die Berechtigungen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot move %1 to %2.</source>
        <translation>%1 kann nicht nach %2 verschoben werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restored from the backup</source>
        <translation>aus der Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored %1.</source>
        <translation>%1 wiederhergestellt.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>to %1</source>
        <translation>nach %1</translation>
    </message>
</context>
<context>
    <name>FileSystemSnapshot</name>
    <message>
        <location filename="../engine/snapshot/FileSystemSnapshot.cpp" line="+252"/>
        <source>%1 is a special file; Lifeboat does not copy it.</source>
        <translation>%1 ist eine Spezialdatei; Lifeboat kopiert sie nicht.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Cannot look at %1: %2</source>
        <translation>%1 kann nicht untersucht werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an unknown file system</source>
        <translation>ein unbekanntes Dateisystem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is on %2, not on btrfs: only a btrfs subvolume can have a btrfs snapshot.</source>
        <translation>%1 liegt auf %2, nicht auf btrfs: Nur ein btrfs-Subvolume kann einen btrfs-Snapshot haben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a folder on btrfs, not a subvolume of its own: only a subvolume can have a btrfs snapshot (make it one with &quot;btrfs subvolume create&quot; and move its files in).</source>
        <translation>%1 ist ein Ordner auf btrfs, kein eigenes Subvolume: Nur ein Subvolume kann einen btrfs-Snapshot haben (legen Sie eines mit „btrfs subvolume create“ an und verschieben Sie die Dateien hinein).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is on %2, which cannot share the data of copied files (reflink): %3</source>
        <translation>%1 liegt auf %2, das die Daten kopierter Dateien nicht teilen kann (Reflink): %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+50"/>
        <source>Lifeboat refuses to make or remove the snapshot %1: its path must have a &quot;.lifeboat-&quot; folder in it, so that it is never one of the cluster&apos;s own files.</source>
        <translation>Lifeboat legt den Snapshot %1 nicht an und entfernt ihn nicht: Sein Pfad muss einen „.lifeboat-“-Ordner enthalten, damit er nie eine der eigenen Dateien des Clusters ist.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Cannot snapshot %1 to %2: %2 already exists.</source>
        <translation>Snapshot von %1 nach %2 nicht möglich: %2 existiert bereits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lifeboat makes btrfs snapshots and reflink copies itself, not &quot;%1&quot;.</source>
        <translation>Lifeboat legt selbst btrfs-Snapshots und Reflink-Kopien an, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The snapshot of %1 did not finish within %2 seconds; the file system there may be stuck.</source>
        <translation>Der Snapshot von %1 wurde nicht innerhalb von %2 Sekunden fertig; das Dateisystem dort hängt möglicherweise.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot make the btrfs snapshot %2 of %1: %3</source>
        <translation>Der btrfs-Snapshot %2 von %1 kann nicht angelegt werden: %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot make the reflink copy %2 of %1: %3</source>
        <translation>Die Reflink-Kopie %2 von %1 kann nicht angelegt werden: %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Removing the snapshot %1 did not finish within %2 seconds; the file system there may be stuck.</source>
        <translation>Das Entfernen des Snapshots %1 wurde nicht innerhalb von %2 Sekunden fertig; das Dateisystem dort hängt möglicherweise.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot remove the snapshot %1: %2</source>
        <translation>Der Snapshot %1 kann nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>FileWriterThread</name>
    <message>
        <location filename="../engine/restore/FileWriterThread.cpp" line="+53"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+128"/>
        <location line="+22"/>
        <source>Cannot write %1: %2. Check the free space.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Prüfen Sie den freien Speicherplatz.</translation>
    </message>
</context>
<context>
    <name>FolderSearch</name>
    <message>
        <location filename="../engine/discovery/FolderSearch.cpp" line="+28"/>
        <source>%1: %2 is not a folder; not searched.</source>
        <translation>%1: %2 ist kein Ordner; nicht durchsucht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the search stopped after %2 folders; name the installation folder to search.</source>
        <translation>%1: Die Suche hat nach %2 Ordnern aufgehört; nennen Sie den Installationsordner, der durchsucht werden soll.</translation>
    </message>
</context>
<context>
    <name>FormsDatabase</name>
    <message>
        <location filename="../engine/sandbox/FormsDatabase.cpp" line="+49"/>
        <source>Cannot open the forms database %1: %2</source>
        <translation>Die Formulardatenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>HostTrust</name>
    <message>
        <location filename="../app/HostTrust.cpp" line="+41"/>
        <source>%1 is not trusted; the checks will say so.</source>
        <translation>%1 ist nicht vertrauenswürdig; die Prüfungen werden es melden.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>--trust-host-key takes HOST=SHA256:… (as ssh-keygen -lf prints it), not &quot;%1&quot;. Nothing was changed.</source>
        <translation>--trust-host-key erwartet HOST=SHA256:… (wie ssh-keygen -lf es ausgibt), nicht „%1“. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Lifeboat has not met %1 before. It offers the key
    %2
Compare it with the host&apos;s own (on %1: ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub).
Type &apos;yes&apos; to trust it: </source>
        <translation>Lifeboat kennt %1 noch nicht. Der Host bietet den Schlüssel
    %2
Vergleichen Sie ihn mit dem des Hosts selbst (auf %1: ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub).
Geben Sie „yes“ ein, um ihm zu vertrauen: </translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trusted the key %1 of %2.</source>
        <translation>Dem Schlüssel %1 von %2 wird jetzt vertraut.</translation>
    </message>
</context>
<context>
    <name>Hosts</name>
    <message>
        <location filename="../engine/hosts/Hosts.h" line="+70"/>
        <source>Check that the host can be reached, then check again. Nothing was changed.</source>
        <translation>Prüfen Sie, ob der Host erreichbar ist, und prüfen Sie dann erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../engine/hosts/Hosts.cpp" line="+172"/>
        <source>%1: connected as %2, Lifeboat&apos;s helper answers.</source>
        <translation>%1: verbunden als %2, der Lifeboat-Helfer antwortet.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Add %1 to &quot;hosts&quot; in the profile, with its address.</source>
        <translation>Nehmen Sie %1 mit seiner Adresse in „hosts“ im Profil auf.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Check the user and the key for %1 in the profile (or your ssh-agent), then check again.</source>
        <translation>Prüfen Sie Benutzer und Schlüssel für %1 im Profil (oder Ihren ssh-agent) und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Compare the fingerprint with the host&apos;s own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on %1) and trust it, or run again with --trust-host-key %1=%2.</source>
        <translation>Vergleichen Sie den Fingerabdruck mit dem des Hosts (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub auf %1) und vertrauen Sie ihm, oder starten Sie erneut mit --trust-host-key %1=%2.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Install the lifeboat package (which has lifeboat-agent) on %1, the same version as here, or set &quot;agentPath&quot; for the host in the profile.</source>
        <translation>Installieren Sie das Paket lifeboat (es enthält lifeboat-agent) in derselben Version wie hier auf %1, oder setzen Sie „agentPath“ für den Host im Profil.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Nothing was changed. Find out why the key of %1 changed (a reinstalled host, or someone in the way) before you trust the new key.</source>
        <translation>Es wurde nichts geändert. Klären Sie, warum sich der Schlüssel von %1 geändert hat (neu installierter Host oder jemand dazwischen), bevor Sie dem neuen Schlüssel vertrauen.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The profile has no host named %1.</source>
        <translation>Das Profil hat keinen Host namens %1.</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>The profile names a host that its &quot;hosts&quot; do not list.</source>
        <translation>Das Profil nennt einen Host, den seine „hosts“ nicht aufführen.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The profile names the host %1, which its &quot;hosts&quot; do not list.</source>
        <translation>Das Profil nennt den Host %1, den seine „hosts“ nicht aufführen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the default user</source>
        <translation>dem Standardbenutzer</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Let %1 run exactly &quot;sudo -n %2 serve&quot; without a password on %3: a sudoers rule such as &quot;%1 ALL=(root) NOPASSWD: %2 serve&quot; (visudo -f /etc/sudoers.d/lifeboat).</source>
        <translation>Erlauben Sie %1 auf %3, genau „sudo -n %2 serve“ ohne Passwort auszuführen: eine sudoers-Regel wie „%1 ALL=(root) NOPASSWD: %2 serve“ (visudo -f /etc/sudoers.d/lifeboat).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the ssh user</source>
        <translation>der ssh-Benutzer</translation>
    </message>
</context>
<context>
    <name>HttpListenerReader</name>
    <message>
        <location filename="../engine/discovery/HttpListenerReader.cpp" line="+127"/>
        <source>no configuration file of %1 in %2</source>
        <translation>keine Konfigurationsdatei von %1 in %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none of %1 says where it takes HTTP requests</source>
        <translation>keine von %1 sagt, wo HTTP-Anfragen angenommen werden</translation>
    </message>
</context>
<context>
    <name>IncrementalBase</name>
    <message>
        <location filename="../engine/backup/IncrementalBase.cpp" line="+153"/>
        <source>A full backup: the newest %1 set, %2, failed its last verification.</source>
        <translation>Eine Vollsicherung: der neueste %1-Satz, %2, hat seine letzte Prüfung nicht bestanden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A full backup: the newest %1 set, %2, needs %3, which is no longer in the backup root.</source>
        <translation>Eine Vollsicherung: der neueste %1-Satz, %2, braucht %3, das nicht mehr im Sicherungsverzeichnis liegt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A full backup: the newest %1 set, %2, takes files from %3, whose manifest does not match its SHA256SUMS (it is damaged). Check it with &apos;lifeboat verify %4&apos;.</source>
        <translation>Eine Vollsicherung: der neueste %1-Satz, %2, übernimmt Dateien aus %3, dessen Manifest nicht zu seiner SHA256SUMS passt (es ist beschädigt). Prüfen Sie ihn mit &apos;lifeboat verify %4&apos;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A full backup: %1 sets build on the last full one, and the profile asks for a full set every %2 backups (&quot;fullEvery&quot;).</source>
        <translation>Eine Vollsicherung: %1 Sätze bauen auf der letzten Vollsicherung auf, und das Profil verlangt alle %2 Sicherungen einen vollständigen Satz („fullEvery“).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A full backup: the newest %1 set, %2, cannot be built on. %3 Check it with &apos;lifeboat verify %2&apos;.</source>
        <translation>Eine Vollsicherung: auf dem neuesten %1-Satz, %2, kann nicht aufgebaut werden. %3 Prüfen Sie ihn mit &apos;lifeboat verify %2&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An incremental backup: only files changed since %1 are archived; the others stay in the sets that hold them.</source>
        <translation>Eine inkrementelle Sicherung: nur seit %1 geänderte Dateien werden archiviert; die anderen bleiben in den Sätzen, die sie enthalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A full backup: there is no earlier %1 set of this cluster to build on.</source>
        <translation>Eine Vollsicherung: es gibt keinen früheren %1-Satz dieses Clusters, auf dem sie aufbauen könnte.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <location filename="../engine/run/Journal.cpp" line="+26"/>
        <location line="+13"/>
        <source>Cannot write the run journal %1: %2</source>
        <translation>Das Laufjournal %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>KnownHosts</name>
    <message>
        <location filename="../engine/hosts/KnownHosts.cpp" line="+72"/>
        <source>ssh-keygen cannot read a host key: %1</source>
        <translation>ssh-keygen kann einen Hostschlüssel nicht lesen: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>ssh-keygen cannot read %1: %2</source>
        <translation>ssh-keygen kann %1 nicht lesen: %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 offers no host key.</source>
        <translation>%1 bietet keinen Hostschlüssel an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 offers no host key: %2</source>
        <translation>%1 bietet keinen Hostschlüssel an: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 does not offer a host key with the fingerprint %2 (it offers %3). Nothing was trusted.</source>
        <translation>%1 bietet keinen Hostschlüssel mit dem Fingerabdruck %2 an (sondern %3). Es wurde nichts als vertrauenswürdig eingetragen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>LeaveOutOfCopyStep</name>
    <message>
        <location filename="../engine/steps/LeaveOutOfCopyStep.cpp" line="+26"/>
        <source>Deletes %1 from the unpacked copy, before the node stops: the procedure deletes them once the backup is restored, and the set keeps them. Nothing the cluster uses changes yet.</source>
        <translation>Löscht %1 aus der entpackten Kopie, bevor der Knoten angehalten wird: Das Verfahren löscht sie nach der Wiederherstellung, und die Sicherung behält sie. Am Cluster ändert sich noch nichts.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>only %1 in it, where it holds them; the set keeps them</source>
        <translation>nur %1 darin, soweit vorhanden; die Sicherung behält sie</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Left %n file(s) out of the unpacked copy.</source>
        <translation>
            <numerusform>%n Datei aus der entpackten Kopie herausgenommen.</numerusform>
            <numerusform>%n Dateien aus der entpackten Kopie herausgenommen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>left out of the restored copy; the set keeps it</source>
        <translation>aus der wiederhergestellten Kopie herausgenommen; die Sicherung behält sie</translation>
    </message>
</context>
<context>
    <name>Lifeboat::BackupsView</name>
    <message>
        <location filename="../ui/BackupsView.cpp" line="+77"/>
        <source>&amp;Verify now</source>
        <translation>Jetzt p&amp;rüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>L&amp;öschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup sets</source>
        <translation>Sicherungssätze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set</source>
        <translation>Satz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full or incremental</source>
        <translation>Voll oder inkrementell</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Restores</source>
        <translation>Stellt wieder her</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last verified</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the set contains</source>
        <translation>Was der Satz enthält</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read every archive of the set back and check every file, as &apos;lifeboat verify&apos; does.</source>
        <translation>Jedes Archiv des Satzes zurücklesen und jede Datei prüfen, wie es &apos;lifeboat verify&apos; tut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the set for good. A set that another set takes files from stays.</source>
        <translation>Den Satz endgültig löschen. Ein Satz, aus dem ein anderer Satz Dateien nimmt, bleibt.</translation>
    </message>
    <message numerus="yes">
        <location line="+79"/>
        <source>Unfinished sets: %n, taking %1. A backup left them, interrupted or still running; &apos;lifeboat prune&apos; deletes those no backup has written to for a day.</source>
        <translation>
            <numerusform>Unvollendete Sätze: %n, belegt %1. Eine Sicherung hat ihn hinterlassen, unterbrochen oder noch laufend; &apos;lifeboat prune&apos; löscht die, in die seit einem Tag keine Sicherung mehr geschrieben hat.</numerusform>
            <numerusform>Unvollendete Sätze: %n, belegen %1. Eine Sicherung hat sie hinterlassen, unterbrochen oder noch laufend; &apos;lifeboat prune&apos; löscht die, in die seit einem Tag keine Sicherung mehr geschrieben hat.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, intact</source>
        <translation>%1, intakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, DAMAGED</source>
        <translation>%1, BESCHÄDIGT</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(manifest unreadable)</source>
        <translation>(Manifest nicht lesbar)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>full</source>
        <translation>voll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incremental on %1</source>
        <translation>inkrementell auf %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No complete backup sets in %1.</source>
        <translation>Keine vollständigen Sicherungssätze in %1.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking %1 (%2 of %3)…</source>
        <translation>%1 wird geprüft (%2 von %3)…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is intact (files checked: %2, archives: %3).</source>
        <translation>%1 ist intakt (geprüfte Dateien: %2, Archive: %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is DAMAGED; do not restore from it: %2</source>
        <translation>%1 ist BESCHÄDIGT; stellen Sie nicht daraus wieder her: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 stays: %2 would be left incomplete without it (an incremental set takes files from the sets before it). Delete those first.</source>
        <translation>%1 bleibt: %2 wäre ohne ihn unvollständig (ein inkrementeller Satz nimmt Dateien aus den Sätzen vor ihm). Löschen Sie diese zuerst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete a backup set</source>
        <translation>Einen Sicherungssatz löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the backup set %1 (%2) for good? It cannot be restored from afterwards.</source>
        <translation>Den Sicherungssatz %1 (%2) endgültig löschen? Danach kann nicht mehr aus ihm wiederhergestellt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <location line="-300"/>
        <source>Restore point</source>
        <translation>Wiederherstellungspunkt</translation>
    </message>
</context>
<context>
    <name>Lifeboat::CatalogWindow</name>
    <message>
        <location filename="../ui/CatalogWindow.cpp" line="+30"/>
        <source>Backups, runs and quarantine</source>
        <translation>Sicherungen, Läufe und Quarantäne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Backups</source>
        <translation>&amp;Sicherungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Runs</source>
        <translation>&amp;Läufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quarantine</source>
        <translation>&amp;Quarantäne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cluster &amp;profile:</source>
        <translation>Cluster-&amp;Profil:</translation>
    </message>
</context>
<context>
    <name>Lifeboat::CheckResultRow</name>
    <message>
        <location filename="../ui/CheckResultRow.cpp" line="+16"/>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ChecksPage</name>
    <message>
        <location filename="../ui/ChecksPage.cpp" line="+31"/>
        <location line="+63"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have &amp;read the warnings and want to go on</source>
        <translation>Ich habe die Warnungen &amp;gelesen und möchte fortfahren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check before anything changes</source>
        <translation>Prüfen, bevor sich etwas ändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifeboat looks at the cluster first. These checks only look; they change nothing.</source>
        <translation>Lifeboat sieht sich zuerst den Cluster an. Diese Prüfungen schauen nur; sie ändern nichts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking</source>
        <translation>Prüfung läuft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary of the checks</source>
        <translation>Zusammenfassung der Prüfungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check results</source>
        <translation>Prüfergebnisse</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>I have read the warnings and want to go on</source>
        <translation>Ich habe die Warnungen gelesen und möchte fortfahren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Something blocks the run. Fix what the failed checks say, then check again.</source>
        <translation>Etwas blockiert den Lauf. Beheben Sie, was die fehlgeschlagenen Prüfungen melden, und prüfen Sie erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing blocks the run, but read the warnings before you go on.</source>
        <translation>Nichts blockiert den Lauf, aber lesen Sie die Warnungen, bevor Sie fortfahren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every check passed.</source>
        <translation>Alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Back to the &amp;Cluster page</source>
        <translation>Zur Seite „&amp;Cluster auswählen“ zurück</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Back to the Cluster page</source>
        <translation>Zur Seite „Cluster auswählen“ zurück</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Go back to the Cluster page: it shows what each host answered, checks the hosts again, and has Confirm key… for a host seen for the first time.</source>
        <translation>Gehen Sie zurück zur Seite „Cluster auswählen“: Sie zeigt, was jeder Host geantwortet hat, prüft die Hosts erneut und bietet „Schlüssel bestätigen…“ für einen erstmals gesehenen Host.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ClusterPage</name>
    <message>
        <location filename="../ui/ClusterPage.cpp" line="+54"/>
        <source>&amp;Open a cluster profile…</source>
        <translation>Clusterprofil ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the training &amp;sandbox</source>
        <translation>Trainings-&amp;Sandbox verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Describe a new cluster…</source>
        <translation>&amp;Neuen Cluster beschreiben…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test this profile…</source>
        <translation>Dieses Profil &amp;testen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the cluster</source>
        <translation>Cluster auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the profile that describes your AEM Forms cluster, or practise on the training sandbox.</source>
        <translation>Öffnen Sie das Profil, das Ihren AEM Forms-Cluster beschreibt, oder üben Sie mit der Trainings-Sandbox.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+142"/>
        <source>Open a cluster profile</source>
        <translation>Clusterprofil öffnen</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Use the training sandbox</source>
        <translation>Trainings-Sandbox verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the cluster profile</source>
        <translation>Clusterprofil bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review and change the open profile as a form, checked as you type.</source>
        <translation>Das geöffnete Profil in einem Formular durchsehen und ändern, bei jeder Eingabe geprüft.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name the cluster&apos;s hosts; Lifeboat looks there for its nodes and storage, and you review and save what it found as a new profile.</source>
        <translation>Nennen Sie die Hosts des Clusters; Lifeboat sucht dort nach seinen Knoten und Speichern, und Sie sehen durch, was gefunden wurde, und speichern es als neues Profil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check what the open profile says against the cluster, changing nothing: hosts, paths, roles, databases, status URLs.</source>
        <translation>Prüfen, ob die Angaben des geöffneten Profils zum Cluster passen, ohne etwas zu ändern: Hosts, Pfade, Rollen, Datenbanken, Status-URLs.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loaded profile</source>
        <translation>Geladenes Profil</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Cluster profiles (*.json)</source>
        <translation>Clusterprofile (*.json)</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Cluster &lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>Cluster &lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Preparing the training sandbox in %1 and starting its nodes…</source>
        <translation>Die Trainings-Sandbox in %1 wird vorbereitet und ihre Knoten werden gestartet…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>The cluster&apos;s hosts and nodes</source>
        <translation>Hosts und Knoten des Clusters</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Could not open %1. Fix these problems in the file and open it again:</source>
        <translation>%1 konnte nicht geöffnet werden. Beheben Sie diese Probleme in der Datei und öffnen Sie sie erneut:</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ConfirmationDialog</name>
    <message>
        <location filename="../ui/ConfirmationDialog.cpp" line="+22"/>
        <source>Confirm step %1</source>
        <translation>Schritt %1 bestätigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step %1: for you to do</source>
        <translation>Schritt %1: Ihre Aufgabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Only a person can do this. Tick each item once it is done (or not needed):</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Nur eine Person kann dies erledigen. Haken Sie jeden Punkt ab, sobald er erledigt (oder nicht nötig) ist:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;This step changes the cluster:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Dieser Schritt ändert den Cluster:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What this step changes</source>
        <translation>Was dieser Schritt ändert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Go on</source>
        <translation>&amp;Fortfahren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel the run here</source>
        <translation>Lauf hier &amp;abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is a real cluster. Type &lt;b&gt;%1&lt;/b&gt; to go on:</source>
        <translation>Dies ist ein echter Cluster. Geben Sie &lt;b&gt;%1&lt;/b&gt; ein, um fortzufahren:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type %1 to confirm</source>
        <translation>Geben Sie %1 zur Bestätigung ein</translation>
    </message>
</context>
<context>
    <name>Lifeboat::DiscoveryDialog</name>
    <message>
        <location filename="../ui/DiscoveryDialog.cpp" line="+47"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Look for the cluster</source>
        <translation>Nach dem &amp;Cluster suchen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Describe a new cluster</source>
        <translation>Neuen Cluster beschreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the cluster&apos;s hosts and how Lifeboat reaches them over ssh. It connects to each, then looks there, reading only, for AEM Forms nodes, the shared stores and the forms database. You review what it found before anything is saved.</source>
        <translation>Nennen Sie die Hosts des Clusters und wie Lifeboat sie über ssh erreicht. Lifeboat verbindet sich mit jedem und sucht dort, nur lesend, nach AEM-Forms-Knoten, den gemeinsamen Speichern und der Formulardatenbank. Sie sehen durch, was gefunden wurde, bevor etwas gespeichert wird.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>What Lifeboat finds on the hosts shows here.</source>
        <translation>Hier erscheint, was Lifeboat auf den Hosts findet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was found</source>
        <translation>Was gefunden wurde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Review and save…</source>
        <translation>&amp;Durchsehen und speichern…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>One host per line: [NAME=]ADDRESS[:PORT], for example node1=10.0.0.11</source>
        <translation>Ein Host pro Zeile: [NAME=]ADRESSE[:PORT], zum Beispiel node1=10.0.0.11</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hosts:</source>
        <translation>&amp;Hosts:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every host of the cluster: each node&apos;s and the one that serves the shared storage. The name is how the profile refers to the host; the address is what ssh connects to.</source>
        <translation>Jeder Host des Clusters: der jedes Knotens und der, der den gemeinsamen Speicher bereitstellt. Unter dem Namen führt das Profil den Host; mit der Adresse verbindet sich ssh.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ssh&apos;s default</source>
        <translation>Standard von ssh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account Lifeboat logs in as on every host (by key, never by password).</source>
        <translation>Das Konto, mit dem sich Lifeboat auf jedem Host anmeldet (per Schlüssel, nie per Passwort).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ssh &amp;user:</source>
        <translation>ssh-&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ssh-agent and ssh&apos;s own keys</source>
        <translation>ssh-agent und die eigenen Schlüssel von ssh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The private key that logs in on every host.</source>
        <translation>Der private Schlüssel, mit dem die Anmeldung auf jedem Host erfolgt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ssh &amp;key:</source>
        <translation>ssh-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An ssh_config file for every host (ssh -F), for jump hosts and the like.</source>
        <translation>Eine ssh_config-Datei für jeden Host (ssh -F), etwa für Jump-Hosts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ssh con&amp;fig file:</source>
        <translation>ssh-Kon&amp;figurationsdatei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where Lifeboat&apos;s helper, lifeboat-agent, is installed on the hosts.</source>
        <translation>Wo das Hilfsprogramm von Lifeboat, lifeboat-agent, auf den Hosts installiert ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>H&amp;elper on the hosts:</source>
        <translation>H&amp;ilfsprogramm auf den Hosts:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folders below which Lifeboat looks on each host, separated by spaces.</source>
        <translation>Die Ordner, unter denen Lifeboat auf jedem Host sucht, durch Leerzeichen getrennt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look &amp;below:</source>
        <translation>Suchen &amp;unter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a new .json file</source>
        <translation>eine neue .json-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the profile will be saved after you review it; its known_hosts file goes beside it. An existing file is never written over.</source>
        <translation>Wo das Profil gespeichert wird, nachdem Sie es durchgesehen haben; seine known_hosts-Datei kommt daneben. Eine vorhandene Datei wird nie überschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sa&amp;ve the profile as:</source>
        <translation>Profil speichern &amp;als:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the profile as</source>
        <translation>Profil speichern als</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cluster profiles (*.json)</source>
        <translation>Clusterprofile (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Say where to save the profile (Save the profile as).</source>
        <translation>Geben Sie an, wo das Profil gespeichert werden soll („Profil speichern als“).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 exists already; a new profile never writes over one. Choose another name.</source>
        <translation>%1 existiert bereits; ein neues Profil überschreibt nie ein vorhandenes. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 does not exist. Choose a folder that does.</source>
        <translation>Der Ordner %1 existiert nicht. Wählen Sie einen vorhandenen Ordner.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a file. Choose the file, or leave it empty.</source>
        <translation>%1 ist keine Datei. Wählen Sie die Datei, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a host: write [NAME=]ADDRESS[:PORT], for example node1=10.0.0.11.</source>
        <translation>„%1“ ist kein Host: Schreiben Sie [NAME=]ADRESSE[:PORT], zum Beispiel node1=10.0.0.11.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The host name %1 is given twice; each host needs its own.</source>
        <translation>Der Hostname %1 kommt zweimal vor; jeder Host braucht einen eigenen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name at least one host.</source>
        <translation>Nennen Sie mindestens einen Host.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name at least one folder to look below.</source>
        <translation>Nennen Sie mindestens einen Ordner, unter dem gesucht wird.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Every host answers: Lifeboat can look.</source>
        <translation>Jeder Host antwortet: Lifeboat kann suchen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settle each host above, then look.</source>
        <translation>Klären Sie jeden Host oben, dann suchen Sie.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Not found, or not told apart (fill in or check these when you review):</source>
        <translation>Nicht gefunden oder nicht eindeutig (tragen Sie das beim Durchsehen ein oder prüfen Sie es):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still to fill in before the profile loads:</source>
        <translation>Noch einzutragen, bevor sich das Profil laden lässt:</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Found %n node(s). Review them, fill in what is missing, and save.</source>
        <translation>
            <numerusform>%n Knoten gefunden. Sehen Sie ihn durch, tragen Sie ein, was fehlt, und speichern Sie.</numerusform>
            <numerusform>%n Knoten gefunden. Sehen Sie sie durch, tragen Sie ein, was fehlt, und speichern Sie.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No AEM Forms node was found on these hosts. Check the hosts and where to look.</source>
        <translation>Auf diesen Hosts wurde kein AEM-Forms-Knoten gefunden. Prüfen Sie die Hosts und wo gesucht wird.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::DrillBanner</name>
    <message>
        <location filename="../ui/DrillBanner.cpp" line="+23"/>
        <source>&amp;I&apos;m done</source>
        <translation>&amp;Ich bin fertig</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training drill</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drill clock</source>
        <translation>Übungsuhr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cluster is back: stop the clock and see the score.</source>
        <translation>Der Cluster läuft wieder: die Uhr anhalten und die Bewertung sehen.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Training drill: %1 · %2 (target %3)</source>
        <translation>Übung: %1 · %2 (Ziel %3)</translation>
    </message>
</context>
<context>
    <name>Lifeboat::DrillPage</name>
    <message>
        <location filename="../ui/DrillPage.cpp" line="+56"/>
        <source>&amp;Start the drill</source>
        <translation>Übung &amp;starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call &amp;off the drill…</source>
        <translation>Übung &amp;abbrechen …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training drill</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the trainer: pick a drill and start it. Lifeboat breaks the sandbox without saying how; the trainee recovers it against the clock and gets a score with a debrief.</source>
        <translation>Für die Trainerin oder den Trainer: eine Übung wählen und starten. Lifeboat beschädigt die Sandbox, ohne zu sagen wie; die Teilnehmenden stellen sie gegen die Uhr wieder her und erhalten eine Bewertung mit Nachbesprechung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drills</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any drill, chosen at random</source>
        <translation>Irgendeine Übung, zufällig gewählt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the trainee is told</source>
        <translation>Was die Teilnehmenden erfahren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Story</source>
        <translation>Geschichte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difficulty and target time</source>
        <translation>Schwierigkeit und Zielzeit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;eed:</source>
        <translation>S&amp;tartwert:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same seed picks the same nodes again (and the same drill, when it is chosen at random): for a trainee who wants another try, or for a class doing the same drill.</source>
        <translation>Derselbe Startwert wählt wieder dieselben Knoten (und dieselbe Übung, wenn sie zufällig gewählt wird): für einen zweiten Versuch oder für eine Gruppe, die dieselbe Übung macht.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Call off the drill</source>
        <translation>Übung abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the clock and put the sandbox back as it was before the drill? Nothing is scored. What the drill left is moved aside, not deleted.</source>
        <translation>Die Uhr anhalten und die Sandbox in den Zustand vor der Übung zurückversetzen? Es wird nichts bewertet. Was die Übung hinterlassen hat, wird beiseitegelegt, nicht gelöscht.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Difficulty %1 of 3 · target time %2 · restores from a set of: %3</source>
        <translation>Schwierigkeit %1 von 3 · Zielzeit %2 · stellt wieder her aus einem Satz von: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Lifeboat picks one of the %n drills. The trainee is told its story when it starts; which fault it hides is told only in the debrief.</source>
        <translation>
            <numerusform>Lifeboat wählt eine der %n Übung. Die Teilnehmenden erfahren beim Start ihre Geschichte; welchen Fehler sie verbirgt, zeigt erst die Nachbesprechung.</numerusform>
            <numerusform>Lifeboat wählt eine der %n Übungen. Die Teilnehmenden erfahren beim Start ihre Geschichte; welchen Fehler sie verbirgt, zeigt erst die Nachbesprechung.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Difficulty %1 of 3 · target time %2</source>
        <translation>Schwierigkeit %1 von 3 · Zielzeit %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The drill is running since %1. Hand over to the trainee: Next goes on to recovering the sandbox, and &quot;I&apos;m done&quot; at the top of every page ends the drill.</source>
        <translation>Die Übung läuft seit %1. Übergeben Sie an die Teilnehmenden: „Weiter“ führt zur Wiederherstellung der Sandbox, und „Ich bin fertig“ oben auf jeder Seite beendet die Übung.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The seed must be a whole number from 0 to 4294967295, or empty for any.</source>
        <translation>Der Startwert muss eine ganze Zahl von 0 bis 4294967295 sein, oder leer für beliebig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preparing the drill: a backup of the sandbox if it has none yet, then the faults…</source>
        <translation>Die Übung wird vorbereitet: eine Sicherung der Sandbox, falls es noch keine gibt, dann die Fehler …</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Putting the sandbox back as it was before the drill…</source>
        <translation>Die Sandbox wird in den Zustand vor der Übung zurückversetzt …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The drill is called off and the sandbox is as it was before it, its nodes running. What the drill left is in %1.</source>
        <translation>Die Übung ist abgebrochen und die Sandbox wie vor der Übung, ihre Knoten laufen. Was die Übung hinterlassen hat, liegt in %1.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::DrillResultPage</name>
    <message>
        <location filename="../ui/DrillResultPage.cpp" line="+35"/>
        <source>Open the &amp;debrief</source>
        <translation>&amp;Nachbesprechung öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the debrief as &amp;PDF</source>
        <translation>Nachbesprechung als &amp;PDF öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the drill went</source>
        <translation>Wie die Übung lief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The score, point by point, and the model answer. The debrief puts every run of the drill beside it, for the trainee and the trainer to go through together.</source>
        <translation>Die Bewertung Punkt für Punkt und die Musterlösung. Die Nachbesprechung stellt jeden Lauf der Übung daneben, damit Teilnehmende und Trainer sie gemeinsam durchgehen können.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What was judged</source>
        <translation>Was bewertet wurde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Score by point</source>
        <translation>Bewertung nach Punkten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Model answer</source>
        <translation>Musterlösung</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Judging the sandbox as it is now…</source>
        <translation>Die Sandbox wird in ihrem jetzigen Zustand bewertet …</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The drill could not be judged, and it is still running: %1</source>
        <translation>Die Übung konnte nicht bewertet werden und läuft noch: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 of %3 points</source>
        <translation>%1: %2 von %3 Punkten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Model answer: %1</source>
        <translation>Musterlösung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The debrief could not be written: %1</source>
        <translation>Die Nachbesprechung konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Lifeboat::HostKeyDialog</name>
    <message>
        <location filename="../ui/HostKeyDialog.cpp" line="+20"/>
        <source>%1, port %2</source>
        <translation>%1, Port %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The key of %1 has changed</source>
        <translation>Der Schlüssel von %1 hat sich geändert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirm the key of %1</source>
        <translation>Schlüssel von %1 bestätigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Trust this key</source>
        <translation>Diesem Schlüssel &amp;vertrauen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust this key</source>
        <translation>Diesem Schlüssel vertrauen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>or ask the host&apos;s administrator for it. Trust the key only if the two fingerprints are exactly the same; if they differ, someone may be between you and the host.</source>
        <translation>oder erfragen Sie ihn beim Administrator des Hosts. Vertrauen Sie dem Schlüssel nur, wenn beide Fingerabdrücke genau gleich sind; weichen sie ab, steht möglicherweise jemand zwischen Ihnen und dem Host.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ask the host&apos;s administrator why the key changed (a reinstalled host gets a new one). If they cannot say, someone may be between you and the host: do not go on. Once they have confirmed the new key, remove the old one from Lifeboat&apos;s known hosts file:</source>
        <translation>Fragen Sie den Administrator des Hosts, warum sich der Schlüssel geändert hat (ein neu installierter Host bekommt einen neuen). Kann er es nicht sagen, steht möglicherweise jemand zwischen Ihnen und dem Host: Machen Sie nicht weiter. Sobald er den neuen Schlüssel bestätigt hat, entfernen Sie den alten aus Lifeboats Datei der bekannten Hosts:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Then check the hosts again: %1 shows as seen for the first time, and you can confirm its new key.</source>
        <translation>Prüfen Sie die Hosts dann erneut: %1 erscheint als erstmals gesehen, und Sie können seinen neuen Schlüssel bestätigen.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>&lt;b&gt;Lifeboat has not met %1 before.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lifeboat kennt %1 noch nicht.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key type:</source>
        <translation>Schlüsseltyp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint:</source>
        <translation>Fingerabdruck:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare the fingerprint with the host&apos;s own before you trust it. On %1, run:</source>
        <translation>Vergleichen Sie den Fingerabdruck mit dem des Hosts selbst, bevor Sie ihm vertrauen. Führen Sie auf %1 aus:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;%1 now offers a different key from the one you trusted.&lt;/b&gt; Lifeboat does not connect to it, and no run can go on until this is settled. Nothing was changed.</source>
        <translation>&lt;b&gt;%1 bietet jetzt einen anderen Schlüssel an als den, dem Sie vertraut haben.&lt;/b&gt; Lifeboat verbindet sich nicht mit dem Host, und kein Lauf kann weitergehen, bis das geklärt ist. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trusted until now:</source>
        <translation>Bisher vertraut:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offered now (%1):</source>
        <translation>Jetzt angeboten (%1):</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
</context>
<context>
    <name>Lifeboat::HostStatesView</name>
    <message>
        <location filename="../ui/HostStatesView.cpp" line="+51"/>
        <source>Check the hosts &amp;again</source>
        <translation>Hosts &amp;erneut prüfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hosts summary</source>
        <translation>Zusammenfassung der Hosts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the hosts again</source>
        <translation>Hosts erneut prüfen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Host error</source>
        <translation>Hostfehler</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>this machine</source>
        <translation>dieser Rechner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host key to confirm</source>
        <translation>Hostschlüssel zu bestätigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host key changed</source>
        <translation>Hostschlüssel geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>login refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifeboat&apos;s helper missing</source>
        <translation>Lifeboat-Helfer fehlt</translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+49"/>
        <location line="+2"/>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+21"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confirm key…</source>
        <translation>Schlüssel bestätigen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show keys…</source>
        <translation>Schlüssel anzeigen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Checking each host over ssh…</source>
        <translation>Jeder Host wird über ssh geprüft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every host is connected.</source>
        <translation>Alle Hosts sind verbunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The wizard goes on once every host is connected: confirm the key of a new host, fix what the others say, then check the hosts again.</source>
        <translation>Der Assistent geht weiter, sobald alle Hosts verbunden sind: Bestätigen Sie den Schlüssel eines neuen Hosts, beheben Sie, was die anderen melden, und prüfen Sie die Hosts dann erneut.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>It offers the %1 key %2.</source>
        <translation>Der Host bietet den %1-Schlüssel %2 an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It now offers the %1 key %2, not the key you trusted.</source>
        <translation>Der Host bietet jetzt den %1-Schlüssel %2 an, nicht den Schlüssel, dem Sie vertraut haben.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Compare its key with the host&apos;s own, then trust it (Confirm key…).</source>
        <translation>Vergleichen Sie seinen Schlüssel mit dem des Hosts selbst und vertrauen Sie ihm dann (Schlüssel bestätigen…).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not go on before the host&apos;s administrator has said why (Show keys…).</source>
        <translation>Machen Sie nicht weiter, bevor der Administrator des Hosts den Grund genannt hat (Schlüssel anzeigen…).</translation>
    </message>
</context>
<context>
    <name>Lifeboat::HttpServer</name>
    <message>
        <location filename="../node/HttpServer.cpp" line="+77"/>
        <source>The node agent&apos;s HTTP server listens on loopback addresses only, not on %1.</source>
        <translation>Der HTTP-Server des Knotenagenten lauscht nur auf Loopback-Adressen, nicht auf %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Kann nicht auf %1 Port %2 lauschen: %3</translation>
    </message>
</context>
<context>
    <name>Lifeboat::LifeboatWizard</name>
    <message>
        <location filename="../ui/LifeboatWizard.cpp" line="+41"/>
        <source>Lifeboat</source>
        <translation>Lifeboat</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Start &amp;another task</source>
        <translation>&amp;Andere Aufgabe beginnen</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Quit Lifeboat</source>
        <translation>Lifeboat beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit Lifeboat? Nothing has run yet; what you chose on these pages is not kept.</source>
        <translation>Lifeboat beenden? Es wurde noch nichts ausgeführt; was Sie auf diesen Seiten gewählt haben, wird nicht behalten.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Training drill</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A run is still going. Let it end, or cancel it, then press &quot;I&apos;m done&quot; again.</source>
        <translation>Ein Lauf ist noch im Gange. Lassen Sie ihn enden oder brechen Sie ihn ab, und drücken Sie dann erneut „Ich bin fertig“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End the drill</source>
        <translation>Übung beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is the cluster back? The clock stops and Lifeboat judges the sandbox as it is now.</source>
        <translation>Läuft der Cluster wieder? Die Uhr hält an, und Lifeboat bewertet die Sandbox so, wie sie jetzt ist.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::LogView</name>
    <message>
        <location filename="../ui/LogView.cpp" line="+33"/>
        <source>&amp;Follow</source>
        <translation>&amp;Mitlaufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information and above</source>
        <translation>Information und höher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log level</source>
        <translation>Protokollstufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Search the log</source>
        <translation>Protokoll durchsuchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run log</source>
        <translation>Laufprotokoll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Save the log</source>
        <translation>Protokoll speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log files (*.log *.txt)</source>
        <translation>Protokolldateien (*.log *.txt)</translation>
    </message>
</context>
<context>
    <name>Lifeboat::NodeAgent</name>
    <message>
        <location filename="../node/NodeAgent.cpp" line="+66"/>
        <source>cannot join the cluster: the primary node %1 is not running; start the primary first and the secondaries only once it is up</source>
        <translation>kann dem Cluster nicht beitreten: Der primäre Knoten %1 läuft nicht; starten Sie zuerst den primären Knoten und die sekundären erst, wenn er läuft</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot listen on port %1: %2</source>
        <translation>kann nicht auf Port %1 lauschen: %2</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>the repository %1 is missing; restore it from a backup</source>
        <translation>das Repository %1 fehlt; stellen Sie es aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1/cluster_node.id is missing: the node cannot take its place in the cluster; restore the node&apos;s cluster node id</source>
        <translation>%1/cluster_node.id fehlt: Der Knoten kann seinen Platz im Cluster nicht einnehmen; stellen Sie die Clusterknoten-ID des Knotens wieder her</translation>
    </message>
</context>
<context>
    <name>Lifeboat::OpenPathDialog</name>
    <message>
        <location filename="../ui/OpenPathDialog.cpp" line="+28"/>
        <source>This system has no desktop launcher (xdg-open) to open it with.</source>
        <translation>Dieses System hat keinen Desktop-Starter (xdg-open), um es zu öffnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The desktop launcher (xdg-open) could not open it.</source>
        <translation>Der Desktop-Starter (xdg-open) konnte es nicht öffnen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifeboat could not open %1. %2 Copy the path and open it yourself.</source>
        <translation>Lifeboat konnte %1 nicht öffnen. %2 Kopieren Sie den Pfad und öffnen Sie ihn selbst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why it could not open</source>
        <translation>Warum es sich nicht öffnen ließ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the path</source>
        <translation>Pfad kopieren</translation>
    </message>
</context>
<context>
    <name>Lifeboat::OptionsPage</name>
    <message>
        <location filename="../ui/OptionsPage.cpp" line="+155"/>
        <source>Set the options</source>
        <translation>Optionen festlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave a field as it is to use the scenario&apos;s default.</source>
        <translation>Lassen Sie ein Feld unverändert, um den Standardwert des Szenarios zu verwenden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup root</source>
        <translation>Sicherungsverzeichnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup &amp;root:</source>
        <translation>Sicherungs&amp;verzeichnis:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose another backup root</source>
        <translation>Ein anderes Sicherungsverzeichnis wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this cluster&apos;s backup sets in another directory from now on (saved in the profile).</source>
        <translation>Die Sicherungssätze dieses Clusters ab jetzt in einem anderen Verzeichnis ablegen (im Profil gespeichert).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Choose the backup root</source>
        <translation>Sicherungsverzeichnis wählen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This profile has no file to keep another backup root in. Save it first (Edit… on the Cluster page).</source>
        <translation>Dieses Profil hat keine Datei, in der ein anderes Sicherungsverzeichnis stehen könnte. Speichern Sie es zuerst (Bearbeiten… auf der Seite Cluster).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change the backup root?</source>
        <translation>Sicherungsverzeichnis ändern?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the backup sets of %1 in %2 from now on?

Lifeboat writes this into the profile %3: later backups go there, and restores and the Backups window look for sets there. The sets in %4 stay where they are.</source>
        <translation>Die Sicherungssätze von %1 ab jetzt in %2 ablegen?

Lifeboat schreibt das in das Profil %3: Spätere Sicherungen landen dort, und Wiederherstellungen und das Fenster Sicherungen suchen dort nach Sätzen. Die Sätze in %4 bleiben, wo sie sind.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>a new or empty directory; empty: under Lifeboat&apos;s data directory</source>
        <translation>ein neues oder leeres Verzeichnis; leer: unter dem Datenverzeichnis von Lifeboat</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>This scenario has no options.</source>
        <translation>Dieses Szenario hat keine Optionen.</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location line="-257"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the newest set that holds what this restore needs</source>
        <translation>der neueste Satz, der enthält, was diese Wiederherstellung braucht</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>not verified</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>verified %1</source>
        <translation>geprüft %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DAMAGED</source>
        <translation>BESCHÄDIGT</translation>
    </message>
    <message>
        <location line="+336"/>
        <source>There is no backup set under %1 yet. Go back and make one first.</source>
        <translation>Unter %1 gibt es noch keinen Sicherungssatz. Gehen Sie zurück, und erstellen Sie zuerst einen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>reading what %1 shows…</source>
        <translation>Zustand von %1 wird gelesen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not needed from what the node shows</source>
        <translation>laut Zustand des Knotens nicht nötig</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>asked for in the wizard</source>
        <translation>im Assistenten angefordert</translation>
    </message>
    <message>
        <location line="-337"/>
        <source>Checking the options…</source>
        <translation>Optionen werden geprüft…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Checking the options</source>
        <translation>Optionen werden geprüft</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>%1, incremental on %2</source>
        <translation>%1, inkrementell auf %2</translation>
    </message>
    <message>
        <location line="+310"/>
        <source>Restore point</source>
        <translation>Wiederherstellungspunkt</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose %1</source>
        <translation>%1 wählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a directory</source>
        <translation>Verzeichnis wählen</translation>
    </message>
</context>
<context>
    <name>Lifeboat::PlanPage</name>
    <message>
        <location filename="../ui/PlanPage.cpp" line="+67"/>
        <source>Building the plan…</source>
        <translation>Plan wird erstellt…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export runbook…</source>
        <translation>Runbook &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The plan</source>
        <translation>Der Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every step in order, with what it would change. Nothing has changed yet; steps marked &quot;asks first&quot; wait for your confirmation when they come.</source>
        <translation>Jeder Schritt der Reihe nach, mit dem, was er ändern würde. Noch hat sich nichts geändert; Schritte mit „fragt zuerst“ warten auf Ihre Bestätigung, wenn sie an der Reihe sind.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Building the plan</source>
        <translation>Plan wird erstellt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary of the plan</source>
        <translation>Zusammenfassung des Plans</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan steps</source>
        <translation>Planschritte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+192"/>
        <location line="+14"/>
        <source>Export runbook</source>
        <translation>Runbook exportieren</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>The scenario could not build a plan with these options.</source>
        <translation>Das Szenario konnte mit diesen Optionen keinen Plan erstellen.</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+51"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+26"/>
        <source>asks first</source>
        <translation>fragt zuerst</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>(changes nothing)</source>
        <translation>(ändert nichts)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Always at the end</source>
        <translation>Immer am Ende</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whatever happens, these undo what the plan disturbed.</source>
        <translation>Was auch passiert, diese machen rückgängig, was der Plan gestört hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (if step %2 ran)</source>
        <translation>%1 (falls Schritt %2 lief)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 step</source>
        <translation>1 Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 steps</source>
        <translation>%1 Schritte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2 of them change the cluster and ask for confirmation first.</source>
        <translation>%1, davon ändern %2 den Cluster und fragen zuerst nach einer Bestätigung.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-258"/>
        <source>&amp;Approve the whole plan now: the run does not ask again before each step</source>
        <translation>Den ganzen Plan jetzt &amp;genehmigen: der Lauf fragt nicht mehr vor jedem Schritt</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Approve the whole plan</source>
        <translation>Den ganzen Plan genehmigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps approved with the whole plan</source>
        <translation>Mit dem ganzen Plan genehmigte Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster name to approve the whole plan</source>
        <translation>Clustername zum Genehmigen des ganzen Plans</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>%1; none of them asks for confirmation.</source>
        <translation>%1; keiner davon fragt nach einer Bestätigung.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Approving says yes now to these steps, which change the cluster; steps only a person can do still ask when they come:</source>
        <translation>Mit der Genehmigung sagen Sie jetzt Ja zu diesen Schritten, die den Cluster ändern; Schritte, die nur ein Mensch erledigen kann, fragen weiterhin, wenn sie an der Reihe sind:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type %1 to approve the whole plan</source>
        <translation>Geben Sie %1 ein, um den ganzen Plan zu genehmigen</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>&amp;Schedule this backup…</source>
        <translation>Diese Sicherung &amp;planen…</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ProfileEditor</name>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="+55"/>
        <source>Cluster profile — %1</source>
        <translation>Clusterprofil — %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Parts of the profile</source>
        <translation>Teile des Profils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Page Down and Ctrl+Page Up go to the next and the previous part from anywhere.</source>
        <translation>Strg+Bild ab und Strg+Bild auf wechseln von überall zum nächsten und zum vorigen Teil.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problems of the profile</source>
        <translation>Probleme des Profils</translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>%n problem(s) to fix</source>
        <translation>
            <numerusform>%n Problem zu beheben</numerusform>
            <numerusform>%n Probleme zu beheben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1, %n problem(s) to fix</source>
        <translation>
            <numerusform>%1, %n Problem zu beheben</numerusform>
            <numerusform>%1, %n Probleme zu beheben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The profile</source>
        <translation>Das Profil</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Its value goes to the secrets file %1 when you save.</source>
        <translation>Sein Wert kommt beim Speichern in die Geheimnisdatei %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secret &quot;%1&quot; has no value here: Lifeboat takes it from its environment variable at run time, or asks for it. Press &quot;Set secret…&quot; to store its value.</source>
        <translation>Das Geheimnis „%1“ hat hier keinen Wert: Lifeboat nimmt es bei der Ausführung aus seiner Umgebungsvariable oder fragt danach. Drücken Sie „Geheimnis festlegen…“, um seinen Wert zu speichern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret &quot;%1&quot; has no value: Lifeboat asks for it at run time (Save records it so in the secrets file), or press &quot;Set secret…&quot; to store its value.</source>
        <translation>Das Geheimnis „%1“ hat keinen Wert: Lifeboat fragt zur Laufzeit danach („Speichern“ vermerkt das so in der Geheimnisdatei), oder klicken Sie auf „Geheimnis festlegen…“, um seinen Wert zu speichern.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This is a password, which the profile must not hold: press &quot;Set secret…&quot; to move it to the secrets file, or write a {secret:NAME} reference.</source>
        <translation>Dies ist ein Passwort, das nicht im Profil stehen darf: Drücken Sie „Geheimnis festlegen…“, um es in die Geheimnisdatei zu verschieben, oder schreiben Sie einen Verweis {secret:NAME}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This is not a URL Lifeboat can read (%1); write it as http://aem-node1.example.com:8080/lc.</source>
        <translation>Das ist keine URL, die Lifeboat lesen kann (%1); schreiben Sie sie wie http://aem-node1.example.com:8080/lc.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Set secret</source>
        <translation>Geheimnis festlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The value of the secret &quot;%1&quot;. Save writes it to the secrets file %2, which only you can read, never into the profile. Leave it empty to be asked for it at run time.</source>
        <translation>Der Wert des Geheimnisses „%1“. „Speichern“ schreibt ihn in die Geheimnisdatei %2, die nur Sie lesen können, nie in das Profil. Lassen Sie das Feld leer, um zur Laufzeit danach gefragt zu werden.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Cannot save the secrets</source>
        <translation>Geheimnisse können nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot save the profile</source>
        <translation>Profil kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile has changes that are not saved. Discard them?</source>
        <translation>Das Profil hat Änderungen, die nicht gespeichert sind. Sollen sie verworfen werden?</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ProfileEditorPage</name>
    <message>
        <location filename="../ui/ProfileEditorPage.cpp" line="+58"/>
        <source>Problems of this part</source>
        <translation>Probleme dieses Teils</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This item has problems.</source>
        <translation>Dieser Eintrag hat Probleme.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, with problems</source>
        <translation>%1, mit Problemen</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ProfileForm</name>
    <message>
        <location filename="../ui/ProfileForm.cpp" line="+93"/>
        <source>Problem with %1</source>
        <translation>Problem mit %1</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Set secret…</source>
        <translation>Geheimnis festlegen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the secret of %1</source>
        <translation>Geheimnis für %1 festlegen</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ProfileTestDialog</name>
    <message>
        <location filename="../ui/ProfileTestDialog.cpp" line="+29"/>
        <source>Test the profile %1</source>
        <translation>Profil %1 testen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifeboat checks what the profile says against the cluster, changing nothing: every host, what each backup checks before it starts, every path on its host, each node&apos;s role on its disk, and each node&apos;s status URL.</source>
        <translation>Lifeboat prüft die Angaben des Profils am Cluster, ohne etwas zu ändern: jeden Host, was jede Sicherung vor dem Start prüft, jeden Pfad auf seinem Host, die Rolle jedes Knotens auf seiner Festplatte und die Status-URL jedes Knotens.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Test again</source>
        <translation>Erneut &amp;testen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Testing the profile against the cluster…</source>
        <translation>Das Profil wird am Cluster getestet…</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n check(s) failed: something the profile says does not hold. Correct it (Edit…) and test again.</source>
        <translation>
            <numerusform>%n Prüfung fehlgeschlagen: Eine Angabe des Profils stimmt nicht. Korrigieren Sie sie (Bearbeiten…) und testen Sie erneut.</numerusform>
            <numerusform>%n Prüfungen fehlgeschlagen: Eine Angabe des Profils stimmt nicht. Korrigieren Sie sie (Bearbeiten…) und testen Sie erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Nothing failed; %n warning(s) to read.</source>
        <translation>
            <numerusform>Nichts fehlgeschlagen; %n Warnung zu lesen.</numerusform>
            <numerusform>Nichts fehlgeschlagen; %n Warnungen zu lesen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every check passed: the profile holds.</source>
        <translation>Alle Prüfungen bestanden: Das Profil stimmt.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::QuarantineView</name>
    <message>
        <location filename="../ui/QuarantineView.cpp" line="+33"/>
        <source>Purg&amp;e…</source>
        <translation>&amp;Bereinigen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What restores kept</source>
        <translation>Was Wiederherstellungen aufbewahrt haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete what this restore kept, for good. It can no longer be rolled back afterwards.</source>
        <translation>Endgültig löschen, was diese Wiederherstellung aufbewahrt hat. Sie kann danach nicht mehr zurückgenommen werden.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>No quarantine is kept for %1.</source>
        <translation>Für %1 wird keine Quarantäne aufbewahrt.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Purge a quarantine</source>
        <translation>Eine Quarantäne bereinigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These folders will be deleted for good:</source>
        <translation>Diese Ordner werden endgültig gelöscht:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The restore %1 can no longer be rolled back afterwards.</source>
        <translation>Die Wiederherstellung %1 kann danach nicht mehr zurückgenommen werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Purge</source>
        <translation>&amp;Bereinigen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Purged the quarantine of %1.</source>
        <translation>Die Quarantäne von %1 wurde bereinigt.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ReadAheadDevice</name>
    <message>
        <location filename="../engine/support/ReadAheadDevice.cpp" line="+25"/>
        <source>A read-ahead device only reads, from a source open for reading.</source>
        <translation>Ein Vorausleser liest nur, und nur aus einer zum Lesen geöffneten Quelle.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::RunPage</name>
    <message>
        <location filename="../ui/RunPage.cpp" line="+56"/>
        <source>Cancel &amp;after this step</source>
        <translation>Nach diesem Schritt abbre&amp;chen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Running</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each step runs in turn. Steps that change the cluster ask first. You can cancel between steps; the steps that undo what the run disturbed still run.</source>
        <translation>Die Schritte laufen nacheinander. Schritte, die den Cluster ändern, fragen zuerst. Sie können zwischen Schritten abbrechen; die Schritte, die rückgängig machen, was der Lauf gestört hat, laufen trotzdem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps of the run</source>
        <translation>Schritte des Laufs</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overall progress</source>
        <translation>Gesamtfortschritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the run after the current step</source>
        <translation>Den Lauf nach dem aktuellen Schritt abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup mode timeout</source>
        <translation>Zeitlimit des Sicherungsmodus</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Resuming run %1 from the step that was in flight</source>
        <translation>Lauf %1 wird ab dem Schritt fortgesetzt, der gerade lief</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trying run %1 again from its first step: it failed, and its cleanup undid what it had done</source>
        <translation>Lauf %1 wird ab dem ersten Schritt erneut versucht: Er ist fehlgeschlagen, und seine Aufräumschritte haben rückgängig gemacht, was er getan hatte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trying run %1 again from the step that failed</source>
        <translation>Lauf %1 wird ab dem fehlgeschlagenen Schritt erneut versucht</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+127"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>At the end: %1</source>
        <translation>Am Ende: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+127"/>
        <source>if needed</source>
        <translation>falls nötig</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>done before the interruption</source>
        <translation>vor der Unterbrechung erledigt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>running, %1 %</source>
        <translation>läuft, %1 %</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>elapsed %1, about %2 left</source>
        <translation>verstrichen %1, noch etwa %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>elapsed %1</source>
        <translation>verstrichen %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup mode session times out in %1.</source>
        <translation>Die Sitzung des Sicherungsmodus läuft in %1 ab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup mode session timed out %1 ago. In rolling backup mode the server starts a new one; in safe backup mode, GDS files deleted since then may be missing from this backup.</source>
        <translation>Die Sitzung des Sicherungsmodus ist vor %1 abgelaufen. Im Rolling-Sicherungsmodus startet der Server eine neue; im Momentaufnahme-Sicherungsmodus können seitdem gelöschte GDS-Dateien in dieser Sicherung fehlen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cancel the run?</source>
        <translation>Lauf abbrechen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The step that is running now finishes first. Then the run stops, and the steps that undo what it disturbed still run (nodes started again, backup mode left, an unfinished backup removed). Cancel the run?</source>
        <translation>Der gerade laufende Schritt wird zuerst beendet. Dann hält der Lauf an, und die Schritte, die rückgängig machen, was er gestört hat, laufen trotzdem (Knoten wieder gestartet, Sicherungsmodus verlassen, eine unvollendete Sicherung entfernt). Lauf abbrechen?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelling after the current step…</source>
        <translation>Abbruch nach dem aktuellen Schritt…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Writing the report…</source>
        <translation>Bericht wird geschrieben…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every step succeeded.</source>
        <translation>Alle Schritte waren erfolgreich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A step failed; the clean-up steps ran. The summary says what to do.</source>
        <translation>Ein Schritt ist fehlgeschlagen; die Aufräumschritte liefen. Die Zusammenfassung sagt, was zu tun ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled; the clean-up steps ran.</source>
        <translation>Abgebrochen; die Aufräumschritte liefen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You stopped the run at a confirmation; the clean-up steps ran.</source>
        <translation>Sie haben den Lauf bei einer Bestätigung angehalten; die Aufräumschritte liefen.</translation>
    </message>
    <message>
        <location line="-231"/>
        <source>Building the plan…</source>
        <translation>Plan wird erstellt…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The scenario could not build a plan with these options.</source>
        <translation>Das Szenario konnte mit diesen Optionen keinen Plan erstellen.</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Downtime of the nodes</source>
        <translation>Ausfallzeit der Knoten</translation>
    </message>
    <message>
        <location line="+222"/>
        <source>%1 down for %2</source>
        <translation>%1 seit %2 ausgefallen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was down for %2</source>
        <translation>%1 war %2 ausgefallen</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not needed</source>
        <translation>nicht nötig</translation>
    </message>
</context>
<context>
    <name>Lifeboat::Runner</name>
    <message>
        <location filename="../engine/run/Runner.cpp" line="+58"/>
        <source>The run %1 is in use by another Lifeboat process: %2</source>
        <translation>Der Lauf %1 wird von einem anderen Lifeboat-Prozess verwendet: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot create the run directory %1. Check the permissions and free space.</source>
        <translation>Das Laufverzeichnis %1 kann nicht angelegt werden. Prüfen Sie die Berechtigungen und den freien Speicherplatz.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The plan of run %1 can no longer be rebuilt the same way (the profile or Lifeboat changed). Finish it by hand following its report, then set it aside.</source>
        <translation>Der Plan des Laufs %1 kann nicht mehr auf dieselbe Weise erstellt werden (das Profil oder Lifeboat hat sich geändert). Schließen Sie ihn anhand seines Berichts von Hand ab, und legen Sie ihn dann beiseite.</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>Injected failure (LIFEBOAT_FAILPOINT) in step %1.</source>
        <translation>Eingespeister Fehler (LIFEBOAT_FAILPOINT) in Schritt %1.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The run has no journal.</source>
        <translation>Der Lauf hat kein Journal.</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>Run %1 has ended (%2); only an interrupted or a failed run can be picked up again.</source>
        <translation>Lauf %1 ist beendet (%2); nur ein unterbrochener oder fehlgeschlagener Lauf kann wieder aufgenommen werden.</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>%1: nothing to change, so not asked.</source>
        <translation>%1: nichts zu ändern, daher nicht nachgefragt.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&quot;%1&quot; did not finish (%2): do by hand what it would have done.</source>
        <translation>„%1“ wurde nicht abgeschlossen (%2): Erledigen Sie von Hand, was dieser Schritt getan hätte.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::RunsView</name>
    <message>
        <location filename="../ui/RunsView.cpp" line="+52"/>
        <source>&amp;Open the report</source>
        <translation>Bericht &amp;öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set aside</source>
        <translation>Beiseitelegen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+146"/>
        <source>Finish the run from the step that was in flight; steps that change the cluster ask first.</source>
        <translation>Den Lauf ab dem Schritt abschließen, der gerade lief; Schritte, die den Cluster ändern, fragen zuerst.</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Do not offer it again. The run&apos;s folder stays as it is; &apos;lifeboat resume&apos; can still finish it.</source>
        <translation>Nicht mehr anbieten. Der Ordner des Laufs bleibt, wie er ist; &apos;lifeboat resume&apos; kann ihn weiterhin abschließen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>%1, set aside</source>
        <translation>%1, beiseitegelegt</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Try the failed run again: a backup from its first step (its cleanup undid what it had done), anything else from the step that failed; steps that change the cluster ask first.</source>
        <translation>Den fehlgeschlagenen Lauf erneut versuchen: eine Sicherung ab ihrem ersten Schritt (ihre Aufräumschritte haben rückgängig gemacht, was sie getan hatte), alles andere ab dem fehlgeschlagenen Schritt; Schritte, die den Cluster ändern, fragen zuerst.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No program on this desktop opens it. Here is its path to open it yourself:</source>
        <translation>Kein Programm auf diesem Desktop öffnet es. Hier ist sein Pfad, um es selbst zu öffnen:</translation>
    </message>
</context>
<context>
    <name>Lifeboat::SandboxPage</name>
    <message>
        <location filename="../ui/SandboxPage.cpp" line="+57"/>
        <source>Could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not stop %1: %2</source>
        <translation>%1 konnte nicht gestoppt werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Start all nodes</source>
        <translation>Alle Knoten &amp;starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;top all nodes</source>
        <translation>Alle Knoten s&amp;toppen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Brea&amp;k it</source>
        <translation>&amp;Kaputt machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset the sandbox…</source>
        <translation>Sandbox zu&amp;rücksetzen …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The training sandbox</source>
        <translation>Die Übungs-Sandbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A practice cluster of real node processes on this machine. Break it on purpose, then recover it with the same scenarios as a real cluster.</source>
        <translation>Ein Übungscluster aus echten Knotenprozessen auf diesem Rechner. Machen Sie ihn absichtlich kaputt und stellen Sie ihn dann mit denselben Szenarien wie einen echten Cluster wieder her.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Fault:</source>
        <translation>&amp;Fehler:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>N&amp;ode:</source>
        <translation>Kn&amp;oten:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fault</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Then practise</source>
        <translation>Dann üben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back &amp;up the sandbox</source>
        <translation>Sandbox si&amp;chern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;cover the sandbox from a failure</source>
        <translation>Sandbox nach einem Ausfall wie&amp;derherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;hearse a restore of the sandbox</source>
        <translation>Wiederherstellung der Sandbox &amp;proben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run a training &amp;drill: a hidden fault, a clock and a score</source>
        <translation>Eine Ü&amp;bung durchführen: ein verborgener Fehler, eine Uhr und eine Bewertung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reset the sandbox</source>
        <translation>Sandbox zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop every node and build the sandbox again as it was created? The sandbox as it is now is moved aside, not deleted.</source>
        <translation>Alle Knoten stoppen und die Sandbox so neu aufbauen, wie sie erstellt wurde? Die Sandbox in ihrem jetzigen Zustand wird beiseitegelegt, nicht gelöscht.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is not a training sandbox. Go back and choose &quot;Use the training sandbox&quot;.</source>
        <translation>%1 ist keine Übungs-Sandbox. Gehen Sie zurück und wählen Sie „Übungs-Sandbox verwenden“.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Starting the nodes…</source>
        <translation>Die Knoten werden gestartet …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every node is running.</source>
        <translation>Alle Knoten laufen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopping the nodes…</source>
        <translation>Die Knoten werden gestoppt …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every node is stopped.</source>
        <translation>Alle Knoten sind gestoppt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Breaking the sandbox…</source>
        <translation>Die Sandbox wird kaputt gemacht …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stopping the nodes and building the sandbox again…</source>
        <translation>Die Knoten werden gestoppt und die Sandbox neu aufgebaut …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sandbox is as it was built, with its nodes stopped; start them to go on. The sandbox as it was is in %1.</source>
        <translation>Die Sandbox ist wie neu aufgebaut, ihre Knoten sind gestoppt; starten Sie sie, um weiterzumachen. Die bisherige Sandbox liegt in %1.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Not during a training drill.</source>
        <translation>Nicht während einer Übung.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ScenarioPage</name>
    <message>
        <location filename="../ui/ScenarioPage.cpp" line="+55"/>
        <source>Choose how</source>
        <translation>Vorgehen auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each way has its own cost. The recommendation below is based on the nodes&apos; current state.</source>
        <translation>Jeder Weg hat seinen Preis. Die Empfehlung unten beruht auf dem aktuellen Zustand der Knoten.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No scenario available</source>
        <translation>Kein Szenario verfügbar</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>This kind of scenario is not available in this version of Lifeboat. Go back and choose another task.</source>
        <translation>Diese Art von Szenario ist in dieser Lifeboat-Version nicht verfügbar. Gehen Sie zurück, und wählen Sie eine andere Aufgabe.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Choose the scenario that fits your situation.</source>
        <translation>Wählen Sie das Szenario, das zu Ihrer Situation passt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+33"/>
        <source>Checking the nodes to recommend a scenario…</source>
        <translation>Die Knoten werden geprüft, um ein Szenario zu empfehlen…</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>%1 reports repository unsync: restore that node before backing up.</source>
        <translation>%1 meldet Repository nicht synchron (repository unsync): Stellen Sie diesen Knoten vor dem Sichern wieder her.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recommended: &lt;b&gt;%1&lt;/b&gt; — every author node is running, so there is no downtime.</source>
        <translation>Empfohlen: &lt;b&gt;%1&lt;/b&gt; — alle Autorenknoten laufen, daher gibt es keine Ausfallzeit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommended: &lt;b&gt;%1&lt;/b&gt; — not every author node is running.</source>
        <translation>Empfohlen: &lt;b&gt;%1&lt;/b&gt; — nicht alle Autorenknoten laufen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Every node looks healthy. Choose the scenario that fits what you know of the failure.</source>
        <translation>Alle Knoten wirken gesund. Wählen Sie das Szenario, das zu dem passt, was Sie über den Ausfall wissen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recommended: &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Empfohlen: &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommended: &lt;b&gt;%1&lt;/b&gt; for %2.</source>
        <translation>Empfohlen: &lt;b&gt;%1&lt;/b&gt; für %2.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Recommended: start %1 with its usual start command. Its repository is intact, so nothing needs restoring.</source>
        <translation>Empfohlen: %1 mit dem üblichen Startbefehl starten. Das Repository ist intakt, es muss nichts wiederhergestellt werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 only needs starting: its repository is intact.</source>
        <translation>%1 muss nur gestartet werden: sein Repository ist intakt.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ScheduleDialog</name>
    <message>
        <location filename="../ui/ScheduleDialog.cpp" line="+34"/>
        <source>For &amp;me (%1)</source>
        <translation>Für &amp;mich (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the &amp;system (as root), in:</source>
        <translation>Für das &amp;System (als root), in:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Write the timer</source>
        <translation>Timer &amp;schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schedule this backup</source>
        <translation>Diese Sicherung planen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A systemd calendar: &quot;daily&quot;, &quot;Mon..Fri 02:00&quot;, &quot;Sun *-*-* 03:30&quot;.</source>
        <translation>Ein systemd-Kalender: &quot;daily&quot;, &quot;Mon..Fri 02:00&quot;, &quot;Sun *-*-* 03:30&quot;.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units:</source>
        <translation>Units:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs:</source>
        <translation>Führt aus:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Schedules in this folder:</source>
        <translation>Zeitpläne in diesem Ordner:</translation>
    </message>
</context>
<context>
    <name>Lifeboat::SummaryPage</name>
    <message>
        <location filename="../ui/SummaryPage.cpp" line="+51"/>
        <source>&amp;Save the report as…</source>
        <translation>Bericht &amp;speichern unter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the run did, step by step, and what is left for you to do.</source>
        <translation>Was der Lauf Schritt für Schritt getan hat, und was für Sie noch zu tun ist.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it changed</source>
        <translation>Was geändert wurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps and what they changed</source>
        <translation>Schritte und ihre Änderungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Open the report</source>
        <translation>Bericht ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;run folder</source>
        <translation>Lauf&amp;ordner öffnen</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Every step succeeded.</source>
        <translation>Alle Schritte waren erfolgreich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A step failed. The clean-up steps ran.</source>
        <translation>Ein Schritt ist fehlgeschlagen. Die Aufräumschritte liefen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run was cancelled. The clean-up steps ran.</source>
        <translation>Der Lauf wurde abgebrochen. Die Aufräumschritte liefen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run was stopped at a confirmation. The clean-up steps ran.</source>
        <translation>Der Lauf wurde bei einer Bestätigung angehalten. Die Aufräumschritte liefen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>It took %1.</source>
        <translation>Es dauerte %1.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>At the end: </source>
        <translation>Am Ende: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix what the failed step says: %1</source>
        <translation>Beheben Sie, was der fehlgeschlagene Schritt meldet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup set is in %1. Check it now and then with &apos;lifeboat verify&apos;, and keep more than one.</source>
        <translation>Der Sicherungssatz liegt in %1. Prüfen Sie ihn von Zeit zu Zeit mit &apos;lifeboat verify&apos;, und bewahren Sie mehr als einen auf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The report, the journal and the log of this run are in %1.</source>
        <translation>Bericht, Journal und Protokoll dieses Laufs liegen in %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is left for you:</source>
        <translation>Was für Sie noch zu tun ist:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What this run replaced is kept in the quarantine, beside each place it restored. When the cluster works as it should, purge it: lifeboat quarantine purge --profile %1 --run %2. Until then, &quot;%3&quot; can put it all back.</source>
        <translation>Was dieser Lauf ersetzt hat, liegt in der Quarantäne neben jedem wiederhergestellten Ort. Wenn der Cluster wieder richtig arbeitet, löschen Sie sie endgültig: lifeboat quarantine purge --profile %1 --run %2. Bis dahin kann „%3“ alles zurücklegen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The set was made in rolling backup mode, and the restored database records that mode: leave it now with LCBackupMode leaveContinuousCoverage on the forms server.</source>
        <translation>Die Sicherung wurde im Rolling-Sicherungsmodus erstellt, und die wiederhergestellte Datenbank verzeichnet diesen Modus: Verlassen Sie ihn jetzt mit LCBackupMode leaveContinuousCoverage auf dem Formularserver.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saving the report to %1…</source>
        <translation>Bericht wird in %1 gespeichert…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The report was saved to %1.</source>
        <translation>Der Bericht wurde in %1 gespeichert.</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>Downtime: %1</source>
        <translation>Ausfallzeit: %1</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>%1 may still be copying its repository in the background (the online backup this run gave up). Its copy is not part of any set; wait until it ends before the next online backup of %1.</source>
        <translation>%1 kopiert sein Repository womöglich noch im Hintergrund (die Online-Sicherung, die dieser Lauf aufgegeben hat). Diese Kopie gehört zu keinem Sicherungssatz; warten Sie, bis sie endet, bevor Sie %1 das nächste Mal online sichern.</translation>
    </message>
    <message>
        <location line="-275"/>
        <source>The restored nodes after the run</source>
        <translation>Die wiederhergestellten Knoten nach dem Lauf</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>Asking the restored nodes how they are…</source>
        <translation>Die wiederhergestellten Knoten werden nach ihrem Zustand gefragt…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>cannot be asked: %1</source>
        <translation>nicht abfragbar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its error.log reports &quot;repository unsync&quot;</source>
        <translation>sein error.log meldet „repository unsync“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repository in sync</source>
        <translation>Repository synchron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its repository lock held by its process (pid %1)</source>
        <translation>seine Repository-Sperre von seinem Prozess gehalten (PID %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no process holds its repository lock</source>
        <translation>kein Prozess hält seine Repository-Sperre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cluster is back: every restored node runs, in sync.</source>
        <translation>Der Cluster ist wieder da: jeder wiederhergestellte Knoten läuft, synchron.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cluster is not back yet: look at %1.</source>
        <translation>Der Cluster ist noch nicht wieder da: prüfen Sie %1.</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>Backups, runs and &amp;quarantine…</source>
        <translation>Sicherungen, Läufe und &amp;Quarantäne…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sc&amp;hedule this backup…</source>
        <translation>Diese Sicherung p&amp;lanen…</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>A clean-up step failed: the cluster needs work by hand.</source>
        <translation>Ein Aufräumschritt ist fehlgeschlagen: Der Cluster braucht Handarbeit.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::TopologyView</name>
    <message>
        <location filename="../ui/TopologyView.cpp" line="+18"/>
        <source>Cluster topology</source>
        <translation>Clustertopologie</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>repository unsync</source>
        <translation>Repository nicht synchron</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in backup mode</source>
        <translation>im Sicherungsmodus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in backup mode (%1)</source>
        <translation>im Sicherungsmodus (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No cluster profile loaded.</source>
        <translation>Kein Clusterprofil geladen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>No cluster chosen yet.</source>
        <translation>Noch kein Cluster ausgewählt.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>GDS (shared)</source>
        <translation>GDS (gemeinsam)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database %1</source>
        <translation>Datenbank %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+5"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>publish</source>
        <translation>Veröffentlichung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>shared</source>
        <translation>gemeinsam</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>unreachable: %1</source>
        <translation>nicht erreichbar: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>stopped (stale .lock)</source>
        <translation>gestoppt (veraltete .lock)</translation>
    </message>
</context>
<context>
    <name>Lifeboat::WelcomePage</name>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="+43"/>
        <location line="+229"/>
        <source>Left unfinished</source>
        <translation>Unvollendet</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>Welcome to Lifeboat</source>
        <translation>Willkommen bei Lifeboat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up and recover a clustered AEM Forms environment, one checked step at a time. Nothing changes until you have seen the plan and confirmed it.</source>
        <translation>Eine geclusterte AEM Forms-Umgebung sichern und wiederherstellen, Schritt für Schritt geprüft. Nichts ändert sich, ehe Sie den Plan geprüft und bestätigt haben.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Runs left unfinished</source>
        <translation>Unvollendete Läufe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What do you want to do?</source>
        <translation>Was möchten Sie tun?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Back up the cluster</source>
        <translation>Den Cluster &amp;sichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a consistent backup of the databases, the document storage (GDS) and every node&apos;s repository, offline, with rolling backup mode, or online.</source>
        <translation>Eine konsistente Sicherung der Datenbanken, des Dokumentspeichers (GDS) und des Repositorys jedes Knotens erstellen – offline, im Rolling-Sicherungsmodus oder online.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recover from a failure</source>
        <translation>Nach einem Ausfall &amp;wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore a single node, the whole cluster or a publish node from a verified backup set.</source>
        <translation>Einen einzelnen Knoten, den ganzen Cluster oder einen Veröffentlichungsknoten aus einem geprüften Sicherungssatz wiederherstellen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;hearse a restore</source>
        <translation>Wiederherstellung &amp;proben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore a backup set into a separate sandbox copy of the cluster to prove it works. Production is never touched.</source>
        <translation>Einen Sicherungssatz in eine separate Sandbox-Kopie des Clusters wiederherstellen, um zu beweisen, dass er funktioniert. Die Produktion wird nie berührt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;training sandbox</source>
        <translation>&amp;Trainings-Sandbox öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build and run a practice cluster on this machine, break it on purpose and recover it.</source>
        <translation>Einen Übungscluster auf diesem Rechner aufbauen und betreiben, ihn absichtlich beschädigen und wiederherstellen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent &amp;profiles:</source>
        <translation>Zuletzt verwendete &amp;Profile:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recent profiles</source>
        <translation>Zuletzt verwendete Profile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No cluster profile opened yet. The training sandbox is a safe place to start.</source>
        <translation>Noch kein Clusterprofil geöffnet. Die Trainings-Sandbox ist ein sicherer Ort für den Anfang.</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roll &amp;back</source>
        <translation>&amp;Zurückrollen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume %1</source>
        <translation>%1 fortsetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roll back %1</source>
        <translation>%1 zurückrollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish the run from the step that was in flight; steps that change the cluster ask first.</source>
        <translation>Den Lauf ab dem Schritt abschließen, der gerade lief; Schritte, die den Cluster ändern, fragen zuerst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put back everything this restore replaced. You will see the checks and the plan first.</source>
        <translation>Alles zurücklegen, was diese Wiederherstellung ersetzt hat. Sie sehen zuerst die Prüfungen und den Plan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set aside</source>
        <translation>Beiseitelegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set %1 aside</source>
        <translation>%1 beiseitelegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not offer it again. The run&apos;s folder stays as it is; &apos;lifeboat resume&apos; can still finish it.</source>
        <translation>Nicht mehr anbieten. Der Ordner des Laufs bleibt, wie er ist; &apos;lifeboat resume&apos; kann ihn weiterhin abschließen.</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Backups, runs and &amp;quarantine…</source>
        <translation>Sicherungen, Läufe und &amp;Quarantäne…</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>Restores you can roll back</source>
        <translation>Wiederherstellungen, die Sie zurücknehmen können</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left unfinished, or restores you can roll back</source>
        <translation>Unvollendet, oder Wiederherstellungen zum Zurücknehmen</translation>
    </message>
</context>
<context>
    <name>LocalHostFiles</name>
    <message>
        <location filename="../engine/hosts/LocalHostFiles.cpp" line="+103"/>
        <location line="+12"/>
        <source>%1 is not a directory.</source>
        <translation>%1 ist kein Verzeichnis.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot find the file system of %1.</source>
        <translation>Das Dateisystem von %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+14"/>
        <location line="+13"/>
        <location line="+232"/>
        <location line="+66"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <location line="-325"/>
        <location line="+14"/>
        <location line="+140"/>
        <location line="+10"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>%1 is larger than %2 bytes, more than Lifeboat expects of it.</source>
        <translation>%1 ist größer als %2 Byte, mehr als Lifeboat von dieser Datei erwartet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <location line="+13"/>
        <location line="+3"/>
        <location line="+229"/>
        <location line="+66"/>
        <location line="+8"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-220"/>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+192"/>
        <location line="+4"/>
        <location line="+21"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Cannot create %1. Check the permissions of its parent directory.</source>
        <translation>%1 kann nicht angelegt werden. Prüfen Sie die Berechtigungen des übergeordneten Verzeichnisses.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot rename %1 to %2: %2 already exists.</source>
        <translation>%1 kann nicht in %2 umbenannt werden: %2 existiert bereits.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot rename %1 to %2: %3</source>
        <translation>%1 kann nicht in %2 umbenannt werden: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot copy %1 to %2: %2 already exists.</source>
        <translation>%1 kann nicht nach %2 kopiert werden: %2 existiert bereits.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot create the link %1.</source>
        <translation>Die Verknüpfung %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot copy %1 to %2.</source>
        <translation>%1 kann nicht nach %2 kopiert werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a special file; Lifeboat does not copy it.</source>
        <translation>%1 ist eine Spezialdatei; Lifeboat kopiert sie nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lifeboat refuses to delete %1: it deletes only its own &quot;.lifeboat-&quot; folders. What a restore replaces is moved to the quarantine.</source>
        <translation>Lifeboat löscht %1 nicht: Es löscht nur seine eigenen „.lifeboat-“-Ordner. Was eine Wiederherstellung ersetzt, wird in die Quarantäne verschoben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot delete %1. Check its permissions.</source>
        <translation>%1 kann nicht gelöscht werden. Prüfen Sie die Berechtigungen.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Cannot unpack into %1: it already exists.</source>
        <translation>Entpacken nach %1 nicht möglich: Es existiert bereits.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Cancelled by the user.</source>
        <translation>Vom Benutzer abgebrochen.</translation>
    </message>
    <message>
        <location line="-245"/>
        <source>%1 is not a directory, so nothing can be put there.</source>
        <translation>%1 ist kein Verzeichnis, daher kann dort nichts abgelegt werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is on a file system mounted read-only.</source>
        <translation>%1 liegt auf einem schreibgeschützt eingehängten Dateisystem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (owner %2, group %3, mode %4) may not be changed by %5.</source>
        <translation>%1 (Eigentümer %2, Gruppe %3, Modus %4) darf von %5 nicht geändert werden.</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>Cannot unpack a piece of a backup chain into %1: only into a scratch directory of Lifeboat&apos;s own.</source>
        <translation>Ein Teil einer Sicherungskette kann nicht nach %1 entpackt werden: nur in ein eigenes Arbeitsverzeichnis von Lifeboat.</translation>
    </message>
</context>
<context>
    <name>LockFile</name>
    <message>
        <location filename="../engine/support/LockFile.cpp" line="+58"/>
        <source>Cannot create the folder of the lock %1. Check the permissions and free space.</source>
        <translation>Der Ordner der Sperre %1 kann nicht angelegt werden. Prüfen Sie die Berechtigungen und den freien Speicherplatz.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot open the lock %1: %2</source>
        <translation>Die Sperre %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The lock %1 is not a regular file. Move it away, then try again.</source>
        <translation>Die Sperre %1 ist keine reguläre Datei. Verschieben Sie sie, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write the lock %1: %2</source>
        <translation>Die Sperre %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ManifestRules</name>
    <message>
        <location filename="../engine/backup/ManifestRules.cpp" line="+73"/>
        <source>%1 is &quot;%2&quot;, which is not a relative path inside the set (it is absolute, or has &quot;..&quot;, &quot;.&quot; or an empty component)</source>
        <translation>%1 ist &quot;%2&quot; und damit kein relativer Pfad innerhalb des Satzes (er ist absolut oder enthält &quot;..&quot;, &quot;.&quot; oder einen leeren Bestandteil)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is &quot;%2&quot;, which is not a plain file name</source>
        <translation>%1 ist &quot;%2&quot; und damit kein einfacher Dateiname</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is &quot;%2&quot;, which a part of kind &quot;%3&quot; never has</source>
        <translation>%1 ist &quot;%2&quot;, was ein Teil der Art &quot;%3&quot; nie hat</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is &quot;%2&quot;, which is not a kind of part Lifeboat writes</source>
        <translation>%1 ist &quot;%2&quot;, keine Art von Teil, die Lifeboat schreibt</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 is empty, so nothing says where the %n file(s) of part %2 go</source>
        <translation>
            <numerusform>%1 ist leer, also sagt nichts, wohin die %n Datei von Teil %2 gehört</numerusform>
            <numerusform>%1 ist leer, also sagt nichts, wohin die %n Dateien von Teil %2 gehören</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+16"/>
        <source>%1 is &quot;%2&quot;, which is outside every source of part %3</source>
        <translation>%1 ist &quot;%2&quot; und liegt außerhalb jeder Quelle von Teil %3</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>%1 is &quot;%2&quot;, which is not a SHA-256 (64 hexadecimal digits)</source>
        <translation>%1 ist &quot;%2&quot; und damit kein SHA-256 (64 Hexadezimalziffern)</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>%1 is &quot;%2&quot;, which is not among the files of part %3</source>
        <translation>%1 ist &quot;%2&quot;, was nicht unter den Dateien von Teil %3 ist</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 is &quot;%2&quot;, which another part has too</source>
        <translation>%1 ist &quot;%2&quot;, was auch ein anderer Teil hat</translation>
    </message>
</context>
<context>
    <name>ManualStep</name>
    <message>
        <location filename="../engine/steps/ManualStep.cpp" line="+23"/>
        <source>confirmed done by the user</source>
        <translation>vom Benutzer als erledigt bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed: %1</source>
        <translation>Bestätigt: %1</translation>
    </message>
</context>
<context>
    <name>MariaDbClient</name>
    <message>
        <location filename="../engine/database/MariaDbClient.cpp" line="+77"/>
        <source>mariadb-dump (or mysqldump) and mariadb (or mysql) are not on the PATH. Install the MariaDB client (mariadb-client) on this machine.</source>
        <translation>mariadb-dump (oder mysqldump) und mariadb (oder mysql) sind nicht im PATH. Installieren Sie den MariaDB-Client (mariadb-client) auf diesem Rechner.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot reach the %1 database: %2</source>
        <translation>Die Datenbank %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create %1. Check the permissions and free space there.</source>
        <translation>%1 kann nicht angelegt werden. Prüfen Sie dort die Berechtigungen und den freien Speicherplatz.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1: %2. Check the permissions and free space there.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Prüfen Sie dort die Berechtigungen und den freien Speicherplatz.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2. Check the free space there.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Prüfen Sie dort den freien Speicherplatz.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot run %1: %2. Install the MariaDB client (mariadb-client) on this machine.</source>
        <translation>%1 kann nicht ausgeführt werden: %2. Installieren Sie den MariaDB-Client (mariadb-client) auf diesem Rechner.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The server of the %1 database (%2) did not answer within %3 seconds. Check that it is running and reachable from this machine.</source>
        <translation>Der Server der Datenbank %1 (%2) hat nicht innerhalb von %3 Sekunden geantwortet. Prüfen Sie, ob er läuft und von diesem Rechner aus erreichbar ist.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot connect to the %1 database (%2 on %3 as %4): %5 Check that the server is running and the host, port or socket, the user and the password in the profile.</source>
        <translation>Keine Verbindung zur Datenbank %1 (%2 auf %3 als %4): %5 Prüfen Sie, ob der Server läuft, und prüfen Sie Host, Port oder Socket, Benutzer und Passwort im Profil.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Running %1 %2</source>
        <translation>Führe %1 %2 aus</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 could not dump the %2 database (exit code %3): %4 The user %5 needs SELECT, SHOW VIEW, TRIGGER, EVENT and LOCK TABLES on %6, and RELOAD and BINLOG MONITOR (REPLICATION CLIENT on MySQL) when binary logging is on.</source>
        <translation>%1 konnte die Datenbank %2 nicht exportieren (Exit-Code %3): %4 Der Benutzer %5 benötigt SELECT, SHOW VIEW, TRIGGER, EVENT und LOCK TABLES auf %6 sowie RELOAD und BINLOG MONITOR (REPLICATION CLIENT bei MySQL), wenn das Binärlog aktiv ist.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The dump of the %1 database is incomplete: it does not end with &quot;-- Dump completed&quot;. Check the free space under %2 and the server&apos;s error log, then run the backup again.</source>
        <translation>Der Export der Datenbank %1 ist unvollständig: Er endet nicht mit &quot;-- Dump completed&quot;. Prüfen Sie den freien Speicherplatz unter %2 und das Fehlerprotokoll des Servers, und führen Sie die Sicherung erneut aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dumped the %1 database: %2.</source>
        <translation>Datenbank %1 exportiert: %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server did not answer.</source>
        <translation>Der Server hat nicht geantwortet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The user %1 needs ALL PRIVILEGES on %2.* (and SET USER, or SUPER on MySQL, when the dump&apos;s views, routines, triggers or events name another definer).</source>
        <translation>Der Benutzer %1 braucht ALL PRIVILEGES auf %2.* (und SET USER, unter MySQL SUPER, wenn Sichten, Routinen, Trigger oder Ereignisse des Exports einen anderen Definer nennen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot drop the %1 database before loading the backup into it:</source>
        <translation>Die Datenbank %1 kann vor dem Laden der Sicherung nicht gelöscht werden:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running %1 %2 &lt; %3</source>
        <translation>Führe %1 %2 &lt; %3 aus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loading %1 into the %2 database failed: %3 %4</source>
        <translation>Das Laden von %1 in die Datenbank %2 ist fehlgeschlagen: %3 %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loaded %1 into the %2 database.</source>
        <translation>%1 in die Datenbank %2 geladen.</translation>
    </message>
</context>
<context>
    <name>NodeChecks</name>
    <message>
        <location filename="../engine/scenarios/NodeChecks.cpp" line="+12"/>
        <source>Every node is either answering or stopped</source>
        <translation>Jeder Knoten antwortet oder ist angehalten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (pid %2)</source>
        <translation>%1 (PID %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No node is half-way between running and stopped.</source>
        <translation>Kein Knoten hängt zwischen Laufen und Angehaltensein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not answering, but a live process still holds the repository&apos;s lock: %1.</source>
        <translation>Antwortet nicht, aber ein laufender Prozess hält noch die Sperre des Repositorys: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The node is starting, shutting down or hung. Wait until it answers or has stopped; if it is hung, stop it (its stop command, or end the process), then check again. Nothing was changed.</source>
        <translation>Der Knoten startet, fährt herunter oder hängt. Warten Sie, bis er antwortet oder angehalten ist; hängt er, stoppen Sie ihn (mit seinem Stoppbefehl oder durch Beenden des Prozesses) und prüfen Sie erneut. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The other author nodes are running</source>
        <translation>Die anderen Autorenknoten laufen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Serving during the backup: %1.</source>
        <translation>Während der Sicherung bedienen: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already down: %1. During the backup only these serve the cluster: %2.</source>
        <translation>Bereits ausgefallen: %1. Während der Sicherung bedienen nur diese den Cluster: %2.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Already down: %1. During the backup no author node serves the cluster.</source>
        <translation>Bereits ausgefallen: %1. Während der Sicherung bedient kein Autorenknoten den Cluster.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start or recover %1 first (the recovery wizard recommends how), or go on knowing that one more failure takes the service down.</source>
        <translation>Starten oder stellen Sie %1 zuerst wieder her (der Wiederherstellungsassistent empfiehlt, wie), oder fahren Sie in dem Wissen fort, dass ein weiterer Ausfall den Dienst lahmlegt.</translation>
    </message>
</context>
<context>
    <name>NodeCommandLine</name>
    <message>
        <location filename="../node/NodeCommandLine.cpp" line="+97"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usage: lifeboat-node serve|start|stop|status --profile FILE --node NAME [--timeout SECONDS]
       lifeboat-node lcbackupmode enter|leave|enterContinuousCoverage|leaveContinuousCoverage
                     -host=HOST -port=PORT -user=USER -password=PASSWORD|- [-label=LABEL] [-timeout=MINUTES]
                     (-password=- reads the password from the first line of standard input)
</source>
        <translation>Aufruf: lifeboat-node serve|start|stop|status --profile DATEI --node NAME [--timeout SEKUNDEN]
        lifeboat-node lcbackupmode enter|leave|enterContinuousCoverage|leaveContinuousCoverage
                      -host=HOST -port=PORT -user=BENUTZER -password=PASSWORT|- [-label=BEZEICHNUNG] [-timeout=MINUTEN]
                      (-password=- liest das Passwort aus der ersten Zeile der Standardeingabe)
</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--profile and --node are required</source>
        <translation>--profile und --node sind erforderlich</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the profile has no node &apos;%1&apos; (it has: %2)</source>
        <translation>das Profil hat keinen Knoten &apos;%1&apos; (es hat: %2)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 is already running (pid %2).</source>
        <translation>%1 läuft bereits (PID %2).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is up (pid %2, port %3).</source>
        <translation>%1 läuft (PID %2, Port %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 did not start. Its log says:
%2</source>
        <translation>%1 ist nicht gestartet. Sein Protokoll meldet:
%2</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 did not come up within %n second(s); see %2.</source>
        <translation>
            <numerusform>%1 ist nicht innerhalb von %n Sekunde gestartet; siehe %2.</numerusform>
            <numerusform>%1 ist nicht innerhalb von %n Sekunden gestartet; siehe %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not running.</source>
        <translation>%1 läuft nicht.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 stopped.</source>
        <translation>%1 gestoppt.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 did not stop within %n second(s) and was killed.</source>
        <translation>
            <numerusform>%1 hat nicht innerhalb von %n Sekunde angehalten und wurde beendet (kill).</numerusform>
            <numerusform>%1 hat nicht innerhalb von %n Sekunden angehalten und wurde beendet (kill).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: done. %2</source>
        <translation>%1: erledigt. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>-password=- reads the password from standard input, which cannot be read.</source>
        <translation>-password=- liest das Passwort aus der Standardeingabe, die sich nicht lesen lässt.</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>%1 was told to stop; it is still shutting down.</source>
        <translation>%1 wurde zum Anhalten aufgefordert; er fährt noch herunter.</translation>
    </message>
</context>
<context>
    <name>NodeController</name>
    <message>
        <location filename="../engine/cluster/NodeController.cpp" line="+136"/>
        <source>The profile has no command for this.</source>
        <translation>Das Profil hat dafür keinen Befehl.</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+41"/>
        <source>lifeboat-node was not found next to lifeboat, in its libexec/lifeboat folder or on PATH; install it, or set LIFEBOAT_NODE_PROGRAM to its path.</source>
        <translation>lifeboat-node wurde weder neben lifeboat noch in seinem Ordner libexec/lifeboat noch im PATH gefunden; installieren Sie es, oder setzen Sie LIFEBOAT_NODE_PROGRAM auf seinen Pfad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile&apos;s command %1 has no program.</source>
        <translation>Der Befehl %1 des Profils hat kein Programm.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot run %1: %2</source>
        <translation>%1 kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 did not finish within %2 seconds.</source>
        <translation>%1 wurde nicht innerhalb von %2 Sekunden fertig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 failed (exit code %2): %3</source>
        <translation>%1 ist fehlgeschlagen (Exit-Code %2): %3</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>data store garbage collection</source>
        <translation>Datastore-Garbage-Collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revision cleanup</source>
        <translation>Revisionsbereinigung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The profile has no command to %1.</source>
        <translation>Das Profil hat keinen Befehl, um %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The command to %1 runs %2, which is not installed on this machine (or not executable).</source>
        <translation>Der Befehl, um %1, startet %2, das auf diesem Rechner nicht installiert (oder nicht ausführbar) ist.</translation>
    </message>
</context>
<context>
    <name>NodeDiscovery</name>
    <message>
        <location filename="../engine/discovery/NodeDiscovery.cpp" line="+98"/>
        <source>%1: the forms database of %2 was not found: %3.</source>
        <translation>%1: Die Formulardatenbank von %2 wurde nicht gefunden: %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: where %2 takes HTTP requests was not found: %3.</source>
        <translation>%1: Wo %2 HTTP-Anfragen annimmt, wurde nicht gefunden: %3.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: no application server beside %2 (JBoss&apos;s bin/standalone.sh, a WebLogic domain&apos;s config/config.xml, a WebSphere profile&apos;s bin/startServer.sh); fill in its folder.</source>
        <translation>%1: kein Anwendungsserver neben %2 (bin/standalone.sh von JBoss, config/config.xml einer WebLogic-Domäne, bin/startServer.sh eines WebSphere-Profils); tragen Sie seinen Ordner ein.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>no %1</source>
        <translation>kein %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 belongs to an author node, but neither %3 nor a crx.NNNN folder says whether it is the primary; check its role.</source>
        <translation>%1: %2 gehört zu einem Autorenknoten, aber weder %3 noch ein Ordner crx.NNNN sagt, ob er der primäre ist; prüfen Sie seine Rolle.</translation>
    </message>
</context>
<context>
    <name>OnlineRepositoryBackupStep</name>
    <message>
        <location filename="../engine/steps/OnlineRepositoryBackupStep.cpp" line="+51"/>
        <source>Copy %1&apos;s repository online into a zip (AEM online backup)</source>
        <translation>Repository von %1 online in ein Zip kopieren (AEM-Online-Sicherung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy %1&apos;s repository online (AEM online backup)</source>
        <translation>Repository von %1 online kopieren (AEM-Online-Sicherung)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The node keeps serving; with a delay of %n ms between chunks it answers more slowly while the copy runs.</source>
        <translation>
            <numerusform>Der Knoten bedient weiter; mit einer Verzögerung von %n ms zwischen den Blöcken antwortet er während des Kopierens langsamer.</numerusform>
            <numerusform>Der Knoten bedient weiter; mit einer Verzögerung von %n ms zwischen den Blöcken antwortet er während des Kopierens langsamer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>delay %n ms</source>
        <translation>
            <numerusform>Verzögerung %n ms</numerusform>
            <numerusform>Verzögerung %n ms</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the online copy of %1&apos;s repository</source>
        <translation>die Online-Kopie des Repositorys von %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The online backup of %1 took more than 24 hours; Adobe says to discard such a backup. Use a shorter delay or an offline backup.</source>
        <translation>Die Online-Sicherung von %1 dauerte mehr als 24 Stunden; laut Adobe ist eine solche Sicherung zu verwerfen. Verwenden Sie eine kürzere Verzögerung oder eine Offline-Sicherung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled. %1 finishes its copy in the background; the copy is discarded.</source>
        <translation>Abgebrochen. %1 beendet seine Kopie im Hintergrund; die Kopie wird verworfen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 did not accept a backup delay of %2 ms; the copy runs at full speed.</source>
        <translation>%1 hat eine Sicherungsverzögerung von %2 ms nicht akzeptiert; die Kopie läuft mit voller Geschwindigkeit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not start the online backup (%2): %3</source>
        <translation>%1 hat die Online-Sicherung nicht gestartet (%2): %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Online backup of %1 started into %2.</source>
        <translation>Online-Sicherung von %1 nach %2 gestartet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 reports: %2</source>
        <translation>%1 meldet: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The online backup of %1 did not complete: %2</source>
        <translation>Die Online-Sicherung von %1 wurde nicht abgeschlossen: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The zip that %1 wrote cannot be read: %2</source>
        <translation>Das von %1 geschriebene Zip kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot move %1 into the backup set.</source>
        <translation>%1 kann nicht in den Sicherungssatz verschoben werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no &quot;http&quot; &quot;url&quot; in the profile, where AEM&apos;s online backup is started. Add the node&apos;s URL.</source>
        <translation>%1 hat im Profil keine &quot;http&quot;-&quot;url&quot;, über die AEMs Online-Sicherung gestartet wird. Tragen Sie die URL des Knotens ein.</translation>
    </message>
</context>
<context>
    <name>PartArchiver</name>
    <message>
        <location filename="../engine/backup/PartArchiver.cpp" line="+232"/>
        <source>%1 is a pipe, a socket or a device, which a backup cannot hold</source>
        <translation>%1 ist eine Pipe, ein Socket oder ein Gerät, das eine Sicherung nicht aufnehmen kann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a link to &quot;%2&quot;, outside the part</source>
        <translation>%1 ist ein Link auf &quot;%2&quot;, außerhalb des Teils</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>The %1 part cannot be backed up: %2. Move these out of the way (or replace a link with what it points to), then back up again.</source>
        <translation>Der Teil %1 kann nicht gesichert werden: %2. Verschieben Sie diese (oder ersetzen Sie einen Link durch das, worauf er zeigt), und sichern Sie dann erneut.</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>%1 does not exist, so the %2 part cannot be backed up. Check the profile.</source>
        <translation>%1 existiert nicht, daher kann der Teil %2 nicht gesichert werden. Prüfen Sie das Profil.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+23"/>
        <location line="+6"/>
        <location line="+29"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>%1 disappeared while it was being backed up; it is not in the backup.</source>
        <translation>%1 ist während der Sicherung verschwunden; es ist nicht in der Sicherung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+21"/>
        <source>Cancelled by the user.</source>
        <translation>Vom Benutzer abgebrochen.</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+8"/>
        <location line="+61"/>
        <source>Cannot archive %1 into %2: %3</source>
        <translation>%1 kann nicht in %2 archiviert werden: %3</translation>
    </message>
    <message>
        <location line="-187"/>
        <location line="+198"/>
        <location line="+3"/>
        <source>Cannot finish %1: %2. Check the free space.</source>
        <translation>%1 kann nicht abgeschlossen werden: %2. Prüfen Sie den freien Speicherplatz.</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>Cannot rename %1 to %2.</source>
        <translation>%1 kann nicht in %2 umbenannt werden.</translation>
    </message>
</context>
<context>
    <name>PartExtractor</name>
    <message>
        <location filename="../engine/restore/PartExtractor.cpp" line="+266"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <location line="-161"/>
        <location line="+23"/>
        <source>would be written through a link, which a restore never follows</source>
        <translation>würde durch einen Link geschrieben, dem eine Wiederherstellung nie folgt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comes a second time</source>
        <translation>kommt ein zweites Mal vor</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 holds the link %2 to &quot;%3&quot;, which its manifest does not list. The set is not the one its manifest describes; use another backup set.</source>
        <translation>%1 enthält den Link %2 auf &quot;%3&quot;, den sein Manifest nicht aufführt. Der Satz ist nicht der, den sein Manifest beschreibt; verwenden Sie einen anderen Sicherungssatz.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>would replace what an earlier entry wrote</source>
        <translation>würde ersetzen, was ein früherer Eintrag geschrieben hat</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>%1 holds the entry &quot;%2&quot;, which %3. Lifeboat refuses this archive; nothing was written outside the restore&apos;s scratch directory. Use another backup set.</source>
        <translation>%1 enthält den Eintrag &quot;%2&quot;; dieser %3. Lifeboat lehnt dieses Archiv ab; außerhalb des Arbeitsverzeichnisses der Wiederherstellung wurde nichts geschrieben. Verwenden Sie einen anderen Sicherungssatz.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot create the directory %1. Check the permissions and the free space.</source>
        <translation>Das Verzeichnis %1 kann nicht angelegt werden. Prüfen Sie die Berechtigungen und den freien Speicherplatz.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>would be written through a link that leads outside the target</source>
        <translation>würde über einen Link geschrieben, der aus dem Ziel hinausführt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 holds %2, which its manifest does not list. The set is not the one its manifest describes; use another backup set.</source>
        <translation>%1 enthält %2, das sein Manifest nicht aufführt. Der Satz ist nicht der, den sein Manifest beschreibt; verwenden Sie einen anderen Sicherungssatz.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelled by the user.</source>
        <translation>Vom Benutzer abgebrochen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is damaged: %2 cannot be read to its end.</source>
        <translation>%1 ist beschädigt: %2 kann nicht bis zum Ende gelesen werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2 does not match the manifest (size or SHA-256 differs). The set is damaged; verify it with &apos;lifeboat verify&apos; and use another one.</source>
        <translation>%1: %2 stimmt nicht mit dem Manifest überein (Größe oder SHA-256 weicht ab). Der Satz ist beschädigt; prüfen Sie ihn mit &apos;lifeboat verify&apos;, und verwenden Sie einen anderen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>is a link to &quot;%1&quot;, outside the target</source>
        <translation>ist ein Link auf &quot;%1&quot;, außerhalb des Ziels</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot create the link %1.</source>
        <translation>Der Link %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 lacks %2, which its manifest lists. The set is incomplete; use another backup set.</source>
        <translation>In %1 fehlt %2, das sein Manifest aufführt. Der Satz ist unvollständig; verwenden Sie einen anderen Sicherungssatz.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot create %1. Check the permissions and the free space.</source>
        <translation>%1 kann nicht angelegt werden. Prüfen Sie die Berechtigungen und den freien Speicherplatz.</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+7"/>
        <location line="+50"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1 is damaged (%2). Verify the set with &apos;lifeboat verify&apos; and use another one.</source>
        <translation>%1 ist beschädigt (%2). Prüfen Sie den Satz mit &apos;lifeboat verify&apos;, und verwenden Sie einen anderen.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 is damaged: %2 cannot be read.</source>
        <translation>%1 ist beschädigt: %2 kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>PatchLevel</name>
    <message>
        <location filename="../engine/restore/PatchLevel.cpp" line="+20"/>
        <source>%1&apos;s patch level cannot be read from %2.</source>
        <translation>Der Patch-Level von %1 kann nicht aus %2 gelesen werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is at &quot;%2&quot;, but the backup was made at &quot;%3&quot;.</source>
        <translation>%1 ist auf &quot;%2&quot;, aber die Sicherung wurde auf &quot;%3&quot; erstellt.</translation>
    </message>
</context>
<context>
    <name>PathSnapshot</name>
    <message>
        <location filename="../engine/snapshot/PathSnapshot.cpp" line="+84"/>
        <source>%1: a read-only btrfs snapshot at %2, copied while the nodes serve</source>
        <translation>%1: ein schreibgeschützter btrfs-Snapshot unter %2, kopiert, während die Knoten wieder dienen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: a reflink copy at %2, copied while the nodes serve</source>
        <translation>%1: eine Reflink-Kopie unter %2, kopiert, während die Knoten wieder dienen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the profile&apos;s snapshot command, read at %2 while the nodes serve</source>
        <translation>%1: der Snapshot-Befehl des Profils, gelesen unter %2, während die Knoten wieder dienen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: copied while the nodes are stopped</source>
        <translation>%1: kopiert, während die Knoten gestoppt sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: copied while the nodes are stopped (%2)</source>
        <translation>%1: kopiert, während die Knoten gestoppt sind (%2)</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Running %1</source>
        <translation>Führe %1 aus</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>%1&apos;s repository</source>
        <translation>Repository von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the GDS</source>
        <translation>GDS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the Content Storage Root</source>
        <translation>Content Storage Root</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <location filename="../app/PlanCommand.cpp" line="+33"/>
        <source>Show a scenario&apos;s plan and what each step would change (a dry run)</source>
        <translation>Den Plan eines Szenarios zeigen und was jeder Schritt ändern würde (Probelauf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plan for %1 on %2:</source>
        <translation>Plan für %1 auf %2:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  [destructive: asks first]</source>
        <translation>  [ändernd: fragt zuerst]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Always at the end, for what the plan disturbed:</source>
        <translation>Immer am Ende, für das, was der Plan gestört hat:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(if step %1 ran)</source>
        <translation>(falls Schritt %1 lief)</translation>
    </message>
</context>
<context>
    <name>PostgresClient</name>
    <message>
        <location filename="../engine/database/PostgresClient.cpp" line="+57"/>
        <source>pg_dump and pg_restore are not on the PATH. Install the PostgreSQL client (postgresql-client) on this machine, at least the server&apos;s major version.</source>
        <translation>pg_dump und pg_restore sind nicht im PATH. Installieren Sie den PostgreSQL-Client (postgresql-client) auf diesem Rechner, mindestens in der Hauptversion des Servers.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot reach the %1 database: %2</source>
        <translation>Die Datenbank %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Running %1 %2</source>
        <translation>Führe %1 %2 aus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot run %1: %2. Install the PostgreSQL client (postgresql-client) on this machine.</source>
        <translation>%1 kann nicht ausgeführt werden: %2. Installieren Sie den PostgreSQL-Client (postgresql-client) auf diesem Rechner.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>pg_dump could not dump the %1 database (%2 on %3 as %4; exit code %5): %6 Check that the server is running, the host, port or socket, the user and the password in the profile, and that the user may read every table, sequence and schema of %2.</source>
        <translation>pg_dump konnte die Datenbank %1 nicht exportieren (%2 auf %3 als %4; Exit-Code %5): %6 Prüfen Sie, ob der Server läuft, prüfen Sie Host, Port oder Socket, Benutzer und Passwort im Profil und ob der Benutzer jede Tabelle, Sequenz und jedes Schema von %2 lesen darf.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The dump of the %1 database (%2) is not a pg_dump custom-format archive. Check the free space there, then run the backup again.</source>
        <translation>Der Export der Datenbank %1 (%2) ist kein pg_dump-Archiv im Custom-Format. Prüfen Sie dort den freien Speicherplatz und führen Sie die Sicherung erneut aus.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>pg_restore cannot read the dump of the %1 database: %2 Run the backup again; if this repeats, check the disk there.</source>
        <translation>pg_restore kann den Export der Datenbank %1 nicht lesen: %2 Führen Sie die Sicherung erneut aus; wenn das wieder geschieht, prüfen Sie den Datenträger dort.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot restore the %1 database: %2</source>
        <translation>Die Datenbank %1 kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>pg_restore could not load %1 into the %2 database (%3 on %4 as %5): %6 Nothing was changed (one transaction). The user %5 must own %3 and every object in it.</source>
        <translation>pg_restore konnte %1 nicht in die Datenbank %2 laden (%3 auf %4 als %5): %6 Nichts wurde geändert (eine Transaktion). Der Benutzer %5 muss Eigentümer von %3 und aller Objekte darin sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loaded %1 into the %2 database.</source>
        <translation>%1 in die Datenbank %2 geladen.</translation>
    </message>
</context>
<context>
    <name>Precondition</name>
    <message>
        <location filename="../engine/run/Precondition.cpp" line="+37"/>
        <source>Report this as a bug.</source>
        <translation>Melden Sie dies als Fehler.</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <location filename="../app/ProfileCommand.cpp" line="+24"/>
        <source>Check a cluster profile, or discover a cluster&apos;s nodes to start one</source>
        <translation>Ein Clusterprofil prüfen oder die Knoten eines Clusters finden, um eines anzufangen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;check FILE&apos; reads the cluster profile FILE as every other command does, without touching the cluster, and lists every problem at once, one per line as FILE:LINE:COLUMN: key path: message: unknown keys (with the key probably meant), values of the wrong type, missing keys, names used twice, undefined secrets and placeholders a command cannot fill. Exit 0 when the profile is valid, 64 when it is not.
&apos;discover --host H [--host H…] --output FILE&apos; reaches each host over ssh, looks for AEM Forms nodes there, reading only, and writes what it finds as a draft profile: nodes, roles, paths, the forms database, shared stores, start and stop commands.
&apos;test FILE&apos; makes every read-only check of a profile against the cluster: hosts, what each backup checks before it starts, every path on its host, each node&apos;s role on its disk and its status URL. Exit 0 when nothing fails, 2 when something does.</source>
        <translation>&apos;check DATEI&apos; liest das Clusterprofil DATEI wie jeder andere Befehl, ohne den Cluster zu berühren, und listet alle Probleme auf einmal auf, eines pro Zeile als DATEI:ZEILE:SPALTE: Schlüsselpfad: Meldung: unbekannte Schlüssel (mit dem vermutlich gemeinten), Werte des falschen Typs, fehlende Schlüssel, doppelt vergebene Namen, nicht definierte Geheimnisse und Platzhalter, die ein Befehl nicht ausfüllen kann. Exit-Code 0, wenn das Profil gültig ist, 64, wenn nicht.
&apos;discover --host H [--host H…] --output DATEI&apos; erreicht jeden Host über ssh, sucht dort AEM-Forms-Knoten, nur lesend, und schreibt, was es findet, als Profilentwurf: Knoten, Rollen, Pfade, die Formulardatenbank, gemeinsame Speicher, Start- und Stoppbefehle.
&apos;test DATEI&apos; führt jede nur lesende Prüfung eines Profils am Cluster aus: Hosts, was jede Sicherung vor dem Start prüft, jeden Pfad auf seinem Host, die Rolle jedes Knotens auf seiner Festplatte und seine Status-URL. Exit-Code 0, wenn nichts fehlschlägt, 2, wenn etwas fehlschlägt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>check FILE, test FILE, or discover.</source>
        <translation>check DATEI, test DATEI oder discover.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Say what to do: &apos;lifeboat profile check FILE&apos;, &apos;lifeboat profile test FILE&apos; or &apos;lifeboat profile discover&apos;.</source>
        <translation>Sagen Sie, was zu tun ist: &apos;lifeboat profile check DATEI&apos;, &apos;lifeboat profile test DATEI&apos; oder &apos;lifeboat profile discover&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run &apos;lifeboat profile --help&apos; for its options.</source>
        <translation>&apos;lifeboat profile --help&apos; zeigt die Optionen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The profile %1 is valid: %2 on %3 (cluster &quot;%4&quot;).</source>
        <translation>Das Profil %1 ist gültig: %2 auf %3 (Cluster „%4“).</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n Knoten</numerusform>
            <numerusform>%n Knoten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n Host</numerusform>
            <numerusform>%n Hosts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Something the profile says does not hold; fix what failed, then test it again.</source>
        <translation>Eine Angabe des Profils stimmt nicht; beheben Sie, was fehlgeschlagen ist, und testen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything Lifeboat can check without changing anything holds.</source>
        <translation>Alles, was Lifeboat prüfen kann, ohne etwas zu ändern, stimmt.</translation>
    </message>
</context>
<context>
    <name>ProfileDiscovery</name>
    <message>
        <location filename="../app/ProfileDiscovery.cpp" line="+28"/>
        <source>Run &apos;lifeboat profile --help&apos; for its options.</source>
        <translation>&apos;lifeboat profile --help&apos; zeigt die Optionen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>discover: a host to look on, as [NAME=]ADDRESS[:PORT] (repeat for each).</source>
        <translation>discover: ein Host, auf dem gesucht wird, als [NAME=]ADRESSE[:PORT] (für jeden wiederholen).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discover: the ssh user on every host (default: ssh&apos;s).</source>
        <translation>discover: der ssh-Benutzer auf jedem Host (Standard: der von ssh).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>user</source>
        <translation>benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discover: the ssh private key (default: ssh-agent and ssh&apos;s keys).</source>
        <translation>discover: der private ssh-Schlüssel (Standard: ssh-agent und die Schlüssel von ssh).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>discover: an ssh_config file for every host.</source>
        <translation>discover: eine ssh_config-Datei für jeden Host.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discover: where Lifeboat&apos;s helper is on the hosts.</source>
        <translation>discover: wo das Hilfsprogramm von Lifeboat auf den Hosts liegt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>path</source>
        <translation>pfad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discover: the known_hosts file the profile will use (default: known_hosts beside --output).</source>
        <translation>discover: die known_hosts-Datei, die das Profil verwenden wird (Standard: known_hosts neben --output).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>discover: a folder to look below (repeat; default: %1).</source>
        <translation>discover: ein Ordner, unter dem gesucht wird (wiederholbar; Standard: %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>dir</source>
        <translation>verz</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>discover: the profile to write (it must not exist yet).</source>
        <translation>discover: das zu schreibende Profil (es darf noch nicht existieren).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discover: where backup sets will go, on this machine.</source>
        <translation>discover: wohin die Sicherungssätze kommen, auf diesem Rechner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discover, test: trust HOST&apos;s key with this fingerprint without asking (repeat for each).</source>
        <translation>discover, test: dem Schlüssel von HOST mit diesem Fingerabdruck ohne Rückfrage vertrauen (für jeden wiederholen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host=SHA256:…</source>
        <translation>host=SHA256:…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;profile discover&apos; needs --host for each host to look on, and --output FILE.</source>
        <translation>&apos;profile discover&apos; braucht --host für jeden Host, auf dem gesucht wird, und --output DATEI.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 exists already; discovery never writes over a profile. Choose another --output.</source>
        <translation>%1 existiert bereits; die Suche überschreibt nie ein Profil. Wählen Sie ein anderes --output.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--host %1: write it as [NAME=]ADDRESS[:PORT], for example node1=10.0.0.11:22.</source>
        <translation>--host %1: schreiben Sie es als [NAME=]ADRESSE[:PORT], zum Beispiel node1=10.0.0.11:22.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing was written: a host could not be used. Fix what the check says and run again.</source>
        <translation>Nichts wurde geschrieben: Ein Host konnte nicht verwendet werden. Beheben Sie, was die Prüfung sagt, und starten Sie erneut.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The profile names the secret %1, whose value is never read: give it as %2, in the secrets file, or when asked.</source>
        <translation>Das Profil nennt das Geheimnis %1, dessen Wert nie gelesen wird: Geben Sie ihn als %2 an, in der Geheimnisdatei oder auf Nachfrage.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Wrote %1 with %n node(s).</source>
        <translation>
            <numerusform>%1 mit %n Knoten geschrieben.</numerusform>
            <numerusform>%1 mit %n Knoten geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still to fill in before it loads (or run &apos;lifeboat profile check %1&apos;):</source>
        <translation>Noch einzutragen, bevor es sich laden lässt (oder führen Sie &apos;lifeboat profile check %1&apos; aus):</translation>
    </message>
</context>
<context>
    <name>ProfileEditorPages</name>
    <message>
        <location filename="../ui/ProfileEditorPages.cpp" line="+24"/>
        <source>%1 Write it as a {secret:NAME} reference, never the password itself. &quot;Set secret…&quot; stores its value in the secrets file when you save; without a value there, Lifeboat asks for it at run time.</source>
        <translation>%1 Schreiben Sie einen Verweis {secret:NAME}, nie das Passwort selbst. „Geheimnis festlegen…“ legt seinen Wert beim Speichern in der Geheimnisdatei ab; steht dort kein Wert, fragt Lifeboat zur Laufzeit danach.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Fill in the node&apos;s application server folder first: the commands are in it.</source>
        <translation>Tragen Sie zuerst den Ordner des Anwendungsservers des Knotens ein: Die Befehle liegen darin.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The host (a name from Hosts) through which Lifeboat reaches %1. Empty: the machine Lifeboat runs on.</source>
        <translation>Der Host (ein Name aus „Hosts“), über den Lifeboat %1 erreicht. Leer: der Rechner, auf dem Lifeboat läuft.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The hosts that Lifeboat reaches over ssh, with the system&apos;s OpenSSH client (key or ssh-agent login, never a password). Without hosts, every path is on the Lifeboat machine.</source>
        <translation>Die Hosts, die Lifeboat über ssh erreicht, mit dem OpenSSH-Client des Systems (Anmeldung per Schlüssel oder ssh-agent, nie per Passwort). Ohne Hosts liegt jeder Pfad auf dem Lifeboat-Rechner.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>host%1</source>
        <translation>host%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Hosts</source>
        <translation>&amp;Hosts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A&amp;dd host</source>
        <translation>Host hin&amp;zufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;move host</source>
        <translation>Host ent&amp;fernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+190"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>How nodes and the shared stores refer to the host. Use the node&apos;s DNS name, so that {host} in its commands stays the same.</source>
        <translation>Der Name, unter dem Knoten und gemeinsame Speicher auf den Host verweisen. Verwenden Sie den DNS-Namen des Knotens, damit {host} in seinen Befehlen gleich bleibt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The DNS name or IP address that ssh connects to.</source>
        <translation>Der DNS-Name oder die IP-Adresse, mit der sich ssh verbindet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Por&amp;t</source>
        <translation>Por&amp;t</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The ssh port (usually 22).</source>
        <translation>Der ssh-Port (meist 22).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+201"/>
        <location line="+61"/>
        <source>&amp;User</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <location line="-262"/>
        <source>The login. Empty: ssh&apos;s default (your user name, or the ssh config&apos;s).</source>
        <translation>Der Anmeldename. Leer: der Standard von ssh (Ihr Benutzername oder der aus der ssh-Konfiguration).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Identity file</source>
        <translation>&amp;Identitätsdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A private key for this host. Empty: your ssh-agent and ssh&apos;s default keys.</source>
        <translation>Ein privater Schlüssel für diesen Host. Leer: Ihr ssh-agent und die Standardschlüssel von ssh.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the helper with sud&amp;o</source>
        <translation>Hilfsprogramm mit sud&amp;o ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run lifeboat-agent through sudo -n, for a login that is not the AEM files&apos; owner. The sudoers rule must allow exactly that command without a password.</source>
        <translation>lifeboat-agent über sudo -n ausführen, für eine Anmeldung, der die AEM-Dateien nicht gehören. Die sudoers-Regel muss genau diesen Befehl ohne Passwort erlauben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ssh &amp;config file</source>
        <translation>ssh-&amp;Konfigurationsdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An ssh_config file passed with -F (jump hosts, proxies). Keep the address and port the real ones: host keys are checked for them.</source>
        <translation>Eine ssh_config-Datei, die mit -F übergeben wird (Jump-Hosts, Proxys). Tragen Sie als Adresse und Port die echten ein: Für sie werden die Hostschlüssel geprüft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Helper &amp;path</source>
        <translation>&amp;Pfad des Hilfsprogramms</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where lifeboat-agent is on that host.</source>
        <translation>Wo lifeboat-agent auf diesem Host liegt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every AEM node of the cluster: one primary author node, the secondaries and the publish nodes, with where each keeps its files and how to reach and control it.</source>
        <translation>Jeder AEM-Knoten des Clusters: ein primärer Autorenknoten, die sekundären Knoten und die Veröffentlichungsknoten, mit dem Ort ihrer Dateien und wie sie erreicht und gesteuert werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+150"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>node%1</source>
        <translation>node%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Nodes</source>
        <translation>&amp;Knoten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A&amp;dd node</source>
        <translation>Knoten hin&amp;zufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;move node</source>
        <translation>Knoten ent&amp;fernen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Node n&amp;ame</source>
        <translation>Knoten&amp;name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The node&apos;s name in Lifeboat (for example node1), unique; filled into its commands as {node}.</source>
        <translation>Der Name des Knotens in Lifeboat (zum Beispiel node1), eindeutig; wird in seine Befehle als {node} eingesetzt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>primary: the author cluster&apos;s primary node (exactly one); secondary: the other author nodes; publish: a Correspondence Management publish node.</source>
        <translation>primär: der primäre Knoten des Autorenclusters (genau einer); sekundär: die anderen Autorenknoten; Veröffentlichung: ein Veröffentlichungsknoten von Correspondence Management.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>primary</source>
        <translation>primär</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>secondary</source>
        <translation>sekundär</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>publish</source>
        <translation>Veröffentlichung</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+137"/>
        <source>&amp;Host</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>The node&apos;s DNS name, filled into its commands as {host}. When Hosts lists it, the node&apos;s files are read and written on that host, and its paths must be absolute.</source>
        <translation>Der DNS-Name des Knotens, wird in seine Befehle als {host} eingesetzt. Steht er unter „Hosts“, werden die Dateien des Knotens auf diesem Host gelesen und geschrieben, und seine Pfade müssen absolut sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Repository</source>
        <translation>Repo&amp;sitory-Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required. The node&apos;s crx-repository folder: the AEM repository, with repository/, clusterNode/ and, on a secondary node, its crx.NNNN copy.</source>
        <translation>Erforderlich. Der Ordner crx-repository des Knotens: das AEM-Repository mit repository/, clusterNode/ und, auf einem sekundären Knoten, seiner Kopie crx.NNNN.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Application server &amp;folder</source>
        <translation>Anwendun&amp;gsserver-Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The node&apos;s application server root folder (for JBoss, for example, /opt/jboss).</source>
        <translation>Der Stammordner des Anwendungsservers des Knotens (bei JBoss zum Beispiel /opt/jboss).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Bootstrap properties</source>
        <translation>&amp;Bootstrap-Eigenschaften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The application server&apos;s bootstrap properties file, which AEM creates on every secondary node; you need it to recover a secondary. JBoss keeps it in bin, WebLogic in the domain folder, WebSphere in the profile folder. Leave it empty on the primary and on publish nodes.</source>
        <translation>Die Bootstrap-Eigenschaftendatei des Anwendungsservers, die AEM auf jedem sekundären Knoten anlegt; Sie brauchen sie, um einen sekundären Knoten wiederherzustellen. JBoss legt sie in bin ab, WebLogic im Domänenordner, WebSphere im Profilordner. Lassen Sie das Feld beim primären Knoten und bei Veröffentlichungsknoten leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Error lo&amp;g</source>
        <translation>Fehlerprotoko&amp;ll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AEM&apos;s error.log of this node (usually crx-repository/logs/error.log), where &quot;repository unsync&quot; shows.</source>
        <translation>Die error.log von AEM auf diesem Knoten (meist crx-repository/logs/error.log), in der „repository unsync“ erscheint.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A text file you keep up to date with the system version and every patch applied since the last system image. A recovery must bring the node back to this level.</source>
        <translation>Eine Textdatei, die Sie mit der Systemversion und jedem seit dem letzten System-Image eingespielten Patch aktuell halten. Eine Wiederherstellung muss den Knoten wieder auf diesen Stand bringen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inde&amp;x root</source>
        <translation>Inde&amp;x-Stammverzeichnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author nodes with Content Services: the node&apos;s Index Root, which restore-cluster empties and fills from the Content Storage Root&apos;s indexes.</source>
        <translation>Autorenknoten mit Content Services: das Index-Stammverzeichnis (Index Root) des Knotens, das restore-cluster leert und aus den Indizes des Content Storage Root füllt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temporar&amp;y directories</source>
        <translation>&amp;Temporäre Verzeichnisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One folder a line: the AEM forms temporary folders of the node, emptied into the quarantine before a restored node starts. Only folders that hold nothing but AEM forms&apos; temporary files, never /tmp.</source>
        <translation>Ein Ordner pro Zeile: die temporären Ordner von AEM Forms auf dem Knoten, die in die Quarantäne geleert werden, bevor ein wiederhergestellter Knoten startet. Nur Ordner, die nichts als temporäre Dateien von AEM Forms enthalten, nie /tmp.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Online backup endpoint (AEM&apos;s HTTP interface)</source>
        <translation>Endpunkt für die Online-Sicherung (HTTP-Schnittstelle von AEM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP UR&amp;L</source>
        <translation>HTTP-&amp;URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheme, host and port, for example http://aem-node1.example.com:8080/lc. Always write the port: {port} in the commands comes from here. A path is the context root of AEM&apos;s console.</source>
        <translation>Schema, Host und Port, zum Beispiel http://aem-node1.example.com:8080/lc. Schreiben Sie immer den Port: {port} in den Befehlen kommt von hier. Ein Pfad ist der Kontext-Root der AEM-Konsole.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTTP &amp;user</source>
        <translation>HTTP-B&amp;enutzer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The AEM user for basic authentication.</source>
        <translation>Der AEM-Benutzer für die Basic-Authentifizierung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+105"/>
        <location line="+59"/>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;wort</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>That user&apos;s password.</source>
        <translation>Das Passwort dieses Benutzers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status &amp;path</source>
        <translation>Status&amp;pfad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A path that answers a GET with a 2xx status while the node is up, for example /lc/system/console/bundles.json. It replaces any path in the URL.</source>
        <translation>Ein Pfad, der auf ein GET mit einem 2xx-Status antwortet, solange der Knoten läuft, zum Beispiel /lc/system/console/bundles.json. Er ersetzt einen Pfad in der URL.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start and stop</source>
        <translation>Starten und Stoppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>systemd unit %1 (systemctl start, stop)</source>
        <translation>systemd-Unit %1 (systemctl start, stop)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JBoss (standalone.sh, jboss-cli.sh :shutdown)</source>
        <translation>JBoss (standalone.sh, jboss-cli.sh :shutdown)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebLogic domain (startWebLogic.sh, stopWebLogic.sh)</source>
        <translation>WebLogic-Domäne (startWebLogic.sh, stopWebLogic.sh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebSphere profile (startServer.sh, stopServer.sh server1)</source>
        <translation>WebSphere-Profil (startServer.sh, stopServer.sh server1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready-made &amp;commands</source>
        <translation>&amp;Vorgefertigte Befehle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fills in start and stop commands for this node from its fields: over ssh to its host, or on this machine. Adjust them to your installation (the systemd unit&apos;s name, for one).</source>
        <translation>Trägt Start- und Stoppbefehle für diesen Knoten aus seinen Feldern ein: über ssh auf seinem Host oder auf diesem Rechner. Passen Sie sie an Ihre Installation an (etwa den Namen der systemd-Unit).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill in</source>
        <translation>Eintragen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ready-made commands</source>
        <translation>Vorgefertigte Befehle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>One argument a line, the program first; no shell. It may use {node}, {host}, {port} and {profile}.</source>
        <translation>Ein Argument pro Zeile, das Programm zuerst; keine Shell. Verwendbar sind {node}, {host}, {port} und {profile}.</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Rol&amp;e</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Patch le&amp;vel file</source>
        <translation>Patch-Level-&amp;Datei</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Star&amp;t command</source>
        <translation>St&amp;artbefehl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command that starts the node&apos;s application server. %1</source>
        <translation>Der Befehl, der den Anwendungsserver des Knotens startet. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>St&amp;op command</source>
        <translation>St&amp;oppbefehl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The command that stops it. %1</source>
        <translation>Der Befehl, der ihn stoppt. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;imeout (seconds)</source>
        <translation>Zeitli&amp;mit (Sekunden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long start or stop may run, and how long Lifeboat then waits for the node to answer or to release its repository. AEM Forms on JBoss often takes minutes to start: be generous.</source>
        <translation>Wie lange Start oder Stopp dauern darf und wie lange Lifeboat danach wartet, bis der Knoten antwortet oder sein Repository freigibt. AEM Forms auf JBoss braucht oft Minuten zum Starten: Seien Sie großzügig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shared storage</source>
        <translation>Gemeinsamer Speicher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The stores every node uses: the GDS, the fonts, the connectors&apos; data and the Content Storage Root.</source>
        <translation>Die Speicher, die jeder Knoten verwendet: der GDS, die Schriftarten, die Daten der Konnektoren und der Content Storage Root.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;GDS</source>
        <translation>&amp;GDS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Global Document Storage folder, usually a network share every node mounts at the same path.</source>
        <translation>Der Ordner des Global Document Storage, meist eine Netzwerkfreigabe, die jeder Knoten unter demselben Pfad einhängt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GDS &amp;host</source>
        <translation>&amp;Host des GDS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the GDS</source>
        <translation>den GDS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fonts</source>
        <translation>Schrift&amp;arten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One folder a line: every font folder AEM Forms is configured with, customer fonts included.</source>
        <translation>Ein Ordner pro Zeile: jeder Schriftartenordner, mit dem AEM Forms konfiguriert ist, Kundenschriftarten eingeschlossen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fonts h&amp;ost</source>
        <translation>H&amp;ost der Schriftarten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the fonts</source>
        <translation>die Schriftarten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Connectors</source>
        <translation>&amp;Konnektoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder that holds connector data (for example, the ECM connectors&apos; configuration).</source>
        <translation>Der Ordner mit den Daten der Konnektoren (zum Beispiel der Konfiguration der ECM-Konnektoren).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connectors hos&amp;t</source>
        <translation>Hos&amp;t der Konnektoren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the connectors</source>
        <translation>die Konnektoren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content Storage &amp;Root</source>
        <translation>Content Storage &amp;Root</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Content Storage Root of the deprecated Content Services, if you still use it; empty if not.</source>
        <translation>Der Content Storage Root der veralteten Content Services, falls Sie sie noch verwenden; sonst leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cont&amp;ent Storage Root host</source>
        <translation>Host des Cont&amp;ent Storage Root</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Content Storage Root</source>
        <translation>den Content Storage Root</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Databases</source>
        <translation>Datenbanken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The forms database and every custom database that must be backed up in the same window.</source>
        <translation>Die Formulardatenbank und jede eigene Datenbank, die im selben Zeitfenster gesichert werden muss.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Data&amp;bases</source>
        <translation>Datenban&amp;ken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A&amp;dd database</source>
        <translation>Datenbank hin&amp;zufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;move database</source>
        <translation>Datenbank ent&amp;fernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A name for the database, shown to people, for example forms.</source>
        <translation>Ein Name für die Datenbank, der Menschen angezeigt wird, zum Beispiel forms.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MariaDB (or MySQL), PostgreSQL or SQLite.</source>
        <translation>MariaDB (oder MySQL), PostgreSQL oder SQLite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MariaDB or MySQL</source>
        <translation>MariaDB oder MySQL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Path</source>
        <translation>&amp;Pfad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SQLite only: the database file.</source>
        <translation>Nur SQLite: die Datenbankdatei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MariaDB, PostgreSQL: the database server&apos;s host name.</source>
        <translation>MariaDB, PostgreSQL: der Hostname des Datenbankservers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Po&amp;rt</source>
        <translation>Por&amp;t</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Its TCP port, for example 3306 or 5432; 0: the default.</source>
        <translation>Sein TCP-Port, zum Beispiel 3306 oder 5432; 0: der Standard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>So&amp;cket</source>
        <translation>So&amp;cket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Unix socket to use instead of host and port, as an absolute path.</source>
        <translation>Ein Unix-Socket, der statt Host und Port verwendet wird, als absoluter Pfad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;atabase name</source>
        <translation>&amp;Datenbankname</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The database (schema) name.</source>
        <translation>Der Name der Datenbank (des Schemas).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user to connect as: one that may read everything for a backup, and replace the database for restore-cluster.</source>
        <translation>Der Benutzer für die Verbindung: einer, der für eine Sicherung alles lesen und für restore-cluster die Datenbank ersetzen darf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database user&apos;s password.</source>
        <translation>Das Passwort des Datenbankbenutzers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;GDS reference query</source>
        <translation>&amp;GDS-Referenzabfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An SQL query that lists every GDS document the database refers to: its path relative to the GDS, and its SHA-256. Empty for a database that refers to no GDS document.</source>
        <translation>Eine SQL-Abfrage, die jedes GDS-Dokument auflistet, auf das die Datenbank verweist: seinen Pfad relativ zum GDS und seinen SHA-256. Leer für eine Datenbank, die auf kein GDS-Dokument verweist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Control commands</source>
        <translation>Steuerbefehle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The commands that put the forms server into LCBackupMode and take it out again, so that the GDS backup stays consistent with the database backup. Each node&apos;s start and stop commands are on the Nodes page.</source>
        <translation>Die Befehle, die den Formularserver in den LCBackupMode versetzen und wieder herausholen, damit die GDS-Sicherung zur Datenbanksicherung passt. Die Start- und Stoppbefehle jedes Knotens stehen auf der Seite „Knoten“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One argument a line, the program first; no shell. It may use {host}, {port}, {user} and {password}; pass the password as the command&apos;s input where the program can read it.</source>
        <translation>Ein Argument pro Zeile, das Programm zuerst; keine Shell. Verwendbar sind {host}, {port}, {user} und {password}; übergeben Sie das Passwort als Eingabe des Befehls, wenn das Programm es dort lesen kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 Entering also knows {label} and {timeout}.</source>
        <translation>%1 Beim Aktivieren sind außerdem {label} und {timeout} verfügbar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text written to the command&apos;s standard input, with the same placeholders: the way to hand it {password} without showing it in the process list. Empty: no input.</source>
        <translation>Text, der in die Standardeingabe des Befehls geschrieben wird, mit denselben Platzhaltern: so erhält er {password}, ohne dass es in der Prozessliste erscheint. Leer: keine Eingabe.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>E&amp;nter safe backup mode</source>
        <translation>Momentaufnahme-Sicherungsmodus &amp;aktivieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+3"/>
        <source>Its input</source>
        <translation>Seine Eingabe</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Usually LCBackupMode.sh enter with its options. %1</source>
        <translation>Meist LCBackupMode.sh enter mit seinen Optionen. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usually LCBackupMode.sh leave with its options. %1</source>
        <translation>Meist LCBackupMode.sh leave mit seinen Optionen. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usually LCBackupMode.sh enterContinuousCoverage with its options. %1</source>
        <translation>Meist LCBackupMode.sh enterContinuousCoverage mit seinen Optionen. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usually LCBackupMode.sh leaveContinuousCoverage with its options. %1</source>
        <translation>Meist LCBackupMode.sh leaveContinuousCoverage mit seinen Optionen. %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Leave safe backup mode</source>
        <translation>Momentaufnahme-Sicherungsmodus &amp;verlassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter &amp;rolling backup mode</source>
        <translation>&amp;Rolling-Sicherungsmodus aktivieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lea&amp;ve rolling backup mode</source>
        <translation>Rolling-Sicherungsmodus ver&amp;lassen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Online backup</source>
        <translation>Online-Sicherung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The forms server that LCBackupMode talks to for a backup while the cluster runs (safe and rolling backup mode). LCBackupMode does not work when SSL is configured on the forms server.</source>
        <translation>Der Formularserver, mit dem LCBackupMode für eine Sicherung bei laufendem Cluster spricht (Momentaufnahme- und Rolling-Sicherungsmodus). LCBackupMode funktioniert nicht, wenn auf dem Formularserver SSL konfiguriert ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forms server &amp;host</source>
        <translation>&amp;Host des Formularservers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The forms server to talk to, filled into the backup-mode commands as {host}.</source>
        <translation>Der Formularserver, mit dem LCBackupMode spricht; wird in die Befehle für den Sicherungsmodus als {host} eingesetzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Its HTTP port, filled in as {port}.</source>
        <translation>Sein HTTP-Port, eingesetzt als {port}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An AEM Forms administrator, filled in as {user}.</source>
        <translation>Ein Administrator von AEM Forms, eingesetzt als {user}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That administrator&apos;s password, filled in as {password}.</source>
        <translation>Das Passwort dieses Administrators, eingesetzt als {password}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backup root</source>
        <translation>Sicherungsverzeichnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where the backup sets go, and the cluster&apos;s own settings.</source>
        <translation>Wohin die Sicherungssätze kommen, und die eigenen Einstellungen des Clusters.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cluster &amp;name</source>
        <translation>Cluster&amp;name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required. A name for the cluster, shown to people, for example aem-forms-prod.</source>
        <translation>Erforderlich. Ein Name für den Cluster, der Menschen angezeigt wird, zum Beispiel aem-forms-prod.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applicat&amp;ion server</source>
        <translation>An&amp;wendungsserver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The application server that AEM Forms on JEE runs on.</source>
        <translation>Der Anwendungsserver, auf dem AEM Forms on JEE läuft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JBoss</source>
        <translation>JBoss</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WebLogic</source>
        <translation>WebLogic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebSphere</source>
        <translation>WebSphere</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Backup root</source>
        <translation>Sicherungs&amp;verzeichnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required. The folder that holds the backup sets, on the Lifeboat machine.</source>
        <translation>Erforderlich. Der Ordner mit den Sicherungssätzen, auf dem Lifeboat-Rechner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Full backup every</source>
        <translation>Vollsicherung &amp;alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A full backup set every this many backups of one strategy; the ones between are incremental. 1 makes every set full.</source>
        <translation>Ein vollständiger Sicherungssatz nach je so vielen Sicherungen einer Strategie; die dazwischen sind inkrementell. 1 macht jeden Satz vollständig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secre&amp;ts file</source>
        <translation>&amp;Geheimnisdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A JSON file with the secrets&apos; values, readable only by its owner (mode 600). &quot;Set secret…&quot; writes to it; without one, a new secret goes to secrets.json beside the profile.</source>
        <translation>Eine JSON-Datei mit den Werten der Geheimnisse, nur für ihren Eigentümer lesbar (Modus 600). „Geheimnis festlegen…“ schreibt hinein; ohne sie kommt ein neues Geheimnis in secrets.json neben dem Profil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Known hosts file</source>
        <translation>Datei der be&amp;kannten Hosts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The OpenSSH known_hosts file with the host keys you trusted. Empty: Lifeboat&apos;s own.</source>
        <translation>Die known_hosts-Datei von OpenSSH mit den Hostschlüsseln, denen Sie vertraut haben. Leer: die von Lifeboat.</translation>
    </message>
</context>
<context>
    <name>ProfileProblem</name>
    <message>
        <location filename="../engine/profile/ProfileProblem.cpp" line="+14"/>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation>Meinten Sie „%1“?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>ProfileSchema</name>
    <message>
        <location filename="../engine/profile/ProfileSchema.cpp" line="+134"/>
        <location line="+27"/>
        <location line="+110"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location line="-135"/>
        <location line="+21"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an array of strings</source>
        <translation>ein Array von Zeichenketten</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <location line="+124"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>an array of objects</source>
        <translation>ein Array von Objekten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a command (an array of strings, or an object with &quot;arguments&quot;)</source>
        <translation>ein Befehl (ein Array von Zeichenketten oder ein Objekt mit &quot;arguments&quot;)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unknown key.</source>
        <translation>Unbekannter Schlüssel.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Missing: this key is required.</source>
        <translation>Fehlt: Dieser Schlüssel ist erforderlich.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Must be %1, not %2.</source>
        <translation>Muss %1 sein, nicht %2.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Must not be empty.</source>
        <translation>Darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Must be one of %1, not &quot;%2&quot;.</source>
        <translation>Muss einer dieser Werte sein: %1, nicht „%2“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Must be a whole number, not %1.</source>
        <translation>Muss eine ganze Zahl sein, nicht %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Must be between %1 and %2, not %3.</source>
        <translation>Muss zwischen %1 und %2 liegen, nicht %3.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>&quot;%1&quot; cannot be filled in this command; it knows %2.</source>
        <translation>„%1“ kann in diesem Befehl nicht ausgefüllt werden; er kennt %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;{secret:}&quot; names no secret.</source>
        <translation>„{secret:}“ nennt kein Geheimnis.</translation>
    </message>
</context>
<context>
    <name>ProfileTest</name>
    <message>
        <location filename="../engine/scenarios/ProfileTest.cpp" line="+65"/>
        <source>%1&apos;s paths are on its host</source>
        <translation>Die Pfade von %1 liegen auf seinem Host</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <location line="+29"/>
        <source>Not there: %1.</source>
        <translation>Nicht vorhanden: %1.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Correct the path in the profile (Edit…), or check the host.</source>
        <translation>Korrigieren Sie den Pfad im Profil (Bearbeiten…), oder prüfen Sie den Host.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A node that has never run has no error.log yet; otherwise correct the path.</source>
        <translation>Ein Knoten, der noch nie lief, hat noch keine error.log; andernfalls korrigieren Sie den Pfad.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The shared stores are on their hosts</source>
        <translation>Die gemeinsamen Speicher liegen auf ihren Hosts</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Correct the path or its host in the profile (Edit…).</source>
        <translation>Korrigieren Sie den Pfad oder seinen Host im Profil (Bearbeiten…).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1&apos;s role is the one its disk tells</source>
        <translation>Die Rolle von %1 stimmt mit seiner Festplatte überein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, cluster node id %1</source>
        <translation> (Clusterknoten-ID %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its disk does not tell whether it is the primary%1.</source>
        <translation>Auf seiner Festplatte ist nicht zu erkennen, ob der Knoten%1 der primäre ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check its role by hand: %1</source>
        <translation>Prüfen Sie seine Rolle von Hand: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile says %1; its disk says %2 (%3).</source>
        <translation>Das Profil sagt %1; seine Festplatte sagt %2 (%3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct its role in the profile: a wrong primary is restored in the wrong order.</source>
        <translation>Korrigieren Sie seine Rolle im Profil: Ein falscher primärer Knoten wird in der falschen Reihenfolge wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)%3</source>
        <translation>%1 (%2)%3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1&apos;s start and stop programs are on its host</source>
        <translation>Die Start- und Stoppprogramme von %1 liegen auf seinem Host</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not there, or not executable: %1.</source>
        <translation>Nicht vorhanden oder nicht ausführbar: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the node&apos;s start or stop command (Edit…), or check the host.</source>
        <translation>Korrigieren Sie den Start- oder Stoppbefehl des Knotens (Bearbeiten…), oder prüfen Sie den Host.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to look for: the commands run here, or by a name the host&apos;s PATH finds.</source>
        <translation>Nichts zu suchen: Die Befehle laufen hier oder über einen Namen, den der PATH des Hosts findet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 answers at its status URL</source>
        <translation>%1 antwortet unter seiner Status-URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile gives no HTTP address for %1.</source>
        <translation>Das Profil nennt keine HTTP-Adresse für %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in its http.url and statusPath (Edit…).</source>
        <translation>Tragen Sie seine http.url und seinen statusPath ein (Bearbeiten…).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not answer.</source>
        <translation>%1 antwortet nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the node is up, correct its HTTP address, user, password or status path.</source>
        <translation>Wenn der Knoten läuft, korrigieren Sie seine HTTP-Adresse, seinen Benutzer, sein Passwort oder seinen Statuspfad.</translation>
    </message>
</context>
<context>
    <name>PromoteSecondaryFolderStep</name>
    <message>
        <location filename="../engine/steps/PromoteSecondaryFolderStep.cpp" line="+28"/>
        <source>Copy the secondary repository folder (crx.NNNN) of %1 into its repository and remove it</source>
        <translation>Den sekundären Repository-Ordner (crx.NNNN) von %1 in sein Repository kopieren und entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the secondary repository folder (crx.NNNN) of %1 into its repository</source>
        <translation>Den sekundären Repository-Ordner (crx.NNNN) von %1 in sein Repository kopieren</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no crx.NNNN folder there now; checked again when the step runs</source>
        <translation>derzeit kein crx.NNNN-Ordner vorhanden; wird bei Ausführung des Schritts erneut geprüft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its files, into %1/repository</source>
        <translation>seine Dateien, nach %1/repository</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>then the emptied folder, to the quarantine</source>
        <translation>dann den geleerten Ordner in die Quarantäne</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no secondary repository folder (crx.NNNN); nothing to copy.</source>
        <translation>%1 hat keinen sekundären Repository-Ordner (crx.NNNN); nichts zu kopieren.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot copy %1 to %2. %3</source>
        <translation>%1 kann nicht nach %2 kopiert werden. %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>files from %1</source>
        <translation>Dateien aus %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>to %1</source>
        <translation>nach %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Copied %n file(s) from %1 into %2.</source>
        <translation>
            <numerusform>%n Datei aus %1 nach %2 kopiert.</numerusform>
            <numerusform>%n Dateien aus %1 nach %2 kopiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PruneCommand</name>
    <message>
        <location filename="../app/PruneCommand.cpp" line="+26"/>
        <source>Run &apos;lifeboat prune --help&apos; for its options.</source>
        <translation>Führen Sie &apos;lifeboat prune --help&apos; aus, um seine Optionen zu sehen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete all but the N newest backup sets (and stale unfinished ones)</source>
        <translation>Alle außer den N neuesten Sicherungssätzen löschen (und veraltete unvollendete)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keeps the N newest complete backup sets of a profile and deletes the older ones, and deletes unfinished (.partial) sets that nothing has changed for 24 hours. Prints every set it removes.</source>
        <translation>Behält die N neuesten vollständigen Sicherungssätze eines Profils, löscht die älteren und löscht unvollendete (.partial) Sätze, die seit 24 Stunden unverändert sind. Gibt jeden entfernten Satz aus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cluster profile (JSON) whose backup root is pruned.</source>
        <translation>Das Clusterprofil (JSON), dessen Sicherungsverzeichnis bereinigt wird.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many of the newest complete sets to keep (at least 1).</source>
        <translation>Wie viele der neuesten vollständigen Sätze behalten werden (mindestens 1).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only print what would be removed; change nothing.</source>
        <translation>Nur ausgeben, was entfernt würde; nichts ändern.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Unerwartetes Argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--profile is required (a sandbox has one at DIR/cluster.json).</source>
        <translation>--profile ist erforderlich (eine Sandbox hat es unter VERZ/cluster.json).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--keep must be a whole number of at least 1: prune never deletes the newest backup set.</source>
        <translation>--keep muss eine ganze Zahl von mindestens 1 sein: prune löscht nie den neuesten Sicherungssatz.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Would remove %1 (%2)</source>
        <translation>Würde %1 entfernen (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removing %1 (%2)</source>
        <translation>Entferne %1 (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown strategy</source>
        <translation>unbekannte Strategie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keeping %1 (%2)</source>
        <translation>Behalte %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>unfinished, untouched for %n hour(s)</source>
        <translation>
            <numerusform>unvollendet, seit %n Stunde unverändert</numerusform>
            <numerusform>unvollendet, seit %n Stunden unverändert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to remove in %1.</source>
        <translation>In %1 gibt es nichts zu entfernen.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Dry run: %n set(s) would be removed, freeing at least %1. Nothing was changed.</source>
        <translation>
            <numerusform>Probelauf: %n Satz würde entfernt und mindestens %1 freigegeben. Es wurde nichts geändert.</numerusform>
            <numerusform>Probelauf: %n Sätze würden entfernt und mindestens %1 freigegeben. Es wurde nichts geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Removed %n set(s); their archives took %1.</source>
        <translation>
            <numerusform>%n Satz entfernt; seine Archive belegten %1.</numerusform>
            <numerusform>%n Sätze entfernt; ihre Archive belegten %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n set(s) could not be removed completely; see the messages above.</source>
        <translation>
            <numerusform>%n Satz konnte nicht vollständig entfernt werden; siehe die Meldungen oben.</numerusform>
            <numerusform>%n Sätze konnten nicht vollständig entfernt werden; siehe die Meldungen oben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-22"/>
        <source>kept: %1 holds files of %2</source>
        <translation>behalten: %1 enthält Dateien von %2</translation>
    </message>
</context>
<context>
    <name>PublishBackupSetStep</name>
    <message>
        <location filename="../engine/steps/PublishBackupSetStep.cpp" line="+48"/>
        <source>signed with %1</source>
        <translation>signiert mit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>renamed to %1 once verified</source>
        <translation>nach der Prüfung in %1 umbenannt</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The backup set %1 is already complete.</source>
        <translation>Der Sicherungssatz %1 ist bereits vollständig.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot rename %1 to %2.</source>
        <translation>%1 kann nicht in %2 umbenannt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>complete, verified backup set</source>
        <translation>vollständiger, geprüfter Sicherungssatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup set %1 is complete.</source>
        <translation>Sicherungssatz %1 ist vollständig.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The backup set cannot be signed, so it is not published: %1. Check &quot;signing&quot; in the profile (&apos;lifeboat check&apos; tries the key), then resume the run.</source>
        <translation>Der Sicherungssatz kann nicht signiert werden und wird daher nicht veröffentlicht: %1. Prüfen Sie &quot;signing&quot; im Profil (&apos;lifeboat check&apos; probiert den Schlüssel aus), und setzen Sie dann den Lauf fort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed SHA256SUMS with %1.</source>
        <translation>SHA256SUMS mit %1 signiert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The backup set does not read back as written, so it is not published: %1</source>
        <translation>Der Sicherungssatz liest sich nicht so zurück, wie er geschrieben wurde, daher wird er nicht veröffentlicht: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Read back %n file(s) from the archives; every one matches the manifest.</source>
        <translation>
            <numerusform>%n Datei aus den Archiven zurückgelesen; sie stimmt mit dem Manifest überein.</numerusform>
            <numerusform>%n Dateien aus den Archiven zurückgelesen; jede stimmt mit dem Manifest überein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n archive(s) had already been read back while the backup went on.</source>
        <translation>
            <numerusform>%n Archiv war bereits während der Sicherung zurückgelesen worden.</numerusform>
            <numerusform>%n Archive waren bereits während der Sicherung zurückgelesen worden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The set is %1.</source>
        <translation>Der Satz ist %1.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The archive of part %1 is missing or unreadable in %2.</source>
        <translation>Das Archiv von Teil %1 fehlt in %2 oder ist nicht lesbar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup set %1 has no parts.</source>
        <translation>Der Sicherungssatz %1 hat keine Teile.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot write the manifest of %1: %2</source>
        <translation>Das Manifest von %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write the manifest of %1. Check the free space.</source>
        <translation>Das Manifest von %1 kann nicht geschrieben werden. Prüfen Sie den freien Speicherplatz.</translation>
    </message>
    <message>
        <location filename="../engine/steps/PublishBackupSetStep.h" line="+25"/>
        <source>Verify the backup set and make it available</source>
        <translation>Den Sicherungssatz prüfen und bereitstellen</translation>
    </message>
    <message>
        <location filename="../engine/steps/PublishBackupSetStep.cpp" line="-99"/>
        <source>Cannot write %1 in %2. Check the free space.</source>
        <translation>%1 kann in %2 nicht geschrieben werden. Prüfen Sie den freien Speicherplatz.</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Cannot write %1 to the disk (fsync failed), so the set is not published.</source>
        <translation>%1 kann nicht auf die Platte geschrieben werden (fsync ist fehlgeschlagen), daher wird der Satz nicht veröffentlicht.</translation>
    </message>
</context>
<context>
    <name>PutBackFromQuarantineStep</name>
    <message>
        <location filename="../engine/steps/PutBackFromQuarantineStep.cpp" line="+35"/>
        <source>Put back what the restore %1 replaced</source>
        <translation>Zurücklegen, was die Wiederherstellung %1 ersetzt hat</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>loaded from %1, after a dump of what it holds now is kept in this run&apos;s quarantine</source>
        <translation>aus %1 geladen, nachdem ein Export des aktuellen Inhalts in der Quarantäne dieses Laufs aufbewahrt wurde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>restored from the backup; moved to the quarantine</source>
        <translation>aus der Sicherung wiederhergestellt; in die Quarantäne verschoben</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>back to %1</source>
        <translation>zurück nach %1</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>put in place by %1; now in this run&apos;s quarantine</source>
        <translation>von %1 eingesetzt; jetzt in der Quarantäne dieses Laufs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot move %1 back to %2.</source>
        <translation>%1 kann nicht nach %2 zurückverschoben werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The profile has no database named %1, so its contents kept in %2 cannot be loaded back. Add it to the profile again, or load the dump with the database&apos;s own client.</source>
        <translation>Das Profil hat keine Datenbank namens %1, daher kann ihr in %2 aufbewahrter Inhalt nicht zurückgeladen werden. Fügen Sie sie wieder zum Profil hinzu oder laden Sie den Export mit dem Client der Datenbank.</translation>
    </message>
    <message numerus="yes">
        <location line="-27"/>
        <source>Undid %n change(s) of the restore %1; the files are as they were before it.</source>
        <translation>
            <numerusform>%n Änderung der Wiederherstellung %1 rückgängig gemacht; die Dateien sind wie vor ihr.</numerusform>
            <numerusform>%n Änderungen der Wiederherstellung %1 rückgängig gemacht; die Dateien sind wie vor ihr.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <location filename="../app/Startup.cpp" line="+22"/>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[options]</source>
        <translation>[Optionen]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Displays help on commandline options.</source>
        <translation>Zeigt die Hilfe zu den Befehlszeilenoptionen an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Displays help, including generic Qt options.</source>
        <translation>Zeigt die Hilfe an, einschließlich der allgemeinen Qt-Optionen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Displays version information.</source>
        <translation>Zeigt die Versionsinformation an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Unbekannte Option &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown options: %1.</source>
        <translation>Unbekannte Optionen: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Fehlender Wert nach &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Unerwarteter Wert nach &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>Quarantine</name>
    <message>
        <location filename="../engine/restore/Quarantine.cpp" line="+89"/>
        <source>%1 is not below %2, so it cannot be quarantined there.</source>
        <translation>%1 liegt nicht unter %2 und kann daher dort nicht in Quarantäne verschoben werden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot move %1 into the quarantine %2. Check the permissions of %3.</source>
        <translation>%1 kann nicht in die Quarantäne %2 verschoben werden. Prüfen Sie die Berechtigungen von %3.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cannot create %1. Check the permissions of %2.</source>
        <translation>%1 kann nicht angelegt werden. Prüfen Sie die Berechtigungen von %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot write the quarantine index %1. Check the free space.</source>
        <translation>Der Quarantäne-Index %1 kann nicht geschrieben werden. Prüfen Sie den freien Speicherplatz.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Could not delete all of %1; check its permissions.</source>
        <translation>%1 konnte nicht vollständig gelöscht werden; prüfen Sie seine Berechtigungen.</translation>
    </message>
</context>
<context>
    <name>QuarantineCommand</name>
    <message>
        <location filename="../app/QuarantineCommand.cpp" line="+27"/>
        <source>Run &apos;lifeboat quarantine --help&apos; for its options.</source>
        <translation>Führen Sie &apos;lifeboat quarantine --help&apos; aus, um seine Optionen zu sehen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>List or purge what restores moved to the quarantine</source>
        <translation>Auflisten oder endgültig löschen, was Wiederherstellungen in die Quarantäne verschoben haben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A restore never deletes what it replaces: it moves it to a quarantine beside it, kept until you purge it. &apos;list&apos; shows every restore run&apos;s quarantine; &apos;purge --run ID&apos; (or --all) deletes them for good. To undo a restore instead, run the scenario rollback-restore --run ID.</source>
        <translation>Eine Wiederherstellung löscht nie, was sie ersetzt: Sie verschiebt es in eine Quarantäne daneben, die bleibt, bis Sie sie löschen. &apos;list&apos; zeigt die Quarantäne jedes Wiederherstellungslaufs; &apos;purge --run ID&apos; (oder --all) löscht sie endgültig. Um stattdessen eine Wiederherstellung rückgängig zu machen, führen Sie das Szenario rollback-restore --run ID aus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>list or purge</source>
        <translation>list oder purge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cluster profile (JSON).</source>
        <translation>Das Clusterprofil (JSON).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>purge: the restore run whose quarantine to delete.</source>
        <translation>purge: der Wiederherstellungslauf, dessen Quarantäne gelöscht wird.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>purge: every quarantine of the profile.</source>
        <translation>purge: jede Quarantäne des Profils.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>purge: do not ask (for scripts).</source>
        <translation>purge: nicht nachfragen (für Skripte).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list: print JSON.</source>
        <translation>list: JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Say what to do: &apos;lifeboat quarantine list&apos; or &apos;lifeboat quarantine purge&apos;.</source>
        <translation>Sagen Sie, was zu tun ist: &apos;lifeboat quarantine list&apos; oder &apos;lifeboat quarantine purge&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--profile is required (a sandbox has one at DIR/cluster.json).</source>
        <translation>--profile ist erforderlich (eine Sandbox hat es unter VERZ/cluster.json).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>purge needs either --run ID or --all.</source>
        <translation>purge braucht entweder --run ID oder --all.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No quarantine is kept for %1.</source>
        <translation>Für %1 wird keine Quarantäne aufbewahrt.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1  %2  %3, %n path(s) kept</source>
        <translation>
            <numerusform>%1  %2  %3, %n Pfad aufbewahrt</numerusform>
            <numerusform>%1  %2  %3, %n Pfade aufbewahrt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo a restore with: lifeboat run --profile %1 --scenario rollback-restore --run ID</source>
        <translation>Eine Wiederherstellung rückgängig machen mit: lifeboat run --profile %1 --scenario rollback-restore --run ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete a quarantine for good with: lifeboat quarantine purge --profile %1 --run ID</source>
        <translation>Eine Quarantäne endgültig löschen mit: lifeboat quarantine purge --profile %1 --run ID</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No quarantine of %1 matches; &apos;lifeboat quarantine list --profile %2&apos; shows them.</source>
        <translation>Keine Quarantäne von %1 passt; &apos;lifeboat quarantine list --profile %2&apos; zeigt sie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These folders will be deleted for good:</source>
        <translation>Diese Ordner werden endgültig gelöscht:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was deleted: there is no terminal to ask on. Add --yes to purge from a script.</source>
        <translation>Es wurde nichts gelöscht: Es gibt kein Terminal zum Nachfragen. Fügen Sie --yes hinzu, um aus einem Skript zu löschen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type &apos;purge&apos; to delete them: </source>
        <translation>Geben Sie &apos;purge&apos; ein, um sie zu löschen: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was deleted.</source>
        <translation>Es wurde nichts gelöscht.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Purged %n folder(s).</source>
        <translation>
            <numerusform>%n Ordner endgültig gelöscht.</numerusform>
            <numerusform>%n Ordner endgültig gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuarantinePathsStep</name>
    <message>
        <location filename="../engine/steps/QuarantinePathsStep.cpp" line="+31"/>
        <source>In %1: %2. Nothing is deleted: they move to the quarantine, kept until you purge it.</source>
        <translation>In %1: %2. Nichts wird gelöscht: Sie werden in die Quarantäne verschoben und dort aufbewahrt, bis Sie sie löschen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>its own crx.NNNN folder</source>
        <translation>sein eigener Ordner crx.NNNN</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The restored files had theirs taken out before the node stopped; only what stayed in place (%1) is searched.</source>
        <translation>Aus den wiederhergestellten Dateien wurden sie schon vor dem Anhalten des Knotens entfernt; durchsucht wird nur, was an Ort und Stelle blieb (%1).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>nothing in what stays in place (%1); the restored copy has these files taken out before the node stops, and the step looks again after the swap</source>
        <translation>nichts in dem, was an Ort und Stelle bleibt (%1); aus der wiederhergestellten Kopie werden diese Dateien vor dem Anhalten des Knotens entfernt, und der Schritt sieht nach dem Austausch noch einmal nach</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+23"/>
        <source>to %1</source>
        <translation>nach %1</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>nothing to move: none of %1 exists</source>
        <translation>nichts zu verschieben: keines von %1 existiert</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing to move in %1.</source>
        <translation>In %1 gibt es nichts zu verschieben.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Moved %n path(s) from %1 to the quarantine.</source>
        <translation>
            <numerusform>%n Pfad aus %1 in die Quarantäne verschoben.</numerusform>
            <numerusform>%n Pfade aus %1 in die Quarantäne verschoben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoverPublishClusterScenario</name>
    <message>
        <location filename="../engine/scenarios/RecoverPublishClusterScenario.cpp" line="+13"/>
        <source>Recover the publish nodes of a cluster</source>
        <translation>Die Veröffentlichungsknoten eines Clusters wiederherstellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shuts the whole cluster down, restores every Correspondence Management publish node from a backup set, then starts the author primary, the author secondaries and the publish nodes. Users have no service while it runs.</source>
        <translation>Fährt den ganzen Cluster herunter, stellt jeden Veröffentlichungsknoten von Correspondence Management aus einem Sicherungssatz wieder her und startet dann den primären Autorenknoten, die sekundären Autorenknoten und die Veröffentlichungsknoten. Die Benutzer haben während der Ausführung keinen Dienst.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1&apos;s repository</source>
        <translation>Repository von %1</translation>
    </message>
</context>
<context>
    <name>RecoverPublishNodeScenario</name>
    <message>
        <location filename="../engine/scenarios/RecoverPublishNodeScenario.cpp" line="+16"/>
        <source>Recover a publish node</source>
        <translation>Einen Veröffentlichungsknoten wiederherstellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stops one Correspondence Management publish node, restores its repository from a backup set and starts it again. Nobody may publish until it is back; the author cluster keeps running.</source>
        <translation>Stoppt einen Veröffentlichungsknoten von Correspondence Management, stellt sein Repository aus einem Sicherungssatz wieder her und startet ihn wieder. Niemand darf veröffentlichen, bis er wieder läuft; der Autorencluster läuft weiter.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The publish node to recover.</source>
        <translation>Der wiederherzustellende Veröffentlichungsknoten.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not a publish node of %2; its publish nodes are: %3.</source>
        <translation>%1 ist kein Veröffentlichungsknoten von %2; seine Veröffentlichungsknoten sind: %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Hold publishing until %1 is back</source>
        <translation>Veröffentlichen anhalten, bis %1 wieder läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure nobody publishes from the author cluster (pause the replication agents) until Lifeboat reports that %1 is running again.</source>
        <translation>Stellen Sie sicher, dass niemand aus dem Autorencluster veröffentlicht (Replikationsagenten pausieren), bis Lifeboat meldet, dass %1 wieder läuft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1&apos;s repository</source>
        <translation>Repository von %1</translation>
    </message>
</context>
<context>
    <name>RecoveryAdvisor</name>
    <message>
        <location filename="../engine/scenarios/RecoveryAdvisor.cpp" line="+23"/>
        <source>%1 has no repository.</source>
        <translation>%1 hat kein Repository.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 reports repository unsync.</source>
        <translation>%1 meldet repository unsync.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not running and left a stale lock.</source>
        <translation>%1 läuft nicht und hat eine veraltete Sperre (.lock) hinterlassen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not running.</source>
        <translation>%1 läuft nicht.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 does not answer, but its process (pid %2) holds its repository&apos;s lock: it is starting, shutting down or hung. Wait for it before anything else.</source>
        <translation>%1 antwortet nicht, aber sein Prozess (PID %2) hält die Sperre seines Repositorys: er startet, fährt herunter oder hängt. Warten Sie zuerst auf ihn.</translation>
    </message>
</context>
<context>
    <name>RehearseRestoreScenario</name>
    <message>
        <location filename="../engine/scenarios/RehearseRestoreScenario.cpp" line="+44"/>
        <source>Rehearse a restore on a sandbox copy</source>
        <translation>Eine Wiederherstellung auf einer Sandbox-Kopie proben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restores a backup set into a fresh sandbox copy of the cluster it recorded, starts it, checks it and reports how long the restore took. Production is never touched: this is how to know a backup works before the day you need it.</source>
        <translation>Stellt einen Sicherungssatz in eine frische Sandbox-Kopie des aufgezeichneten Clusters wieder her, startet sie, prüft sie und meldet, wie lange die Wiederherstellung gedauert hat. Die Produktion wird nie berührt: So wissen Sie, dass eine Sicherung funktioniert, bevor Sie sie brauchen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>dir</source>
        <translation>Verz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new or empty directory for the sandbox copy (default: under Lifeboat&apos;s data directory).</source>
        <translation>Ein neues oder leeres Verzeichnis für die Sandbox-Kopie (Standard: unter dem Datenverzeichnis von Lifeboat).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not empty. Give --into a new or empty directory for the rehearsal; nothing was changed.</source>
        <translation>%1 ist nicht leer. Geben Sie mit --into ein neues oder leeres Verzeichnis für die Probe an; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The backup set can be read</source>
        <translation>Der Sicherungssatz ist lesbar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose another set (see &apos;lifeboat backups&apos;).</source>
        <translation>Wählen Sie einen anderen Satz (siehe &apos;lifeboat backups&apos;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The set %1 recorded no topology, so there is nothing to rebuild.</source>
        <translation>Der Satz %1 hat keine Topologie aufgezeichnet, es gibt also nichts nachzubauen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rehearse a set made by Lifeboat.</source>
        <translation>Proben Sie einen Satz, den Lifeboat erstellt hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, made by %2 of %3.</source>
        <translation>%1, erstellt von %2 aus %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enough free space for the rehearsal</source>
        <translation>Genug freier Speicherplatz für die Probe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked once the set can be read.</source>
        <translation>Wird geprüft, sobald der Satz lesbar ist.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The rehearsal needs about %1 under %2, which has %3 free.</source>
        <translation>Die Probe braucht etwa %1 unter %2, wo %3 frei sind.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose another place with --into, or free some space.</source>
        <translation>Wählen Sie mit --into einen anderen Ort, oder geben Sie Speicherplatz frei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About %1 needed, %2 free.</source>
        <translation>Etwa %1 benötigt, %2 frei.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1&apos;s repository</source>
        <translation>Repository von %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stop the rehearsal cluster (it stays in %1 for a look)</source>
        <translation>Den Probecluster stoppen (er bleibt zur Ansicht in %1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restore the set into the rehearsal cluster and start it (timed)</source>
        <translation>Den Satz in den Probecluster wiederherstellen und ihn starten (mit Zeitmessung)</translation>
    </message>
</context>
<context>
    <name>RemoteHostFiles</name>
    <message>
        <location filename="../engine/hosts/RemoteHostFiles.cpp" line="+461"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+13"/>
        <location line="+11"/>
        <location line="+54"/>
        <location line="+11"/>
        <location line="+20"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 arrived incomplete from %2: %3 of %4 bytes.</source>
        <translation>%1 kam unvollständig von %2 an: %3 von %4 Byte.</translation>
    </message>
</context>
<context>
    <name>RemoveSnapshotsStep</name>
    <message>
        <location filename="../engine/steps/RemoveSnapshotsStep.h" line="+23"/>
        <source>Remove the snapshots</source>
        <translation>Snapshots entfernen</translation>
    </message>
    <message>
        <location filename="../engine/steps/RemoveSnapshotsStep.cpp" line="+19"/>
        <location line="+11"/>
        <source>the snapshot of %1</source>
        <translation>der Snapshot von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (remove it by hand: %2)</source>
        <translation>%1 (entfernen Sie ihn von Hand: %2)</translation>
    </message>
</context>
<context>
    <name>RenameGdsBackupStep</name>
    <message>
        <location filename="../engine/steps/RenameGdsBackupStep.cpp" line="+26"/>
        <source>to the quarantine</source>
        <translation>in die Quarantäne</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>renamed to %1</source>
        <translation>umbenannt in %1</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1 is already in place.</source>
        <translation>%1 ist bereits vorhanden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The restored GDS has no backup folder; nothing to rename.</source>
        <translation>Der wiederhergestellte GDS hat keinen backup-Ordner; nichts umzubenennen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot rename %1 to %2.</source>
        <translation>%1 kann nicht in %2 umbenannt werden.</translation>
    </message>
    <message>
        <location filename="../engine/steps/RenameGdsBackupStep.h" line="+24"/>
        <source>Rename DocumentStorage/backup to DocumentStorage/restore in the GDS</source>
        <translation>DocumentStorage/backup im GDS in DocumentStorage/restore umbenennen</translation>
    </message>
</context>
<context>
    <name>ReplaceContentsStep</name>
    <message>
        <location filename="../engine/steps/ReplaceContentsStep.cpp" line="+29"/>
        <source>Everything in %1 moves to the quarantine (kept until you purge it); the checked copy from the backup takes its place.</source>
        <translation>Alles in %1 wird in die Quarantäne verschoben (aufbewahrt, bis Sie sie löschen); die geprüfte Kopie aus der Sicherung tritt an seine Stelle.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>its current contents, to %1</source>
        <translation>sein aktueller Inhalt, nach %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replaced by the backup&apos;s copy</source>
        <translation>ersetzt durch die Kopie aus der Sicherung</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Everything in %1 but the node&apos;s own logs and secondary folder (crx.NNNN) moves to the quarantine (kept until you purge it); the checked copy from the backup takes its place.</source>
        <translation>Alles in %1 außer den eigenen Logs und dem eigenen Sekundärordner (crx.NNNN) des Knotens wandert in die Quarantäne (bleibt, bis Sie sie leeren); die geprüfte Kopie aus der Sicherung tritt an seine Stelle.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>stays in place: the node&apos;s own, not the backup&apos;s</source>
        <translation>bleibt an Ort und Stelle: gehört dem Knoten, nicht der Sicherung</translation>
    </message>
</context>
<context>
    <name>ReplaceFileStep</name>
    <message>
        <location filename="../engine/steps/ReplaceFileStep.cpp" line="+38"/>
        <source>to %1</source>
        <translation>nach %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file from the backup</source>
        <translation>die Datei aus der Sicherung</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <location filename="../app/ReportCommand.cpp" line="+19"/>
        <source>Write a run&apos;s report again, as HTML (with its timeline) or PDF</source>
        <translation>Den Bericht eines Laufs neu schreiben, als HTML (mit Zeitachse) oder PDF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The run: its id (see &apos;lifeboat runs&apos;) or its directory.</source>
        <translation>Der Lauf: seine ID (siehe &apos;lifeboat runs&apos;) oder sein Verzeichnis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RUN</source>
        <translation>LAUF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the report as HTML to this file.</source>
        <translation>Den Bericht als HTML in diese Datei schreiben.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the report as PDF to this file.</source>
        <translation>Den Bericht als PDF in diese Datei schreiben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name one run: its id (see &apos;lifeboat runs&apos;) or its directory.</source>
        <translation>Nennen Sie einen Lauf: seine ID (siehe &apos;lifeboat runs&apos;) oder sein Verzeichnis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run &apos;lifeboat report --help&apos; for its options.</source>
        <translation>Führen Sie &apos;lifeboat report --help&apos; aus, um seine Optionen zu sehen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No run &apos;%1&apos;: it is neither a run directory nor the id of a run in %2. &apos;lifeboat runs&apos; lists the runs.</source>
        <translation>Kein Lauf &apos;%1&apos;: Es ist weder ein Laufverzeichnis noch die ID eines Laufs in %2. &apos;lifeboat runs&apos; listet die Läufe auf.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Report: %1</source>
        <translation>Bericht: %1</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <location filename="../report/ReportRenderer.cpp" line="+96"/>
        <location line="+13"/>
        <source>Cannot write the PDF %1: %2</source>
        <translation>Das PDF %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Lifeboat report: %1 on the cluster %2</source>
        <translation>Lifeboat-Bericht: %1 auf dem Cluster %2</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../engine/run/ReportWriter.cpp" line="+105"/>
        <source>Cannot write the report %1: %2</source>
        <translation>Der Bericht %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>not recorded</source>
        <translation>nicht aufgezeichnet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>succeeded: every step was done</source>
        <translation>erfolgreich: jeder Schritt wurde ausgeführt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped: a confirmation was declined</source>
        <translation>angehalten: eine Bestätigung wurde abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interrupted (Lifeboat stopped during this step)</source>
        <translation>unterbrochen (Lifeboat wurde während dieses Schritts beendet)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Lifeboat run %1</source>
        <translation>Lifeboat-Lauf %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifeboat report: %1 on the cluster %2</source>
        <translation>Lifeboat-Bericht: %1 auf dem Cluster %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>failed at step %1 (%2): %3</source>
        <translation>fehlgeschlagen bei Schritt %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+69"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster profile</source>
        <translation>Clusterprofil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run by (user)</source>
        <translation>Ausgeführt von (Benutzer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the computer (host)</source>
        <translation>Auf dem Rechner (Host)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+63"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+62"/>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>not ended (interrupted)</source>
        <translation>nicht beendet (unterbrochen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total time</source>
        <translation>Gesamtdauer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time spent waiting for a person</source>
        <translation>Wartezeit auf eine Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resumed after an interruption</source>
        <translation>Nach einer Unterbrechung fortgesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run id</source>
        <translation>Lauf-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run folder (journal, log)</source>
        <translation>Laufordner (Journal, Protokoll)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+18"/>
        <location line="+12"/>
        <source>Recovery time</source>
        <translation>Wiederherstellungszeit</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>%1 (of which %2 waiting for a person); %3 for the whole run</source>
        <translation>%1 (davon %2 Warten auf eine Person); %3 für den gesamten Lauf</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The recovery took %1: from the start of step %2 (%3), the first step that changed the cluster (for a manual step: when it was asked for), at %4, to the end of step %5 (%6) at %7. %8 of it was spent waiting for a person (confirmations and manual steps). The whole run, with its checks and clean-up, took %9.</source>
        <translation>Die Wiederherstellung dauerte %1: vom Beginn von Schritt %2 (%3), dem ersten Schritt, der den Cluster geändert hat (bei einem manuellen Schritt: als er angefordert wurde), um %4, bis zum Ende von Schritt %5 (%6) um %7. Davon entfielen %8 auf das Warten auf eine Person (Bestätigungen und manuelle Schritte). Der gesamte Lauf mit seinen Prüfungen und Aufräumarbeiten dauerte %9.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No step changed the cluster, so no recovery time was measured.</source>
        <translation>Kein Schritt hat den Cluster geändert, daher wurde keine Wiederherstellungszeit gemessen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeline of the steps: which step ran when and for how long, and where the run waited for a person</source>
        <translation>Zeitachse der Schritte: welcher Schritt wann und wie lange lief, und wo der Lauf auf eine Person wartete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per step, in the order they ran; the bar shows when the step ran and for how long. Hatched bars are waits for a person: a confirmation before a step that changes the cluster, or a manual step to be done and confirmed.</source>
        <translation>Eine Zeile pro Schritt, in der Reihenfolge der Ausführung; der Balken zeigt, wann und wie lange der Schritt lief. Schraffierte Balken sind Wartezeiten auf eine Person: eine Bestätigung vor einem Schritt, der den Cluster ändert, oder ein manueller Schritt, der zu erledigen und zu bestätigen ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+39"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it changed</source>
        <translation>Was geändert wurde</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(changes the cluster)</source>
        <translation>(ändert den Cluster)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>C</source>
        <comment>a clean-up step&apos;s number prefix</comment>
        <translation>A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps numbered C1, C2… are clean-up steps: they put the cluster back in order (start what was stopped, leave backup mode) and run even after a failure.</source>
        <translation>Mit A1, A2… nummerierte Schritte sind Aufräumschritte: Sie bringen den Cluster wieder in Ordnung (starten, was gestoppt wurde, verlassen den Sicherungsmodus) und laufen auch nach einem Fehler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirmations</source>
        <translation>Bestätigungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No step needed a confirmation.</source>
        <translation>Kein Schritt brauchte eine Bestätigung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why it was asked</source>
        <translation>Warum gefragt wurde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked</source>
        <translation>Gefragt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waited</source>
        <translation>Gewartet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a manual step: a person does it, then confirms it is done</source>
        <translation>ein manueller Schritt: eine Person führt ihn aus und bestätigt dann, dass er erledigt ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the step changes the cluster</source>
        <translation>der Schritt ändert den Cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes, go on</source>
        <translation>ja, fortfahren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no, stop the run</source>
        <translation>nein, Lauf anhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, in advance (the whole plan approved, or --yes)</source>
        <translation>%1, im Voraus (der ganze Plan genehmigt, oder --yes)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Times are the local time of the computer that wrote this report, with its time zone. Report written %1 by Lifeboat from the run&apos;s journal.</source>
        <translation>Zeiten sind die Ortszeit des Rechners, der diesen Bericht geschrieben hat, mit seiner Zeitzone. Bericht am %1 von Lifeboat aus dem Journal des Laufs geschrieben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 holds no readable run journal.</source>
        <translation>%1 enthält kein lesbares Laufjournal.</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Downtime</source>
        <translation>Ausfallzeit</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n times</source>
        <translation>
            <numerusform>%n-mal</numerusform>
            <numerusform>%n-mal</numerusform>
        </translation>
    </message>
    <message>
        <location line="-95"/>
        <source>failed in cleanup: the cluster needs work by hand</source>
        <translation>beim Aufräumen fehlgeschlagen: Der Cluster braucht Handarbeit</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>A cleanup step failed: left to do by hand</source>
        <translation>Ein Aufräumschritt ist fehlgeschlagen: von Hand zu erledigen</translation>
    </message>
</context>
<context>
    <name>RestoreClusterScenario</name>
    <message>
        <location filename="../engine/scenarios/RestoreClusterScenario.cpp" line="+26"/>
        <source>Restore the entire cluster</source>
        <translation>Den gesamten Cluster wiederherstellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stops every author node and brings back the databases, the GDS, connectors, fonts and every node&apos;s repository from one backup set, so that all of them agree again. Use it after a database crash, lost GDS documents or when several nodes failed. The cluster is down until the restore ends.</source>
        <translation>Stoppt jeden Autorenknoten und holt die Datenbanken, den GDS, Konnektoren, Schriftarten und das Repository jedes Knotens aus einem Sicherungssatz zurück, damit alle wieder übereinstimmen. Verwenden Sie dies nach einem Datenbankabsturz, verlorenen GDS-Dokumenten oder wenn mehrere Knoten ausgefallen sind. Der Cluster ist bis zum Ende der Wiederherstellung nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Lifeboat can restore the %1 database</source>
        <translation>Lifeboat kann die Datenbank %1 wiederherstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install the client, then check again. Nothing was changed.</source>
        <translation>Installieren Sie den Client und prüfen Sie erneut. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile has no backup root, where the current contents of %1 are kept before the restore replaces them.</source>
        <translation>Das Profil hat kein Sicherungsverzeichnis, in dem der aktuelle Inhalt von %1 aufbewahrt wird, bevor die Wiederherstellung ihn ersetzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set &quot;backupRoot&quot; in the profile, then check again.</source>
        <translation>Setzen Sie &quot;backupRoot&quot; im Profil und prüfen Sie erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: its current contents are dumped into the quarantine under %2 first, then the backup&apos;s dump is loaded.</source>
        <translation>%1: Der aktuelle Inhalt wird zuerst in die Quarantäne unter %2 exportiert, dann wird der Export der Sicherung geladen.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Move the repository, shared, version and workspaces directories in %1&apos;s clusterNode directory to the quarantine</source>
        <translation>Die Verzeichnisse repository, shared, version und workspaces im clusterNode-Verzeichnis von %1 in die Quarantäne verschieben</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1&apos;s repository (the copy of %2)</source>
        <translation>Repository von %1 (die Kopie von %2)</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Move repository/clustered.txt of the primary %1 to the quarantine before any node starts</source>
        <translation>repository/clustered.txt des primären Knotens %1 in die Quarantäne verschieben, bevor ein Knoten startet</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the repositories of %1 (copies of %2, on each host at once)</source>
        <translation>Repositorys von %1 (Kopien von %2, auf jedem Host gleichzeitig)</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Databases of the profile to leave as they are, comma-separated: for a set that holds no dump of them. You confirm it before anything changes.</source>
        <translation>Datenbanken des Profils, die unverändert bleiben sollen, durch Kommas getrennt: für einen Satz, der keinen Dump von ihnen enthält. Sie bestätigen das, bevor sich etwas ändert.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The set holds every database&apos;s own dump</source>
        <translation>Der Satz enthält für jede Datenbank ihren eigenen Dump</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked once the set can be read.</source>
        <translation>Wird geprüft, sobald der Satz lesbar ist.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--keep-databases names %1, which the profile does not have (it has: %2).</source>
        <translation>--keep-databases nennt %1, das das Profil nicht hat (es hat: %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name only databases of the profile.</source>
        <translation>Nennen Sie nur Datenbanken des Profils.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The set %1 holds no dump of the database %2; Lifeboat restores a database only from its own dump.</source>
        <translation>Der Satz %1 enthält keinen Dump der Datenbank %2; Lifeboat stellt eine Datenbank nur aus ihrem eigenen Dump wieder her.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a set made since %1 was added to the profile (--backup-set), or leave it as it is with --keep-databases %2.</source>
        <translation>Wählen Sie einen Satz, der erstellt wurde, seit %1 im Profil steht (--backup-set), oder lassen Sie sie mit --keep-databases %2 unverändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is left as it is, and may no longer agree with the restored GDS and repositories.</source>
        <translation>%1 bleibt unverändert und passt danach womöglich nicht mehr zum wiederhergestellten GDS und den Repositorys.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You confirm this before anything changes.</source>
        <translation>Sie bestätigen das, bevor sich etwas ändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile has no database.</source>
        <translation>Das Profil hat keine Datenbank.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>the repositories of %1</source>
        <translation>die Repositorys von %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Leave the %1 database as it is</source>
        <translation>Die Datenbank %1 unverändert lassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The set %1 holds no dump of %2, so the restore leaves it as it is; it may no longer agree with the restored GDS and repositories. Confirm to go on.</source>
        <translation>Der Satz %1 enthält keinen Dump von %2, daher lässt die Wiederherstellung sie unverändert; sie passt danach womöglich nicht mehr zum wiederhergestellten GDS und den Repositorys. Bestätigen Sie, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>RestoreDatabaseStep</name>
    <message>
        <location filename="../engine/steps/RestoreDatabaseStep.cpp" line="+27"/>
        <source>Restore the %1 database</source>
        <translation>Die Datenbank %1 wiederherstellen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a dump of what the %1 database holds now, kept in the quarantine</source>
        <translation>ein Export des aktuellen Inhalts der Datenbank %1, in der Quarantäne aufbewahrt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>every object of the backup&apos;s dump dropped and loaded again with pg_restore --clean, in one transaction</source>
        <translation>jedes Objekt aus dem Export der Sicherung wird mit pg_restore --clean gelöscht und neu geladen, in einer Transaktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database dropped and created again from the backup&apos;s dump</source>
        <translation>die Datenbank wird gelöscht und aus dem Export der Sicherung neu angelegt</translation>
    </message>
</context>
<context>
    <name>RestoreFileStep</name>
    <message>
        <location filename="../engine/steps/RestoreFileStep.cpp" line="+49"/>
        <source>to %1</source>
        <translation>nach %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 from %2</source>
        <translation>%1 aus %2</translation>
    </message>
</context>
<context>
    <name>RestoreNodeScenario</name>
    <message>
        <location filename="../engine/scenarios/RestoreNodeScenario.cpp" line="+22"/>
        <source>Restore a single node</source>
        <translation>Einen einzelnen Knoten wiederherstellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Brings one author node back from a backup set while the rest of the cluster keeps serving (the whole cluster stops only when the node is the primary). Use it when one node crashed, lost its cluster node id, or reports &quot;repository unsync&quot;; its repository is restored when it must be.</source>
        <translation>Holt einen Autorenknoten aus einem Sicherungssatz zurück, während der Rest des Clusters weiter bedient (der ganze Cluster stoppt nur, wenn es der primäre Knoten ist). Verwenden Sie dies, wenn ein Knoten abgestürzt ist, seine Clusterknoten-ID verloren hat oder &quot;repository unsync&quot; meldet; sein Repository wird wiederhergestellt, wenn es nötig ist.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The author node to restore.</source>
        <translation>Der wiederherzustellende Autorenknoten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore the node&apos;s repository too (chosen automatically when the node reports &quot;repository unsync&quot; or its repository is gone).</source>
        <translation>Auch das Repository des Knotens wiederherstellen (automatisch gewählt, wenn der Knoten &quot;repository unsync&quot; meldet oder sein Repository fehlt).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has no repository.</source>
        <translation>%1 hat kein Repository.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1&apos;s error.log reports &quot;repository unsync&quot;.</source>
        <translation>error.log von %1 meldet &quot;repository unsync&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not an author node of %2; it has: %3. (Publish nodes: recover-publish-node.)</source>
        <translation>%1 ist kein Autorenknoten von %2; es hat: %3. (Veröffentlichungsknoten: recover-publish-node.)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>asked for with --repository</source>
        <translation>mit --repository angefordert</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The set knows %1</source>
        <translation>Der Satz kennt %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The set %1 holds no cluster node id of %2, so it cannot restore that node.</source>
        <translation>Der Satz %1 enthält keine Clusterknoten-ID von %2 und kann diesen Knoten daher nicht wiederherstellen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a set made while %1 was part of the cluster.</source>
        <translation>Wählen Sie einen Satz, der erstellt wurde, als %1 Teil des Clusters war.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: its repository is left as it is.</source>
        <translation>%1: sein Repository bleibt, wie es ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: its repository is restored (%2).</source>
        <translation>%1: sein Repository wird wiederhergestellt (%2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move the repository, shared, version and workspaces directories in %1&apos;s clusterNode directory to the quarantine</source>
        <translation>Die Verzeichnisse repository, shared, version und workspaces im clusterNode-Verzeichnis von %1 in die Quarantäne verschieben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1&apos;s repository (the copy of %2)</source>
        <translation>Repository von %1 (die Kopie von %2)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Move the .lock of %1 to the quarantine, if it exists</source>
        <translation>Die .lock von %1 in die Quarantäne verschieben, falls vorhanden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Move repository/clustered.txt of the primary %1 to the quarantine before any node starts</source>
        <translation>repository/clustered.txt des primären Knotens %1 in die Quarantäne verschieben, bevor ein Knoten startet</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Move repository/clustered.txt of the secondary %1 to the quarantine, if it holds one (it marks the primary only)</source>
        <translation>repository/clustered.txt des Sekundärknotens %1 in die Quarantäne verschieben, falls vorhanden (sie kennzeichnet nur den Primärknoten)</translation>
    </message>
</context>
<context>
    <name>RestoreScenario</name>
    <message>
        <location filename="../engine/scenarios/RestoreScenario.cpp" line="+59"/>
        <source>set</source>
        <translation>Satz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup set to restore from: its id (see &apos;lifeboat backups&apos;) or its directory. Default: the newest set that holds what this restore needs.</source>
        <translation>Der Sicherungssatz, aus dem wiederhergestellt wird: seine ID (siehe &apos;lifeboat backups&apos;) oder sein Verzeichnis. Standard: der neueste Satz, der enthält, was diese Wiederherstellung braucht.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>There is no backup set %1 (looked in %2). See &apos;lifeboat backups --profile %3&apos;.</source>
        <translation>Es gibt keinen Sicherungssatz %1 (gesucht in %2). Siehe &apos;lifeboat backups --profile %3&apos;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No backup set of %1 under %2 holds what %3 needs. Make one first (for example &apos;lifeboat run --scenario backup-offline&apos;), or name a set with --backup-set.</source>
        <translation>Kein Sicherungssatz von %1 unter %2 enthält, was %3 braucht. Erstellen Sie zuerst einen (zum Beispiel &apos;lifeboat run --scenario backup-offline&apos;), oder nennen Sie einen Satz mit --backup-set.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The set&apos;s signature is bad: %1.</source>
        <translation>Die Signatur des Satzes ist ungültig: %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The backup set is this cluster&apos;s and holds what the restore needs</source>
        <translation>Der Sicherungssatz gehört zu diesem Cluster und enthält, was die Wiederherstellung braucht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose another set with --backup-set (see &apos;lifeboat backups&apos;).</source>
        <translation>Wählen Sie mit --backup-set einen anderen Satz (siehe &apos;lifeboat backups&apos;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The set %1 was made of the cluster &quot;%2&quot;, not &quot;%3&quot;.</source>
        <translation>Der Satz %1 wurde vom Cluster &quot;%2&quot; erstellt, nicht von &quot;%3&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Restore only from a set of this cluster; rehearse other sets with rehearse-restore.</source>
        <translation>Stellen Sie nur aus einem Satz dieses Clusters wieder her; proben Sie andere Sätze mit rehearse-restore.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The set %1 was made of another cluster: none of the cluster node ids it recorded is on this cluster&apos;s nodes.</source>
        <translation>Der Satz %1 wurde von einem anderen Cluster erstellt: keine der aufgezeichneten Clusterknoten-IDs gehört zu den Knoten dieses Clusters.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The set %1 (%2) has no %3.</source>
        <translation>Der Satz %1 (%2) enthält kein(e) %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a set made by a strategy that backs these up.</source>
        <translation>Wählen Sie einen Satz, der mit einer Strategie erstellt wurde, die diese sichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, made by %2 at %3.</source>
        <translation>%1, erstellt von %2 am %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Patch levels match the backup</source>
        <translation>Patch-Level stimmen mit der Sicherung überein</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+5"/>
        <location line="+23"/>
        <source>Checked once the set can be read.</source>
        <translation>Wird geprüft, sobald der Satz lesbar ist.</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Do not restore from it; choose another set (see &apos;lifeboat backups&apos;).</source>
        <translation>Stellen Sie nicht aus ihm wieder her; wählen Sie einen anderen Satz (siehe &apos;lifeboat backups&apos;).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The set is %1.</source>
        <translation>Der Satz ist %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The set is %1 (the profile names no &quot;allowedSigners&quot;).</source>
        <translation>Der Satz ist %1 (das Profil nennt kein &quot;allowedSigners&quot;).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The set is unsigned, and the profile requires sets signed by an allowed signer.</source>
        <translation>Der Satz ist unsigniert, und das Profil verlangt Sätze, die von einem zugelassenen Unterzeichner signiert sind.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The set is unsigned (the profile does not require signed sets).</source>
        <translation>Der Satz ist unsigniert (das Profil verlangt keine signierten Sätze).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Who signed the backup set</source>
        <translation>Wer den Sicherungssatz signiert hat</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Bring the node to the recorded patch level, or choose a set made at the node&apos;s current level.</source>
        <translation>Bringen Sie den Knoten auf den aufgezeichneten Patch-Level, oder wählen Sie einen Satz, der auf dem aktuellen Level des Knotens erstellt wurde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On the sandbox: lifeboat sandbox patch %1 --node %2</source>
        <translation>In der Sandbox: lifeboat sandbox patch %1 --node %2</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>Every node to restore is at the recorded level.</source>
        <translation>Jeder wiederherzustellende Knoten ist auf dem aufgezeichneten Level.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no system to read a patch level from; it is checked again after the system is re-created from its image.</source>
        <translation>%1 hat kein System, aus dem ein Patch-Level gelesen werden kann; es wird erneut geprüft, nachdem das System aus seinem Image neu erstellt wurde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enough free space for the restore</source>
        <translation>Genug freier Speicherplatz für die Wiederherstellung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The topology on disk is the profile&apos;s</source>
        <translation>Die Topologie auf dem Datenträger entspricht dem Profil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Secrets are available</source>
        <translation>Geheimnisse sind verfügbar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All secrets the profile refers to are set.</source>
        <translation>Alle Geheimnisse, auf die das Profil verweist, sind gesetzt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provide the secret as the message says, then check again.</source>
        <translation>Stellen Sie das Geheimnis wie in der Meldung beschrieben bereit, und prüfen Sie erneut.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The restore writes %1 on the file system of %2, which has %3 free.</source>
        <translation>Die Wiederherstellung schreibt %1 auf das Dateisystem von %2, das %3 frei hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free space there (or purge old quarantines with &apos;lifeboat quarantine purge&apos;), then check again. Nothing was changed.</source>
        <translation>Geben Sie dort Speicherplatz frei (oder löschen Sie alte Quarantänen mit &apos;lifeboat quarantine purge&apos;), und prüfen Sie erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 free on %3</source>
        <translation>%1 von %2 frei auf %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The restore writes nothing large.</source>
        <translation>Die Wiederherstellung schreibt nichts Großes.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is the primary in the profile but holds a secondary folder (crx.NNNN)</source>
        <translation>%1 ist im Profil der primäre Knoten, enthält aber einen sekundären Ordner (crx.NNNN)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a secondary in the profile but holds clustered.txt, the primary&apos;s marker</source>
        <translation>%1 ist im Profil ein sekundärer Knoten, enthält aber clustered.txt, die Markierung des primären Knotens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the set does not know %1</source>
        <translation>der Satz kennt %1 nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1&apos;s cluster_node.id on disk is not the one the set recorded</source>
        <translation>die cluster_node.id von %1 auf dem Datenträger ist nicht die vom Satz aufgezeichnete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 had the role %2 when the set was made, and has the role %3 in the profile</source>
        <translation>%1 hatte beim Erstellen des Satzes die Rolle %2 und hat im Profil die Rolle %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Primary, secondaries and cluster node ids on disk are as the profile and the set say.</source>
        <translation>Primärer Knoten, sekundäre Knoten und Clusterknoten-IDs auf dem Datenträger sind so, wie Profil und Satz sagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the profile describes this cluster. Go on only if you know why they differ.</source>
        <translation>Prüfen Sie, ob das Profil diesen Cluster beschreibt. Fahren Sie nur fort, wenn Sie wissen, warum sie sich unterscheiden.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Unzip the zipped online backup of %1 to a scratch location</source>
        <translation>Die gezippte Online-Sicherung von %1 an einen Arbeitsort entpacken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpack the backup of %1 to a scratch location</source>
        <translation>Die Sicherung von %1 an einen Arbeitsort entpacken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore %1 from the backup</source>
        <translation>%1 aus der Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unpack the backup of the %1 database to a scratch location</source>
        <translation>Die Sicherung der Datenbank %1 an einen Arbeitsort entpacken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore the %1 database</source>
        <translation>Die Datenbank %1 wiederherstellen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the GDS</source>
        <translation>den GDS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the connectors</source>
        <translation>die Konnektoren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the fonts in %1</source>
        <translation>die Schriftarten in %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of the Content Storage Root</source>
        <translation>%1 des Content Storage Root</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Leave clusterNode/revision.log, .lock, repository/system.id and every listener.properties out of the unpacked copy of %1</source>
        <translation>clusterNode/revision.log, .lock, repository/system.id und jede listener.properties aus der entpackten Kopie von %1 herausnehmen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move clusterNode/revision.log, .lock, repository/system.id and every listener.properties on %1 to the quarantine</source>
        <translation>clusterNode/revision.log, .lock, repository/system.id und jede listener.properties auf %1 in die Quarantäne verschieben</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move the AEM forms temporary files in %1 on %2 to the quarantine</source>
        <translation>Die temporären Dateien von AEM Forms in %1 auf %2 in die Quarantäne verschieben</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Empty the Index Root of %1 and copy %2 into it</source>
        <translation>Das Index-Stammverzeichnis (Index Root) von %1 leeren und %2 hineinkopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move backup-lucene-indexes from the Content Storage Root to the quarantine, now that every Index Root has it</source>
        <translation>backup-lucene-indexes aus dem Content Storage Root in die Quarantäne verschieben, da jedes Index-Stammverzeichnis es jetzt enthält</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restore repository/cluster_node.id of %1</source>
        <translation>repository/cluster_node.id von %1 wiederherstellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore the bootstrap properties of %1</source>
        <translation>Die Bootstrap-Eigenschaften von %1 wiederherstellen</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>the Index Root of %1 (from %2)</source>
        <translation>das Index-Stammverzeichnis von %1 (aus %2)</translation>
    </message>
</context>
<context>
    <name>ResumeCommand</name>
    <message>
        <location filename="../app/ResumeCommand.cpp" line="+30"/>
        <source>Only runs on this cluster profile.</source>
        <translation>Nur Läufe auf diesem Clusterprofil.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run to resume, when there are several.</source>
        <translation>Der fortzusetzende Lauf, wenn es mehrere gibt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm every destructive step in advance.</source>
        <translation>Jeden ändernden Schritt im Voraus bestätigen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Several runs were interrupted; choose one with --run:</source>
        <translation>Mehrere Läufe wurden unterbrochen; wählen Sie einen mit --run:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot resume %1: %2</source>
        <translation>%1 kann nicht fortgesetzt werden: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown scenario %1</source>
        <translation>unbekanntes Szenario %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Resuming %1 (%2 on %3)</source>
        <translation>Setze %1 fort (%2 auf %3)</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Finish a run that was interrupted, from the step that was in flight, or try a failed one again</source>
        <translation>Einen unterbrochenen Lauf ab dem Schritt abschließen, der gerade lief, oder einen fehlgeschlagenen erneut versuchen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No interrupted or failed run to resume in %1.</source>
        <translation>Kein unterbrochener oder fehlgeschlagener Lauf zum Fortsetzen in %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Several runs failed; choose one with --run:</source>
        <translation>Mehrere Läufe sind fehlgeschlagen; wählen Sie einen mit --run:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Trying %1 (%2 on %3) again from its first step: it failed, and its cleanup undid what it had done.</source>
        <translation>%1 (%2 auf %3) wird ab dem ersten Schritt erneut versucht: Er ist fehlgeschlagen, und seine Aufräumschritte haben rückgängig gemacht, was er getan hatte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trying %1 (%2 on %3) again from the step that failed.</source>
        <translation>%1 (%2 auf %3) wird ab dem fehlgeschlagenen Schritt erneut versucht.</translation>
    </message>
</context>
<context>
    <name>RollbackRestoreScenario</name>
    <message>
        <location filename="../engine/scenarios/RollbackRestoreScenario.cpp" line="+21"/>
        <source>Roll a restore back from the quarantine</source>
        <translation>Eine Wiederherstellung aus der Quarantäne zurückrollen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Puts every file a restore replaced back where it was, and moves what the restore brought aside. Use it when a restore failed half-way or restored the wrong set. Only the nodes whose files go back are stopped, and they start again afterwards.</source>
        <translation>Legt jede Datei, die eine Wiederherstellung ersetzt hat, an ihren Platz zurück und schiebt beiseite, was die Wiederherstellung gebracht hat. Verwenden Sie dies, wenn eine Wiederherstellung auf halbem Weg fehlschlug oder den falschen Satz wiederhergestellt hat. Nur die Knoten, deren Dateien zurückgelegt werden, werden gestoppt, und sie starten danach wieder.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The restore run to roll back (see &apos;lifeboat quarantine list&apos;).</source>
        <translation>Der zurückzurollende Wiederherstellungslauf (siehe &apos;lifeboat quarantine list&apos;).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The quarantine of %1 is there</source>
        <translation>Die Quarantäne von %1 ist vorhanden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No quarantine of the run %1 exists for %2.</source>
        <translation>Für %2 gibt es keine Quarantäne des Laufs %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See &apos;lifeboat quarantine list --profile %1&apos; for the runs that can be rolled back.</source>
        <translation>Siehe &apos;lifeboat quarantine list --profile %1&apos; für die Läufe, die zurückgerollt werden können.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n path(s) kept by %1 can go back.</source>
        <translation>
            <numerusform>%n von %1 aufbewahrter Pfad kann zurück.</numerusform>
            <numerusform>%n von %1 aufbewahrte Pfade können zurück.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <location filename="../app/RunCommand.cpp" line="+20"/>
        <source>Run a scenario: preconditions, then the plan with confirmations, a journal and a report</source>
        <translation>Ein Szenario ausführen: Vorbedingungen, dann der Plan mit Bestätigungen, einem Journal und einem Bericht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Confirm every destructive step in advance.</source>
        <translation>Jeden ändernden Schritt im Voraus bestätigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on despite precondition warnings.</source>
        <translation>Trotz Warnungen der Vorbedingungen fortfahren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the run&apos;s directory goes (default: %1).</source>
        <translation>Wohin das Verzeichnis des Laufs kommt (Standard: %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dir</source>
        <translation>Verz</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing was changed: a precondition failed (or warned; --accept-warnings goes on despite warnings). Fix what it says and run again.</source>
        <translation>Es wurde nichts geändert: Eine Vorbedingung ist nicht erfüllt (oder warnt; --accept-warnings fährt trotz Warnungen fort). Beheben Sie, was sie meldet, und führen Sie erneut aus.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
</context>
<context>
    <name>RunExecution</name>
    <message>
        <location filename="../app/RunExecution.cpp" line="+51"/>
        <source>Step %1 (%2) changes the cluster and needs a confirmation, but there is no terminal to ask on. Nothing was changed. Run it in a terminal, or add --yes to confirm every step in advance.</source>
        <translation>Schritt %1 (%2) ändert den Cluster und braucht eine Bestätigung, aber es gibt kein Terminal zum Nachfragen. Es wurde nichts geändert. Führen Sie ihn in einem Terminal aus, oder fügen Sie --yes hinzu, um jeden Schritt im Voraus zu bestätigen.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>cleanup</source>
        <translation>Aufräumen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>done (%1 s)</source>
        <translation>fertig (%1 s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FAILED (%1 s): %2</source>
        <translation>FEHLGESCHLAGEN (%1 s): %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Finished: every step succeeded.</source>
        <translation>Abgeschlossen: Alle Schritte waren erfolgreich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A step failed; the cleanup steps ran.</source>
        <translation>Ein Schritt ist fehlgeschlagen; die Aufräumschritte liefen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled; the cleanup steps ran.</source>
        <translation>Abgebrochen; die Aufräumschritte liefen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A confirmation was declined; the cleanup steps ran.</source>
        <translation>Eine Bestätigung wurde abgelehnt; die Aufräumschritte liefen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Report: %1</source>
        <translation>Bericht: %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Downtime: %1</source>
        <translation>Ausfallzeit: %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>A cleanup step FAILED: the cluster is not back as the run found it. Left to do by hand:</source>
        <translation>Ein Aufräumschritt ist FEHLGESCHLAGEN: Der Cluster ist nicht wieder so, wie der Lauf ihn vorgefunden hat. Von Hand zu erledigen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Then try the cleanup again and close the run: %1</source>
        <translation>Versuchen Sie dann das Aufräumen erneut und schließen Sie den Lauf ab: %1</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>To try it again: %1</source>
        <translation>Um es erneut zu versuchen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The run cannot be resumed (it was %1), and it changed the cluster. To put back what it replaced: lifeboat run --profile %2 --scenario %3 --run %4; or start the restore again.</source>
        <translation>Der Lauf kann nicht fortgesetzt werden (Ergebnis: %1), und er hat den Cluster geändert. Um das Ersetzte zurückzuholen: lifeboat run --profile %2 --scenario %3 --run %4; oder starten Sie die Wiederherstellung erneut.</translation>
    </message>
</context>
<context>
    <name>RunLock</name>
    <message>
        <location filename="../engine/run/RunLock.cpp" line="+97"/>
        <source>%1, pid %2 on %3 by %4, since %5</source>
        <translation>%1, PID %2 auf %3 von %4, seit %5</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Another Lifeboat run is working on the cluster %1: %2. Only one run per cluster at a time; wait until it has ended, then try again (a run that crashed releases its lock by itself). Nothing was changed. The lock: %3</source>
        <translation>Ein anderer Lifeboat-Lauf arbeitet am Cluster %1: %2. Nur ein Lauf pro Cluster zugleich; warten Sie, bis er beendet ist, und versuchen Sie es dann erneut (ein abgestürzter Lauf gibt seine Sperre von selbst frei). Nichts wurde geändert. Die Sperre: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a process that has not said who it is</source>
        <translation>ein Prozess, der nicht angegeben hat, wer er ist</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Cannot take the run lock %1: %2. Nothing was changed.</source>
        <translation>Die Laufsperre %1 kann nicht genommen werden: %2. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No other run is working on this cluster</source>
        <translation>Kein anderer Lauf arbeitet an diesem Cluster</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No other Lifeboat run holds the cluster %1.</source>
        <translation>Kein anderer Lifeboat-Lauf hält den Cluster %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another Lifeboat run is working on the cluster %1: %2.</source>
        <translation>Ein anderer Lifeboat-Lauf arbeitet am Cluster %1: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only one run per cluster at a time: wait until it has ended, then check again (a run that crashed releases its lock by itself). The lock: %1</source>
        <translation>Nur ein Lauf pro Cluster zugleich: Warten Sie, bis er beendet ist, und prüfen Sie dann erneut (ein abgestürzter Lauf gibt seine Sperre von selbst frei). Die Sperre: %1</translation>
    </message>
</context>
<context>
    <name>RunbookWriter</name>
    <message>
        <location filename="../ui/RunbookWriter.cpp" line="+34"/>
        <source>asks first (changes the cluster)</source>
        <translation>fragt zuerst (ändert den Cluster)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>asks first</source>
        <translation>fragt zuerst</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+42"/>
        <source>Runbook: %1 on %2</source>
        <translation>Runbook: %1 auf %2</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+46"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+46"/>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+47"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+47"/>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+59"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+57"/>
        <source>Always at the end</source>
        <translation>Immer am Ende</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+56"/>
        <source>Whatever happens, these undo what the plan disturbed:</source>
        <translation>Was auch passiert, diese machen rückgängig, was der Plan gestört hat:</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+57"/>
        <source>(if step %1 ran)</source>
        <translation>(falls Schritt %1 lief)</translation>
    </message>
</context>
<context>
    <name>RunsCommand</name>
    <message>
        <location filename="../app/RunsCommand.cpp" line="+22"/>
        <source>List runs and their state (interrupted ones can be resumed)</source>
        <translation>Läufe und ihren Zustand auflisten (unterbrochene können fortgesetzt werden)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where runs are kept (default: %1).</source>
        <translation>Wo Läufe aufbewahrt werden (Standard: %1).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dir</source>
        <translation>Verz</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only runs on this cluster profile.</source>
        <translation>Nur Läufe auf diesem Clusterprofil.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No runs in %1.</source>
        <translation>Keine Läufe in %1.</translation>
    </message>
</context>
<context>
    <name>SandboxBuilder</name>
    <message>
        <location filename="../engine/sandbox/SandboxBuilder.cpp" line="+86"/>
        <source>Cannot create %1. Check that its parent directory exists and is writable.</source>
        <translation>%1 kann nicht angelegt werden. Prüfen Sie, ob das übergeordnete Verzeichnis existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot move the finished sandbox from %1 to %2.</source>
        <translation>Die fertige Sandbox kann nicht von %1 nach %2 verschoben werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--nodes must be between 1 and 16 (one primary, the rest secondaries).</source>
        <translation>--nodes muss zwischen 1 und 16 liegen (ein primärer Knoten, der Rest sekundäre).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--publish must be between 0 and 16.</source>
        <translation>--publish muss zwischen 0 und 16 liegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--size-mb must be at least 1.</source>
        <translation>--size-mb muss mindestens 1 sein.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 exists and is not a directory. Choose a new directory for the sandbox.</source>
        <translation>%1 existiert und ist kein Verzeichnis. Wählen Sie ein neues Verzeichnis für die Sandbox.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 exists and is not empty. Choose a new or empty directory for the sandbox; nothing was changed.</source>
        <translation>%1 existiert und ist nicht leer. Wählen Sie ein neues oder leeres Verzeichnis für die Sandbox; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+583"/>
        <source>Cannot write %1: %2. Check the free space and permissions; nothing was created.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Prüfen Sie freien Speicherplatz und Berechtigungen; es wurde nichts angelegt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot copy %1 to %2. Check the free space.</source>
        <translation>%1 kann nicht nach %2 kopiert werden. Prüfen Sie den freien Speicherplatz.</translation>
    </message>
    <message>
        <location line="-622"/>
        <source>--hosts needs root: each sandbox host is an sshd in a mount namespace of its own, which only root can make. Run the command as root; nothing was created.</source>
        <translation>--hosts braucht root: Jeder Sandbox-Host ist ein sshd in einem eigenen Mount-Namespace, und den kann nur root anlegen. Führen Sie den Befehl als root aus; es wurde nichts angelegt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With --hosts, the path of the sandbox directory may only hold letters, digits and . _ + - / (it is %1). Choose another directory; nothing was created.</source>
        <translation>Mit --hosts darf der Pfad des Sandbox-Verzeichnisses nur Buchstaben, Ziffern und . _ + - / enthalten (er lautet %1). Wählen Sie ein anderes Verzeichnis; es wurde nichts angelegt.</translation>
    </message>
    <message>
        <location line="+478"/>
        <source>Cannot move %1 to %2.</source>
        <translation>%1 kann nicht nach %2 verschoben werden.</translation>
    </message>
    <message>
        <location line="-496"/>
        <source>--filesystem and --hosts cannot be combined yet: each sandbox host sees the nodes&apos; files through a mount of its own. Choose one of them; nothing was created.</source>
        <translation>--filesystem und --hosts lassen sich noch nicht kombinieren: Jeder Sandbox-Host sieht die Dateien der Knoten über einen eigenen Mount. Wählen Sie eines davon; es wurde nichts angelegt.</translation>
    </message>
    <message>
        <location line="+517"/>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <location filename="../app/SandboxCommand.cpp" line="+29"/>
        <source>Only this node.</source>
        <translation>Nur dieser Knoten.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+336"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="-334"/>
        <source>stopped (stale .lock)</source>
        <translation>gestoppt (veraltete .lock)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+333"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location line="-321"/>
        <source>Create, start, stop, inspect or break the training sandbox cluster</source>
        <translation>Den Trainings-Sandbox-Cluster anlegen, starten, stoppen, untersuchen oder beschädigen</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&apos;lifeboat sandbox&apos; needs an action.</source>
        <translation>&apos;lifeboat sandbox&apos; braucht eine Aktion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown sandbox action &apos;%1&apos;.</source>
        <translation>Unbekannte Sandbox-Aktion &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Author nodes: one primary, the rest secondaries.</source>
        <translation>Autorenknoten: ein primärer, der Rest sekundäre.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Publish nodes.</source>
        <translation>Veröffentlichungsknoten.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jboss, weblogic or websphere.</source>
        <translation>jboss, weblogic oder websphere.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>About how much data to create.</source>
        <translation>Ungefähr wie viele Daten angelegt werden.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The same seed gives the same content.</source>
        <translation>Derselbe Startwert ergibt denselben Inhalt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New GDS documents per minute while running.</source>
        <translation>Neue GDS-Dokumente pro Minute im Betrieb.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds before the file collector may remove a document.</source>
        <translation>Sekunden, bevor der Dateisammler ein Dokument entfernen darf.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A new or empty directory.</source>
        <translation>Ein neues oder leeres Verzeichnis.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;sandbox create&apos; needs exactly one directory.</source>
        <translation>&apos;sandbox create&apos; braucht genau ein Verzeichnis.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--nodes, --publish, --size-mb, --seed, --activity and --document-lifetime take whole numbers.</source>
        <translation>--nodes, --publish, --size-mb, --seed, --activity und --document-lifetime nehmen ganze Zahlen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--app-server must be jboss, weblogic or websphere.</source>
        <translation>--app-server muss jboss, weblogic oder websphere sein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Created a sandbox cluster: %1 author node(s), %2 publish node(s), %3, about %4 MB.</source>
        <translation>Sandbox-Cluster angelegt: %1 Autorenknoten, %2 Veröffentlichungsknoten, %3, etwa %4 MB.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start it with: lifeboat sandbox start %1</source>
        <translation>Starten Sie ihn mit: lifeboat sandbox start %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The sandbox has no node &apos;%1&apos;; it has: %2.</source>
        <translation>Die Sandbox hat keinen Knoten &apos;%1&apos;; sie hat: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sandbox directory.</source>
        <translation>Das Sandbox-Verzeichnis.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;sandbox %1&apos; needs exactly one directory.</source>
        <translation>&apos;sandbox %1&apos; braucht genau ein Verzeichnis.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Could not stop %1: %2</source>
        <translation>%1 konnte nicht gestoppt werden: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 %2 %3 %4 %5 %6</source>
        <translation>%1 %2 %3 %4 %5 %6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NODE</source>
        <translation>KNOTEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+35"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOTES</source>
        <translation>HINWEISE</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, label &quot;%2&quot;</source>
        <translation>%1, Bezeichnung &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error.log reports repository unsync</source>
        <translation>error.log meldet repository unsync</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>What to break: %1.</source>
        <translation>Was beschädigt werden soll: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fault</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;sandbox break&apos; needs a directory and --fault.</source>
        <translation>&apos;sandbox break&apos; braucht ein Verzeichnis und --fault.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown fault &apos;%1&apos;.</source>
        <translation>Unbekannter Fehler &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&apos;sandbox patch&apos; needs a directory and --node.</source>
        <translation>&apos;sandbox patch&apos; braucht ein Verzeichnis und --node.</translation>
    </message>
    <message>
        <location line="-355"/>
        <source>--hosts puts each node, and the shared storage, on a host of its own: an sshd on a loopback address (127.0.0.2, …) in a mount namespace of its own, where every node keeps its files at the same path. The nodes are started over ssh. Needs root.</source>
        <translation>--hosts setzt jeden Knoten und den gemeinsamen Speicher auf einen eigenen Host: einen sshd auf einer Loopback-Adresse (127.0.0.2, …) in einem eigenen Mount-Namespace, in dem jeder Knoten seine Dateien unter demselben Pfad hat. Die Knoten werden über ssh gestartet. Braucht root.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Usage:
  lifeboat sandbox create DIR [--nodes N] [--publish M] [--app-server jboss|weblogic|websphere]
                              [--size-mb S] [--seed K] [--activity PER_MINUTE] [--hosts]
  lifeboat sandbox start|stop DIR [--node NAME]
  lifeboat sandbox status DIR [--node NAME] [--json]
  lifeboat sandbox break DIR --fault FAULT [--node NAME]
  lifeboat sandbox patch DIR --node NAME
Faults: %1</source>
        <translation>Aufruf:
  lifeboat sandbox create VERZ [--nodes N] [--publish M] [--app-server jboss|weblogic|websphere]
                              [--size-mb S] [--seed K] [--activity PRO_MINUTE] [--hosts]
  lifeboat sandbox start|stop VERZ [--node NAME]
  lifeboat sandbox status VERZ [--node NAME] [--json]
  lifeboat sandbox break VERZ --fault FEHLER [--node NAME]
  lifeboat sandbox patch VERZ --node NAME
Fehler: %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Each node, and the shared storage, on a host of its own (an sshd in a mount namespace of its own; needs root).</source>
        <translation>Jeder Knoten und der gemeinsame Speicher auf einem eigenen Host (ein sshd in einem eigenen Mount-Namespace; braucht root).</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Hosts: %1. Log in to one with: ssh -F %2 HOST</source>
        <translation>Hosts: %1. Anmelden an einem davon mit: ssh -F %2 HOST</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Could not start the sandbox&apos;s hosts: %1</source>
        <translation>Die Hosts der Sandbox konnten nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sandbox&apos;s hosts are up: %1.</source>
        <translation>Die Hosts der Sandbox laufen: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not stop the sandbox&apos;s hosts: %1</source>
        <translation>Die Hosts der Sandbox konnten nicht gestoppt werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sandbox&apos;s hosts are stopped.</source>
        <translation>Die Hosts der Sandbox sind gestoppt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not running: its host %2 is down.</source>
        <translation>%1 läuft nicht: Sein Host %2 ist gestoppt.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+9"/>
        <location line="+33"/>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <location line="-327"/>
        <source>host unreachable</source>
        <translation>Host nicht erreichbar</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>--filesystem btrfs|xfs keeps the nodes and the shared storage on a loop-mounted image of that file system inside DIR (on btrfs, every repository, the GDS and the Content Storage Root is a subvolume), so that backups can use snapshots. &apos;sandbox stop&apos; unmounts it, &apos;sandbox start&apos; mounts it again. Needs root.</source>
        <translation>--filesystem btrfs|xfs legt die Knoten und den gemeinsamen Speicher auf ein per Loop-Gerät eingehängtes Image dieses Dateisystems in DIR (auf btrfs ist jedes Repository, der GDS und der Content Storage Root ein Subvolume), damit Sicherungen Snapshots nutzen können. &apos;sandbox stop&apos; hängt es aus, &apos;sandbox start&apos; hängt es wieder ein. Braucht root.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The nodes and the shared storage on a loop-mounted image of this file system: btrfs or xfs (needs root).</source>
        <translation>Die Knoten und der gemeinsame Speicher auf einem per Loop-Gerät eingehängten Image dieses Dateisystems: btrfs oder xfs (braucht root).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--filesystem must be btrfs or xfs.</source>
        <translation>--filesystem muss btrfs oder xfs sein.</translation>
    </message>
</context>
<context>
    <name>SandboxFaults</name>
    <message>
        <location filename="../engine/sandbox/SandboxFaults.cpp" line="+86"/>
        <source>%1 is not a sandbox profile; Lifeboat only breaks sandbox clusters.</source>
        <translation>%1 ist kein Sandbox-Profil; Lifeboat beschädigt nur Sandbox-Cluster.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unknown fault &apos;%1&apos;. Choose one of: %2.</source>
        <translation>Unbekannter Fehler &apos;%1&apos;. Wählen Sie einen von: %2.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The sandbox has no node &apos;%1&apos;; it has: %2.</source>
        <translation>Die Sandbox hat keinen Knoten &apos;%1&apos;; sie hat: %2.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Rebuild a node from an older image</source>
        <translation>Knoten aus einem älteren Image neu aufsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a node&apos;s host down (a sandbox with hosts)</source>
        <translation>Den Host eines Knotens abschalten (Sandbox mit Hosts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crash a node and fill its disk (a sandbox with its own file system)</source>
        <translation>Einen Knoten abstürzen lassen und seine Platte füllen (Sandbox mit eigenem Dateisystem)</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>%1 has no repository files to damage.</source>
        <translation>%1 hat keine Repository-Dateien, die beschädigt werden könnten.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Damaged %n repository file(s) of %1 and logged &quot;repository unsync&quot; in its error.log.</source>
        <translation>
            <numerusform>%n Repository-Datei von %1 beschädigt und &quot;repository unsync&quot; in seinem error.log protokolliert.</numerusform>
            <numerusform>%n Repository-Dateien von %1 beschädigt und &quot;repository unsync&quot; in seinem error.log protokolliert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot delete %1.</source>
        <translation>%1 kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no cluster node id file to remove (%2).</source>
        <translation>%1 hat keine Clusterknoten-ID-Datei zum Entfernen (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is not running, so it cannot crash. Start the sandbox first.</source>
        <translation>%1 läuft nicht und kann daher nicht abstürzen. Starten Sie zuerst die Sandbox.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Killed %1 with SIGKILL; its .lock is left behind.</source>
        <translation>%1 mit SIGKILL beendet; seine .lock bleibt zurück.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Killed %1 with SIGKILL, leaving a stale .lock.</source>
        <translation>%1 mit SIGKILL beendet, eine veraltete .lock bleibt zurück.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>%1&apos;s server was rebuilt from an older image: service pack SP20, no repository.</source>
        <translation>Der Server von %1 wurde aus einem älteren Image neu aufgesetzt: Service Pack SP20, kein Repository.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>host-down needs a sandbox whose nodes have hosts of their own (&apos;lifeboat sandbox create --hosts&apos;).</source>
        <translation>host-down braucht eine Sandbox, deren Knoten eigene Hosts haben (&apos;lifeboat sandbox create --hosts&apos;).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The host %1 is down: its sshd and %2 ended. &apos;lifeboat sandbox start&apos; brings it back.</source>
        <translation>Der Host %1 ist abgeschaltet: Sein sshd und %2 wurden beendet. &apos;lifeboat sandbox start&apos; holt ihn zurück.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>disk-full needs a sandbox with a file system of its own (&apos;lifeboat sandbox create --filesystem xfs&apos;, as root), mounted (&apos;lifeboat sandbox start&apos;).</source>
        <translation>disk-full braucht eine Sandbox mit eigenem Dateisystem (&apos;lifeboat sandbox create --filesystem xfs&apos;, als root), eingehängt (&apos;lifeboat sandbox start&apos;).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot write the heap dump %1.</source>
        <translation>Der Heap-Dump %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 crashed with its repository damaged, and a heap dump of %2 fills its disk (%3).</source>
        <translation>%1 ist mit beschädigtem Repository abgestürzt, und ein Heap-Dump von %2 füllt seine Platte (%3).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 now has the sandbox&apos;s service pack and patches: %2.</source>
        <translation>%1 hat jetzt das Service Pack und die Patches der Sandbox: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-177"/>
        <location line="+22"/>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Left a stale .lock in %1 (pid %2, no longer running).</source>
        <translation>Eine veraltete .lock in %1 hinterlassen (PID %2, läuft nicht mehr).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The GDS %1 holds no documents to lose.</source>
        <translation>Der GDS %1 enthält keine Dokumente, die verloren gehen könnten.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Deleted %n document(s) from the GDS %1.</source>
        <translation>
            <numerusform>%n Dokument aus dem GDS %1 gelöscht.</numerusform>
            <numerusform>%n Dokumente aus dem GDS %1 gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot damage the forms database %1.</source>
        <translation>Die Formulardatenbank %1 kann nicht beschädigt werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not an SQLite database.</source>
        <translation>%1 ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Damaged pages of the forms database %1.</source>
        <translation>Seiten der Formulardatenbank %1 beschädigt.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot remove %1.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is gone, as after a disk failure: removed %2.</source>
        <translation>%1 ist weg, wie nach einem Plattenausfall: %2 entfernt.</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>%1 is not running, so it cannot be slow to stop. Start the sandbox first.</source>
        <translation>%1 läuft nicht und kann daher nicht langsam anhalten. Starten Sie zuerst die Sandbox.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 will take %2 seconds to stop: told to stop, it stops answering at once but keeps its repository locked until then, as a JVM slow to close its repository does.</source>
        <translation>%1 braucht %2 Sekunden zum Anhalten: nach dem Stoppbefehl antwortet er sofort nicht mehr, hält sein Repository aber bis dahin gesperrt, wie eine JVM, die ihr Repository langsam schließt.</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Corrupt a node&apos;s repository</source>
        <translation>Repository eines Knotens beschädigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete a node&apos;s repository</source>
        <translation>Repository eines Knotens löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove a node&apos;s cluster node id</source>
        <translation>Cluster-Knoten-ID eines Knotens entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave a stale .lock behind a stopped node</source>
        <translation>Veraltete .lock hinter einem gestoppten Knoten zurücklassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crash a node</source>
        <translation>Einen Knoten abstürzen lassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lose files from the GDS</source>
        <translation>Dateien aus dem GDS verlieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrupt the forms database</source>
        <translation>Forms-Datenbank beschädigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lose a whole node</source>
        <translation>Einen ganzen Knoten verlieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a node slow to stop</source>
        <translation>Einen Knoten langsam stoppen lassen</translation>
    </message>
</context>
<context>
    <name>SandboxFileSystem</name>
    <message>
        <location filename="../engine/sandbox/SandboxFileSystem.cpp" line="+93"/>
        <source>--filesystem %1 needs root: the sandbox&apos;s storage is an image file that only root can loop-mount. Run the command as root; nothing was created.</source>
        <translation>--filesystem %1 braucht root: Der Speicher der Sandbox ist eine Image-Datei, die nur root per Loop-Gerät einhängen kann. Führen Sie den Befehl als root aus; es wurde nichts angelegt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--filesystem %1 needs the program %2 (Debian package %3). Install it; nothing was created.</source>
        <translation>--filesystem %1 braucht das Programm %2 (Debian-Paket %3). Installieren Sie es; es wurde nichts angelegt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+8"/>
        <location line="+3"/>
        <source>Cannot make the sandbox&apos;s %1 file system in %2: %3</source>
        <translation>Das %1-Dateisystem der Sandbox in %2 kann nicht angelegt werden: %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot create the btrfs subvolume %1: %2</source>
        <translation>Das btrfs-Subvolume %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot mount the sandbox&apos;s file system %1 at %2: %3</source>
        <translation>Das Dateisystem %1 der Sandbox kann nicht unter %2 eingehängt werden: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot unmount the sandbox&apos;s file system at %1: %2</source>
        <translation>Das Dateisystem der Sandbox unter %1 kann nicht ausgehängt werden: %2</translation>
    </message>
</context>
<context>
    <name>SandboxHost</name>
    <message>
        <location filename="../engine/sandbox/SandboxHost.cpp" line="+188"/>
        <source>Cannot create the key %1: %2</source>
        <translation>Der Schlüssel %1 kann nicht erzeugt werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sandbox host %1 needs root: mount namespaces and bind mounts are only available to root.</source>
        <translation>Der Sandbox-Host %1 braucht root: Mount-Namespaces und Bind-Mounts stehen nur root zur Verfügung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+26"/>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not a directory; it cannot be mounted on the sandbox host %2.</source>
        <translation>%1 ist kein Verzeichnis; es kann auf dem Sandbox-Host %2 nicht eingebunden werden.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>sshd was not found; install the OpenSSH server (openssh-server).</source>
        <translation>sshd wurde nicht gefunden; installieren Sie den OpenSSH-Server (openssh-server).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sshd does not accept %1: %2</source>
        <translation>sshd akzeptiert %1 nicht: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot start the sandbox host %1: %2</source>
        <translation>Der Sandbox-Host %1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The sandbox host %1 did not start listening on %2:%3 within %4 seconds; see %5.</source>
        <translation>Der Sandbox-Host %1 hat nicht innerhalb von %4 Sekunden begonnen, auf %2:%3 zu lauschen; siehe %5.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The files of the sandbox host %1 are visible at %2 outside the host; it was stopped.</source>
        <translation>Die Dateien des Sandbox-Hosts %1 sind außerhalb des Hosts unter %2 sichtbar; er wurde gestoppt.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Cannot stop the sandbox host %1: process %2 is still running.</source>
        <translation>Der Sandbox-Host %1 kann nicht gestoppt werden: Prozess %2 läuft noch.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot replace the host key %1: %2</source>
        <translation>Der Hostschlüssel %1 kann nicht ersetzt werden: %2</translation>
    </message>
</context>
<context>
    <name>SandboxHosts</name>
    <message>
        <location filename="../engine/sandbox/SandboxHosts.cpp" line="+70"/>
        <source>Cannot find a free port on %1 for the sandbox host %2: %3</source>
        <translation>Auf %1 ist kein freier Port für den Sandbox-Host %2 zu finden: %3</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 describes the sandbox&apos;s hosts incompletely; create the sandbox again.</source>
        <translation>%1 beschreibt die Hosts der Sandbox unvollständig; legen Sie die Sandbox neu an.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>SandboxPlanStep</name>
    <message>
        <location filename="../engine/steps/SandboxPlanStep.cpp" line="+43"/>
        <source>Runs against the sandbox cluster in %1 only. Production is not touched.</source>
        <translation>Läuft nur gegen den Sandbox-Cluster in %1. Die Produktion wird nicht berührt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the sandbox cluster there only</source>
        <translation>nur der Sandbox-Cluster dort</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>[%1/%2] %3</source>
        <translation>[%1/%2] %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>On the sandbox, &quot;%1&quot; failed: %2</source>
        <translation>In der Sandbox ist &quot;%1&quot; fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Cleaning up on the sandbox: %1</source>
        <translation>Aufräumen in der Sandbox: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>recovery time</source>
        <translation>Wiederherstellungszeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 s to restore the set and start the cluster</source>
        <translation>%1 s, um den Satz wiederherzustellen und den Cluster zu starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The restore took %1 s, from the first unpacked file to the last node up.</source>
        <translation>Die Wiederherstellung dauerte %1 s, von der ersten entpackten Datei bis zum letzten gestarteten Knoten.</translation>
    </message>
</context>
<context>
    <name>SandboxReset</name>
    <message>
        <location filename="../engine/sandbox/SandboxReset.cpp" line="+23"/>
        <source>%1 is not a sandbox profile; Lifeboat only resets sandbox clusters.</source>
        <translation>%1 ist kein Sandbox-Profil; Lifeboat setzt nur Sandbox-Cluster zurück.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This sandbox has hosts or a file system of its own, which need root to take down. Reset it with &apos;lifeboat sandbox stop&apos; and &apos;lifeboat sandbox create&apos;.</source>
        <translation>Diese Sandbox hat eigene Hosts oder ein eigenes Dateisystem, die nur mit root-Rechten abgebaut werden können. Setzen Sie sie mit „lifeboat sandbox stop“ und „lifeboat sandbox create“ zurück.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not move %1 aside to %2; the sandbox is as it was, with its nodes stopped.</source>
        <translation>%1 konnte nicht nach %2 beiseitegelegt werden; die Sandbox ist unverändert, ihre Knoten sind gestoppt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not build the sandbox again: %1 The sandbox as it was is in %2.</source>
        <translation>Die Sandbox konnte nicht neu aufgebaut werden: %1 Die bisherige Sandbox liegt in %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not stop %1: %2 Nothing was moved.</source>
        <translation>%1 konnte nicht gestoppt werden: %2 Nichts wurde verschoben.</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <location filename="../engine/run/Scenario.cpp" line="+22"/>
        <source>The scenario %1 needs --%2.</source>
        <translation>Das Szenario %1 braucht --%2.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 can be reached over ssh</source>
        <translation>%1 ist über ssh erreichbar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It offers the key %1.</source>
        <translation>Er bietet den Schlüssel %1.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Every step has what it needs</source>
        <translation>Jeder Schritt hat, was er braucht</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Every command, setting and program the plan uses is there.</source>
        <translation>Jeder Befehl, jede Einstellung und jedes Programm, das der Plan braucht, ist vorhanden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add what is missing, then check again. Nothing was changed.</source>
        <translation>Ergänzen Sie, was fehlt, und prüfen Sie dann erneut. Nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>ScenarioInvocation</name>
    <message>
        <location filename="../app/ScenarioInvocation.cpp" line="+31"/>
        <source>Scenarios:</source>
        <translation>Szenarien:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run &apos;lifeboat %1 --help&apos; for its options.</source>
        <translation>Führen Sie &apos;lifeboat %1 --help&apos; aus, um seine Optionen zu sehen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The cluster profile (JSON).</source>
        <translation>Das Clusterprofil (JSON).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do; see the list below.</source>
        <translation>Was zu tun ist; siehe die Liste unten.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--scenario is required.</source>
        <translation>--scenario ist erforderlich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown scenario &apos;%1&apos;.</source>
        <translation>Unbekanntes Szenario &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--profile is required (a sandbox has one at DIR/cluster.json).</source>
        <translation>--profile ist erforderlich (eine Sandbox hat es unter VERZ/cluster.json).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The profile has no node &apos;%1&apos;; it has: %2.</source>
        <translation>Das Profil hat keinen Knoten &apos;%1&apos;; es hat: %2.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Trust this key of a host seen for the first time (repeatable), as ssh-keygen -lf prints it.</source>
        <translation>Diesem Schlüssel eines erstmals gesehenen Hosts vertrauen (wiederholbar), wie ssh-keygen -lf ihn ausgibt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host=SHA256:…</source>
        <translation>host=SHA256:…</translation>
    </message>
</context>
<context>
    <name>ScenarioOption</name>
    <message>
        <location filename="../engine/run/ScenarioOption.cpp" line="+13"/>
        <source>Backup set</source>
        <translation>Sicherungssatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compression</source>
        <translation>Komprimierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delay</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full backup</source>
        <translation>Vollsicherung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rehearsal directory</source>
        <translation>Verzeichnis der Probewiederherstellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the databases</source>
        <translation>Datenbanken behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the repository too</source>
        <translation>Auch das Repository wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run to roll back</source>
        <translation>Zurückzusetzender Lauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
</context>
<context>
    <name>ScheduleCommand</name>
    <message>
        <location filename="../app/ScheduleCommand.cpp" line="+20"/>
        <source>Where the units are (default: %1; as root, for example %2).</source>
        <translation>Wo die Units liegen (Standard: %1; als root zum Beispiel %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dir</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: lifeboat schedule list|add|remove … (see the user guide).</source>
        <translation>Aufruf: lifeboat schedule list|add|remove … (siehe Benutzerhandbuch).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>List, add or remove the systemd timers that run a backup by itself</source>
        <translation>Die systemd-Timer auflisten, hinzufügen oder entfernen, die eine Sicherung selbsttätig ausführen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Say what to do: &apos;lifeboat schedule list&apos;, &apos;add&apos; or &apos;remove NAME&apos;.</source>
        <translation>Geben Sie an, was zu tun ist: &apos;lifeboat schedule list&apos;, &apos;add&apos; oder &apos;remove NAME&apos;.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>When it runs, as a systemd calendar (&quot;daily&quot;, &quot;Mon..Fri 02:00&quot;).</source>
        <translation>Wann sie läuft, als systemd-Kalender (&quot;daily&quot;, &quot;Mon..Fri 02:00&quot;).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only a backup can be scheduled; %1 is not one.</source>
        <translation>Nur eine Sicherung kann geplant werden; %1 ist keine.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The schedule&apos;s name, as &apos;lifeboat schedule list&apos; shows it.</source>
        <translation>Der Name des Zeitplans, wie &apos;lifeboat schedule list&apos; ihn zeigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the name of one schedule (&apos;lifeboat schedule list&apos; shows them).</source>
        <translation>Geben Sie den Namen eines Zeitplans an (&apos;lifeboat schedule list&apos; zeigt sie).</translation>
    </message>
</context>
<context>
    <name>ScratchCopy</name>
    <message>
        <location filename="../engine/restore/ScratchCopy.cpp" line="+87"/>
        <source>%1 is already unpacked.</source>
        <translation>%1 ist bereits entpackt.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot rename %1 to %2.</source>
        <translation>%1 kann nicht in %2 umbenannt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scratch copy, checked against the manifest</source>
        <translation>Arbeitskopie, gegen das Manifest geprüft</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Unpacked %n file(s) into %1; every one matches the manifest.</source>
        <translation>
            <numerusform>%n Datei nach %1 entpackt; sie stimmt mit dem Manifest überein.</numerusform>
            <numerusform>%n Dateien nach %1 entpackt; jede stimmt mit dem Manifest überein.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Lifeboat runs there as %1, not as root, so the restored files cannot get the owners the backup records and will belong to %1. If AEM runs as another user, give them to it (chown) after the restore.</source>
        <translation>Lifeboat läuft dort als %1, nicht als root, daher können die wiederhergestellten Dateien nicht die im Backup aufgezeichneten Eigentümer erhalten und gehören %1. Läuft AEM als anderer Benutzer, übergeben Sie sie ihm nach der Wiederherstellung (chown).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1/%2: the SHA-256 of the archive differs from the SHA256SUMS of its set, or that file does not list it (the archive file was changed or damaged). Nothing was swapped in; verify the set with &apos;lifeboat verify&apos; and choose another one.</source>
        <translation>%1/%2: Die SHA-256 des Archivs weicht von den SHA256SUMS seines Satzes ab, oder diese Datei führt es nicht auf (die Archivdatei wurde geändert oder beschädigt). Nichts wurde eingesetzt; prüfen Sie den Satz mit &apos;lifeboat verify&apos; und wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Owners not set for %1 file(s) in %2: the backup records other owners, and only root can give files away, so they belong to %3. If AEM runs as another user, give them to it (chown), or run the restore as root.</source>
        <translation>Eigentümer für %1 Datei(en) in %2 nicht gesetzt: Das Backup zeichnet andere Eigentümer auf, und nur root kann Dateien übergeben, daher gehören sie %3. Läuft AEM als anderer Benutzer, übergeben Sie sie ihm (chown), oder führen Sie die Wiederherstellung als root aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the restoring user</source>
        <translation>dem wiederherstellenden Benutzer</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Unpacked %1 of the %2 files of part %3 that the plan restores into %4. Nothing was swapped in; verify the set with &apos;lifeboat verify&apos; and choose another one.</source>
        <translation>%1 der %2 Dateien von Teil %3 entpackt, die der Plan nach %4 wiederherstellt. Nichts wurde eingesetzt; prüfen Sie den Satz mit &apos;lifeboat verify&apos; und wählen Sie einen anderen.</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <location filename="../ui/SecretDialog.cpp" line="+33"/>
        <source>Secret needed</source>
        <translation>Geheimnis erforderlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secret &quot;%1&quot; is not set. Type it to go on; Lifeboat keeps it in memory for this session only and never writes it anywhere.
(To set it for good: the environment variable %2, or the profile&apos;s secrets file.)</source>
        <translation>Das Geheimnis &quot;%1&quot; ist nicht gesetzt. Geben Sie es ein, um fortzufahren; Lifeboat hält es nur für diese Sitzung im Speicher und schreibt es nirgendwohin.
(Um es dauerhaft zu setzen: die Umgebungsvariable %2 oder die Geheimnisdatei des Profils.)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Secret %1</source>
        <translation>Geheimnis %1</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../engine/profile/SecretStore.cpp" line="+69"/>
        <source>The secrets file %1 can be read by other users. Run &apos;chmod 600 %1&apos; and try again.</source>
        <translation>Die Geheimnisdatei %1 ist für andere Benutzer lesbar. Führen Sie &apos;chmod 600 %1&apos; aus, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+22"/>
        <source>Cannot read the secrets file %1: %2</source>
        <translation>Die Geheimnisdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+5"/>
        <source>Cannot write the secrets file %1: %2</source>
        <translation>Die Geheimnisdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+29"/>
        <source>The secret &quot;%1&quot; is not set. Set the environment variable %2, or add it to the secrets file%3.</source>
        <translation>Das Geheimnis &quot;%1&quot; ist nicht gesetzt. Setzen Sie die Umgebungsvariable %2, oder fügen Sie es der Geheimnisdatei hinzu%3.</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+21"/>
        <source>The secrets file %1 is not a JSON object of names and values.</source>
        <translation>Die Geheimnisdatei %1 ist kein JSON-Objekt aus Namen und Werten.</translation>
    </message>
</context>
<context>
    <name>SetPathRules</name>
    <message>
        <location filename="../engine/backup/SetPathRules.cpp" line="+57"/>
        <source>would land outside the target (an absolute path or &quot;..&quot;)</source>
        <translation>würde außerhalb des Ziels landen (ein absoluter Pfad oder &quot;..&quot;)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is a hard link (to &quot;%1&quot;), which a backup part never holds</source>
        <translation>ist ein harter Link (auf &quot;%1&quot;), den ein Sicherungsteil nie enthält</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is a link to &quot;%1&quot;, outside the target</source>
        <translation>ist ein Link auf &quot;%1&quot;, außerhalb des Ziels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a device, pipe or other special file</source>
        <translation>ist ein Gerät, eine Pipe oder eine andere Spezialdatei</translation>
    </message>
</context>
<context>
    <name>SetSignature</name>
    <message>
        <location filename="../engine/backup/SetSignature.cpp" line="+36"/>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a regular file of at most %2 bytes</source>
        <translation>%1 ist keine reguläre Datei von höchstens %2 Bytes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be read (%2)</source>
        <translation>%1 kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unsigned</source>
        <translation>unsigniert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed by %1 (%2)</source>
        <translation>signiert von %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed with %1, a key not checked against any allowed signers</source>
        <translation>signiert mit %1, einem Schlüssel, der mit keinen zugelassenen Unterzeichnern abgeglichen wurde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signature is bad: %1</source>
        <translation>Signatur ist ungültig: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The signing key %1 does not exist (&quot;signing&quot;: &quot;key&quot; in the profile).</source>
        <translation>Der Signaturschlüssel %1 existiert nicht (&quot;signing&quot;: &quot;key&quot; im Profil).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write a temporary file to try the signing key: %1.</source>
        <translation>Eine temporäre Datei zum Ausprobieren des Signaturschlüssels kann nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The signing key %1 cannot sign without help (%2). Use a private key without a passphrase that only this user can read, or load the key into ssh-agent and give its public key (.pub) as &quot;key&quot;.</source>
        <translation>Der Signaturschlüssel %1 kann nicht ohne Hilfe signieren (%2). Verwenden Sie einen privaten Schlüssel ohne Passphrase, den nur dieser Benutzer lesen kann, oder laden Sie den Schlüssel in ssh-agent und geben Sie seinen öffentlichen Schlüssel (.pub) als &quot;key&quot; an.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ssh-keygen could not sign with %1: %2</source>
        <translation>ssh-keygen konnte nicht mit %1 signieren: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+24"/>
        <source>it does not match SHA256SUMS (%1)</source>
        <translation>sie passt nicht zu SHA256SUMS (%1)</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>the allowed-signers file %1 does not exist</source>
        <translation>die Datei der zugelassenen Unterzeichner %1 existiert nicht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it was made with a key that %1 does not allow</source>
        <translation>sie wurde mit einem Schlüssel erstellt, den %1 nicht zulässt</translation>
    </message>
</context>
<context>
    <name>SharedDataCheck</name>
    <message>
        <location filename="../engine/scenarios/SharedDataCheck.cpp" line="+68"/>
        <source>The forms database %1 is missing.</source>
        <translation>Die Formulardatenbank %1 fehlt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The forms database %1 cannot be opened.</source>
        <translation>Die Formulardatenbank %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The forms database %1 fails its integrity check.</source>
        <translation>Die Formulardatenbank %1 besteht ihre Integritätsprüfung nicht.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n document(s) the database refers to are missing from the GDS.</source>
        <translation>
            <numerusform>%n Dokument, auf das die Datenbank verweist, fehlt im GDS.</numerusform>
            <numerusform>%n Dokumente, auf die die Datenbank verweist, fehlen im GDS.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnapshotMethods</name>
    <message>
        <location filename="../engine/snapshot/SnapshotMethod.cpp" line="+43"/>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>btrfs snapshot</source>
        <translation>btrfs-Snapshot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reflink copy</source>
        <translation>Reflink-Kopie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>snapshot command</source>
        <translation>Snapshot-Befehl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>copy while stopped</source>
        <translation>Kopie im gestoppten Zustand</translation>
    </message>
</context>
<context>
    <name>SshConnection</name>
    <message>
        <location filename="../engine/hosts/SshConnection.cpp" line="+164"/>
        <source>Cannot create a directory for the ssh connection in %1: %2</source>
        <translation>In %1 kann kein Verzeichnis für die ssh-Verbindung angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Cannot log in to %1: %2</source>
        <translation>Anmeldung an %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+15"/>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is not yet known to Lifeboat. It offers the host key %2; compare it with the fingerprint shown on that host (ssh-keygen -lf on its key in /etc/ssh) before you trust it.</source>
        <translation>%1 ist Lifeboat noch nicht bekannt. Der Host bietet den Hostschlüssel %2 an; vergleichen Sie ihn mit dem Fingerabdruck, den dieser Host selbst zeigt (ssh-keygen -lf auf seinen Schlüssel in /etc/ssh), bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The host key of %1 has changed: Lifeboat knows %2, the host now offers %3. Nothing was done on %1. If the host was reinstalled, confirm its new key; otherwise someone may be intercepting the connection.</source>
        <translation>Der Hostschlüssel von %1 hat sich geändert: Lifeboat kennt %2, der Host bietet jetzt %3 an. Auf %1 wurde nichts ausgeführt. Wurde der Host neu installiert, bestätigen Sie seinen neuen Schlüssel; andernfalls fängt möglicherweise jemand die Verbindung ab.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>There is no open connection to %1.</source>
        <translation>Es besteht keine offene Verbindung zu %1.</translation>
    </message>
</context>
<context>
    <name>StagedSet</name>
    <message numerus="yes">
        <location filename="../engine/backup/StagedSet.cpp" line="+163"/>
        <source>%n of them unchanged: referenced in the older sets that hold them (%1).</source>
        <translation>
            <numerusform>davon %n unverändert: verwiesen auf die älteren Sätze, die sie enthalten (%1).</numerusform>
            <numerusform>davon %n unverändert: verwiesen auf die älteren Sätze, die sie enthalten (%1).</numerusform>
        </translation>
    </message>
    <message>
        <location line="-115"/>
        <source>archive of %1</source>
        <translation>Archiv von %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot create %1. Check the backup root&apos;s permissions and free space.</source>
        <translation>%1 kann nicht angelegt werden. Prüfen Sie die Berechtigungen und den freien Speicherplatz des Sicherungsverzeichnisses.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Archived %1: %n file(s).</source>
        <translation>
            <numerusform>%1 archiviert: %n Datei.</numerusform>
            <numerusform>%1 archiviert: %n Dateien.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Archived %1 from %2: %n file(s).</source>
        <translation>
            <numerusform>%1 von %2 archiviert: %n Datei.</numerusform>
            <numerusform>%1 von %2 archiviert: %n Dateien.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-41"/>
        <source>%1 is not a file; a part read from several hosts holds only files.</source>
        <translation>%1 ist keine Datei; ein Teil, der von mehreren Hosts gelesen wird, enthält nur Dateien.</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>archive of %1 from %2</source>
        <translation>Archiv von %1 aus %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>this machine</source>
        <translation>dieser Rechner</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>, only files changed since %1</source>
        <translation>, nur seit %1 geänderte Dateien</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The base set %1 cannot be read (%2), so %3 is archived whole.</source>
        <translation>Der Basissatz %1 kann nicht gelesen werden (%2), daher wird %3 vollständig archiviert.</translation>
    </message>
</context>
<context>
    <name>StartNodesStep</name>
    <message>
        <location filename="../engine/steps/StartNodesStep.cpp" line="+34"/>
        <source>Start %1</source>
        <translation>%1 starten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>waits until it is up before the next</source>
        <translation>wartet, bis er läuft, bevor der nächste startet</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 is already running.</source>
        <translation>%1 läuft bereits.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Starting %1...</source>
        <translation>%1 wird gestartet...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 did not come up within %2 seconds.</source>
        <translation>%1 ist nicht innerhalb von %2 Sekunden hochgefahren.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>start %1</source>
        <translation>%1 zu starten</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>started again if this run stopped it</source>
        <translation>wird wieder gestartet, falls dieser Lauf ihn anhält</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stays stopped: it was not running before this run</source>
        <translation>bleibt angehalten: er lief vor diesem Lauf nicht</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 does not answer, but its process (pid %2) has held its repository&apos;s lock for %3 seconds: it is starting, shutting down or hung. Look at its error.log; once it answers or has ended, run &apos;lifeboat resume&apos;.</source>
        <translation>%1 antwortet nicht, aber sein Prozess (PID %2) hält seit %3 Sekunden die Sperre seines Repositorys: er startet, fährt herunter oder hängt. Sehen Sie in sein error.log; sobald er antwortet oder beendet ist, führen Sie &apos;lifeboat resume&apos; aus.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 stays stopped: this run did not stop it.</source>
        <translation>%1 bleibt angehalten: dieser Lauf hat ihn nicht angehalten.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The start command of %1 printed: &quot;%2&quot;</source>
        <translation>Der Startbefehl von %1 gab aus: „%2“</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is stopped: start it by hand with %2, and check that it answers.</source>
        <translation>%1 ist gestoppt: Starten Sie ihn von Hand mit %2 und prüfen Sie, dass er antwortet.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>%1 stays stopped: the restore changed files and did not finish. The run&apos;s last lines and its report say how to finish it or put back what it replaced.</source>
        <translation>%1 bleibt gestoppt: Die Wiederherstellung hat Dateien geändert und wurde nicht abgeschlossen. Die letzten Zeilen des Laufs und sein Bericht sagen, wie Sie sie abschließen oder das Ersetzte zurückholen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 does not answer, but its process (pid %2) still holds its repository&apos;s lock: wait until it has ended (or end it), then start it by hand with %3, and check that it answers.</source>
        <translation>%1 antwortet nicht, aber sein Prozess (PID %2) hält noch die Sperre seines Repositorys: Warten Sie, bis er beendet ist (oder beenden Sie ihn), starten Sie ihn dann von Hand mit %3 und prüfen Sie, dass er antwortet.</translation>
    </message>
</context>
<context>
    <name>StepContext</name>
    <message>
        <location filename="../engine/run/StepContext.cpp" line="+44"/>
        <source>&lt;run id&gt;</source>
        <translation>&lt;Lauf-ID&gt;</translation>
    </message>
    <message>
        <location filename="../engine/run/StepContext.h" line="+82"/>
        <source>Cancelled by the user.</source>
        <translation>Vom Benutzer abgebrochen.</translation>
    </message>
</context>
<context>
    <name>StopNodesStep</name>
    <message>
        <location filename="../engine/steps/StopNodesStep.cpp" line="+22"/>
        <source>Stop %1</source>
        <translation>%1 stoppen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Users of these nodes lose service until they are started again.</source>
        <translation>Benutzer dieser Knoten haben keinen Dienst, bis sie wieder gestartet sind.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>running now</source>
        <translation>läuft gerade</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>already stopped; left alone</source>
        <translation>bereits gestoppt; bleibt unberührt</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 is already stopped.</source>
        <translation>%1 ist bereits gestoppt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stopping %1...</source>
        <translation>%1 wird gestoppt...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not stop %1: %2</source>
        <translation>%1 konnte nicht gestoppt werden: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>stop %1</source>
        <translation>%1 zu stoppen</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>%1 still answers %2 seconds after it was told to stop. Nothing of %1 was touched. Stop it yourself, then run &apos;lifeboat resume&apos; to go on.</source>
        <translation>%1 antwortet %2 Sekunden nach dem Stoppbefehl noch immer. An %1 wurde nichts verändert. Stoppen Sie den Knoten selbst und setzen Sie dann mit &apos;lifeboat resume&apos; fort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 did not stop within %2 seconds: its process (pid %3) still holds %4. Nothing of %1 was touched. Wait until that process has ended (or end it yourself), then run &apos;lifeboat resume&apos; to go on.</source>
        <translation>%1 hat nicht innerhalb von %2 Sekunden angehalten: sein Prozess (PID %3) hält noch %4. An %1 wurde nichts verändert. Warten Sie, bis dieser Prozess beendet ist (oder beenden Sie ihn selbst), und setzen Sie dann mit &apos;lifeboat resume&apos; fort.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 does not answer, but its process (pid %2) holds its repository&apos;s lock; telling it to stop.</source>
        <translation>%1 antwortet nicht, aber sein Prozess (PID %2) hält die Sperre seines Repositorys; er wird zum Anhalten aufgefordert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 has stopped: it does not answer and its repository is not locked.</source>
        <translation>%1 ist angehalten: er antwortet nicht und sein Repository ist nicht gesperrt.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The stop command of %1 printed: &quot;%2&quot;</source>
        <translation>Der Stoppbefehl von %1 gab aus: „%2“</translation>
    </message>
</context>
<context>
    <name>StoreDiscovery</name>
    <message>
        <location filename="../engine/discovery/StoreDiscovery.cpp" line="+29"/>
        <source>the GDS</source>
        <translation>GDS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the Content Storage Root</source>
        <translation>Content Storage Root</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>customer fonts</source>
        <translation>Kundenschriftarten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connector data</source>
        <translation>Konnektordaten</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Found %1 in more than one place: chose %2; also %3. Check which one the cluster uses.</source>
        <translation>%1 an mehr als einer Stelle gefunden: %2 gewählt; außerdem %3. Prüfen Sie, welche Stelle der Cluster verwendet.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No GDS (a DocumentStorage folder) was found; fill in where it is.</source>
        <translation>Kein GDS (ein Ordner DocumentStorage) gefunden; tragen Sie ein, wo er liegt.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Fonts also found on other hosts, not in the profile (its fonts are on one host): %1.</source>
        <translation>Schriftarten auch auf anderen Hosts gefunden, nicht im Profil (seine Schriftarten liegen auf einem Host): %1.</translation>
    </message>
</context>
<context>
    <name>SystemImageStep</name>
    <message>
        <location filename="../engine/steps/SystemImageStep.cpp" line="+23"/>
        <source>Re-create the system of %1 from its image and apply the recorded patches (if needed)</source>
        <translation>Das System von %1 aus seinem Image neu erstellen und die aufgezeichneten Patches installieren (falls nötig)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If a machine was lost, re-create it from its system image now, with the same DNS name, and apply the patches recorded in the backup. Confirm when that is done, or when it is not needed because the machine itself is fine.</source>
        <translation>Falls ein Rechner verloren ging, erstellen Sie ihn jetzt aus seinem System-Image mit demselben DNS-Namen neu, und installieren Sie die in der Sicherung aufgezeichneten Patches. Bestätigen Sie, wenn das erledigt ist oder wenn es nicht nötig ist, weil der Rechner selbst in Ordnung ist.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>re-create %1 from its system image, with the same DNS name</source>
        <translation>%1 aus seinem System-Image mit demselben DNS-Namen neu erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or tick it when the machine itself is fine</source>
        <translation>oder abhaken, wenn die Maschine selbst in Ordnung ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>apply to %1 the patches recorded in the backup</source>
        <translation>die in der Sicherung verzeichneten Patches auf %1 anwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or tick it when they are applied already</source>
        <translation>oder abhaken, wenn sie bereits angewendet sind</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from the sandbox&apos;s system image, by Lifeboat</source>
        <translation>aus dem System-Image der Sandbox, durch Lifeboat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>confirmed done or not needed by the user</source>
        <translation>vom Benutzer als erledigt oder nicht nötig bestätigt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>re-created from the sandbox&apos;s system image</source>
        <translation>aus dem System-Image der Sandbox neu erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-created %1&apos;s system from the sandbox image.</source>
        <translation>System von %1 aus dem Sandbox-Image neu erstellt.</translation>
    </message>
</context>
<context>
    <name>TakeSnapshotsStep</name>
    <message>
        <location filename="../engine/steps/TakeSnapshotsStep.cpp" line="+27"/>
        <source>The nodes are down only until the snapshots are taken, usually seconds whatever the size; the copy is then made from the snapshots while the nodes serve.</source>
        <translation>Die Knoten sind nur gestoppt, bis die Snapshots erstellt sind – meist Sekunden, unabhängig von der Größe; die Kopie entsteht danach aus den Snapshots, während die Knoten wieder dienen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>take a snapshot of %1</source>
        <translation>einen Snapshot von %1 erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove the snapshot of %1</source>
        <translation>den Snapshot von %1 entfernen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not take a snapshot of %1: %2</source>
        <translation>Snapshot von %1 konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapshot of %1 taken.</source>
        <translation>Snapshot von %1 erstellt.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>right after the snapshots: the nodes are down for seconds, whatever the size; the copy is made from the snapshots while they serve</source>
        <translation>direkt nach den Snapshots: Die Knoten sind nur Sekunden lang gestoppt, unabhängig von der Größe; die Kopie entsteht aus den Snapshots, während sie dienen</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Take snapshots: %1</source>
        <translation>Snapshots erstellen: %1</translation>
    </message>
</context>
<context>
    <name>TarStreamReader</name>
    <message>
        <location filename="../engine/backup/TarStreamReader.cpp" line="+62"/>
        <location line="+38"/>
        <location line="+26"/>
        <source>the archive ends early or is damaged</source>
        <translation>das Archiv endet zu früh oder ist beschädigt</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>an extended header is damaged</source>
        <translation>ein erweiterter Header ist beschädigt</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>a header is damaged (its checksum does not match)</source>
        <translation>ein Header ist beschädigt (seine Prüfsumme stimmt nicht)</translation>
    </message>
</context>
<context>
    <name>TerminalConfirmer</name>
    <message>
        <location filename="../app/TerminalConfirmer.cpp" line="+22"/>
        <source>Step %1: %2 — this step changes the cluster:</source>
        <translation>Schritt %1: %2 — dieser Schritt ändert den Cluster:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type &quot;%1&quot; to go on, or anything else to stop: </source>
        <translation>Geben Sie &quot;%1&quot; ein, um fortzufahren, oder etwas anderes, um anzuhalten: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go on? [y/N] </source>
        <translation>Fortfahren? [y/N] </translation>
    </message>
</context>
<context>
    <name>TerminalSecretPrompt</name>
    <message>
        <location filename="../app/TerminalSecretPrompt.cpp" line="+27"/>
        <source>The secret &quot;%1&quot; is not set (the variable %2 or the secrets file would hold it).</source>
        <translation>Das Geheimnis &quot;%1&quot; ist nicht gesetzt (die Variable %2 oder die Geheimnisdatei würde es enthalten).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type it (nothing is shown; Enter on its own gives up): </source>
        <translation>Geben Sie es ein (es wird nichts angezeigt; Enter allein bricht ab): </translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <location filename="../report/TimelineChart.cpp" line="+58"/>
        <location line="+125"/>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>C%1. %2</source>
        <translation>A%1. %2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Time since the run started at %1</source>
        <translation>Zeit seit Beginn des Laufs um %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>declined: not run</source>
        <translation>abgelehnt: nicht ausgeführt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Recovery time %1</source>
        <translation>Wiederherstellungszeit %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>step done</source>
        <translation>Schritt erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clean-up step done</source>
        <translation>Aufräumschritt erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled or declined</source>
        <translation>abgebrochen oder abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for a confirmation</source>
        <translation>wartet auf eine Bestätigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manual step (a person&apos;s work)</source>
        <translation>manueller Schritt (Arbeit einer Person)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A diamond marks a confirmation given in advance (--yes): the run did not wait.</source>
        <translation>Eine Raute markiert eine im Voraus gegebene Bestätigung (--yes): Der Lauf hat nicht gewartet.</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>%1 down</source>
        <translation>%1 ausgefallen</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>%1 · still down</source>
        <translation>%1 · noch ausgefallen</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>node down (from its stop until it answers again)</source>
        <translation>Knoten ausgefallen (vom Stoppen, bis er wieder antwortet)</translation>
    </message>
</context>
<context>
    <name>UndoRecord</name>
    <message>
        <location filename="../engine/run/UndoRecord.cpp" line="+41"/>
        <source>The run has no directory to record what it changes in.</source>
        <translation>Der Lauf hat kein Verzeichnis, in dem er festhalten kann, was er ändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>UnfinishedRuns</name>
    <message>
        <location filename="../ui/UnfinishedRuns.cpp" line="+48"/>
        <source>%1 on %2, started %3, was interrupted.</source>
        <translation>%1 auf %2, begonnen %3, wurde unterbrochen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 on %2 (%3) keeps what it replaced in a quarantine.</source>
        <translation>%1 auf %2 (%3) bewahrt, was es ersetzt hat, in einer Quarantäne auf.</translation>
    </message>
</context>
<context>
    <name>VerifyBackupSetStep</name>
    <message>
        <location filename="../engine/steps/VerifyBackupSetStep.cpp" line="+20"/>
        <source>Verify the backup set %1</source>
        <translation>Den Sicherungssatz %1 prüfen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reads back the parts this restore uses (%1) and checks every file against the manifest.</source>
        <translation>Liest die Teile zurück, die diese Wiederherstellung verwendet (%1), und prüft jede Datei gegen das Manifest.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing changes; a damaged set stops the restore before any node is touched.</source>
        <translation>Nichts ändert sich; ein beschädigter Satz hält die Wiederherstellung an, bevor ein Knoten angefasst wird.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading %1 (%2 of %3)...</source>
        <translation>Lese %1 (%2 von %3)...</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Checks the manifest of the set against SHA256SUMS and that SHA256SUMS lists the archives of the parts this restore uses (%1).</source>
        <translation>Prüft das Manifest des Satzes gegen SHA256SUMS und dass SHA256SUMS die Archive der Teile aufführt, die diese Wiederherstellung verwendet (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The archives of %1 and every file in them are checked against SHA256SUMS and the manifest as they are unpacked, before anything changes.</source>
        <translation>Die Archive von %1 und jede Datei darin werden beim Entpacken gegen SHA256SUMS und das Manifest geprüft, bevor sich irgendetwas ändert.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Read back %n file(s); every one matches the manifest.</source>
        <translation>
            <numerusform>%n Datei zurückgelesen; sie stimmt mit dem Manifest überein.</numerusform>
            <numerusform>%n Dateien zurückgelesen; jede stimmt mit dem Manifest überein.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The archives of %1 and every file in them are checked as they are unpacked, before anything changes.</source>
        <translation>Die Archive von %1 und jede Datei darin werden beim Entpacken geprüft, bevor sich irgendetwas ändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The set is %1.</source>
        <translation>Der Satz ist %1.</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <location filename="../app/VerifyCommand.cpp" line="+22"/>
        <source>Run &apos;lifeboat verify --help&apos; for its options.</source>
        <translation>Führen Sie &apos;lifeboat verify --help&apos; aus, um seine Optionen zu sehen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signature: %1.</source>
        <translation>Signatur: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check a backup set: every file against its manifest, every archive against SHA256SUMS</source>
        <translation>Einen Sicherungssatz prüfen: jede Datei gegen ihr Manifest, jedes Archiv gegen SHA256SUMS</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reads every archive of a backup set back and checks every file (present, size, SHA-256) against manifest.json and every archive against SHA256SUMS. Exit 0 when the set is intact, 3 when anything differs (each damaged file is named).</source>
        <translation>Liest jedes Archiv eines Sicherungssatzes zurück und prüft jede Datei (vorhanden, Größe, SHA-256) gegen manifest.json und jedes Archiv gegen SHA256SUMS. Exit-Code 0, wenn der Satz intakt ist, 3, wenn etwas abweicht (jede beschädigte Datei wird genannt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It says who signed the set (SHA256SUMS.sig) or that it is unsigned; a bad signature is damage, and so is a set not signed by an allowed signer when the profile requires signatures.</source>
        <translation>Es sagt, wer den Satz signiert hat (SHA256SUMS.sig) oder dass er unsigniert ist; eine ungültige Signatur gilt als Beschädigung, ebenso ein nicht von einem zugelassenen Unterzeichner signierter Satz, wenn das Profil Signaturen verlangt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Take SET as a set id under this cluster profile&apos;s backup root, and trust the signers its &quot;signing&quot; allows.</source>
        <translation>SATZ als Satz-ID unter dem Sicherungsverzeichnis dieses Clusterprofils nehmen und den Unterzeichnern vertrauen, die sein &quot;signing&quot; zulässt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Check the set&apos;s signature against this OpenSSH allowed-signers file (without --profile).</source>
        <translation>Die Signatur des Satzes mit dieser OpenSSH-Datei der zugelassenen Unterzeichner prüfen (ohne --profile).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup set directory, or its id with --profile.</source>
        <translation>Das Sicherungssatz-Verzeichnis, oder seine ID mit --profile.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SET</source>
        <translation>SATZ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give exactly one backup set: &apos;lifeboat verify DIR&apos; or &apos;lifeboat verify --profile FILE SETID&apos;.</source>
        <translation>Geben Sie genau einen Sicherungssatz an: &apos;lifeboat verify VERZ&apos; oder &apos;lifeboat verify --profile DATEI SATZID&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give --allowed-signers or --profile, not both: the profile names its own allowed signers.</source>
        <translation>Geben Sie --allowed-signers oder --profile an, nicht beides: Das Profil nennt seine eigenen zugelassenen Unterzeichner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not an allowed-signers file.</source>
        <translation>%1 ist keine Datei zugelassener Unterzeichner.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is not a set id. Give an id from &apos;lifeboat backups --profile %2&apos;, or a directory without --profile.</source>
        <translation>&apos;%1&apos; ist keine Satz-ID. Geben Sie eine ID aus &apos;lifeboat backups --profile %2&apos; an, oder ein Verzeichnis ohne --profile.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no backup set %1 in %2. &apos;lifeboat backups --profile %3&apos; lists the sets.</source>
        <translation>Es gibt keinen Sicherungssatz %1 in %2. &apos;lifeboat backups --profile %3&apos; listet die Sätze auf.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking %1 (%2 of %3)...</source>
        <translation>Prüfe %1 (%2 von %3)...</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>The backup set %1 is intact: %n file(s) checked</source>
        <translation>
            <numerusform>Der Sicherungssatz %1 ist intakt: %n Datei geprüft</numerusform>
            <numerusform>Der Sicherungssatz %1 ist intakt: %n Dateien geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n archive(s).</source>
        <translation>
            <numerusform>in %n Archiv.</numerusform>
            <numerusform>in %n Archiven.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The backup set %1 is DAMAGED: %n problem(s), listed above.</source>
        <translation>
            <numerusform>Der Sicherungssatz %1 ist BESCHÄDIGT: %n Problem, oben aufgeführt.</numerusform>
            <numerusform>Der Sicherungssatz %1 ist BESCHÄDIGT: %n Probleme, oben aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do not restore from it. Use another set (&apos;lifeboat backups&apos; lists them and their last verification) and make a new backup soon.</source>
        <translation>Stellen Sie nicht aus ihm wieder her. Verwenden Sie einen anderen Satz (&apos;lifeboat backups&apos; listet sie und ihre letzte Prüfung auf), und erstellen Sie bald eine neue Sicherung.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>manifest.json is not listed in SHA256SUMS (the set was made before Lifeboat checked its manifest): its archives were checked, the manifest itself was not.</source>
        <translation>manifest.json steht nicht in SHA256SUMS (der Satz wurde erstellt, bevor Lifeboat sein Manifest prüfte): Seine Archive wurden geprüft, das Manifest selbst nicht.</translation>
    </message>
</context>
<context>
    <name>WritablePlaces</name>
    <message>
        <location filename="../engine/steps/WritablePlaces.cpp" line="+43"/>
        <source>%1%2 Lifeboat must be able to change it: mount it read-write or give the user Lifeboat runs as write access there (on a real cluster, run as the user that owns the AEM files).</source>
        <translation>%1%2 Lifeboat muss es ändern können: Hängen Sie es beschreibbar ein oder geben Sie dem Benutzer, unter dem Lifeboat läuft, dort Schreibrechte (auf einem echten Cluster: führen Sie Lifeboat als Eigentümer der AEM-Dateien aus).</translation>
    </message>
</context>
</TS>
