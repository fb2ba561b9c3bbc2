<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AgentCommandLine</name>
    <message>
        <location filename="../agent/AgentCommandLine.cpp" line="+26"/>
        <source>usage: lifeboat-agent serve [--verbose]
       lifeboat-agent --version
Lifeboat starts it on a node host over ssh, to work on that host&apos;s files.</source>
        <translation>utilisation : lifeboat-agent serve [--verbose]
              lifeboat-agent --version
Lifeboat le lance par ssh sur l&apos;hôte d&apos;un nœud, pour travailler sur les fichiers de cet hôte.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown option &quot;%1&quot;</source>
        <translation>option inconnue « %1 »</translation>
    </message>
</context>
<context>
    <name>AgentServer</name>
    <message>
        <location filename="../agent/AgentServer.cpp" line="+98"/>
        <source>This lifeboat-agent (%1) speaks protocol version %2, and the Lifeboat that called it speaks version %3. Install the same version of Lifeboat on both machines.</source>
        <translation>Ce lifeboat-agent (%1) parle la version %2 du protocole, et le Lifeboat qui l&apos;a appelé la version %3. Installez la même version de Lifeboat sur les deux machines.</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>lifeboat-agent %1 does not know the operation &quot;%2&quot;.</source>
        <translation>lifeboat-agent %1 ne connaît pas l&apos;opération « %2 ».</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>lifeboat-agent %1 does not know the archive format &quot;%2&quot;.</source>
        <translation>lifeboat-agent %1 ne connaît pas le format d&apos;archive « %2 ».</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+65"/>
        <location line="+2"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+6"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Cancelled by the user.</source>
        <translation>Annulé par l&apos;utilisateur.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1 is larger than %2 bytes, more than Lifeboat writes in one piece.</source>
        <translation>%1 dépasse %2 octets, plus que ce que Lifeboat écrit d&apos;un seul tenant.</translation>
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
        <translation>Impossible de lancer %1 pour joindre %2 : %3</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The helper on %1 is lifeboat-agent %2, which speaks protocol version %3; this Lifeboat is version %4 and speaks protocol version %5. Install lifeboat %4 on %1 from the same package as on this machine (apt install ./lifeboat_%4_*.deb); it brings lifeboat-agent.</source>
        <translation>L&apos;assistant sur %1 est lifeboat-agent %2, qui parle la version %3 du protocole ; ce Lifeboat est en version %4 et parle la version %5 du protocole. Installez lifeboat %4 sur %1 à partir du même paquet que sur cette machine (apt install ./lifeboat_%4_*.deb) ; il fournit lifeboat-agent.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Lifeboat&apos;s helper is not installed on %1 (%2). Install lifeboat %3 on %1 from the same package as on this machine (apt install ./lifeboat_%3_*.deb); it brings lifeboat-agent.</source>
        <translation>L&apos;assistant de Lifeboat n&apos;est pas installé sur %1 (%2). Installez lifeboat %3 sur %1 à partir du même paquet que sur cette machine (apt install ./lifeboat_%3_*.deb) ; il fournit lifeboat-agent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot connect to %1: %2</source>
        <translation>Impossible de se connecter à %1 : %2</translation>
    </message>
    <message>
        <location line="+231"/>
        <location line="+41"/>
        <source>Cancelled by the user.</source>
        <translation>Annulé par l&apos;utilisateur.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The connection to %1 was lost: %2</source>
        <translation>La connexion à %1 a été perdue : %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>the helper was ended by signal %1</source>
        <translation>l&apos;assistant a été arrêté par le signal %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the helper ended with exit code %1</source>
        <translation>l&apos;assistant s&apos;est terminé avec le code de sortie %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the helper closed its output</source>
        <translation>l&apos;assistant a fermé sa sortie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 did not answer for %2 seconds, so Lifeboat stopped waiting. Check that the host is up and reachable.</source>
        <translation>%1 n&apos;a pas répondu pendant %2 secondes, Lifeboat a donc cessé d&apos;attendre. Vérifiez que l&apos;hôte fonctionne et qu&apos;il est joignable.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 did not answer as Lifeboat&apos;s helper does (it wrote &quot;%2&quot;). Check that nothing in the login&apos;s shell start-up files writes to standard output.</source>
        <translation>%1 n&apos;a pas répondu comme l&apos;assistant de Lifeboat (il a écrit « %2 »). Vérifiez que rien dans les fichiers de démarrage du shell de connexion n&apos;écrit sur la sortie standard.</translation>
    </message>
</context>
<context>
    <name>ArchiveContents</name>
    <message>
        <location filename="../engine/backup/ArchiveContents.cpp" line="+45"/>
        <source>Cannot read %1 from the archive.</source>
        <translation>Impossible de lire %1 dans l&apos;archive.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot open the archive %1: %2</source>
        <translation>Impossible d&apos;ouvrir l&apos;archive %1 : %2</translation>
    </message>
</context>
<context>
    <name>ArchivePartsStep</name>
    <message>
        <location filename="../engine/steps/ArchivePartsStep.cpp" line="+55"/>
        <source>Cannot create %1. Check the backup root&apos;s permissions and free space.</source>
        <translation>Impossible de créer %1. Vérifiez les droits et l&apos;espace libre de la racine des sauvegardes.</translation>
    </message>
</context>
<context>
    <name>BackupBootstrapScenario</name>
    <message>
        <location filename="../engine/scenarios/BackupBootstrapScenario.cpp" line="+10"/>
        <source>Back up the bootstrap properties files</source>
        <translation>Sauvegarder les fichiers de propriétés bootstrap</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copies the bootstrap properties file of every secondary node from where its application server keeps it. No downtime. Needed to recover a secondary node.</source>
        <translation>Copie le fichier de propriétés bootstrap de chaque nœud secondaire depuis l&apos;emplacement où son serveur d&apos;applications le conserve. Sans interruption de service. Nécessaire pour récupérer un nœud secondaire.</translation>
    </message>
</context>
<context>
    <name>BackupChain</name>
    <message numerus="yes">
        <location filename="../engine/backup/BackupChain.cpp" line="+102"/>
        <source>The manifest of %1 says %n file(s) of %2 are in &quot;%3&quot;, which is not the name of a backup set. The manifest is damaged; verify the set with &apos;lifeboat verify&apos; and restore from another one.</source>
        <translation>
            <numerusform>Le manifeste de %1 indique que %n fichier de %2 se trouve dans « %3 », qui n&apos;est pas le nom d&apos;un jeu de sauvegarde. Le manifeste est endommagé ; vérifiez le jeu avec &apos;lifeboat verify&apos; et restaurez à partir d&apos;un autre.</numerusform>
            <numerusform>Le manifeste de %1 indique que %n fichiers de %2 se trouvent dans « %3 », qui n&apos;est pas le nom d&apos;un jeu de sauvegarde. Le manifeste est endommagé ; vérifiez le jeu avec &apos;lifeboat verify&apos; et restaurez à partir d&apos;un autre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The backup set %1 takes %n file(s) of %2 from the older set %3, which is not in %4 (it was deleted or moved). Put %3 back into %4, or restore from another set (see &apos;lifeboat backups&apos;).</source>
        <translation>
            <numerusform>Le jeu de sauvegarde %1 reprend %n fichier de %2 du jeu plus ancien %3, qui n&apos;est pas dans %4 (il a été supprimé ou déplacé). Remettez %3 dans %4, ou restaurez à partir d&apos;un autre jeu (voir &apos;lifeboat backups&apos;).</numerusform>
            <numerusform>Le jeu de sauvegarde %1 reprend %n fichiers de %2 du jeu plus ancien %3, qui n&apos;est pas dans %4 (il a été supprimé ou déplacé). Remettez %3 dans %4, ou restaurez à partir d&apos;un autre jeu (voir &apos;lifeboat backups&apos;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>The backup set %1 takes %n file(s) of %2 from the older set %3, whose manifest cannot be read: %4 Verify %3 with &apos;lifeboat verify&apos;, or restore from another set (see &apos;lifeboat backups&apos;).</source>
        <translation>
            <numerusform>Le jeu de sauvegarde %1 reprend %n fichier de %2 du jeu plus ancien %3, dont le manifeste est illisible : %4 Vérifiez %3 avec &apos;lifeboat verify&apos;, ou restaurez à partir d&apos;un autre jeu (voir &apos;lifeboat backups&apos;).</numerusform>
            <numerusform>Le jeu de sauvegarde %1 reprend %n fichiers de %2 du jeu plus ancien %3, dont le manifeste est illisible : %4 Vérifiez %3 avec &apos;lifeboat verify&apos;, ou restaurez à partir d&apos;un autre jeu (voir &apos;lifeboat backups&apos;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>The backup set %1 takes %n file(s) of %2 from the older set %3, whose archive of %2 is missing. Verify %3 with &apos;lifeboat verify&apos;, or restore from another set (see &apos;lifeboat backups&apos;).</source>
        <translation>
            <numerusform>Le jeu de sauvegarde %1 reprend %n fichier de %2 du jeu plus ancien %3, dont l&apos;archive de %2 est absente. Vérifiez %3 avec &apos;lifeboat verify&apos;, ou restaurez à partir d&apos;un autre jeu (voir &apos;lifeboat backups&apos;).</numerusform>
            <numerusform>Le jeu de sauvegarde %1 reprend %n fichiers de %2 du jeu plus ancien %3, dont l&apos;archive de %2 est absente. Vérifiez %3 avec &apos;lifeboat verify&apos;, ou restaurez à partir d&apos;un autre jeu (voir &apos;lifeboat backups&apos;).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupMariaDbStep</name>
    <message>
        <location filename="../engine/steps/BackupMariaDbStep.cpp" line="+26"/>
        <source>Back up the %1 database</source>
        <translation>Sauvegarder la base de données %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of the MariaDB/MySQL database %2 on %3 (--single-transaction, with routines, triggers and events), archived as the part database-%4</source>
        <translation>%1 de la base de données MariaDB/MySQL %2 sur %3 (--single-transaction, avec routines, déclencheurs et événements), archivé comme partie database-%4</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The %1 dump matches binary log %2 at position %3; a point-in-time recovery replays the binary logs from there.</source>
        <translation>L&apos;export de %1 correspond au journal binaire %2 à la position %3 ; une restauration à un instant donné rejoue les journaux binaires à partir de là.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Binary logging is on, but the dump of %1 records no binary log position; a point-in-time recovery cannot start from this backup.</source>
        <translation>La journalisation binaire est active, mais l&apos;export de %1 n&apos;enregistre aucune position de journal binaire ; une restauration à un instant donné ne peut pas partir de cette sauvegarde.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot remove the previous dump %1. Check the backup root&apos;s permissions.</source>
        <translation>Impossible de supprimer l&apos;export précédent %1. Vérifiez les droits de la racine des sauvegardes.</translation>
    </message>
</context>
<context>
    <name>BackupModeArguments</name>
    <message>
        <location filename="../node/BackupModeArguments.cpp" line="+21"/>
        <source>lcbackupmode needs one of: %1</source>
        <translation>lcbackupmode attend l&apos;un de : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+23"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>-port must be a number from 1 to 65535, not &apos;%1&apos;</source>
        <translation>-port doit être un nombre de 1 à 65535, pas « %1 »</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>-host is not a host name or address: &apos;%1&apos;</source>
        <translation>-host n&apos;est ni un nom d&apos;hôte ni une adresse : « %1 »</translation>
    </message>
</context>
<context>
    <name>BackupModeStep</name>
    <message>
        <location filename="../engine/steps/BackupModeStep.cpp" line="+27"/>
        <source>rolling backup mode</source>
        <translation>mode de sauvegarde continue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>safe (snapshot) backup mode</source>
        <translation>mode de sauvegarde sécurisée (instantané)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter %1</source>
        <translation>Activer le %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave %1</source>
        <translation>Quitter le %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The forms server keeps working, but its file collector stops deleting expired GDS documents, so the GDS backup stays consistent with the database backup.</source>
        <translation>Le serveur de formulaires continue de fonctionner, mais son collecteur de fichiers cesse de supprimer les documents GDS expirés, afin que la sauvegarde du GDS reste cohérente avec celle de la base de données.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file collector resumes removing expired GDS documents.</source>
        <translation>Le collecteur de fichiers reprend la suppression des documents GDS expirés.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>label &quot;%1&quot;</source>
        <translation>libellé « %1 »</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The cluster is already in %1 with label &quot;%2&quot;.</source>
        <translation>Le cluster est déjà en %1 avec le libellé « %2 ».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The cluster is not in %1.</source>
        <translation>Le cluster n&apos;est pas en %1.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>enter %1</source>
        <translation>entrer en %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>leave %1</source>
        <translation>quitter le %1</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>already on (label &quot;%1&quot;); kept on after the backup</source>
        <translation>déjà actif (libellé « %1 ») ; reste actif après la sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stays on: the cluster was in it before this run</source>
        <translation>reste actif : le cluster y était avant cette exécution</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The cluster is already in %1 (label &quot;%2&quot;); it stays in it after the backup.</source>
        <translation>Le cluster est déjà en %1 (libellé « %2 ») ; il y reste après la sauvegarde.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The cluster was in %1 before this run; it stays in it.</source>
        <translation>Le cluster était en %1 avant cette exécution ; il y reste.</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Leave %1 if this run entered it</source>
        <translation>Quitter le %1 si cette exécution y est entrée</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The backup-mode command printed: &quot;%1&quot;</source>
        <translation>La commande du mode sauvegarde a affiché : « %1 »</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The cluster is still in %1: leave it by hand with %2</source>
        <translation>Le cluster est toujours en %1 : quittez-le à la main avec %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It reads %1 on its standard input.</source>
        <translation>Elle lit %1 sur son entrée standard.</translation>
    </message>
</context>
<context>
    <name>BackupOfflineScenario</name>
    <message>
        <location filename="../engine/scenarios/BackupOfflineScenario.cpp" line="+13"/>
        <source>Offline backup with downtime</source>
        <translation>Sauvegarde hors ligne avec interruption de service</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stops the whole cluster, backs up the databases, the GDS, connectors, every node&apos;s identity, all files of a secondary node, fonts, the Content Storage Root and bootstrap properties, then starts the cluster again. The simplest and most certain backup; users have no service while it runs.</source>
        <translation>Arrête tout le cluster, sauvegarde les bases de données, le GDS, les connecteurs, l&apos;identité de chaque nœud, tous les fichiers d&apos;un nœud secondaire, les polices, la Content Storage Root et les propriétés bootstrap, puis redémarre le cluster. La sauvegarde la plus simple et la plus sûre ; les utilisateurs n&apos;ont pas de service pendant son exécution.</translation>
    </message>
</context>
<context>
    <name>BackupOnlineScenario</name>
    <message>
        <location filename="../engine/scenarios/BackupOnlineScenario.cpp" line="+21"/>
        <source>Online backup with no downtime (slower responses)</source>
        <translation>Sauvegarde en ligne sans interruption de service (réponses plus lentes)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Puts the cluster in rolling backup mode and copies a secondary node&apos;s repository with AEM&apos;s online backup while every node keeps serving. No node stops; the copied node answers more slowly while the copy runs (the delay option trades speed for load).</source>
        <translation>Place le cluster en mode de sauvegarde continue et copie le référentiel d&apos;un nœud secondaire avec la sauvegarde en ligne d&apos;AEM pendant que tous les nœuds continuent de servir. Aucun nœud ne s&apos;arrête ; le nœud copié répond plus lentement pendant la copie (l&apos;option de délai arbitre entre vitesse et charge).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The secondary node to copy (default: the first).</source>
        <translation>Le nœud secondaire à copier (par défaut : le premier).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause between copied chunks, in milliseconds.</source>
        <translation>Pause entre les blocs copiés, en millisecondes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dir (default) or zip: how AEM writes the copy.</source>
        <translation>dir (par défaut) ou zip : comment AEM écrit la copie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--target must be dir or zip.</source>
        <translation>--target doit valoir dir ou zip.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>--delay must be 0 to 60000 milliseconds.</source>
        <translation>--delay doit être compris entre 0 et 60000 millisecondes.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 runs and answers AEM&apos;s online backup interface</source>
        <translation>%1 fonctionne et répond à l&apos;interface de sauvegarde en ligne d&apos;AEM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a secondary node of this cluster.</source>
        <translation>%1 n&apos;est pas un nœud secondaire de ce cluster.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a secondary with --node.</source>
        <translation>Choisissez un nœud secondaire avec --node.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not running; an online backup needs it up.</source>
        <translation>%1 ne fonctionne pas ; une sauvegarde en ligne a besoin qu&apos;il soit démarré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start it, or choose backup-rolling to copy it while stopped.</source>
        <translation>Démarrez-le, ou choisissez backup-rolling pour le copier à l&apos;arrêt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is running.</source>
        <translation>%1 fonctionne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No garbage collection or revision cleanup runs on %1</source>
        <translation>Aucun ramasse-miettes ni nettoyage des révisions ne tourne sur %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not say whether a data store garbage collection or a revision cleanup runs (Oak&apos;s RepositoryManagement MBean did not answer).</source>
        <translation>%1 n&apos;indique pas si un ramasse-miettes du data store ou un nettoyage des révisions tourne (le MBean RepositoryManagement d&apos;Oak n&apos;a pas répondu).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check in AEM&apos;s Operations &gt; Maintenance that none runs, and go on only then.</source>
        <translation>Vérifiez dans Operations &gt; Maintenance d&apos;AEM qu&apos;aucun ne tourne, et continuez seulement ensuite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A %1 runs on %2; Adobe says not to take an online backup meanwhile.</source>
        <translation>Un %1 tourne sur %2 ; Adobe interdit une sauvegarde en ligne pendant ce temps.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait until it has finished (Operations &gt; Maintenance), then check again. Nothing was changed.</source>
        <translation>Attendez qu&apos;il soit terminé (Operations &gt; Maintenance), puis vérifiez à nouveau. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neither runs on %1.</source>
        <translation>Aucun des deux ne tourne sur %1.</translation>
    </message>
</context>
<context>
    <name>BackupPostgresStep</name>
    <message>
        <location filename="../engine/steps/BackupPostgresStep.cpp" line="+26"/>
        <source>Back up the %1 database</source>
        <translation>Sauvegarder la base de données %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>pg_dump -Fc (custom format) of the PostgreSQL database %1 on %2, checked with pg_restore --list, archived as the part database-%3</source>
        <translation>pg_dump -Fc (format personnalisé) de la base de données PostgreSQL %1 sur %2, vérifié avec pg_restore --list, archivé comme partie database-%3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create %1. Check the backup root&apos;s permissions and free space.</source>
        <translation>Impossible de créer %1. Vérifiez les droits et l&apos;espace libre de la racine des sauvegardes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot remove the previous dump %1. Check the backup root&apos;s permissions.</source>
        <translation>Impossible de supprimer l&apos;export précédent %1. Vérifiez les droits de la racine des sauvegardes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dumped the %1 database: %2.</source>
        <translation>Base de données %1 exportée : %2.</translation>
    </message>
</context>
<context>
    <name>BackupPublishScenario</name>
    <message>
        <location filename="../engine/scenarios/BackupPublishScenario.cpp" line="+24"/>
        <source>Back up Correspondence Management publish nodes</source>
        <translation>Sauvegarder les nœuds de publication de Correspondence Management</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stops the publish node(s), copies their repositories and starts them again. Publishing must be held for the duration; the author cluster keeps running.</source>
        <translation>Arrête le ou les nœuds de publication, copie leurs référentiels et les redémarre. La publication doit être suspendue pendant ce temps ; le cluster d&apos;auteur continue de fonctionner.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One publish node (default: all of them).</source>
        <translation>Un nœud de publication (par défaut : tous).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every publish node</source>
        <translation>Tous les nœuds de publication</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Publish nodes to back up</source>
        <translation>Nœuds de publication à sauvegarder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile has no publish node.</source>
        <translation>Le profil n&apos;a aucun nœud de publication.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add the publish nodes to the profile.</source>
        <translation>Ajoutez les nœuds de publication au profil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a publish node.</source>
        <translation>%1 n&apos;est pas un nœud de publication.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a publish node with --node.</source>
        <translation>Choisissez un nœud de publication avec --node.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no repository at %2.</source>
        <translation>%1 n&apos;a pas de référentiel dans %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recover the node first (recover-publish-node).</source>
        <translation>Récupérez d&apos;abord le nœud (recover-publish-node).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hold publishing</source>
        <translation>Suspendre la publication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure nobody publishes from the author cluster (pause the replication agents) until Lifeboat reports that this backup is done.</source>
        <translation>Assurez-vous que personne ne publie depuis le cluster d&apos;auteur (mettez en pause les agents de réplication) jusqu&apos;à ce que Lifeboat indique que cette sauvegarde est terminée.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Back up all files of %1&apos;s repository</source>
        <translation>Sauvegarder tous les fichiers du référentiel de %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Back up all files of %1&apos;s repository from its snapshot</source>
        <translation>Sauvegarder tous les fichiers du référentiel de %1 depuis son instantané</translation>
    </message>
</context>
<context>
    <name>BackupRetention</name>
    <message>
        <location filename="../engine/backup/BackupRetention.cpp" line="+52"/>
        <source>Cannot delete %1. Check the permissions of the backup root, or delete the set by hand.</source>
        <translation>Impossible de supprimer %1. Vérifiez les droits de la racine des sauvegardes, ou supprimez le jeu à la main.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not delete all of %1. Check its permissions and delete what is left by hand.</source>
        <translation>Impossible de supprimer entièrement %1. Vérifiez ses droits et supprimez le reste à la main.</translation>
    </message>
</context>
<context>
    <name>BackupRollingScenario</name>
    <message>
        <location filename="../engine/scenarios/BackupRollingScenario.cpp" line="+16"/>
        <source>Offline backup with no downtime (rolling backup mode)</source>
        <translation>Sauvegarde hors ligne sans interruption de service (mode de sauvegarde continue)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Puts the cluster in rolling backup mode, stops one secondary node and backs up from it while the other nodes keep serving. No downtime; the cluster runs with one node fewer for the duration.</source>
        <translation>Place le cluster en mode de sauvegarde continue, arrête un nœud secondaire et sauvegarde à partir de celui-ci pendant que les autres nœuds continuent de servir. Sans interruption de service ; le cluster fonctionne avec un nœud de moins pendant ce temps.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secondary node to stop and back up (default: the first).</source>
        <translation>Le nœud secondaire à arrêter et à sauvegarder (par défaut : le premier).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a secondary node</source>
        <translation>%1 est un nœud secondaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a secondary node of this cluster.</source>
        <translation>%1 n&apos;est pas un nœud secondaire de ce cluster.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a secondary with --node; the primary must keep running.</source>
        <translation>Choisissez un nœud secondaire avec --node ; le nœud principal doit continuer de fonctionner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 will be stopped while the others serve.</source>
        <translation>%1 sera arrêté pendant que les autres servent.</translation>
    </message>
</context>
<context>
    <name>BackupScenario</name>
    <message>
        <location filename="../engine/scenarios/BackupScenario.cpp" line="+231"/>
        <source>these are pipes, sockets or devices, which a backup cannot hold and Lifeboat never opens: %1</source>
        <translation>ce sont des tubes, des sockets ou des périphériques, qu’une sauvegarde ne peut pas contenir et que Lifeboat n’ouvre jamais : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>these links lead outside what is backed up with them, so a restore could not recreate them safely: %1</source>
        <translation>ces liens mènent hors de ce qui est sauvegardé avec eux, une restauration ne pourrait donc pas les recréer sans risque : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup would lack something: %1.</source>
        <translation>Il manquerait quelque chose à la sauvegarde : %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move them out of the folders that are backed up (or replace a link with what it points to), then check again.</source>
        <translation>Déplacez-les hors des dossiers sauvegardés (ou remplacez un lien par ce vers quoi il pointe), puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only files, folders and links that stay inside their part.</source>
        <translation>Uniquement des fichiers, des dossiers et des liens qui restent dans leur partie.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Everything to back up can be archived</source>
        <translation>Tout ce qui est à sauvegarder peut être archivé</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A label for the backup set (and the backup mode session).</source>
        <translation>Un libellé pour le jeu de sauvegarde (et la session du mode de sauvegarde).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zstd (default), gzip, xz or zip.</source>
        <translation>zstd (par défaut), gzip, xz ou zip.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--compression must be zstd, gzip, xz or zip.</source>
        <translation>--compression doit valoir zstd, gzip, xz ou zip.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first secondary node</source>
        <translation>Le premier nœud secondaire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup mode timeout, 0 to 10080 (0: none).</source>
        <translation>Délai d&apos;expiration du mode de sauvegarde, de 0 à 10080 (0 : aucun).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--timeout must be 0 to 10080 minutes.</source>
        <translation>--timeout doit être compris entre 0 et 10080 minutes.</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Backup root is writable</source>
        <translation>La racine des sauvegardes est accessible en écriture</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write to %1.</source>
        <translation>Impossible d&apos;écrire dans %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give this user write access, or change &quot;backupRoot&quot; in the profile.</source>
        <translation>Donnez à cet utilisateur le droit d&apos;écriture, ou modifiez « backupRoot » dans le profil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enough free space for the backup</source>
        <translation>Espace libre suffisant pour la sauvegarde</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>%1 free under %2, and the backup may need up to %3.</source>
        <translation>%1 libres sous %2, et la sauvegarde peut nécessiter jusqu&apos;à %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free some space (prune old backup sets with &apos;lifeboat prune&apos;) or move the backup root.</source>
        <translation>Libérez de l&apos;espace (supprimez les anciens jeux de sauvegarde avec &apos;lifeboat prune&apos;) ou déplacez la racine des sauvegardes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 free, up to %2 needed.</source>
        <translation>%1 libres, jusqu&apos;à %2 nécessaires.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Full or incremental</source>
        <translation>Complet ou incrémentiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A full backup.</source>
        <translation>Une sauvegarde complète.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup sets can be signed</source>
        <translation>Les jeux de sauvegarde peuvent être signés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has its repository and cluster node id</source>
        <translation>%1 a son référentiel et son identifiant de nœud de cluster</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1/repository/cluster_node.id is missing.</source>
        <translation>%1/repository/cluster_node.id est absent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recover the node first (&quot;%1&quot;), then back up.</source>
        <translation>Restaurez d&apos;abord le nœud (« %1 »), puis sauvegardez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lifeboat can back up the %1 database</source>
        <translation>Lifeboat peut sauvegarder la base de données %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifeboat cannot back up %1 databases yet.</source>
        <translation>Lifeboat ne sait pas encore sauvegarder les bases de données %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up %1 with its own tools in the same backup-mode window, or remove it from the profile.</source>
        <translation>Sauvegardez %1 avec ses propres outils pendant la même fenêtre du mode de sauvegarde, ou retirez-la du profil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Secrets are available</source>
        <translation>Les secrets sont disponibles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All secrets the profile refers to are set.</source>
        <translation>Tous les secrets auxquels le profil fait référence sont définis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provide the secret as the message says, then check again.</source>
        <translation>Fournissez le secret comme l&apos;indique le message, puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fix &quot;signing&quot; in the profile, or remove its &quot;key&quot; to make unsigned sets.</source>
        <translation>Corrigez &quot;signing&quot; dans le profil, ou retirez-en &quot;key&quot; pour créer des jeux non signés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each set is signed with %1.</source>
        <translation>Chaque jeu est signé avec %1.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The primary is running</source>
        <translation>Le nœud principal fonctionne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not running, so the cluster cannot enter backup mode.</source>
        <translation>%1 ne fonctionne pas, le cluster ne peut donc pas passer en mode de sauvegarde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the cluster, or use &quot;%1&quot;.</source>
        <translation>Démarrez le cluster, ou utilisez « %1 ».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cluster is already in %1 (label &quot;%2&quot;).</source>
        <translation>Le cluster est déjà en %1 (libellé « %2 »).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another backup may be running. Go on only if you know it is not.</source>
        <translation>Une autre sauvegarde est peut-être en cours. Ne continuez que si vous êtes sûr que ce n&apos;est pas le cas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is running.</source>
        <translation>%1 fonctionne.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Back up the GDS, connectors, node identities, fonts, Content Storage Root and bootstrap properties</source>
        <translation>Sauvegarder le GDS, les connecteurs, les identités des nœuds, les polices, la Content Storage Root et les propriétés bootstrap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up the GDS, %1&apos;s repository, connectors, node identities, fonts, Content Storage Root and bootstrap properties</source>
        <translation>Sauvegarder le GDS, le référentiel de %1, les connecteurs, les identités des nœuds, les polices, la Content Storage Root et les propriétés bootstrap</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Back up the bootstrap properties of every secondary node</source>
        <translation>Sauvegarder les propriétés bootstrap de chaque nœud secondaire</translation>
    </message>
    <message>
        <location line="-244"/>
        <source>No password on a command line</source>
        <translation>Aucun mot de passe sur une ligne de commande</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The backup-mode commands get their password on standard input, if at all.</source>
        <translation>Les commandes du mode de sauvegarde reçoivent leur mot de passe, le cas échéant, sur l’entrée standard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 put a password on the command line, where every user of that machine can read it while it runs.</source>
        <translation>%1 placent un mot de passe sur la ligne de commande, où chaque utilisateur de cette machine peut le lire pendant l’exécution.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass it as the command&apos;s input instead (&quot;input&quot;: &quot;{password}&quot;), if the program can read it from there; see &quot;Command templates and secrets&quot; in docs/profile.md.</source>
        <translation>Passez-le plutôt comme entrée de la commande (&quot;input&quot;: &quot;{password}&quot;), si le programme sait l’y lire ; voir « Command templates and secrets » dans docs/profile.md.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is running; the cluster is kept in %2 (label &quot;%3&quot;), which the backup uses and leaves on.</source>
        <translation>%1 tourne ; le cluster est maintenu en %2 (libellé « %3 »), que la sauvegarde utilise et laisse actif.</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>Back up what is copied while the nodes are stopped: %1</source>
        <translation>Sauvegarder ce qui est copié pendant que les nœuds sont arrêtés : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back up from the snapshots, and the configuration, while the nodes serve</source>
        <translation>Sauvegarder depuis les instantanés, avec la configuration, pendant que les nœuds servent</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Snapshots as the profile asks</source>
        <translation>Instantanés comme le profil le demande</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot have a %2: %3</source>
        <translation>%1 ne peut pas avoir de %2 : %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set &quot;snapshots&quot; in the profile to &quot;auto&quot; (the best the file system offers) or &quot;none&quot; (copy while the nodes are stopped) for these paths, or put them where that method works.</source>
        <translation>Mettez &quot;snapshots&quot; du profil à &quot;auto&quot; (le mieux que le système de fichiers offre) ou &quot;none&quot; (copie pendant que les nœuds sont arrêtés) pour ces chemins, ou placez-les là où cette méthode fonctionne.</translation>
    </message>
    <message>
        <location line="-391"/>
        <source>A full set, even where an incremental one would build on an earlier set.</source>
        <translation>Un jeu complet, même là où un jeu incrémentiel s&apos;appuierait sur un jeu antérieur.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>A full backup, as asked (--full).</source>
        <translation>Une sauvegarde complète, comme demandé (--full).</translation>
    </message>
</context>
<context>
    <name>BackupSchedule</name>
    <message>
        <location filename="../engine/run/BackupSchedule.cpp" line="+42"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Say when it runs, for example &quot;daily&quot; or &quot;Mon..Fri 02:00&quot;.</source>
        <translation>Indiquez quand elle s&apos;exécute, par exemple &quot;daily&quot; ou &quot;Mon..Fri 02:00&quot;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>systemd does not understand &quot;%1&quot;: %2</source>
        <translation>systemd ne comprend pas &quot;%1&quot; : %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Cannot make the folder %1 for the schedule&apos;s units.</source>
        <translation>Impossible de créer le dossier %1 pour les unités de la planification.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cannot delete %1. Check its permissions.</source>
        <translation>Impossible de supprimer %1. Vérifiez ses droits.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Turn it on with: %1 daemon-reload &amp;&amp; %1 enable --now %2.timer</source>
        <translation>Activez-la avec : %1 daemon-reload &amp;&amp; %1 enable --now %2.timer</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Lifeboat: %1 of %2</source>
        <translation>Lifeboat : %1 de %2</translation>
    </message>
</context>
<context>
    <name>BackupSetManifest</name>
    <message>
        <location filename="../engine/backup/BackupSetManifest.cpp" line="+83"/>
        <source>it is empty</source>
        <translation>il est vide</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>%1 is not a complete backup set: it has no readable manifest.json.</source>
        <translation>%1 n&apos;est pas un jeu de sauvegarde complet : il n&apos;a pas de manifest.json lisible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a set from &apos;lifeboat backups&apos;.</source>
        <translation>Choisissez un jeu dans &apos;lifeboat backups&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The manifest of %1 is damaged (%2).</source>
        <translation>Le manifeste de %1 est endommagé (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify the set with &apos;lifeboat verify&apos; and choose another one.</source>
        <translation>Vérifiez le jeu avec &apos;lifeboat verify&apos; et choisissez-en un autre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The manifest of %1 cannot be trusted: %2.</source>
        <translation>Le manifeste de %1 n&apos;est pas digne de confiance : %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was restored from it; verify the set with &apos;lifeboat verify&apos; and choose another one.</source>
        <translation>Rien n&apos;a été restauré à partir de lui ; vérifiez le jeu avec « lifeboat verify » et choisissez-en un autre.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The manifest of %1 lists no parts.</source>
        <translation>Le manifeste de %1 ne liste aucune partie.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The manifest of %1 lists no parts, so there is nothing to restore from it.</source>
        <translation>Le manifeste de %1 ne contient aucune partie ; il n&apos;y a donc rien à restaurer.</translation>
    </message>
</context>
<context>
    <name>BackupSetVerifier</name>
    <message>
        <location filename="../engine/backup/BackupSetVerifier.cpp" line="+652"/>
        <source>is a link in the archive that the manifest does not list as this link</source>
        <translation>est un lien dans l’archive que le manifeste ne mentionne pas comme tel</translation>
    </message>
    <message>
        <location line="-542"/>
        <source>is missing or unreadable, so no archive can be checked as a whole</source>
        <translation>est absent ou illisible ; aucune archive ne peut donc être vérifiée dans son ensemble</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>line %1 is not &quot;&lt;SHA-256&gt;  &lt;archive&gt;&quot;</source>
        <translation>la ligne %1 n&apos;est pas de la forme « &lt;SHA-256&gt;  &lt;archive&gt; »</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 is not a directory. Give a backup set directory (see &apos;lifeboat backups&apos;).</source>
        <translation>%1 n&apos;est pas un répertoire. Indiquez le répertoire d&apos;un jeu de sauvegarde (voir &apos;lifeboat backups&apos;).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is an unfinished backup set (it was never published), so there is nothing to verify. Resume its run, or verify a complete set (see &apos;lifeboat backups&apos;).</source>
        <translation>%1 est un jeu de sauvegarde inachevé (il n&apos;a jamais été publié) ; il n&apos;y a donc rien à vérifier. Reprenez son exécution, ou vérifiez un jeu complet (voir &apos;lifeboat backups&apos;).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>cannot be parsed (%1), so nothing in the set can be checked</source>
        <translation>ne peut pas être analysé (%1) ; rien dans le jeu ne peut donc être vérifié</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+400"/>
        <source>cannot be read (%1)</source>
        <translation>ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <location line="-404"/>
        <source>is not a regular file, so it was not read</source>
        <translation>n&apos;est pas un fichier ordinaire et n&apos;a donc pas été lu</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>is not signed by an allowed signer, and the profile requires it (&quot;signing&quot;: &quot;required&quot;)</source>
        <translation>n&apos;est pas signé par un signataire autorisé, et le profil l&apos;exige (&quot;signing&quot;: &quot;required&quot;)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>lists no parts</source>
        <translation>ne contient aucune partie</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>lists %1, which the manifest does not</source>
        <translation>contient %1, que le manifeste ne contient pas</translation>
    </message>
    <message numerus="yes">
        <location line="+216"/>
        <source>the archive is missing (%n file(s) of part %1 lost)</source>
        <translation>
            <numerusform>l&apos;archive est absente (%n fichier de la partie %1 perdu)</numerusform>
            <numerusform>l&apos;archive est absente (%n fichiers de la partie %1 perdus)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+199"/>
        <location line="+61"/>
        <source>is not listed in SHA256SUMS</source>
        <translation>ne figure pas dans SHA256SUMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256 of the archive differs from SHA256SUMS (the archive file was changed or damaged)</source>
        <translation>le SHA-256 de l&apos;archive diffère de SHA256SUMS (le fichier d&apos;archive a été modifié ou endommagé)</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>is not a .tar.zst, .tar.gz, .tar.xz or .zip archive</source>
        <translation>n&apos;est pas une archive .tar.zst, .tar.gz, .tar.xz ou .zip</translation>
    </message>
    <message>
        <location line="-448"/>
        <source>The backup set %1 is damaged, so nothing was restored and every node is as it was: %2. Choose another set (see &apos;lifeboat backups&apos;).</source>
        <translation>Le jeu de sauvegarde %1 est endommagé ; rien n&apos;a donc été restauré et chaque nœud est tel qu&apos;avant : %2. Choisissez un autre jeu (voir &apos;lifeboat backups&apos;).</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>is missing, though SHA256SUMS lists it</source>
        <translation>est absent, alors que SHA256SUMS le mentionne</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>does not say what manifest.json says (the list of sets would show the set wrongly)</source>
        <translation>ne dit pas ce que dit manifest.json (la liste des jeux montrerait mal le jeu)</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>cannot be parsed (%1), so the files this set takes from %2 cannot be checked</source>
        <translation>ne peut pas être analysé (%1), donc les fichiers que ce jeu prend de %2 ne peuvent pas être vérifiés</translation>
    </message>
    <message numerus="yes">
        <location line="+192"/>
        <location line="+89"/>
        <source>cannot be opened as an archive (%1); none of its %n file(s) can be checked</source>
        <translation>
            <numerusform>ne peut pas être ouvert comme archive (%1) ; son %n fichier ne peut pas être vérifié</numerusform>
            <numerusform>ne peut pas être ouvert comme archive (%1) ; aucun de ses %n fichiers ne peut être vérifié</numerusform>
        </translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+76"/>
        <source>cannot be read to its end (the archive is damaged or truncated here)</source>
        <translation>ne peut pas être lu jusqu&apos;au bout (l&apos;archive est endommagée ou tronquée à cet endroit)</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+55"/>
        <source>is in the archive but not in the manifest</source>
        <translation>figure dans l&apos;archive mais pas dans le manifeste</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+47"/>
        <source>size is %1 bytes, the manifest says %2</source>
        <translation>la taille est de %1 octets, le manifeste indique %2</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+75"/>
        <source>SHA-256 differs</source>
        <translation>le SHA-256 diffère</translation>
    </message>
    <message numerus="yes">
        <location line="-68"/>
        <source>cannot be read past %1 (%2); %n more file(s) not checked</source>
        <translation>
            <numerusform>ne peut pas être lu au-delà de %1 (%2) ; %n fichier de plus non vérifié</numerusform>
            <numerusform>ne peut pas être lu au-delà de %1 (%2) ; %n fichiers de plus non vérifiés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+30"/>
        <source>missing from the archive</source>
        <translation>absent de l&apos;archive</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>cannot be decompressed to its end: the archive is damaged</source>
        <translation>ne peut pas être décompressé jusqu&apos;au bout : l&apos;archive est endommagée</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>There is no verification to record for %1.</source>
        <translation>Il n&apos;y a aucune vérification à enregistrer pour %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot write %1: %2. The result above stands, but &apos;lifeboat backups&apos; will not show it; check the permissions and free space of the set directory.</source>
        <translation>Impossible d&apos;écrire %1 : %2. Le résultat ci-dessus reste valable, mais &apos;lifeboat backups&apos; ne l&apos;affichera pas ; vérifiez les droits et l&apos;espace libre du répertoire du jeu.</translation>
    </message>
    <message numerus="yes">
        <location line="-321"/>
        <location line="+132"/>
        <source>is not listed in the SHA256SUMS of %1, the older set this set takes %n file(s) from</source>
        <translation>
            <numerusform>n&apos;est pas listée dans le SHA256SUMS de %1, le jeu plus ancien dont ce jeu reprend %n fichier</numerusform>
            <numerusform>n&apos;est pas listée dans le SHA256SUMS de %1, le jeu plus ancien dont ce jeu reprend %n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>SHA-256 of the archive differs from the SHA256SUMS of %1, the older set this set takes %n file(s) from (the archive file was changed or damaged)</source>
        <translation>
            <numerusform>le SHA-256 de l&apos;archive diffère du SHA256SUMS de %1, le jeu plus ancien dont ce jeu reprend %n fichier (le fichier d&apos;archive a été modifié ou endommagé)</numerusform>
            <numerusform>le SHA-256 de l&apos;archive diffère du SHA256SUMS de %1, le jeu plus ancien dont ce jeu reprend %n fichiers (le fichier d&apos;archive a été modifié ou endommagé)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-139"/>
        <location line="+21"/>
        <source>is not a .tar.zst, .tar.gz or .tar.xz archive, so it cannot hold files of a newer set</source>
        <translation>n&apos;est pas une archive .tar.zst, .tar.gz ou .tar.xz, et ne peut donc pas contenir de fichiers d&apos;un jeu plus récent</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>is missing (part %1 takes files from %2)</source>
        <translation>est absent (la partie %1 prend des fichiers dans %2)</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+95"/>
        <location line="+23"/>
        <source>SHA-256 differs from SHA256SUMS (the file was changed or damaged)</source>
        <translation>le SHA-256 diffère de SHA256SUMS (le fichier a été modifié ou endommagé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>does not list the files the manifest stores in %1</source>
        <translation>ne liste pas les fichiers que le manifeste place dans %1</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>has no part %1</source>
        <translation>n&apos;a pas de partie %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is not in this archive as the set records it</source>
        <translation>n&apos;est pas dans cette archive tel que le jeu l&apos;enregistre</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>is missing, so nothing in the set can be checked or restored</source>
        <translation>est absent : rien dans le jeu ne peut être vérifié ni restauré</translation>
    </message>
</context>
<context>
    <name>BackupSqliteStep</name>
    <message>
        <location filename="../engine/steps/BackupSqliteStep.cpp" line="+27"/>
        <source>Back up the %1 database</source>
        <translation>Sauvegarder la base de données %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>consistent copy of %1 (VACUUM INTO), integrity-checked</source>
        <translation>copie cohérente de %1 (VACUUM INTO), intégrité vérifiée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open the %1 database %2: %3</source>
        <translation>Impossible d&apos;ouvrir la base de données %1 %2 : %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot copy the %1 database: %2. Run PRAGMA integrity_check on %3; a damaged database must be repaired or restored before it can be backed up.</source>
        <translation>Impossible de copier la base de données %1 : %2. Exécutez PRAGMA integrity_check sur %3 ; une base endommagée doit être réparée ou restaurée avant de pouvoir être sauvegardée.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The copy of the %1 database fails its integrity check (%2). The database %3 is damaged; repair or restore it first.</source>
        <translation>La copie de la base de données %1 échoue au contrôle d&apos;intégrité (%2). La base %3 est endommagée ; réparez-la ou restaurez-la d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>BackupsCommand</name>
    <message>
        <location filename="../app/BackupsCommand.cpp" line="+25"/>
        <source>List the complete backup sets of a profile, newest first, with their last verification</source>
        <translation>Lister les jeux de sauvegarde complets d&apos;un profil, du plus récent au plus ancien, avec leur dernière vérification</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The cluster profile (JSON) whose backup root is listed.</source>
        <translation>Le profil de cluster (JSON) dont la racine des sauvegardes est listée.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Usage: lifeboat backups --profile FILE [--json] (a sandbox has its profile at DIR/cluster.json).</source>
        <translation>Usage : lifeboat backups --profile FICHIER [--json] (un bac à sable a son profil dans RÉP/cluster.json).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No complete backup sets in %1.</source>
        <translation>Aucun jeu de sauvegarde complet dans %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RESTORE POINT</source>
        <translation>POINT RESTAURATION</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STRATEGY</source>
        <translation>STRATÉGIE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIZE</source>
        <translation>TAILLE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VERIFIED</source>
        <translation>VÉRIFIÉ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LABEL</source>
        <translation>LIBELLÉ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ok %1</source>
        <translation>ok %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DAMAGED %1</source>
        <translation>ENDOMMAGÉ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(manifest unreadable)</source>
        <translation>(manifeste illisible)</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n unfinished set(s) (.partial) are not listed: resume their run, or &apos;lifeboat prune&apos; removes those untouched for 24 hours.</source>
        <translation>
            <numerusform>%n jeu inachevé (.partial) n&apos;est pas listé : reprenez son exécution, ou &apos;lifeboat prune&apos; supprime ceux qui n&apos;ont pas été modifiés depuis 24 heures.</numerusform>
            <numerusform>%n jeux inachevés (.partial) ne sont pas listés : reprenez leur exécution, ou &apos;lifeboat prune&apos; supprime ceux qui n&apos;ont pas été modifiés depuis 24 heures.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-24"/>
        <source>DOWNTIME</source>
        <translation>ARRÊT</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>RESTORES</source>
        <translation>RESTAURÉ</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>BASE</source>
        <translation>BASE</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>full</source>
        <translation>complet</translation>
    </message>
</context>
<context>
    <name>ChainUnpacker</name>
    <message>
        <location filename="../engine/restore/ChainUnpacker.cpp" line="+23"/>
        <source>The checksum of %1 could not be taken as it was unpacked, so it was not checked against SHA256SUMS. Nothing was swapped in; verify the set with &apos;lifeboat verify&apos; and try again.</source>
        <translation>La somme de contrôle de %1 n&apos;a pas pu être calculée pendant la décompression ; elle n&apos;a donc pas été vérifiée par rapport à SHA256SUMS. Rien n&apos;a été mis en place ; vérifiez le jeu avec « lifeboat verify » et réessayez.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot unpack into %1: it already exists.</source>
        <translation>Impossible de décompresser dans %1 : il existe déjà.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>In the older set %1: %2</source>
        <translation>Dans le jeu plus ancien %1 : %2</translation>
    </message>
</context>
<context>
    <name>Change</name>
    <message>
        <location filename="../engine/run/Change.cpp" line="+48"/>
        <source>delete</source>
        <translation>supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move</source>
        <translation>déplacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write</source>
        <translation>écrire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overwrite</source>
        <translation>écraser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stop node</source>
        <translation>arrêter le nœud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start node</source>
        <translation>démarrer le nœud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter backup mode</source>
        <translation>activer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leave backup mode</source>
        <translation>quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run</source>
        <translation>exécuter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by hand:</source>
        <translation>à la main :</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <location line="-5"/>
        <source>keep</source>
        <translation>garder</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <location filename="../app/CheckCommand.cpp" line="+19"/>
        <source>Run a scenario&apos;s preconditions and show what would block it</source>
        <translation>Exécuter les vérifications préalables d&apos;un scénario et montrer ce qui le bloquerait</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WARN</source>
        <translation>AVERT.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to do: %1</source>
        <translation>À faire : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings do not block.</source>
        <translation>Les avertissements ne bloquent pas.</translation>
    </message>
</context>
<context>
    <name>CheckGdsConsistencyStep</name>
    <message>
        <location filename="../engine/steps/CheckGdsConsistencyStep.cpp" line="+36"/>
        <source>The GDS part of %1 is missing, so the backup cannot be checked.</source>
        <translation>La partie GDS de %1 est absente ; la sauvegarde ne peut donc pas être vérifiée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The %1 database is not checked against the GDS here (only SQLite copies are).</source>
        <translation>La base de données %1 n&apos;est pas confrontée au GDS ici (seules les copies SQLite le sont).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot run the GDS reference query of the %1 database: %2. Check &quot;gdsReferenceQuery&quot; in the profile.</source>
        <translation>Impossible d&apos;exécuter la requête de références GDS de la base de données %1 : %2. Vérifiez « gdsReferenceQuery » dans le profil.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The backup is inconsistent: %n document(s) that the %1 database refers to are missing from the GDS backup or differ: %2. Back up inside a backup mode, or offline.</source>
        <translation>
            <numerusform>La sauvegarde est incohérente : %n document auquel la base de données %1 fait référence est absent de la sauvegarde du GDS ou diffère : %2. Sauvegardez en mode de sauvegarde, ou hors ligne.</numerusform>
            <numerusform>La sauvegarde est incohérente : %n documents auxquels la base de données %1 fait référence sont absents de la sauvegarde du GDS ou diffèrent : %2. Sauvegardez en mode de sauvegarde, ou hors ligne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>All %n GDS reference(s) of the %1 database resolve in the GDS backup.</source>
        <translation>
            <numerusform>La %n référence GDS de la base de données %1 est résolue dans la sauvegarde du GDS.</numerusform>
            <numerusform>Les %n références GDS de la base de données %1 sont toutes résolues dans la sauvegarde du GDS.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/steps/CheckGdsConsistencyStep.h" line="+24"/>
        <source>Check that the database and GDS backups agree</source>
        <translation>Vérifier que les sauvegardes de la base de données et du GDS concordent</translation>
    </message>
</context>
<context>
    <name>CheckPatchLevelStep</name>
    <message>
        <location filename="../engine/steps/CheckPatchLevelStep.cpp" line="+18"/>
        <source>Check that %1 is at the patch level recorded in the backup</source>
        <translation>Vérifier que %1 est au niveau de correctifs enregistré dans la sauvegarde</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Apply the patches recorded in the backup (or remove newer ones) so the levels match, then run the restore again. Nothing was restored yet.</source>
        <translation>Appliquez les correctifs enregistrés dans la sauvegarde (ou retirez les plus récents) pour que les niveaux concordent, puis relancez la restauration. Rien n&apos;a encore été restauré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is at the recorded patch level.</source>
        <translation>%1 est au niveau de correctifs enregistré.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has no &quot;patchLevelFile&quot; in the profile, so its patch level cannot be compared with the backup&apos;s. Add the path of the file that records it.</source>
        <translation>%1 n&apos;a pas de &quot;patchLevelFile&quot; dans le profil : son niveau de correctifs ne peut pas être comparé à celui de la sauvegarde. Ajoutez le chemin du fichier qui l&apos;enregistre.</translation>
    </message>
</context>
<context>
    <name>CheckRehearsalStep</name>
    <message>
        <location filename="../engine/steps/CheckRehearsalStep.cpp" line="+39"/>
        <source>%1 is not running</source>
        <translation>%1 ne fonctionne pas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the forms database cannot be read: %1</source>
        <translation>la base de données des formulaires ne peut pas être lue : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the GDS document %1 that the database refers to is missing or differs</source>
        <translation>le document GDS %1 auquel la base de données fait référence est absent ou diffère</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1&apos;s repository is not the set&apos;s (%2)</source>
        <translation>le référentiel de %1 n&apos;est pas celui du jeu (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The rehearsal found what a real restore from this set would get wrong: %1.</source>
        <translation>La répétition a trouvé ce qu&apos;une vraie restauration depuis ce jeu ferait de travers : %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every node is up, every GDS reference resolves, and every repository equals the set.</source>
        <translation>Chaque nœud fonctionne, chaque référence GDS est résolue et chaque référentiel est identique au jeu.</translation>
    </message>
    <message>
        <location filename="../engine/steps/CheckRehearsalStep.h" line="+25"/>
        <source>Check the rehearsal cluster: nodes up, database and GDS consistent, repositories equal to the set</source>
        <translation>Vérifier le cluster de répétition : nœuds démarrés, base de données et GDS cohérents, référentiels identiques au jeu</translation>
    </message>
</context>
<context>
    <name>ClusterDiscovery</name>
    <message>
        <location filename="../engine/discovery/ClusterDiscovery.cpp" line="+64"/>
        <source>Looking on %1…</source>
        <translation>Recherche sur %1…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The nodes run different application servers (%1); a profile has one. Choose it by hand.</source>
        <translation>Les nœuds tournent sur des serveurs d&apos;applications différents (%1) ; un profil n&apos;en a qu&apos;un. Choisissez-le à la main.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 in %3</source>
        <translation>%1 : %2 dans %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: also looked below %2, where a running Java process was started.</source>
        <translation>%1 : recherche aussi sous %2, où un processus Java en cours a été lancé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: no AEM Forms node below %2.</source>
        <translation>%1 : aucun nœud AEM Forms sous %2.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: %2, %3 node (%4), cluster node id %5</source>
        <translation>%1 : %2, nœud %3 (%4), identifiant de nœud de cluster %5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not told by its files</source>
        <translation>pas indiqué par ses fichiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP: %1</source>
        <translation>HTTP : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>forms database: %1</source>
        <translation>base de données des formulaires : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>started and stopped with %1</source>
        <translation>démarré et arrêté avec %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: how to start and stop %2 was not found (no systemd unit, no server scripts); fill in its commands.</source>
        <translation>%1 : la façon de démarrer et d&apos;arrêter %2 n&apos;a pas été trouvée (pas d&apos;unité systemd, pas de scripts du serveur) ; indiquez ses commandes.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Backup mode: no author node with an HTTP address was found; fill in the backup-mode server.</source>
        <translation>Mode de sauvegarde : aucun nœud d&apos;auteur avec une adresse HTTP n&apos;a été trouvé ; indiquez le serveur du mode de sauvegarde.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup mode: %1 was not found below the primary&apos;s installation; fill in the commands that enter and leave backup mode.</source>
        <translation>Mode de sauvegarde : %1 est introuvable sous l&apos;installation du nœud principal ; indiquez les commandes qui font passer en mode de sauvegarde et le quitter.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Backup mode: %1 on %2</source>
        <translation>Mode de sauvegarde : %1 sur %2</translation>
    </message>
</context>
<context>
    <name>ClusterProfile</name>
    <message>
        <location filename="../engine/profile/ClusterProfile.cpp" line="+658"/>
        <location line="+5"/>
        <location line="+29"/>
        <source>Cannot write the cluster profile %1: %2</source>
        <translation>Impossible d&apos;écrire le profil de cluster %1 : %2</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>nodes &quot;%1&quot; and &quot;%2&quot; both keep their crx-repository at %3 on %4; give each node its own host or its own path.</source>
        <translation>les nœuds « %1 » et « %2 » ont tous deux leur crx-repository à %3 sur %4 ; donnez à chaque nœud son propre hôte ou son propre chemin.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>this machine</source>
        <translation>cette machine</translation>
    </message>
    <message>
        <location line="-298"/>
        <source>Cannot read the cluster profile: %1. Check the path, or create a sandbox with &apos;lifeboat sandbox create DIR&apos;.</source>
        <translation>Impossible de lire le profil de cluster : %1. Vérifiez le chemin, ou créez un bac à sable avec &apos;lifeboat sandbox create RÉP&apos;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not valid JSON: %1. A profile is plain JSON: no comments, no trailing commas.</source>
        <translation>JSON non valide : %1. Un profil est du JSON pur : pas de commentaires, pas de virgules finales.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A cluster profile must hold a JSON object ({ … }), but this file holds an array ([ … ]). Put the profile&apos;s keys in one object.</source>
        <translation>Un profil de cluster doit contenir un objet JSON ({ … }), mais ce fichier contient un tableau ([ … ]). Placez les clés du profil dans un seul objet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This key appears twice in its object; only one of them would be read.</source>
        <translation>Cette clé apparaît deux fois dans son objet ; une seule serait lue.</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>databases[%1] has this name already; a database&apos;s backup part is named after it, so every database needs a name of its own.</source>
        <translation>databases[%1] porte déjà ce nom ; la partie de sauvegarde d’une base porte son nom, chaque base a donc besoin d’un nom qui lui est propre.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>nodes[%1] has this name already; every node needs a name of its own.</source>
        <translation>nodes[%1] porte déjà ce nom ; chaque nœud a besoin d’un nom qui lui est propre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An AEM Forms cluster has exactly one primary author node; this profile has %1.</source>
        <translation>Un cluster AEM Forms a exactement un nœud auteur principal ; ce profil en a %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>hosts[%1] has this name already; every host needs a name of its own.</source>
        <translation>hosts[%1] porte déjà ce nom ; chaque hôte a besoin d’un nom qui lui est propre.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Names the host &quot;%1&quot;, which &quot;hosts&quot; does not list.</source>
        <translation>Nomme l’hôte « %1 », que « hosts » ne liste pas.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+6"/>
        <source>The node lives on the host %1, so this path must be absolute (it is %2).</source>
        <translation>Le nœud se trouve sur l’hôte %1, ce chemin doit donc être absolu (il vaut %2).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&quot;required&quot; is true, so the allowed-signers file that says whose signatures to trust is needed. Name it here, or set &quot;required&quot; to false.</source>
        <translation>&quot;required&quot; vaut true : le fichier des signataires autorisés, qui dit à quelles signatures se fier, est donc nécessaire. Indiquez-le ici, ou mettez &quot;required&quot; à false.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The secrets file %1 does not exist, so the secrets the profile names cannot be checked. Lifeboat reads each from its environment variable, or asks for it.</source>
        <translation>Le fichier de secrets %1 n’existe pas : les secrets que nomme le profil ne peuvent donc pas être vérifiés. Lifeboat lit chacun dans sa variable d’environnement, ou le demande.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The secret &quot;%1&quot; is not defined: the secrets file %2 does not have it, and the environment variable %3 is not set.</source>
        <translation>Le secret « %1 » n’est pas défini : le fichier de secrets %2 ne le contient pas, et la variable d’environnement %3 n’est pas définie.</translation>
    </message>
    <message>
        <location line="+162"/>
        <location line="+7"/>
        <source>Cannot read the cluster profile %1: %2</source>
        <translation>Impossible de lire le profil de cluster %1 : %2</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>A path&apos;s snapshot method is &quot;command&quot;, so the snapshot commands are needed; missing: %1.</source>
        <translation>La méthode d&apos;instantané d&apos;un chemin est « command », les commandes d&apos;instantané sont donc nécessaires ; il manque : %1.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <location filename="../app/Command.cpp" line="+35"/>
        <source>Run &apos;lifeboat %1 --help&apos; for its options.</source>
        <translation>Lancez &apos;lifeboat %1 --help&apos; pour voir ses options.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="+56"/>
        <source>Lifeboat backs up and recovers clustered Adobe AEM Forms environments.
With no command it opens the wizard; with a command it runs headless.</source>
        <translation>Lifeboat sauvegarde et restaure les environnements Adobe AEM Forms en cluster.
Sans commande, il ouvre l&apos;assistant ; avec une commande, il s&apos;exécute sans interface.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use this language (de, fr, ja or en) instead of the system&apos;s.</source>
        <translation>Utiliser cette langue (de, fr, ja ou en) au lieu de celle du système.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command to run; see the list below.</source>
        <translation>La commande à exécuter ; voir la liste ci-dessous.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;command&gt; [options]</source>
        <translation>&lt;commande&gt; [options]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run &apos;lifeboat --help&apos; to see the commands.</source>
        <translation>Lancez &apos;lifeboat --help&apos; pour voir les commandes.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown command &apos;%1&apos;. Run &apos;lifeboat --help&apos; to see the commands.</source>
        <translation>Commande inconnue &apos;%1&apos;. Lancez &apos;lifeboat --help&apos; pour voir les commandes.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit codes:</source>
        <translation>Codes de sortie :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>success</source>
        <translation>succès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a step failed (cleanup steps ran; see the report)</source>
        <translation>une étape a échoué (les étapes de nettoyage ont été exécutées ; voir le rapport)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a precondition failed; nothing was changed</source>
        <translation>une condition préalable n&apos;est pas remplie ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verification failed (a damaged or mismatched backup)</source>
        <translation>la vérification a échoué (sauvegarde endommagée ou non concordante)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled, or a confirmation was declined</source>
        <translation>annulé, ou une confirmation a été refusée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>usage error (unknown command or option, missing argument)</source>
        <translation>erreur d&apos;utilisation (commande ou option inconnue, argument manquant)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No display found, so the wizard cannot open.
Run a command instead (see &apos;lifeboat --help&apos;), for example &apos;lifeboat demo&apos; for a headless tour on the training sandbox, or open the wizard from a graphical session (or under &apos;xvfb-run lifeboat&apos;).</source>
        <translation>Aucun écran trouvé : l&apos;assistant ne peut pas s&apos;ouvrir.
Exécutez plutôt une commande (voir &apos;lifeboat --help&apos;), par exemple &apos;lifeboat demo&apos; pour une visite sans interface sur le bac à sable d&apos;entraînement, ou ouvrez l&apos;assistant depuis une session graphique (ou sous &apos;xvfb-run lifeboat&apos;).</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>a cleanup step failed: the cluster needs work by hand (the last lines say what)</source>
        <translation>une étape de nettoyage a échoué : le cluster demande une intervention manuelle (les dernières lignes disent laquelle)</translation>
    </message>
</context>
<context>
    <name>ContentSwap</name>
    <message>
        <location filename="../engine/restore/ContentSwap.cpp" line="+66"/>
        <source>%1 already holds the backup&apos;s copy.</source>
        <translation>%1 contient déjà la copie de la sauvegarde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create %1. Check the permissions.</source>
        <translation>Impossible de créer %1. Vérifiez les droits.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its contents, to %1</source>
        <translation>son contenu, vers %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot move %1 into %2. %3</source>
        <translation>Impossible de déplacer %1 dans %2. %3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>restored from the backup</source>
        <translation>restauré depuis la sauvegarde</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 now holds the backup&apos;s %n file(s).</source>
        <translation>
            <numerusform>%1 contient maintenant le %n fichier de la sauvegarde.</numerusform>
            <numerusform>%1 contient maintenant les %n fichiers de la sauvegarde.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 left in place</source>
        <translation>%1 laissé en place</translation>
    </message>
</context>
<context>
    <name>ControlTemplates</name>
    <message>
        <location filename="../engine/discovery/ControlTemplates.cpp" line="+44"/>
        <source>systemd unit %1</source>
        <translation>unité systemd %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>JBoss&apos;s standalone.sh and jboss-cli.sh</source>
        <translation>standalone.sh et jboss-cli.sh de JBoss</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the WebLogic domain&apos;s startWebLogic.sh and stopWebLogic.sh</source>
        <translation>startWebLogic.sh et stopWebLogic.sh du domaine WebLogic</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the WebSphere profile&apos;s startServer.sh and stopServer.sh</source>
        <translation>startServer.sh et stopServer.sh du profil WebSphere</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the instance&apos;s own bin/start and bin/stop</source>
        <translation>bin/start et bin/stop propres à l&apos;instance</translation>
    </message>
</context>
<context>
    <name>CopyRestoredFilesStep</name>
    <message>
        <location filename="../engine/steps/CopyRestoredFilesStep.cpp" line="+35"/>
        <source>Copy all files of %1&apos;s restored repository to %2</source>
        <translation>Copier tous les fichiers du référentiel restauré de %1 vers %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>its current contents, to %1</source>
        <translation>son contenu actuel, vers %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>replaced by a copy of %1</source>
        <translation>remplacé par une copie de %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot copy %1 to %2. Check the free space.</source>
        <translation>Impossible de copier %1 vers %2. Vérifiez l&apos;espace libre.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot rename %1 to %2.</source>
        <translation>Impossible de renommer %1 en %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copied %1 for %2.</source>
        <translation>%1 copié pour %2.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>%1 and %2 are on different hosts; Lifeboat copies a restored tree only within one host.</source>
        <translation>%1 et %2 sont sur des hôtes différents ; Lifeboat ne copie une arborescence restaurée qu&apos;au sein d&apos;un même hôte.</translation>
    </message>
</context>
<context>
    <name>CreateRehearsalSandboxStep</name>
    <message>
        <location filename="../engine/steps/CreateRehearsalSandboxStep.cpp" line="+28"/>
        <source>Build a fresh sandbox copy of the recorded topology in %1</source>
        <translation>Construire dans %1 une nouvelle copie bac à sable de la topologie enregistrée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a sandbox cluster: %1 author node(s) (%2), %3 publish node(s)</source>
        <translation>un cluster bac à sable : %1 nœud(s) d&apos;auteur (%2), %3 nœud(s) de publication</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>rehearsal sandbox</source>
        <translation>bac à sable de répétition</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The rehearsal cluster %1 is ready in %2.</source>
        <translation>Le cluster de répétition %1 est prêt dans %2.</translation>
    </message>
</context>
<context>
    <name>DataSourceReader</name>
    <message>
        <location filename="../engine/discovery/DataSourceReader.cpp" line="+128"/>
        <source>%1 names the forms database with %2: %3</source>
        <translation>%1 désigne la base de données des formulaires par %2 : %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no configuration file of %1 in %2</source>
        <translation>aucun fichier de configuration de %1 dans %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none of %1 configures the data source %2</source>
        <translation>aucun de %1 ne configure la source de données %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Lifeboat backs up MariaDB, MySQL, PostgreSQL and SQLite databases; this is not one of them.</source>
        <translation>Lifeboat sauvegarde les bases MariaDB, MySQL, PostgreSQL et SQLite ; celle-ci n&apos;en fait pas partie.</translation>
    </message>
</context>
<context>
    <name>DatabaseDump</name>
    <message>
        <location filename="../engine/database/DatabaseDump.cpp" line="+62"/>
        <source>The profile names no database for %1. Set its &quot;database&quot; and check again.</source>
        <translation>Le profil n&apos;indique aucune base de données pour %1. Renseignez « database », puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot reach the %1 database: %2</source>
        <translation>Impossible d&apos;atteindre la base de données %1 : %2</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Cancelled by the user.</source>
        <translation>Annulé par l&apos;utilisateur.</translation>
    </message>
</context>
<context>
    <name>DatabaseReplacement</name>
    <message>
        <location filename="../engine/restore/DatabaseReplacement.cpp" line="+24"/>
        <source>%1 (%2 database %3 on %4)</source>
        <translation>%1 (base de données %2 %3 sur %4)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The dump %1 is missing, so the %2 database cannot be restored. Run the restore again.</source>
        <translation>L&apos;export %1 est manquant : la base de données %2 ne peut pas être restaurée. Relancez la restauration.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>loaded from %1</source>
        <translation>chargée depuis %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot keep the current contents of the %1 database: the profile&apos;s backup root &quot;%2&quot; cannot be created. Set &quot;backupRoot&quot; in the profile to a directory with room for a dump.</source>
        <translation>Impossible de conserver le contenu actuel de la base de données %1 : la racine des sauvegardes « %2 » du profil ne peut pas être créée. Indiquez dans « backupRoot » du profil un répertoire qui a la place pour un export.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The contents the %1 database had before this restore are already kept in %2.</source>
        <translation>Le contenu de la base de données %1 avant cette restauration est déjà conservé dans %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot rename %1 to %2. Check the permissions there.</source>
        <translation>Impossible de renommer %1 en %2. Vérifiez les droits à cet endroit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the contents of the %1 database before the restore</source>
        <translation>le contenu de la base de données %1 avant la restauration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept the current contents of the %1 database in %2.</source>
        <translation>Contenu actuel de la base de données %1 conservé dans %2.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <location filename="../app/DemoCommand.cpp" line="+31"/>
        <source>A headless tour on the training sandbox (built on first use), and how to open the wizard</source>
        <translation>Une visite sans interface sur le bac à sable d&apos;entraînement (construit à la première utilisation), et comment ouvrir l&apos;assistant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;lifeboat demo&apos; takes no arguments.</source>
        <translation>&apos;lifeboat demo&apos; ne prend aucun argument.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lifeboat %1, headless. Log file: %2</source>
        <translation>Lifeboat %1, sans interface. Fichier journal : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Starting the cluster: the primary first, the others once it is up.</source>
        <translation>Démarrage du cluster : d&apos;abord le nœud principal, puis les autres une fois qu&apos;il est prêt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopping the cluster: secondaries first, the primary last.</source>
        <translation>Arrêt du cluster : d&apos;abord les nœuds secondaires, le nœud principal en dernier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To open the wizard, run &apos;installer/dev run&apos; from a graphical session, or under a virtual display: &apos;installer/dev exec xvfb-run -a lifeboat&apos;.</source>
        <translation>Pour ouvrir l&apos;assistant, lancez &apos;installer/dev run&apos; depuis une session graphique, ou sous un écran virtuel : &apos;installer/dev exec xvfb-run -a lifeboat&apos;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Using the training sandbox in %1.</source>
        <translation>Utilisation du bac à sable d&apos;entraînement dans %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Building the training sandbox in %1 (once)...</source>
        <translation>Construction du bac à sable d&apos;entraînement dans %1 (une seule fois)...</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backing up with no downtime: %1.</source>
        <translation>Sauvegarde sans interruption de service : %1.</translation>
    </message>
</context>
<context>
    <name>DiscardRestoreScratchStep</name>
    <message>
        <location filename="../engine/steps/DiscardRestoreScratchStep.cpp" line="+25"/>
        <source>if left over</source>
        <translation>s&apos;il en reste</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>scratch copy</source>
        <translation>copie de travail</translation>
    </message>
    <message>
        <location filename="../engine/steps/DiscardRestoreScratchStep.h" line="+26"/>
        <source>Remove the restore&apos;s scratch copies</source>
        <translation>Supprimer les copies de travail de la restauration</translation>
    </message>
    <message>
        <location filename="../engine/steps/DiscardRestoreScratchStep.cpp" line="+2"/>
        <source>Some scratch copies could not be removed; see the warnings above.</source>
        <translation>Certaines copies de travail n&apos;ont pas pu être supprimées ; voir les avertissements ci-dessus.</translation>
    </message>
</context>
<context>
    <name>DiscardUnfinishedSetStep</name>
    <message>
        <location filename="../engine/steps/DiscardUnfinishedSetStep.cpp" line="+16"/>
        <source>only if the backup did not finish</source>
        <translation>seulement si la sauvegarde n&apos;a pas abouti</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot remove the unfinished backup set %1; remove it by hand.</source>
        <translation>Impossible de supprimer le jeu de sauvegarde inachevé %1 ; supprimez-le à la main.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unfinished backup set</source>
        <translation>jeu de sauvegarde inachevé</translation>
    </message>
    <message>
        <location filename="../engine/steps/DiscardUnfinishedSetStep.h" line="+23"/>
        <source>Remove the unfinished backup set, if any</source>
        <translation>Supprimer le jeu de sauvegarde inachevé, s&apos;il existe</translation>
    </message>
</context>
<context>
    <name>DisplayWords</name>
    <message>
        <location filename="../engine/support/DisplayWords.cpp" line="+11"/>
        <source>primary</source>
        <comment>node role</comment>
        <translation>principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secondary</source>
        <comment>node role</comment>
        <translation>secondaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>publish</source>
        <comment>node role</comment>
        <translation>publication</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no backup mode</source>
        <translation>aucun mode de sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>safe (snapshot) backup mode</source>
        <translation>mode de sauvegarde sécurisée (instantané)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rolling backup mode</source>
        <translation>mode de sauvegarde continue</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>done</source>
        <comment>step result</comment>
        <translation>terminée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>succeeded</source>
        <comment>run state</comment>
        <translation>réussie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <comment>run state or step result</comment>
        <translation>échouée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <comment>run state or step result</comment>
        <translation>annulée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>declined</source>
        <comment>run state or step result: a confirmation was declined</comment>
        <translation>refusée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>interrupted</source>
        <comment>run state: Lifeboat stopped during the run</comment>
        <translation>interrompue</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>failed in cleanup</source>
        <comment>run state: a cleanup step failed, work by hand is left</comment>
        <translation>échec au nettoyage</translation>
    </message>
</context>
<context>
    <name>Downtime</name>
    <message>
        <location filename="../engine/run/Downtime.cpp" line="+84"/>
        <source>%1 is still down (%2 so far)</source>
        <translation>%1 est toujours arrêté (%2 jusqu’ici)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was down for %2</source>
        <translation>%1 a été arrêté pendant %2</translation>
    </message>
</context>
<context>
    <name>Drill</name>
    <message>
        <location filename="../engine/drills/Drill.cpp" line="+18"/>
        <source>Install the service pack the set was made at first (&apos;lifeboat sandbox patch DIR --node %1&apos;): the restore refuses a node at another patch level. Then: %2</source>
        <translation>Installer d&apos;abord le service pack avec lequel le jeu a été fait (&apos;lifeboat sandbox patch DIR --node %1&apos;) : la restauration refuse un nœud à un autre niveau de correctifs. Puis : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make room first: the crash left a heap dump (heapdumps/*.hprof beside the crx-repository of %1) that fills the disk, and the restore refuses to start without room for what it unpacks. Move it where there is room, or delete it once the JVM team has it. Then: %2</source>
        <translation>D&apos;abord faire de la place : le plantage a laissé un vidage de tas (heapdumps/*.hprof à côté du crx-repository de %1) qui remplit le disque, et la restauration refuse de commencer sans place pour ce qu&apos;elle décompresse. Déplacez-le là où il y a de la place, ou supprimez-le une fois que l&apos;équipe JVM l&apos;a. Puis : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (the set before the newest, which is damaged)</source>
        <translation>%1 (le jeu précédant le plus récent, qui est endommagé)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a recovery wider than needed, which took more of the cluster down than the fault did</source>
        <translation>une récupération plus large que nécessaire, qui a arrêté une plus grande partie du cluster que la panne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a restore from the damaged backup set</source>
        <translation>une restauration à partir du jeu de sauvegarde endommagé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a restore of a repository that was intact, which threw its newer data away</source>
        <translation>une restauration d&apos;un référentiel intact, qui a jeté ses données plus récentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the quarantine of a restore purged before the drill ended (it is what a rollback needs, and what a restore replaced)</source>
        <translation>la quarantaine d&apos;une restauration purgée avant la fin de l&apos;exercice (c&apos;est ce dont un retour arrière a besoin, et ce qu&apos;une restauration a remplacé)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a secondary started while the primary was down (the sandbox refused it; a real AEM secondary started first takes the cluster over)</source>
        <translation>un nœud secondaire démarré alors que le primaire était arrêté (le bac à sable l&apos;a refusé ; un vrai secondaire AEM démarré en premier prend le cluster en main)</translation>
    </message>
    <message>
        <location filename="../engine/drills/DrillCatalog.cpp" line="+23"/>
        <source>A secondary that lost its way</source>
        <translation>Un nœud secondaire égaré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monday, 07:40. Users report that forms submitted through one of the author nodes vanish. The other nodes look fine. Find out what is wrong and bring the cluster back.</source>
        <translation>Lundi, 07 h 40. Des utilisateurs signalent que les formulaires envoyés par l&apos;un des nœuds d&apos;auteur disparaissent. Les autres nœuds semblent en bon état. Trouvez ce qui ne va pas et rétablissez le cluster.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A node that fell over</source>
        <translation>Un nœud tombé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The monitoring paged you at 03:12: one author node stopped answering. Nobody has touched anything since.</source>
        <translation>La supervision vous a appelé à 3 h 12 : un nœud d&apos;auteur ne répond plus. Personne n&apos;a rien touché depuis.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A node that forgot who it is</source>
        <translation>Un nœud qui a oublié qui il est</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a colleague tidied up a server&apos;s disk, one author node no longer starts. The colleague swears only temporary files were removed.</source>
        <translation>Après qu&apos;un collègue a fait le ménage sur le disque d&apos;un serveur, un nœud d&apos;auteur ne démarre plus. Le collègue jure n&apos;avoir supprimé que des fichiers temporaires.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The primary&apos;s disk is gone</source>
        <translation>Le disque du nœud principal a disparu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The storage team replaced a failed disk on the primary&apos;s server overnight. The primary does not come up; the secondaries still answer.</source>
        <translation>L&apos;équipe stockage a remplacé cette nuit un disque en panne sur le serveur du nœud principal. Le nœud principal ne démarre pas ; les secondaires répondent encore.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every author node down</source>
        <translation>Tous les nœuds d&apos;auteur en panne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A storage outage took the author servers&apos; disks with it. Nothing on the author side answers. The database and the shared storage survived.</source>
        <translation>Une panne de stockage a emporté les disques des serveurs d&apos;auteur. Rien ne répond côté auteur. La base de données et le stockage partagé ont survécu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Documents gone from the shared storage</source>
        <translation>Des documents ont disparu du stockage partagé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since this morning some long-lived processes fail with &quot;document not found&quot;. Every node runs and answers.</source>
        <translation>Depuis ce matin, certains processus de longue durée échouent avec « document not found ». Chaque nœud tourne et répond.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A forms database that lies</source>
        <translation>Une base de formulaires qui ment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The forms database was restarted after a power cut in the server room. Since then every form shows errors, on every node.</source>
        <translation>La base de données des formulaires a redémarré après une coupure de courant dans la salle des serveurs. Depuis, chaque formulaire affiche des erreurs, sur chaque nœud.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A publish node burnt out</source>
        <translation>Un nœud de publication grillé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One publish server was taken away for repair and came back with an empty disk. The authors and the other publish nodes work.</source>
        <translation>Un serveur de publication est parti en réparation et est revenu avec un disque vide. Les auteurs et les autres nœuds de publication fonctionnent.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A node that will not start</source>
        <translation>Un nœud qui refuse de démarrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After last night&apos;s patching one author node was left down. The patch notes say nothing about it. Get it serving again.</source>
        <translation>Après les correctifs de la nuit dernière, un nœud d&apos;auteur est resté arrêté. Les notes de correctif n&apos;en disent rien. Remettez-le en service.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The backup you reach for first</source>
        <translation>La sauvegarde que l&apos;on prend en premier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An author node lost its data this morning. Last night&apos;s backup ran, as every night, to the NAS, which had its own troubles overnight.</source>
        <translation>Un nœud d&apos;auteur a perdu ses données ce matin. La sauvegarde de la nuit dernière s&apos;est faite, comme chaque nuit, vers le NAS, qui a eu ses propres soucis pendant la nuit.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The backup that never ended</source>
        <translation>La sauvegarde qui n&apos;a jamais fini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The nightly backup job died when its server rebooted at 02:00. This morning every node answers, but the forms team says old documents are never cleaned up any more.</source>
        <translation>La tâche de sauvegarde nocturne est morte quand son serveur a redémarré à 2 h. Ce matin, chaque nœud répond, mais l&apos;équipe des formulaires dit que les anciens documents ne sont plus jamais nettoyés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore nothing: leave rolling backup mode with the profile&apos;s &quot;leaveRolling&quot; command (the failed backup&apos;s report names it).</source>
        <translation>Ne rien restaurer : quittez le mode de sauvegarde continue avec la commande &quot;leaveRolling&quot; du profil (le rapport de la sauvegarde échouée la donne).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A server rebuilt in a hurry</source>
        <translation>Un serveur reconstruit à la hâte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One author node&apos;s server died over the weekend. Operations rebuilt it from the template image and handed it back this morning: &quot;same paths, same name, ready for your data&quot;.</source>
        <translation>Le serveur d&apos;un nœud auteur est mort ce week-end. L&apos;exploitation l&apos;a reconstruit à partir de l&apos;image modèle et l&apos;a rendu ce matin : « mêmes chemins, même nom, prêt pour vos données ».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A node nobody can reach</source>
        <translation>Un nœud que personne n&apos;atteint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At 06:10 one author node stopped answering, and its server does not answer ssh either. Users on the other nodes notice nothing.</source>
        <translation>À 06:10, un nœud auteur a cessé de répondre, et son serveur ne répond pas non plus en ssh. Les utilisateurs des autres nœuds ne remarquent rien.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore nothing: the node&apos;s data is intact, its host cannot be reached, and every restore refuses a host it cannot reach. Bring the host back (on the sandbox, &apos;lifeboat sandbox start DIR&apos; starts its hosts and nodes; on a real cluster, whoever runs the server and its network), then check that the node answers and is in sync.</source>
        <translation>Ne rien restaurer : les données du nœud sont intactes, son hôte est injoignable, et toute restauration refuse un hôte qu&apos;elle ne peut joindre. Faire revenir l&apos;hôte (sur le bac à sable, &apos;lifeboat sandbox start DIR&apos; démarre ses hôtes et ses nœuds ; sur un vrai cluster, ceux qui gèrent le serveur et son réseau), puis vérifier que le nœud répond et est synchronisé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A node that choked</source>
        <translation>Un nœud qui a suffoqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One author node crashed at 04:00 with an out-of-memory error, and the monitoring says its disk is almost full. The JVM team has already copied what they need from that server.</source>
        <translation>Un nœud auteur a planté à 04:00 sur un manque de mémoire, et la supervision indique que son disque est presque plein. L&apos;équipe JVM a déjà copié ce dont elle a besoin sur ce serveur.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Back from the maintenance window</source>
        <translation>Retour de la fenêtre de maintenance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network team shut every author node down last night to replace a switch. They are done and have gone home. Bring the author cluster back into service.</source>
        <translation>L&apos;équipe réseau a arrêté tous les nœuds auteur cette nuit pour remplacer un commutateur. Elle a fini et est rentrée chez elle. Remettez le cluster auteur en service.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore nothing: start the primary node first and the secondaries once it is up (&quot;Start all nodes&quot; on the sandbox page, or &apos;lifeboat sandbox start&apos;, keeps that order).</source>
        <translation>Ne rien restaurer : démarrer d&apos;abord le nœud primaire, puis les secondaires une fois qu&apos;il répond (« Démarrer tous les nœuds » sur la page du bac à sable, ou &apos;lifeboat sandbox start&apos;, respecte cet ordre).</translation>
    </message>
</context>
<context>
    <name>DrillCommand</name>
    <message>
        <location filename="../app/DrillCommand.cpp" line="+29"/>
        <source>Run &apos;lifeboat drill --help&apos; for its options.</source>
        <translation>Lancez &apos;lifeboat drill --help&apos; pour voir ses options.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Training drills on the sandbox: a hidden fault, a clock, and a score</source>
        <translation>Exercices sur le bac à sable : une panne cachée, un chronomètre et une note</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The training sandbox&apos;s directory.</source>
        <translation>Le répertoire du bac à sable d&apos;entraînement.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dir</source>
        <translation>rép</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start: the drill to run (see &apos;lifeboat drill list&apos;).</source>
        <translation>start : l&apos;exercice à lancer (voir &apos;lifeboat drill list&apos;).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start: a drill chosen at random.</source>
        <translation>start : un exercice choisi au hasard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start: the seed that picks the drill (with --random) and the nodes it hits.</source>
        <translation>start : la graine qui choisit l&apos;exercice (avec --random) et les nœuds touchés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>&apos;list&apos; shows the drills. &apos;start --sandbox DIR --drill ID&apos; (or --random, with --seed K to repeat one) takes a backup if the sandbox has none, breaks the sandbox as the drill says without naming the fault, and starts the clock. The trainee recovers it with the usual commands or the wizard; &apos;status&apos; shows the story and the clock, &apos;finish&apos; judges the result point by point and files it; &apos;reset&apos; puts the sandbox back as it was before the drill and forgets it; &apos;history&apos; lists the finished drills.</source>
        <translation>&apos;list&apos; affiche les exercices. &apos;start --sandbox RÉP --drill ID&apos; (ou --random, avec --seed K pour en répéter un) fait une sauvegarde si le bac à sable n&apos;en a pas, casse le bac à sable comme le prévoit l&apos;exercice sans nommer la panne, et lance le chronomètre. Le stagiaire le récupère avec les commandes habituelles ou l&apos;assistant ; &apos;status&apos; affiche l&apos;histoire et le chronomètre, &apos;finish&apos; note le résultat point par point et l&apos;archive ; &apos;reset&apos; remet le bac à sable dans l&apos;état d&apos;avant l&apos;exercice et l&apos;oublie ; &apos;history&apos; liste les exercices terminés.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>list, start, status, finish, reset or history</source>
        <translation>list, start, status, finish, reset ou history</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Say what to do: &apos;lifeboat drill list|start|status|finish|reset|history&apos;.</source>
        <translation>Dites quoi faire : &apos;lifeboat drill list|start|status|finish|reset|history&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;drill %1&apos; needs --sandbox DIR.</source>
        <translation>&apos;drill %1&apos; a besoin de --sandbox RÉP.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Taking a backup of the sandbox for the drill...</source>
        <translation>Sauvegarde du bac à sable pour l&apos;exercice…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A drill is already running on %1. Finish it first (&apos;lifeboat drill finish --sandbox %1&apos;).</source>
        <translation>Un exercice est déjà en cours sur %1. Terminez-le d&apos;abord (&apos;lifeboat drill finish --sandbox %1&apos;).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--seed must be a whole number from 0 to 4294967295.</source>
        <translation>--seed doit être un nombre entier de 0 à 4294967295.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give a drill with --drill ID (see &apos;lifeboat drill list&apos;) or --random.</source>
        <translation>Indiquez un exercice avec --drill ID (voir &apos;lifeboat drill list&apos;) ou --random.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sandbox could not be backed up, so the drill did not start. Nothing was broken.</source>
        <translation>Le bac à sable n&apos;a pas pu être sauvegardé, l&apos;exercice n&apos;a donc pas commencé. Rien n&apos;a été cassé.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The clock is running (target %1). When the cluster is back, run &apos;lifeboat drill finish --sandbox %2&apos;.</source>
        <translation>Le chronomètre tourne (objectif %1). Quand le cluster est rétabli, lancez &apos;lifeboat drill finish --sandbox %2&apos;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+26"/>
        <location line="+24"/>
        <source>No drill is running on %1.</source>
        <translation>Aucun exercice n&apos;est en cours sur %1.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Running for %1 (target %2).</source>
        <translation>En cours depuis %1 (objectif %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 of %3 points</source>
        <translation>%1 : %2 points sur %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Model answer: %1</source>
        <translation>Réponse modèle : %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Debrief: %1 (and %2)</source>
        <translation>Débriefing : %1 (et %2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The sandbox is as it was before the drill, its nodes running. What the drill left is in %1.</source>
        <translation>Le bac à sable est comme avant l&apos;exercice, ses nœuds en marche. Ce que l&apos;exercice a laissé se trouve dans %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No drill has been finished yet.</source>
        <translation>Aucun exercice n&apos;a encore été terminé.</translation>
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
        <translation>Tous les nœuds auteur ont été arrêtés proprement ; rien n&apos;a été endommagé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cluster was left in rolling backup mode, as a backup that dies half-way leaves it.</source>
        <translation>Le cluster a été laissé en mode de sauvegarde continue, comme le laisse une sauvegarde morte en cours de route.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The newest backup set, %1, was damaged.</source>
        <translation>Le jeu de sauvegarde le plus récent, %1, était endommagé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+49"/>
        <location line="+20"/>
        <source>Debrief: %1</source>
        <translation>Débriefing : %1</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Started %1, finished after %2 (target %3).</source>
        <translation>Commencé le %1, terminé après %2 (objectif %3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was broken</source>
        <translation>Ce qui était cassé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score: %1 of %2</source>
        <translation>Note : %1 sur %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What was done</source>
        <translation>Ce qui a été fait</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No run was made during the drill.</source>
        <translation>Aucune exécution n&apos;a eu lieu pendant l&apos;exercice.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>+%1  %2 %3: %4</source>
        <translation>+%1  %2 %3 : %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Model answer</source>
        <translation>Réponse modèle</translation>
    </message>
</context>
<context>
    <name>DrillJudge</name>
    <message>
        <location filename="../engine/drills/DrillJudge.cpp" line="+93"/>
        <source>Every node is up</source>
        <translation>Chaque nœud est en marche</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>All %n node(s) answer.</source>
        <translation>
            <numerusform>Le nœud répond (%n).</numerusform>
            <numerusform>Les %n nœuds répondent.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not answering: %1.</source>
        <translation>Ne répond pas : %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 reports repository unsync</source>
        <translation>%1 signale repository unsync</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 holds its repository but does not answer</source>
        <translation>%1 tient son référentiel mais ne répond pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is still in a backup mode</source>
        <translation>%1 est encore dans un mode de sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cluster is healthy</source>
        <translation>Le cluster est sain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No node reports repository unsync, hangs or is left in a backup mode.</source>
        <translation>Aucun nœud ne signale repository unsync, ne se bloque ni ne reste dans un mode de sauvegarde.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The data is back</source>
        <translation>Les données sont revenues</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A restore replaced data that was intact.</source>
        <translation>Une restauration a remplacé des données intactes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing needed restoring, and nothing was.</source>
        <translation>Rien ne devait être restauré, et rien ne l&apos;a été.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>What the fault destroyed is back as the set %1 holds it.</source>
        <translation>Ce que la panne a détruit est revenu tel que le jeu %1 le contient.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (−%2)</source>
        <translation>%1 (−%2)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A sound procedure</source>
        <translation>Une procédure saine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No recovery wider than needed, no damaged set, no intact repository replaced, no secondary started before the primary, every quarantine kept.</source>
        <translation>Aucune récupération plus large que nécessaire, aucun jeu endommagé, aucun référentiel intact remplacé, aucun secondaire démarré avant le primaire, chaque quarantaine conservée.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Time to recover</source>
        <translation>Durée de récupération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 against a target of %2.</source>
        <translation>%1 pour un objectif de %2.</translation>
    </message>
</context>
<context>
    <name>DrillSession</name>
    <message>
        <location filename="../engine/drills/DrillSession.cpp" line="+71"/>
        <source>The drill &quot;%1&quot; needs a sandbox whose nodes have hosts of their own: create one with &apos;lifeboat sandbox create DIR --hosts&apos; (as root).</source>
        <translation>L&apos;exercice « %1 » demande un bac à sable dont les nœuds ont leurs propres hôtes : créez-en un avec &apos;lifeboat sandbox create DIR --hosts&apos; (en root).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The drill &quot;%1&quot; needs a sandbox with a file system of its own, which can fill up: create one with &apos;lifeboat sandbox create DIR --filesystem xfs&apos; (as root).</source>
        <translation>L&apos;exercice « %1 » demande un bac à sable avec son propre système de fichiers, qui peut se remplir : créez-en un avec &apos;lifeboat sandbox create DIR --filesystem xfs&apos; (en root).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The drill&apos;s backup (%1) cannot be taken: %2</source>
        <translation>La sauvegarde de l&apos;exercice (%1) ne peut pas être faite : %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The sandbox could not be backed up for the drill: %1 %2</source>
        <translation>Le bac à sable n&apos;a pas pu être sauvegardé pour l&apos;exercice : %1 %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The sandbox could not be backed up for the drill (%1). The run&apos;s report is in %2.</source>
        <translation>Le bac à sable n&apos;a pas pu être sauvegardé pour l&apos;exercice (%1). Le rapport de l&apos;exécution est dans %2.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cannot damage the backup set %1 for the drill: it has no archive to change.</source>
        <translation>Impossible d&apos;endommager le jeu de sauvegarde %1 pour l&apos;exercice : il n&apos;a aucune archive à modifier.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot mend %1, which the drill damaged: %2.</source>
        <translation>Impossible de réparer %1, que l&apos;exercice a endommagé : %2.</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>There is no copy of the sandbox from before the drill in %1. Reset the sandbox with &apos;lifeboat sandbox&apos; instead.</source>
        <translation>Il n&apos;y a pas de copie du bac à sable d&apos;avant l&apos;exercice dans %1. Réinitialisez plutôt le bac à sable avec &apos;lifeboat sandbox&apos;.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot move %1 aside.</source>
        <translation>Impossible de mettre %1 de côté.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not a training sandbox. Drills break things on purpose, so they run only on a sandbox made by &apos;lifeboat sandbox create&apos;.</source>
        <translation>%1 n&apos;est pas un bac à sable d&apos;entraînement. Les exercices cassent des choses exprès : ils ne tournent que sur un bac à sable créé par &apos;lifeboat sandbox create&apos;.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The drill needs %n backup set(s) of the sandbox made by %1; it has %2.</source>
        <translation>
            <numerusform>L&apos;exercice a besoin de %n jeu de sauvegarde du bac à sable fait par %1 ; il en a %2.</numerusform>
            <numerusform>L&apos;exercice a besoin de %n jeux de sauvegarde du bac à sable faits par %1 ; il en a %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The drill &apos;%1&apos; is not in this version&apos;s catalog.</source>
        <translation>L&apos;exercice &apos;%1&apos; n&apos;est pas dans le catalogue de cette version.</translation>
    </message>
</context>
<context>
    <name>ExternalCommand</name>
    <message>
        <location filename="../engine/support/ExternalCommand.cpp" line="+41"/>
        <source>Cannot run %1: %2</source>
        <translation>Impossible d&apos;exécuter %1 : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 did not finish within %2 seconds.</source>
        <translation>%1 ne s&apos;est pas terminé en %2 secondes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 crashed.</source>
        <translation>%1 s&apos;est arrêté brutalement.</translation>
    </message>
</context>
<context>
    <name>ExtractPartStep</name>
    <message>
        <location filename="../engine/steps/ExtractPartStep.cpp" line="+44"/>
        <source>Unpacks %1 from the backup set next to %2 and checks every file against the manifest. Nothing the cluster uses changes yet.</source>
        <translation>Décompresse %1 depuis le jeu de sauvegarde à côté de %2 et vérifie chaque fichier par rapport au manifeste. Rien de ce qu&apos;utilise le cluster ne change encore.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>scratch copy, swapped in later</source>
        <translation>copie de travail, mise en place plus tard</translation>
    </message>
</context>
<context>
    <name>FileAttributes</name>
    <message>
        <location filename="../engine/support/FileAttributes.cpp" line="+64"/>
        <location line="+35"/>
        <source>Cannot give %1 to its recorded owner: %2</source>
        <translation>Impossible de donner %1 à son propriétaire enregistré : %2</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+5"/>
        <location line="+27"/>
        <source>Cannot set the permissions of %1: %2</source>
        <translation>Impossible de définir les permissions de %1 : %2</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+27"/>
        <source>Cannot set the modification time of %1: %2</source>
        <translation>Impossible de définir la date de modification de %1 : %2</translation>
    </message>
</context>
<context>
    <name>FileReplacement</name>
    <message>
        <location filename="../engine/restore/FileReplacement.cpp" line="+27"/>
        <source>%1 is already in place.</source>
        <translation>%1 est déjà en place.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The unpacked copy %1 is missing, so %2 cannot be restored. Run the restore again.</source>
        <translation>La copie décompressée %1 est absente ; %2 ne peut donc pas être restauré. Relancez la restauration.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create %1. Check the permissions.</source>
        <translation>Impossible de créer %1. Vérifiez les droits.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot move %1 to %2.</source>
        <translation>Impossible de déplacer %1 vers %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restored from the backup</source>
        <translation>restauré depuis la sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored %1.</source>
        <translation>%1 restauré.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>to %1</source>
        <translation>vers %1</translation>
    </message>
</context>
<context>
    <name>FileSystemSnapshot</name>
    <message>
        <location filename="../engine/snapshot/FileSystemSnapshot.cpp" line="+252"/>
        <source>%1 is a special file; Lifeboat does not copy it.</source>
        <translation>%1 est un fichier spécial ; Lifeboat ne le copie pas.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Cannot look at %1: %2</source>
        <translation>Impossible d&apos;examiner %1 : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an unknown file system</source>
        <translation>un système de fichiers inconnu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is on %2, not on btrfs: only a btrfs subvolume can have a btrfs snapshot.</source>
        <translation>%1 est sur %2, pas sur btrfs : seul un sous-volume btrfs peut avoir un instantané btrfs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a folder on btrfs, not a subvolume of its own: only a subvolume can have a btrfs snapshot (make it one with &quot;btrfs subvolume create&quot; and move its files in).</source>
        <translation>%1 est un dossier sur btrfs, pas un sous-volume à part entière : seul un sous-volume peut avoir un instantané btrfs (créez-en un avec « btrfs subvolume create » et déplacez-y ses fichiers).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is on %2, which cannot share the data of copied files (reflink): %3</source>
        <translation>%1 est sur %2, qui ne sait pas partager les données des fichiers copiés (reflink) : %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+50"/>
        <source>Lifeboat refuses to make or remove the snapshot %1: its path must have a &quot;.lifeboat-&quot; folder in it, so that it is never one of the cluster&apos;s own files.</source>
        <translation>Lifeboat refuse de créer ou de supprimer l&apos;instantané %1 : son chemin doit contenir un dossier « .lifeboat- », afin qu&apos;il ne soit jamais l&apos;un des fichiers du cluster.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Cannot snapshot %1 to %2: %2 already exists.</source>
        <translation>Impossible de faire l&apos;instantané de %1 vers %2 : %2 existe déjà.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lifeboat makes btrfs snapshots and reflink copies itself, not &quot;%1&quot;.</source>
        <translation>Lifeboat crée lui-même des instantanés btrfs et des copies reflink, pas « %1 ».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The snapshot of %1 did not finish within %2 seconds; the file system there may be stuck.</source>
        <translation>L&apos;instantané de %1 ne s&apos;est pas terminé en %2 secondes ; le système de fichiers est peut-être bloqué.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot make the btrfs snapshot %2 of %1: %3</source>
        <translation>Impossible de créer l&apos;instantané btrfs %2 de %1 : %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot make the reflink copy %2 of %1: %3</source>
        <translation>Impossible de créer la copie reflink %2 de %1 : %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Removing the snapshot %1 did not finish within %2 seconds; the file system there may be stuck.</source>
        <translation>La suppression de l&apos;instantané %1 ne s&apos;est pas terminée en %2 secondes ; le système de fichiers est peut-être bloqué.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot remove the snapshot %1: %2</source>
        <translation>Impossible de supprimer l&apos;instantané %1 : %2</translation>
    </message>
</context>
<context>
    <name>FileWriterThread</name>
    <message>
        <location filename="../engine/restore/FileWriterThread.cpp" line="+53"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+128"/>
        <location line="+22"/>
        <source>Cannot write %1: %2. Check the free space.</source>
        <translation>Impossible d&apos;écrire %1 : %2. Vérifiez l&apos;espace libre.</translation>
    </message>
</context>
<context>
    <name>FolderSearch</name>
    <message>
        <location filename="../engine/discovery/FolderSearch.cpp" line="+28"/>
        <source>%1: %2 is not a folder; not searched.</source>
        <translation>%1 : %2 n&apos;est pas un dossier ; non parcouru.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the search stopped after %2 folders; name the installation folder to search.</source>
        <translation>%1 : la recherche s&apos;est arrêtée après %2 dossiers ; indiquez le dossier d&apos;installation à parcourir.</translation>
    </message>
</context>
<context>
    <name>FormsDatabase</name>
    <message>
        <location filename="../engine/sandbox/FormsDatabase.cpp" line="+49"/>
        <source>Cannot open the forms database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données des formulaires %1 : %2</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>HostTrust</name>
    <message>
        <location filename="../app/HostTrust.cpp" line="+41"/>
        <source>%1 is not trusted; the checks will say so.</source>
        <translation>%1 n&apos;est pas approuvé ; les vérifications le signaleront.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>--trust-host-key takes HOST=SHA256:… (as ssh-keygen -lf prints it), not &quot;%1&quot;. Nothing was changed.</source>
        <translation>--trust-host-key attend HÔTE=SHA256:… (tel qu&apos;affiché par ssh-keygen -lf), pas « %1 ». Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Lifeboat has not met %1 before. It offers the key
    %2
Compare it with the host&apos;s own (on %1: ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub).
Type &apos;yes&apos; to trust it: </source>
        <translation>Lifeboat ne connaît pas encore %1. Il présente la clé
    %2
Comparez-la avec celle de l&apos;hôte lui-même (sur %1 : ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub).
Tapez « yes » pour l&apos;approuver : </translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trusted the key %1 of %2.</source>
        <translation>La clé %1 de %2 est désormais approuvée.</translation>
    </message>
</context>
<context>
    <name>Hosts</name>
    <message>
        <location filename="../engine/hosts/Hosts.h" line="+70"/>
        <source>Check that the host can be reached, then check again. Nothing was changed.</source>
        <translation>Vérifiez que l&apos;hôte est joignable, puis vérifiez à nouveau. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../engine/hosts/Hosts.cpp" line="+172"/>
        <source>%1: connected as %2, Lifeboat&apos;s helper answers.</source>
        <translation>%1 : connecté en tant que %2, l&apos;assistant de Lifeboat répond.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Add %1 to &quot;hosts&quot; in the profile, with its address.</source>
        <translation>Ajoutez %1 à « hosts » dans le profil, avec son adresse.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Check the user and the key for %1 in the profile (or your ssh-agent), then check again.</source>
        <translation>Vérifiez l&apos;utilisateur et la clé de %1 dans le profil (ou votre ssh-agent), puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Compare the fingerprint with the host&apos;s own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on %1) and trust it, or run again with --trust-host-key %1=%2.</source>
        <translation>Comparez l&apos;empreinte avec celle de l&apos;hôte (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub sur %1) et approuvez-la, ou relancez avec --trust-host-key %1=%2.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Install the lifeboat package (which has lifeboat-agent) on %1, the same version as here, or set &quot;agentPath&quot; for the host in the profile.</source>
        <translation>Installez le paquet lifeboat (qui contient lifeboat-agent) sur %1, dans la même version qu&apos;ici, ou indiquez « agentPath » pour l&apos;hôte dans le profil.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Nothing was changed. Find out why the key of %1 changed (a reinstalled host, or someone in the way) before you trust the new key.</source>
        <translation>Rien n&apos;a été modifié. Découvrez pourquoi la clé de %1 a changé (hôte réinstallé, ou quelqu&apos;un au milieu) avant d&apos;approuver la nouvelle clé.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The profile has no host named %1.</source>
        <translation>Le profil n&apos;a pas d&apos;hôte nommé %1.</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>The profile names a host that its &quot;hosts&quot; do not list.</source>
        <translation>Le profil désigne un hôte que ses « hosts » ne mentionnent pas.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The profile names the host %1, which its &quot;hosts&quot; do not list.</source>
        <translation>Le profil désigne l&apos;hôte %1, que ses « hosts » ne mentionnent pas.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the default user</source>
        <translation>l&apos;utilisateur par défaut</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Let %1 run exactly &quot;sudo -n %2 serve&quot; without a password on %3: a sudoers rule such as &quot;%1 ALL=(root) NOPASSWD: %2 serve&quot; (visudo -f /etc/sudoers.d/lifeboat).</source>
        <translation>Autorisez %1 à exécuter exactement « sudo -n %2 serve » sans mot de passe sur %3 : une règle sudoers telle que « %1 ALL=(root) NOPASSWD: %2 serve » (visudo -f /etc/sudoers.d/lifeboat).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the ssh user</source>
        <translation>l’utilisateur ssh</translation>
    </message>
</context>
<context>
    <name>HttpListenerReader</name>
    <message>
        <location filename="../engine/discovery/HttpListenerReader.cpp" line="+127"/>
        <source>no configuration file of %1 in %2</source>
        <translation>aucun fichier de configuration de %1 dans %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none of %1 says where it takes HTTP requests</source>
        <translation>aucun de %1 ne dit où il reçoit les requêtes HTTP</translation>
    </message>
</context>
<context>
    <name>IncrementalBase</name>
    <message>
        <location filename="../engine/backup/IncrementalBase.cpp" line="+153"/>
        <source>A full backup: the newest %1 set, %2, failed its last verification.</source>
        <translation>Une sauvegarde complète : le jeu %1 le plus récent, %2, a échoué à sa dernière vérification.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A full backup: the newest %1 set, %2, needs %3, which is no longer in the backup root.</source>
        <translation>Une sauvegarde complète : le jeu %1 le plus récent, %2, a besoin de %3, qui n&apos;est plus dans la racine des sauvegardes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A full backup: the newest %1 set, %2, takes files from %3, whose manifest does not match its SHA256SUMS (it is damaged). Check it with &apos;lifeboat verify %4&apos;.</source>
        <translation>Une sauvegarde complète : le jeu %1 le plus récent, %2, reprend des fichiers de %3, dont le manifeste ne correspond pas à son SHA256SUMS (il est endommagé). Vérifiez-le avec &apos;lifeboat verify %4&apos;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A full backup: %1 sets build on the last full one, and the profile asks for a full set every %2 backups (&quot;fullEvery&quot;).</source>
        <translation>Une sauvegarde complète : %1 jeux s&apos;appuient sur la dernière complète, et le profil demande un jeu complet toutes les %2 sauvegardes (« fullEvery »).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A full backup: the newest %1 set, %2, cannot be built on. %3 Check it with &apos;lifeboat verify %2&apos;.</source>
        <translation>Une sauvegarde complète : le jeu %1 le plus récent, %2, ne peut pas servir de base. %3 Vérifiez-le avec &apos;lifeboat verify %2&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An incremental backup: only files changed since %1 are archived; the others stay in the sets that hold them.</source>
        <translation>Une sauvegarde incrémentielle : seuls les fichiers modifiés depuis %1 sont archivés ; les autres restent dans les jeux qui les contiennent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A full backup: there is no earlier %1 set of this cluster to build on.</source>
        <translation>Une sauvegarde complète : il n&apos;existe aucun jeu %1 antérieur de ce cluster sur lequel s&apos;appuyer.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <location filename="../engine/run/Journal.cpp" line="+26"/>
        <location line="+13"/>
        <source>Cannot write the run journal %1: %2</source>
        <translation>Impossible d&apos;écrire le journal d&apos;exécution %1 : %2</translation>
    </message>
</context>
<context>
    <name>KnownHosts</name>
    <message>
        <location filename="../engine/hosts/KnownHosts.cpp" line="+72"/>
        <source>ssh-keygen cannot read a host key: %1</source>
        <translation>ssh-keygen ne peut pas lire une clé d&apos;hôte : %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>ssh-keygen cannot read %1: %2</source>
        <translation>ssh-keygen ne peut pas lire %1 : %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 offers no host key.</source>
        <translation>%1 ne présente aucune clé d&apos;hôte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 offers no host key: %2</source>
        <translation>%1 ne présente aucune clé d&apos;hôte : %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 does not offer a host key with the fingerprint %2 (it offers %3). Nothing was trusted.</source>
        <translation>%1 ne présente aucune clé d&apos;hôte ayant l&apos;empreinte %2 (il présente %3). Aucune clé n&apos;a été approuvée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>LeaveOutOfCopyStep</name>
    <message>
        <location filename="../engine/steps/LeaveOutOfCopyStep.cpp" line="+26"/>
        <source>Deletes %1 from the unpacked copy, before the node stops: the procedure deletes them once the backup is restored, and the set keeps them. Nothing the cluster uses changes yet.</source>
        <translation>Supprime %1 de la copie décompressée, avant l’arrêt du nœud : la procédure les supprime une fois la sauvegarde restaurée, et le jeu les conserve. Rien de ce qu’utilise le cluster ne change encore.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>only %1 in it, where it holds them; the set keeps them</source>
        <translation>seulement %1, là où elle les contient ; le jeu les conserve</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Left %n file(s) out of the unpacked copy.</source>
        <translation>
            <numerusform>%n fichier retiré de la copie décompressée.</numerusform>
            <numerusform>%n fichiers retirés de la copie décompressée.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>left out of the restored copy; the set keeps it</source>
        <translation>retiré de la copie restaurée ; le jeu le conserve</translation>
    </message>
</context>
<context>
    <name>Lifeboat::BackupsView</name>
    <message>
        <location filename="../ui/BackupsView.cpp" line="+77"/>
        <source>&amp;Verify now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>Supp&amp;rimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup sets</source>
        <translation>Jeux de sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set</source>
        <translation>Jeu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full or incremental</source>
        <translation>Complet ou incrémentiel</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Restores</source>
        <translation>Restaure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last verified</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the set contains</source>
        <translation>Ce que contient le jeu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Part</source>
        <translation>Partie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read every archive of the set back and check every file, as &apos;lifeboat verify&apos; does.</source>
        <translation>Relire chaque archive du jeu et vérifier chaque fichier, comme le fait &apos;lifeboat verify&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the set for good. A set that another set takes files from stays.</source>
        <translation>Supprimer le jeu définitivement. Un jeu dont un autre jeu prend des fichiers reste.</translation>
    </message>
    <message numerus="yes">
        <location line="+79"/>
        <source>Unfinished sets: %n, taking %1. A backup left them, interrupted or still running; &apos;lifeboat prune&apos; deletes those no backup has written to for a day.</source>
        <translation>
            <numerusform>Jeux inachevés : %n, occupant %1. Une sauvegarde l’a laissé, interrompue ou encore en cours ; &apos;lifeboat prune&apos; supprime ceux dans lesquels aucune sauvegarde n’a écrit depuis un jour.</numerusform>
            <numerusform>Jeux inachevés : %n, occupant %1. Une sauvegarde les a laissés, interrompue ou encore en cours ; &apos;lifeboat prune&apos; supprime ceux dans lesquels aucune sauvegarde n’a écrit depuis un jour.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, intact</source>
        <translation>%1, intact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, DAMAGED</source>
        <translation>%1, ENDOMMAGÉ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(manifest unreadable)</source>
        <translation>(manifeste illisible)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>full</source>
        <translation>complet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incremental on %1</source>
        <translation>incrémentiel sur %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No complete backup sets in %1.</source>
        <translation>Aucun jeu de sauvegarde complet dans %1.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking %1 (%2 of %3)…</source>
        <translation>Vérification de %1 (%2 sur %3)…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is intact (files checked: %2, archives: %3).</source>
        <translation>%1 est intact (fichiers vérifiés : %2, archives : %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is DAMAGED; do not restore from it: %2</source>
        <translation>%1 est ENDOMMAGÉ ; ne restaurez pas à partir de lui : %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 stays: %2 would be left incomplete without it (an incremental set takes files from the sets before it). Delete those first.</source>
        <translation>%1 reste : %2 serait incomplet sans lui (un jeu incrémentiel prend des fichiers aux jeux qui le précèdent). Supprimez-les d&apos;abord.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete a backup set</source>
        <translation>Supprimer un jeu de sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the backup set %1 (%2) for good? It cannot be restored from afterwards.</source>
        <translation>Supprimer définitivement le jeu de sauvegarde %1 (%2) ? Il ne pourra plus servir à une restauration.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Deleted %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <location line="-300"/>
        <source>Restore point</source>
        <translation>Point de restauration</translation>
    </message>
</context>
<context>
    <name>Lifeboat::CatalogWindow</name>
    <message>
        <location filename="../ui/CatalogWindow.cpp" line="+30"/>
        <source>Backups, runs and quarantine</source>
        <translation>Sauvegardes, exécutions et quarantaine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Backups</source>
        <translation>&amp;Sauvegardes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Runs</source>
        <translation>&amp;Exécutions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quarantine</source>
        <translation>&amp;Quarantaine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cluster &amp;profile:</source>
        <translation>&amp;Profil du cluster :</translation>
    </message>
</context>
<context>
    <name>Lifeboat::CheckResultRow</name>
    <message>
        <location filename="../ui/CheckResultRow.cpp" line="+16"/>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What to do: %1</source>
        <translation>À faire : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ChecksPage</name>
    <message>
        <location filename="../ui/ChecksPage.cpp" line="+31"/>
        <location line="+63"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Check &amp;again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have &amp;read the warnings and want to go on</source>
        <translation>J&apos;ai &amp;lu les avertissements et je veux continuer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check before anything changes</source>
        <translation>Vérifier avant toute modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifeboat looks at the cluster first. These checks only look; they change nothing.</source>
        <translation>Lifeboat examine d&apos;abord le cluster. Ces vérifications ne font que regarder ; elles ne modifient rien.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking</source>
        <translation>Vérification en cours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary of the checks</source>
        <translation>Résumé des vérifications</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check results</source>
        <translation>Résultats des vérifications</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>I have read the warnings and want to go on</source>
        <translation>J&apos;ai lu les avertissements et je veux continuer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Something blocks the run. Fix what the failed checks say, then check again.</source>
        <translation>Quelque chose bloque l&apos;exécution. Corrigez ce qu&apos;indiquent les vérifications en échec, puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing blocks the run, but read the warnings before you go on.</source>
        <translation>Rien ne bloque l&apos;exécution, mais lisez les avertissements avant de continuer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every check passed.</source>
        <translation>Toutes les vérifications ont réussi.</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Back to the &amp;Cluster page</source>
        <translation>Retour à la page « &amp;Choisir le cluster »</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Back to the Cluster page</source>
        <translation>Retour à la page « Choisir le cluster »</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Go back to the Cluster page: it shows what each host answered, checks the hosts again, and has Confirm key… for a host seen for the first time.</source>
        <translation>Revenez à la page « Choisir le cluster » : elle montre ce que chaque hôte a répondu, vérifie à nouveau les hôtes et propose « Confirmer la clé… » pour un hôte vu pour la première fois.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ClusterPage</name>
    <message>
        <location filename="../ui/ClusterPage.cpp" line="+54"/>
        <source>&amp;Open a cluster profile…</source>
        <translation>&amp;Ouvrir un profil de cluster…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the training &amp;sandbox</source>
        <translation>Utiliser le &amp;bac à sable d&apos;entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Describe a new cluster…</source>
        <translation>&amp;Décrire un nouveau cluster…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test this profile…</source>
        <translation>&amp;Tester ce profil…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the cluster</source>
        <translation>Choisir le cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the profile that describes your AEM Forms cluster, or practise on the training sandbox.</source>
        <translation>Ouvrez le profil qui décrit votre cluster AEM Forms, ou entraînez-vous sur le bac à sable d&apos;entraînement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+142"/>
        <source>Open a cluster profile</source>
        <translation>Ouvrir un profil de cluster</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Use the training sandbox</source>
        <translation>Utiliser le bac à sable d&apos;entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the cluster profile</source>
        <translation>Modifier le profil de cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review and change the open profile as a form, checked as you type.</source>
        <translation>Examiner et modifier le profil ouvert dans un formulaire, vérifié pendant la saisie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name the cluster&apos;s hosts; Lifeboat looks there for its nodes and storage, and you review and save what it found as a new profile.</source>
        <translation>Indiquez les hôtes du cluster ; Lifeboat y cherche ses nœuds et son stockage, puis vous examinez ce qu&apos;il a trouvé et l&apos;enregistrez comme nouveau profil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check what the open profile says against the cluster, changing nothing: hosts, paths, roles, databases, status URLs.</source>
        <translation>Vérifier ce que dit le profil ouvert par rapport au cluster, sans rien modifier : hôtes, chemins, rôles, bases de données, URL d&apos;état.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loaded profile</source>
        <translation>Profil chargé</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Cluster profiles (*.json)</source>
        <translation>Profils de cluster (*.json)</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Cluster &lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>Cluster &lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Preparing the training sandbox in %1 and starting its nodes…</source>
        <translation>Préparation du bac à sable d&apos;entraînement dans %1 et démarrage de ses nœuds…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not start %1: %2</source>
        <translation>Impossible de démarrer %1 : %2</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>The cluster&apos;s hosts and nodes</source>
        <translation>Hôtes et nœuds du cluster</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Could not open %1. Fix these problems in the file and open it again:</source>
        <translation>Impossible d’ouvrir %1. Corrigez ces problèmes dans le fichier, puis rouvrez-le :</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ConfirmationDialog</name>
    <message>
        <location filename="../ui/ConfirmationDialog.cpp" line="+22"/>
        <source>Confirm step %1</source>
        <translation>Confirmer l&apos;étape %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step %1: for you to do</source>
        <translation>Étape %1 : à faire par vous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Only a person can do this. Tick each item once it is done (or not needed):</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Seule une personne peut faire cela. Cochez chaque point une fois fait (ou s&apos;il n&apos;est pas nécessaire) :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;This step changes the cluster:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Cette étape modifie le cluster :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What this step changes</source>
        <translation>Ce que cette étape modifie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Go on</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Done</source>
        <translation>&amp;Fait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel the run here</source>
        <translation>&amp;Annuler l&apos;exécution ici</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is a real cluster. Type &lt;b&gt;%1&lt;/b&gt; to go on:</source>
        <translation>Ceci est un vrai cluster. Tapez &lt;b&gt;%1&lt;/b&gt; pour continuer :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type %1 to confirm</source>
        <translation>Tapez %1 pour confirmer</translation>
    </message>
</context>
<context>
    <name>Lifeboat::DiscoveryDialog</name>
    <message>
        <location filename="../ui/DiscoveryDialog.cpp" line="+47"/>
        <source>&amp;Connect</source>
        <translation>Se co&amp;nnecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Look for the cluster</source>
        <translation>&amp;Rechercher le cluster</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Describe a new cluster</source>
        <translation>Décrire un nouveau cluster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the cluster&apos;s hosts and how Lifeboat reaches them over ssh. It connects to each, then looks there, reading only, for AEM Forms nodes, the shared stores and the forms database. You review what it found before anything is saved.</source>
        <translation>Indiquez les hôtes du cluster et comment Lifeboat les joint par ssh. Il se connecte à chacun, puis y cherche, en lecture seule, les nœuds AEM Forms, les stockages partagés et la base de données des formulaires. Vous examinez ce qu&apos;il a trouvé avant que rien ne soit enregistré.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>What Lifeboat finds on the hosts shows here.</source>
        <translation>Ce que Lifeboat trouve sur les hôtes s&apos;affiche ici.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was found</source>
        <translation>Ce qui a été trouvé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Review and save…</source>
        <translation>&amp;Examiner et enregistrer…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>One host per line: [NAME=]ADDRESS[:PORT], for example node1=10.0.0.11</source>
        <translation>Un hôte par ligne : [NOM=]ADRESSE[:PORT], par exemple node1=10.0.0.11</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hosts:</source>
        <translation>&amp;Hôtes :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every host of the cluster: each node&apos;s and the one that serves the shared storage. The name is how the profile refers to the host; the address is what ssh connects to.</source>
        <translation>Chaque hôte du cluster : celui de chaque nœud et celui qui sert le stockage partagé. Le nom est celui par lequel le profil désigne l&apos;hôte ; l&apos;adresse est celle à laquelle ssh se connecte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ssh&apos;s default</source>
        <translation>valeur par défaut de ssh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account Lifeboat logs in as on every host (by key, never by password).</source>
        <translation>Le compte avec lequel Lifeboat se connecte sur chaque hôte (par clé, jamais par mot de passe).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ssh &amp;user:</source>
        <translation>&amp;Utilisateur ssh :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ssh-agent and ssh&apos;s own keys</source>
        <translation>ssh-agent et les clés propres à ssh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The private key that logs in on every host.</source>
        <translation>La clé privée qui sert à se connecter sur chaque hôte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ssh &amp;key:</source>
        <translation>&amp;Clé ssh :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An ssh_config file for every host (ssh -F), for jump hosts and the like.</source>
        <translation>Un fichier ssh_config pour chaque hôte (ssh -F), pour les hôtes de rebond et autres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ssh con&amp;fig file:</source>
        <translation>&amp;Fichier de configuration ssh :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where Lifeboat&apos;s helper, lifeboat-agent, is installed on the hosts.</source>
        <translation>Où l&apos;assistant de Lifeboat, lifeboat-agent, est installé sur les hôtes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>H&amp;elper on the hosts:</source>
        <translation>&amp;Assistant sur les hôtes :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folders below which Lifeboat looks on each host, separated by spaces.</source>
        <translation>Les dossiers sous lesquels Lifeboat cherche sur chaque hôte, séparés par des espaces.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look &amp;below:</source>
        <translation>Chercher &amp;sous :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a new .json file</source>
        <translation>un nouveau fichier .json</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the profile will be saved after you review it; its known_hosts file goes beside it. An existing file is never written over.</source>
        <translation>Où le profil sera enregistré une fois examiné ; son fichier known_hosts est placé à côté. Un fichier existant n&apos;est jamais écrasé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sa&amp;ve the profile as:</source>
        <translation>Enre&amp;gistrer le profil sous :</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the profile as</source>
        <translation>Enregistrer le profil sous</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cluster profiles (*.json)</source>
        <translation>Profils de cluster (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Say where to save the profile (Save the profile as).</source>
        <translation>Indiquez où enregistrer le profil (« Enregistrer le profil sous »).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 exists already; a new profile never writes over one. Choose another name.</source>
        <translation>%1 existe déjà ; un nouveau profil n&apos;en écrase jamais un. Choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 does not exist. Choose a folder that does.</source>
        <translation>Le dossier %1 n&apos;existe pas. Choisissez un dossier existant.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a file. Choose the file, or leave it empty.</source>
        <translation>%1 n&apos;est pas un fichier. Choisissez le fichier, ou laissez le champ vide.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a host: write [NAME=]ADDRESS[:PORT], for example node1=10.0.0.11.</source>
        <translation>« %1 » n&apos;est pas un hôte : écrivez [NOM=]ADRESSE[:PORT], par exemple node1=10.0.0.11.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The host name %1 is given twice; each host needs its own.</source>
        <translation>Le nom d&apos;hôte %1 est donné deux fois ; chaque hôte a besoin du sien.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name at least one host.</source>
        <translation>Indiquez au moins un hôte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name at least one folder to look below.</source>
        <translation>Indiquez au moins un dossier sous lequel chercher.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Every host answers: Lifeboat can look.</source>
        <translation>Chaque hôte répond : Lifeboat peut chercher.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settle each host above, then look.</source>
        <translation>Réglez chaque hôte ci-dessus, puis lancez la recherche.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Not found, or not told apart (fill in or check these when you review):</source>
        <translation>Non trouvé, ou impossible à départager (à compléter ou vérifier lors de l&apos;examen) :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still to fill in before the profile loads:</source>
        <translation>Encore à compléter avant que le profil puisse être chargé :</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Found %n node(s). Review them, fill in what is missing, and save.</source>
        <translation>
            <numerusform>%n nœud trouvé. Examinez-le, complétez ce qui manque, puis enregistrez.</numerusform>
            <numerusform>%n nœuds trouvés. Examinez-les, complétez ce qui manque, puis enregistrez.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No AEM Forms node was found on these hosts. Check the hosts and where to look.</source>
        <translation>Aucun nœud AEM Forms n&apos;a été trouvé sur ces hôtes. Vérifiez les hôtes et les dossiers où chercher.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::DrillBanner</name>
    <message>
        <location filename="../ui/DrillBanner.cpp" line="+23"/>
        <source>&amp;I&apos;m done</source>
        <translation>J&apos;a&amp;i terminé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training drill</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drill clock</source>
        <translation>Chronomètre de l&apos;exercice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cluster is back: stop the clock and see the score.</source>
        <translation>Le cluster est rétabli : arrêter le chronomètre et voir la note.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Training drill: %1 · %2 (target %3)</source>
        <translation>Exercice : %1 · %2 (objectif %3)</translation>
    </message>
</context>
<context>
    <name>Lifeboat::DrillPage</name>
    <message>
        <location filename="../ui/DrillPage.cpp" line="+56"/>
        <source>&amp;Start the drill</source>
        <translation>&amp;Lancer l&apos;exercice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call &amp;off the drill…</source>
        <translation>&amp;Annuler l&apos;exercice…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training drill</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the trainer: pick a drill and start it. Lifeboat breaks the sandbox without saying how; the trainee recovers it against the clock and gets a score with a debrief.</source>
        <translation>Pour le formateur : choisissez un exercice et lancez-le. Lifeboat casse le bac à sable sans dire comment ; le stagiaire le rétablit contre la montre et reçoit une note avec un débriefing.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drills</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any drill, chosen at random</source>
        <translation>Un exercice au hasard</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the trainee is told</source>
        <translation>Ce qu&apos;on dit au stagiaire</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Story</source>
        <translation>Histoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difficulty and target time</source>
        <translation>Difficulté et temps visé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;eed:</source>
        <translation>Grai&amp;ne :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any</source>
        <translation>au hasard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same seed picks the same nodes again (and the same drill, when it is chosen at random): for a trainee who wants another try, or for a class doing the same drill.</source>
        <translation>La même graine choisit à nouveau les mêmes nœuds (et le même exercice, s&apos;il est tiré au hasard) : pour un stagiaire qui veut réessayer, ou pour une classe qui fait le même exercice.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Call off the drill</source>
        <translation>Annuler l&apos;exercice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the clock and put the sandbox back as it was before the drill? Nothing is scored. What the drill left is moved aside, not deleted.</source>
        <translation>Arrêter le chronomètre et remettre le bac à sable dans l&apos;état d&apos;avant l&apos;exercice ? Rien n&apos;est noté. Ce que l&apos;exercice a laissé est mis de côté, pas supprimé.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Difficulty %1 of 3 · target time %2 · restores from a set of: %3</source>
        <translation>Difficulté %1 sur 3 · temps visé %2 · restaure depuis un jeu de : %3</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Lifeboat picks one of the %n drills. The trainee is told its story when it starts; which fault it hides is told only in the debrief.</source>
        <translation>
            <numerusform>Lifeboat choisit l&apos;un des %n exercice. Le stagiaire en apprend l&apos;histoire au lancement ; la panne qu&apos;il cache n&apos;est dite que dans le débriefing.</numerusform>
            <numerusform>Lifeboat choisit l&apos;un des %n exercices. Le stagiaire en apprend l&apos;histoire au lancement ; la panne qu&apos;il cache n&apos;est dite que dans le débriefing.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Difficulty %1 of 3 · target time %2</source>
        <translation>Difficulté %1 sur 3 · temps visé %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The drill is running since %1. Hand over to the trainee: Next goes on to recovering the sandbox, and &quot;I&apos;m done&quot; at the top of every page ends the drill.</source>
        <translation>L&apos;exercice tourne depuis %1. Passez la main au stagiaire : Suivant mène à la récupération du bac à sable, et « J&apos;ai terminé » en haut de chaque page met fin à l&apos;exercice.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The seed must be a whole number from 0 to 4294967295, or empty for any.</source>
        <translation>La graine doit être un nombre entier de 0 à 4294967295, ou vide pour un tirage au hasard.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preparing the drill: a backup of the sandbox if it has none yet, then the faults…</source>
        <translation>Préparation de l&apos;exercice : une sauvegarde du bac à sable s&apos;il n&apos;en a pas encore, puis les pannes…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Putting the sandbox back as it was before the drill…</source>
        <translation>Remise du bac à sable dans l&apos;état d&apos;avant l&apos;exercice…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The drill is called off and the sandbox is as it was before it, its nodes running. What the drill left is in %1.</source>
        <translation>L&apos;exercice est annulé et le bac à sable est comme avant, ses nœuds en marche. Ce que l&apos;exercice a laissé est dans %1.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::DrillResultPage</name>
    <message>
        <location filename="../ui/DrillResultPage.cpp" line="+35"/>
        <source>Open the &amp;debrief</source>
        <translation>Ouvrir le &amp;débriefing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the debrief as &amp;PDF</source>
        <translation>Ouvrir le débriefing en &amp;PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the drill went</source>
        <translation>Comment s&apos;est passé l&apos;exercice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The score, point by point, and the model answer. The debrief puts every run of the drill beside it, for the trainee and the trainer to go through together.</source>
        <translation>La note, point par point, et la réponse modèle. Le débriefing y met en regard chaque exécution de l&apos;exercice, pour que le stagiaire et le formateur la parcourent ensemble.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What was judged</source>
        <translation>Ce qui a été jugé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Score by point</source>
        <translation>Note par point</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Model answer</source>
        <translation>Réponse modèle</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Judging the sandbox as it is now…</source>
        <translation>Évaluation du bac à sable tel qu&apos;il est maintenant…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The drill could not be judged, and it is still running: %1</source>
        <translation>L&apos;exercice n&apos;a pas pu être noté et il est toujours en cours : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 of %3 points</source>
        <translation>%1 : %2 points sur %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Model answer: %1</source>
        <translation>Réponse modèle : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The debrief could not be written: %1</source>
        <translation>Le débriefing n&apos;a pas pu être écrit : %1</translation>
    </message>
</context>
<context>
    <name>Lifeboat::HostKeyDialog</name>
    <message>
        <location filename="../ui/HostKeyDialog.cpp" line="+20"/>
        <source>%1, port %2</source>
        <translation>%1, port %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The key of %1 has changed</source>
        <translation>La clé de %1 a changé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirm the key of %1</source>
        <translation>Confirmer la clé de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Trust this key</source>
        <translation>&amp;Faire confiance à cette clé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust this key</source>
        <translation>Faire confiance à cette clé</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>or ask the host&apos;s administrator for it. Trust the key only if the two fingerprints are exactly the same; if they differ, someone may be between you and the host.</source>
        <translation>ou demandez-la à l&apos;administrateur de l&apos;hôte. Ne faites confiance à la clé que si les deux empreintes sont exactement identiques ; si elles diffèrent, quelqu&apos;un s&apos;interpose peut-être entre vous et l&apos;hôte.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ask the host&apos;s administrator why the key changed (a reinstalled host gets a new one). If they cannot say, someone may be between you and the host: do not go on. Once they have confirmed the new key, remove the old one from Lifeboat&apos;s known hosts file:</source>
        <translation>Demandez à l&apos;administrateur de l&apos;hôte pourquoi la clé a changé (un hôte réinstallé en reçoit une nouvelle). S&apos;il ne peut pas l&apos;expliquer, quelqu&apos;un s&apos;interpose peut-être entre vous et l&apos;hôte : n&apos;allez pas plus loin. Une fois la nouvelle clé confirmée par lui, retirez l&apos;ancienne du fichier des hôtes connus de Lifeboat :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Then check the hosts again: %1 shows as seen for the first time, and you can confirm its new key.</source>
        <translation>Vérifiez ensuite à nouveau les hôtes : %1 apparaît comme vu pour la première fois, et vous pouvez confirmer sa nouvelle clé.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>&lt;b&gt;Lifeboat has not met %1 before.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lifeboat ne connaît pas encore %1.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key type:</source>
        <translation>Type de clé :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint:</source>
        <translation>Empreinte :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare the fingerprint with the host&apos;s own before you trust it. On %1, run:</source>
        <translation>Comparez l&apos;empreinte avec celle de l&apos;hôte lui-même avant de lui faire confiance. Sur %1, exécutez :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;%1 now offers a different key from the one you trusted.&lt;/b&gt; Lifeboat does not connect to it, and no run can go on until this is settled. Nothing was changed.</source>
        <translation>&lt;b&gt;%1 présente maintenant une clé différente de celle que vous avez approuvée.&lt;/b&gt; Lifeboat ne s&apos;y connecte pas, et aucune exécution ne peut continuer tant que ce n&apos;est pas réglé. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trusted until now:</source>
        <translation>Approuvée jusqu&apos;ici :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offered now (%1):</source>
        <translation>Présentée maintenant (%1) :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Host:</source>
        <translation>Hôte :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
</context>
<context>
    <name>Lifeboat::HostStatesView</name>
    <message>
        <location filename="../ui/HostStatesView.cpp" line="+51"/>
        <source>Check the hosts &amp;again</source>
        <translation>&amp;Vérifier à nouveau les hôtes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hosts summary</source>
        <translation>Résumé des hôtes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the hosts again</source>
        <translation>Vérifier à nouveau les hôtes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Host error</source>
        <translation>Erreur d&apos;hôte</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>this machine</source>
        <translation>cette machine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host key to confirm</source>
        <translation>clé d&apos;hôte à confirmer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host key changed</source>
        <translation>clé d&apos;hôte modifiée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>login refused</source>
        <translation>authentification refusée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifeboat&apos;s helper missing</source>
        <translation>assistant de Lifeboat absent</translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+49"/>
        <location line="+2"/>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+21"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>What to do: %1</source>
        <translation>À faire : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confirm key…</source>
        <translation>Confirmer la clé…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show keys…</source>
        <translation>Afficher les clés…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Checking each host over ssh…</source>
        <translation>Vérification de chaque hôte par ssh…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every host is connected.</source>
        <translation>Tous les hôtes sont connectés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The wizard goes on once every host is connected: confirm the key of a new host, fix what the others say, then check the hosts again.</source>
        <translation>L&apos;assistant continue une fois tous les hôtes connectés : confirmez la clé d&apos;un nouvel hôte, corrigez ce que signalent les autres, puis vérifiez à nouveau les hôtes.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>It offers the %1 key %2.</source>
        <translation>Il présente la clé %1 %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It now offers the %1 key %2, not the key you trusted.</source>
        <translation>Il présente maintenant la clé %1 %2, et non celle que vous avez approuvée.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Compare its key with the host&apos;s own, then trust it (Confirm key…).</source>
        <translation>Comparez sa clé avec celle de l&apos;hôte lui-même, puis faites-lui confiance (Confirmer la clé…).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not go on before the host&apos;s administrator has said why (Show keys…).</source>
        <translation>N&apos;allez pas plus loin avant que l&apos;administrateur de l&apos;hôte en ait donné la raison (Afficher les clés…).</translation>
    </message>
</context>
<context>
    <name>Lifeboat::HttpServer</name>
    <message>
        <location filename="../node/HttpServer.cpp" line="+77"/>
        <source>The node agent&apos;s HTTP server listens on loopback addresses only, not on %1.</source>
        <translation>Le serveur HTTP de l&apos;agent de nœud n&apos;écoute que sur les adresses de bouclage, pas sur %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Impossible d&apos;écouter sur %1 port %2 : %3</translation>
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
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Start &amp;another task</source>
        <translation>Commencer une &amp;autre tâche</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Quit Lifeboat</source>
        <translation>Quitter Lifeboat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit Lifeboat? Nothing has run yet; what you chose on these pages is not kept.</source>
        <translation>Quitter Lifeboat ? Rien n&apos;a encore été exécuté ; ce que vous avez choisi sur ces pages n&apos;est pas conservé.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Training drill</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A run is still going. Let it end, or cancel it, then press &quot;I&apos;m done&quot; again.</source>
        <translation>Une exécution est encore en cours. Laissez-la finir, ou annulez-la, puis appuyez de nouveau sur « J&apos;ai terminé ».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End the drill</source>
        <translation>Terminer l&apos;exercice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is the cluster back? The clock stops and Lifeboat judges the sandbox as it is now.</source>
        <translation>Le cluster est-il rétabli ? Le chronomètre s&apos;arrête et Lifeboat note le bac à sable tel qu&apos;il est maintenant.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::LogView</name>
    <message>
        <location filename="../ui/LogView.cpp" line="+33"/>
        <source>&amp;Follow</source>
        <translation>&amp;Suivre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information and above</source>
        <translation>Information et au-delà</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors only</source>
        <translation>Erreurs uniquement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log level</source>
        <translation>Niveau de journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Search the log</source>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run log</source>
        <translation>Journal d&apos;exécution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Save the log</source>
        <translation>Enregistrer le journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log files (*.log *.txt)</source>
        <translation>Fichiers journaux (*.log *.txt)</translation>
    </message>
</context>
<context>
    <name>Lifeboat::NodeAgent</name>
    <message>
        <location filename="../node/NodeAgent.cpp" line="+66"/>
        <source>cannot join the cluster: the primary node %1 is not running; start the primary first and the secondaries only once it is up</source>
        <translation>impossible de rejoindre le cluster : le nœud principal %1 ne fonctionne pas ; démarrez d&apos;abord le nœud principal, et les secondaires seulement une fois qu&apos;il fonctionne</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot listen on port %1: %2</source>
        <translation>impossible d&apos;écouter sur le port %1 : %2</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>the repository %1 is missing; restore it from a backup</source>
        <translation>le référentiel %1 est manquant ; restaurez-le à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1/cluster_node.id is missing: the node cannot take its place in the cluster; restore the node&apos;s cluster node id</source>
        <translation>%1/cluster_node.id est manquant : le nœud ne peut pas prendre sa place dans le cluster ; restaurez l&apos;identifiant de nœud de cluster du nœud</translation>
    </message>
</context>
<context>
    <name>Lifeboat::OpenPathDialog</name>
    <message>
        <location filename="../ui/OpenPathDialog.cpp" line="+28"/>
        <source>This system has no desktop launcher (xdg-open) to open it with.</source>
        <translation>Ce système n&apos;a pas de lanceur de bureau (xdg-open) pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The desktop launcher (xdg-open) could not open it.</source>
        <translation>Le lanceur de bureau (xdg-open) n&apos;a pas pu l&apos;ouvrir.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not open</source>
        <translation>Ouverture impossible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifeboat could not open %1. %2 Copy the path and open it yourself.</source>
        <translation>Lifeboat n&apos;a pas pu ouvrir %1. %2 Copiez le chemin et ouvrez-le vous-même.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why it could not open</source>
        <translation>Pourquoi l&apos;ouverture a échoué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the path</source>
        <translation>Copier le chemin</translation>
    </message>
</context>
<context>
    <name>Lifeboat::OptionsPage</name>
    <message>
        <location filename="../ui/OptionsPage.cpp" line="+155"/>
        <source>Set the options</source>
        <translation>Définir les options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave a field as it is to use the scenario&apos;s default.</source>
        <translation>Laissez un champ tel quel pour utiliser la valeur par défaut du scénario.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup root</source>
        <translation>Racine des sauvegardes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup &amp;root:</source>
        <translation>&amp;Racine des sauvegardes :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose another backup root</source>
        <translation>Choisir une autre racine des sauvegardes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this cluster&apos;s backup sets in another directory from now on (saved in the profile).</source>
        <translation>Conserver désormais les jeux de sauvegarde de ce cluster dans un autre répertoire (enregistré dans le profil).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Choose the backup root</source>
        <translation>Choisir la racine des sauvegardes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This profile has no file to keep another backup root in. Save it first (Edit… on the Cluster page).</source>
        <translation>Ce profil n&apos;a pas de fichier où garder une autre racine des sauvegardes. Enregistrez-le d&apos;abord (Modifier… sur la page Cluster).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change the backup root?</source>
        <translation>Changer la racine des sauvegardes ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the backup sets of %1 in %2 from now on?

Lifeboat writes this into the profile %3: later backups go there, and restores and the Backups window look for sets there. The sets in %4 stay where they are.</source>
        <translation>Conserver désormais les jeux de sauvegarde de %1 dans %2 ?

Lifeboat l&apos;écrit dans le profil %3 : les sauvegardes suivantes iront là, et les restaurations et la fenêtre Sauvegardes y chercheront les jeux. Les jeux de %4 restent où ils sont.</translation>
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
        <translation>un répertoire nouveau ou vide ; vide : sous le répertoire de données de Lifeboat</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>This scenario has no options.</source>
        <translation>Ce scénario n&apos;a pas d&apos;options.</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location line="-257"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the newest set that holds what this restore needs</source>
        <translation>le jeu le plus récent qui contient ce dont cette restauration a besoin</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>not verified</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>verified %1</source>
        <translation>vérifié %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DAMAGED</source>
        <translation>ENDOMMAGÉ</translation>
    </message>
    <message>
        <location line="+336"/>
        <source>There is no backup set under %1 yet. Go back and make one first.</source>
        <translation>Il n&apos;y a encore aucun jeu de sauvegarde sous %1. Revenez en arrière et créez-en un d&apos;abord.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>reading what %1 shows…</source>
        <translation>lecture de l&apos;état de %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not needed from what the node shows</source>
        <translation>non nécessaire d&apos;après l&apos;état du nœud</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>asked for in the wizard</source>
        <translation>demandé dans l&apos;assistant</translation>
    </message>
    <message>
        <location line="-337"/>
        <source>Checking the options…</source>
        <translation>Vérification des options…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Checking the options</source>
        <translation>Vérification des options</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>%1, incremental on %2</source>
        <translation>%1, incrémentiel sur %2</translation>
    </message>
    <message>
        <location line="+310"/>
        <source>Restore point</source>
        <translation>Point de restauration</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose %1</source>
        <translation>Choisir %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a directory</source>
        <translation>Choisir un dossier</translation>
    </message>
</context>
<context>
    <name>Lifeboat::PlanPage</name>
    <message>
        <location filename="../ui/PlanPage.cpp" line="+67"/>
        <source>Building the plan…</source>
        <translation>Construction du plan…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export runbook…</source>
        <translation>&amp;Exporter le runbook…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The plan</source>
        <translation>Le plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every step in order, with what it would change. Nothing has changed yet; steps marked &quot;asks first&quot; wait for your confirmation when they come.</source>
        <translation>Chaque étape dans l&apos;ordre, avec ce qu&apos;elle modifierait. Rien n&apos;a encore changé ; les étapes marquées « demande d&apos;abord » attendent votre confirmation le moment venu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Building the plan</source>
        <translation>Construction du plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary of the plan</source>
        <translation>Résumé du plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan steps</source>
        <translation>Étapes du plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+192"/>
        <location line="+14"/>
        <source>Export runbook</source>
        <translation>Exporter le runbook</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>The scenario could not build a plan with these options.</source>
        <translation>Le scénario n&apos;a pas pu construire de plan avec ces options.</translation>
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
        <translation>demande d&apos;abord</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>(changes nothing)</source>
        <translation>(ne modifie rien)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Always at the end</source>
        <translation>Toujours à la fin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whatever happens, these undo what the plan disturbed.</source>
        <translation>Quoi qu&apos;il arrive, ces étapes défont ce que le plan a perturbé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (if step %2 ran)</source>
        <translation>%1 (si l&apos;étape %2 a été exécutée)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 step</source>
        <translation>1 étape</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 steps</source>
        <translation>%1 étapes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2 of them change the cluster and ask for confirmation first.</source>
        <translation>%1, dont %2 modifient le cluster et demandent d&apos;abord une confirmation.</translation>
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
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="-258"/>
        <source>&amp;Approve the whole plan now: the run does not ask again before each step</source>
        <translation>&amp;Approuver tout le plan maintenant : l&apos;exécution ne demande plus avant chaque étape</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Approve the whole plan</source>
        <translation>Approuver tout le plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps approved with the whole plan</source>
        <translation>Étapes approuvées avec tout le plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster name to approve the whole plan</source>
        <translation>Nom du cluster pour approuver tout le plan</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>%1; none of them asks for confirmation.</source>
        <translation>%1 ; aucune ne demande de confirmation.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Approving says yes now to these steps, which change the cluster; steps only a person can do still ask when they come:</source>
        <translation>Approuver répond oui dès maintenant à ces étapes, qui modifient le cluster ; les étapes que seule une personne peut faire demandent toujours le moment venu :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type %1 to approve the whole plan</source>
        <translation>Tapez %1 pour approuver tout le plan</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>&amp;Schedule this backup…</source>
        <translation>Pl&amp;anifier cette sauvegarde…</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ProfileEditor</name>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="+55"/>
        <source>Cluster profile — %1</source>
        <translation>Profil de cluster — %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Parts of the profile</source>
        <translation>Parties du profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Page Down and Ctrl+Page Up go to the next and the previous part from anywhere.</source>
        <translation>Ctrl+Page suivante et Ctrl+Page précédente passent à la partie suivante et à la précédente, où que vous soyez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problems of the profile</source>
        <translation>Problèmes du profil</translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>%n problem(s) to fix</source>
        <translation>
            <numerusform>%n problème à corriger</numerusform>
            <numerusform>%n problèmes à corriger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1, %n problem(s) to fix</source>
        <translation>
            <numerusform>%1, %n problème à corriger</numerusform>
            <numerusform>%1, %n problèmes à corriger</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>• %1: %2</source>
        <translation>• %1 : %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The profile</source>
        <translation>Le profil</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Its value goes to the secrets file %1 when you save.</source>
        <translation>Sa valeur est écrite dans le fichier de secrets %1 à l&apos;enregistrement.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secret &quot;%1&quot; has no value here: Lifeboat takes it from its environment variable at run time, or asks for it. Press &quot;Set secret…&quot; to store its value.</source>
        <translation>Le secret « %1 » n’a pas de valeur ici : Lifeboat le prend dans sa variable d’environnement à l’exécution, ou le demande. Appuyez sur « Définir le secret… » pour enregistrer sa valeur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret &quot;%1&quot; has no value: Lifeboat asks for it at run time (Save records it so in the secrets file), or press &quot;Set secret…&quot; to store its value.</source>
        <translation>Le secret « %1 » n&apos;a pas de valeur : Lifeboat le demande à l&apos;exécution (« Enregistrer » le note ainsi dans le fichier de secrets), ou cliquez sur « Définir le secret… » pour enregistrer sa valeur.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This is a password, which the profile must not hold: press &quot;Set secret…&quot; to move it to the secrets file, or write a {secret:NAME} reference.</source>
        <translation>Ceci est un mot de passe, que le profil ne doit pas contenir : appuyez sur « Définir le secret… » pour le déplacer dans le fichier des secrets, ou écrivez une référence {secret:NAME}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This is not a URL Lifeboat can read (%1); write it as http://aem-node1.example.com:8080/lc.</source>
        <translation>Ce n’est pas une URL que Lifeboat sait lire (%1) ; écrivez-la comme http://aem-node1.example.com:8080/lc.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Set secret</source>
        <translation>Définir le secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The value of the secret &quot;%1&quot;. Save writes it to the secrets file %2, which only you can read, never into the profile. Leave it empty to be asked for it at run time.</source>
        <translation>La valeur du secret « %1 ». « Enregistrer » l&apos;écrit dans le fichier de secrets %2, que vous seul pouvez lire, jamais dans le profil. Laissez le champ vide pour qu&apos;elle soit demandée à l&apos;exécution.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Cannot save the secrets</source>
        <translation>Impossible d&apos;enregistrer les secrets</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot save the profile</source>
        <translation>Impossible d&apos;enregistrer le profil</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile has changes that are not saved. Discard them?</source>
        <translation>Le profil a des modifications non enregistrées. Les abandonner ?</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ProfileEditorPage</name>
    <message>
        <location filename="../ui/ProfileEditorPage.cpp" line="+58"/>
        <source>Problems of this part</source>
        <translation>Problèmes de cette partie</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>• %1: %2</source>
        <translation>• %1 : %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This item has problems.</source>
        <translation>Cet élément a des problèmes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, with problems</source>
        <translation>%1, avec des problèmes</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ProfileForm</name>
    <message>
        <location filename="../ui/ProfileForm.cpp" line="+93"/>
        <source>Problem with %1</source>
        <translation>Problème dans %1</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Set secret…</source>
        <translation>Définir le secret…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the secret of %1</source>
        <translation>Définir le secret de %1</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ProfileTestDialog</name>
    <message>
        <location filename="../ui/ProfileTestDialog.cpp" line="+29"/>
        <source>Test the profile %1</source>
        <translation>Tester le profil %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifeboat checks what the profile says against the cluster, changing nothing: every host, what each backup checks before it starts, every path on its host, each node&apos;s role on its disk, and each node&apos;s status URL.</source>
        <translation>Lifeboat vérifie ce que dit le profil par rapport au cluster, sans rien modifier : chaque hôte, ce que chaque sauvegarde vérifie avant de démarrer, chaque chemin sur son hôte, le rôle de chaque nœud sur son disque et l&apos;URL d&apos;état de chaque nœud.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Test again</source>
        <translation>&amp;Tester à nouveau</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Testing the profile against the cluster…</source>
        <translation>Test du profil sur le cluster…</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n check(s) failed: something the profile says does not hold. Correct it (Edit…) and test again.</source>
        <translation>
            <numerusform>%n vérification a échoué : une indication du profil ne correspond pas au cluster. Corrigez-la (Modifier…) et testez à nouveau.</numerusform>
            <numerusform>%n vérifications ont échoué : une indication du profil ne correspond pas au cluster. Corrigez-la (Modifier…) et testez à nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Nothing failed; %n warning(s) to read.</source>
        <translation>
            <numerusform>Aucun échec ; %n avertissement à lire.</numerusform>
            <numerusform>Aucun échec ; %n avertissements à lire.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every check passed: the profile holds.</source>
        <translation>Toutes les vérifications ont réussi : le profil est correct.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::QuarantineView</name>
    <message>
        <location filename="../ui/QuarantineView.cpp" line="+33"/>
        <source>Purg&amp;e…</source>
        <translation>P&amp;urger…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What restores kept</source>
        <translation>Ce que les restaurations ont conservé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete what this restore kept, for good. It can no longer be rolled back afterwards.</source>
        <translation>Supprimer définitivement ce que cette restauration a conservé. Elle ne pourra plus être annulée ensuite.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>No quarantine is kept for %1.</source>
        <translation>Aucune quarantaine n&apos;est conservée pour %1.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Purge a quarantine</source>
        <translation>Purger une quarantaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These folders will be deleted for good:</source>
        <translation>Ces dossiers seront supprimés définitivement :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The restore %1 can no longer be rolled back afterwards.</source>
        <translation>La restauration %1 ne pourra plus être annulée ensuite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Purge</source>
        <translation>P&amp;urger</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Purged the quarantine of %1.</source>
        <translation>La quarantaine de %1 a été purgée.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ReadAheadDevice</name>
    <message>
        <location filename="../engine/support/ReadAheadDevice.cpp" line="+25"/>
        <source>A read-ahead device only reads, from a source open for reading.</source>
        <translation>Un lecteur anticipé ne fait que lire, depuis une source ouverte en lecture.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::RunPage</name>
    <message>
        <location filename="../ui/RunPage.cpp" line="+56"/>
        <source>Cancel &amp;after this step</source>
        <translation>Annuler a&amp;près cette étape</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Running</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each step runs in turn. Steps that change the cluster ask first. You can cancel between steps; the steps that undo what the run disturbed still run.</source>
        <translation>Les étapes s&apos;exécutent l&apos;une après l&apos;autre. Celles qui modifient le cluster demandent d&apos;abord. Vous pouvez annuler entre deux étapes ; les étapes qui défont ce que l&apos;exécution a perturbé s&apos;exécutent quand même.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps of the run</source>
        <translation>Étapes de l&apos;exécution</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overall progress</source>
        <translation>Progression globale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the run after the current step</source>
        <translation>Annuler l&apos;exécution après l&apos;étape en cours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup mode timeout</source>
        <translation>Délai du mode de sauvegarde</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Resuming run %1 from the step that was in flight</source>
        <translation>Reprise de l&apos;exécution %1 à partir de l&apos;étape qui était en cours</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Run %1</source>
        <translation>Exécution %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trying run %1 again from its first step: it failed, and its cleanup undid what it had done</source>
        <translation>Nouvel essai de l’exécution %1 depuis sa première étape : elle a échoué, et son nettoyage a défait ce qu’elle avait fait</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trying run %1 again from the step that failed</source>
        <translation>Nouvel essai de l’exécution %1 à partir de l’étape qui a échoué</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+127"/>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>At the end: %1</source>
        <translation>À la fin : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+127"/>
        <source>if needed</source>
        <translation>si nécessaire</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>done before the interruption</source>
        <translation>effectué avant l&apos;interruption</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>running, %1 %</source>
        <translation>en cours, %1 %</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>elapsed %1, about %2 left</source>
        <translation>écoulé %1, environ %2 restant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>elapsed %1</source>
        <translation>écoulé %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup mode session times out in %1.</source>
        <translation>La session du mode de sauvegarde expire dans %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup mode session timed out %1 ago. In rolling backup mode the server starts a new one; in safe backup mode, GDS files deleted since then may be missing from this backup.</source>
        <translation>La session du mode de sauvegarde a expiré il y a %1. En mode de sauvegarde continue, le serveur en démarre une nouvelle ; en mode de sauvegarde sécurisée (instantané), des fichiers GDS supprimés depuis peuvent manquer dans cette sauvegarde.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cancel the run?</source>
        <translation>Annuler l&apos;exécution ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The step that is running now finishes first. Then the run stops, and the steps that undo what it disturbed still run (nodes started again, backup mode left, an unfinished backup removed). Cancel the run?</source>
        <translation>L&apos;étape en cours se termine d&apos;abord. Ensuite l&apos;exécution s&apos;arrête, et les étapes qui défont ce qu&apos;elle a perturbé s&apos;exécutent quand même (nœuds redémarrés, mode de sauvegarde quitté, sauvegarde inachevée supprimée). Annuler l&apos;exécution ?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelling after the current step…</source>
        <translation>Annulation après l&apos;étape en cours…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every step succeeded.</source>
        <translation>Toutes les étapes ont réussi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A step failed; the clean-up steps ran. The summary says what to do.</source>
        <translation>Une étape a échoué ; les étapes de nettoyage ont été exécutées. Le résumé indique quoi faire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled; the clean-up steps ran.</source>
        <translation>Annulé ; les étapes de nettoyage ont été exécutées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You stopped the run at a confirmation; the clean-up steps ran.</source>
        <translation>Vous avez arrêté l&apos;exécution lors d&apos;une confirmation ; les étapes de nettoyage ont été exécutées.</translation>
    </message>
    <message>
        <location line="-231"/>
        <source>Building the plan…</source>
        <translation>Construction du plan…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The scenario could not build a plan with these options.</source>
        <translation>Le scénario n&apos;a pas pu construire de plan avec ces options.</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Downtime of the nodes</source>
        <translation>Temps d’arrêt des nœuds</translation>
    </message>
    <message>
        <location line="+222"/>
        <source>%1 down for %2</source>
        <translation>%1 arrêté depuis %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was down for %2</source>
        <translation>%1 a été arrêté pendant %2</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>not run</source>
        <translation>non exécutée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not needed</source>
        <translation>pas nécessaire</translation>
    </message>
</context>
<context>
    <name>Lifeboat::Runner</name>
    <message>
        <location filename="../engine/run/Runner.cpp" line="+58"/>
        <source>The run %1 is in use by another Lifeboat process: %2</source>
        <translation>L&apos;exécution %1 est utilisée par un autre processus Lifeboat : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot create the run directory %1. Check the permissions and free space.</source>
        <translation>Impossible de créer le répertoire d&apos;exécution %1. Vérifiez les droits et l&apos;espace libre.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The plan of run %1 can no longer be rebuilt the same way (the profile or Lifeboat changed). Finish it by hand following its report, then set it aside.</source>
        <translation>Le plan de l&apos;exécution %1 ne peut plus être reconstruit à l&apos;identique (le profil ou Lifeboat a changé). Terminez-la à la main en suivant son rapport, puis mettez-la de côté.</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>Injected failure (LIFEBOAT_FAILPOINT) in step %1.</source>
        <translation>Échec injecté (LIFEBOAT_FAILPOINT) à l&apos;étape %1.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The run has no journal.</source>
        <translation>L&apos;exécution n&apos;a pas de journal.</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>Run %1 has ended (%2); only an interrupted or a failed run can be picked up again.</source>
        <translation>L’exécution %1 est terminée (%2) ; seule une exécution interrompue ou en échec peut être reprise.</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>%1: nothing to change, so not asked.</source>
        <translation>%1 : rien à changer, donc aucune question posée.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&quot;%1&quot; did not finish (%2): do by hand what it would have done.</source>
        <translation>« %1 » n’a pas abouti (%2) : faites à la main ce que cette étape aurait fait.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::RunsView</name>
    <message>
        <location filename="../ui/RunsView.cpp" line="+52"/>
        <source>&amp;Open the report</source>
        <translation>&amp;Ouvrir le rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;ume</source>
        <translation>Rep&amp;rendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set aside</source>
        <translation>Mettre de côté</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+146"/>
        <source>Finish the run from the step that was in flight; steps that change the cluster ask first.</source>
        <translation>Terminer l&apos;exécution à partir de l&apos;étape qui était en cours ; les étapes qui modifient le cluster demandent d&apos;abord.</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Do not offer it again. The run&apos;s folder stays as it is; &apos;lifeboat resume&apos; can still finish it.</source>
        <translation>Ne plus le proposer. Le dossier de l&apos;exécution reste tel quel ; &apos;lifeboat resume&apos; peut toujours la terminer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>%1, set aside</source>
        <translation>%1, mise de côté</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Try the failed run again: a backup from its first step (its cleanup undid what it had done), anything else from the step that failed; steps that change the cluster ask first.</source>
        <translation>Réessayer l’exécution qui a échoué : une sauvegarde depuis sa première étape (son nettoyage a défait ce qu’elle avait fait), tout le reste à partir de l’étape qui a échoué ; les étapes qui modifient le cluster demandent d’abord.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No program on this desktop opens it. Here is its path to open it yourself:</source>
        <translation>Aucun programme de ce bureau ne l&apos;ouvre. Voici son chemin pour l&apos;ouvrir vous-même :</translation>
    </message>
</context>
<context>
    <name>Lifeboat::SandboxPage</name>
    <message>
        <location filename="../ui/SandboxPage.cpp" line="+57"/>
        <source>Could not start %1: %2</source>
        <translation>Impossible de démarrer %1 : %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not stop %1: %2</source>
        <translation>Impossible d&apos;arrêter %1 : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Start all nodes</source>
        <translation>&amp;Démarrer tous les nœuds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;top all nodes</source>
        <translation>Arrê&amp;ter tous les nœuds</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Brea&amp;k it</source>
        <translation>Cass&amp;er</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset the sandbox…</source>
        <translation>&amp;Réinitialiser le bac à sable…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The training sandbox</source>
        <translation>Le bac à sable d&apos;entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A practice cluster of real node processes on this machine. Break it on purpose, then recover it with the same scenarios as a real cluster.</source>
        <translation>Un cluster d&apos;entraînement fait de vrais processus de nœuds sur cette machine. Cassez-le exprès, puis récupérez-le avec les mêmes scénarios qu&apos;un vrai cluster.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Fault:</source>
        <translation>Pan&amp;ne :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>N&amp;ode:</source>
        <translation>Nœ&amp;ud :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fault</source>
        <translation>Panne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Then practise</source>
        <translation>Puis s&apos;entraîner</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back &amp;up the sandbox</source>
        <translation>Sauve&amp;garder le bac à sable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;cover the sandbox from a failure</source>
        <translation>Ré&amp;cupérer le bac à sable après une panne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;hearse a restore of the sandbox</source>
        <translation>Répéter une restauration du bac à sa&amp;ble</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run a training &amp;drill: a hidden fault, a clock and a score</source>
        <translation>Faire un e&amp;xercice : une panne cachée, un chronomètre et une note</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reset the sandbox</source>
        <translation>Réinitialiser le bac à sable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop every node and build the sandbox again as it was created? The sandbox as it is now is moved aside, not deleted.</source>
        <translation>Arrêter tous les nœuds et reconstruire le bac à sable tel qu&apos;il a été créé ? Le bac à sable dans son état actuel est mis de côté, pas supprimé.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is not a training sandbox. Go back and choose &quot;Use the training sandbox&quot;.</source>
        <translation>%1 n&apos;est pas un bac à sable d&apos;entraînement. Revenez en arrière et choisissez « Utiliser le bac à sable d&apos;entraînement ».</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Starting the nodes…</source>
        <translation>Démarrage des nœuds…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every node is running.</source>
        <translation>Tous les nœuds fonctionnent.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopping the nodes…</source>
        <translation>Arrêt des nœuds…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every node is stopped.</source>
        <translation>Tous les nœuds sont arrêtés.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Breaking the sandbox…</source>
        <translation>Le bac à sable est en train d&apos;être cassé…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stopping the nodes and building the sandbox again…</source>
        <translation>Arrêt des nœuds et reconstruction du bac à sable…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sandbox is as it was built, with its nodes stopped; start them to go on. The sandbox as it was is in %1.</source>
        <translation>Le bac à sable est tel qu&apos;à sa création, ses nœuds arrêtés ; démarrez-les pour continuer. L&apos;ancien bac à sable se trouve dans %1.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Not during a training drill.</source>
        <translation>Pas pendant un exercice.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ScenarioPage</name>
    <message>
        <location filename="../ui/ScenarioPage.cpp" line="+55"/>
        <source>Choose how</source>
        <translation>Choisir la méthode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each way has its own cost. The recommendation below is based on the nodes&apos; current state.</source>
        <translation>Chaque méthode a son coût. La recommandation ci-dessous se fonde sur l&apos;état actuel des nœuds.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No scenario available</source>
        <translation>Aucun scénario disponible</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>This kind of scenario is not available in this version of Lifeboat. Go back and choose another task.</source>
        <translation>Ce type de scénario n&apos;est pas disponible dans cette version de Lifeboat. Revenez en arrière et choisissez une autre tâche.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Choose the scenario that fits your situation.</source>
        <translation>Choisissez le scénario adapté à votre situation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+33"/>
        <source>Checking the nodes to recommend a scenario…</source>
        <translation>Vérification des nœuds pour recommander un scénario…</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>%1 reports repository unsync: restore that node before backing up.</source>
        <translation>%1 signale un référentiel désynchronisé (repository unsync) : restaurez ce nœud avant de sauvegarder.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recommended: &lt;b&gt;%1&lt;/b&gt; — every author node is running, so there is no downtime.</source>
        <translation>Recommandé : &lt;b&gt;%1&lt;/b&gt; — tous les nœuds d&apos;auteur fonctionnent, il n&apos;y a donc pas d&apos;interruption de service.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommended: &lt;b&gt;%1&lt;/b&gt; — not every author node is running.</source>
        <translation>Recommandé : &lt;b&gt;%1&lt;/b&gt; — les nœuds d&apos;auteur ne fonctionnent pas tous.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Every node looks healthy. Choose the scenario that fits what you know of the failure.</source>
        <translation>Tous les nœuds semblent en bon état. Choisissez le scénario qui correspond à ce que vous savez de la panne.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recommended: &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Recommandé : &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommended: &lt;b&gt;%1&lt;/b&gt; for %2.</source>
        <translation>Recommandé : &lt;b&gt;%1&lt;/b&gt; pour %2.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Recommended: start %1 with its usual start command. Its repository is intact, so nothing needs restoring.</source>
        <translation>Recommandé : démarrer %1 avec sa commande de démarrage habituelle. Son référentiel est intact, rien n&apos;est à restaurer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 only needs starting: its repository is intact.</source>
        <translation>%1 a seulement besoin d&apos;être démarré : son référentiel est intact.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ScheduleDialog</name>
    <message>
        <location filename="../ui/ScheduleDialog.cpp" line="+34"/>
        <source>For &amp;me (%1)</source>
        <translation>Pour &amp;moi (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the &amp;system (as root), in:</source>
        <translation>Pour le &amp;système (en root), dans :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Write the timer</source>
        <translation>É&amp;crire le minuteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schedule this backup</source>
        <translation>Planifier cette sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A systemd calendar: &quot;daily&quot;, &quot;Mon..Fri 02:00&quot;, &quot;Sun *-*-* 03:30&quot;.</source>
        <translation>Un calendrier systemd : &quot;daily&quot;, &quot;Mon..Fri 02:00&quot;, &quot;Sun *-*-* 03:30&quot;.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Timer</source>
        <translation>Minuteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;When:</source>
        <translation>&amp;Quand :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units:</source>
        <translation>Unités :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs:</source>
        <translation>Exécute :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Schedules in this folder:</source>
        <translation>Planifications dans ce dossier :</translation>
    </message>
</context>
<context>
    <name>Lifeboat::SummaryPage</name>
    <message>
        <location filename="../ui/SummaryPage.cpp" line="+51"/>
        <source>&amp;Save the report as…</source>
        <translation>&amp;Enregistrer le rapport sous…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the run did, step by step, and what is left for you to do.</source>
        <translation>Ce que l&apos;exécution a fait, étape par étape, et ce qu&apos;il vous reste à faire.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps and what they changed</source>
        <translation>Étapes et ce qu&apos;elles ont modifié</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Open the report</source>
        <translation>&amp;Ouvrir le rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;run folder</source>
        <translation>Ouvrir le &amp;dossier de l&apos;exécution</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Every step succeeded.</source>
        <translation>Toutes les étapes ont réussi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A step failed. The clean-up steps ran.</source>
        <translation>Une étape a échoué. Les étapes de nettoyage ont été exécutées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run was cancelled. The clean-up steps ran.</source>
        <translation>L&apos;exécution a été annulée. Les étapes de nettoyage ont été exécutées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run was stopped at a confirmation. The clean-up steps ran.</source>
        <translation>L&apos;exécution a été arrêtée lors d&apos;une confirmation. Les étapes de nettoyage ont été exécutées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>It took %1.</source>
        <translation>Cela a pris %1.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>At the end: </source>
        <translation>À la fin : </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix what the failed step says: %1</source>
        <translation>Corrigez ce qu&apos;indique l&apos;étape en échec : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup set is in %1. Check it now and then with &apos;lifeboat verify&apos;, and keep more than one.</source>
        <translation>Le jeu de sauvegarde se trouve dans %1. Vérifiez-le de temps en temps avec &apos;lifeboat verify&apos;, et conservez-en plus d&apos;un.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The report, the journal and the log of this run are in %1.</source>
        <translation>Le rapport, le journal et le log de cette exécution se trouvent dans %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is left for you:</source>
        <translation>Ce qu&apos;il vous reste à faire :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What this run replaced is kept in the quarantine, beside each place it restored. When the cluster works as it should, purge it: lifeboat quarantine purge --profile %1 --run %2. Until then, &quot;%3&quot; can put it all back.</source>
        <translation>Ce que cette exécution a remplacé est conservé dans la quarantaine, à côté de chaque emplacement restauré. Quand le cluster fonctionne comme il faut, purgez-la : lifeboat quarantine purge --profile %1 --run %2. D&apos;ici là, « %3 » peut tout remettre en place.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The set was made in rolling backup mode, and the restored database records that mode: leave it now with LCBackupMode leaveContinuousCoverage on the forms server.</source>
        <translation>Le jeu a été créé en mode de sauvegarde continue, et la base de données restaurée enregistre ce mode : quittez-le maintenant avec LCBackupMode leaveContinuousCoverage sur le serveur de formulaires.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saving the report to %1…</source>
        <translation>Enregistrement du rapport dans %1…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The report was saved to %1.</source>
        <translation>Le rapport a été enregistré dans %1.</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>Downtime: %1</source>
        <translation>Temps d’arrêt : %1</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>%1 may still be copying its repository in the background (the online backup this run gave up). Its copy is not part of any set; wait until it ends before the next online backup of %1.</source>
        <translation>%1 copie peut-être encore son référentiel en arrière-plan (la sauvegarde en ligne que cette exécution a abandonnée). Cette copie ne fait partie d&apos;aucun jeu ; attendez qu&apos;elle se termine avant la prochaine sauvegarde en ligne de %1.</translation>
    </message>
    <message>
        <location line="-275"/>
        <source>The restored nodes after the run</source>
        <translation>Les nœuds restaurés après l&apos;exécution</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>Asking the restored nodes how they are…</source>
        <translation>Interrogation des nœuds restaurés sur leur état…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>cannot be asked: %1</source>
        <translation>ne peut pas être interrogé : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation>en marche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not running</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its error.log reports &quot;repository unsync&quot;</source>
        <translation>son error.log signale « repository unsync »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repository in sync</source>
        <translation>référentiel synchronisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its repository lock held by its process (pid %1)</source>
        <translation>son verrou de référentiel tenu par son processus (pid %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no process holds its repository lock</source>
        <translation>aucun processus ne tient son verrou de référentiel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cluster is back: every restored node runs, in sync.</source>
        <translation>Le cluster est rétabli : chaque nœud restauré fonctionne, synchronisé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cluster is not back yet: look at %1.</source>
        <translation>Le cluster n&apos;est pas encore rétabli : examinez %1.</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>Backups, runs and &amp;quarantine…</source>
        <translation>Sauvegardes, exécutions et &amp;quarantaine…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sc&amp;hedule this backup…</source>
        <translation>Pla&amp;nifier cette sauvegarde…</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>A clean-up step failed: the cluster needs work by hand.</source>
        <translation>Une étape de nettoyage a échoué : le cluster demande une intervention manuelle.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::TopologyView</name>
    <message>
        <location filename="../ui/TopologyView.cpp" line="+18"/>
        <source>Cluster topology</source>
        <translation>Topologie du cluster</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>repository unsync</source>
        <translation>référentiel désynchronisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in backup mode</source>
        <translation>en mode de sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in backup mode (%1)</source>
        <translation>en mode de sauvegarde (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No cluster profile loaded.</source>
        <translation>Aucun profil de cluster chargé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>No cluster chosen yet.</source>
        <translation>Aucun cluster choisi pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>GDS (shared)</source>
        <translation>GDS (partagé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database %1</source>
        <translation>Base de données %1</translation>
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
        <translation>publication</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>shared</source>
        <translation>partagé</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>unreachable: %1</source>
        <translation>injoignable : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>stopped (stale .lock)</source>
        <translation>arrêté (.lock périmé)</translation>
    </message>
</context>
<context>
    <name>Lifeboat::WelcomePage</name>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="+43"/>
        <location line="+229"/>
        <source>Left unfinished</source>
        <translation>Inachevées</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>Welcome to Lifeboat</source>
        <translation>Bienvenue dans Lifeboat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up and recover a clustered AEM Forms environment, one checked step at a time. Nothing changes until you have seen the plan and confirmed it.</source>
        <translation>Sauvegardez et restaurez un environnement AEM Forms en cluster, une étape vérifiée à la fois. Rien ne change avant que vous ayez vu et confirmé le plan.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Runs left unfinished</source>
        <translation>Exécutions inachevées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What do you want to do?</source>
        <translation>Que voulez-vous faire ?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Back up the cluster</source>
        <translation>&amp;Sauvegarder le cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a consistent backup of the databases, the document storage (GDS) and every node&apos;s repository, offline, with rolling backup mode, or online.</source>
        <translation>Faire une sauvegarde cohérente des bases de données, du stockage de documents (GDS) et du référentiel de chaque nœud, hors ligne, en mode de sauvegarde continue ou en ligne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recover from a failure</source>
        <translation>&amp;Récupérer après une panne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore a single node, the whole cluster or a publish node from a verified backup set.</source>
        <translation>Restaurer un seul nœud, tout le cluster ou un nœud de publication à partir d&apos;un jeu de sauvegarde vérifié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;hearse a restore</source>
        <translation>Ré&amp;péter une restauration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore a backup set into a separate sandbox copy of the cluster to prove it works. Production is never touched.</source>
        <translation>Restaurer un jeu de sauvegarde dans une copie bac à sable distincte du cluster pour prouver qu&apos;il fonctionne. La production n&apos;est jamais touchée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;training sandbox</source>
        <translation>Ouvrir le bac à sable d&apos;&amp;entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build and run a practice cluster on this machine, break it on purpose and recover it.</source>
        <translation>Construire et faire fonctionner un cluster d&apos;entraînement sur cette machine, le casser volontairement et le récupérer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent &amp;profiles:</source>
        <translation>&amp;Profils récents :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recent profiles</source>
        <translation>Profils récents</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No cluster profile opened yet. The training sandbox is a safe place to start.</source>
        <translation>Aucun profil de cluster ouvert pour l&apos;instant. Le bac à sable d&apos;entraînement est un endroit sûr pour commencer.</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Res&amp;ume</source>
        <translation>Rep&amp;rendre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roll &amp;back</source>
        <translation>&amp;Annuler la restauration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume %1</source>
        <translation>Reprendre %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roll back %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish the run from the step that was in flight; steps that change the cluster ask first.</source>
        <translation>Terminer l&apos;exécution à partir de l&apos;étape qui était en cours ; les étapes qui modifient le cluster demandent d&apos;abord.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put back everything this restore replaced. You will see the checks and the plan first.</source>
        <translation>Remettre en place tout ce que cette restauration a remplacé. Vous verrez d&apos;abord les vérifications et le plan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set aside</source>
        <translation>Mettre de côté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set %1 aside</source>
        <translation>Mettre %1 de côté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not offer it again. The run&apos;s folder stays as it is; &apos;lifeboat resume&apos; can still finish it.</source>
        <translation>Ne plus le proposer. Le dossier de l&apos;exécution reste tel quel ; &apos;lifeboat resume&apos; peut toujours la terminer.</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Backups, runs and &amp;quarantine…</source>
        <translation>Sauvegardes, exécutions et &amp;quarantaine…</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>Restores you can roll back</source>
        <translation>Restaurations que vous pouvez annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left unfinished, or restores you can roll back</source>
        <translation>Inachevé, ou restaurations que vous pouvez annuler</translation>
    </message>
</context>
<context>
    <name>LocalHostFiles</name>
    <message>
        <location filename="../engine/hosts/LocalHostFiles.cpp" line="+103"/>
        <location line="+12"/>
        <source>%1 is not a directory.</source>
        <translation>%1 n&apos;est pas un répertoire.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot find the file system of %1.</source>
        <translation>Impossible de trouver le système de fichiers de %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+14"/>
        <location line="+13"/>
        <location line="+232"/>
        <location line="+66"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <location line="-325"/>
        <location line="+14"/>
        <location line="+140"/>
        <location line="+10"/>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>%1 is larger than %2 bytes, more than Lifeboat expects of it.</source>
        <translation>%1 dépasse %2 octets, plus que ce que Lifeboat attend de ce fichier.</translation>
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
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="-220"/>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+192"/>
        <location line="+4"/>
        <location line="+21"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Cannot create %1. Check the permissions of its parent directory.</source>
        <translation>Impossible de créer %1. Vérifiez les droits de son répertoire parent.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot rename %1 to %2: %2 already exists.</source>
        <translation>Impossible de renommer %1 en %2 : %2 existe déjà.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot rename %1 to %2: %3</source>
        <translation>Impossible de renommer %1 en %2 : %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot copy %1 to %2: %2 already exists.</source>
        <translation>Impossible de copier %1 vers %2 : %2 existe déjà.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot create the link %1.</source>
        <translation>Impossible de créer le lien %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot copy %1 to %2.</source>
        <translation>Impossible de copier %1 vers %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a special file; Lifeboat does not copy it.</source>
        <translation>%1 est un fichier spécial ; Lifeboat ne le copie pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lifeboat refuses to delete %1: it deletes only its own &quot;.lifeboat-&quot; folders. What a restore replaces is moved to the quarantine.</source>
        <translation>Lifeboat refuse de supprimer %1 : il ne supprime que ses propres dossiers « .lifeboat- ». Ce qu&apos;une restauration remplace est déplacé en quarantaine.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot delete %1. Check its permissions.</source>
        <translation>Impossible de supprimer %1. Vérifiez ses droits.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Cannot unpack into %1: it already exists.</source>
        <translation>Impossible de décompresser dans %1 : il existe déjà.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Cancelled by the user.</source>
        <translation>Annulé par l&apos;utilisateur.</translation>
    </message>
    <message>
        <location line="-245"/>
        <source>%1 is not a directory, so nothing can be put there.</source>
        <translation>%1 n&apos;est pas un répertoire : rien ne peut y être placé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is on a file system mounted read-only.</source>
        <translation>%1 se trouve sur un système de fichiers monté en lecture seule.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (owner %2, group %3, mode %4) may not be changed by %5.</source>
        <translation>%1 (propriétaire %2, groupe %3, mode %4) ne peut pas être modifié par %5.</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>Cannot unpack a piece of a backup chain into %1: only into a scratch directory of Lifeboat&apos;s own.</source>
        <translation>Impossible de décompresser une partie d&apos;une chaîne de sauvegardes dans %1 : seulement dans un répertoire de travail propre à Lifeboat.</translation>
    </message>
</context>
<context>
    <name>LockFile</name>
    <message>
        <location filename="../engine/support/LockFile.cpp" line="+58"/>
        <source>Cannot create the folder of the lock %1. Check the permissions and free space.</source>
        <translation>Impossible de créer le dossier du verrou %1. Vérifiez les droits et l&apos;espace libre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot open the lock %1: %2</source>
        <translation>Impossible d&apos;ouvrir le verrou %1 : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The lock %1 is not a regular file. Move it away, then try again.</source>
        <translation>Le verrou %1 n&apos;est pas un fichier ordinaire. Déplacez-le, puis réessayez.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write the lock %1: %2</source>
        <translation>Impossible d&apos;écrire le verrou %1 : %2</translation>
    </message>
</context>
<context>
    <name>ManifestRules</name>
    <message>
        <location filename="../engine/backup/ManifestRules.cpp" line="+73"/>
        <source>%1 is &quot;%2&quot;, which is not a relative path inside the set (it is absolute, or has &quot;..&quot;, &quot;.&quot; or an empty component)</source>
        <translation>%1 vaut « %2 », ce qui n&apos;est pas un chemin relatif à l&apos;intérieur du jeu (il est absolu, ou contient « .. », « . » ou un composant vide)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is &quot;%2&quot;, which is not a plain file name</source>
        <translation>%1 vaut « %2 », ce qui n&apos;est pas un simple nom de fichier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is &quot;%2&quot;, which a part of kind &quot;%3&quot; never has</source>
        <translation>%1 vaut « %2 », ce qu&apos;une partie de type « %3 » n&apos;a jamais</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is &quot;%2&quot;, which is not a kind of part Lifeboat writes</source>
        <translation>%1 vaut « %2 », qui n&apos;est pas un type de partie que Lifeboat écrit</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 is empty, so nothing says where the %n file(s) of part %2 go</source>
        <translation>
            <numerusform>%1 est vide : rien ne dit où va le %n fichier de la partie %2</numerusform>
            <numerusform>%1 est vide : rien ne dit où vont les %n fichiers de la partie %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+16"/>
        <source>%1 is &quot;%2&quot;, which is outside every source of part %3</source>
        <translation>%1 vaut « %2 », qui est hors de toutes les sources de la partie %3</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>%1 is &quot;%2&quot;, which is not a SHA-256 (64 hexadecimal digits)</source>
        <translation>%1 vaut « %2 », qui n&apos;est pas un SHA-256 (64 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>%1 is &quot;%2&quot;, which is not among the files of part %3</source>
        <translation>%1 vaut « %2 », qui ne figure pas parmi les fichiers de la partie %3</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 is &quot;%2&quot;, which another part has too</source>
        <translation>%1 vaut « %2 », qu&apos;une autre partie porte aussi</translation>
    </message>
</context>
<context>
    <name>ManualStep</name>
    <message>
        <location filename="../engine/steps/ManualStep.cpp" line="+23"/>
        <source>confirmed done by the user</source>
        <translation>confirmé comme fait par l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed: %1</source>
        <translation>Confirmé : %1</translation>
    </message>
</context>
<context>
    <name>MariaDbClient</name>
    <message>
        <location filename="../engine/database/MariaDbClient.cpp" line="+77"/>
        <source>mariadb-dump (or mysqldump) and mariadb (or mysql) are not on the PATH. Install the MariaDB client (mariadb-client) on this machine.</source>
        <translation>mariadb-dump (ou mysqldump) et mariadb (ou mysql) ne sont pas dans le PATH. Installez le client MariaDB (mariadb-client) sur cette machine.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot reach the %1 database: %2</source>
        <translation>Impossible d&apos;atteindre la base de données %1 : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create %1. Check the permissions and free space there.</source>
        <translation>Impossible de créer %1. Vérifiez les droits et l&apos;espace libre à cet endroit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1: %2. Check the permissions and free space there.</source>
        <translation>Impossible d&apos;écrire %1 : %2. Vérifiez les droits et l&apos;espace libre à cet endroit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2. Check the free space there.</source>
        <translation>Impossible d&apos;écrire %1 : %2. Vérifiez l&apos;espace libre à cet endroit.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot run %1: %2. Install the MariaDB client (mariadb-client) on this machine.</source>
        <translation>Impossible d&apos;exécuter %1 : %2. Installez le client MariaDB (mariadb-client) sur cette machine.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The server of the %1 database (%2) did not answer within %3 seconds. Check that it is running and reachable from this machine.</source>
        <translation>Le serveur de la base de données %1 (%2) n&apos;a pas répondu en %3 secondes. Vérifiez qu&apos;il fonctionne et qu&apos;il est joignable depuis cette machine.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot connect to the %1 database (%2 on %3 as %4): %5 Check that the server is running and the host, port or socket, the user and the password in the profile.</source>
        <translation>Impossible de se connecter à la base de données %1 (%2 sur %3 en tant que %4) : %5 Vérifiez que le serveur fonctionne, ainsi que l&apos;hôte, le port ou le socket, l&apos;utilisateur et le mot de passe du profil.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Running %1 %2</source>
        <translation>Exécution de %1 %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 could not dump the %2 database (exit code %3): %4 The user %5 needs SELECT, SHOW VIEW, TRIGGER, EVENT and LOCK TABLES on %6, and RELOAD and BINLOG MONITOR (REPLICATION CLIENT on MySQL) when binary logging is on.</source>
        <translation>%1 n&apos;a pas pu exporter la base de données %2 (code de sortie %3) : %4 L&apos;utilisateur %5 a besoin de SELECT, SHOW VIEW, TRIGGER, EVENT et LOCK TABLES sur %6, ainsi que de RELOAD et BINLOG MONITOR (REPLICATION CLIENT sous MySQL) lorsque la journalisation binaire est active.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The dump of the %1 database is incomplete: it does not end with &quot;-- Dump completed&quot;. Check the free space under %2 and the server&apos;s error log, then run the backup again.</source>
        <translation>L&apos;export de la base de données %1 est incomplet : il ne se termine pas par « -- Dump completed ». Vérifiez l&apos;espace libre sous %2 et le journal d&apos;erreurs du serveur, puis relancez la sauvegarde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dumped the %1 database: %2.</source>
        <translation>Base de données %1 exportée : %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server did not answer.</source>
        <translation>Le serveur n&apos;a pas répondu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The user %1 needs ALL PRIVILEGES on %2.* (and SET USER, or SUPER on MySQL, when the dump&apos;s views, routines, triggers or events name another definer).</source>
        <translation>L&apos;utilisateur %1 a besoin de ALL PRIVILEGES sur %2.* (et de SET USER, ou SUPER sous MySQL, lorsque les vues, routines, déclencheurs ou événements de l&apos;export nomment un autre définisseur).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot drop the %1 database before loading the backup into it:</source>
        <translation>Impossible de supprimer la base de données %1 avant d&apos;y charger la sauvegarde :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running %1 %2 &lt; %3</source>
        <translation>Exécution de %1 %2 &lt; %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loading %1 into the %2 database failed: %3 %4</source>
        <translation>Le chargement de %1 dans la base de données %2 a échoué : %3 %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loaded %1 into the %2 database.</source>
        <translation>%1 chargé dans la base de données %2.</translation>
    </message>
</context>
<context>
    <name>NodeChecks</name>
    <message>
        <location filename="../engine/scenarios/NodeChecks.cpp" line="+12"/>
        <source>Every node is either answering or stopped</source>
        <translation>Chaque nœud répond ou est arrêté</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (pid %2)</source>
        <translation>%1 (pid %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No node is half-way between running and stopped.</source>
        <translation>Aucun nœud n&apos;est à mi-chemin entre marche et arrêt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not answering, but a live process still holds the repository&apos;s lock: %1.</source>
        <translation>Ne répond pas, mais un processus vivant détient encore le verrou du référentiel : %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The node is starting, shutting down or hung. Wait until it answers or has stopped; if it is hung, stop it (its stop command, or end the process), then check again. Nothing was changed.</source>
        <translation>Le nœud démarre, s&apos;arrête ou est bloqué. Attendez qu&apos;il réponde ou soit arrêté ; s&apos;il est bloqué, arrêtez-le (sa commande d&apos;arrêt, ou en terminant le processus), puis vérifiez à nouveau. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The other author nodes are running</source>
        <translation>Les autres nœuds auteur tournent</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Serving during the backup: %1.</source>
        <translation>En service pendant la sauvegarde : %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already down: %1. During the backup only these serve the cluster: %2.</source>
        <translation>Déjà arrêté(s) : %1. Pendant la sauvegarde, seuls ceux-ci servent le cluster : %2.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Already down: %1. During the backup no author node serves the cluster.</source>
        <translation>Déjà arrêté(s) : %1. Pendant la sauvegarde, aucun nœud auteur ne sert le cluster.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start or recover %1 first (the recovery wizard recommends how), or go on knowing that one more failure takes the service down.</source>
        <translation>Démarrez ou récupérez d&apos;abord %1 (l&apos;assistant de récupération indique comment), ou continuez en sachant qu&apos;une panne de plus interrompt le service.</translation>
    </message>
</context>
<context>
    <name>NodeCommandLine</name>
    <message>
        <location filename="../node/NodeCommandLine.cpp" line="+97"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usage: lifeboat-node serve|start|stop|status --profile FILE --node NAME [--timeout SECONDS]
       lifeboat-node lcbackupmode enter|leave|enterContinuousCoverage|leaveContinuousCoverage
                     -host=HOST -port=PORT -user=USER -password=PASSWORD|- [-label=LABEL] [-timeout=MINUTES]
                     (-password=- reads the password from the first line of standard input)
</source>
        <translation>utilisation : lifeboat-node serve|start|stop|status --profile FICHIER --node NOM [--timeout SECONDES]
              lifeboat-node lcbackupmode enter|leave|enterContinuousCoverage|leaveContinuousCoverage
                            -host=HÔTE -port=PORT -user=UTILISATEUR -password=MOT_DE_PASSE|- [-label=LIBELLÉ] [-timeout=MINUTES]
                            (-password=- lit le mot de passe sur la première ligne de l’entrée standard)
</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--profile and --node are required</source>
        <translation>--profile et --node sont obligatoires</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the profile has no node &apos;%1&apos; (it has: %2)</source>
        <translation>le profil n&apos;a pas de nœud « %1 » (il a : %2)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 is already running (pid %2).</source>
        <translation>%1 fonctionne déjà (pid %2).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot start %1: %2</source>
        <translation>Impossible de démarrer %1 : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is up (pid %2, port %3).</source>
        <translation>%1 fonctionne (pid %2, port %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 did not start. Its log says:
%2</source>
        <translation>%1 n&apos;a pas démarré. Son journal indique :
%2</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 did not come up within %n second(s); see %2.</source>
        <translation>
            <numerusform>%1 n&apos;a pas démarré en %n seconde ; voir %2.</numerusform>
            <numerusform>%1 n&apos;a pas démarré en %n secondes ; voir %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not running.</source>
        <translation>%1 ne fonctionne pas.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 stopped.</source>
        <translation>%1 arrêté.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 did not stop within %n second(s) and was killed.</source>
        <translation>
            <numerusform>%1 ne s&apos;est pas arrêté en %n seconde et a été tué.</numerusform>
            <numerusform>%1 ne s&apos;est pas arrêté en %n secondes et a été tué.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: done. %2</source>
        <translation>%1 : terminé. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>-password=- reads the password from standard input, which cannot be read.</source>
        <translation>-password=- lit le mot de passe sur l’entrée standard, qui ne peut pas être lue.</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>%1 was told to stop; it is still shutting down.</source>
        <translation>%1 a reçu l&apos;ordre d&apos;arrêt ; il est encore en train de s&apos;arrêter.</translation>
    </message>
</context>
<context>
    <name>NodeController</name>
    <message>
        <location filename="../engine/cluster/NodeController.cpp" line="+136"/>
        <source>The profile has no command for this.</source>
        <translation>Le profil n&apos;a pas de commande pour cela.</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+41"/>
        <source>lifeboat-node was not found next to lifeboat, in its libexec/lifeboat folder or on PATH; install it, or set LIFEBOAT_NODE_PROGRAM to its path.</source>
        <translation>lifeboat-node est introuvable à côté de lifeboat, dans son dossier libexec/lifeboat ou dans le PATH ; installez-le, ou définissez LIFEBOAT_NODE_PROGRAM avec son chemin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile&apos;s command %1 has no program.</source>
        <translation>La commande %1 du profil n&apos;a pas de programme.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot run %1: %2</source>
        <translation>Impossible d&apos;exécuter %1 : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 did not finish within %2 seconds.</source>
        <translation>%1 ne s&apos;est pas terminé en %2 secondes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 failed (exit code %2): %3</source>
        <translation>%1 a échoué (code de sortie %2) : %3</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>data store garbage collection</source>
        <translation>ramasse-miettes du data store</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revision cleanup</source>
        <translation>nettoyage des révisions</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The profile has no command to %1.</source>
        <translation>Le profil n&apos;a pas de commande pour %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The command to %1 runs %2, which is not installed on this machine (or not executable).</source>
        <translation>La commande pour %1 lance %2, qui n&apos;est pas installé sur cette machine (ou pas exécutable).</translation>
    </message>
</context>
<context>
    <name>NodeDiscovery</name>
    <message>
        <location filename="../engine/discovery/NodeDiscovery.cpp" line="+98"/>
        <source>%1: the forms database of %2 was not found: %3.</source>
        <translation>%1 : la base de données des formulaires de %2 est introuvable : %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: where %2 takes HTTP requests was not found: %3.</source>
        <translation>%1 : l&apos;endroit où %2 reçoit les requêtes HTTP est introuvable : %3.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: no application server beside %2 (JBoss&apos;s bin/standalone.sh, a WebLogic domain&apos;s config/config.xml, a WebSphere profile&apos;s bin/startServer.sh); fill in its folder.</source>
        <translation>%1 : aucun serveur d&apos;applications à côté de %2 (bin/standalone.sh de JBoss, config/config.xml d&apos;un domaine WebLogic, bin/startServer.sh d&apos;un profil WebSphere) ; indiquez son dossier.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>no %1</source>
        <translation>pas de %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 belongs to an author node, but neither %3 nor a crx.NNNN folder says whether it is the primary; check its role.</source>
        <translation>%1 : %2 appartient à un nœud auteur, mais ni %3 ni un dossier crx.NNNN ne dit s&apos;il est le primaire ; vérifiez son rôle.</translation>
    </message>
</context>
<context>
    <name>OnlineRepositoryBackupStep</name>
    <message>
        <location filename="../engine/steps/OnlineRepositoryBackupStep.cpp" line="+51"/>
        <source>Copy %1&apos;s repository online into a zip (AEM online backup)</source>
        <translation>Copier en ligne le référentiel de %1 dans un zip (sauvegarde en ligne d&apos;AEM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy %1&apos;s repository online (AEM online backup)</source>
        <translation>Copier en ligne le référentiel de %1 (sauvegarde en ligne d&apos;AEM)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The node keeps serving; with a delay of %n ms between chunks it answers more slowly while the copy runs.</source>
        <translation>
            <numerusform>Le nœud continue de servir ; avec un délai de %n ms entre les blocs, il répond plus lentement pendant la copie.</numerusform>
            <numerusform>Le nœud continue de servir ; avec un délai de %n ms entre les blocs, il répond plus lentement pendant la copie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>delay %n ms</source>
        <translation>
            <numerusform>délai %n ms</numerusform>
            <numerusform>délai %n ms</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the online copy of %1&apos;s repository</source>
        <translation>la copie en ligne du référentiel de %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The online backup of %1 took more than 24 hours; Adobe says to discard such a backup. Use a shorter delay or an offline backup.</source>
        <translation>La sauvegarde en ligne de %1 a duré plus de 24 heures ; Adobe recommande d&apos;écarter une telle sauvegarde. Utilisez un délai plus court ou une sauvegarde hors ligne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled. %1 finishes its copy in the background; the copy is discarded.</source>
        <translation>Annulé. %1 termine sa copie en arrière-plan ; la copie est écartée.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 did not accept a backup delay of %2 ms; the copy runs at full speed.</source>
        <translation>%1 n&apos;a pas accepté un délai de sauvegarde de %2 ms ; la copie s&apos;exécute à pleine vitesse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not start the online backup (%2): %3</source>
        <translation>%1 n&apos;a pas démarré la sauvegarde en ligne (%2) : %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Online backup of %1 started into %2.</source>
        <translation>Sauvegarde en ligne de %1 démarrée dans %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 reports: %2</source>
        <translation>%1 signale : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The online backup of %1 did not complete: %2</source>
        <translation>La sauvegarde en ligne de %1 ne s&apos;est pas terminée : %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The zip that %1 wrote cannot be read: %2</source>
        <translation>Le zip écrit par %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot move %1 into the backup set.</source>
        <translation>Impossible de déplacer %1 dans le jeu de sauvegarde.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no &quot;http&quot; &quot;url&quot; in the profile, where AEM&apos;s online backup is started. Add the node&apos;s URL.</source>
        <translation>%1 n&apos;a pas de &quot;url&quot; &quot;http&quot; dans le profil, par où la sauvegarde en ligne d&apos;AEM est lancée. Ajoutez l&apos;URL du nœud.</translation>
    </message>
</context>
<context>
    <name>PartArchiver</name>
    <message>
        <location filename="../engine/backup/PartArchiver.cpp" line="+232"/>
        <source>%1 is a pipe, a socket or a device, which a backup cannot hold</source>
        <translation>%1 est un tube, un socket ou un périphérique, qu’une sauvegarde ne peut pas contenir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a link to &quot;%2&quot;, outside the part</source>
        <translation>%1 est un lien vers &quot;%2&quot;, hors de la partie</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>The %1 part cannot be backed up: %2. Move these out of the way (or replace a link with what it points to), then back up again.</source>
        <translation>La partie %1 ne peut pas être sauvegardée : %2. Déplacez-les (ou remplacez un lien par ce vers quoi il pointe), puis sauvegardez à nouveau.</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>%1 does not exist, so the %2 part cannot be backed up. Check the profile.</source>
        <translation>%1 n&apos;existe pas ; la partie %2 ne peut donc pas être sauvegardée. Vérifiez le profil.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+23"/>
        <location line="+6"/>
        <location line="+29"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>%1 disappeared while it was being backed up; it is not in the backup.</source>
        <translation>%1 a disparu pendant sa sauvegarde ; il ne figure pas dans la sauvegarde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+21"/>
        <source>Cancelled by the user.</source>
        <translation>Annulé par l&apos;utilisateur.</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+8"/>
        <location line="+61"/>
        <source>Cannot archive %1 into %2: %3</source>
        <translation>Impossible d&apos;archiver %1 dans %2 : %3</translation>
    </message>
    <message>
        <location line="-187"/>
        <location line="+198"/>
        <location line="+3"/>
        <source>Cannot finish %1: %2. Check the free space.</source>
        <translation>Impossible de terminer %1 : %2. Vérifiez l&apos;espace libre.</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>Cannot rename %1 to %2.</source>
        <translation>Impossible de renommer %1 en %2.</translation>
    </message>
</context>
<context>
    <name>PartExtractor</name>
    <message>
        <location filename="../engine/restore/PartExtractor.cpp" line="+266"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <location line="-161"/>
        <location line="+23"/>
        <source>would be written through a link, which a restore never follows</source>
        <translation>serait écrite à travers un lien, qu’une restauration ne suit jamais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comes a second time</source>
        <translation>apparaît une deuxième fois</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 holds the link %2 to &quot;%3&quot;, which its manifest does not list. The set is not the one its manifest describes; use another backup set.</source>
        <translation>%1 contient le lien %2 vers &quot;%3&quot;, que son manifeste ne mentionne pas. Le jeu n’est pas celui que décrit son manifeste ; utilisez un autre jeu de sauvegarde.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>would replace what an earlier entry wrote</source>
        <translation>remplacerait ce qu’une entrée précédente a écrit</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>%1 holds the entry &quot;%2&quot;, which %3. Lifeboat refuses this archive; nothing was written outside the restore&apos;s scratch directory. Use another backup set.</source>
        <translation>%1 contient l&apos;entrée « %2 », qui %3. Lifeboat refuse cette archive ; rien n&apos;a été écrit en dehors du répertoire de travail de la restauration. Utilisez un autre jeu de sauvegarde.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot create the directory %1. Check the permissions and the free space.</source>
        <translation>Impossible de créer le répertoire %1. Vérifiez les droits et l&apos;espace libre.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>would be written through a link that leads outside the target</source>
        <translation>serait écrite via un lien qui mène hors de la cible</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 holds %2, which its manifest does not list. The set is not the one its manifest describes; use another backup set.</source>
        <translation>%1 contient %2, que son manifeste ne liste pas. Le jeu n&apos;est pas celui que décrit son manifeste ; utilisez un autre jeu de sauvegarde.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelled by the user.</source>
        <translation>Annulé par l&apos;utilisateur.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is damaged: %2 cannot be read to its end.</source>
        <translation>%1 est endommagé : %2 ne peut pas être lu jusqu&apos;au bout.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2 does not match the manifest (size or SHA-256 differs). The set is damaged; verify it with &apos;lifeboat verify&apos; and use another one.</source>
        <translation>%1 : %2 ne correspond pas au manifeste (taille ou SHA-256 différent). Le jeu est endommagé ; vérifiez-le avec &apos;lifeboat verify&apos; et utilisez-en un autre.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>is a link to &quot;%1&quot;, outside the target</source>
        <translation>est un lien vers « %1 », hors de la cible</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot create the link %1.</source>
        <translation>Impossible de créer le lien %1.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 lacks %2, which its manifest lists. The set is incomplete; use another backup set.</source>
        <translation>Il manque à %1 le fichier %2, que son manifeste liste. Le jeu est incomplet ; utilisez un autre jeu de sauvegarde.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot create %1. Check the permissions and the free space.</source>
        <translation>Impossible de créer %1. Vérifiez les droits et l&apos;espace libre.</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+7"/>
        <location line="+50"/>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1 is damaged (%2). Verify the set with &apos;lifeboat verify&apos; and use another one.</source>
        <translation>%1 est endommagé (%2). Vérifiez le jeu avec &apos;lifeboat verify&apos; et utilisez-en un autre.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 is damaged: %2 cannot be read.</source>
        <translation>%1 est endommagé : %2 ne peut pas être lu.</translation>
    </message>
</context>
<context>
    <name>PatchLevel</name>
    <message>
        <location filename="../engine/restore/PatchLevel.cpp" line="+20"/>
        <source>%1&apos;s patch level cannot be read from %2.</source>
        <translation>Le niveau de correctifs de %1 ne peut pas être lu dans %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is at &quot;%2&quot;, but the backup was made at &quot;%3&quot;.</source>
        <translation>%1 est au niveau « %2 », mais la sauvegarde a été faite au niveau « %3 ».</translation>
    </message>
</context>
<context>
    <name>PathSnapshot</name>
    <message>
        <location filename="../engine/snapshot/PathSnapshot.cpp" line="+84"/>
        <source>%1: a read-only btrfs snapshot at %2, copied while the nodes serve</source>
        <translation>%1 : un instantané btrfs en lecture seule dans %2, copié pendant que les nœuds servent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: a reflink copy at %2, copied while the nodes serve</source>
        <translation>%1 : une copie reflink dans %2, copiée pendant que les nœuds servent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the profile&apos;s snapshot command, read at %2 while the nodes serve</source>
        <translation>%1 : la commande d&apos;instantané du profil, lue dans %2 pendant que les nœuds servent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: copied while the nodes are stopped</source>
        <translation>%1 : copié pendant que les nœuds sont arrêtés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: copied while the nodes are stopped (%2)</source>
        <translation>%1 : copié pendant que les nœuds sont arrêtés (%2)</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Running %1</source>
        <translation>Exécution de %1</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>%1&apos;s repository</source>
        <translation>référentiel de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the GDS</source>
        <translation>le GDS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the Content Storage Root</source>
        <translation>la Content Storage Root</translation>
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
        <translation>Afficher le plan d&apos;un scénario et ce que chaque étape modifierait (simulation)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plan for %1 on %2:</source>
        <translation>Plan pour %1 sur %2 :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  [destructive: asks first]</source>
        <translation>  [destructif : demande d&apos;abord]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Always at the end, for what the plan disturbed:</source>
        <translation>Toujours à la fin, pour ce que le plan a perturbé :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(if step %1 ran)</source>
        <translation>(si l&apos;étape %1 a été exécutée)</translation>
    </message>
</context>
<context>
    <name>PostgresClient</name>
    <message>
        <location filename="../engine/database/PostgresClient.cpp" line="+57"/>
        <source>pg_dump and pg_restore are not on the PATH. Install the PostgreSQL client (postgresql-client) on this machine, at least the server&apos;s major version.</source>
        <translation>pg_dump et pg_restore ne sont pas dans le PATH. Installez le client PostgreSQL (postgresql-client) sur cette machine, au moins dans la version majeure du serveur.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot reach the %1 database: %2</source>
        <translation>Impossible d&apos;atteindre la base de données %1 : %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Running %1 %2</source>
        <translation>Exécution de %1 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot run %1: %2. Install the PostgreSQL client (postgresql-client) on this machine.</source>
        <translation>Impossible d&apos;exécuter %1 : %2. Installez le client PostgreSQL (postgresql-client) sur cette machine.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>pg_dump could not dump the %1 database (%2 on %3 as %4; exit code %5): %6 Check that the server is running, the host, port or socket, the user and the password in the profile, and that the user may read every table, sequence and schema of %2.</source>
        <translation>pg_dump n&apos;a pas pu exporter la base de données %1 (%2 sur %3 en tant que %4 ; code de sortie %5) : %6 Vérifiez que le serveur fonctionne, l&apos;hôte, le port ou le socket, l&apos;utilisateur et le mot de passe du profil, et que l&apos;utilisateur peut lire chaque table, séquence et schéma de %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The dump of the %1 database (%2) is not a pg_dump custom-format archive. Check the free space there, then run the backup again.</source>
        <translation>L&apos;export de la base de données %1 (%2) n&apos;est pas une archive pg_dump au format personnalisé. Vérifiez l&apos;espace libre à cet endroit, puis relancez la sauvegarde.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>pg_restore cannot read the dump of the %1 database: %2 Run the backup again; if this repeats, check the disk there.</source>
        <translation>pg_restore ne peut pas lire l&apos;export de la base de données %1 : %2 Relancez la sauvegarde ; si cela se reproduit, vérifiez le disque à cet endroit.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot restore the %1 database: %2</source>
        <translation>Impossible de restaurer la base de données %1 : %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>pg_restore could not load %1 into the %2 database (%3 on %4 as %5): %6 Nothing was changed (one transaction). The user %5 must own %3 and every object in it.</source>
        <translation>pg_restore n&apos;a pas pu charger %1 dans la base de données %2 (%3 sur %4 en tant que %5) : %6 Rien n&apos;a été modifié (une seule transaction). L&apos;utilisateur %5 doit être propriétaire de %3 et de chacun de ses objets.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loaded %1 into the %2 database.</source>
        <translation>%1 chargé dans la base de données %2.</translation>
    </message>
</context>
<context>
    <name>Precondition</name>
    <message>
        <location filename="../engine/run/Precondition.cpp" line="+37"/>
        <source>Report this as a bug.</source>
        <translation>Signalez ceci comme un bogue.</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <location filename="../app/ProfileCommand.cpp" line="+24"/>
        <source>Check a cluster profile, or discover a cluster&apos;s nodes to start one</source>
        <translation>Vérifier un profil de cluster, ou découvrir les nœuds d&apos;un cluster pour en commencer un</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;check FILE&apos; reads the cluster profile FILE as every other command does, without touching the cluster, and lists every problem at once, one per line as FILE:LINE:COLUMN: key path: message: unknown keys (with the key probably meant), values of the wrong type, missing keys, names used twice, undefined secrets and placeholders a command cannot fill. Exit 0 when the profile is valid, 64 when it is not.
&apos;discover --host H [--host H…] --output FILE&apos; reaches each host over ssh, looks for AEM Forms nodes there, reading only, and writes what it finds as a draft profile: nodes, roles, paths, the forms database, shared stores, start and stop commands.
&apos;test FILE&apos; makes every read-only check of a profile against the cluster: hosts, what each backup checks before it starts, every path on its host, each node&apos;s role on its disk and its status URL. Exit 0 when nothing fails, 2 when something does.</source>
        <translation>&apos;check FICHIER&apos; lit le profil de cluster FICHIER comme toute autre commande, sans toucher au cluster, et liste tous les problèmes à la fois, un par ligne sous la forme FICHIER:LIGNE:COLONNE: chemin de clé: message : clés inconnues (avec la clé probablement voulue), valeurs du mauvais type, clés manquantes, noms utilisés deux fois, secrets non définis et paramètres qu’une commande ne peut pas remplir. Code de sortie 0 si le profil est valide, 64 sinon.
&apos;discover --host H [--host H…] --output FICHIER&apos; joint chaque hôte par ssh, y cherche les nœuds AEM Forms, en lecture seule, et écrit ce qu&apos;il trouve comme ébauche de profil : nœuds, rôles, chemins, la base de données des formulaires, stockages partagés, commandes de démarrage et d&apos;arrêt.
&apos;test FICHIER&apos; effectue toutes les vérifications en lecture seule d&apos;un profil par rapport au cluster : hôtes, ce que chaque sauvegarde vérifie avant de démarrer, chaque chemin sur son hôte, le rôle de chaque nœud sur son disque et son URL d&apos;état. Code de sortie 0 si rien n&apos;échoue, 2 sinon.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>check FILE, test FILE, or discover.</source>
        <translation>check FICHIER, test FICHIER, ou discover.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Say what to do: &apos;lifeboat profile check FILE&apos;, &apos;lifeboat profile test FILE&apos; or &apos;lifeboat profile discover&apos;.</source>
        <translation>Dites quoi faire : &apos;lifeboat profile check FICHIER&apos;, &apos;lifeboat profile test FICHIER&apos; ou &apos;lifeboat profile discover&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run &apos;lifeboat profile --help&apos; for its options.</source>
        <translation>Lancez &apos;lifeboat profile --help&apos; pour voir ses options.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The profile %1 is valid: %2 on %3 (cluster &quot;%4&quot;).</source>
        <translation>Le profil %1 est valide : %2 sur %3 (cluster « %4 »).</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n nœud</numerusform>
            <numerusform>%n nœuds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n hôte</numerusform>
            <numerusform>%n hôtes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Something the profile says does not hold; fix what failed, then test it again.</source>
        <translation>Une indication du profil ne correspond pas au cluster ; corrigez ce qui a échoué, puis testez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything Lifeboat can check without changing anything holds.</source>
        <translation>Tout ce que Lifeboat peut vérifier sans rien modifier est correct.</translation>
    </message>
</context>
<context>
    <name>ProfileDiscovery</name>
    <message>
        <location filename="../app/ProfileDiscovery.cpp" line="+28"/>
        <source>Run &apos;lifeboat profile --help&apos; for its options.</source>
        <translation>Lancez &apos;lifeboat profile --help&apos; pour voir ses options.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>discover: a host to look on, as [NAME=]ADDRESS[:PORT] (repeat for each).</source>
        <translation>discover : un hôte où chercher, sous la forme [NOM=]ADRESSE[:PORT] (à répéter pour chacun).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>host</source>
        <translation>hôte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discover: the ssh user on every host (default: ssh&apos;s).</source>
        <translation>discover : l&apos;utilisateur ssh sur chaque hôte (par défaut : celui de ssh).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discover: the ssh private key (default: ssh-agent and ssh&apos;s keys).</source>
        <translation>discover : la clé privée ssh (par défaut : ssh-agent et les clés de ssh).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>discover: an ssh_config file for every host.</source>
        <translation>discover : un fichier ssh_config pour chaque hôte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discover: where Lifeboat&apos;s helper is on the hosts.</source>
        <translation>discover : où se trouve l&apos;assistant de Lifeboat sur les hôtes.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discover: the known_hosts file the profile will use (default: known_hosts beside --output).</source>
        <translation>discover : le fichier known_hosts que le profil utilisera (par défaut : known_hosts à côté de --output).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>discover: a folder to look below (repeat; default: %1).</source>
        <translation>discover : un dossier sous lequel chercher (à répéter ; par défaut : %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>dir</source>
        <translation>rép</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>discover: the profile to write (it must not exist yet).</source>
        <translation>discover : le profil à écrire (il ne doit pas encore exister).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discover: where backup sets will go, on this machine.</source>
        <translation>discover : où iront les jeux de sauvegarde, sur cette machine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discover, test: trust HOST&apos;s key with this fingerprint without asking (repeat for each).</source>
        <translation>discover, test : faire confiance sans demander à la clé de HOST qui a cette empreinte (à répéter pour chacun).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host=SHA256:…</source>
        <translation>hôte=SHA256:…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;profile discover&apos; needs --host for each host to look on, and --output FILE.</source>
        <translation>&apos;profile discover&apos; demande --host pour chaque hôte où chercher, et --output FICHIER.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 exists already; discovery never writes over a profile. Choose another --output.</source>
        <translation>%1 existe déjà ; la découverte n&apos;écrase jamais un profil. Choisissez un autre --output.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--host %1: write it as [NAME=]ADDRESS[:PORT], for example node1=10.0.0.11:22.</source>
        <translation>--host %1 : écrivez-le sous la forme [NOM=]ADRESSE[:PORT], par exemple node1=10.0.0.11:22.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing was written: a host could not be used. Fix what the check says and run again.</source>
        <translation>Rien n&apos;a été écrit : un hôte n&apos;a pas pu être utilisé. Corrigez ce que dit la vérification et relancez.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The profile names the secret %1, whose value is never read: give it as %2, in the secrets file, or when asked.</source>
        <translation>Le profil nomme le secret %1, dont la valeur n&apos;est jamais lue : donnez-la comme %2, dans le fichier de secrets, ou quand elle est demandée.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Wrote %1 with %n node(s).</source>
        <translation>
            <numerusform>%1 écrit avec %n nœud.</numerusform>
            <numerusform>%1 écrit avec %n nœuds.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still to fill in before it loads (or run &apos;lifeboat profile check %1&apos;):</source>
        <translation>Encore à compléter avant qu&apos;il puisse être chargé (ou lancez &apos;lifeboat profile check %1&apos;) :</translation>
    </message>
</context>
<context>
    <name>ProfileEditorPages</name>
    <message>
        <location filename="../ui/ProfileEditorPages.cpp" line="+24"/>
        <source>%1 Write it as a {secret:NAME} reference, never the password itself. &quot;Set secret…&quot; stores its value in the secrets file when you save; without a value there, Lifeboat asks for it at run time.</source>
        <translation>%1 Écrivez-le sous forme de référence {secret:NAME}, jamais le mot de passe lui-même. « Définir le secret… » enregistre sa valeur dans le fichier de secrets à l&apos;enregistrement ; sans valeur dans ce fichier, Lifeboat la demande à l&apos;exécution.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Fill in the node&apos;s application server folder first: the commands are in it.</source>
        <translation>Indiquez d&apos;abord le dossier du serveur d&apos;applications du nœud : les commandes s&apos;y trouvent.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The host (a name from Hosts) through which Lifeboat reaches %1. Empty: the machine Lifeboat runs on.</source>
        <translation>L&apos;hôte (un nom de la page Hôtes) par lequel Lifeboat atteint %1. Vide : la machine sur laquelle Lifeboat tourne.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The hosts that Lifeboat reaches over ssh, with the system&apos;s OpenSSH client (key or ssh-agent login, never a password). Without hosts, every path is on the Lifeboat machine.</source>
        <translation>Les hôtes que Lifeboat joint par ssh, avec le client OpenSSH du système (connexion par clé ou ssh-agent, jamais par mot de passe). Sans hôtes, chaque chemin est sur la machine de Lifeboat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>host%1</source>
        <translation>host%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Hosts</source>
        <translation>&amp;Hôtes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A&amp;dd host</source>
        <translation>&amp;Ajouter un hôte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;move host</source>
        <translation>&amp;Supprimer l&apos;hôte</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+190"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>How nodes and the shared stores refer to the host. Use the node&apos;s DNS name, so that {host} in its commands stays the same.</source>
        <translation>Le nom par lequel les nœuds et les stockages partagés désignent l&apos;hôte. Utilisez le nom DNS du nœud, pour que {host} dans ses commandes reste le même.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Address</source>
        <translation>A&amp;dresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The DNS name or IP address that ssh connects to.</source>
        <translation>Le nom DNS ou l&apos;adresse IP à laquelle ssh se connecte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Por&amp;t</source>
        <translation>Por&amp;t</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The ssh port (usually 22).</source>
        <translation>Le port ssh (en général 22).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+201"/>
        <location line="+61"/>
        <source>&amp;User</source>
        <translation>&amp;Utilisateur</translation>
    </message>
    <message>
        <location line="-262"/>
        <source>The login. Empty: ssh&apos;s default (your user name, or the ssh config&apos;s).</source>
        <translation>L&apos;identifiant de connexion. Vide : celui de ssh par défaut (votre nom d&apos;utilisateur, ou celui de la configuration ssh).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Identity file</source>
        <translation>Fichier d&apos;&amp;identité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A private key for this host. Empty: your ssh-agent and ssh&apos;s default keys.</source>
        <translation>Une clé privée pour cet hôte. Vide : votre ssh-agent et les clés par défaut de ssh.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the helper with sud&amp;o</source>
        <translation>Lancer l&apos;assistant avec sud&amp;o</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run lifeboat-agent through sudo -n, for a login that is not the AEM files&apos; owner. The sudoers rule must allow exactly that command without a password.</source>
        <translation>Lancer lifeboat-agent via sudo -n, pour un identifiant qui n&apos;est pas le propriétaire des fichiers AEM. La règle sudoers doit autoriser exactement cette commande sans mot de passe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ssh &amp;config file</source>
        <translation>Fichier de &amp;configuration ssh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An ssh_config file passed with -F (jump hosts, proxies). Keep the address and port the real ones: host keys are checked for them.</source>
        <translation>Un fichier ssh_config passé avec -F (hôtes de rebond, proxys). Gardez l&apos;adresse et le port réels : les clés d&apos;hôte sont vérifiées pour eux.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Helper &amp;path</source>
        <translation>Che&amp;min de l&apos;assistant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where lifeboat-agent is on that host.</source>
        <translation>Où se trouve lifeboat-agent sur cet hôte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every AEM node of the cluster: one primary author node, the secondaries and the publish nodes, with where each keeps its files and how to reach and control it.</source>
        <translation>Chaque nœud AEM du cluster : un nœud d&apos;auteur principal, les nœuds secondaires et les nœuds de publication, avec l&apos;emplacement de leurs fichiers et la façon de les joindre et de les piloter.</translation>
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
        <translation>&amp;Nœuds</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A&amp;dd node</source>
        <translation>&amp;Ajouter un nœud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;move node</source>
        <translation>&amp;Supprimer le nœud</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Node n&amp;ame</source>
        <translation>N&amp;om du nœud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The node&apos;s name in Lifeboat (for example node1), unique; filled into its commands as {node}.</source>
        <translation>Le nom du nœud dans Lifeboat (par exemple node1), unique ; inséré dans ses commandes comme {node}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>primary: the author cluster&apos;s primary node (exactly one); secondary: the other author nodes; publish: a Correspondence Management publish node.</source>
        <translation>principal : le nœud principal du cluster d&apos;auteur (exactement un) ; secondaire : les autres nœuds d&apos;auteur ; publication : un nœud de publication de Correspondence Management.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>primary</source>
        <translation>principal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>secondary</source>
        <translation>secondaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>publish</source>
        <translation>publication</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+137"/>
        <source>&amp;Host</source>
        <translation>&amp;Hôte</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>The node&apos;s DNS name, filled into its commands as {host}. When Hosts lists it, the node&apos;s files are read and written on that host, and its paths must be absolute.</source>
        <translation>Le nom DNS du nœud, inséré dans ses commandes comme {host}. Si la page Hôtes le liste, les fichiers du nœud sont lus et écrits sur cet hôte, et ses chemins doivent être absolus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Repository</source>
        <translation>Ré&amp;férentiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required. The node&apos;s crx-repository folder: the AEM repository, with repository/, clusterNode/ and, on a secondary node, its crx.NNNN copy.</source>
        <translation>Obligatoire. Le dossier crx-repository du nœud : le référentiel AEM, avec repository/, clusterNode/ et, sur un nœud secondaire, sa copie crx.NNNN.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Application server &amp;folder</source>
        <translation>&amp;Dossier du serveur d&apos;applications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The node&apos;s application server root folder (for JBoss, for example, /opt/jboss).</source>
        <translation>Le dossier racine du serveur d&apos;applications du nœud (pour JBoss, par exemple, /opt/jboss).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Bootstrap properties</source>
        <translation>Propriétés &amp;bootstrap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The application server&apos;s bootstrap properties file, which AEM creates on every secondary node; you need it to recover a secondary. JBoss keeps it in bin, WebLogic in the domain folder, WebSphere in the profile folder. Leave it empty on the primary and on publish nodes.</source>
        <translation>Le fichier de propriétés bootstrap du serveur d&apos;applications, qu&apos;AEM crée sur chaque nœud secondaire ; il est nécessaire pour récupérer un nœud secondaire. JBoss le garde dans bin, WebLogic dans le dossier du domaine, WebSphere dans le dossier du profil. Laissez-le vide sur le nœud principal et sur les nœuds de publication.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Error lo&amp;g</source>
        <translation>&amp;Journal d&apos;erreurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AEM&apos;s error.log of this node (usually crx-repository/logs/error.log), where &quot;repository unsync&quot; shows.</source>
        <translation>Le fichier error.log d&apos;AEM de ce nœud (en général crx-repository/logs/error.log), où apparaît « repository unsync ».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A text file you keep up to date with the system version and every patch applied since the last system image. A recovery must bring the node back to this level.</source>
        <translation>Un fichier texte que vous tenez à jour avec la version du système et chaque correctif appliqué depuis la dernière image système. Une récupération doit ramener le nœud à ce niveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inde&amp;x root</source>
        <translation>Racine d&apos;inde&amp;x</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author nodes with Content Services: the node&apos;s Index Root, which restore-cluster empties and fills from the Content Storage Root&apos;s indexes.</source>
        <translation>Nœuds d&apos;auteur avec Content Services : la racine d&apos;index (Index Root) du nœud, que restore-cluster vide et remplit à partir des index de la Content Storage Root.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temporar&amp;y directories</source>
        <translation>Dossiers &amp;temporaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One folder a line: the AEM forms temporary folders of the node, emptied into the quarantine before a restored node starts. Only folders that hold nothing but AEM forms&apos; temporary files, never /tmp.</source>
        <translation>Un dossier par ligne : les dossiers temporaires d&apos;AEM Forms du nœud, vidés en quarantaine avant le démarrage d&apos;un nœud restauré. Uniquement des dossiers qui ne contiennent que des fichiers temporaires d&apos;AEM Forms, jamais /tmp.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Online backup endpoint (AEM&apos;s HTTP interface)</source>
        <translation>Point d&apos;accès de la sauvegarde en ligne (interface HTTP d&apos;AEM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP UR&amp;L</source>
        <translation>UR&amp;L HTTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheme, host and port, for example http://aem-node1.example.com:8080/lc. Always write the port: {port} in the commands comes from here. A path is the context root of AEM&apos;s console.</source>
        <translation>Schéma, hôte et port, par exemple http://aem-node1.example.com:8080/lc. Écrivez toujours le port : {port} dans les commandes vient d&apos;ici. Un chemin est la racine de contexte de la console d&apos;AEM.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTTP &amp;user</source>
        <translation>&amp;Utilisateur HTTP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The AEM user for basic authentication.</source>
        <translation>L&apos;utilisateur AEM pour l&apos;authentification basique.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+105"/>
        <location line="+59"/>
        <source>Pass&amp;word</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>That user&apos;s password.</source>
        <translation>Le mot de passe de cet utilisateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status &amp;path</source>
        <translation>Chemin de re&amp;quête d&apos;état</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A path that answers a GET with a 2xx status while the node is up, for example /lc/system/console/bundles.json. It replaces any path in the URL.</source>
        <translation>Un chemin qui répond à un GET avec un statut 2xx tant que le nœud fonctionne, par exemple /lc/system/console/bundles.json. Il remplace tout chemin de l&apos;URL.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start and stop</source>
        <translation>Démarrage et arrêt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>systemd unit %1 (systemctl start, stop)</source>
        <translation>Unité systemd %1 (systemctl start, stop)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JBoss (standalone.sh, jboss-cli.sh :shutdown)</source>
        <translation>JBoss (standalone.sh, jboss-cli.sh :shutdown)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebLogic domain (startWebLogic.sh, stopWebLogic.sh)</source>
        <translation>Domaine WebLogic (startWebLogic.sh, stopWebLogic.sh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebSphere profile (startServer.sh, stopServer.sh server1)</source>
        <translation>Profil WebSphere (startServer.sh, stopServer.sh server1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready-made &amp;commands</source>
        <translation>Commandes &amp;prédéfinies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fills in start and stop commands for this node from its fields: over ssh to its host, or on this machine. Adjust them to your installation (the systemd unit&apos;s name, for one).</source>
        <translation>Remplit les commandes de démarrage et d&apos;arrêt de ce nœud à partir de ses champs : par ssh vers son hôte, ou sur cette machine. Adaptez-les à votre installation (le nom de l&apos;unité systemd, par exemple).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill in</source>
        <translation>Remplir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ready-made commands</source>
        <translation>Commandes prédéfinies</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>One argument a line, the program first; no shell. It may use {node}, {host}, {port} and {profile}.</source>
        <translation>Un argument par ligne, le programme en premier ; pas de shell. Peut utiliser {node}, {host}, {port} et {profile}.</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Rol&amp;e</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Patch le&amp;vel file</source>
        <translation>Fichier du ni&amp;veau de correctifs</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Star&amp;t command</source>
        <translation>Commande de démarra&amp;ge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command that starts the node&apos;s application server. %1</source>
        <translation>La commande qui démarre le serveur d&apos;applications du nœud. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>St&amp;op command</source>
        <translation>&amp;Commande d&apos;arrêt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The command that stops it. %1</source>
        <translation>La commande qui l&apos;arrête. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;imeout (seconds)</source>
        <translation>Déla&amp;i (secondes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long start or stop may run, and how long Lifeboat then waits for the node to answer or to release its repository. AEM Forms on JBoss often takes minutes to start: be generous.</source>
        <translation>Combien de temps le démarrage ou l&apos;arrêt peut durer, et combien de temps Lifeboat attend ensuite que le nœud réponde ou libère son référentiel. AEM Forms sur JBoss met souvent plusieurs minutes à démarrer : soyez généreux.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shared storage</source>
        <translation>Stockage partagé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The stores every node uses: the GDS, the fonts, the connectors&apos; data and the Content Storage Root.</source>
        <translation>Les stockages utilisés par chaque nœud : le GDS, les polices, les données des connecteurs et la Content Storage Root.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;GDS</source>
        <translation>&amp;GDS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Global Document Storage folder, usually a network share every node mounts at the same path.</source>
        <translation>Le dossier Global Document Storage, en général un partage réseau que chaque nœud monte sous le même chemin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GDS &amp;host</source>
        <translation>&amp;Hôte du GDS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the GDS</source>
        <translation>le GDS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fonts</source>
        <translation>&amp;Polices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One folder a line: every font folder AEM Forms is configured with, customer fonts included.</source>
        <translation>Un dossier par ligne : chaque dossier de polices configuré dans AEM Forms, polices des clients comprises.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fonts h&amp;ost</source>
        <translation>Hôte des p&amp;olices</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the fonts</source>
        <translation>les polices</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Connectors</source>
        <translation>&amp;Connecteurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder that holds connector data (for example, the ECM connectors&apos; configuration).</source>
        <translation>Le dossier qui contient les données des connecteurs (par exemple, la configuration des connecteurs ECM).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connectors hos&amp;t</source>
        <translation>Hôte &amp;des connecteurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the connectors</source>
        <translation>les connecteurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content Storage &amp;Root</source>
        <translation>Content Storage &amp;Root</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Content Storage Root of the deprecated Content Services, if you still use it; empty if not.</source>
        <translation>La Content Storage Root des Content Services obsolètes, si vous les utilisez encore ; vide sinon.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cont&amp;ent Storage Root host</source>
        <translation>Hôte de &amp;la Content Storage Root</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Content Storage Root</source>
        <translation>la Content Storage Root</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Databases</source>
        <translation>Bases de données</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The forms database and every custom database that must be backed up in the same window.</source>
        <translation>La base de données des formulaires et chaque base de données personnalisée qui doit être sauvegardée dans la même fenêtre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Data&amp;bases</source>
        <translation>&amp;Bases de données</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A&amp;dd database</source>
        <translation>&amp;Ajouter une base de données</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;move database</source>
        <translation>&amp;Supprimer la base de données</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A name for the database, shown to people, for example forms.</source>
        <translation>Un nom pour la base de données, affiché aux personnes, par exemple forms.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MariaDB (or MySQL), PostgreSQL or SQLite.</source>
        <translation>MariaDB (ou MySQL), PostgreSQL ou SQLite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MariaDB or MySQL</source>
        <translation>MariaDB ou MySQL</translation>
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
        <translation>&amp;Chemin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SQLite only: the database file.</source>
        <translation>SQLite uniquement : le fichier de la base de données.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MariaDB, PostgreSQL: the database server&apos;s host name.</source>
        <translation>MariaDB, PostgreSQL : le nom d&apos;hôte du serveur de base de données.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Po&amp;rt</source>
        <translation>P&amp;ort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Its TCP port, for example 3306 or 5432; 0: the default.</source>
        <translation>Son port TCP, par exemple 3306 ou 5432 ; 0 : le port par défaut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>So&amp;cket</source>
        <translation>Soc&amp;ket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Unix socket to use instead of host and port, as an absolute path.</source>
        <translation>Un socket Unix à utiliser à la place de l&apos;hôte et du port, sous forme de chemin absolu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;atabase name</source>
        <translation>Nom de la base de &amp;données</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The database (schema) name.</source>
        <translation>Le nom de la base de données (schéma).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user to connect as: one that may read everything for a backup, and replace the database for restore-cluster.</source>
        <translation>L&apos;utilisateur de connexion : un utilisateur qui peut tout lire pour une sauvegarde, et remplacer la base de données pour restore-cluster.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database user&apos;s password.</source>
        <translation>Le mot de passe de l&apos;utilisateur de la base de données.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;GDS reference query</source>
        <translation>&amp;Requête des références GDS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An SQL query that lists every GDS document the database refers to: its path relative to the GDS, and its SHA-256. Empty for a database that refers to no GDS document.</source>
        <translation>Une requête SQL qui liste chaque document GDS auquel la base de données fait référence : son chemin relatif au GDS et son SHA-256. Vide pour une base de données qui ne fait référence à aucun document GDS.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Control commands</source>
        <translation>Commandes de contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The commands that put the forms server into LCBackupMode and take it out again, so that the GDS backup stays consistent with the database backup. Each node&apos;s start and stop commands are on the Nodes page.</source>
        <translation>Les commandes qui font passer le serveur de formulaires en LCBackupMode et l&apos;en font sortir, afin que la sauvegarde du GDS reste cohérente avec celle de la base de données. Les commandes de démarrage et d&apos;arrêt de chaque nœud sont sur la page Nœuds.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One argument a line, the program first; no shell. It may use {host}, {port}, {user} and {password}; pass the password as the command&apos;s input where the program can read it.</source>
        <translation>Un argument par ligne, le programme en premier ; pas de shell. Peut utiliser {host}, {port}, {user} et {password} ; passez le mot de passe sur l&apos;entrée de la commande quand le programme sait l&apos;y lire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 Entering also knows {label} and {timeout}.</source>
        <translation>%1 Pour l&apos;entrée dans le mode, {label} et {timeout} sont aussi disponibles.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text written to the command&apos;s standard input, with the same placeholders: the way to hand it {password} without showing it in the process list. Empty: no input.</source>
        <translation>Texte écrit sur l’entrée standard de la commande, avec les mêmes espaces réservés : la façon de lui donner {password} sans qu’il apparaisse dans la liste des processus. Vide : aucune entrée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>E&amp;nter safe backup mode</source>
        <translation>&amp;Passer en mode de sauvegarde sécurisée</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+3"/>
        <source>Its input</source>
        <translation>Son entrée</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Usually LCBackupMode.sh enter with its options. %1</source>
        <translation>En général LCBackupMode.sh enter avec ses options. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usually LCBackupMode.sh leave with its options. %1</source>
        <translation>En général LCBackupMode.sh leave avec ses options. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usually LCBackupMode.sh enterContinuousCoverage with its options. %1</source>
        <translation>En général LCBackupMode.sh enterContinuousCoverage avec ses options. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usually LCBackupMode.sh leaveContinuousCoverage with its options. %1</source>
        <translation>En général LCBackupMode.sh leaveContinuousCoverage avec ses options. %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Leave safe backup mode</source>
        <translation>&amp;Quitter le mode de sauvegarde sécurisée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter &amp;rolling backup mode</source>
        <translation>Passer en mode de sauvegarde &amp;continue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lea&amp;ve rolling backup mode</source>
        <translation>Quitter le mode de sauvegarde co&amp;ntinue</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Online backup</source>
        <translation>Sauvegarde en ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The forms server that LCBackupMode talks to for a backup while the cluster runs (safe and rolling backup mode). LCBackupMode does not work when SSL is configured on the forms server.</source>
        <translation>Le serveur de formulaires auquel LCBackupMode s&apos;adresse pour une sauvegarde pendant que le cluster fonctionne (modes de sauvegarde sécurisée et continue). LCBackupMode ne fonctionne pas quand SSL est configuré sur le serveur de formulaires.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forms server &amp;host</source>
        <translation>&amp;Hôte du serveur de formulaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The forms server to talk to, filled into the backup-mode commands as {host}.</source>
        <translation>Le serveur de formulaires à contacter, inséré dans les commandes du mode de sauvegarde comme {host}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Its HTTP port, filled in as {port}.</source>
        <translation>Son port HTTP, inséré comme {port}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An AEM Forms administrator, filled in as {user}.</source>
        <translation>Un administrateur AEM Forms, inséré comme {user}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That administrator&apos;s password, filled in as {password}.</source>
        <translation>Le mot de passe de cet administrateur, inséré comme {password}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backup root</source>
        <translation>Racine des sauvegardes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where the backup sets go, and the cluster&apos;s own settings.</source>
        <translation>Où vont les jeux de sauvegarde, et les réglages propres au cluster.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cluster &amp;name</source>
        <translation>&amp;Nom du cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required. A name for the cluster, shown to people, for example aem-forms-prod.</source>
        <translation>Obligatoire. Un nom pour le cluster, affiché aux personnes, par exemple aem-forms-prod.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applicat&amp;ion server</source>
        <translation>&amp;Serveur d&apos;applications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The application server that AEM Forms on JEE runs on.</source>
        <translation>Le serveur d&apos;applications sur lequel tourne AEM Forms on JEE.</translation>
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
        <translation>&amp;Racine des sauvegardes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required. The folder that holds the backup sets, on the Lifeboat machine.</source>
        <translation>Obligatoire. Le dossier qui contient les jeux de sauvegarde, sur la machine de Lifeboat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Full backup every</source>
        <translation>Sauvegarde &amp;complète toutes les</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A full backup set every this many backups of one strategy; the ones between are incremental. 1 makes every set full.</source>
        <translation>Un jeu de sauvegarde complet toutes les fois que ce nombre de sauvegardes d&apos;une même stratégie est atteint ; les jeux intermédiaires sont incrémentiels. 1 rend chaque jeu complet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secre&amp;ts file</source>
        <translation>Fichier de secre&amp;ts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A JSON file with the secrets&apos; values, readable only by its owner (mode 600). &quot;Set secret…&quot; writes to it; without one, a new secret goes to secrets.json beside the profile.</source>
        <translation>Un fichier JSON avec les valeurs des secrets, lisible seulement par son propriétaire (mode 600). « Définir le secret… » y écrit ; sans lui, un nouveau secret va dans secrets.json à côté du profil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Known hosts file</source>
        <translation>Fichier des &amp;hôtes connus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The OpenSSH known_hosts file with the host keys you trusted. Empty: Lifeboat&apos;s own.</source>
        <translation>Le fichier known_hosts d&apos;OpenSSH avec les clés d&apos;hôte que vous avez approuvées. Vide : celui de Lifeboat.</translation>
    </message>
</context>
<context>
    <name>ProfileProblem</name>
    <message>
        <location filename="../engine/profile/ProfileProblem.cpp" line="+14"/>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation>Vouliez-vous dire « %1 » ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
</context>
<context>
    <name>ProfileSchema</name>
    <message>
        <location filename="../engine/profile/ProfileSchema.cpp" line="+134"/>
        <location line="+27"/>
        <location line="+110"/>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <location line="-135"/>
        <location line="+21"/>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an array of strings</source>
        <translation>un tableau de chaînes</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <location line="+124"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>an array of objects</source>
        <translation>un tableau d’objets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a command (an array of strings, or an object with &quot;arguments&quot;)</source>
        <translation>une commande (un tableau de chaînes, ou un objet avec &quot;arguments&quot;)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unknown key.</source>
        <translation>Clé inconnue.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Missing: this key is required.</source>
        <translation>Manquante : cette clé est obligatoire.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Must be %1, not %2.</source>
        <translation>Doit être %1, pas %2.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Must not be empty.</source>
        <translation>Ne doit pas être vide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Must be one of %1, not &quot;%2&quot;.</source>
        <translation>Doit être l’une des valeurs %1, pas « %2 ».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Must be a whole number, not %1.</source>
        <translation>Doit être un nombre entier, pas %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Must be between %1 and %2, not %3.</source>
        <translation>Doit être compris entre %1 et %2, pas %3.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>&quot;%1&quot; cannot be filled in this command; it knows %2.</source>
        <translation>« %1 » ne peut pas être rempli dans cette commande ; elle connaît %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;{secret:}&quot; names no secret.</source>
        <translation>« {secret:} » ne nomme aucun secret.</translation>
    </message>
</context>
<context>
    <name>ProfileTest</name>
    <message>
        <location filename="../engine/scenarios/ProfileTest.cpp" line="+65"/>
        <source>%1&apos;s paths are on its host</source>
        <translation>Les chemins de %1 sont sur son hôte</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <location line="+29"/>
        <source>Not there: %1.</source>
        <translation>Absent : %1.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Correct the path in the profile (Edit…), or check the host.</source>
        <translation>Corrigez le chemin dans le profil (Modifier…), ou vérifiez l&apos;hôte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A node that has never run has no error.log yet; otherwise correct the path.</source>
        <translation>Un nœud qui n&apos;a jamais fonctionné n&apos;a pas encore de error.log ; sinon, corrigez le chemin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The shared stores are on their hosts</source>
        <translation>Les stockages partagés sont sur leurs hôtes</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Correct the path or its host in the profile (Edit…).</source>
        <translation>Corrigez le chemin ou son hôte dans le profil (Modifier…).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1&apos;s role is the one its disk tells</source>
        <translation>Le rôle de %1 est celui qu&apos;indique son disque</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, cluster node id %1</source>
        <translation> (identifiant de nœud de cluster %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its disk does not tell whether it is the primary%1.</source>
        <translation>Son disque n&apos;indique pas si ce nœud%1 est le principal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check its role by hand: %1</source>
        <translation>Vérifiez son rôle à la main : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile says %1; its disk says %2 (%3).</source>
        <translation>Le profil indique %1 ; son disque indique %2 (%3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct its role in the profile: a wrong primary is restored in the wrong order.</source>
        <translation>Corrigez son rôle dans le profil : un mauvais nœud principal est restauré dans le mauvais ordre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)%3</source>
        <translation>%1 (%2)%3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1&apos;s start and stop programs are on its host</source>
        <translation>Les programmes de démarrage et d’arrêt de %1 sont sur son hôte</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not there, or not executable: %1.</source>
        <translation>Absent, ou non exécutable : %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the node&apos;s start or stop command (Edit…), or check the host.</source>
        <translation>Corrigez la commande de démarrage ou d’arrêt du nœud (Modifier…), ou vérifiez l’hôte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to look for: the commands run here, or by a name the host&apos;s PATH finds.</source>
        <translation>Rien à chercher : les commandes s’exécutent ici, ou par un nom que le PATH de l’hôte trouve.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 answers at its status URL</source>
        <translation>%1 répond à son URL d&apos;état</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile gives no HTTP address for %1.</source>
        <translation>Le profil ne donne pas d&apos;adresse HTTP pour %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in its http.url and statusPath (Edit…).</source>
        <translation>Indiquez son http.url et son statusPath (Modifier…).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not answer.</source>
        <translation>%1 ne répond pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the node is up, correct its HTTP address, user, password or status path.</source>
        <translation>Si le nœud fonctionne, corrigez son adresse HTTP, son utilisateur, son mot de passe ou son chemin d&apos;état.</translation>
    </message>
</context>
<context>
    <name>PromoteSecondaryFolderStep</name>
    <message>
        <location filename="../engine/steps/PromoteSecondaryFolderStep.cpp" line="+28"/>
        <source>Copy the secondary repository folder (crx.NNNN) of %1 into its repository and remove it</source>
        <translation>Copier le dossier de référentiel secondaire (crx.NNNN) de %1 dans son référentiel et le supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the secondary repository folder (crx.NNNN) of %1 into its repository</source>
        <translation>Copier le dossier de référentiel secondaire (crx.NNNN) de %1 dans son référentiel</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no crx.NNNN folder there now; checked again when the step runs</source>
        <translation>aucun dossier crx.NNNN pour l&apos;instant ; revérifié lors de l&apos;exécution de l&apos;étape</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its files, into %1/repository</source>
        <translation>ses fichiers, vers %1/repository</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>then the emptied folder, to the quarantine</source>
        <translation>puis le dossier vidé, en quarantaine</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no secondary repository folder (crx.NNNN); nothing to copy.</source>
        <translation>%1 n&apos;a pas de dossier de référentiel secondaire (crx.NNNN) ; rien à copier.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot copy %1 to %2. %3</source>
        <translation>Impossible de copier %1 vers %2. %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>files from %1</source>
        <translation>fichiers de %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>to %1</source>
        <translation>vers %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Copied %n file(s) from %1 into %2.</source>
        <translation>
            <numerusform>%n fichier copié de %1 vers %2.</numerusform>
            <numerusform>%n fichiers copiés de %1 vers %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PruneCommand</name>
    <message>
        <location filename="../app/PruneCommand.cpp" line="+26"/>
        <source>Run &apos;lifeboat prune --help&apos; for its options.</source>
        <translation>Lancez &apos;lifeboat prune --help&apos; pour voir ses options.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete all but the N newest backup sets (and stale unfinished ones)</source>
        <translation>Supprimer tous les jeux de sauvegarde sauf les N plus récents (et les jeux inachevés périmés)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keeps the N newest complete backup sets of a profile and deletes the older ones, and deletes unfinished (.partial) sets that nothing has changed for 24 hours. Prints every set it removes.</source>
        <translation>Conserve les N jeux de sauvegarde complets les plus récents d&apos;un profil et supprime les plus anciens, ainsi que les jeux inachevés (.partial) non modifiés depuis 24 heures. Affiche chaque jeu supprimé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cluster profile (JSON) whose backup root is pruned.</source>
        <translation>Le profil de cluster (JSON) dont la racine des sauvegardes est élaguée.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many of the newest complete sets to keep (at least 1).</source>
        <translation>Nombre de jeux complets les plus récents à conserver (au moins 1).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only print what would be removed; change nothing.</source>
        <translation>Afficher seulement ce qui serait supprimé ; ne rien modifier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Argument inattendu &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--profile is required (a sandbox has one at DIR/cluster.json).</source>
        <translation>--profile est obligatoire (un bac à sable en a un dans RÉP/cluster.json).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--keep must be a whole number of at least 1: prune never deletes the newest backup set.</source>
        <translation>--keep doit être un nombre entier d&apos;au moins 1 : prune ne supprime jamais le jeu de sauvegarde le plus récent.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Would remove %1 (%2)</source>
        <translation>Supprimerait %1 (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removing %1 (%2)</source>
        <translation>Suppression de %1 (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown strategy</source>
        <translation>stratégie inconnue</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keeping %1 (%2)</source>
        <translation>Conservation de %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>unfinished, untouched for %n hour(s)</source>
        <translation>
            <numerusform>inachevé, non modifié depuis %n heure</numerusform>
            <numerusform>inachevé, non modifié depuis %n heures</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to remove in %1.</source>
        <translation>Rien à supprimer dans %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Dry run: %n set(s) would be removed, freeing at least %1. Nothing was changed.</source>
        <translation>
            <numerusform>Simulation : %n jeu serait supprimé, libérant au moins %1. Rien n&apos;a été modifié.</numerusform>
            <numerusform>Simulation : %n jeux seraient supprimés, libérant au moins %1. Rien n&apos;a été modifié.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Removed %n set(s); their archives took %1.</source>
        <translation>
            <numerusform>%n jeu supprimé ; ses archives occupaient %1.</numerusform>
            <numerusform>%n jeux supprimés ; leurs archives occupaient %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n set(s) could not be removed completely; see the messages above.</source>
        <translation>
            <numerusform>%n jeu n&apos;a pas pu être entièrement supprimé ; voir les messages ci-dessus.</numerusform>
            <numerusform>%n jeux n&apos;ont pas pu être entièrement supprimés ; voir les messages ci-dessus.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-22"/>
        <source>kept: %1 holds files of %2</source>
        <translation>conservé : %1 contient des fichiers de %2</translation>
    </message>
</context>
<context>
    <name>PublishBackupSetStep</name>
    <message>
        <location filename="../engine/steps/PublishBackupSetStep.cpp" line="+48"/>
        <source>signed with %1</source>
        <translation>signé avec %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>renamed to %1 once verified</source>
        <translation>renommé en %1 une fois vérifié</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The backup set %1 is already complete.</source>
        <translation>Le jeu de sauvegarde %1 est déjà complet.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot rename %1 to %2.</source>
        <translation>Impossible de renommer %1 en %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>complete, verified backup set</source>
        <translation>jeu de sauvegarde complet et vérifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup set %1 is complete.</source>
        <translation>Le jeu de sauvegarde %1 est complet.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The backup set cannot be signed, so it is not published: %1. Check &quot;signing&quot; in the profile (&apos;lifeboat check&apos; tries the key), then resume the run.</source>
        <translation>Le jeu de sauvegarde ne peut pas être signé et n&apos;est donc pas publié : %1. Vérifiez &quot;signing&quot; dans le profil (&apos;lifeboat check&apos; essaie la clé), puis reprenez l&apos;exécution.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed SHA256SUMS with %1.</source>
        <translation>SHA256SUMS signé avec %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The backup set does not read back as written, so it is not published: %1</source>
        <translation>Le jeu de sauvegarde ne se relit pas tel qu&apos;il a été écrit ; il n&apos;est donc pas publié : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Read back %n file(s) from the archives; every one matches the manifest.</source>
        <translation>
            <numerusform>%n fichier relu depuis les archives ; il correspond au manifeste.</numerusform>
            <numerusform>%n fichiers relus depuis les archives ; chacun correspond au manifeste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n archive(s) had already been read back while the backup went on.</source>
        <translation>
            <numerusform>%n archive avait déjà été relue pendant la sauvegarde.</numerusform>
            <numerusform>%n archives avaient déjà été relues pendant la sauvegarde.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The set is %1.</source>
        <translation>Le jeu est %1.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The archive of part %1 is missing or unreadable in %2.</source>
        <translation>L&apos;archive de la partie %1 est absente ou illisible dans %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup set %1 has no parts.</source>
        <translation>Le jeu de sauvegarde %1 n&apos;a aucune partie.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot write the manifest of %1: %2</source>
        <translation>Impossible d&apos;écrire le manifeste de %1 : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write the manifest of %1. Check the free space.</source>
        <translation>Impossible d&apos;écrire le manifeste de %1. Vérifiez l&apos;espace libre.</translation>
    </message>
    <message>
        <location filename="../engine/steps/PublishBackupSetStep.h" line="+25"/>
        <source>Verify the backup set and make it available</source>
        <translation>Vérifier le jeu de sauvegarde et le rendre disponible</translation>
    </message>
    <message>
        <location filename="../engine/steps/PublishBackupSetStep.cpp" line="-99"/>
        <source>Cannot write %1 in %2. Check the free space.</source>
        <translation>Impossible d&apos;écrire %1 dans %2. Vérifiez l&apos;espace libre.</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Cannot write %1 to the disk (fsync failed), so the set is not published.</source>
        <translation>Impossible d&apos;écrire %1 sur le disque (échec de fsync) : le jeu n&apos;est donc pas publié.</translation>
    </message>
</context>
<context>
    <name>PutBackFromQuarantineStep</name>
    <message>
        <location filename="../engine/steps/PutBackFromQuarantineStep.cpp" line="+35"/>
        <source>Put back what the restore %1 replaced</source>
        <translation>Remettre en place ce que la restauration %1 a remplacé</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>loaded from %1, after a dump of what it holds now is kept in this run&apos;s quarantine</source>
        <translation>chargée depuis %1, après qu&apos;un export de son contenu actuel a été conservé dans la quarantaine de cette exécution</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>restored from the backup; moved to the quarantine</source>
        <translation>restauré depuis la sauvegarde ; déplacé en quarantaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>back to %1</source>
        <translation>retour vers %1</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>put in place by %1; now in this run&apos;s quarantine</source>
        <translation>mis en place par %1 ; maintenant dans la quarantaine de cette exécution</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot move %1 back to %2.</source>
        <translation>Impossible de replacer %1 dans %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The profile has no database named %1, so its contents kept in %2 cannot be loaded back. Add it to the profile again, or load the dump with the database&apos;s own client.</source>
        <translation>Le profil n&apos;a pas de base de données nommée %1 : son contenu conservé dans %2 ne peut pas être rechargé. Ajoutez-la de nouveau au profil, ou chargez l&apos;export avec le client de la base de données.</translation>
    </message>
    <message numerus="yes">
        <location line="-27"/>
        <source>Undid %n change(s) of the restore %1; the files are as they were before it.</source>
        <translation>
            <numerusform>%n modification de la restauration %1 annulée ; les fichiers sont tels qu&apos;avant elle.</numerusform>
            <numerusform>%n modifications de la restauration %1 annulées ; les fichiers sont tels qu&apos;avant elle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <location filename="../app/Startup.cpp" line="+22"/>
        <source>Usage: %1</source>
        <translation>Usage : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[options]</source>
        <translation>[options]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arguments:</source>
        <translation>Arguments :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Displays help on commandline options.</source>
        <translation>Affiche l&apos;aide sur les options de la ligne de commande.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Displays help, including generic Qt options.</source>
        <translation>Affiche l&apos;aide, y compris les options génériques de Qt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Displays version information.</source>
        <translation>Affiche les informations de version.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Option inconnue &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown options: %1.</source>
        <translation>Options inconnues : %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Valeur manquante après &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Valeur inattendue après &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>Quarantine</name>
    <message>
        <location filename="../engine/restore/Quarantine.cpp" line="+89"/>
        <source>%1 is not below %2, so it cannot be quarantined there.</source>
        <translation>%1 n&apos;est pas sous %2 ; il ne peut donc pas y être mis en quarantaine.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot move %1 into the quarantine %2. Check the permissions of %3.</source>
        <translation>Impossible de déplacer %1 dans la quarantaine %2. Vérifiez les droits de %3.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cannot create %1. Check the permissions of %2.</source>
        <translation>Impossible de créer %1. Vérifiez les droits de %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot write the quarantine index %1. Check the free space.</source>
        <translation>Impossible d&apos;écrire l&apos;index de quarantaine %1. Vérifiez l&apos;espace libre.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Could not delete all of %1; check its permissions.</source>
        <translation>Impossible de supprimer entièrement %1 ; vérifiez ses droits.</translation>
    </message>
</context>
<context>
    <name>QuarantineCommand</name>
    <message>
        <location filename="../app/QuarantineCommand.cpp" line="+27"/>
        <source>Run &apos;lifeboat quarantine --help&apos; for its options.</source>
        <translation>Lancez &apos;lifeboat quarantine --help&apos; pour voir ses options.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>List or purge what restores moved to the quarantine</source>
        <translation>Lister ou purger ce que les restaurations ont déplacé en quarantaine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A restore never deletes what it replaces: it moves it to a quarantine beside it, kept until you purge it. &apos;list&apos; shows every restore run&apos;s quarantine; &apos;purge --run ID&apos; (or --all) deletes them for good. To undo a restore instead, run the scenario rollback-restore --run ID.</source>
        <translation>Une restauration ne supprime jamais ce qu&apos;elle remplace : elle le déplace dans une quarantaine à côté, conservée jusqu&apos;à ce que vous la purgiez. &apos;list&apos; affiche la quarantaine de chaque exécution de restauration ; &apos;purge --run ID&apos; (ou --all) les supprime définitivement. Pour plutôt annuler une restauration, exécutez le scénario rollback-restore --run ID.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>list or purge</source>
        <translation>list ou purge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cluster profile (JSON).</source>
        <translation>Le profil de cluster (JSON).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>purge: the restore run whose quarantine to delete.</source>
        <translation>purge : l&apos;exécution de restauration dont la quarantaine est supprimée.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>purge: every quarantine of the profile.</source>
        <translation>purge : toutes les quarantaines du profil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>purge: do not ask (for scripts).</source>
        <translation>purge : ne pas demander (pour les scripts).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list: print JSON.</source>
        <translation>list : afficher du JSON.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Say what to do: &apos;lifeboat quarantine list&apos; or &apos;lifeboat quarantine purge&apos;.</source>
        <translation>Indiquez quoi faire : &apos;lifeboat quarantine list&apos; ou &apos;lifeboat quarantine purge&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--profile is required (a sandbox has one at DIR/cluster.json).</source>
        <translation>--profile est obligatoire (un bac à sable en a un dans RÉP/cluster.json).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>purge needs either --run ID or --all.</source>
        <translation>purge nécessite --run ID ou --all.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No quarantine is kept for %1.</source>
        <translation>Aucune quarantaine n&apos;est conservée pour %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1  %2  %3, %n path(s) kept</source>
        <translation>
            <numerusform>%1  %2  %3, %n chemin conservé</numerusform>
            <numerusform>%1  %2  %3, %n chemins conservés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo a restore with: lifeboat run --profile %1 --scenario rollback-restore --run ID</source>
        <translation>Annuler une restauration avec : lifeboat run --profile %1 --scenario rollback-restore --run ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete a quarantine for good with: lifeboat quarantine purge --profile %1 --run ID</source>
        <translation>Supprimer définitivement une quarantaine avec : lifeboat quarantine purge --profile %1 --run ID</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No quarantine of %1 matches; &apos;lifeboat quarantine list --profile %2&apos; shows them.</source>
        <translation>Aucune quarantaine de %1 ne correspond ; &apos;lifeboat quarantine list --profile %2&apos; les affiche.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These folders will be deleted for good:</source>
        <translation>Ces dossiers seront supprimés définitivement :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was deleted: there is no terminal to ask on. Add --yes to purge from a script.</source>
        <translation>Rien n&apos;a été supprimé : il n&apos;y a pas de terminal où demander. Ajoutez --yes pour purger depuis un script.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type &apos;purge&apos; to delete them: </source>
        <translation>Tapez &apos;purge&apos; pour les supprimer : </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was deleted.</source>
        <translation>Rien n&apos;a été supprimé.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Purged %n folder(s).</source>
        <translation>
            <numerusform>%n dossier purgé.</numerusform>
            <numerusform>%n dossiers purgés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuarantinePathsStep</name>
    <message>
        <location filename="../engine/steps/QuarantinePathsStep.cpp" line="+31"/>
        <source>In %1: %2. Nothing is deleted: they move to the quarantine, kept until you purge it.</source>
        <translation>Dans %1 : %2. Rien n&apos;est supprimé : ils sont déplacés en quarantaine, conservés jusqu&apos;à ce que vous la purgiez.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>its own crx.NNNN folder</source>
        <translation>son propre dossier crx.NNNN</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The restored files had theirs taken out before the node stopped; only what stayed in place (%1) is searched.</source>
        <translation>Ceux des fichiers restaurés ont été retirés avant l’arrêt du nœud ; seul ce qui est resté en place (%1) est parcouru.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>nothing in what stays in place (%1); the restored copy has these files taken out before the node stops, and the step looks again after the swap</source>
        <translation>rien dans ce qui reste en place (%1) ; ces fichiers sont retirés de la copie restaurée avant l’arrêt du nœud, et l’étape regarde à nouveau après l’échange</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+23"/>
        <source>to %1</source>
        <translation>vers %1</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>nothing to move: none of %1 exists</source>
        <translation>rien à déplacer : aucun de %1 n&apos;existe</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing to move in %1.</source>
        <translation>Rien à déplacer dans %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Moved %n path(s) from %1 to the quarantine.</source>
        <translation>
            <numerusform>%n chemin de %1 déplacé en quarantaine.</numerusform>
            <numerusform>%n chemins de %1 déplacés en quarantaine.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoverPublishClusterScenario</name>
    <message>
        <location filename="../engine/scenarios/RecoverPublishClusterScenario.cpp" line="+13"/>
        <source>Recover the publish nodes of a cluster</source>
        <translation>Récupérer les nœuds de publication d&apos;un cluster</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shuts the whole cluster down, restores every Correspondence Management publish node from a backup set, then starts the author primary, the author secondaries and the publish nodes. Users have no service while it runs.</source>
        <translation>Arrête tout le cluster, restaure chaque nœud de publication Correspondence Management à partir d&apos;un jeu de sauvegarde, puis démarre le nœud d&apos;auteur principal, les nœuds d&apos;auteur secondaires et les nœuds de publication. Les utilisateurs n&apos;ont pas de service pendant l&apos;exécution.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1&apos;s repository</source>
        <translation>référentiel de %1</translation>
    </message>
</context>
<context>
    <name>RecoverPublishNodeScenario</name>
    <message>
        <location filename="../engine/scenarios/RecoverPublishNodeScenario.cpp" line="+16"/>
        <source>Recover a publish node</source>
        <translation>Récupérer un nœud de publication</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stops one Correspondence Management publish node, restores its repository from a backup set and starts it again. Nobody may publish until it is back; the author cluster keeps running.</source>
        <translation>Arrête un nœud de publication Correspondence Management, restaure son référentiel à partir d&apos;un jeu de sauvegarde et le redémarre. Personne ne doit publier avant son retour ; le cluster d&apos;auteur continue de fonctionner.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The publish node to recover.</source>
        <translation>Le nœud de publication à récupérer.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not a publish node of %2; its publish nodes are: %3.</source>
        <translation>%1 n&apos;est pas un nœud de publication de %2 ; ses nœuds de publication sont : %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Hold publishing until %1 is back</source>
        <translation>Suspendre la publication jusqu&apos;au retour de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure nobody publishes from the author cluster (pause the replication agents) until Lifeboat reports that %1 is running again.</source>
        <translation>Assurez-vous que personne ne publie depuis le cluster d&apos;auteur (mettez en pause les agents de réplication) jusqu&apos;à ce que Lifeboat indique que %1 fonctionne de nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1&apos;s repository</source>
        <translation>référentiel de %1</translation>
    </message>
</context>
<context>
    <name>RecoveryAdvisor</name>
    <message>
        <location filename="../engine/scenarios/RecoveryAdvisor.cpp" line="+23"/>
        <source>%1 has no repository.</source>
        <translation>%1 n&apos;a pas de référentiel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 reports repository unsync.</source>
        <translation>%1 signale repository unsync.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not running and left a stale lock.</source>
        <translation>%1 ne fonctionne pas et a laissé un verrou (.lock) périmé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not running.</source>
        <translation>%1 ne fonctionne pas.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 does not answer, but its process (pid %2) holds its repository&apos;s lock: it is starting, shutting down or hung. Wait for it before anything else.</source>
        <translation>%1 ne répond pas, mais son processus (pid %2) détient le verrou de son référentiel : il démarre, s&apos;arrête ou est bloqué. Attendez-le avant toute autre chose.</translation>
    </message>
</context>
<context>
    <name>RehearseRestoreScenario</name>
    <message>
        <location filename="../engine/scenarios/RehearseRestoreScenario.cpp" line="+44"/>
        <source>Rehearse a restore on a sandbox copy</source>
        <translation>Répéter une restauration sur une copie bac à sable</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restores a backup set into a fresh sandbox copy of the cluster it recorded, starts it, checks it and reports how long the restore took. Production is never touched: this is how to know a backup works before the day you need it.</source>
        <translation>Restaure un jeu de sauvegarde dans une nouvelle copie bac à sable du cluster qu&apos;il a enregistré, la démarre, la vérifie et indique la durée de la restauration. La production n&apos;est jamais touchée : c&apos;est ainsi qu&apos;on sait qu&apos;une sauvegarde fonctionne avant le jour où l&apos;on en a besoin.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>dir</source>
        <translation>rép</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new or empty directory for the sandbox copy (default: under Lifeboat&apos;s data directory).</source>
        <translation>Un répertoire nouveau ou vide pour la copie bac à sable (par défaut : sous le répertoire de données de Lifeboat).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not empty. Give --into a new or empty directory for the rehearsal; nothing was changed.</source>
        <translation>%1 n&apos;est pas vide. Indiquez à --into un répertoire nouveau ou vide pour la répétition ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The backup set can be read</source>
        <translation>Le jeu de sauvegarde est lisible</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose another set (see &apos;lifeboat backups&apos;).</source>
        <translation>Choisissez un autre jeu (voir &apos;lifeboat backups&apos;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The set %1 recorded no topology, so there is nothing to rebuild.</source>
        <translation>Le jeu %1 n&apos;a enregistré aucune topologie ; il n&apos;y a donc rien à reconstruire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rehearse a set made by Lifeboat.</source>
        <translation>Répétez avec un jeu créé par Lifeboat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, made by %2 of %3.</source>
        <translation>%1, créé par %2 de %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enough free space for the rehearsal</source>
        <translation>Espace libre suffisant pour la répétition</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked once the set can be read.</source>
        <translation>Vérifié une fois le jeu lisible.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The rehearsal needs about %1 under %2, which has %3 free.</source>
        <translation>La répétition a besoin d&apos;environ %1 sous %2, qui a %3 de libre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose another place with --into, or free some space.</source>
        <translation>Choisissez un autre emplacement avec --into, ou libérez de l&apos;espace.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About %1 needed, %2 free.</source>
        <translation>Environ %1 nécessaires, %2 libres.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1&apos;s repository</source>
        <translation>référentiel de %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stop the rehearsal cluster (it stays in %1 for a look)</source>
        <translation>Arrêter le cluster de répétition (il reste dans %1 pour examen)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restore the set into the rehearsal cluster and start it (timed)</source>
        <translation>Restaurer le jeu dans le cluster de répétition et le démarrer (chronométré)</translation>
    </message>
</context>
<context>
    <name>RemoteHostFiles</name>
    <message>
        <location filename="../engine/hosts/RemoteHostFiles.cpp" line="+461"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+13"/>
        <location line="+11"/>
        <location line="+54"/>
        <location line="+11"/>
        <location line="+20"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 arrived incomplete from %2: %3 of %4 bytes.</source>
        <translation>%1 est arrivé incomplet depuis %2 : %3 octets sur %4.</translation>
    </message>
</context>
<context>
    <name>RemoveSnapshotsStep</name>
    <message>
        <location filename="../engine/steps/RemoveSnapshotsStep.h" line="+23"/>
        <source>Remove the snapshots</source>
        <translation>Supprimer les instantanés</translation>
    </message>
    <message>
        <location filename="../engine/steps/RemoveSnapshotsStep.cpp" line="+19"/>
        <location line="+11"/>
        <source>the snapshot of %1</source>
        <translation>l&apos;instantané de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (remove it by hand: %2)</source>
        <translation>%1 (supprimez-le à la main : %2)</translation>
    </message>
</context>
<context>
    <name>RenameGdsBackupStep</name>
    <message>
        <location filename="../engine/steps/RenameGdsBackupStep.cpp" line="+26"/>
        <source>to the quarantine</source>
        <translation>en quarantaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>renamed to %1</source>
        <translation>renommé en %1</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1 is already in place.</source>
        <translation>%1 est déjà en place.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The restored GDS has no backup folder; nothing to rename.</source>
        <translation>Le GDS restauré n&apos;a pas de dossier backup ; rien à renommer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot rename %1 to %2.</source>
        <translation>Impossible de renommer %1 en %2.</translation>
    </message>
    <message>
        <location filename="../engine/steps/RenameGdsBackupStep.h" line="+24"/>
        <source>Rename DocumentStorage/backup to DocumentStorage/restore in the GDS</source>
        <translation>Renommer DocumentStorage/backup en DocumentStorage/restore dans le GDS</translation>
    </message>
</context>
<context>
    <name>ReplaceContentsStep</name>
    <message>
        <location filename="../engine/steps/ReplaceContentsStep.cpp" line="+29"/>
        <source>Everything in %1 moves to the quarantine (kept until you purge it); the checked copy from the backup takes its place.</source>
        <translation>Tout ce qui se trouve dans %1 est déplacé en quarantaine (conservé jusqu&apos;à ce que vous la purgiez) ; la copie vérifiée de la sauvegarde prend sa place.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>its current contents, to %1</source>
        <translation>son contenu actuel, vers %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replaced by the backup&apos;s copy</source>
        <translation>remplacé par la copie de la sauvegarde</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Everything in %1 but the node&apos;s own logs and secondary folder (crx.NNNN) moves to the quarantine (kept until you purge it); the checked copy from the backup takes its place.</source>
        <translation>Tout ce que contient %1, sauf les journaux et le dossier secondaire (crx.NNNN) propres au nœud, part en quarantaine (gardé jusqu&apos;à ce que vous la purgiez) ; la copie vérifiée de la sauvegarde prend sa place.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>stays in place: the node&apos;s own, not the backup&apos;s</source>
        <translation>reste en place : propre au nœud, pas à la sauvegarde</translation>
    </message>
</context>
<context>
    <name>ReplaceFileStep</name>
    <message>
        <location filename="../engine/steps/ReplaceFileStep.cpp" line="+38"/>
        <source>to %1</source>
        <translation>vers %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file from the backup</source>
        <translation>le fichier de la sauvegarde</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <location filename="../app/ReportCommand.cpp" line="+19"/>
        <source>Write a run&apos;s report again, as HTML (with its timeline) or PDF</source>
        <translation>Réécrire le rapport d&apos;une exécution, en HTML (avec sa chronologie) ou en PDF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The run: its id (see &apos;lifeboat runs&apos;) or its directory.</source>
        <translation>L&apos;exécution : son identifiant (voir &apos;lifeboat runs&apos;) ou son répertoire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RUN</source>
        <translation>EXÉCUTION</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the report as HTML to this file.</source>
        <translation>Écrire le rapport en HTML dans ce fichier.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the report as PDF to this file.</source>
        <translation>Écrire le rapport en PDF dans ce fichier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name one run: its id (see &apos;lifeboat runs&apos;) or its directory.</source>
        <translation>Indiquez une exécution : son identifiant (voir &apos;lifeboat runs&apos;) ou son répertoire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run &apos;lifeboat report --help&apos; for its options.</source>
        <translation>Lancez &apos;lifeboat report --help&apos; pour voir ses options.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No run &apos;%1&apos;: it is neither a run directory nor the id of a run in %2. &apos;lifeboat runs&apos; lists the runs.</source>
        <translation>Aucune exécution &apos;%1&apos; : ce n&apos;est ni un répertoire d&apos;exécution ni l&apos;identifiant d&apos;une exécution dans %2. &apos;lifeboat runs&apos; liste les exécutions.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Report: %1</source>
        <translation>Rapport : %1</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <location filename="../report/ReportRenderer.cpp" line="+96"/>
        <location line="+13"/>
        <source>Cannot write the PDF %1: %2</source>
        <translation>Impossible d&apos;écrire le PDF %1 : %2</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Lifeboat report: %1 on the cluster %2</source>
        <translation>Rapport Lifeboat : %1 sur le cluster %2</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../engine/run/ReportWriter.cpp" line="+105"/>
        <source>Cannot write the report %1: %2</source>
        <translation>Impossible d&apos;écrire le rapport %1 : %2</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>not recorded</source>
        <translation>non enregistré</translation>
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
        <translation>terminé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>succeeded: every step was done</source>
        <translation>réussi : chaque étape a été effectuée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped: a confirmation was declined</source>
        <translation>arrêté : une confirmation a été refusée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interrupted (Lifeboat stopped during this step)</source>
        <translation>interrompu (Lifeboat s&apos;est arrêté pendant cette étape)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not run</source>
        <translation>non exécuté</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Lifeboat run %1</source>
        <translation>Exécution Lifeboat %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifeboat report: %1 on the cluster %2</source>
        <translation>Rapport Lifeboat : %1 sur le cluster %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>failed at step %1 (%2): %3</source>
        <translation>échec à l&apos;étape %1 (%2) : %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+69"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster profile</source>
        <translation>Profil de cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run by (user)</source>
        <translation>Exécuté par (utilisateur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the computer (host)</source>
        <translation>Sur l&apos;ordinateur (hôte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+63"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+62"/>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>not ended (interrupted)</source>
        <translation>non terminé (interrompu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total time</source>
        <translation>Durée totale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time spent waiting for a person</source>
        <translation>Temps passé à attendre une personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resumed after an interruption</source>
        <translation>Reprise après une interruption</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run id</source>
        <translation>Identifiant de l&apos;exécution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run folder (journal, log)</source>
        <translation>Dossier de l&apos;exécution (journal, log)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+18"/>
        <location line="+12"/>
        <source>Recovery time</source>
        <translation>Durée de restauration</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>%1 (of which %2 waiting for a person); %3 for the whole run</source>
        <translation>%1 (dont %2 d&apos;attente d&apos;une personne) ; %3 pour l&apos;exécution entière</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The recovery took %1: from the start of step %2 (%3), the first step that changed the cluster (for a manual step: when it was asked for), at %4, to the end of step %5 (%6) at %7. %8 of it was spent waiting for a person (confirmations and manual steps). The whole run, with its checks and clean-up, took %9.</source>
        <translation>La restauration a pris %1 : du début de l&apos;étape %2 (%3), la première étape qui a modifié le cluster (pour une étape manuelle : le moment où elle a été demandée), à %4, jusqu&apos;à la fin de l&apos;étape %5 (%6) à %7. %8 ont été passés à attendre une personne (confirmations et étapes manuelles). L&apos;exécution entière, avec ses vérifications et son nettoyage, a pris %9.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No step changed the cluster, so no recovery time was measured.</source>
        <translation>Aucune étape n&apos;a modifié le cluster ; aucune durée de restauration n&apos;a donc été mesurée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeline of the steps: which step ran when and for how long, and where the run waited for a person</source>
        <translation>Chronologie des étapes : quelle étape s&apos;est exécutée quand et combien de temps, et où l&apos;exécution a attendu une personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per step, in the order they ran; the bar shows when the step ran and for how long. Hatched bars are waits for a person: a confirmation before a step that changes the cluster, or a manual step to be done and confirmed.</source>
        <translation>Une ligne par étape, dans l&apos;ordre d&apos;exécution ; la barre montre quand l&apos;étape s&apos;est exécutée et combien de temps. Les barres hachurées sont des attentes d&apos;une personne : une confirmation avant une étape qui modifie le cluster, ou une étape manuelle à effectuer puis à confirmer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+39"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(changes the cluster)</source>
        <translation>(modifie le cluster)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>log</source>
        <translation>journal</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>C</source>
        <comment>a clean-up step&apos;s number prefix</comment>
        <translation>N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps numbered C1, C2… are clean-up steps: they put the cluster back in order (start what was stopped, leave backup mode) and run even after a failure.</source>
        <translation>Les étapes numérotées N1, N2… sont des étapes de nettoyage : elles remettent le cluster en ordre (démarrent ce qui a été arrêté, quittent le mode de sauvegarde) et s&apos;exécutent même après un échec.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirmations</source>
        <translation>Confirmations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No step needed a confirmation.</source>
        <translation>Aucune étape n&apos;a nécessité de confirmation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why it was asked</source>
        <translation>Raison de la demande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waited</source>
        <translation>Attente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a manual step: a person does it, then confirms it is done</source>
        <translation>une étape manuelle : une personne l&apos;effectue, puis confirme qu&apos;elle est faite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the step changes the cluster</source>
        <translation>l&apos;étape modifie le cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes, go on</source>
        <translation>oui, continuer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no, stop the run</source>
        <translation>non, arrêter l&apos;exécution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, in advance (the whole plan approved, or --yes)</source>
        <translation>%1, à l&apos;avance (tout le plan approuvé, ou --yes)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Times are the local time of the computer that wrote this report, with its time zone. Report written %1 by Lifeboat from the run&apos;s journal.</source>
        <translation>Les heures sont l&apos;heure locale de l&apos;ordinateur qui a écrit ce rapport, avec son fuseau horaire. Rapport écrit le %1 par Lifeboat à partir du journal de l&apos;exécution.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 holds no readable run journal.</source>
        <translation>%1 ne contient aucun journal d&apos;exécution lisible.</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Downtime</source>
        <translation>Temps d’arrêt</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>once</source>
        <translation>une fois</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n times</source>
        <translation>
            <numerusform>%n fois</numerusform>
            <numerusform>%n fois</numerusform>
        </translation>
    </message>
    <message>
        <location line="-95"/>
        <source>failed in cleanup: the cluster needs work by hand</source>
        <translation>échec au nettoyage : le cluster demande une intervention manuelle</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>A cleanup step failed: left to do by hand</source>
        <translation>Une étape de nettoyage a échoué : à faire à la main</translation>
    </message>
</context>
<context>
    <name>RestoreClusterScenario</name>
    <message>
        <location filename="../engine/scenarios/RestoreClusterScenario.cpp" line="+26"/>
        <source>Restore the entire cluster</source>
        <translation>Restaurer tout le cluster</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stops every author node and brings back the databases, the GDS, connectors, fonts and every node&apos;s repository from one backup set, so that all of them agree again. Use it after a database crash, lost GDS documents or when several nodes failed. The cluster is down until the restore ends.</source>
        <translation>Arrête chaque nœud d&apos;auteur et restaure les bases de données, le GDS, les connecteurs, les polices et le référentiel de chaque nœud à partir d&apos;un même jeu de sauvegarde, afin que tous concordent de nouveau. À utiliser après un plantage de la base de données, la perte de documents GDS ou la défaillance de plusieurs nœuds. Le cluster est arrêté jusqu&apos;à la fin de la restauration.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Lifeboat can restore the %1 database</source>
        <translation>Lifeboat peut restaurer la base de données %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install the client, then check again. Nothing was changed.</source>
        <translation>Installez le client, puis vérifiez de nouveau. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile has no backup root, where the current contents of %1 are kept before the restore replaces them.</source>
        <translation>Le profil n&apos;a pas de racine des sauvegardes, où le contenu actuel de %1 est conservé avant que la restauration ne le remplace.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set &quot;backupRoot&quot; in the profile, then check again.</source>
        <translation>Indiquez « backupRoot » dans le profil, puis vérifiez de nouveau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: its current contents are dumped into the quarantine under %2 first, then the backup&apos;s dump is loaded.</source>
        <translation>%1 : son contenu actuel est d&apos;abord exporté dans la quarantaine sous %2, puis l&apos;export de la sauvegarde est chargé.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Move the repository, shared, version and workspaces directories in %1&apos;s clusterNode directory to the quarantine</source>
        <translation>Déplacer en quarantaine les répertoires repository, shared, version et workspaces du répertoire clusterNode de %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1&apos;s repository (the copy of %2)</source>
        <translation>référentiel de %1 (la copie de %2)</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Move repository/clustered.txt of the primary %1 to the quarantine before any node starts</source>
        <translation>Déplacer en quarantaine repository/clustered.txt du nœud principal %1 avant le démarrage de tout nœud</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the repositories of %1 (copies of %2, on each host at once)</source>
        <translation>référentiels de %1 (copies de %2, sur chaque hôte à la fois)</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>names</source>
        <translation>noms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Databases of the profile to leave as they are, comma-separated: for a set that holds no dump of them. You confirm it before anything changes.</source>
        <translation>Bases de données du profil à laisser telles quelles, séparées par des virgules : pour un jeu qui n&apos;en contient aucun dump. Vous le confirmez avant toute modification.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The set holds every database&apos;s own dump</source>
        <translation>Le jeu contient le dump propre à chaque base</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked once the set can be read.</source>
        <translation>Vérifié dès que le jeu peut être lu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--keep-databases names %1, which the profile does not have (it has: %2).</source>
        <translation>--keep-databases nomme %1, que le profil ne contient pas (il contient : %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name only databases of the profile.</source>
        <translation>Ne nommez que des bases du profil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The set %1 holds no dump of the database %2; Lifeboat restores a database only from its own dump.</source>
        <translation>Le jeu %1 ne contient aucun dump de la base %2 ; Lifeboat ne restaure une base qu&apos;à partir de son propre dump.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a set made since %1 was added to the profile (--backup-set), or leave it as it is with --keep-databases %2.</source>
        <translation>Choisissez un jeu fait depuis l&apos;ajout de %1 au profil (--backup-set), ou laissez-la telle quelle avec --keep-databases %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is left as it is, and may no longer agree with the restored GDS and repositories.</source>
        <translation>%1 reste telle quelle et risque de ne plus concorder avec le GDS et les référentiels restaurés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You confirm this before anything changes.</source>
        <translation>Vous le confirmez avant toute modification.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile has no database.</source>
        <translation>Le profil n&apos;a pas de base de données.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>the repositories of %1</source>
        <translation>les référentiels de %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Leave the %1 database as it is</source>
        <translation>Laisser la base %1 telle quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The set %1 holds no dump of %2, so the restore leaves it as it is; it may no longer agree with the restored GDS and repositories. Confirm to go on.</source>
        <translation>Le jeu %1 ne contient aucun dump de %2 : la restauration la laisse telle quelle ; elle risque de ne plus concorder avec le GDS et les référentiels restaurés. Confirmez pour continuer.</translation>
    </message>
</context>
<context>
    <name>RestoreDatabaseStep</name>
    <message>
        <location filename="../engine/steps/RestoreDatabaseStep.cpp" line="+27"/>
        <source>Restore the %1 database</source>
        <translation>Restaurer la base de données %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a dump of what the %1 database holds now, kept in the quarantine</source>
        <translation>un export du contenu actuel de la base de données %1, conservé dans la quarantaine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>every object of the backup&apos;s dump dropped and loaded again with pg_restore --clean, in one transaction</source>
        <translation>chaque objet de l&apos;export de la sauvegarde supprimé puis rechargé avec pg_restore --clean, en une seule transaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database dropped and created again from the backup&apos;s dump</source>
        <translation>la base de données supprimée puis recréée à partir de l&apos;export de la sauvegarde</translation>
    </message>
</context>
<context>
    <name>RestoreFileStep</name>
    <message>
        <location filename="../engine/steps/RestoreFileStep.cpp" line="+49"/>
        <source>to %1</source>
        <translation>vers %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 from %2</source>
        <translation>%1 depuis %2</translation>
    </message>
</context>
<context>
    <name>RestoreNodeScenario</name>
    <message>
        <location filename="../engine/scenarios/RestoreNodeScenario.cpp" line="+22"/>
        <source>Restore a single node</source>
        <translation>Restaurer un seul nœud</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Brings one author node back from a backup set while the rest of the cluster keeps serving (the whole cluster stops only when the node is the primary). Use it when one node crashed, lost its cluster node id, or reports &quot;repository unsync&quot;; its repository is restored when it must be.</source>
        <translation>Restaure un nœud d&apos;auteur à partir d&apos;un jeu de sauvegarde pendant que le reste du cluster continue de servir (tout le cluster ne s&apos;arrête que si le nœud est le nœud principal). À utiliser quand un nœud a planté, a perdu son identifiant de nœud de cluster ou signale « repository unsync » ; son référentiel est restauré quand c&apos;est nécessaire.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The author node to restore.</source>
        <translation>Le nœud d&apos;auteur à restaurer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore the node&apos;s repository too (chosen automatically when the node reports &quot;repository unsync&quot; or its repository is gone).</source>
        <translation>Restaurer aussi le référentiel du nœud (choisi automatiquement quand le nœud signale « repository unsync » ou que son référentiel a disparu).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has no repository.</source>
        <translation>%1 n&apos;a pas de référentiel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1&apos;s error.log reports &quot;repository unsync&quot;.</source>
        <translation>Le error.log de %1 signale « repository unsync ».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not an author node of %2; it has: %3. (Publish nodes: recover-publish-node.)</source>
        <translation>%1 n&apos;est pas un nœud d&apos;auteur de %2 ; il a : %3. (Nœuds de publication : recover-publish-node.)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>asked for with --repository</source>
        <translation>demandé avec --repository</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The set knows %1</source>
        <translation>Le jeu connaît %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The set %1 holds no cluster node id of %2, so it cannot restore that node.</source>
        <translation>Le jeu %1 ne contient aucun identifiant de nœud de cluster de %2 ; il ne peut donc pas restaurer ce nœud.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a set made while %1 was part of the cluster.</source>
        <translation>Choisissez un jeu créé quand %1 faisait partie du cluster.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: its repository is left as it is.</source>
        <translation>%1 : son référentiel reste tel quel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: its repository is restored (%2).</source>
        <translation>%1 : son référentiel est restauré (%2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move the repository, shared, version and workspaces directories in %1&apos;s clusterNode directory to the quarantine</source>
        <translation>Déplacer en quarantaine les répertoires repository, shared, version et workspaces du répertoire clusterNode de %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1&apos;s repository (the copy of %2)</source>
        <translation>référentiel de %1 (la copie de %2)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Move the .lock of %1 to the quarantine, if it exists</source>
        <translation>Déplacer en quarantaine le .lock de %1, s&apos;il existe</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Move repository/clustered.txt of the primary %1 to the quarantine before any node starts</source>
        <translation>Déplacer en quarantaine repository/clustered.txt du nœud principal %1 avant le démarrage de tout nœud</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Move repository/clustered.txt of the secondary %1 to the quarantine, if it holds one (it marks the primary only)</source>
        <translation>Déplacer en quarantaine repository/clustered.txt du secondaire %1 s&apos;il en a un (il ne marque que le primaire)</translation>
    </message>
</context>
<context>
    <name>RestoreScenario</name>
    <message>
        <location filename="../engine/scenarios/RestoreScenario.cpp" line="+59"/>
        <source>set</source>
        <translation>jeu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup set to restore from: its id (see &apos;lifeboat backups&apos;) or its directory. Default: the newest set that holds what this restore needs.</source>
        <translation>Le jeu de sauvegarde à partir duquel restaurer : son identifiant (voir &apos;lifeboat backups&apos;) ou son répertoire. Par défaut : le jeu le plus récent qui contient ce dont cette restauration a besoin.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>There is no backup set %1 (looked in %2). See &apos;lifeboat backups --profile %3&apos;.</source>
        <translation>Il n&apos;existe pas de jeu de sauvegarde %1 (recherché dans %2). Voir &apos;lifeboat backups --profile %3&apos;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No backup set of %1 under %2 holds what %3 needs. Make one first (for example &apos;lifeboat run --scenario backup-offline&apos;), or name a set with --backup-set.</source>
        <translation>Aucun jeu de sauvegarde de %1 sous %2 ne contient ce dont %3 a besoin. Créez-en un d&apos;abord (par exemple &apos;lifeboat run --scenario backup-offline&apos;), ou indiquez un jeu avec --backup-set.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The set&apos;s signature is bad: %1.</source>
        <translation>La signature du jeu est invalide : %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The backup set is this cluster&apos;s and holds what the restore needs</source>
        <translation>Le jeu de sauvegarde appartient à ce cluster et contient ce dont la restauration a besoin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose another set with --backup-set (see &apos;lifeboat backups&apos;).</source>
        <translation>Choisissez un autre jeu avec --backup-set (voir &apos;lifeboat backups&apos;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The set %1 was made of the cluster &quot;%2&quot;, not &quot;%3&quot;.</source>
        <translation>Le jeu %1 a été créé à partir du cluster « %2 », et non « %3 ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Restore only from a set of this cluster; rehearse other sets with rehearse-restore.</source>
        <translation>Ne restaurez qu&apos;à partir d&apos;un jeu de ce cluster ; répétez avec les autres jeux grâce à rehearse-restore.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The set %1 was made of another cluster: none of the cluster node ids it recorded is on this cluster&apos;s nodes.</source>
        <translation>Le jeu %1 a été créé à partir d&apos;un autre cluster : aucun des identifiants de nœud de cluster qu&apos;il a enregistrés ne correspond aux nœuds de ce cluster.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The set %1 (%2) has no %3.</source>
        <translation>Le jeu %1 (%2) ne contient pas : %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a set made by a strategy that backs these up.</source>
        <translation>Choisissez un jeu créé par une stratégie qui les sauvegarde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, made by %2 at %3.</source>
        <translation>%1, créé par %2 le %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Patch levels match the backup</source>
        <translation>Les niveaux de correctifs correspondent à la sauvegarde</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+5"/>
        <location line="+23"/>
        <source>Checked once the set can be read.</source>
        <translation>Vérifié une fois le jeu lisible.</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Do not restore from it; choose another set (see &apos;lifeboat backups&apos;).</source>
        <translation>Ne restaurez pas à partir de lui ; choisissez un autre jeu (voir &apos;lifeboat backups&apos;).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The set is %1.</source>
        <translation>Le jeu est %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The set is %1 (the profile names no &quot;allowedSigners&quot;).</source>
        <translation>Le jeu est %1 (le profil n&apos;indique pas de &quot;allowedSigners&quot;).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The set is unsigned, and the profile requires sets signed by an allowed signer.</source>
        <translation>Le jeu n&apos;est pas signé, et le profil exige des jeux signés par un signataire autorisé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The set is unsigned (the profile does not require signed sets).</source>
        <translation>Le jeu n&apos;est pas signé (le profil n&apos;exige pas de jeux signés).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Who signed the backup set</source>
        <translation>Qui a signé le jeu de sauvegarde</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Bring the node to the recorded patch level, or choose a set made at the node&apos;s current level.</source>
        <translation>Amenez le nœud au niveau de correctifs enregistré, ou choisissez un jeu créé au niveau actuel du nœud.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On the sandbox: lifeboat sandbox patch %1 --node %2</source>
        <translation>Sur le bac à sable : lifeboat sandbox patch %1 --node %2</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>Every node to restore is at the recorded level.</source>
        <translation>Chaque nœud à restaurer est au niveau enregistré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no system to read a patch level from; it is checked again after the system is re-created from its image.</source>
        <translation>%1 n&apos;a pas de système où lire un niveau de correctifs ; il est revérifié une fois le système recréé à partir de son image.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enough free space for the restore</source>
        <translation>Espace libre suffisant pour la restauration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The topology on disk is the profile&apos;s</source>
        <translation>La topologie sur disque est celle du profil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Secrets are available</source>
        <translation>Les secrets sont disponibles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All secrets the profile refers to are set.</source>
        <translation>Tous les secrets auxquels le profil fait référence sont définis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provide the secret as the message says, then check again.</source>
        <translation>Fournissez le secret comme l&apos;indique le message, puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The restore writes %1 on the file system of %2, which has %3 free.</source>
        <translation>La restauration écrit %1 sur le système de fichiers de %2, qui a %3 de libre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free space there (or purge old quarantines with &apos;lifeboat quarantine purge&apos;), then check again. Nothing was changed.</source>
        <translation>Libérez de l&apos;espace à cet endroit (ou purgez les anciennes quarantaines avec &apos;lifeboat quarantine purge&apos;), puis vérifiez à nouveau. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 free on %3</source>
        <translation>%1 sur %2 libres sur %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The restore writes nothing large.</source>
        <translation>La restauration n&apos;écrit rien de volumineux.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is the primary in the profile but holds a secondary folder (crx.NNNN)</source>
        <translation>%1 est le nœud principal dans le profil, mais contient un dossier secondaire (crx.NNNN)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a secondary in the profile but holds clustered.txt, the primary&apos;s marker</source>
        <translation>%1 est un nœud secondaire dans le profil, mais contient clustered.txt, le marqueur du nœud principal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the set does not know %1</source>
        <translation>le jeu ne connaît pas %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1&apos;s cluster_node.id on disk is not the one the set recorded</source>
        <translation>le cluster_node.id de %1 sur disque n&apos;est pas celui que le jeu a enregistré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 had the role %2 when the set was made, and has the role %3 in the profile</source>
        <translation>%1 avait le rôle %2 lors de la création du jeu, et a le rôle %3 dans le profil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Primary, secondaries and cluster node ids on disk are as the profile and the set say.</source>
        <translation>Le nœud principal, les nœuds secondaires et les identifiants de nœud de cluster sur disque sont conformes au profil et au jeu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the profile describes this cluster. Go on only if you know why they differ.</source>
        <translation>Vérifiez que le profil décrit bien ce cluster. Ne continuez que si vous savez pourquoi ils diffèrent.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Unzip the zipped online backup of %1 to a scratch location</source>
        <translation>Décompresser la sauvegarde en ligne zippée de %1 dans un emplacement de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpack the backup of %1 to a scratch location</source>
        <translation>Décompresser la sauvegarde de %1 dans un emplacement de travail</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore %1 from the backup</source>
        <translation>Restaurer %1 depuis la sauvegarde</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unpack the backup of the %1 database to a scratch location</source>
        <translation>Décompresser la sauvegarde de la base de données %1 dans un emplacement de travail</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore the %1 database</source>
        <translation>Restaurer la base de données %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the GDS</source>
        <translation>le GDS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the connectors</source>
        <translation>les connecteurs</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the fonts in %1</source>
        <translation>les polices de %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of the Content Storage Root</source>
        <translation>%1 de la Content Storage Root</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Leave clusterNode/revision.log, .lock, repository/system.id and every listener.properties out of the unpacked copy of %1</source>
        <translation>Retirer clusterNode/revision.log, .lock, repository/system.id et chaque listener.properties de la copie décompressée de %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move clusterNode/revision.log, .lock, repository/system.id and every listener.properties on %1 to the quarantine</source>
        <translation>Déplacer en quarantaine clusterNode/revision.log, .lock, repository/system.id et chaque listener.properties sur %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move the AEM forms temporary files in %1 on %2 to the quarantine</source>
        <translation>Déplacer en quarantaine les fichiers temporaires d&apos;AEM Forms dans %1 sur %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Empty the Index Root of %1 and copy %2 into it</source>
        <translation>Vider la racine d&apos;index (Index Root) de %1 et y copier %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move backup-lucene-indexes from the Content Storage Root to the quarantine, now that every Index Root has it</source>
        <translation>Déplacer en quarantaine backup-lucene-indexes du Content Storage Root, maintenant que chaque racine d&apos;index l&apos;a</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restore repository/cluster_node.id of %1</source>
        <translation>Restaurer repository/cluster_node.id de %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore the bootstrap properties of %1</source>
        <translation>Restaurer les propriétés bootstrap de %1</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>the Index Root of %1 (from %2)</source>
        <translation>la racine d&apos;index de %1 (depuis %2)</translation>
    </message>
</context>
<context>
    <name>ResumeCommand</name>
    <message>
        <location filename="../app/ResumeCommand.cpp" line="+30"/>
        <source>Only runs on this cluster profile.</source>
        <translation>Seulement les exécutions sur ce profil de cluster.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run to resume, when there are several.</source>
        <translation>L&apos;exécution à reprendre, s&apos;il y en a plusieurs.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm every destructive step in advance.</source>
        <translation>Confirmer à l&apos;avance chaque étape destructive.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Several runs were interrupted; choose one with --run:</source>
        <translation>Plusieurs exécutions ont été interrompues ; choisissez-en une avec --run :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot resume %1: %2</source>
        <translation>Impossible de reprendre %1 : %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown scenario %1</source>
        <translation>scénario inconnu %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Resuming %1 (%2 on %3)</source>
        <translation>Reprise de %1 (%2 sur %3)</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Finish a run that was interrupted, from the step that was in flight, or try a failed one again</source>
        <translation>Terminer une exécution interrompue, à partir de l’étape qui était en cours, ou retenter une exécution en échec</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No interrupted or failed run to resume in %1.</source>
        <translation>Aucune exécution interrompue ou en échec à reprendre dans %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Several runs failed; choose one with --run:</source>
        <translation>Plusieurs exécutions ont échoué ; choisissez-en une avec --run :</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Trying %1 (%2 on %3) again from its first step: it failed, and its cleanup undid what it had done.</source>
        <translation>Nouvel essai de %1 (%2 sur %3) depuis sa première étape : elle a échoué, et son nettoyage a défait ce qu’elle avait fait.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trying %1 (%2 on %3) again from the step that failed.</source>
        <translation>Nouvel essai de %1 (%2 sur %3) à partir de l’étape qui a échoué.</translation>
    </message>
</context>
<context>
    <name>RollbackRestoreScenario</name>
    <message>
        <location filename="../engine/scenarios/RollbackRestoreScenario.cpp" line="+21"/>
        <source>Roll a restore back from the quarantine</source>
        <translation>Annuler une restauration à partir de la quarantaine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Puts every file a restore replaced back where it was, and moves what the restore brought aside. Use it when a restore failed half-way or restored the wrong set. Only the nodes whose files go back are stopped, and they start again afterwards.</source>
        <translation>Remet à sa place chaque fichier qu&apos;une restauration a remplacé, et met de côté ce que la restauration a apporté. À utiliser quand une restauration a échoué à mi-chemin ou a restauré le mauvais jeu. Seuls les nœuds dont les fichiers sont remis en place sont arrêtés, et ils redémarrent ensuite.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The restore run to roll back (see &apos;lifeboat quarantine list&apos;).</source>
        <translation>L&apos;exécution de restauration à annuler (voir &apos;lifeboat quarantine list&apos;).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The quarantine of %1 is there</source>
        <translation>La quarantaine de %1 est présente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No quarantine of the run %1 exists for %2.</source>
        <translation>Il n&apos;existe aucune quarantaine de l&apos;exécution %1 pour %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See &apos;lifeboat quarantine list --profile %1&apos; for the runs that can be rolled back.</source>
        <translation>Voir &apos;lifeboat quarantine list --profile %1&apos; pour les exécutions qui peuvent être annulées.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n path(s) kept by %1 can go back.</source>
        <translation>
            <numerusform>%n chemin conservé par %1 peut être remis en place.</numerusform>
            <numerusform>%n chemins conservés par %1 peuvent être remis en place.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <location filename="../app/RunCommand.cpp" line="+20"/>
        <source>Run a scenario: preconditions, then the plan with confirmations, a journal and a report</source>
        <translation>Exécuter un scénario : vérifications préalables, puis le plan avec confirmations, un journal et un rapport</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Confirm every destructive step in advance.</source>
        <translation>Confirmer à l&apos;avance chaque étape destructive.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on despite precondition warnings.</source>
        <translation>Continuer malgré les avertissements des vérifications préalables.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the run&apos;s directory goes (default: %1).</source>
        <translation>Emplacement du répertoire de l&apos;exécution (par défaut : %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dir</source>
        <translation>rép</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing was changed: a precondition failed (or warned; --accept-warnings goes on despite warnings). Fix what it says and run again.</source>
        <translation>Rien n&apos;a été modifié : une vérification préalable a échoué (ou a averti ; --accept-warnings continue malgré les avertissements). Corrigez ce qu&apos;elle indique et relancez.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Run %1</source>
        <translation>Exécution %1</translation>
    </message>
</context>
<context>
    <name>RunExecution</name>
    <message>
        <location filename="../app/RunExecution.cpp" line="+51"/>
        <source>Step %1 (%2) changes the cluster and needs a confirmation, but there is no terminal to ask on. Nothing was changed. Run it in a terminal, or add --yes to confirm every step in advance.</source>
        <translation>L&apos;étape %1 (%2) modifie le cluster et nécessite une confirmation, mais il n&apos;y a pas de terminal où demander. Rien n&apos;a été modifié. Lancez-la dans un terminal, ou ajoutez --yes pour confirmer chaque étape à l&apos;avance.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>cleanup</source>
        <translation>nettoyage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>done (%1 s)</source>
        <translation>terminé (%1 s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FAILED (%1 s): %2</source>
        <translation>ÉCHEC (%1 s) : %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Finished: every step succeeded.</source>
        <translation>Terminé : toutes les étapes ont réussi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A step failed; the cleanup steps ran.</source>
        <translation>Une étape a échoué ; les étapes de nettoyage ont été exécutées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled; the cleanup steps ran.</source>
        <translation>Annulé ; les étapes de nettoyage ont été exécutées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A confirmation was declined; the cleanup steps ran.</source>
        <translation>Une confirmation a été refusée ; les étapes de nettoyage ont été exécutées.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Report: %1</source>
        <translation>Rapport : %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Downtime: %1</source>
        <translation>Temps d’arrêt : %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>A cleanup step FAILED: the cluster is not back as the run found it. Left to do by hand:</source>
        <translation>Une étape de nettoyage a ÉCHOUÉ : le cluster n’est pas revenu à l’état où l’exécution l’a trouvé. À faire à la main :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Then try the cleanup again and close the run: %1</source>
        <translation>Retentez ensuite le nettoyage et clôturez l’exécution : %1</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>To try it again: %1</source>
        <translation>Pour réessayer : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The run cannot be resumed (it was %1), and it changed the cluster. To put back what it replaced: lifeboat run --profile %2 --scenario %3 --run %4; or start the restore again.</source>
        <translation>L’exécution ne peut pas être reprise (résultat : %1), et elle a modifié le cluster. Pour remettre ce qu’elle a remplacé : lifeboat run --profile %2 --scenario %3 --run %4 ; ou relancez la restauration.</translation>
    </message>
</context>
<context>
    <name>RunLock</name>
    <message>
        <location filename="../engine/run/RunLock.cpp" line="+97"/>
        <source>%1, pid %2 on %3 by %4, since %5</source>
        <translation>%1, pid %2 sur %3 par %4, depuis %5</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Another Lifeboat run is working on the cluster %1: %2. Only one run per cluster at a time; wait until it has ended, then try again (a run that crashed releases its lock by itself). Nothing was changed. The lock: %3</source>
        <translation>Une autre exécution de Lifeboat travaille sur le cluster %1 : %2. Une seule exécution par cluster à la fois ; attendez qu’elle se termine, puis réessayez (une exécution qui a planté libère son verrou d’elle-même). Rien n’a été modifié. Le verrou : %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a process that has not said who it is</source>
        <translation>un processus qui n’a pas dit qui il est</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Cannot take the run lock %1: %2. Nothing was changed.</source>
        <translation>Impossible de prendre le verrou d&apos;exécution %1 : %2. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No other run is working on this cluster</source>
        <translation>Aucune autre exécution ne travaille sur ce cluster</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No other Lifeboat run holds the cluster %1.</source>
        <translation>Aucune autre exécution de Lifeboat ne tient le cluster %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another Lifeboat run is working on the cluster %1: %2.</source>
        <translation>Une autre exécution de Lifeboat travaille sur le cluster %1 : %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only one run per cluster at a time: wait until it has ended, then check again (a run that crashed releases its lock by itself). The lock: %1</source>
        <translation>Une seule exécution par cluster à la fois : attendez qu’elle se termine, puis vérifiez à nouveau (une exécution qui a planté libère son verrou d’elle-même). Le verrou : %1</translation>
    </message>
</context>
<context>
    <name>RunbookWriter</name>
    <message>
        <location filename="../ui/RunbookWriter.cpp" line="+34"/>
        <source>asks first (changes the cluster)</source>
        <translation>demande d&apos;abord (modifie le cluster)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>asks first</source>
        <translation>demande d&apos;abord</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+42"/>
        <source>Runbook: %1 on %2</source>
        <translation>Runbook : %1 sur %2</translation>
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
        <translation>Scénario</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+47"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+47"/>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+59"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+57"/>
        <source>Always at the end</source>
        <translation>Toujours à la fin</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+56"/>
        <source>Whatever happens, these undo what the plan disturbed:</source>
        <translation>Quoi qu&apos;il arrive, ces étapes défont ce que le plan a perturbé :</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+57"/>
        <source>(if step %1 ran)</source>
        <translation>(si l&apos;étape %1 a été exécutée)</translation>
    </message>
</context>
<context>
    <name>RunsCommand</name>
    <message>
        <location filename="../app/RunsCommand.cpp" line="+22"/>
        <source>List runs and their state (interrupted ones can be resumed)</source>
        <translation>Lister les exécutions et leur état (celles qui ont été interrompues peuvent être reprises)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where runs are kept (default: %1).</source>
        <translation>Emplacement des exécutions (par défaut : %1).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dir</source>
        <translation>rép</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only runs on this cluster profile.</source>
        <translation>Seulement les exécutions sur ce profil de cluster.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No runs in %1.</source>
        <translation>Aucune exécution dans %1.</translation>
    </message>
</context>
<context>
    <name>SandboxBuilder</name>
    <message>
        <location filename="../engine/sandbox/SandboxBuilder.cpp" line="+86"/>
        <source>Cannot create %1. Check that its parent directory exists and is writable.</source>
        <translation>Impossible de créer %1. Vérifiez que son répertoire parent existe et est accessible en écriture.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot move the finished sandbox from %1 to %2.</source>
        <translation>Impossible de déplacer le bac à sable terminé de %1 vers %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--nodes must be between 1 and 16 (one primary, the rest secondaries).</source>
        <translation>--nodes doit être compris entre 1 et 16 (un nœud principal, les autres secondaires).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--publish must be between 0 and 16.</source>
        <translation>--publish doit être compris entre 0 et 16.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--size-mb must be at least 1.</source>
        <translation>--size-mb doit valoir au moins 1.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 exists and is not a directory. Choose a new directory for the sandbox.</source>
        <translation>%1 existe et n&apos;est pas un répertoire. Choisissez un nouveau répertoire pour le bac à sable.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 exists and is not empty. Choose a new or empty directory for the sandbox; nothing was changed.</source>
        <translation>%1 existe et n&apos;est pas vide. Choisissez un répertoire nouveau ou vide pour le bac à sable ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+583"/>
        <source>Cannot write %1: %2. Check the free space and permissions; nothing was created.</source>
        <translation>Impossible d&apos;écrire %1 : %2. Vérifiez l&apos;espace libre et les droits ; rien n&apos;a été créé.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot copy %1 to %2. Check the free space.</source>
        <translation>Impossible de copier %1 vers %2. Vérifiez l&apos;espace libre.</translation>
    </message>
    <message>
        <location line="-622"/>
        <source>--hosts needs root: each sandbox host is an sshd in a mount namespace of its own, which only root can make. Run the command as root; nothing was created.</source>
        <translation>--hosts nécessite root : chaque hôte du bac à sable est un sshd dans son propre espace de noms de montage, que seul root peut créer. Lancez la commande en tant que root ; rien n&apos;a été créé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With --hosts, the path of the sandbox directory may only hold letters, digits and . _ + - / (it is %1). Choose another directory; nothing was created.</source>
        <translation>Avec --hosts, le chemin du répertoire du bac à sable ne peut contenir que des lettres, des chiffres et . _ + - / (il vaut %1). Choisissez un autre répertoire ; rien n&apos;a été créé.</translation>
    </message>
    <message>
        <location line="+478"/>
        <source>Cannot move %1 to %2.</source>
        <translation>Impossible de déplacer %1 vers %2.</translation>
    </message>
    <message>
        <location line="-496"/>
        <source>--filesystem and --hosts cannot be combined yet: each sandbox host sees the nodes&apos; files through a mount of its own. Choose one of them; nothing was created.</source>
        <translation>--filesystem et --hosts ne peuvent pas encore être combinés : chaque hôte du bac à sable voit les fichiers des nœuds par son propre montage. Choisissez l&apos;un des deux ; rien n&apos;a été créé.</translation>
    </message>
    <message>
        <location line="+517"/>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <location filename="../app/SandboxCommand.cpp" line="+29"/>
        <source>Only this node.</source>
        <translation>Seulement ce nœud.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+336"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location line="-334"/>
        <source>stopped (stale .lock)</source>
        <translation>arrêté (.lock périmé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+333"/>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <location line="-321"/>
        <source>Create, start, stop, inspect or break the training sandbox cluster</source>
        <translation>Créer, démarrer, arrêter, inspecter ou casser le cluster bac à sable d&apos;entraînement</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&apos;lifeboat sandbox&apos; needs an action.</source>
        <translation>&apos;lifeboat sandbox&apos; nécessite une action.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown sandbox action &apos;%1&apos;.</source>
        <translation>Action de bac à sable inconnue &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Author nodes: one primary, the rest secondaries.</source>
        <translation>Nœuds d&apos;auteur : un principal, les autres secondaires.</translation>
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
        <translation>Nœuds de publication.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jboss, weblogic or websphere.</source>
        <translation>jboss, weblogic ou websphere.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>About how much data to create.</source>
        <translation>Quantité approximative de données à créer.</translation>
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
        <translation>La même graine donne le même contenu.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New GDS documents per minute while running.</source>
        <translation>Nouveaux documents GDS par minute pendant le fonctionnement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds before the file collector may remove a document.</source>
        <translation>Secondes avant que le collecteur de fichiers puisse supprimer un document.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A new or empty directory.</source>
        <translation>Un répertoire nouveau ou vide.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;sandbox create&apos; needs exactly one directory.</source>
        <translation>&apos;sandbox create&apos; nécessite exactement un répertoire.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--nodes, --publish, --size-mb, --seed, --activity and --document-lifetime take whole numbers.</source>
        <translation>--nodes, --publish, --size-mb, --seed, --activity et --document-lifetime prennent des nombres entiers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--app-server must be jboss, weblogic or websphere.</source>
        <translation>--app-server doit valoir jboss, weblogic ou websphere.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Created a sandbox cluster: %1 author node(s), %2 publish node(s), %3, about %4 MB.</source>
        <translation>Cluster bac à sable créé : %1 nœud(s) d&apos;auteur, %2 nœud(s) de publication, %3, environ %4 Mo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Profile: %1</source>
        <translation>Profil : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start it with: lifeboat sandbox start %1</source>
        <translation>Démarrez-le avec : lifeboat sandbox start %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The sandbox has no node &apos;%1&apos;; it has: %2.</source>
        <translation>Le bac à sable n&apos;a pas de nœud &apos;%1&apos; ; il a : %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sandbox directory.</source>
        <translation>Le répertoire du bac à sable.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;sandbox %1&apos; needs exactly one directory.</source>
        <translation>&apos;sandbox %1&apos; nécessite exactement un répertoire.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Could not start %1: %2</source>
        <translation>Impossible de démarrer %1 : %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Could not stop %1: %2</source>
        <translation>Impossible d&apos;arrêter %1 : %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 %2 %3 %4 %5 %6</source>
        <translation>%1 %2 %3 %4 %5 %6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NODE</source>
        <translation>NŒUD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>STATE</source>
        <translation>ÉTAT</translation>
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
        <translation>REMARQUES</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, label &quot;%2&quot;</source>
        <translation>%1, libellé « %2 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error.log reports repository unsync</source>
        <translation>error.log signale repository unsync</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>What to break: %1.</source>
        <translation>Ce qu&apos;il faut casser : %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fault</source>
        <translation>panne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;sandbox break&apos; needs a directory and --fault.</source>
        <translation>&apos;sandbox break&apos; nécessite un répertoire et --fault.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown fault &apos;%1&apos;.</source>
        <translation>Panne inconnue &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&apos;sandbox patch&apos; needs a directory and --node.</source>
        <translation>&apos;sandbox patch&apos; demande un répertoire et --node.</translation>
    </message>
    <message>
        <location line="-355"/>
        <source>--hosts puts each node, and the shared storage, on a host of its own: an sshd on a loopback address (127.0.0.2, …) in a mount namespace of its own, where every node keeps its files at the same path. The nodes are started over ssh. Needs root.</source>
        <translation>--hosts place chaque nœud, ainsi que le stockage partagé, sur son propre hôte : un sshd sur une adresse de bouclage (127.0.0.2, …) dans son propre espace de noms de montage, où chaque nœud garde ses fichiers au même chemin. Les nœuds sont démarrés par ssh. Nécessite root.</translation>
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
        <translation>Usage :
  lifeboat sandbox create RÉP [--nodes N] [--publish M] [--app-server jboss|weblogic|websphere]
                              [--size-mb S] [--seed K] [--activity PAR_MINUTE] [--hosts]
  lifeboat sandbox start|stop RÉP [--node NOM]
  lifeboat sandbox status RÉP [--node NOM] [--json]
  lifeboat sandbox break RÉP --fault PANNE [--node NOM]
  lifeboat sandbox patch RÉP --node NOM
Pannes : %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Each node, and the shared storage, on a host of its own (an sshd in a mount namespace of its own; needs root).</source>
        <translation>Chaque nœud, ainsi que le stockage partagé, sur son propre hôte (un sshd dans son propre espace de noms de montage ; nécessite root).</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Hosts: %1. Log in to one with: ssh -F %2 HOST</source>
        <translation>Hôtes : %1. Pour se connecter à l&apos;un d&apos;eux : ssh -F %2 HÔTE</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Could not start the sandbox&apos;s hosts: %1</source>
        <translation>Impossible de démarrer les hôtes du bac à sable : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sandbox&apos;s hosts are up: %1.</source>
        <translation>Les hôtes du bac à sable sont démarrés : %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not stop the sandbox&apos;s hosts: %1</source>
        <translation>Impossible d&apos;arrêter les hôtes du bac à sable : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sandbox&apos;s hosts are stopped.</source>
        <translation>Les hôtes du bac à sable sont arrêtés.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not running: its host %2 is down.</source>
        <translation>%1 n&apos;est pas en cours : son hôte %2 est arrêté.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+9"/>
        <location line="+33"/>
        <source>HOST</source>
        <translation>HÔTE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <location line="-327"/>
        <source>host unreachable</source>
        <translation>hôte injoignable</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>--filesystem btrfs|xfs keeps the nodes and the shared storage on a loop-mounted image of that file system inside DIR (on btrfs, every repository, the GDS and the Content Storage Root is a subvolume), so that backups can use snapshots. &apos;sandbox stop&apos; unmounts it, &apos;sandbox start&apos; mounts it again. Needs root.</source>
        <translation>--filesystem btrfs|xfs place les nœuds et le stockage partagé sur une image de ce système de fichiers montée en boucle dans DIR (sur btrfs, chaque référentiel, le GDS et le Content Storage Root sont des sous-volumes), afin que les sauvegardes puissent utiliser des instantanés. &apos;sandbox stop&apos; la démonte, &apos;sandbox start&apos; la remonte. Nécessite root.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The nodes and the shared storage on a loop-mounted image of this file system: btrfs or xfs (needs root).</source>
        <translation>Les nœuds et le stockage partagé sur une image montée en boucle de ce système de fichiers : btrfs ou xfs (nécessite root).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--filesystem must be btrfs or xfs.</source>
        <translation>--filesystem doit être btrfs ou xfs.</translation>
    </message>
</context>
<context>
    <name>SandboxFaults</name>
    <message>
        <location filename="../engine/sandbox/SandboxFaults.cpp" line="+86"/>
        <source>%1 is not a sandbox profile; Lifeboat only breaks sandbox clusters.</source>
        <translation>%1 n&apos;est pas un profil de bac à sable ; Lifeboat ne casse que des clusters bac à sable.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unknown fault &apos;%1&apos;. Choose one of: %2.</source>
        <translation>Panne inconnue &apos;%1&apos;. Choisissez parmi : %2.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The sandbox has no node &apos;%1&apos;; it has: %2.</source>
        <translation>Le bac à sable n&apos;a pas de nœud &apos;%1&apos; ; il a : %2.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Rebuild a node from an older image</source>
        <translation>Reconstruire un nœud depuis une image plus ancienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a node&apos;s host down (a sandbox with hosts)</source>
        <translation>Arrêter l&apos;hôte d&apos;un nœud (bac à sable avec hôtes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crash a node and fill its disk (a sandbox with its own file system)</source>
        <translation>Planter un nœud et remplir son disque (bac à sable avec son propre système de fichiers)</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>%1 has no repository files to damage.</source>
        <translation>%1 n&apos;a pas de fichiers de référentiel à endommager.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Damaged %n repository file(s) of %1 and logged &quot;repository unsync&quot; in its error.log.</source>
        <translation>
            <numerusform>%n fichier de référentiel de %1 endommagé et « repository unsync » consigné dans son error.log.</numerusform>
            <numerusform>%n fichiers de référentiel de %1 endommagés et « repository unsync » consigné dans son error.log.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot delete %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no cluster node id file to remove (%2).</source>
        <translation>%1 n&apos;a pas de fichier d&apos;identifiant de nœud de cluster à supprimer (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is not running, so it cannot crash. Start the sandbox first.</source>
        <translation>%1 ne fonctionne pas ; il ne peut donc pas planter. Démarrez d&apos;abord le bac à sable.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Killed %1 with SIGKILL; its .lock is left behind.</source>
        <translation>%1 tué avec SIGKILL ; son .lock reste en place.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Killed %1 with SIGKILL, leaving a stale .lock.</source>
        <translation>%1 tué avec SIGKILL, laissant un .lock périmé.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>%1&apos;s server was rebuilt from an older image: service pack SP20, no repository.</source>
        <translation>Le serveur de %1 a été reconstruit à partir d&apos;une image plus ancienne : service pack SP20, pas de référentiel.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>host-down needs a sandbox whose nodes have hosts of their own (&apos;lifeboat sandbox create --hosts&apos;).</source>
        <translation>host-down demande un bac à sable dont les nœuds ont leurs propres hôtes (&apos;lifeboat sandbox create --hosts&apos;).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The host %1 is down: its sshd and %2 ended. &apos;lifeboat sandbox start&apos; brings it back.</source>
        <translation>L&apos;hôte %1 est arrêté : son sshd et %2 se sont terminés. &apos;lifeboat sandbox start&apos; le fait revenir.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>disk-full needs a sandbox with a file system of its own (&apos;lifeboat sandbox create --filesystem xfs&apos;, as root), mounted (&apos;lifeboat sandbox start&apos;).</source>
        <translation>disk-full demande un bac à sable avec son propre système de fichiers (&apos;lifeboat sandbox create --filesystem xfs&apos;, en root), monté (&apos;lifeboat sandbox start&apos;).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot write the heap dump %1.</source>
        <translation>Impossible d&apos;écrire le vidage de tas %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 crashed with its repository damaged, and a heap dump of %2 fills its disk (%3).</source>
        <translation>%1 a planté avec son référentiel endommagé, et un vidage de tas de %2 remplit son disque (%3).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 now has the sandbox&apos;s service pack and patches: %2.</source>
        <translation>%1 a maintenant le service pack et les correctifs du bac à sable : %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="-177"/>
        <location line="+22"/>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Left a stale .lock in %1 (pid %2, no longer running).</source>
        <translation>Un .lock périmé laissé dans %1 (pid %2, qui ne fonctionne plus).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The GDS %1 holds no documents to lose.</source>
        <translation>Le GDS %1 ne contient aucun document à perdre.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Deleted %n document(s) from the GDS %1.</source>
        <translation>
            <numerusform>%n document supprimé du GDS %1.</numerusform>
            <numerusform>%n documents supprimés du GDS %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot damage the forms database %1.</source>
        <translation>Impossible d&apos;endommager la base de données des formulaires %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not an SQLite database.</source>
        <translation>%1 n&apos;est pas une base de données SQLite.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Damaged pages of the forms database %1.</source>
        <translation>Pages de la base de données des formulaires %1 endommagées.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot remove %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is gone, as after a disk failure: removed %2.</source>
        <translation>%1 a disparu, comme après une panne de disque : %2 supprimé.</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>%1 is not running, so it cannot be slow to stop. Start the sandbox first.</source>
        <translation>%1 ne tourne pas, il ne peut donc pas être lent à s&apos;arrêter. Démarrez d&apos;abord le bac à sable.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 will take %2 seconds to stop: told to stop, it stops answering at once but keeps its repository locked until then, as a JVM slow to close its repository does.</source>
        <translation>%1 mettra %2 secondes à s&apos;arrêter : à l&apos;ordre d&apos;arrêt, il cesse aussitôt de répondre mais garde son référentiel verrouillé jusque-là, comme une JVM lente à fermer son référentiel.</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Corrupt a node&apos;s repository</source>
        <translation>Corrompre le référentiel d&apos;un nœud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete a node&apos;s repository</source>
        <translation>Supprimer le référentiel d&apos;un nœud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove a node&apos;s cluster node id</source>
        <translation>Retirer l&apos;identifiant de nœud de cluster d&apos;un nœud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave a stale .lock behind a stopped node</source>
        <translation>Laisser un .lock périmé derrière un nœud arrêté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crash a node</source>
        <translation>Faire planter un nœud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lose files from the GDS</source>
        <translation>Perdre des fichiers du GDS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrupt the forms database</source>
        <translation>Corrompre la base de données des formulaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lose a whole node</source>
        <translation>Perdre un nœud entier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a node slow to stop</source>
        <translation>Rendre un nœud lent à s&apos;arrêter</translation>
    </message>
</context>
<context>
    <name>SandboxFileSystem</name>
    <message>
        <location filename="../engine/sandbox/SandboxFileSystem.cpp" line="+93"/>
        <source>--filesystem %1 needs root: the sandbox&apos;s storage is an image file that only root can loop-mount. Run the command as root; nothing was created.</source>
        <translation>--filesystem %1 nécessite root : le stockage du bac à sable est un fichier image que seul root peut monter en boucle (loop). Lancez la commande en tant que root ; rien n&apos;a été créé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--filesystem %1 needs the program %2 (Debian package %3). Install it; nothing was created.</source>
        <translation>--filesystem %1 nécessite le programme %2 (paquet Debian %3). Installez-le ; rien n&apos;a été créé.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+8"/>
        <location line="+3"/>
        <source>Cannot make the sandbox&apos;s %1 file system in %2: %3</source>
        <translation>Impossible de créer le système de fichiers %1 du bac à sable dans %2 : %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot create the btrfs subvolume %1: %2</source>
        <translation>Impossible de créer le sous-volume btrfs %1 : %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot mount the sandbox&apos;s file system %1 at %2: %3</source>
        <translation>Impossible de monter le système de fichiers %1 du bac à sable sur %2 : %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot unmount the sandbox&apos;s file system at %1: %2</source>
        <translation>Impossible de démonter le système de fichiers du bac à sable sur %1 : %2</translation>
    </message>
</context>
<context>
    <name>SandboxHost</name>
    <message>
        <location filename="../engine/sandbox/SandboxHost.cpp" line="+188"/>
        <source>Cannot create the key %1: %2</source>
        <translation>Impossible de créer la clé %1 : %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sandbox host %1 needs root: mount namespaces and bind mounts are only available to root.</source>
        <translation>L&apos;hôte %1 du bac à sable nécessite root : les espaces de noms de montage et les montages liés ne sont disponibles que pour root.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+26"/>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not a directory; it cannot be mounted on the sandbox host %2.</source>
        <translation>%1 n&apos;est pas un répertoire ; il ne peut pas être monté sur l&apos;hôte %2 du bac à sable.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>sshd was not found; install the OpenSSH server (openssh-server).</source>
        <translation>sshd est introuvable ; installez le serveur OpenSSH (openssh-server).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sshd does not accept %1: %2</source>
        <translation>sshd refuse %1 : %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot start the sandbox host %1: %2</source>
        <translation>Impossible de démarrer l&apos;hôte %1 du bac à sable : %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The sandbox host %1 did not start listening on %2:%3 within %4 seconds; see %5.</source>
        <translation>L&apos;hôte %1 du bac à sable n&apos;écoute pas sur %2:%3 après %4 secondes ; voir %5.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The files of the sandbox host %1 are visible at %2 outside the host; it was stopped.</source>
        <translation>Les fichiers de l&apos;hôte %1 du bac à sable sont visibles sous %2 hors de l&apos;hôte ; il a été arrêté.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Cannot stop the sandbox host %1: process %2 is still running.</source>
        <translation>Impossible d&apos;arrêter l&apos;hôte %1 du bac à sable : le processus %2 fonctionne encore.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot replace the host key %1: %2</source>
        <translation>Impossible de remplacer la clé d&apos;hôte %1 : %2</translation>
    </message>
</context>
<context>
    <name>SandboxHosts</name>
    <message>
        <location filename="../engine/sandbox/SandboxHosts.cpp" line="+70"/>
        <source>Cannot find a free port on %1 for the sandbox host %2: %3</source>
        <translation>Aucun port libre sur %1 pour l&apos;hôte %2 du bac à sable : %3</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 describes the sandbox&apos;s hosts incompletely; create the sandbox again.</source>
        <translation>%1 décrit les hôtes du bac à sable de façon incomplète ; recréez le bac à sable.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>SandboxPlanStep</name>
    <message>
        <location filename="../engine/steps/SandboxPlanStep.cpp" line="+43"/>
        <source>Runs against the sandbox cluster in %1 only. Production is not touched.</source>
        <translation>S&apos;exécute uniquement sur le cluster bac à sable dans %1. La production n&apos;est pas touchée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the sandbox cluster there only</source>
        <translation>uniquement le cluster bac à sable à cet endroit</translation>
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
        <translation>Dans le bac à sable, « %1 » a échoué : %2</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Cleaning up on the sandbox: %1</source>
        <translation>Nettoyage dans le bac à sable : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>recovery time</source>
        <translation>durée de restauration</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 s to restore the set and start the cluster</source>
        <translation>%1 s pour restaurer le jeu et démarrer le cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The restore took %1 s, from the first unpacked file to the last node up.</source>
        <translation>La restauration a pris %1 s, du premier fichier décompressé au dernier nœud démarré.</translation>
    </message>
</context>
<context>
    <name>SandboxReset</name>
    <message>
        <location filename="../engine/sandbox/SandboxReset.cpp" line="+23"/>
        <source>%1 is not a sandbox profile; Lifeboat only resets sandbox clusters.</source>
        <translation>%1 n&apos;est pas un profil de bac à sable ; Lifeboat ne réinitialise que les clusters de bac à sable.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This sandbox has hosts or a file system of its own, which need root to take down. Reset it with &apos;lifeboat sandbox stop&apos; and &apos;lifeboat sandbox create&apos;.</source>
        <translation>Ce bac à sable a ses propres hôtes ou son propre système de fichiers, qu&apos;il faut être root pour arrêter. Réinitialisez-le avec « lifeboat sandbox stop » et « lifeboat sandbox create ».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not move %1 aside to %2; the sandbox is as it was, with its nodes stopped.</source>
        <translation>Impossible de mettre %1 de côté dans %2 ; le bac à sable est inchangé, ses nœuds arrêtés.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not build the sandbox again: %1 The sandbox as it was is in %2.</source>
        <translation>Impossible de reconstruire le bac à sable : %1 L&apos;ancien bac à sable se trouve dans %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not stop %1: %2 Nothing was moved.</source>
        <translation>Impossible d&apos;arrêter %1 : %2 Rien n&apos;a été déplacé.</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <location filename="../engine/run/Scenario.cpp" line="+22"/>
        <source>The scenario %1 needs --%2.</source>
        <translation>Le scénario %1 nécessite --%2.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 can be reached over ssh</source>
        <translation>%1 est joignable par ssh</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It offers the key %1.</source>
        <translation>Il présente la clé %1.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Every step has what it needs</source>
        <translation>Chaque étape a ce qu&apos;il lui faut</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Every command, setting and program the plan uses is there.</source>
        <translation>Chaque commande, réglage et programme utilisé par le plan est présent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add what is missing, then check again. Nothing was changed.</source>
        <translation>Ajoutez ce qui manque, puis vérifiez à nouveau. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>ScenarioInvocation</name>
    <message>
        <location filename="../app/ScenarioInvocation.cpp" line="+31"/>
        <source>Scenarios:</source>
        <translation>Scénarios :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run &apos;lifeboat %1 --help&apos; for its options.</source>
        <translation>Lancez &apos;lifeboat %1 --help&apos; pour voir ses options.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The cluster profile (JSON).</source>
        <translation>Le profil de cluster (JSON).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do; see the list below.</source>
        <translation>Ce qu&apos;il faut faire ; voir la liste ci-dessous.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--scenario is required.</source>
        <translation>--scenario est obligatoire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown scenario &apos;%1&apos;.</source>
        <translation>Scénario inconnu &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--profile is required (a sandbox has one at DIR/cluster.json).</source>
        <translation>--profile est obligatoire (un bac à sable en a un dans RÉP/cluster.json).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The profile has no node &apos;%1&apos;; it has: %2.</source>
        <translation>Le profil n&apos;a pas de nœud &apos;%1&apos; ; il a : %2.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Trust this key of a host seen for the first time (repeatable), as ssh-keygen -lf prints it.</source>
        <translation>Approuver cette clé d&apos;un hôte vu pour la première fois (répétable), telle qu&apos;affichée par ssh-keygen -lf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host=SHA256:…</source>
        <translation>hôte=SHA256:…</translation>
    </message>
</context>
<context>
    <name>ScenarioOption</name>
    <message>
        <location filename="../engine/run/ScenarioOption.cpp" line="+13"/>
        <source>Backup set</source>
        <translation>Jeu de sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compression</source>
        <translation>Compression</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delay</source>
        <translation>Délai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full backup</source>
        <translation>Sauvegarde complète</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rehearsal directory</source>
        <translation>Répertoire de la répétition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the databases</source>
        <translation>Conserver les bases de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the repository too</source>
        <translation>Restaurer aussi le référentiel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run to roll back</source>
        <translation>Exécution à annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeout</source>
        <translation>Délai d&apos;attente</translation>
    </message>
</context>
<context>
    <name>ScheduleCommand</name>
    <message>
        <location filename="../app/ScheduleCommand.cpp" line="+20"/>
        <source>Where the units are (default: %1; as root, for example %2).</source>
        <translation>Où sont les unités (par défaut : %1 ; en root, par exemple %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: lifeboat schedule list|add|remove … (see the user guide).</source>
        <translation>Usage : lifeboat schedule list|add|remove … (voir le guide de l&apos;utilisateur).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>List, add or remove the systemd timers that run a backup by itself</source>
        <translation>Lister, ajouter ou retirer les minuteurs systemd qui lancent une sauvegarde d&apos;eux-mêmes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Say what to do: &apos;lifeboat schedule list&apos;, &apos;add&apos; or &apos;remove NAME&apos;.</source>
        <translation>Indiquez quoi faire : &apos;lifeboat schedule list&apos;, &apos;add&apos; ou &apos;remove NOM&apos;.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>When it runs, as a systemd calendar (&quot;daily&quot;, &quot;Mon..Fri 02:00&quot;).</source>
        <translation>Quand elle s&apos;exécute, en calendrier systemd (&quot;daily&quot;, &quot;Mon..Fri 02:00&quot;).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>calendar</source>
        <translation>calendrier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only a backup can be scheduled; %1 is not one.</source>
        <translation>Seule une sauvegarde peut être planifiée ; %1 n&apos;en est pas une.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The schedule&apos;s name, as &apos;lifeboat schedule list&apos; shows it.</source>
        <translation>Le nom de la planification, tel que &apos;lifeboat schedule list&apos; l&apos;affiche.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the name of one schedule (&apos;lifeboat schedule list&apos; shows them).</source>
        <translation>Donnez le nom d&apos;une planification (&apos;lifeboat schedule list&apos; les affiche).</translation>
    </message>
</context>
<context>
    <name>ScratchCopy</name>
    <message>
        <location filename="../engine/restore/ScratchCopy.cpp" line="+87"/>
        <source>%1 is already unpacked.</source>
        <translation>%1 est déjà décompressé.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot rename %1 to %2.</source>
        <translation>Impossible de renommer %1 en %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scratch copy, checked against the manifest</source>
        <translation>copie de travail, vérifiée par rapport au manifeste</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Unpacked %n file(s) into %1; every one matches the manifest.</source>
        <translation>
            <numerusform>%n fichier décompressé dans %1 ; il correspond au manifeste.</numerusform>
            <numerusform>%n fichiers décompressés dans %1 ; chacun correspond au manifeste.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Lifeboat runs there as %1, not as root, so the restored files cannot get the owners the backup records and will belong to %1. If AEM runs as another user, give them to it (chown) after the restore.</source>
        <translation>Lifeboat s&apos;y exécute en tant que %1 et non en tant que root : les fichiers restaurés ne peuvent pas recevoir les propriétaires enregistrés dans la sauvegarde et appartiendront à %1. Si AEM s&apos;exécute sous un autre utilisateur, donnez-les-lui (chown) après la restauration.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1/%2: the SHA-256 of the archive differs from the SHA256SUMS of its set, or that file does not list it (the archive file was changed or damaged). Nothing was swapped in; verify the set with &apos;lifeboat verify&apos; and choose another one.</source>
        <translation>%1/%2 : le SHA-256 de l&apos;archive diffère du SHA256SUMS de son jeu, ou ce fichier ne la mentionne pas (le fichier d&apos;archive a été modifié ou endommagé). Rien n&apos;a été mis en place ; vérifiez le jeu avec « lifeboat verify » et choisissez-en un autre.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Owners not set for %1 file(s) in %2: the backup records other owners, and only root can give files away, so they belong to %3. If AEM runs as another user, give them to it (chown), or run the restore as root.</source>
        <translation>Propriétaires non définis pour %1 fichier(s) dans %2 : la sauvegarde enregistre d&apos;autres propriétaires et seul root peut céder des fichiers ; ils appartiennent donc à %3. Si AEM s&apos;exécute sous un autre utilisateur, donnez-les-lui (chown), ou lancez la restauration en tant que root.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the restoring user</source>
        <translation>l&apos;utilisateur qui restaure</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Unpacked %1 of the %2 files of part %3 that the plan restores into %4. Nothing was swapped in; verify the set with &apos;lifeboat verify&apos; and choose another one.</source>
        <translation>%1 des %2 fichiers de la partie %3 que le plan restaure dans %4 ont été décompressés. Rien n&apos;a été mis en place ; vérifiez le jeu avec « lifeboat verify » et choisissez-en un autre.</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <location filename="../ui/SecretDialog.cpp" line="+33"/>
        <source>Secret needed</source>
        <translation>Secret requis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secret &quot;%1&quot; is not set. Type it to go on; Lifeboat keeps it in memory for this session only and never writes it anywhere.
(To set it for good: the environment variable %2, or the profile&apos;s secrets file.)</source>
        <translation>Le secret « %1 » n&apos;est pas défini. Tapez-le pour continuer ; Lifeboat le garde en mémoire pour cette session uniquement et ne l&apos;écrit nulle part.
(Pour le définir durablement : la variable d&apos;environnement %2, ou le fichier de secrets du profil.)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Secret %1</source>
        <translation>Secret %1</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../engine/profile/SecretStore.cpp" line="+69"/>
        <source>The secrets file %1 can be read by other users. Run &apos;chmod 600 %1&apos; and try again.</source>
        <translation>Le fichier de secrets %1 est lisible par d&apos;autres utilisateurs. Exécutez &apos;chmod 600 %1&apos; et réessayez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+22"/>
        <source>Cannot read the secrets file %1: %2</source>
        <translation>Impossible de lire le fichier de secrets %1 : %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+5"/>
        <source>Cannot write the secrets file %1: %2</source>
        <translation>Impossible d&apos;écrire le fichier de secrets %1 : %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+29"/>
        <source>The secret &quot;%1&quot; is not set. Set the environment variable %2, or add it to the secrets file%3.</source>
        <translation>Le secret « %1 » n&apos;est pas défini. Définissez la variable d&apos;environnement %2, ou ajoutez-le au fichier de secrets%3.</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+21"/>
        <source>The secrets file %1 is not a JSON object of names and values.</source>
        <translation>Le fichier de secrets %1 n’est pas un objet JSON de noms et de valeurs.</translation>
    </message>
</context>
<context>
    <name>SetPathRules</name>
    <message>
        <location filename="../engine/backup/SetPathRules.cpp" line="+57"/>
        <source>would land outside the target (an absolute path or &quot;..&quot;)</source>
        <translation>aboutirait hors de la cible (un chemin absolu ou « .. »)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is a hard link (to &quot;%1&quot;), which a backup part never holds</source>
        <translation>est un lien physique (vers « %1 »), ce qu&apos;une partie de sauvegarde ne contient jamais</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is a link to &quot;%1&quot;, outside the target</source>
        <translation>est un lien vers « %1 », hors de la cible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a device, pipe or other special file</source>
        <translation>est un périphérique, un tube ou un autre fichier spécial</translation>
    </message>
</context>
<context>
    <name>SetSignature</name>
    <message>
        <location filename="../engine/backup/SetSignature.cpp" line="+36"/>
        <source>%1 is missing</source>
        <translation>%1 est absent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a regular file of at most %2 bytes</source>
        <translation>%1 n&apos;est pas un fichier ordinaire d&apos;au plus %2 octets</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be read (%2)</source>
        <translation>%1 ne peut pas être lu (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unsigned</source>
        <translation>non signé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed by %1 (%2)</source>
        <translation>signé par %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed with %1, a key not checked against any allowed signers</source>
        <translation>signé avec %1, une clé qui n&apos;a été comparée à aucun signataire autorisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signature is bad: %1</source>
        <translation>signature invalide : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The signing key %1 does not exist (&quot;signing&quot;: &quot;key&quot; in the profile).</source>
        <translation>La clé de signature %1 n&apos;existe pas (&quot;signing&quot;: &quot;key&quot; dans le profil).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write a temporary file to try the signing key: %1.</source>
        <translation>Impossible d&apos;écrire un fichier temporaire pour essayer la clé de signature : %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The signing key %1 cannot sign without help (%2). Use a private key without a passphrase that only this user can read, or load the key into ssh-agent and give its public key (.pub) as &quot;key&quot;.</source>
        <translation>La clé de signature %1 ne peut pas signer sans aide (%2). Utilisez une clé privée sans phrase de passe que seul cet utilisateur peut lire, ou chargez la clé dans ssh-agent et indiquez sa clé publique (.pub) comme &quot;key&quot;.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ssh-keygen could not sign with %1: %2</source>
        <translation>ssh-keygen n&apos;a pas pu signer avec %1 : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+24"/>
        <source>it does not match SHA256SUMS (%1)</source>
        <translation>elle ne correspond pas à SHA256SUMS (%1)</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>the allowed-signers file %1 does not exist</source>
        <translation>le fichier des signataires autorisés %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it was made with a key that %1 does not allow</source>
        <translation>elle a été faite avec une clé que %1 n&apos;autorise pas</translation>
    </message>
</context>
<context>
    <name>SharedDataCheck</name>
    <message>
        <location filename="../engine/scenarios/SharedDataCheck.cpp" line="+68"/>
        <source>The forms database %1 is missing.</source>
        <translation>La base de données des formulaires %1 est absente.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The forms database %1 cannot be opened.</source>
        <translation>La base de données des formulaires %1 ne peut pas être ouverte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The forms database %1 fails its integrity check.</source>
        <translation>La base de données des formulaires %1 échoue à son contrôle d&apos;intégrité.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n document(s) the database refers to are missing from the GDS.</source>
        <translation>
            <numerusform>%n document auquel la base de données fait référence est absent du GDS.</numerusform>
            <numerusform>%n documents auxquels la base de données fait référence sont absents du GDS.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnapshotMethods</name>
    <message>
        <location filename="../engine/snapshot/SnapshotMethod.cpp" line="+43"/>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>btrfs snapshot</source>
        <translation>instantané btrfs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reflink copy</source>
        <translation>copie reflink</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>snapshot command</source>
        <translation>commande d&apos;instantané</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>copy while stopped</source>
        <translation>copie à l&apos;arrêt</translation>
    </message>
</context>
<context>
    <name>SshConnection</name>
    <message>
        <location filename="../engine/hosts/SshConnection.cpp" line="+164"/>
        <source>Cannot create a directory for the ssh connection in %1: %2</source>
        <translation>Impossible de créer un répertoire pour la connexion ssh dans %1 : %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Cannot log in to %1: %2</source>
        <translation>Impossible de se connecter à %1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+15"/>
        <source>Cannot reach %1: %2</source>
        <translation>%1 est injoignable : %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is not yet known to Lifeboat. It offers the host key %2; compare it with the fingerprint shown on that host (ssh-keygen -lf on its key in /etc/ssh) before you trust it.</source>
        <translation>%1 n&apos;est pas encore connu de Lifeboat. Il présente la clé d&apos;hôte %2 ; comparez-la avec l&apos;empreinte affichée sur cet hôte (ssh-keygen -lf sur sa clé dans /etc/ssh) avant de lui faire confiance.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The host key of %1 has changed: Lifeboat knows %2, the host now offers %3. Nothing was done on %1. If the host was reinstalled, confirm its new key; otherwise someone may be intercepting the connection.</source>
        <translation>La clé d&apos;hôte de %1 a changé : Lifeboat connaît %2, l&apos;hôte présente maintenant %3. Rien n&apos;a été fait sur %1. Si l&apos;hôte a été réinstallé, confirmez sa nouvelle clé ; sinon, quelqu&apos;un intercepte peut-être la connexion.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>There is no open connection to %1.</source>
        <translation>Aucune connexion n&apos;est ouverte vers %1.</translation>
    </message>
</context>
<context>
    <name>StagedSet</name>
    <message numerus="yes">
        <location filename="../engine/backup/StagedSet.cpp" line="+163"/>
        <source>%n of them unchanged: referenced in the older sets that hold them (%1).</source>
        <translation>
            <numerusform>dont %n inchangé : référencé dans les jeux plus anciens qui le contiennent (%1).</numerusform>
            <numerusform>dont %n inchangés : référencés dans les jeux plus anciens qui les contiennent (%1).</numerusform>
        </translation>
    </message>
    <message>
        <location line="-115"/>
        <source>archive of %1</source>
        <translation>archive de %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot create %1. Check the backup root&apos;s permissions and free space.</source>
        <translation>Impossible de créer %1. Vérifiez les droits et l&apos;espace libre de la racine des sauvegardes.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Archived %1: %n file(s).</source>
        <translation>
            <numerusform>%1 archivé : %n fichier.</numerusform>
            <numerusform>%1 archivé : %n fichiers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Archived %1 from %2: %n file(s).</source>
        <translation>
            <numerusform>%1 archivé depuis %2 : %n fichier.</numerusform>
            <numerusform>%1 archivé depuis %2 : %n fichiers.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-41"/>
        <source>%1 is not a file; a part read from several hosts holds only files.</source>
        <translation>%1 n&apos;est pas un fichier ; une partie lue sur plusieurs hôtes ne contient que des fichiers.</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>archive of %1 from %2</source>
        <translation>archive de %1 depuis %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>this machine</source>
        <translation>cette machine</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>, only files changed since %1</source>
        <translation>, seulement les fichiers modifiés depuis %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The base set %1 cannot be read (%2), so %3 is archived whole.</source>
        <translation>Le jeu de base %1 ne peut pas être lu (%2) ; %3 est donc archivé en entier.</translation>
    </message>
</context>
<context>
    <name>StartNodesStep</name>
    <message>
        <location filename="../engine/steps/StartNodesStep.cpp" line="+34"/>
        <source>Start %1</source>
        <translation>Démarrer %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>waits until it is up before the next</source>
        <translation>attend qu&apos;il soit démarré avant le suivant</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 is already running.</source>
        <translation>%1 fonctionne déjà.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Starting %1...</source>
        <translation>Démarrage de %1...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not start %1: %2</source>
        <translation>Impossible de démarrer %1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 did not come up within %2 seconds.</source>
        <translation>%1 n&apos;a pas démarré en %2 secondes.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>start %1</source>
        <translation>démarrer %1</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>started again if this run stopped it</source>
        <translation>redémarré si cette exécution l&apos;arrête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stays stopped: it was not running before this run</source>
        <translation>reste arrêté : il ne tournait pas avant cette exécution</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 does not answer, but its process (pid %2) has held its repository&apos;s lock for %3 seconds: it is starting, shutting down or hung. Look at its error.log; once it answers or has ended, run &apos;lifeboat resume&apos;.</source>
        <translation>%1 ne répond pas, mais son processus (pid %2) détient le verrou de son référentiel depuis %3 secondes : il démarre, s&apos;arrête ou est bloqué. Consultez son error.log ; dès qu&apos;il répond ou s&apos;est terminé, lancez &apos;lifeboat resume&apos;.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 stays stopped: this run did not stop it.</source>
        <translation>%1 reste arrêté : cette exécution ne l&apos;a pas arrêté.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The start command of %1 printed: &quot;%2&quot;</source>
        <translation>La commande de démarrage de %1 a affiché : « %2 »</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is stopped: start it by hand with %2, and check that it answers.</source>
        <translation>%1 est arrêté : démarrez-le à la main avec %2, puis vérifiez qu’il répond.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>%1 stays stopped: the restore changed files and did not finish. The run&apos;s last lines and its report say how to finish it or put back what it replaced.</source>
        <translation>%1 reste arrêté : la restauration a modifié des fichiers et n’a pas abouti. Les dernières lignes de l’exécution et son rapport disent comment la terminer ou remettre ce qu’elle a remplacé.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 does not answer, but its process (pid %2) still holds its repository&apos;s lock: wait until it has ended (or end it), then start it by hand with %3, and check that it answers.</source>
        <translation>%1 ne répond pas, mais son processus (pid %2) tient encore le verrou de son dépôt : attendez qu’il se termine (ou arrêtez-le), puis démarrez-le à la main avec %3 et vérifiez qu’il répond.</translation>
    </message>
</context>
<context>
    <name>StepContext</name>
    <message>
        <location filename="../engine/run/StepContext.cpp" line="+44"/>
        <source>&lt;run id&gt;</source>
        <translation>&lt;id d&apos;exécution&gt;</translation>
    </message>
    <message>
        <location filename="../engine/run/StepContext.h" line="+82"/>
        <source>Cancelled by the user.</source>
        <translation>Annulé par l&apos;utilisateur.</translation>
    </message>
</context>
<context>
    <name>StopNodesStep</name>
    <message>
        <location filename="../engine/steps/StopNodesStep.cpp" line="+22"/>
        <source>Stop %1</source>
        <translation>Arrêter %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Users of these nodes lose service until they are started again.</source>
        <translation>Les utilisateurs de ces nœuds perdent le service jusqu&apos;à leur redémarrage.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>running now</source>
        <translation>en cours d&apos;exécution</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>already stopped; left alone</source>
        <translation>déjà arrêté ; laissé tel quel</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 is already stopped.</source>
        <translation>%1 est déjà arrêté.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stopping %1...</source>
        <translation>Arrêt de %1...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not stop %1: %2</source>
        <translation>Impossible d&apos;arrêter %1 : %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>stop %1</source>
        <translation>arrêter %1</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>%1 still answers %2 seconds after it was told to stop. Nothing of %1 was touched. Stop it yourself, then run &apos;lifeboat resume&apos; to go on.</source>
        <translation>%1 répond encore %2 secondes après l&apos;ordre d&apos;arrêt. Rien de %1 n&apos;a été modifié. Arrêtez-le vous-même, puis poursuivez avec &apos;lifeboat resume&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 did not stop within %2 seconds: its process (pid %3) still holds %4. Nothing of %1 was touched. Wait until that process has ended (or end it yourself), then run &apos;lifeboat resume&apos; to go on.</source>
        <translation>%1 ne s&apos;est pas arrêté en %2 secondes : son processus (pid %3) détient encore %4. Rien de %1 n&apos;a été modifié. Attendez la fin de ce processus (ou terminez-le vous-même), puis poursuivez avec &apos;lifeboat resume&apos;.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 does not answer, but its process (pid %2) holds its repository&apos;s lock; telling it to stop.</source>
        <translation>%1 ne répond pas, mais son processus (pid %2) détient le verrou de son référentiel ; ordre d&apos;arrêt envoyé.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 has stopped: it does not answer and its repository is not locked.</source>
        <translation>%1 est arrêté : il ne répond plus et son référentiel n&apos;est plus verrouillé.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The stop command of %1 printed: &quot;%2&quot;</source>
        <translation>La commande d&apos;arrêt de %1 a affiché : « %2 »</translation>
    </message>
</context>
<context>
    <name>StoreDiscovery</name>
    <message>
        <location filename="../engine/discovery/StoreDiscovery.cpp" line="+29"/>
        <source>the GDS</source>
        <translation>le GDS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the Content Storage Root</source>
        <translation>la Content Storage Root</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>customer fonts</source>
        <translation>les polices des clients</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connector data</source>
        <translation>les données des connecteurs</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Found %1 in more than one place: chose %2; also %3. Check which one the cluster uses.</source>
        <translation>Plusieurs emplacements trouvés pour %1 : %2 choisi ; aussi %3. Vérifiez lequel le cluster utilise.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No GDS (a DocumentStorage folder) was found; fill in where it is.</source>
        <translation>Aucun GDS (un dossier DocumentStorage) n&apos;a été trouvé ; indiquez où il se trouve.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Fonts also found on other hosts, not in the profile (its fonts are on one host): %1.</source>
        <translation>Polices trouvées aussi sur d&apos;autres hôtes, absentes du profil (ses polices sont sur un seul hôte) : %1.</translation>
    </message>
</context>
<context>
    <name>SystemImageStep</name>
    <message>
        <location filename="../engine/steps/SystemImageStep.cpp" line="+23"/>
        <source>Re-create the system of %1 from its image and apply the recorded patches (if needed)</source>
        <translation>Recréer le système de %1 à partir de son image et appliquer les correctifs enregistrés (si nécessaire)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If a machine was lost, re-create it from its system image now, with the same DNS name, and apply the patches recorded in the backup. Confirm when that is done, or when it is not needed because the machine itself is fine.</source>
        <translation>Si une machine a été perdue, recréez-la maintenant à partir de son image système, avec le même nom DNS, et appliquez les correctifs enregistrés dans la sauvegarde. Confirmez quand c&apos;est fait, ou quand ce n&apos;est pas nécessaire parce que la machine elle-même est intacte.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>re-create %1 from its system image, with the same DNS name</source>
        <translation>recréer %1 à partir de son image système, avec le même nom DNS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or tick it when the machine itself is fine</source>
        <translation>ou cochez-le si la machine elle-même est intacte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>apply to %1 the patches recorded in the backup</source>
        <translation>appliquer à %1 les correctifs enregistrés dans la sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or tick it when they are applied already</source>
        <translation>ou cochez-le s&apos;ils sont déjà appliqués</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from the sandbox&apos;s system image, by Lifeboat</source>
        <translation>à partir de l&apos;image système du bac à sable, par Lifeboat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>confirmed done or not needed by the user</source>
        <translation>confirmé par l&apos;utilisateur comme fait ou non nécessaire</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>re-created from the sandbox&apos;s system image</source>
        <translation>recréé à partir de l&apos;image système du bac à sable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-created %1&apos;s system from the sandbox image.</source>
        <translation>Système de %1 recréé à partir de l&apos;image du bac à sable.</translation>
    </message>
</context>
<context>
    <name>TakeSnapshotsStep</name>
    <message>
        <location filename="../engine/steps/TakeSnapshotsStep.cpp" line="+27"/>
        <source>The nodes are down only until the snapshots are taken, usually seconds whatever the size; the copy is then made from the snapshots while the nodes serve.</source>
        <translation>Les nœuds ne sont arrêtés que le temps de prendre les instantanés, en général quelques secondes quelle que soit la taille ; la copie est ensuite faite depuis les instantanés pendant que les nœuds servent.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>take a snapshot of %1</source>
        <translation>prendre un instantané de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove the snapshot of %1</source>
        <translation>supprimer l&apos;instantané de %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not take a snapshot of %1: %2</source>
        <translation>Impossible de prendre un instantané de %1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapshot of %1 taken.</source>
        <translation>Instantané de %1 pris.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>right after the snapshots: the nodes are down for seconds, whatever the size; the copy is made from the snapshots while they serve</source>
        <translation>juste après les instantanés : les nœuds ne sont arrêtés que quelques secondes, quelle que soit la taille ; la copie est faite depuis les instantanés pendant qu&apos;ils servent</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Take snapshots: %1</source>
        <translation>Prendre des instantanés : %1</translation>
    </message>
</context>
<context>
    <name>TarStreamReader</name>
    <message>
        <location filename="../engine/backup/TarStreamReader.cpp" line="+62"/>
        <location line="+38"/>
        <location line="+26"/>
        <source>the archive ends early or is damaged</source>
        <translation>l&apos;archive se termine trop tôt ou est endommagée</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>an extended header is damaged</source>
        <translation>un en-tête étendu est endommagé</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>a header is damaged (its checksum does not match)</source>
        <translation>un en-tête est endommagé (sa somme de contrôle ne correspond pas)</translation>
    </message>
</context>
<context>
    <name>TerminalConfirmer</name>
    <message>
        <location filename="../app/TerminalConfirmer.cpp" line="+22"/>
        <source>Step %1: %2 — this step changes the cluster:</source>
        <translation>Étape %1 : %2 — cette étape modifie le cluster :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type &quot;%1&quot; to go on, or anything else to stop: </source>
        <translation>Tapez « %1 » pour continuer, ou autre chose pour arrêter : </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go on? [y/N] </source>
        <translation>Continuer ? [y/N] </translation>
    </message>
</context>
<context>
    <name>TerminalSecretPrompt</name>
    <message>
        <location filename="../app/TerminalSecretPrompt.cpp" line="+27"/>
        <source>The secret &quot;%1&quot; is not set (the variable %2 or the secrets file would hold it).</source>
        <translation>Le secret « %1 » n&apos;est pas défini (la variable %2 ou le fichier de secrets le contiendrait).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type it (nothing is shown; Enter on its own gives up): </source>
        <translation>Tapez-le (rien ne s&apos;affiche ; Entrée seule abandonne) : </translation>
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
        <translation>N%1. %2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Time since the run started at %1</source>
        <translation>Temps écoulé depuis le début de l&apos;exécution à %1</translation>
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
        <translation>refusé : non exécuté</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not run</source>
        <translation>non exécuté</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Recovery time %1</source>
        <translation>Durée de restauration %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>step done</source>
        <translation>étape effectuée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clean-up step done</source>
        <translation>étape de nettoyage effectuée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled or declined</source>
        <translation>annulé ou refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for a confirmation</source>
        <translation>en attente d&apos;une confirmation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manual step (a person&apos;s work)</source>
        <translation>étape manuelle (travail d&apos;une personne)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A diamond marks a confirmation given in advance (--yes): the run did not wait.</source>
        <translation>Un losange marque une confirmation donnée à l&apos;avance (--yes) : l&apos;exécution n&apos;a pas attendu.</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>%1 down</source>
        <translation>%1 arrêté</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>%1 · still down</source>
        <translation>%1 · toujours arrêté</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>node down (from its stop until it answers again)</source>
        <translation>nœud arrêté (de son arrêt jusqu’à ce qu’il réponde de nouveau)</translation>
    </message>
</context>
<context>
    <name>UndoRecord</name>
    <message>
        <location filename="../engine/run/UndoRecord.cpp" line="+41"/>
        <source>The run has no directory to record what it changes in.</source>
        <translation>L&apos;exécution n&apos;a pas de répertoire où noter ce qu&apos;elle modifie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>UnfinishedRuns</name>
    <message>
        <location filename="../ui/UnfinishedRuns.cpp" line="+48"/>
        <source>%1 on %2, started %3, was interrupted.</source>
        <translation>%1 sur %2, démarré le %3, a été interrompu.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 on %2 (%3) keeps what it replaced in a quarantine.</source>
        <translation>%1 sur %2 (%3) conserve ce qu&apos;il a remplacé dans une quarantaine.</translation>
    </message>
</context>
<context>
    <name>VerifyBackupSetStep</name>
    <message>
        <location filename="../engine/steps/VerifyBackupSetStep.cpp" line="+20"/>
        <source>Verify the backup set %1</source>
        <translation>Vérifier le jeu de sauvegarde %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reads back the parts this restore uses (%1) and checks every file against the manifest.</source>
        <translation>Relit les parties qu&apos;utilise cette restauration (%1) et vérifie chaque fichier par rapport au manifeste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing changes; a damaged set stops the restore before any node is touched.</source>
        <translation>Rien ne change ; un jeu endommagé arrête la restauration avant qu&apos;aucun nœud ne soit touché.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading %1 (%2 of %3)...</source>
        <translation>Lecture de %1 (%2 sur %3)...</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Checks the manifest of the set against SHA256SUMS and that SHA256SUMS lists the archives of the parts this restore uses (%1).</source>
        <translation>Vérifie le manifeste du jeu par rapport à SHA256SUMS, et que SHA256SUMS mentionne les archives des parties qu&apos;utilise cette restauration (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The archives of %1 and every file in them are checked against SHA256SUMS and the manifest as they are unpacked, before anything changes.</source>
        <translation>Les archives de %1 et chacun de leurs fichiers sont vérifiés par rapport à SHA256SUMS et au manifeste à mesure qu&apos;ils sont décompressés, avant que rien ne change.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Read back %n file(s); every one matches the manifest.</source>
        <translation>
            <numerusform>%n fichier relu ; il correspond au manifeste.</numerusform>
            <numerusform>%n fichiers relus ; chacun correspond au manifeste.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The archives of %1 and every file in them are checked as they are unpacked, before anything changes.</source>
        <translation>Les archives de %1 et chacun de leurs fichiers sont vérifiés à mesure qu&apos;ils sont décompressés, avant que rien ne change.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The set is %1.</source>
        <translation>Le jeu est %1.</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <location filename="../app/VerifyCommand.cpp" line="+22"/>
        <source>Run &apos;lifeboat verify --help&apos; for its options.</source>
        <translation>Lancez &apos;lifeboat verify --help&apos; pour voir ses options.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signature: %1.</source>
        <translation>Signature : %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check a backup set: every file against its manifest, every archive against SHA256SUMS</source>
        <translation>Vérifier un jeu de sauvegarde : chaque fichier par rapport à son manifeste, chaque archive par rapport à SHA256SUMS</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reads every archive of a backup set back and checks every file (present, size, SHA-256) against manifest.json and every archive against SHA256SUMS. Exit 0 when the set is intact, 3 when anything differs (each damaged file is named).</source>
        <translation>Relit chaque archive d&apos;un jeu de sauvegarde et vérifie chaque fichier (présence, taille, SHA-256) par rapport à manifest.json et chaque archive par rapport à SHA256SUMS. Code de sortie 0 si le jeu est intact, 3 si quelque chose diffère (chaque fichier endommagé est nommé).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It says who signed the set (SHA256SUMS.sig) or that it is unsigned; a bad signature is damage, and so is a set not signed by an allowed signer when the profile requires signatures.</source>
        <translation>Il indique qui a signé le jeu (SHA256SUMS.sig) ou qu&apos;il n&apos;est pas signé ; une signature invalide est un dommage, tout comme un jeu non signé par un signataire autorisé lorsque le profil exige des signatures.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Take SET as a set id under this cluster profile&apos;s backup root, and trust the signers its &quot;signing&quot; allows.</source>
        <translation>Prendre SET comme identifiant de jeu sous la racine des sauvegardes de ce profil de cluster, et se fier aux signataires que son &quot;signing&quot; autorise.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Check the set&apos;s signature against this OpenSSH allowed-signers file (without --profile).</source>
        <translation>Vérifier la signature du jeu avec ce fichier OpenSSH de signataires autorisés (sans --profile).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup set directory, or its id with --profile.</source>
        <translation>Le répertoire du jeu de sauvegarde, ou son identifiant avec --profile.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SET</source>
        <translation>SET</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give exactly one backup set: &apos;lifeboat verify DIR&apos; or &apos;lifeboat verify --profile FILE SETID&apos;.</source>
        <translation>Indiquez exactement un jeu de sauvegarde : &apos;lifeboat verify RÉP&apos; ou &apos;lifeboat verify --profile FICHIER IDJEU&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give --allowed-signers or --profile, not both: the profile names its own allowed signers.</source>
        <translation>Indiquez --allowed-signers ou --profile, pas les deux : le profil indique ses propres signataires autorisés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not an allowed-signers file.</source>
        <translation>%1 n&apos;est pas un fichier de signataires autorisés.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is not a set id. Give an id from &apos;lifeboat backups --profile %2&apos;, or a directory without --profile.</source>
        <translation>&apos;%1&apos; n&apos;est pas un identifiant de jeu. Indiquez un identifiant donné par &apos;lifeboat backups --profile %2&apos;, ou un répertoire sans --profile.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no backup set %1 in %2. &apos;lifeboat backups --profile %3&apos; lists the sets.</source>
        <translation>Il n&apos;y a pas de jeu de sauvegarde %1 dans %2. &apos;lifeboat backups --profile %3&apos; liste les jeux.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking %1 (%2 of %3)...</source>
        <translation>Vérification de %1 (%2 sur %3)...</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>The backup set %1 is intact: %n file(s) checked</source>
        <translation>
            <numerusform>Le jeu de sauvegarde %1 est intact : %n fichier vérifié</numerusform>
            <numerusform>Le jeu de sauvegarde %1 est intact : %n fichiers vérifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n archive(s).</source>
        <translation>
            <numerusform>dans %n archive.</numerusform>
            <numerusform>dans %n archives.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The backup set %1 is DAMAGED: %n problem(s), listed above.</source>
        <translation>
            <numerusform>Le jeu de sauvegarde %1 est ENDOMMAGÉ : %n problème, listé ci-dessus.</numerusform>
            <numerusform>Le jeu de sauvegarde %1 est ENDOMMAGÉ : %n problèmes, listés ci-dessus.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do not restore from it. Use another set (&apos;lifeboat backups&apos; lists them and their last verification) and make a new backup soon.</source>
        <translation>Ne restaurez pas à partir de ce jeu. Utilisez-en un autre (&apos;lifeboat backups&apos; les liste avec leur dernière vérification) et faites rapidement une nouvelle sauvegarde.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>manifest.json is not listed in SHA256SUMS (the set was made before Lifeboat checked its manifest): its archives were checked, the manifest itself was not.</source>
        <translation>manifest.json ne figure pas dans SHA256SUMS (le jeu a été créé avant que Lifeboat ne vérifie son manifeste) : ses archives ont été vérifiées, pas le manifeste lui-même.</translation>
    </message>
</context>
<context>
    <name>WritablePlaces</name>
    <message>
        <location filename="../engine/steps/WritablePlaces.cpp" line="+43"/>
        <source>%1%2 Lifeboat must be able to change it: mount it read-write or give the user Lifeboat runs as write access there (on a real cluster, run as the user that owns the AEM files).</source>
        <translation>%1%2 Lifeboat doit pouvoir le modifier : montez-le en lecture-écriture ou donnez à l&apos;utilisateur sous lequel Lifeboat s&apos;exécute le droit d&apos;y écrire (sur un vrai cluster, exécutez Lifeboat en tant que propriétaire des fichiers AEM).</translation>
    </message>
</context>
</TS>
