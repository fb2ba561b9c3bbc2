<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AgentCommandLine</name>
    <message>
        <location filename="../agent/AgentCommandLine.cpp" line="+26"/>
        <source>usage: lifeboat-agent serve [--verbose]
       lifeboat-agent --version
Lifeboat starts it on a node host over ssh, to work on that host&apos;s files.</source>
        <translation>使い方: lifeboat-agent serve [--verbose]
        lifeboat-agent --version
Lifeboat がノードのホスト上で ssh 経由で起動し、そのホストのファイルを扱います。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>不明なコマンド「%1」</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown option &quot;%1&quot;</source>
        <translation>不明なオプション「%1」</translation>
    </message>
</context>
<context>
    <name>AgentServer</name>
    <message>
        <location filename="../agent/AgentServer.cpp" line="+98"/>
        <source>This lifeboat-agent (%1) speaks protocol version %2, and the Lifeboat that called it speaks version %3. Install the same version of Lifeboat on both machines.</source>
        <translation>この lifeboat-agent（%1）はプロトコル バージョン %2 を話しますが、呼び出した Lifeboat はバージョン %3 を話します。両方のマシンに同じバージョンの Lifeboat をインストールしてください。</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>lifeboat-agent %1 does not know the operation &quot;%2&quot;.</source>
        <translation>lifeboat-agent %1 は操作「%2」を知りません。</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>lifeboat-agent %1 does not know the archive format &quot;%2&quot;.</source>
        <translation>lifeboat-agent %1 はアーカイブ形式「%2」を知りません。</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+65"/>
        <location line="+2"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+6"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Cancelled by the user.</source>
        <translation>ユーザーによりキャンセルされました。</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1 is larger than %2 bytes, more than Lifeboat writes in one piece.</source>
        <translation>%1 は %2 バイトより大きく、Lifeboat が一度に書き込める量を超えています。</translation>
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
        <translation>%2 に接続するための %1 を起動できません: %3</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The helper on %1 is lifeboat-agent %2, which speaks protocol version %3; this Lifeboat is version %4 and speaks protocol version %5. Install lifeboat %4 on %1 from the same package as on this machine (apt install ./lifeboat_%4_*.deb); it brings lifeboat-agent.</source>
        <translation>%1 のヘルパーは lifeboat-agent %2 で、プロトコル バージョン %3 を話します。この Lifeboat はバージョン %4 で、プロトコル バージョン %5 を話します。このマシンと同じパッケージから %1 に lifeboat %4 をインストールしてください（apt install ./lifeboat_%4_*.deb）。lifeboat-agent が含まれています。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Lifeboat&apos;s helper is not installed on %1 (%2). Install lifeboat %3 on %1 from the same package as on this machine (apt install ./lifeboat_%3_*.deb); it brings lifeboat-agent.</source>
        <translation>Lifeboat のヘルパーが %1 にインストールされていません（%2）。このマシンと同じパッケージから %1 に lifeboat %3 をインストールしてください（apt install ./lifeboat_%3_*.deb）。lifeboat-agent が含まれています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot connect to %1: %2</source>
        <translation>%1 に接続できません: %2</translation>
    </message>
    <message>
        <location line="+231"/>
        <location line="+41"/>
        <source>Cancelled by the user.</source>
        <translation>ユーザーによりキャンセルされました。</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The connection to %1 was lost: %2</source>
        <translation>%1 への接続が失われました: %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>the helper was ended by signal %1</source>
        <translation>ヘルパーはシグナル %1 で終了しました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the helper ended with exit code %1</source>
        <translation>ヘルパーは終了コード %1 で終了しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the helper closed its output</source>
        <translation>ヘルパーが出力を閉じました</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 did not answer for %2 seconds, so Lifeboat stopped waiting. Check that the host is up and reachable.</source>
        <translation>%1 が %2 秒間応答しなかったため、Lifeboat は待機をやめました。ホストが動作していて到達可能か確認してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 did not answer as Lifeboat&apos;s helper does (it wrote &quot;%2&quot;). Check that nothing in the login&apos;s shell start-up files writes to standard output.</source>
        <translation>%1 は Lifeboat のヘルパーとして応答しませんでした（出力:「%2」）。ログイン シェルの起動ファイルが標準出力に何も書き込まないことを確認してください。</translation>
    </message>
</context>
<context>
    <name>ArchiveContents</name>
    <message>
        <location filename="../engine/backup/ArchiveContents.cpp" line="+45"/>
        <source>Cannot read %1 from the archive.</source>
        <translation>アーカイブから %1 を読み取れません。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot open the archive %1: %2</source>
        <translation>アーカイブ %1 を開けません: %2</translation>
    </message>
</context>
<context>
    <name>ArchivePartsStep</name>
    <message>
        <location filename="../engine/steps/ArchivePartsStep.cpp" line="+55"/>
        <source>Cannot create %1. Check the backup root&apos;s permissions and free space.</source>
        <translation>%1 を作成できません。バックアップルートの権限と空き容量を確認してください。</translation>
    </message>
</context>
<context>
    <name>BackupBootstrapScenario</name>
    <message>
        <location filename="../engine/scenarios/BackupBootstrapScenario.cpp" line="+10"/>
        <source>Back up the bootstrap properties files</source>
        <translation>ブートストラッププロパティファイルをバックアップ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copies the bootstrap properties file of every secondary node from where its application server keeps it. No downtime. Needed to recover a secondary node.</source>
        <translation>各セカンダリノードのブートストラッププロパティファイルを、アプリケーションサーバーが保持している場所からコピーします。ダウンタイムはありません。セカンダリノードの回復に必要です。</translation>
    </message>
</context>
<context>
    <name>BackupChain</name>
    <message numerus="yes">
        <location filename="../engine/backup/BackupChain.cpp" line="+102"/>
        <source>The manifest of %1 says %n file(s) of %2 are in &quot;%3&quot;, which is not the name of a backup set. The manifest is damaged; verify the set with &apos;lifeboat verify&apos; and restore from another one.</source>
        <translation>
            <numerusform>%1 のマニフェストによると、%2 の %n 個のファイルが「%3」にありますが、これはバックアップセットの名前ではありません。マニフェストが壊れています。&apos;lifeboat verify&apos; でセットを検証し、別のセットから復元してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The backup set %1 takes %n file(s) of %2 from the older set %3, which is not in %4 (it was deleted or moved). Put %3 back into %4, or restore from another set (see &apos;lifeboat backups&apos;).</source>
        <translation>
            <numerusform>バックアップセット %1 は %2 の %n 個のファイルを古いセット %3 から取得しますが、%3 は %4 にありません（削除または移動されました）。%3 を %4 に戻すか、別のセットから復元してください（&apos;lifeboat backups&apos; を参照）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>The backup set %1 takes %n file(s) of %2 from the older set %3, whose manifest cannot be read: %4 Verify %3 with &apos;lifeboat verify&apos;, or restore from another set (see &apos;lifeboat backups&apos;).</source>
        <translation>
            <numerusform>バックアップセット %1 は %2 の %n 個のファイルを古いセット %3 から取得しますが、%3 のマニフェストを読み取れません: %4 &apos;lifeboat verify&apos; で %3 を検証するか、別のセットから復元してください（&apos;lifeboat backups&apos; を参照）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>The backup set %1 takes %n file(s) of %2 from the older set %3, whose archive of %2 is missing. Verify %3 with &apos;lifeboat verify&apos;, or restore from another set (see &apos;lifeboat backups&apos;).</source>
        <translation>
            <numerusform>バックアップセット %1 は %2 の %n 個のファイルを古いセット %3 から取得しますが、%3 の %2 のアーカイブがありません。&apos;lifeboat verify&apos; で %3 を検証するか、別のセットから復元してください（&apos;lifeboat backups&apos; を参照）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupMariaDbStep</name>
    <message>
        <location filename="../engine/steps/BackupMariaDbStep.cpp" line="+26"/>
        <source>Back up the %1 database</source>
        <translation>データベース %1 をバックアップ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of the MariaDB/MySQL database %2 on %3 (--single-transaction, with routines, triggers and events), archived as the part database-%4</source>
        <translation>%3 上の MariaDB/MySQL データベース %2 の %1（--single-transaction、ルーチン・トリガー・イベントを含む）。パート database-%4 としてアーカイブ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The %1 dump matches binary log %2 at position %3; a point-in-time recovery replays the binary logs from there.</source>
        <translation>%1 のダンプはバイナリログ %2 の位置 %3 に対応します。ポイントインタイムリカバリはそこからバイナリログを再生します。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Binary logging is on, but the dump of %1 records no binary log position; a point-in-time recovery cannot start from this backup.</source>
        <translation>バイナリログは有効ですが、%1 のダンプにはバイナリログの位置が記録されていません。このバックアップからポイントインタイムリカバリを開始することはできません。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot remove the previous dump %1. Check the backup root&apos;s permissions.</source>
        <translation>以前のダンプ %1 を削除できません。バックアップルートの権限を確認してください。</translation>
    </message>
</context>
<context>
    <name>BackupModeArguments</name>
    <message>
        <location filename="../node/BackupModeArguments.cpp" line="+21"/>
        <source>lcbackupmode needs one of: %1</source>
        <translation>lcbackupmode には次のいずれかが必要です: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+23"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>予期しない引数 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>-port must be a number from 1 to 65535, not &apos;%1&apos;</source>
        <translation>-port は 1 から 65535 までの数値でなければなりません(&apos;%1&apos; ではなく)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>-host is not a host name or address: &apos;%1&apos;</source>
        <translation>-host がホスト名でもアドレスでもありません: &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>BackupModeStep</name>
    <message>
        <location filename="../engine/steps/BackupModeStep.cpp" line="+27"/>
        <source>rolling backup mode</source>
        <translation>ローリングバックアップモード</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>safe (snapshot) backup mode</source>
        <translation>スナップショット（セーフ）バックアップモード</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter %1</source>
        <translation>%1を開始</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave %1</source>
        <translation>%1を終了</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The forms server keeps working, but its file collector stops deleting expired GDS documents, so the GDS backup stays consistent with the database backup.</source>
        <translation>フォームサーバーは動作を続けますが、ファイルコレクターは期限切れの GDS ドキュメントの削除を停止するため、GDS のバックアップはデータベースのバックアップと整合します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file collector resumes removing expired GDS documents.</source>
        <translation>ファイルコレクターは期限切れの GDS ドキュメントの削除を再開します。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>label &quot;%1&quot;</source>
        <translation>ラベル &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The cluster is already in %1 with label &quot;%2&quot;.</source>
        <translation>クラスターはすでにラベル &quot;%2&quot; で%1になっています。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The cluster is not in %1.</source>
        <translation>クラスターは%1ではありません。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>enter %1</source>
        <translation>%1 に入る</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>leave %1</source>
        <translation>%1 を終了する</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>already on (label &quot;%1&quot;); kept on after the backup</source>
        <translation>すでに有効 (ラベル「%1」)。バックアップ後も有効のままにします</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stays on: the cluster was in it before this run</source>
        <translation>有効のままにします。この実行の前からクラスタはこのモードでした</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The cluster is already in %1 (label &quot;%2&quot;); it stays in it after the backup.</source>
        <translation>クラスタはすでに%1です (ラベル「%2」)。バックアップ後もそのままにします。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The cluster was in %1 before this run; it stays in it.</source>
        <translation>クラスタはこの実行の前から%1でした。そのままにします。</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Leave %1 if this run entered it</source>
        <translation>この実行が開始した場合は%1を終了</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The backup-mode command printed: &quot;%1&quot;</source>
        <translation>バックアップモードのコマンドの出力:「%1」</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The cluster is still in %1: leave it by hand with %2</source>
        <translation>クラスターはまだ%1のままです。次のコマンドで手作業で解除してください: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It reads %1 on its standard input.</source>
        <translation>%1 を標準入力から読み取ります。</translation>
    </message>
</context>
<context>
    <name>BackupOfflineScenario</name>
    <message>
        <location filename="../engine/scenarios/BackupOfflineScenario.cpp" line="+13"/>
        <source>Offline backup with downtime</source>
        <translation>ダウンタイムありのオフラインバックアップ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stops the whole cluster, backs up the databases, the GDS, connectors, every node&apos;s identity, all files of a secondary node, fonts, the Content Storage Root and bootstrap properties, then starts the cluster again. The simplest and most certain backup; users have no service while it runs.</source>
        <translation>クラスター全体を停止し、データベース、GDS、コネクタ、各ノードの ID、セカンダリノード 1 台の全ファイル、フォント、Content Storage Root、ブートストラッププロパティをバックアップしてから、クラスターを再起動します。最も単純で確実なバックアップですが、実行中はユーザーにサービスを提供できません。</translation>
    </message>
</context>
<context>
    <name>BackupOnlineScenario</name>
    <message>
        <location filename="../engine/scenarios/BackupOnlineScenario.cpp" line="+21"/>
        <source>Online backup with no downtime (slower responses)</source>
        <translation>ダウンタイムなしのオンラインバックアップ（応答が遅くなります）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Puts the cluster in rolling backup mode and copies a secondary node&apos;s repository with AEM&apos;s online backup while every node keeps serving. No node stops; the copied node answers more slowly while the copy runs (the delay option trades speed for load).</source>
        <translation>クラスターをローリングバックアップモードにし、すべてのノードがサービスを続けたまま、AEM のオンラインバックアップでセカンダリノードのリポジトリをコピーします。停止するノードはありません。コピー中はコピー元ノードの応答が遅くなります（遅延オプションで速度と負荷を調整できます）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The secondary node to copy (default: the first).</source>
        <translation>コピーするセカンダリノード（デフォルト: 最初のノード）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ms</source>
        <translation>ミリ秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause between copied chunks, in milliseconds.</source>
        <translation>コピーするチャンク間の待機時間（ミリ秒）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dir (default) or zip: how AEM writes the copy.</source>
        <translation>dir（デフォルト）または zip: AEM がコピーを書き込む形式。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--target must be dir or zip.</source>
        <translation>--target には dir または zip を指定してください。</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>--delay must be 0 to 60000 milliseconds.</source>
        <translation>--delay には 0〜60000 ミリ秒を指定してください。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 runs and answers AEM&apos;s online backup interface</source>
        <translation>%1 が稼働し、AEM のオンラインバックアップインターフェイスに応答する</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a secondary node of this cluster.</source>
        <translation>%1 はこのクラスターのセカンダリノードではありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a secondary with --node.</source>
        <translation>--node でセカンダリノードを選択してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not running; an online backup needs it up.</source>
        <translation>%1 が稼働していません。オンラインバックアップにはノードの稼働が必要です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start it, or choose backup-rolling to copy it while stopped.</source>
        <translation>ノードを起動するか、停止したままコピーする backup-rolling を選択してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is running.</source>
        <translation>%1 は稼働中です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No garbage collection or revision cleanup runs on %1</source>
        <translation>%1 でガベージコレクションもリビジョンクリーンアップも実行されていない</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not say whether a data store garbage collection or a revision cleanup runs (Oak&apos;s RepositoryManagement MBean did not answer).</source>
        <translation>%1 はデータストアのガベージコレクションやリビジョンクリーンアップが実行中かどうかを返しません（Oak の RepositoryManagement MBean が応答しませんでした）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check in AEM&apos;s Operations &gt; Maintenance that none runs, and go on only then.</source>
        <translation>AEM の Operations &gt; Maintenance で実行中のものがないことを確認してから続けてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A %1 runs on %2; Adobe says not to take an online backup meanwhile.</source>
        <translation>%2 で %1 が実行中です。Adobe はその間オンラインバックアップを取らないよう求めています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait until it has finished (Operations &gt; Maintenance), then check again. Nothing was changed.</source>
        <translation>終了するまで待ってから（Operations &gt; Maintenance）、もう一度確認してください。何も変更されていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neither runs on %1.</source>
        <translation>%1 ではどちらも実行されていません。</translation>
    </message>
</context>
<context>
    <name>BackupPostgresStep</name>
    <message>
        <location filename="../engine/steps/BackupPostgresStep.cpp" line="+26"/>
        <source>Back up the %1 database</source>
        <translation>データベース %1 をバックアップ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>pg_dump -Fc (custom format) of the PostgreSQL database %1 on %2, checked with pg_restore --list, archived as the part database-%3</source>
        <translation>%2 上の PostgreSQL データベース %1 の pg_dump -Fc（カスタム形式）。pg_restore --list で確認し、パート database-%3 としてアーカイブ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create %1. Check the backup root&apos;s permissions and free space.</source>
        <translation>%1 を作成できません。バックアップルートの権限と空き容量を確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot remove the previous dump %1. Check the backup root&apos;s permissions.</source>
        <translation>以前のダンプ %1 を削除できません。バックアップルートの権限を確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dumped the %1 database: %2.</source>
        <translation>データベース %1 をダンプしました: %2。</translation>
    </message>
</context>
<context>
    <name>BackupPublishScenario</name>
    <message>
        <location filename="../engine/scenarios/BackupPublishScenario.cpp" line="+24"/>
        <source>Back up Correspondence Management publish nodes</source>
        <translation>Correspondence Management のパブリッシュノードをバックアップ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stops the publish node(s), copies their repositories and starts them again. Publishing must be held for the duration; the author cluster keeps running.</source>
        <translation>パブリッシュノードを停止し、リポジトリをコピーしてから再起動します。その間は公開を停止する必要があります。オーサークラスターは稼働を続けます。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One publish node (default: all of them).</source>
        <translation>パブリッシュノード 1 台（デフォルト: すべて）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every publish node</source>
        <translation>すべてのパブリッシュノード</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Publish nodes to back up</source>
        <translation>バックアップするパブリッシュノード</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile has no publish node.</source>
        <translation>プロファイルにパブリッシュノードがありません。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add the publish nodes to the profile.</source>
        <translation>プロファイルにパブリッシュノードを追加してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a publish node.</source>
        <translation>%1 はパブリッシュノードではありません。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a publish node with --node.</source>
        <translation>--node でパブリッシュノードを選択してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no repository at %2.</source>
        <translation>%1 には %2 にリポジトリがありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recover the node first (recover-publish-node).</source>
        <translation>先にノードを回復してください（recover-publish-node）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hold publishing</source>
        <translation>公開を停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure nobody publishes from the author cluster (pause the replication agents) until Lifeboat reports that this backup is done.</source>
        <translation>Lifeboat がこのバックアップの完了を報告するまで、オーサークラスターから誰も公開しないようにしてください（レプリケーションエージェントを一時停止）。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Back up all files of %1&apos;s repository</source>
        <translation>%1 のリポジトリの全ファイルをバックアップ</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Back up all files of %1&apos;s repository from its snapshot</source>
        <translation>%1 のリポジトリの全ファイルをスナップショットからバックアップ</translation>
    </message>
</context>
<context>
    <name>BackupRetention</name>
    <message>
        <location filename="../engine/backup/BackupRetention.cpp" line="+52"/>
        <source>Cannot delete %1. Check the permissions of the backup root, or delete the set by hand.</source>
        <translation>%1 を削除できません。バックアップルートの権限を確認するか、セットを手動で削除してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not delete all of %1. Check its permissions and delete what is left by hand.</source>
        <translation>%1 を完全には削除できませんでした。権限を確認し、残りを手動で削除してください。</translation>
    </message>
</context>
<context>
    <name>BackupRollingScenario</name>
    <message>
        <location filename="../engine/scenarios/BackupRollingScenario.cpp" line="+16"/>
        <source>Offline backup with no downtime (rolling backup mode)</source>
        <translation>ダウンタイムなしのオフラインバックアップ（ローリングバックアップモード）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Puts the cluster in rolling backup mode, stops one secondary node and backs up from it while the other nodes keep serving. No downtime; the cluster runs with one node fewer for the duration.</source>
        <translation>クラスターをローリングバックアップモードにし、セカンダリノードを 1 台停止して、他のノードがサービスを続ける間にそのノードからバックアップします。ダウンタイムはありませんが、その間クラスターはノードが 1 台少ない状態で動作します。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secondary node to stop and back up (default: the first).</source>
        <translation>停止してバックアップするセカンダリノード（デフォルト: 最初のノード）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a secondary node</source>
        <translation>%1 がセカンダリノードである</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a secondary node of this cluster.</source>
        <translation>%1 はこのクラスターのセカンダリノードではありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a secondary with --node; the primary must keep running.</source>
        <translation>--node でセカンダリノードを選択してください。プライマリノードは稼働を続ける必要があります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 will be stopped while the others serve.</source>
        <translation>他のノードがサービスを続ける間、%1 は停止されます。</translation>
    </message>
</context>
<context>
    <name>BackupScenario</name>
    <message>
        <location filename="../engine/scenarios/BackupScenario.cpp" line="+231"/>
        <source>these are pipes, sockets or devices, which a backup cannot hold and Lifeboat never opens: %1</source>
        <translation>次はパイプ、ソケット、デバイスで、バックアップには含められず、Lifeboat は決して開きません: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>these links lead outside what is backed up with them, so a restore could not recreate them safely: %1</source>
        <translation>次のリンクは一緒にバックアップされる範囲の外を指しているため、復元で安全に作り直せません: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup would lack something: %1.</source>
        <translation>バックアップに欠けるものが出ます: %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move them out of the folders that are backed up (or replace a link with what it points to), then check again.</source>
        <translation>バックアップ対象のフォルダーから移動する (またはリンクをその指す先の実体に置き換える) してから、もう一度チェックしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only files, folders and links that stay inside their part.</source>
        <translation>ファイル、フォルダー、およびパーツ内にとどまるリンクだけです。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Everything to back up can be archived</source>
        <translation>バックアップ対象はすべてアーカイブできる</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A label for the backup set (and the backup mode session).</source>
        <translation>バックアップセット（およびバックアップモードのセッション）のラベル。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zstd (default), gzip, xz or zip.</source>
        <translation>zstd（デフォルト）、gzip、xz、zip のいずれか。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--compression must be zstd, gzip, xz or zip.</source>
        <translation>--compression には zstd、gzip、xz、zip のいずれかを指定してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first secondary node</source>
        <translation>最初のセカンダリノード</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup mode timeout, 0 to 10080 (0: none).</source>
        <translation>バックアップモードのタイムアウト。0〜10080（0: なし）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--timeout must be 0 to 10080 minutes.</source>
        <translation>--timeout には 0〜10080 分を指定してください。</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Backup root is writable</source>
        <translation>バックアップルートに書き込み可能</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write to %1.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give this user write access, or change &quot;backupRoot&quot; in the profile.</source>
        <translation>このユーザーに書き込み権限を与えるか、プロファイルの &quot;backupRoot&quot; を変更してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enough free space for the backup</source>
        <translation>バックアップに十分な空き容量</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>%1 free under %2, and the backup may need up to %3.</source>
        <translation>%2 配下の空き容量は %1 で、バックアップには最大 %3 が必要になる場合があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free some space (prune old backup sets with &apos;lifeboat prune&apos;) or move the backup root.</source>
        <translation>空き容量を確保する（&apos;lifeboat prune&apos; で古いバックアップセットを削除する）か、バックアップルートを移動してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 free, up to %2 needed.</source>
        <translation>空き %1、最大 %2 必要。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Full or incremental</source>
        <translation>フルまたは増分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A full backup.</source>
        <translation>フルバックアップです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup sets can be signed</source>
        <translation>バックアップセットに署名できる</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has its repository and cluster node id</source>
        <translation>%1 にリポジトリとクラスターノード ID がある</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1/repository/cluster_node.id is missing.</source>
        <translation>%1/repository/cluster_node.id がありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recover the node first (&quot;%1&quot;), then back up.</source>
        <translation>先にノードを回復（「%1」）してから、バックアップしてください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lifeboat can back up the %1 database</source>
        <translation>Lifeboat はデータベース %1 をバックアップできる</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifeboat cannot back up %1 databases yet.</source>
        <translation>Lifeboat は %1 データベースのバックアップにまだ対応していません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up %1 with its own tools in the same backup-mode window, or remove it from the profile.</source>
        <translation>同じバックアップモードの時間帯に %1 を専用ツールでバックアップするか、プロファイルから削除してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Secrets are available</source>
        <translation>シークレットが利用可能</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All secrets the profile refers to are set.</source>
        <translation>プロファイルが参照するすべてのシークレットが設定されています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provide the secret as the message says, then check again.</source>
        <translation>メッセージのとおりにシークレットを指定してから、再度チェックしてください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fix &quot;signing&quot; in the profile, or remove its &quot;key&quot; to make unsigned sets.</source>
        <translation>プロファイルの &quot;signing&quot; を修正してください。署名なしのセットを作る場合は &quot;key&quot; を削除してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each set is signed with %1.</source>
        <translation>各セットは %1 で署名されます。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The primary is running</source>
        <translation>プライマリノードが稼働中</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not running, so the cluster cannot enter backup mode.</source>
        <translation>%1 が稼働していないため、クラスターはバックアップモードに入れません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the cluster, or use &quot;%1&quot;.</source>
        <translation>クラスターを起動するか、「%1」を使用してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cluster is already in %1 (label &quot;%2&quot;).</source>
        <translation>クラスターはすでに %1 です（ラベル &quot;%2&quot;）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another backup may be running. Go on only if you know it is not.</source>
        <translation>別のバックアップが実行中の可能性があります。実行中でないことが確実な場合のみ続行してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is running.</source>
        <translation>%1 は稼働中です。</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Back up the GDS, connectors, node identities, fonts, Content Storage Root and bootstrap properties</source>
        <translation>GDS、コネクタ、ノード ID、フォント、Content Storage Root、ブートストラッププロパティをバックアップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up the GDS, %1&apos;s repository, connectors, node identities, fonts, Content Storage Root and bootstrap properties</source>
        <translation>GDS、%1 のリポジトリ、コネクタ、ノード ID、フォント、Content Storage Root、ブートストラッププロパティをバックアップ</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Back up the bootstrap properties of every secondary node</source>
        <translation>各セカンダリノードのブートストラッププロパティをバックアップ</translation>
    </message>
    <message>
        <location line="-244"/>
        <source>No password on a command line</source>
        <translation>コマンドラインにパスワードがないこと</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The backup-mode commands get their password on standard input, if at all.</source>
        <translation>バックアップモードのコマンドは、パスワードを受け取る場合は標準入力で受け取ります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 put a password on the command line, where every user of that machine can read it while it runs.</source>
        <translation>%1 はパスワードをコマンドラインに渡します。実行中、そのマシンのすべてのユーザーがそれを読めます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass it as the command&apos;s input instead (&quot;input&quot;: &quot;{password}&quot;), if the program can read it from there; see &quot;Command templates and secrets&quot; in docs/profile.md.</source>
        <translation>プログラムが標準入力から読み取れる場合は、代わりにコマンドの入力として渡してください (&quot;input&quot;: &quot;{password}&quot;)。docs/profile.md の「Command templates and secrets」を参照してください。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is running; the cluster is kept in %2 (label &quot;%3&quot;), which the backup uses and leaves on.</source>
        <translation>%1 は稼働中です。クラスタは%2に保たれており (ラベル「%3」)、バックアップはそれを利用し、有効のままにします。</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>Back up what is copied while the nodes are stopped: %1</source>
        <translation>ノードの停止中にコピーするものをバックアップ: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back up from the snapshots, and the configuration, while the nodes serve</source>
        <translation>ノードの稼働中にスナップショットと構成をバックアップ</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Snapshots as the profile asks</source>
        <translation>プロファイルどおりのスナップショット</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot have a %2: %3</source>
        <translation>%1 では %2 を使えません: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set &quot;snapshots&quot; in the profile to &quot;auto&quot; (the best the file system offers) or &quot;none&quot; (copy while the nodes are stopped) for these paths, or put them where that method works.</source>
        <translation>これらのパスについてプロファイルの &quot;snapshots&quot; を &quot;auto&quot;（ファイルシステムが提供する最善の方法）または &quot;none&quot;（ノード停止中にコピー）にするか、その方法が使える場所に置いてください。</translation>
    </message>
    <message>
        <location line="-391"/>
        <source>A full set, even where an incremental one would build on an earlier set.</source>
        <translation>以前のセットに基づく増分セットを作成できる場合でも、完全なセットを作成します。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>A full backup, as asked (--full).</source>
        <translation>指定どおりの完全バックアップです（--full）。</translation>
    </message>
</context>
<context>
    <name>BackupSchedule</name>
    <message>
        <location filename="../engine/run/BackupSchedule.cpp" line="+42"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Say when it runs, for example &quot;daily&quot; or &quot;Mon..Fri 02:00&quot;.</source>
        <translation>実行日時を指定してください（例: &quot;daily&quot;、&quot;Mon..Fri 02:00&quot;）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>systemd does not understand &quot;%1&quot;: %2</source>
        <translation>systemd は &quot;%1&quot; を解釈できません: %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Cannot make the folder %1 for the schedule&apos;s units.</source>
        <translation>スケジュールのユニット用フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cannot delete %1. Check its permissions.</source>
        <translation>%1 を削除できません。権限を確認してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Turn it on with: %1 daemon-reload &amp;&amp; %1 enable --now %2.timer</source>
        <translation>有効にするには: %1 daemon-reload &amp;&amp; %1 enable --now %2.timer</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Lifeboat: %1 of %2</source>
        <translation>Lifeboat: %2 の%1</translation>
    </message>
</context>
<context>
    <name>BackupSetManifest</name>
    <message>
        <location filename="../engine/backup/BackupSetManifest.cpp" line="+83"/>
        <source>it is empty</source>
        <translation>空です</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>%1 is not a complete backup set: it has no readable manifest.json.</source>
        <translation>%1 は完全なバックアップセットではありません（読み取り可能な manifest.json がありません）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a set from &apos;lifeboat backups&apos;.</source>
        <translation>&apos;lifeboat backups&apos; からセットを選択してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The manifest of %1 is damaged (%2).</source>
        <translation>%1 のマニフェストが破損しています (%2)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify the set with &apos;lifeboat verify&apos; and choose another one.</source>
        <translation>&apos;lifeboat verify&apos; でセットを検証し、別のセットを選択してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The manifest of %1 cannot be trusted: %2.</source>
        <translation>%1 のマニフェストは信頼できません: %2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was restored from it; verify the set with &apos;lifeboat verify&apos; and choose another one.</source>
        <translation>ここからは何も復元していません。&apos;lifeboat verify&apos; でセットを検証し、別のセットを選んでください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The manifest of %1 lists no parts.</source>
        <translation>%1 のマニフェストにはパートがありません。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The manifest of %1 lists no parts, so there is nothing to restore from it.</source>
        <translation>%1 のマニフェストにはパートが記載されていないため、リストアするものがありません。</translation>
    </message>
</context>
<context>
    <name>BackupSetVerifier</name>
    <message>
        <location filename="../engine/backup/BackupSetVerifier.cpp" line="+652"/>
        <source>is a link in the archive that the manifest does not list as this link</source>
        <translation>アーカイブ内のリンクですが、マニフェストにはこのリンクとして記載されていません</translation>
    </message>
    <message>
        <location line="-542"/>
        <source>is missing or unreadable, so no archive can be checked as a whole</source>
        <translation>存在しないか読み取れないため、アーカイブ全体を検証できません</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>line %1 is not &quot;&lt;SHA-256&gt;  &lt;archive&gt;&quot;</source>
        <translation>%1 行目が &quot;&lt;SHA-256&gt;  &lt;archive&gt;&quot; の形式ではありません</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 is not a directory. Give a backup set directory (see &apos;lifeboat backups&apos;).</source>
        <translation>%1 はディレクトリではありません。バックアップセットのディレクトリを指定してください（&apos;lifeboat backups&apos; を参照）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is an unfinished backup set (it was never published), so there is nothing to verify. Resume its run, or verify a complete set (see &apos;lifeboat backups&apos;).</source>
        <translation>%1 は未完了のバックアップセット（公開されていない）のため、検証するものがありません。その実行を再開するか、完全なセットを検証してください（&apos;lifeboat backups&apos; を参照）。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>cannot be parsed (%1), so nothing in the set can be checked</source>
        <translation>解析できません (%1)。セット内の何も検証できません</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+400"/>
        <source>cannot be read (%1)</source>
        <translation>読み取れません (%1)</translation>
    </message>
    <message>
        <location line="-404"/>
        <source>is not a regular file, so it was not read</source>
        <translation>通常のファイルではないため、読み込みませんでした</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>is not signed by an allowed signer, and the profile requires it (&quot;signing&quot;: &quot;required&quot;)</source>
        <translation>許可された署名者による署名がありませんが、プロファイルは署名を必須にしています (&quot;signing&quot;: &quot;required&quot;)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>lists no parts</source>
        <translation>パートが記載されていません</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>lists %1, which the manifest does not</source>
        <translation>マニフェストにない %1 が記載されています</translation>
    </message>
    <message numerus="yes">
        <location line="+216"/>
        <source>the archive is missing (%n file(s) of part %1 lost)</source>
        <translation>
            <numerusform>アーカイブがありません（パート %1 の %n 個のファイルが失われました）</numerusform>
        </translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+199"/>
        <location line="+61"/>
        <source>is not listed in SHA256SUMS</source>
        <translation>SHA256SUMS に記載されていません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256 of the archive differs from SHA256SUMS (the archive file was changed or damaged)</source>
        <translation>アーカイブの SHA-256 が SHA256SUMS と異なります（アーカイブファイルが変更または破損しています）</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>is not a .tar.zst, .tar.gz, .tar.xz or .zip archive</source>
        <translation>.tar.zst、.tar.gz、.tar.xz、.zip のいずれのアーカイブでもありません</translation>
    </message>
    <message>
        <location line="-448"/>
        <source>The backup set %1 is damaged, so nothing was restored and every node is as it was: %2. Choose another set (see &apos;lifeboat backups&apos;).</source>
        <translation>バックアップセット %1 は破損しているため、何もリストアされておらず、すべてのノードは元のままです: %2。別のセットを選択してください（&apos;lifeboat backups&apos; を参照）。</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>is missing, though SHA256SUMS lists it</source>
        <translation>SHA256SUMS に記載されていますが、存在しません</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>does not say what manifest.json says (the list of sets would show the set wrongly)</source>
        <translation>manifest.json の内容と一致しません（セット一覧がこのセットを誤って表示します）</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>cannot be parsed (%1), so the files this set takes from %2 cannot be checked</source>
        <translation>解析できません (%1)。このセットが %2 から取得するファイルを検証できません</translation>
    </message>
    <message numerus="yes">
        <location line="+192"/>
        <location line="+89"/>
        <source>cannot be opened as an archive (%1); none of its %n file(s) can be checked</source>
        <translation>
            <numerusform>アーカイブとして開けません (%1)。含まれる %n 個のファイルはいずれも検証できません</numerusform>
        </translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+76"/>
        <source>cannot be read to its end (the archive is damaged or truncated here)</source>
        <translation>最後まで読み取れません（アーカイブはこの位置で破損しているか切り詰められています）</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+55"/>
        <source>is in the archive but not in the manifest</source>
        <translation>アーカイブにありますがマニフェストにありません</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+47"/>
        <source>size is %1 bytes, the manifest says %2</source>
        <translation>サイズは %1 バイトですが、マニフェストでは %2 です</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+75"/>
        <source>SHA-256 differs</source>
        <translation>SHA-256 が一致しません</translation>
    </message>
    <message numerus="yes">
        <location line="-68"/>
        <source>cannot be read past %1 (%2); %n more file(s) not checked</source>
        <translation>
            <numerusform>%1 より先を読み取れません (%2)。残り %n 個のファイルは未検証です</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+30"/>
        <source>missing from the archive</source>
        <translation>アーカイブにありません</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>cannot be decompressed to its end: the archive is damaged</source>
        <translation>最後まで展開できません。アーカイブが破損しています</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>There is no verification to record for %1.</source>
        <translation>%1 について記録する検証結果はありません。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot write %1: %2. The result above stands, but &apos;lifeboat backups&apos; will not show it; check the permissions and free space of the set directory.</source>
        <translation>%1 を書き込めません: %2。上記の結果は有効ですが、&apos;lifeboat backups&apos; には表示されません。セットのディレクトリの権限と空き容量を確認してください。</translation>
    </message>
    <message numerus="yes">
        <location line="-321"/>
        <location line="+132"/>
        <source>is not listed in the SHA256SUMS of %1, the older set this set takes %n file(s) from</source>
        <translation>
            <numerusform>%1（このセットが %n 個のファイルを取得する古いセット）の SHA256SUMS に記載されていません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>SHA-256 of the archive differs from the SHA256SUMS of %1, the older set this set takes %n file(s) from (the archive file was changed or damaged)</source>
        <translation>
            <numerusform>アーカイブの SHA-256 が %1（このセットが %n 個のファイルを取得する古いセット）の SHA256SUMS と異なります（アーカイブファイルが変更または破損しています）</numerusform>
        </translation>
    </message>
    <message>
        <location line="-139"/>
        <location line="+21"/>
        <source>is not a .tar.zst, .tar.gz or .tar.xz archive, so it cannot hold files of a newer set</source>
        <translation>.tar.zst、.tar.gz、.tar.xz のいずれのアーカイブでもないため、新しいセットのファイルを保持できません</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>is missing (part %1 takes files from %2)</source>
        <translation>がありません（パート %1 は %2 のファイルを使います）</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+95"/>
        <location line="+23"/>
        <source>SHA-256 differs from SHA256SUMS (the file was changed or damaged)</source>
        <translation>SHA-256 が SHA256SUMS と異なります（ファイルが変更されたか破損しています）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>does not list the files the manifest stores in %1</source>
        <translation>マニフェストが %1 に格納しているファイルを列挙していません</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>has no part %1</source>
        <translation>パート %1 がありません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is not in this archive as the set records it</source>
        <translation>セットが記録しているとおりにはこのアーカイブにありません</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>is missing, so nothing in the set can be checked or restored</source>
        <translation>がありません。そのため、セット内の何も検証も復元もできません</translation>
    </message>
</context>
<context>
    <name>BackupSqliteStep</name>
    <message>
        <location filename="../engine/steps/BackupSqliteStep.cpp" line="+27"/>
        <source>Back up the %1 database</source>
        <translation>データベース %1 をバックアップ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>consistent copy of %1 (VACUUM INTO), integrity-checked</source>
        <translation>%1 の整合性のあるコピー（VACUUM INTO）、整合性チェック済み</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open the %1 database %2: %3</source>
        <translation>データベース %1 (%2) を開けません: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot copy the %1 database: %2. Run PRAGMA integrity_check on %3; a damaged database must be repaired or restored before it can be backed up.</source>
        <translation>データベース %1 をコピーできません: %2。%3 で PRAGMA integrity_check を実行してください。破損したデータベースは、バックアップする前に修復またはリストアする必要があります。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The copy of the %1 database fails its integrity check (%2). The database %3 is damaged; repair or restore it first.</source>
        <translation>データベース %1 のコピーが整合性チェックに失敗しました (%2)。データベース %3 は破損しています。先に修復またはリストアしてください。</translation>
    </message>
</context>
<context>
    <name>BackupsCommand</name>
    <message>
        <location filename="../app/BackupsCommand.cpp" line="+25"/>
        <source>List the complete backup sets of a profile, newest first, with their last verification</source>
        <translation>プロファイルの完全なバックアップセットを、新しい順に最後の検証結果とともに一覧表示</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The cluster profile (JSON) whose backup root is listed.</source>
        <translation>一覧表示するバックアップルートを持つクラスタープロファイル (JSON)。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON.</source>
        <translation>JSON で出力します。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Usage: lifeboat backups --profile FILE [--json] (a sandbox has its profile at DIR/cluster.json).</source>
        <translation>使い方: lifeboat backups --profile FILE [--json]（サンドボックスのプロファイルは DIR/cluster.json にあります）。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No complete backup sets in %1.</source>
        <translation>%1 に完全なバックアップセットはありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RESTORE POINT</source>
        <translation>復元ポイント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STRATEGY</source>
        <translation>方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIZE</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VERIFIED</source>
        <translation>検証</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LABEL</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never</source>
        <translation>未検証</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ok %1</source>
        <translation>OK %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DAMAGED %1</source>
        <translation>破損 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(manifest unreadable)</source>
        <translation>（マニフェストを読み取れません）</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n unfinished set(s) (.partial) are not listed: resume their run, or &apos;lifeboat prune&apos; removes those untouched for 24 hours.</source>
        <translation>
            <numerusform>未完了のセット %n 件（.partial）は表示されていません。その実行を再開するか、&apos;lifeboat prune&apos; で 24 時間変更のないものを削除してください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-24"/>
        <source>DOWNTIME</source>
        <translation>停止時間</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>RESTORES</source>
        <translation>復元サイズ</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>BASE</source>
        <translation>ベース</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>full</source>
        <translation>フル</translation>
    </message>
</context>
<context>
    <name>ChainUnpacker</name>
    <message>
        <location filename="../engine/restore/ChainUnpacker.cpp" line="+23"/>
        <source>The checksum of %1 could not be taken as it was unpacked, so it was not checked against SHA256SUMS. Nothing was swapped in; verify the set with &apos;lifeboat verify&apos; and try again.</source>
        <translation>%1 のチェックサムを展開中に取得できなかったため、SHA256SUMS と照合していません。何も入れ替えていません。&apos;lifeboat verify&apos; でセットを検証してから、もう一度実行してください。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot unpack into %1: it already exists.</source>
        <translation>%1 に展開できません: 既に存在します。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>In the older set %1: %2</source>
        <translation>古いセット %1 で: %2</translation>
    </message>
</context>
<context>
    <name>Change</name>
    <message>
        <location filename="../engine/run/Change.cpp" line="+48"/>
        <source>delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move</source>
        <translation>移動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write</source>
        <translation>書き込み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overwrite</source>
        <translation>上書き</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stop node</source>
        <translation>ノード停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start node</source>
        <translation>ノード起動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter backup mode</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leave backup mode</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run</source>
        <translation>実行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by hand:</source>
        <translation>手作業:</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 個のファイル</numerusform>
        </translation>
    </message>
    <message>
        <location line="-5"/>
        <source>keep</source>
        <translation>保持</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <location filename="../app/CheckCommand.cpp" line="+19"/>
        <source>Run a scenario&apos;s preconditions and show what would block it</source>
        <translation>シナリオの前提条件をチェックし、実行を妨げる要因を表示</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PASS</source>
        <translation>合格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WARN</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAIL</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to do: %1</source>
        <translation>対処方法: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print JSON.</source>
        <translation>JSON で出力します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings do not block.</source>
        <translation>警告は実行を妨げません。</translation>
    </message>
</context>
<context>
    <name>CheckGdsConsistencyStep</name>
    <message>
        <location filename="../engine/steps/CheckGdsConsistencyStep.cpp" line="+36"/>
        <source>The GDS part of %1 is missing, so the backup cannot be checked.</source>
        <translation>%1 の GDS パートがないため、バックアップを検証できません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The %1 database is not checked against the GDS here (only SQLite copies are).</source>
        <translation>ここではデータベース %1 と GDS の照合は行いません（照合するのは SQLite のコピーのみです）。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot run the GDS reference query of the %1 database: %2. Check &quot;gdsReferenceQuery&quot; in the profile.</source>
        <translation>データベース %1 の GDS 参照クエリを実行できません: %2。プロファイルの &quot;gdsReferenceQuery&quot; を確認してください。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The backup is inconsistent: %n document(s) that the %1 database refers to are missing from the GDS backup or differ: %2. Back up inside a backup mode, or offline.</source>
        <translation>
            <numerusform>バックアップに不整合があります: データベース %1 が参照する %n 件のドキュメントが GDS のバックアップにないか、内容が異なります: %2。バックアップモード中またはオフラインでバックアップしてください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>All %n GDS reference(s) of the %1 database resolve in the GDS backup.</source>
        <translation>
            <numerusform>データベース %1 の %n 件の GDS 参照はすべて GDS のバックアップ内で解決されます。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/steps/CheckGdsConsistencyStep.h" line="+24"/>
        <source>Check that the database and GDS backups agree</source>
        <translation>データベースと GDS のバックアップが一致することを確認</translation>
    </message>
</context>
<context>
    <name>CheckPatchLevelStep</name>
    <message>
        <location filename="../engine/steps/CheckPatchLevelStep.cpp" line="+18"/>
        <source>Check that %1 is at the patch level recorded in the backup</source>
        <translation>%1 がバックアップに記録されたパッチレベルであることを確認</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Apply the patches recorded in the backup (or remove newer ones) so the levels match, then run the restore again. Nothing was restored yet.</source>
        <translation>バックアップに記録されたパッチを適用する（または新しいパッチを削除する）ことでレベルを一致させ、リストアを再実行してください。まだ何もリストアされていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is at the recorded patch level.</source>
        <translation>%1 は記録されたパッチレベルです。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has no &quot;patchLevelFile&quot; in the profile, so its patch level cannot be compared with the backup&apos;s. Add the path of the file that records it.</source>
        <translation>%1 にはプロファイルの &quot;patchLevelFile&quot; がないため、パッチレベルをバックアップと比較できません。それを記録しているファイルのパスを追加してください。</translation>
    </message>
</context>
<context>
    <name>CheckRehearsalStep</name>
    <message>
        <location filename="../engine/steps/CheckRehearsalStep.cpp" line="+39"/>
        <source>%1 is not running</source>
        <translation>%1 が稼働していません</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the forms database cannot be read: %1</source>
        <translation>フォームデータベースを読み取れません: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the GDS document %1 that the database refers to is missing or differs</source>
        <translation>データベースが参照する GDS ドキュメント %1 がないか、内容が異なります</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1&apos;s repository is not the set&apos;s (%2)</source>
        <translation>%1 のリポジトリがセットのものと一致しません (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The rehearsal found what a real restore from this set would get wrong: %1.</source>
        <translation>リハーサルで、このセットから実際にリストアした場合に問題となる点が見つかりました: %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every node is up, every GDS reference resolves, and every repository equals the set.</source>
        <translation>すべてのノードが稼働し、すべての GDS 参照が解決され、すべてのリポジトリがセットと一致しています。</translation>
    </message>
    <message>
        <location filename="../engine/steps/CheckRehearsalStep.h" line="+25"/>
        <source>Check the rehearsal cluster: nodes up, database and GDS consistent, repositories equal to the set</source>
        <translation>リハーサル用クラスターを確認: ノードの稼働、データベースと GDS の整合性、リポジトリとセットの一致</translation>
    </message>
</context>
<context>
    <name>ClusterDiscovery</name>
    <message>
        <location filename="../engine/discovery/ClusterDiscovery.cpp" line="+64"/>
        <source>Looking on %1…</source>
        <translation>%1 を検索しています…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The nodes run different application servers (%1); a profile has one. Choose it by hand.</source>
        <translation>ノードごとにアプリケーションサーバーが異なります (%1)。プロファイルには 1 つしか指定できません。手で選んでください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 in %3</source>
        <translation>%1: %3 の %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: also looked below %2, where a running Java process was started.</source>
        <translation>%1: 実行中の Java プロセスが起動された %2 の下も検索しました。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: no AEM Forms node below %2.</source>
        <translation>%1: %2 の下に AEM Forms のノードはありません。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: %2, %3 node (%4), cluster node id %5</source>
        <translation>%1: %2、%3 ノード (%4)、クラスターノード ID %5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not told by its files</source>
        <translation>ファイルからは不明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 in %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP: %1</source>
        <translation>HTTP: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>forms database: %1</source>
        <translation>フォームデータベース: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>started and stopped with %1</source>
        <translation>起動・停止: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: how to start and stop %2 was not found (no systemd unit, no server scripts); fill in its commands.</source>
        <translation>%1: %2 の起動・停止方法が見つかりませんでした（systemd ユニットもサーバースクリプトもありません）。コマンドを記入してください。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Backup mode: no author node with an HTTP address was found; fill in the backup-mode server.</source>
        <translation>バックアップモード: HTTP アドレスを持つオーサーノードが見つかりませんでした。バックアップモードのサーバーを記入してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup mode: %1 was not found below the primary&apos;s installation; fill in the commands that enter and leave backup mode.</source>
        <translation>バックアップモード: プライマリのインストール先の下に %1 が見つかりませんでした。バックアップモードを開始・終了するコマンドを記入してください。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Backup mode: %1 on %2</source>
        <translation>バックアップモード: %2 の %1</translation>
    </message>
</context>
<context>
    <name>ClusterProfile</name>
    <message>
        <location filename="../engine/profile/ClusterProfile.cpp" line="+658"/>
        <location line="+5"/>
        <location line="+29"/>
        <source>Cannot write the cluster profile %1: %2</source>
        <translation>クラスタープロファイル %1 を書き込めません: %2</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>nodes &quot;%1&quot; and &quot;%2&quot; both keep their crx-repository at %3 on %4; give each node its own host or its own path.</source>
        <translation>ノード「%1」と「%2」は、どちらも %4 上の %3 に crx-repository を置いています。ノードごとに別のホストか別のパスを指定してください。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>this machine</source>
        <translation>このマシン</translation>
    </message>
    <message>
        <location line="-298"/>
        <source>Cannot read the cluster profile: %1. Check the path, or create a sandbox with &apos;lifeboat sandbox create DIR&apos;.</source>
        <translation>クラスタープロファイルを読み取れません: %1。パスを確認するか、&apos;lifeboat sandbox create DIR&apos; でサンドボックスを作成してください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not valid JSON: %1. A profile is plain JSON: no comments, no trailing commas.</source>
        <translation>有効な JSON ではありません: %1。プロファイルは素の JSON です（コメントや末尾のカンマは使えません）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A cluster profile must hold a JSON object ({ … }), but this file holds an array ([ … ]). Put the profile&apos;s keys in one object.</source>
        <translation>クラスタープロファイルには JSON オブジェクト ({ … }) が必要ですが、このファイルには配列 ([ … ]) が書かれています。プロファイルのキーを 1 つのオブジェクトにまとめてください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This key appears twice in its object; only one of them would be read.</source>
        <translation>このキーは同じオブジェクト内に 2 回あります。読み取られるのは片方だけです。</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>databases[%1] has this name already; a database&apos;s backup part is named after it, so every database needs a name of its own.</source>
        <translation>databases[%1] がすでにこの名前を使っています。データベースのバックアップパートはその名前で呼ばれるため、データベースごとに別の名前が必要です。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>nodes[%1] has this name already; every node needs a name of its own.</source>
        <translation>nodes[%1] がすでにこの名前を使っています。ノードごとに別の名前が必要です。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An AEM Forms cluster has exactly one primary author node; this profile has %1.</source>
        <translation>AEM Forms クラスターにはプライマリー作成者ノードがちょうど 1 つ必要です。このプロファイルには %1 つあります。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>hosts[%1] has this name already; every host needs a name of its own.</source>
        <translation>hosts[%1] がすでにこの名前を使っています。ホストごとに別の名前が必要です。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Names the host &quot;%1&quot;, which &quot;hosts&quot; does not list.</source>
        <translation>「hosts」にないホスト「%1」を指定しています。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+6"/>
        <source>The node lives on the host %1, so this path must be absolute (it is %2).</source>
        <translation>ノードはホスト %1 上にあるため、このパスは絶対パスでなければなりません（現在は %2）。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&quot;required&quot; is true, so the allowed-signers file that says whose signatures to trust is needed. Name it here, or set &quot;required&quot; to false.</source>
        <translation>&quot;required&quot; が true なので、どの署名を信頼するかを示す許可署名者ファイルが必要です。ここで指定するか、&quot;required&quot; を false にしてください。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The secrets file %1 does not exist, so the secrets the profile names cannot be checked. Lifeboat reads each from its environment variable, or asks for it.</source>
        <translation>秘密情報ファイル %1 が存在しないため、プロファイルが指定する秘密情報を確認できません。Lifeboat はそれぞれを環境変数から読み取るか、入力を求めます。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The secret &quot;%1&quot; is not defined: the secrets file %2 does not have it, and the environment variable %3 is not set.</source>
        <translation>秘密情報「%1」が定義されていません。秘密情報ファイル %2 にはなく、環境変数 %3 も設定されていません。</translation>
    </message>
    <message>
        <location line="+162"/>
        <location line="+7"/>
        <source>Cannot read the cluster profile %1: %2</source>
        <translation>クラスタープロファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>A path&apos;s snapshot method is &quot;command&quot;, so the snapshot commands are needed; missing: %1.</source>
        <translation>パスのスナップショット方式が「command」なので、スナップショットのコマンドが必要です。不足: %1。</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <location filename="../app/Command.cpp" line="+35"/>
        <source>Run &apos;lifeboat %1 --help&apos; for its options.</source>
        <translation>オプションは &apos;lifeboat %1 --help&apos; で確認できます。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="+56"/>
        <source>Lifeboat backs up and recovers clustered Adobe AEM Forms environments.
With no command it opens the wizard; with a command it runs headless.</source>
        <translation>Lifeboat はクラスター構成の Adobe AEM Forms 環境をバックアップおよび回復します。
コマンドなしではウィザードを開き、コマンドを指定すると画面なしで実行します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use this language (de, fr, ja or en) instead of the system&apos;s.</source>
        <translation>システムの言語の代わりにこの言語（de、fr、ja、en）を使用します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command to run; see the list below.</source>
        <translation>実行するコマンド。下の一覧を参照してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;command&gt; [options]</source>
        <translation>&lt;command&gt; [options]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run &apos;lifeboat --help&apos; to see the commands.</source>
        <translation>コマンドの一覧は &apos;lifeboat --help&apos; で確認できます。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown command &apos;%1&apos;. Run &apos;lifeboat --help&apos; to see the commands.</source>
        <translation>不明なコマンド &apos;%1&apos; です。コマンドの一覧は &apos;lifeboat --help&apos; で確認できます。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit codes:</source>
        <translation>終了コード:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a step failed (cleanup steps ran; see the report)</source>
        <translation>ステップが失敗しました（クリーンアップステップは実行済み。レポートを参照）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a precondition failed; nothing was changed</source>
        <translation>前提条件を満たしていません。何も変更されていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verification failed (a damaged or mismatched backup)</source>
        <translation>検証に失敗しました（破損または不一致のバックアップ）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled, or a confirmation was declined</source>
        <translation>キャンセルされたか、確認が拒否されました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>usage error (unknown command or option, missing argument)</source>
        <translation>使用方法の誤り（不明なコマンドやオプション、引数の不足）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No display found, so the wizard cannot open.
Run a command instead (see &apos;lifeboat --help&apos;), for example &apos;lifeboat demo&apos; for a headless tour on the training sandbox, or open the wizard from a graphical session (or under &apos;xvfb-run lifeboat&apos;).</source>
        <translation>ディスプレイが見つからないため、ウィザードを開けません。
代わりにコマンドを実行するか（&apos;lifeboat --help&apos; を参照）、たとえばトレーニング用サンドボックスで画面なしのツアーを行う &apos;lifeboat demo&apos; を実行するか、グラフィカルセッションから（または &apos;xvfb-run lifeboat&apos; で）ウィザードを開いてください。</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>a cleanup step failed: the cluster needs work by hand (the last lines say what)</source>
        <translation>クリーンアップ手順が失敗しました。クラスターに手作業が必要です（最後の行に内容があります）</translation>
    </message>
</context>
<context>
    <name>ContentSwap</name>
    <message>
        <location filename="../engine/restore/ContentSwap.cpp" line="+66"/>
        <source>%1 already holds the backup&apos;s copy.</source>
        <translation>%1 にはすでにバックアップのコピーがあります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create %1. Check the permissions.</source>
        <translation>%1 を作成できません。権限を確認してください。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot write %1.</source>
        <translation>%1 を書き込めません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its contents, to %1</source>
        <translation>その内容を %1 へ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot move %1 into %2. %3</source>
        <translation>%1 を %2 に移動できません。%3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>restored from the backup</source>
        <translation>バックアップからリストア</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 now holds the backup&apos;s %n file(s).</source>
        <translation>
            <numerusform>%1 にバックアップの %n 個のファイルが配置されました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 left in place</source>
        <translation>%1 はそのまま残しました</translation>
    </message>
</context>
<context>
    <name>ControlTemplates</name>
    <message>
        <location filename="../engine/discovery/ControlTemplates.cpp" line="+44"/>
        <source>systemd unit %1</source>
        <translation>systemd ユニット %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>JBoss&apos;s standalone.sh and jboss-cli.sh</source>
        <translation>JBoss の standalone.sh と jboss-cli.sh</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the WebLogic domain&apos;s startWebLogic.sh and stopWebLogic.sh</source>
        <translation>WebLogic ドメインの startWebLogic.sh と stopWebLogic.sh</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the WebSphere profile&apos;s startServer.sh and stopServer.sh</source>
        <translation>WebSphere プロファイルの startServer.sh と stopServer.sh</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the instance&apos;s own bin/start and bin/stop</source>
        <translation>インスタンス自身の bin/start と bin/stop</translation>
    </message>
</context>
<context>
    <name>CopyRestoredFilesStep</name>
    <message>
        <location filename="../engine/steps/CopyRestoredFilesStep.cpp" line="+35"/>
        <source>Copy all files of %1&apos;s restored repository to %2</source>
        <translation>%1 のリストアされたリポジトリの全ファイルを %2 にコピー</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>its current contents, to %1</source>
        <translation>現在の内容を %1 へ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>replaced by a copy of %1</source>
        <translation>%1 のコピーで置き換え</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot copy %1 to %2. Check the free space.</source>
        <translation>%1 を %2 にコピーできません。空き容量を確認してください。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot rename %1 to %2.</source>
        <translation>%1 の名前を %2 に変更できません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copied %1 for %2.</source>
        <translation>%1 を %2 用にコピーしました。</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>%1 and %2 are on different hosts; Lifeboat copies a restored tree only within one host.</source>
        <translation>%1 と %2 は別のホストにあります。Lifeboat は復元したツリーを同じホスト内でのみコピーします。</translation>
    </message>
</context>
<context>
    <name>CreateRehearsalSandboxStep</name>
    <message>
        <location filename="../engine/steps/CreateRehearsalSandboxStep.cpp" line="+28"/>
        <source>Build a fresh sandbox copy of the recorded topology in %1</source>
        <translation>記録されたトポロジーの新しいサンドボックスコピーを %1 に作成</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a sandbox cluster: %1 author node(s) (%2), %3 publish node(s)</source>
        <translation>サンドボックスクラスター: オーサーノード %1 台 (%2)、パブリッシュノード %3 台</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>rehearsal sandbox</source>
        <translation>リハーサル用サンドボックス</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot write %1.</source>
        <translation>%1 を書き込めません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The rehearsal cluster %1 is ready in %2.</source>
        <translation>リハーサル用クラスター %1 が %2 に準備できました。</translation>
    </message>
</context>
<context>
    <name>DataSourceReader</name>
    <message>
        <location filename="../engine/discovery/DataSourceReader.cpp" line="+128"/>
        <source>%1 names the forms database with %2: %3</source>
        <translation>%1 はフォームデータベースを %2 と指定しています: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no configuration file of %1 in %2</source>
        <translation>%2 に %1 の設定ファイルがありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none of %1 configures the data source %2</source>
        <translation>%1 のどれもデータソース %2 を設定していません</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Lifeboat backs up MariaDB, MySQL, PostgreSQL and SQLite databases; this is not one of them.</source>
        <translation>Lifeboat がバックアップできるのは MariaDB、MySQL、PostgreSQL、SQLite のデータベースで、これはそのどれでもありません。</translation>
    </message>
</context>
<context>
    <name>DatabaseDump</name>
    <message>
        <location filename="../engine/database/DatabaseDump.cpp" line="+62"/>
        <source>The profile names no database for %1. Set its &quot;database&quot; and check again.</source>
        <translation>プロファイルに %1 のデータベースが指定されていません。&quot;database&quot; を設定してから再度チェックしてください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot reach the %1 database: %2</source>
        <translation>データベース %1 に接続できません: %2</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Cancelled by the user.</source>
        <translation>ユーザーによりキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>DatabaseReplacement</name>
    <message>
        <location filename="../engine/restore/DatabaseReplacement.cpp" line="+24"/>
        <source>%1 (%2 database %3 on %4)</source>
        <translation>%1 (%2 データベース %3、%4 上)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The dump %1 is missing, so the %2 database cannot be restored. Run the restore again.</source>
        <translation>ダンプ %1 がないため、データベース %2 をリストアできません。リストアをもう一度実行してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>loaded from %1</source>
        <translation>%1 から読み込み</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot keep the current contents of the %1 database: the profile&apos;s backup root &quot;%2&quot; cannot be created. Set &quot;backupRoot&quot; in the profile to a directory with room for a dump.</source>
        <translation>データベース %1 の現在の内容を保管できません: プロファイルのバックアップルート「%2」を作成できません。プロファイルの &quot;backupRoot&quot; にダンプを置ける容量のあるディレクトリを設定してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The contents the %1 database had before this restore are already kept in %2.</source>
        <translation>このリストア前のデータベース %1 の内容は、すでに %2 に保管されています。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot rename %1 to %2. Check the permissions there.</source>
        <translation>%1 を %2 に名前変更できません。そこの権限を確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the contents of the %1 database before the restore</source>
        <translation>リストア前のデータベース %1 の内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept the current contents of the %1 database in %2.</source>
        <translation>データベース %1 の現在の内容を %2 に保管しました。</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <location filename="../app/DemoCommand.cpp" line="+31"/>
        <source>A headless tour on the training sandbox (built on first use), and how to open the wizard</source>
        <translation>トレーニング用サンドボックス（初回使用時に作成）での画面なしのツアーと、ウィザードの開き方</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;lifeboat demo&apos; takes no arguments.</source>
        <translation>&apos;lifeboat demo&apos; は引数を取りません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lifeboat %1, headless. Log file: %2</source>
        <translation>Lifeboat %1（画面なし）。ログファイル: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Starting the cluster: the primary first, the others once it is up.</source>
        <translation>クラスターを起動しています: 最初にプライマリ、それが起動したら他のノード。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopping the cluster: secondaries first, the primary last.</source>
        <translation>クラスターを停止しています: 最初にセカンダリ、最後にプライマリ。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To open the wizard, run &apos;installer/dev run&apos; from a graphical session, or under a virtual display: &apos;installer/dev exec xvfb-run -a lifeboat&apos;.</source>
        <translation>ウィザードを開くには、グラフィカルセッションから &apos;installer/dev run&apos; を実行するか、仮想ディスプレイで &apos;installer/dev exec xvfb-run -a lifeboat&apos; を実行してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Using the training sandbox in %1.</source>
        <translation>%1 のトレーニング用サンドボックスを使用します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Building the training sandbox in %1 (once)...</source>
        <translation>%1 にトレーニング用サンドボックスを作成しています（初回のみ）...</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backing up with no downtime: %1.</source>
        <translation>ダウンタイムなしでバックアップしています: %1。</translation>
    </message>
</context>
<context>
    <name>DiscardRestoreScratchStep</name>
    <message>
        <location filename="../engine/steps/DiscardRestoreScratchStep.cpp" line="+25"/>
        <source>if left over</source>
        <translation>残っている場合</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>scratch copy</source>
        <translation>作業用コピー</translation>
    </message>
    <message>
        <location filename="../engine/steps/DiscardRestoreScratchStep.h" line="+26"/>
        <source>Remove the restore&apos;s scratch copies</source>
        <translation>リストアの作業用コピーを削除</translation>
    </message>
    <message>
        <location filename="../engine/steps/DiscardRestoreScratchStep.cpp" line="+2"/>
        <source>Some scratch copies could not be removed; see the warnings above.</source>
        <translation>一部の作業用コピーを削除できませんでした。上の警告を参照してください。</translation>
    </message>
</context>
<context>
    <name>DiscardUnfinishedSetStep</name>
    <message>
        <location filename="../engine/steps/DiscardUnfinishedSetStep.cpp" line="+16"/>
        <source>only if the backup did not finish</source>
        <translation>バックアップが完了しなかった場合のみ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot remove the unfinished backup set %1; remove it by hand.</source>
        <translation>未完了のバックアップセット %1 を削除できません。手動で削除してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unfinished backup set</source>
        <translation>未完了のバックアップセット</translation>
    </message>
    <message>
        <location filename="../engine/steps/DiscardUnfinishedSetStep.h" line="+23"/>
        <source>Remove the unfinished backup set, if any</source>
        <translation>未完了のバックアップセットがあれば削除</translation>
    </message>
</context>
<context>
    <name>DisplayWords</name>
    <message>
        <location filename="../engine/support/DisplayWords.cpp" line="+11"/>
        <source>primary</source>
        <comment>node role</comment>
        <translation>プライマリ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secondary</source>
        <comment>node role</comment>
        <translation>セカンダリ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>publish</source>
        <comment>node role</comment>
        <translation>パブリッシュ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no backup mode</source>
        <translation>バックアップモードなし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>safe (snapshot) backup mode</source>
        <translation>スナップショット（セーフ）バックアップモード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rolling backup mode</source>
        <translation>ローリングバックアップモード</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>done</source>
        <comment>step result</comment>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>succeeded</source>
        <comment>run state</comment>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <comment>run state or step result</comment>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <comment>run state or step result</comment>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>declined</source>
        <comment>run state or step result: a confirmation was declined</comment>
        <translation>拒否</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>interrupted</source>
        <comment>run state: Lifeboat stopped during the run</comment>
        <translation>中断</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>failed in cleanup</source>
        <comment>run state: a cleanup step failed, work by hand is left</comment>
        <translation>クリーンアップで失敗</translation>
    </message>
</context>
<context>
    <name>Downtime</name>
    <message>
        <location filename="../engine/run/Downtime.cpp" line="+84"/>
        <source>%1 is still down (%2 so far)</source>
        <translation>%1 はまだ停止中です（これまで %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was down for %2</source>
        <translation>%1 の停止時間は %2 でした</translation>
    </message>
</context>
<context>
    <name>Drill</name>
    <message>
        <location filename="../engine/drills/Drill.cpp" line="+18"/>
        <source>Install the service pack the set was made at first (&apos;lifeboat sandbox patch DIR --node %1&apos;): the restore refuses a node at another patch level. Then: %2</source>
        <translation>まずセットを作成したときのサービスパックを適用します (&apos;lifeboat sandbox patch DIR --node %1&apos;)。復元はパッチレベルの異なるノードを拒否します。その後: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make room first: the crash left a heap dump (heapdumps/*.hprof beside the crx-repository of %1) that fills the disk, and the restore refuses to start without room for what it unpacks. Move it where there is room, or delete it once the JVM team has it. Then: %2</source>
        <translation>まず空き容量を作ります: クラッシュでヒープダンプ (%1 の crx-repository の隣の heapdumps/*.hprof) が残りディスクを埋めており、復元は展開先の空きがないと開始しません。空きのある場所に移すか、JVM チームが入手済みなら削除してください。その後: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (the set before the newest, which is damaged)</source>
        <translation>%1 (最新のセットは破損しているため、その一つ前のセット)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a recovery wider than needed, which took more of the cluster down than the fault did</source>
        <translation>必要以上に広い回復で、障害よりも多くのクラスターを停止させた</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a restore from the damaged backup set</source>
        <translation>破損したバックアップセットからのリストア</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a restore of a repository that was intact, which threw its newer data away</source>
        <translation>無傷だったリポジトリのリストアで、新しいデータを捨ててしまった</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the quarantine of a restore purged before the drill ended (it is what a rollback needs, and what a restore replaced)</source>
        <translation>訓練の終了前に復元の隔離領域を削除した (ロールバックに必要なもので、復元が置き換えたものです)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a secondary started while the primary was down (the sandbox refused it; a real AEM secondary started first takes the cluster over)</source>
        <translation>プライマリが停止中にセカンダリを起動した (サンドボックスは拒否しましたが、本物の AEM では先に起動したセカンダリがクラスターを乗っ取ります)</translation>
    </message>
    <message>
        <location filename="../engine/drills/DrillCatalog.cpp" line="+23"/>
        <source>A secondary that lost its way</source>
        <translation>道を見失ったセカンダリ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monday, 07:40. Users report that forms submitted through one of the author nodes vanish. The other nodes look fine. Find out what is wrong and bring the cluster back.</source>
        <translation>月曜日 7:40。オーサーノードの 1 つから送信したフォームが消えるとユーザーから報告がありました。他のノードは正常に見えます。原因を突き止め、クラスターを復旧してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A node that fell over</source>
        <translation>倒れたノード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The monitoring paged you at 03:12: one author node stopped answering. Nobody has touched anything since.</source>
        <translation>3:12 に監視から呼び出しがありました。オーサーノードの 1 つが応答しなくなりました。それ以降、誰も何も触っていません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A node that forgot who it is</source>
        <translation>自分が誰かを忘れたノード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a colleague tidied up a server&apos;s disk, one author node no longer starts. The colleague swears only temporary files were removed.</source>
        <translation>同僚がサーバーのディスクを整理した後、オーサーノードの 1 つが起動しなくなりました。同僚は一時ファイルしか消していないと言っています。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The primary&apos;s disk is gone</source>
        <translation>プライマリのディスクが失われた</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The storage team replaced a failed disk on the primary&apos;s server overnight. The primary does not come up; the secondaries still answer.</source>
        <translation>ストレージチームが夜間にプライマリのサーバーの故障ディスクを交換しました。プライマリは起動せず、セカンダリはまだ応答しています。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every author node down</source>
        <translation>すべてのオーサーノードが停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A storage outage took the author servers&apos; disks with it. Nothing on the author side answers. The database and the shared storage survived.</source>
        <translation>ストレージ障害でオーサーサーバーのディスクが失われました。オーサー側は何も応答しません。データベースと共有ストレージは無事です。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Documents gone from the shared storage</source>
        <translation>共有ストレージから消えた文書</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since this morning some long-lived processes fail with &quot;document not found&quot;. Every node runs and answers.</source>
        <translation>今朝から、一部の長期プロセスが &quot;document not found&quot; で失敗します。すべてのノードは稼働し、応答しています。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A forms database that lies</source>
        <translation>嘘をつくフォームデータベース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The forms database was restarted after a power cut in the server room. Since then every form shows errors, on every node.</source>
        <translation>サーバールームの停電の後、フォームデータベースが再起動されました。それ以来、すべてのノードですべてのフォームがエラーを表示します。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A publish node burnt out</source>
        <translation>燃え尽きたパブリッシュノード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One publish server was taken away for repair and came back with an empty disk. The authors and the other publish nodes work.</source>
        <translation>パブリッシュサーバーの 1 台が修理に出され、空のディスクで戻ってきました。オーサーと他のパブリッシュノードは動作しています。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A node that will not start</source>
        <translation>起動しないノード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After last night&apos;s patching one author node was left down. The patch notes say nothing about it. Get it serving again.</source>
        <translation>昨夜のパッチ適用の後、オーサーノードの 1 つが停止したままです。パッチノートには何も書かれていません。再び稼働させてください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The backup you reach for first</source>
        <translation>最初に手に取るバックアップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An author node lost its data this morning. Last night&apos;s backup ran, as every night, to the NAS, which had its own troubles overnight.</source>
        <translation>今朝、オーサーノードの 1 つがデータを失いました。昨夜のバックアップは毎晩と同じく NAS に取られましたが、その NAS は夜間に独自の問題を抱えていました。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The backup that never ended</source>
        <translation>終わらなかったバックアップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The nightly backup job died when its server rebooted at 02:00. This morning every node answers, but the forms team says old documents are never cleaned up any more.</source>
        <translation>夜間のバックアップジョブは、そのサーバーが 2:00 に再起動したときに止まりました。今朝はすべてのノードが応答していますが、フォームチームによると古い文書がまったく片付けられなくなったそうです。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore nothing: leave rolling backup mode with the profile&apos;s &quot;leaveRolling&quot; command (the failed backup&apos;s report names it).</source>
        <translation>何もリストアしないでください: プロファイルの &quot;leaveRolling&quot; コマンドでローリングバックアップモードを抜けてください (失敗したバックアップのレポートに記載されています)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A server rebuilt in a hurry</source>
        <translation>急いで再構築されたサーバー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One author node&apos;s server died over the weekend. Operations rebuilt it from the template image and handed it back this morning: &quot;same paths, same name, ready for your data&quot;.</source>
        <translation>週末に 1 台のオーサーノードのサーバーが故障しました。運用チームがテンプレートイメージから再構築し、今朝「パスも名前も同じ、データを入れるだけ」と引き渡してきました。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A node nobody can reach</source>
        <translation>誰も到達できないノード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At 06:10 one author node stopped answering, and its server does not answer ssh either. Users on the other nodes notice nothing.</source>
        <translation>06:10 に 1 台のオーサーノードが応答しなくなり、そのサーバーは ssh にも応答しません。他のノードの利用者は何も気づいていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore nothing: the node&apos;s data is intact, its host cannot be reached, and every restore refuses a host it cannot reach. Bring the host back (on the sandbox, &apos;lifeboat sandbox start DIR&apos; starts its hosts and nodes; on a real cluster, whoever runs the server and its network), then check that the node answers and is in sync.</source>
        <translation>何も復元しない: ノードのデータは無傷で、ホストに到達できないだけです。復元は到達できないホストをすべて拒否します。ホストを復帰させ (サンドボックスでは &apos;lifeboat sandbox start DIR&apos; がホストとノードを起動します。実際のクラスターではサーバーとネットワークの担当者が行います)、ノードが応答し同期していることを確認します。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A node that choked</source>
        <translation>息が詰まったノード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One author node crashed at 04:00 with an out-of-memory error, and the monitoring says its disk is almost full. The JVM team has already copied what they need from that server.</source>
        <translation>04:00 に 1 台のオーサーノードがメモリ不足エラーでクラッシュし、監視によるとそのディスクはほぼ満杯です。JVM チームは必要なものをそのサーバーからすでにコピー済みです。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Back from the maintenance window</source>
        <translation>メンテナンス明け</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network team shut every author node down last night to replace a switch. They are done and have gone home. Bring the author cluster back into service.</source>
        <translation>ネットワークチームが昨夜スイッチ交換のためにすべてのオーサーノードを停止しました。作業は終わり、チームは帰宅済みです。オーサークラスターをサービスに戻してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore nothing: start the primary node first and the secondaries once it is up (&quot;Start all nodes&quot; on the sandbox page, or &apos;lifeboat sandbox start&apos;, keeps that order).</source>
        <translation>何も復元しない: まずプライマリノードを起動し、それが稼働してからセカンダリを起動する (サンドボックスページの「すべてのノードを起動」または &apos;lifeboat sandbox start&apos; はこの順序を守ります)。</translation>
    </message>
</context>
<context>
    <name>DrillCommand</name>
    <message>
        <location filename="../app/DrillCommand.cpp" line="+29"/>
        <source>Run &apos;lifeboat drill --help&apos; for its options.</source>
        <translation>オプションは &apos;lifeboat drill --help&apos; で確認してください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Training drills on the sandbox: a hidden fault, a clock, and a score</source>
        <translation>サンドボックスでの訓練: 隠された障害、時計、そして採点</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The training sandbox&apos;s directory.</source>
        <translation>訓練用サンドボックスのディレクトリ。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start: the drill to run (see &apos;lifeboat drill list&apos;).</source>
        <translation>start: 実行する訓練 (&apos;lifeboat drill list&apos; を参照)。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start: a drill chosen at random.</source>
        <translation>start: ランダムに選んだ訓練。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start: the seed that picks the drill (with --random) and the nodes it hits.</source>
        <translation>start: 訓練 (--random の場合) と対象ノードを選ぶシード値。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>&apos;list&apos; shows the drills. &apos;start --sandbox DIR --drill ID&apos; (or --random, with --seed K to repeat one) takes a backup if the sandbox has none, breaks the sandbox as the drill says without naming the fault, and starts the clock. The trainee recovers it with the usual commands or the wizard; &apos;status&apos; shows the story and the clock, &apos;finish&apos; judges the result point by point and files it; &apos;reset&apos; puts the sandbox back as it was before the drill and forgets it; &apos;history&apos; lists the finished drills.</source>
        <translation>&apos;list&apos; は訓練の一覧を表示します。&apos;start --sandbox DIR --drill ID&apos; (または --random。同じものを繰り返すには --seed K) は、サンドボックスにバックアップがなければ取得し、障害名を明かさずに訓練どおりにサンドボックスを壊し、時計を開始します。受講者はいつものコマンドかウィザードで回復します。&apos;status&apos; はストーリーと時計を、&apos;finish&apos; は結果を項目ごとに採点して記録し、&apos;reset&apos; はサンドボックスを訓練前の状態に戻して訓練を破棄し、&apos;history&apos; は終了した訓練を一覧表示します。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>list, start, status, finish, reset or history</source>
        <translation>list、start、status、finish、reset、history のいずれか</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Say what to do: &apos;lifeboat drill list|start|status|finish|reset|history&apos;.</source>
        <translation>何をするか指定してください: &apos;lifeboat drill list|start|status|finish|reset|history&apos;。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;drill %1&apos; needs --sandbox DIR.</source>
        <translation>&apos;drill %1&apos; には --sandbox DIR が必要です。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Taking a backup of the sandbox for the drill...</source>
        <translation>訓練のためにサンドボックスをバックアップしています…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A drill is already running on %1. Finish it first (&apos;lifeboat drill finish --sandbox %1&apos;).</source>
        <translation>%1 では既に訓練が実行中です。先に終了してください (&apos;lifeboat drill finish --sandbox %1&apos;)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--seed must be a whole number from 0 to 4294967295.</source>
        <translation>--seed は 0 から 4294967295 までの整数でなければなりません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give a drill with --drill ID (see &apos;lifeboat drill list&apos;) or --random.</source>
        <translation>--drill ID (&apos;lifeboat drill list&apos; を参照) か --random で訓練を指定してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sandbox could not be backed up, so the drill did not start. Nothing was broken.</source>
        <translation>サンドボックスをバックアップできなかったため、訓練は開始しませんでした。何も壊していません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The clock is running (target %1). When the cluster is back, run &apos;lifeboat drill finish --sandbox %2&apos;.</source>
        <translation>時計が動いています (目標 %1)。クラスターが復旧したら &apos;lifeboat drill finish --sandbox %2&apos; を実行してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+26"/>
        <location line="+24"/>
        <source>No drill is running on %1.</source>
        <translation>%1 で実行中の訓練はありません。</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Running for %1 (target %2).</source>
        <translation>経過時間 %1 (目標 %2)。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 of %3 points</source>
        <translation>%1: %3 点中 %2 点</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Model answer: %1</source>
        <translation>模範解答: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Debrief: %1 (and %2)</source>
        <translation>振り返り: %1 (および %2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The sandbox is as it was before the drill, its nodes running. What the drill left is in %1.</source>
        <translation>サンドボックスは訓練前の状態に戻り、ノードは稼働しています。訓練が残したものは %1 にあります。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No drill has been finished yet.</source>
        <translation>終了した訓練はまだありません。</translation>
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
        <translation>すべてのオーサーノードが正常に停止されました。壊されたものはありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cluster was left in rolling backup mode, as a backup that dies half-way leaves it.</source>
        <translation>途中で止まったバックアップが残すように、クラスターはローリングバックアップモードのまま残されました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The newest backup set, %1, was damaged.</source>
        <translation>最新のバックアップセット %1 は破損していました。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+49"/>
        <location line="+20"/>
        <source>Debrief: %1</source>
        <translation>振り返り: %1</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Started %1, finished after %2 (target %3).</source>
        <translation>%1 に開始、%2 後に終了 (目標 %3)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was broken</source>
        <translation>壊されていたもの</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score: %1 of %2</source>
        <translation>得点: %2 点中 %1 点</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What was done</source>
        <translation>行ったこと</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No run was made during the drill.</source>
        <translation>訓練中に実行はありませんでした。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>+%1  %2 %3: %4</source>
        <translation>+%1  %2 %3: %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Model answer</source>
        <translation>模範解答</translation>
    </message>
</context>
<context>
    <name>DrillJudge</name>
    <message>
        <location filename="../engine/drills/DrillJudge.cpp" line="+93"/>
        <source>Every node is up</source>
        <translation>すべてのノードが稼働</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>All %n node(s) answer.</source>
        <translation>
            <numerusform>%n 個のノードすべてが応答しています。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not answering: %1.</source>
        <translation>応答なし: %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 reports repository unsync</source>
        <translation>%1 が repository unsync を報告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 holds its repository but does not answer</source>
        <translation>%1 はリポジトリを保持したまま応答しない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is still in a backup mode</source>
        <translation>%1 はまだバックアップモードのまま</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cluster is healthy</source>
        <translation>クラスターは健全</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No node reports repository unsync, hangs or is left in a backup mode.</source>
        <translation>repository unsync を報告するノード、ハングしたノード、バックアップモードのままのノードはありません。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The data is back</source>
        <translation>データが戻っている</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A restore replaced data that was intact.</source>
        <translation>リストアが無傷のデータを置き換えました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing needed restoring, and nothing was.</source>
        <translation>リストアの必要はなく、何もリストアしていません。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>What the fault destroyed is back as the set %1 holds it.</source>
        <translation>障害で失われたものが、セット %1 の内容どおりに戻っています。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (−%2)</source>
        <translation>%1 (−%2)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A sound procedure</source>
        <translation>適切な手順</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No recovery wider than needed, no damaged set, no intact repository replaced, no secondary started before the primary, every quarantine kept.</source>
        <translation>必要以上に広い回復も、破損したセットの使用も、無傷のリポジトリの置き換えも、プライマリより先のセカンダリ起動もなく、すべての隔離領域が保持されています。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Time to recover</source>
        <translation>回復までの時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 against a target of %2.</source>
        <translation>目標 %2 に対して %1。</translation>
    </message>
</context>
<context>
    <name>DrillSession</name>
    <message>
        <location filename="../engine/drills/DrillSession.cpp" line="+71"/>
        <source>The drill &quot;%1&quot; needs a sandbox whose nodes have hosts of their own: create one with &apos;lifeboat sandbox create DIR --hosts&apos; (as root).</source>
        <translation>訓練「%1」には、ノードごとに専用ホストを持つサンドボックスが必要です: &apos;lifeboat sandbox create DIR --hosts&apos; で作成してください (root で)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The drill &quot;%1&quot; needs a sandbox with a file system of its own, which can fill up: create one with &apos;lifeboat sandbox create DIR --filesystem xfs&apos; (as root).</source>
        <translation>訓練「%1」には、満杯にできる専用ファイルシステムを持つサンドボックスが必要です: &apos;lifeboat sandbox create DIR --filesystem xfs&apos; で作成してください (root で)。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The drill&apos;s backup (%1) cannot be taken: %2</source>
        <translation>訓練用のバックアップ (%1) を取得できません: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The sandbox could not be backed up for the drill: %1 %2</source>
        <translation>訓練のためにサンドボックスをバックアップできませんでした: %1 %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The sandbox could not be backed up for the drill (%1). The run&apos;s report is in %2.</source>
        <translation>訓練のためにサンドボックスをバックアップできませんでした (%1)。実行のレポートは %2 にあります。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cannot damage the backup set %1 for the drill: it has no archive to change.</source>
        <translation>訓練のためにバックアップセット %1 を破損させられません: 変更できるアーカイブがありません。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot mend %1, which the drill damaged: %2.</source>
        <translation>訓練が破損させた %1 を修復できません: %2。</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>There is no copy of the sandbox from before the drill in %1. Reset the sandbox with &apos;lifeboat sandbox&apos; instead.</source>
        <translation>%1 に訓練前のサンドボックスのコピーがありません。代わりに &apos;lifeboat sandbox&apos; でサンドボックスをリセットしてください。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot move %1 aside.</source>
        <translation>%1 を退避できません。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not a training sandbox. Drills break things on purpose, so they run only on a sandbox made by &apos;lifeboat sandbox create&apos;.</source>
        <translation>%1 は訓練用サンドボックスではありません。訓練は意図的に壊すため、&apos;lifeboat sandbox create&apos; で作ったサンドボックスでのみ実行します。</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The drill needs %n backup set(s) of the sandbox made by %1; it has %2.</source>
        <translation>
            <numerusform>この訓練には %1 で作ったサンドボックスのバックアップセットが %n 個必要ですが、%2 個しかありません。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The drill &apos;%1&apos; is not in this version&apos;s catalog.</source>
        <translation>訓練 &apos;%1&apos; はこのバージョンのカタログにありません。</translation>
    </message>
</context>
<context>
    <name>ExternalCommand</name>
    <message>
        <location filename="../engine/support/ExternalCommand.cpp" line="+41"/>
        <source>Cannot run %1: %2</source>
        <translation>%1 を実行できません: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 did not finish within %2 seconds.</source>
        <translation>%1 が %2 秒以内に終了しませんでした。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 crashed.</source>
        <translation>%1 がクラッシュしました。</translation>
    </message>
</context>
<context>
    <name>ExtractPartStep</name>
    <message>
        <location filename="../engine/steps/ExtractPartStep.cpp" line="+44"/>
        <source>Unpacks %1 from the backup set next to %2 and checks every file against the manifest. Nothing the cluster uses changes yet.</source>
        <translation>バックアップセットから %1 を %2 の隣に展開し、すべてのファイルをマニフェストと照合します。クラスターが使用しているものはまだ何も変更されません。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>scratch copy, swapped in later</source>
        <translation>作業用コピー（後で入れ替え）</translation>
    </message>
</context>
<context>
    <name>FileAttributes</name>
    <message>
        <location filename="../engine/support/FileAttributes.cpp" line="+64"/>
        <location line="+35"/>
        <source>Cannot give %1 to its recorded owner: %2</source>
        <translation>%1 を記録された所有者に変更できません: %2</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+5"/>
        <location line="+27"/>
        <source>Cannot set the permissions of %1: %2</source>
        <translation>%1 のアクセス権を設定できません: %2</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+27"/>
        <source>Cannot set the modification time of %1: %2</source>
        <translation>%1 の更新日時を設定できません: %2</translation>
    </message>
</context>
<context>
    <name>FileReplacement</name>
    <message>
        <location filename="../engine/restore/FileReplacement.cpp" line="+27"/>
        <source>%1 is already in place.</source>
        <translation>%1 はすでに配置されています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The unpacked copy %1 is missing, so %2 cannot be restored. Run the restore again.</source>
        <translation>展開したコピー %1 がないため、%2 をリストアできません。リストアを再実行してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create %1. Check the permissions.</source>
        <translation>%1 を作成できません。権限を確認してください。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot move %1 to %2.</source>
        <translation>%1 を %2 に移動できません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restored from the backup</source>
        <translation>バックアップからリストア</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored %1.</source>
        <translation>%1 をリストアしました。</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>to %1</source>
        <translation>%1 へ</translation>
    </message>
</context>
<context>
    <name>FileSystemSnapshot</name>
    <message>
        <location filename="../engine/snapshot/FileSystemSnapshot.cpp" line="+252"/>
        <source>%1 is a special file; Lifeboat does not copy it.</source>
        <translation>%1 は特殊ファイルのため、Lifeboat はコピーしません。</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Cannot look at %1: %2</source>
        <translation>%1 を調べられません: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an unknown file system</source>
        <translation>不明なファイルシステム</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is on %2, not on btrfs: only a btrfs subvolume can have a btrfs snapshot.</source>
        <translation>%1 は btrfs ではなく %2 上にあります。btrfs スナップショットを作れるのは btrfs サブボリュームだけです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a folder on btrfs, not a subvolume of its own: only a subvolume can have a btrfs snapshot (make it one with &quot;btrfs subvolume create&quot; and move its files in).</source>
        <translation>%1 は btrfs 上のフォルダーで、独立したサブボリュームではありません。btrfs スナップショットを作れるのはサブボリュームだけです（「btrfs subvolume create」で作成し、ファイルをそこへ移してください）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is on %2, which cannot share the data of copied files (reflink): %3</source>
        <translation>%1 は %2 上にあり、コピーしたファイルのデータを共有（reflink）できません: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+50"/>
        <source>Lifeboat refuses to make or remove the snapshot %1: its path must have a &quot;.lifeboat-&quot; folder in it, so that it is never one of the cluster&apos;s own files.</source>
        <translation>Lifeboat はスナップショット %1 を作成も削除もしません。クラスター自身のファイルと取り違えないよう、そのパスには「.lifeboat-」フォルダーが含まれている必要があります。</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Cannot snapshot %1 to %2: %2 already exists.</source>
        <translation>%1 のスナップショットを %2 に作れません: %2 はすでに存在します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lifeboat makes btrfs snapshots and reflink copies itself, not &quot;%1&quot;.</source>
        <translation>Lifeboat が自ら作るのは btrfs スナップショットと reflink コピーで、「%1」ではありません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The snapshot of %1 did not finish within %2 seconds; the file system there may be stuck.</source>
        <translation>%1 のスナップショットが %2 秒以内に終わりませんでした。そのファイルシステムが停止している可能性があります。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot make the btrfs snapshot %2 of %1: %3</source>
        <translation>%1 の btrfs スナップショット %2 を作成できません: %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot make the reflink copy %2 of %1: %3</source>
        <translation>%1 の reflink コピー %2 を作成できません: %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Removing the snapshot %1 did not finish within %2 seconds; the file system there may be stuck.</source>
        <translation>スナップショット %1 の削除が %2 秒以内に終わりませんでした。そのファイルシステムが停止している可能性があります。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot remove the snapshot %1: %2</source>
        <translation>スナップショット %1 を削除できません: %2</translation>
    </message>
</context>
<context>
    <name>FileWriterThread</name>
    <message>
        <location filename="../engine/restore/FileWriterThread.cpp" line="+53"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <location line="+128"/>
        <location line="+22"/>
        <source>Cannot write %1: %2. Check the free space.</source>
        <translation>%1 を書き込めません: %2。空き容量を確認してください。</translation>
    </message>
</context>
<context>
    <name>FolderSearch</name>
    <message>
        <location filename="../engine/discovery/FolderSearch.cpp" line="+28"/>
        <source>%1: %2 is not a folder; not searched.</source>
        <translation>%1: %2 はフォルダーではないため検索しませんでした。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the search stopped after %2 folders; name the installation folder to search.</source>
        <translation>%1: %2 個のフォルダーで検索を打ち切りました。検索するインストールフォルダーを指定してください。</translation>
    </message>
</context>
<context>
    <name>FormsDatabase</name>
    <message>
        <location filename="../engine/sandbox/FormsDatabase.cpp" line="+49"/>
        <source>Cannot open the forms database %1: %2</source>
        <translation>フォームデータベース %1 を開けません: %2</translation>
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
        <translation>%1 は信頼されていません。チェックでそのことが示されます。</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>--trust-host-key takes HOST=SHA256:… (as ssh-keygen -lf prints it), not &quot;%1&quot;. Nothing was changed.</source>
        <translation>--trust-host-key には HOST=SHA256:…（ssh-keygen -lf の表示形式）を指定します。「%1」ではありません。何も変更されていません。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Lifeboat has not met %1 before. It offers the key
    %2
Compare it with the host&apos;s own (on %1: ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub).
Type &apos;yes&apos; to trust it: </source>
        <translation>Lifeboat は %1 にまだ接続したことがありません。提示された鍵:
    %2
ホスト自身の鍵と比較してください（%1 上で: ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub）。
信頼するには「yes」と入力してください: </translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Nothing was changed.</source>
        <translation>何も変更されていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trusted the key %1 of %2.</source>
        <translation>%2 の鍵 %1 を信頼しました。</translation>
    </message>
</context>
<context>
    <name>Hosts</name>
    <message>
        <location filename="../engine/hosts/Hosts.h" line="+70"/>
        <source>Check that the host can be reached, then check again. Nothing was changed.</source>
        <translation>ホストに到達できることを確認してから、もう一度確認してください。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../engine/hosts/Hosts.cpp" line="+172"/>
        <source>%1: connected as %2, Lifeboat&apos;s helper answers.</source>
        <translation>%1: %2 として接続しました。Lifeboat のヘルパーが応答しています。</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Add %1 to &quot;hosts&quot; in the profile, with its address.</source>
        <translation>プロファイルの「hosts」に %1 をアドレス付きで追加してください。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Check the user and the key for %1 in the profile (or your ssh-agent), then check again.</source>
        <translation>プロファイル（または ssh-agent）にある %1 のユーザーと鍵を確認してから、もう一度確認してください。</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Compare the fingerprint with the host&apos;s own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on %1) and trust it, or run again with --trust-host-key %1=%2.</source>
        <translation>フィンガープリントをホスト自身のもの（%1 上で ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub）と比較して信頼するか、--trust-host-key %1=%2 を付けて再実行してください。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Install the lifeboat package (which has lifeboat-agent) on %1, the same version as here, or set &quot;agentPath&quot; for the host in the profile.</source>
        <translation>%1 に、ここと同じバージョンの lifeboat パッケージ（lifeboat-agent を含む）をインストールするか、プロファイルでそのホストの「agentPath」を設定してください。</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Nothing was changed. Find out why the key of %1 changed (a reinstalled host, or someone in the way) before you trust the new key.</source>
        <translation>何も変更されていません。新しい鍵を信頼する前に、%1 の鍵が変わった理由（ホストの再インストール、または第三者の介在）を確認してください。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The profile has no host named %1.</source>
        <translation>プロファイルに %1 という名前のホストはありません。</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>The profile names a host that its &quot;hosts&quot; do not list.</source>
        <translation>プロファイルが「hosts」にないホストを指定しています。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The profile names the host %1, which its &quot;hosts&quot; do not list.</source>
        <translation>プロファイルがホスト %1 を指定していますが、「hosts」にはありません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the default user</source>
        <translation>既定のユーザー</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Let %1 run exactly &quot;sudo -n %2 serve&quot; without a password on %3: a sudoers rule such as &quot;%1 ALL=(root) NOPASSWD: %2 serve&quot; (visudo -f /etc/sudoers.d/lifeboat).</source>
        <translation>%3 で %1 がパスワードなしで「sudo -n %2 serve」だけを実行できるようにしてください。sudoers の規則の例:「%1 ALL=(root) NOPASSWD: %2 serve」(visudo -f /etc/sudoers.d/lifeboat)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the ssh user</source>
        <translation>ssh ユーザー</translation>
    </message>
</context>
<context>
    <name>HttpListenerReader</name>
    <message>
        <location filename="../engine/discovery/HttpListenerReader.cpp" line="+127"/>
        <source>no configuration file of %1 in %2</source>
        <translation>%2 に %1 の設定ファイルがありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none of %1 says where it takes HTTP requests</source>
        <translation>%1 のどれも HTTP リクエストの受け口を示していません</translation>
    </message>
</context>
<context>
    <name>IncrementalBase</name>
    <message>
        <location filename="../engine/backup/IncrementalBase.cpp" line="+153"/>
        <source>A full backup: the newest %1 set, %2, failed its last verification.</source>
        <translation>完全バックアップ: 最新の %1 セット %2 は前回の検証に失敗しました。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A full backup: the newest %1 set, %2, needs %3, which is no longer in the backup root.</source>
        <translation>完全バックアップ: 最新の %1 セット %2 は %3 を必要としますが、それはもうバックアップルートにありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A full backup: the newest %1 set, %2, takes files from %3, whose manifest does not match its SHA256SUMS (it is damaged). Check it with &apos;lifeboat verify %4&apos;.</source>
        <translation>完全バックアップ: 最新の %1 セット %2 は %3 のファイルを使いますが、その manifest が SHA256SUMS と一致しません（破損しています）。&apos;lifeboat verify %4&apos; で確認してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A full backup: %1 sets build on the last full one, and the profile asks for a full set every %2 backups (&quot;fullEvery&quot;).</source>
        <translation>完全バックアップ: 最後の完全セットに %1 個のセットが基づいており、プロファイルは %2 回ごとに完全セットを求めています（&quot;fullEvery&quot;）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A full backup: the newest %1 set, %2, cannot be built on. %3 Check it with &apos;lifeboat verify %2&apos;.</source>
        <translation>完全バックアップ: 最新の %1 セット %2 はベースにできません。%3 &apos;lifeboat verify %2&apos; で確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An incremental backup: only files changed since %1 are archived; the others stay in the sets that hold them.</source>
        <translation>増分バックアップ: %1 以降に変更されたファイルだけをアーカイブします。その他はそれを保持するセットに残ります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A full backup: there is no earlier %1 set of this cluster to build on.</source>
        <translation>完全バックアップ: このクラスターには基にできる以前の %1 セットがありません。</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <location filename="../engine/run/Journal.cpp" line="+26"/>
        <location line="+13"/>
        <source>Cannot write the run journal %1: %2</source>
        <translation>実行ジャーナル %1 を書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>KnownHosts</name>
    <message>
        <location filename="../engine/hosts/KnownHosts.cpp" line="+72"/>
        <source>ssh-keygen cannot read a host key: %1</source>
        <translation>ssh-keygen がホスト鍵を読み取れません: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>ssh-keygen cannot read %1: %2</source>
        <translation>ssh-keygen が %1 を読み取れません: %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 offers no host key.</source>
        <translation>%1 はホスト鍵を提示していません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 offers no host key: %2</source>
        <translation>%1 はホスト鍵を提示していません: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 does not offer a host key with the fingerprint %2 (it offers %3). Nothing was trusted.</source>
        <translation>%1 はフィンガープリント %2 のホスト鍵を提示していません（提示しているのは %3）。何も信頼済みにしていません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>LeaveOutOfCopyStep</name>
    <message>
        <location filename="../engine/steps/LeaveOutOfCopyStep.cpp" line="+26"/>
        <source>Deletes %1 from the unpacked copy, before the node stops: the procedure deletes them once the backup is restored, and the set keeps them. Nothing the cluster uses changes yet.</source>
        <translation>ノードを停止する前に、展開したコピーから %1 を削除します。手順ではバックアップの復元後にこれらを削除します。セットには残ります。クラスターが使うものはまだ何も変わりません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>only %1 in it, where it holds them; the set keeps them</source>
        <translation>その中の %1 のみ（ある場合）。セットには残ります</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Left %n file(s) out of the unpacked copy.</source>
        <translation>
            <numerusform>展開したコピーから %n 個のファイルを除きました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>left out of the restored copy; the set keeps it</source>
        <translation>復元するコピーから除外（セットには残ります）</translation>
    </message>
</context>
<context>
    <name>Lifeboat::BackupsView</name>
    <message>
        <location filename="../ui/BackupsView.cpp" line="+77"/>
        <source>&amp;Verify now</source>
        <translation>今すぐ検証(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fresh</source>
        <translation>更新(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup sets</source>
        <translation>バックアップセット</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set</source>
        <translation>セット</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strategy</source>
        <translation>方式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full or incremental</source>
        <translation>フルまたは増分</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Restores</source>
        <translation>復元量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last verified</source>
        <translation>最終検証</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the set contains</source>
        <translation>セットの内容</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Part</source>
        <translation>パート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Files</source>
        <translation>ファイル数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sources</source>
        <translation>取得元</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read every archive of the set back and check every file, as &apos;lifeboat verify&apos; does.</source>
        <translation>&apos;lifeboat verify&apos; と同じように、セットのすべてのアーカイブを読み戻してすべてのファイルを検証します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the set for good. A set that another set takes files from stays.</source>
        <translation>セットを完全に削除します。他のセットがファイルを参照しているセットは残ります。</translation>
    </message>
    <message numerus="yes">
        <location line="+79"/>
        <source>Unfinished sets: %n, taking %1. A backup left them, interrupted or still running; &apos;lifeboat prune&apos; deletes those no backup has written to for a day.</source>
        <translation>
            <numerusform>未完了のセット: %n 個、%1 を使用しています。中断されたか実行中のバックアップが残したものです。&apos;lifeboat prune&apos; は、1 日以上どのバックアップも書き込んでいないものを削除します。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>never</source>
        <translation>未検証</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, intact</source>
        <translation>%1、正常</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, DAMAGED</source>
        <translation>%1、破損</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(manifest unreadable)</source>
        <translation>（マニフェストを読み取れません）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>full</source>
        <translation>フル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incremental on %1</source>
        <translation>%1 への増分</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No complete backup sets in %1.</source>
        <translation>%1 に完全なバックアップセットはありません。</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Checking %1…</source>
        <translation>%1 を検証中…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking %1 (%2 of %3)…</source>
        <translation>%1 を検証中（%3 個中 %2 個目）…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is intact (files checked: %2, archives: %3).</source>
        <translation>%1 は正常です（検証したファイル: %2、アーカイブ: %3）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is DAMAGED; do not restore from it: %2</source>
        <translation>%1 は破損しています。このセットから復元しないでください: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 stays: %2 would be left incomplete without it (an incremental set takes files from the sets before it). Delete those first.</source>
        <translation>%1 は残ります: これがないと %2 が不完全になります（増分セットはそれ以前のセットのファイルを参照します）。先にそちらを削除してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete a backup set</source>
        <translation>バックアップセットの削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the backup set %1 (%2) for good? It cannot be restored from afterwards.</source>
        <translation>バックアップセット %1（%2）を完全に削除しますか？ 以後このセットから復元することはできません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Deleted %1.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message>
        <location line="-300"/>
        <source>Restore point</source>
        <translation>復元ポイント</translation>
    </message>
</context>
<context>
    <name>Lifeboat::CatalogWindow</name>
    <message>
        <location filename="../ui/CatalogWindow.cpp" line="+30"/>
        <source>Backups, runs and quarantine</source>
        <translation>バックアップ、実行履歴、隔離領域</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Backups</source>
        <translation>バックアップ(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Runs</source>
        <translation>実行履歴(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quarantine</source>
        <translation>隔離領域(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cluster &amp;profile:</source>
        <translation>クラスタープロファイル(&amp;P):</translation>
    </message>
</context>
<context>
    <name>Lifeboat::CheckResultRow</name>
    <message>
        <location filename="../ui/CheckResultRow.cpp" line="+16"/>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What to do: %1</source>
        <translation>対処方法: %1</translation>
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
        <translation>チェック中…</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Check &amp;again</source>
        <translation>再チェック(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have &amp;read the warnings and want to go on</source>
        <translation>警告を読み、続行します(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check before anything changes</source>
        <translation>変更前のチェック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifeboat looks at the cluster first. These checks only look; they change nothing.</source>
        <translation>Lifeboat はまずクラスターを調べます。これらのチェックは確認のみで、何も変更しません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking</source>
        <translation>チェック中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary of the checks</source>
        <translation>チェックの概要</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check results</source>
        <translation>チェック結果</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>I have read the warnings and want to go on</source>
        <translation>警告を読み、続行します</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check again</source>
        <translation>再チェック</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Something blocks the run. Fix what the failed checks say, then check again.</source>
        <translation>実行を妨げる問題があります。失敗したチェックの内容を修正してから、再度チェックしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing blocks the run, but read the warnings before you go on.</source>
        <translation>実行を妨げる問題はありませんが、続行する前に警告を読んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every check passed.</source>
        <translation>すべてのチェックに合格しました。</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Back to the &amp;Cluster page</source>
        <translation>「クラスターの選択」ページに戻る(&amp;C)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Back to the Cluster page</source>
        <translation>「クラスターの選択」ページに戻る</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Go back to the Cluster page: it shows what each host answered, checks the hosts again, and has Confirm key… for a host seen for the first time.</source>
        <translation>「クラスターの選択」ページに戻ってください。各ホストの応答を表示し、ホストを再チェックし、初めて見るホストには「鍵を確認…」があります。</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ClusterPage</name>
    <message>
        <location filename="../ui/ClusterPage.cpp" line="+54"/>
        <source>&amp;Open a cluster profile…</source>
        <translation>クラスタープロファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the training &amp;sandbox</source>
        <translation>トレーニング用サンドボックスを使用(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Describe a new cluster…</source>
        <translation>新しいクラスターを記述(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test this profile…</source>
        <translation>このプロファイルをテスト(&amp;T)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the cluster</source>
        <translation>クラスターの選択</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the profile that describes your AEM Forms cluster, or practise on the training sandbox.</source>
        <translation>AEM Forms クラスターを記述したプロファイルを開くか、トレーニング用サンドボックスで練習してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+142"/>
        <source>Open a cluster profile</source>
        <translation>クラスタープロファイルを開く</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Use the training sandbox</source>
        <translation>トレーニング用サンドボックスを使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the cluster profile</source>
        <translation>クラスタープロファイルの編集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review and change the open profile as a form, checked as you type.</source>
        <translation>開いているプロファイルをフォームで確認・変更します。入力と同時にチェックされます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name the cluster&apos;s hosts; Lifeboat looks there for its nodes and storage, and you review and save what it found as a new profile.</source>
        <translation>クラスターのホストを指定すると、Lifeboat がそこでノードとストレージを探します。見つかった内容を確認し、新しいプロファイルとして保存します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check what the open profile says against the cluster, changing nothing: hosts, paths, roles, databases, status URLs.</source>
        <translation>開いているプロファイルの内容をクラスターと照合します。何も変更しません: ホスト、パス、ロール、データベース、ステータス URL。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Working</source>
        <translation>処理中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loaded profile</source>
        <translation>読み込んだプロファイル</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Cluster profiles (*.json)</source>
        <translation>クラスタープロファイル (*.json)</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Cluster &lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>クラスター &lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Preparing the training sandbox in %1 and starting its nodes…</source>
        <translation>%1 のトレーニング用サンドボックスを準備し、ノードを起動しています…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not start %1: %2</source>
        <translation>%1 を起動できませんでした: %2</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>The cluster&apos;s hosts and nodes</source>
        <translation>クラスターのホストとノード</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>line %1, column %2</source>
        <translation>%1 行 %2 列</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Could not open %1. Fix these problems in the file and open it again:</source>
        <translation>%1 を開けませんでした。ファイル内の次の問題を修正してから、もう一度開いてください:</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ConfirmationDialog</name>
    <message>
        <location filename="../ui/ConfirmationDialog.cpp" line="+22"/>
        <source>Confirm step %1</source>
        <translation>ステップ %1 の確認</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step %1: for you to do</source>
        <translation>ステップ %1: 手作業</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Only a person can do this. Tick each item once it is done (or not needed):</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;これは人が行う作業です。各項目が完了したら（または不要な場合は）チェックを付けてください:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;This step changes the cluster:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;このステップはクラスターを変更します:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What this step changes</source>
        <translation>このステップによる変更</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checklist</source>
        <translation>チェックリスト</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Go on</source>
        <translation>続行(&amp;G)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Done</source>
        <translation>完了(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel the run here</source>
        <translation>ここで実行を中止(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is a real cluster. Type &lt;b&gt;%1&lt;/b&gt; to go on:</source>
        <translation>これは本番のクラスターです。続行するには &lt;b&gt;%1&lt;/b&gt; と入力してください:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type %1 to confirm</source>
        <translation>確認のため %1 と入力</translation>
    </message>
</context>
<context>
    <name>Lifeboat::DiscoveryDialog</name>
    <message>
        <location filename="../ui/DiscoveryDialog.cpp" line="+47"/>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Look for the cluster</source>
        <translation>クラスターを探す(&amp;L)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Describe a new cluster</source>
        <translation>新しいクラスターの記述</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the cluster&apos;s hosts and how Lifeboat reaches them over ssh. It connects to each, then looks there, reading only, for AEM Forms nodes, the shared stores and the forms database. You review what it found before anything is saved.</source>
        <translation>クラスターのホストと、Lifeboat が ssh でそれらに接続する方法を指定してください。Lifeboat は各ホストに接続し、読み取りのみで AEM Forms のノード、共有ストレージ、フォームデータベースを探します。見つかった内容は、何かを保存する前に確認できます。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>What Lifeboat finds on the hosts shows here.</source>
        <translation>Lifeboat がホストで見つけた内容がここに表示されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was found</source>
        <translation>見つかった内容</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Review and save…</source>
        <translation>確認して保存(&amp;R)…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>One host per line: [NAME=]ADDRESS[:PORT], for example node1=10.0.0.11</source>
        <translation>1 行に 1 ホスト: [NAME=]ADDRESS[:PORT]。例: node1=10.0.0.11</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hosts:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every host of the cluster: each node&apos;s and the one that serves the shared storage. The name is how the profile refers to the host; the address is what ssh connects to.</source>
        <translation>クラスターのすべてのホスト: 各ノードのホストと、共有ストレージを提供するホスト。名前はプロファイル内でホストを指す名前、アドレスは ssh の接続先です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ssh&apos;s default</source>
        <translation>ssh の既定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account Lifeboat logs in as on every host (by key, never by password).</source>
        <translation>Lifeboat が各ホストにログインするアカウント（鍵で認証し、パスワードは使いません）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ssh &amp;user:</source>
        <translation>ssh ユーザー(&amp;U):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ssh-agent and ssh&apos;s own keys</source>
        <translation>ssh-agent と ssh 自身の鍵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The private key that logs in on every host.</source>
        <translation>各ホストへのログインに使う秘密鍵。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ssh &amp;key:</source>
        <translation>ssh 鍵(&amp;K):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An ssh_config file for every host (ssh -F), for jump hosts and the like.</source>
        <translation>全ホスト用の ssh_config ファイル（ssh -F）。踏み台ホストなどに使います。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ssh con&amp;fig file:</source>
        <translation>ssh 設定ファイル(&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where Lifeboat&apos;s helper, lifeboat-agent, is installed on the hosts.</source>
        <translation>ホスト上で Lifeboat のヘルパー lifeboat-agent がインストールされている場所。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>H&amp;elper on the hosts:</source>
        <translation>ホスト上のヘルパー(&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folders below which Lifeboat looks on each host, separated by spaces.</source>
        <translation>各ホストで Lifeboat がこの下を検索するフォルダー。スペースで区切ります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look &amp;below:</source>
        <translation>検索する場所(&amp;B):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a new .json file</source>
        <translation>新しい .json ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the profile will be saved after you review it; its known_hosts file goes beside it. An existing file is never written over.</source>
        <translation>確認後にプロファイルを保存する場所。known_hosts ファイルはその隣に置かれます。既存のファイルは上書きしません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sa&amp;ve the profile as:</source>
        <translation>プロファイルの保存先(&amp;V):</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the profile as</source>
        <translation>プロファイルの保存先</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cluster profiles (*.json)</source>
        <translation>クラスタープロファイル (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a file</source>
        <translation>ファイルの選択</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Say where to save the profile (Save the profile as).</source>
        <translation>プロファイルの保存先を指定してください（「プロファイルの保存先」）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 exists already; a new profile never writes over one. Choose another name.</source>
        <translation>%1 はすでに存在します。新しいプロファイルで既存のファイルを上書きすることはありません。別の名前を指定してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 does not exist. Choose a folder that does.</source>
        <translation>フォルダー %1 は存在しません。存在するフォルダーを選んでください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a file. Choose the file, or leave it empty.</source>
        <translation>%1 はファイルではありません。ファイルを選ぶか、空欄のままにしてください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a host: write [NAME=]ADDRESS[:PORT], for example node1=10.0.0.11.</source>
        <translation>「%1」はホストではありません。[NAME=]ADDRESS[:PORT] の形式で書いてください。例: node1=10.0.0.11。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The host name %1 is given twice; each host needs its own.</source>
        <translation>ホスト名 %1 が 2 回指定されています。ホストごとに別の名前が必要です。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name at least one host.</source>
        <translation>ホストを 1 つ以上指定してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name at least one folder to look below.</source>
        <translation>検索するフォルダーを 1 つ以上指定してください。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Every host answers: Lifeboat can look.</source>
        <translation>すべてのホストが応答しました。Lifeboat は検索できます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settle each host above, then look.</source>
        <translation>上の各ホストの問題を解決してから検索してください。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Not found, or not told apart (fill in or check these when you review):</source>
        <translation>見つからなかったもの、または区別できなかったもの（確認時に記入またはチェックしてください）:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still to fill in before the profile loads:</source>
        <translation>プロファイルを読み込めるようにするため、まだ記入が必要なもの:</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Found %n node(s). Review them, fill in what is missing, and save.</source>
        <translation>
            <numerusform>%n 個のノードが見つかりました。内容を確認し、足りないものを記入してから保存してください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No AEM Forms node was found on these hosts. Check the hosts and where to look.</source>
        <translation>これらのホストに AEM Forms のノードは見つかりませんでした。ホストと検索する場所を確認してください。</translation>
    </message>
</context>
<context>
    <name>Lifeboat::DrillBanner</name>
    <message>
        <location filename="../ui/DrillBanner.cpp" line="+23"/>
        <source>&amp;I&apos;m done</source>
        <translation>完了(&amp;I)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training drill</source>
        <translation>訓練</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drill clock</source>
        <translation>訓練の時計</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cluster is back: stop the clock and see the score.</source>
        <translation>クラスターが復旧した: 時計を止めて得点を見る。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Training drill: %1 · %2 (target %3)</source>
        <translation>訓練: %1 · %2 (目標 %3)</translation>
    </message>
</context>
<context>
    <name>Lifeboat::DrillPage</name>
    <message>
        <location filename="../ui/DrillPage.cpp" line="+56"/>
        <source>&amp;Start the drill</source>
        <translation>訓練を開始(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call &amp;off the drill…</source>
        <translation>訓練を中止(&amp;O)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training drill</source>
        <translation>訓練</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the trainer: pick a drill and start it. Lifeboat breaks the sandbox without saying how; the trainee recovers it against the clock and gets a score with a debrief.</source>
        <translation>トレーナー向け: 訓練を選んで開始します。Lifeboat は何をしたかを告げずにサンドボックスを壊します。受講者は時間内に復旧し、得点と振り返りを受け取ります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drills</source>
        <translation>訓練</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any drill, chosen at random</source>
        <translation>ランダムに選ばれた訓練</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the trainee is told</source>
        <translation>受講者に伝えられること</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Story</source>
        <translation>状況</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difficulty and target time</source>
        <translation>難易度と目標時間</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;eed:</source>
        <translation>シード(&amp;E):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same seed picks the same nodes again (and the same drill, when it is chosen at random): for a trainee who wants another try, or for a class doing the same drill.</source>
        <translation>同じシードなら同じノードが (ランダムな場合は同じ訓練も) 選ばれます。もう一度挑戦したい受講者や、同じ訓練を行うクラスのために。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Working</source>
        <translation>処理中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Call off the drill</source>
        <translation>訓練を中止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the clock and put the sandbox back as it was before the drill? Nothing is scored. What the drill left is moved aside, not deleted.</source>
        <translation>時計を止め、サンドボックスを訓練前の状態に戻しますか? 採点はされません。訓練で残ったものは削除せず、別の場所に移します。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Difficulty %1 of 3 · target time %2 · restores from a set of: %3</source>
        <translation>難易度 %1/3 · 目標時間 %2 · 復元元のセット: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Lifeboat picks one of the %n drills. The trainee is told its story when it starts; which fault it hides is told only in the debrief.</source>
        <translation>
            <numerusform>Lifeboat が %n 個の訓練から 1 つを選びます。受講者には開始時に状況だけが伝えられ、どの障害が隠されているかは振り返りで初めて明かされます。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Difficulty %1 of 3 · target time %2</source>
        <translation>難易度 %1/3 · 目標時間 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The drill is running since %1. Hand over to the trainee: Next goes on to recovering the sandbox, and &quot;I&apos;m done&quot; at the top of every page ends the drill.</source>
        <translation>訓練は %1 から実行中です。受講者に交代してください。「次へ」でサンドボックスの復旧に進み、各ページ上部の「完了」で訓練を終えます。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The seed must be a whole number from 0 to 4294967295, or empty for any.</source>
        <translation>シードは 0 から 4294967295 までの整数か、任意なら空欄にしてください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preparing the drill: a backup of the sandbox if it has none yet, then the faults…</source>
        <translation>訓練を準備中: まだなければサンドボックスのバックアップ、次に障害…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Putting the sandbox back as it was before the drill…</source>
        <translation>サンドボックスを訓練前の状態に戻しています…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The drill is called off and the sandbox is as it was before it, its nodes running. What the drill left is in %1.</source>
        <translation>訓練は中止され、サンドボックスは訓練前の状態に戻り、ノードは稼働しています。訓練で残ったものは %1 にあります。</translation>
    </message>
</context>
<context>
    <name>Lifeboat::DrillResultPage</name>
    <message>
        <location filename="../ui/DrillResultPage.cpp" line="+35"/>
        <source>Open the &amp;debrief</source>
        <translation>振り返りを開く(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the debrief as &amp;PDF</source>
        <translation>振り返りを PDF で開く(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the drill went</source>
        <translation>訓練の結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The score, point by point, and the model answer. The debrief puts every run of the drill beside it, for the trainee and the trainer to go through together.</source>
        <translation>項目ごとの得点と模範解答です。振り返りには訓練中のすべての実行が並べられ、受講者とトレーナーが一緒に確認できます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working</source>
        <translation>処理中</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Score</source>
        <translation>得点</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Points</source>
        <translation>点数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What was judged</source>
        <translation>評価項目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Score by point</source>
        <translation>項目ごとの得点</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Model answer</source>
        <translation>模範解答</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Judging the sandbox as it is now…</source>
        <translation>現在のサンドボックスを評価しています…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The drill could not be judged, and it is still running: %1</source>
        <translation>訓練を評価できませんでした。訓練はまだ実行中です: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 of %3 points</source>
        <translation>%1: %3 点中 %2 点</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Model answer: %1</source>
        <translation>模範解答: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The debrief could not be written: %1</source>
        <translation>振り返りを書き込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Lifeboat::HostKeyDialog</name>
    <message>
        <location filename="../ui/HostKeyDialog.cpp" line="+20"/>
        <source>%1, port %2</source>
        <translation>%1、ポート %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The key of %1 has changed</source>
        <translation>%1 の鍵が変わりました</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirm the key of %1</source>
        <translation>%1 の鍵の確認</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Trust this key</source>
        <translation>この鍵を信頼(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust this key</source>
        <translation>この鍵を信頼</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>or ask the host&apos;s administrator for it. Trust the key only if the two fingerprints are exactly the same; if they differ, someone may be between you and the host.</source>
        <translation>または、ホストの管理者に確認してください。2 つのフィンガープリントが完全に一致する場合にのみ、この鍵を信頼してください。異なる場合は、誰かがあなたとホストの間に割り込んでいる可能性があります。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ask the host&apos;s administrator why the key changed (a reinstalled host gets a new one). If they cannot say, someone may be between you and the host: do not go on. Once they have confirmed the new key, remove the old one from Lifeboat&apos;s known hosts file:</source>
        <translation>鍵が変わった理由をホストの管理者に確認してください（再インストールしたホストには新しい鍵が付きます）。理由が分からない場合は、誰かがあなたとホストの間に割り込んでいる可能性があります。先に進まないでください。管理者が新しい鍵を確認したら、Lifeboat の既知のホストファイルから古い鍵を削除します:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Then check the hosts again: %1 shows as seen for the first time, and you can confirm its new key.</source>
        <translation>その後、ホストを再チェックしてください。%1 は初めて見るホストとして表示され、新しい鍵を確認できます。</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>&lt;b&gt;Lifeboat has not met %1 before.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 はまだ Lifeboat に登録されていません。&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key type:</source>
        <translation>鍵の種類:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint:</source>
        <translation>フィンガープリント:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare the fingerprint with the host&apos;s own before you trust it. On %1, run:</source>
        <translation>信頼する前に、フィンガープリントをホスト自身のものと比較してください。%1 上で次を実行します:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;%1 now offers a different key from the one you trusted.&lt;/b&gt; Lifeboat does not connect to it, and no run can go on until this is settled. Nothing was changed.</source>
        <translation>&lt;b&gt;%1 は、あなたが信頼した鍵とは別の鍵を提示しています。&lt;/b&gt;Lifeboat はこのホストに接続しません。これが解決するまで、どの実行も先に進めません。何も変更されていません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trusted until now:</source>
        <translation>これまで信頼していた鍵:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offered now (%1):</source>
        <translation>現在提示されている鍵（%1）:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Host:</source>
        <translation>ホスト:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>アドレス:</translation>
    </message>
</context>
<context>
    <name>Lifeboat::HostStatesView</name>
    <message>
        <location filename="../ui/HostStatesView.cpp" line="+51"/>
        <source>Check the hosts &amp;again</source>
        <translation>ホストを再チェック(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hosts</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hosts summary</source>
        <translation>ホストの概要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the hosts again</source>
        <translation>ホストを再チェック</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Host error</source>
        <translation>ホストのエラー</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>this machine</source>
        <translation>このマシン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host key to confirm</source>
        <translation>ホスト鍵の確認が必要</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host key changed</source>
        <translation>ホスト鍵が変わった</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreachable</source>
        <translation>到達不能</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>login refused</source>
        <translation>ログイン拒否</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifeboat&apos;s helper missing</source>
        <translation>Lifeboat のヘルパーがない</translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+49"/>
        <location line="+2"/>
        <source>checking…</source>
        <translation>確認中…</translation>
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
        <translation>対処方法: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confirm key…</source>
        <translation>鍵を確認…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show keys…</source>
        <translation>鍵を表示…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>%2: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Checking each host over ssh…</source>
        <translation>各ホストを ssh で確認しています…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every host is connected.</source>
        <translation>すべてのホストに接続しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The wizard goes on once every host is connected: confirm the key of a new host, fix what the others say, then check the hosts again.</source>
        <translation>すべてのホストに接続するとウィザードを進められます。新しいホストの鍵を確認し、ほかのホストの指摘を解決してから、ホストを再チェックしてください。</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>It offers the %1 key %2.</source>
        <translation>%1 鍵 %2 を提示しています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It now offers the %1 key %2, not the key you trusted.</source>
        <translation>現在は %1 鍵 %2 を提示しており、あなたが信頼した鍵ではありません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Compare its key with the host&apos;s own, then trust it (Confirm key…).</source>
        <translation>鍵をホスト自身のものと比較してから信頼してください（鍵を確認…）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not go on before the host&apos;s administrator has said why (Show keys…).</source>
        <translation>ホストの管理者が理由を説明するまで先に進まないでください（鍵を表示…）。</translation>
    </message>
</context>
<context>
    <name>Lifeboat::HttpServer</name>
    <message>
        <location filename="../node/HttpServer.cpp" line="+77"/>
        <source>The node agent&apos;s HTTP server listens on loopback addresses only, not on %1.</source>
        <translation>ノードエージェントの HTTP サーバーはループバックアドレスでのみ待ち受けます。%1 では待ち受けません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>%1 のポート %2 で待ち受けできません: %3</translation>
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
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Start &amp;another task</source>
        <translation>別の作業を始める(&amp;A)</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Quit Lifeboat</source>
        <translation>Lifeboat を終了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit Lifeboat? Nothing has run yet; what you chose on these pages is not kept.</source>
        <translation>Lifeboat を終了しますか？まだ何も実行されていません。これらのページで選んだ内容は保持されません。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Training drill</source>
        <translation>訓練</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A run is still going. Let it end, or cancel it, then press &quot;I&apos;m done&quot; again.</source>
        <translation>実行がまだ進行中です。終わるのを待つか取り消してから、もう一度「完了」を押してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End the drill</source>
        <translation>訓練を終える</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is the cluster back? The clock stops and Lifeboat judges the sandbox as it is now.</source>
        <translation>クラスターは復旧しましたか? 時計が止まり、Lifeboat は現在の状態のサンドボックスを評価します。</translation>
    </message>
</context>
<context>
    <name>Lifeboat::LogView</name>
    <message>
        <location filename="../ui/LogView.cpp" line="+33"/>
        <source>&amp;Follow</source>
        <translation>追従(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information and above</source>
        <translation>情報以上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings and errors</source>
        <translation>警告とエラー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors only</source>
        <translation>エラーのみ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log level</source>
        <translation>ログレベル</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Search the log</source>
        <translation>ログを検索</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run log</source>
        <translation>実行ログ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve…</source>
        <translation>保存(&amp;V)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Save the log</source>
        <translation>ログの保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log files (*.log *.txt)</source>
        <translation>ログファイル (*.log *.txt)</translation>
    </message>
</context>
<context>
    <name>Lifeboat::NodeAgent</name>
    <message>
        <location filename="../node/NodeAgent.cpp" line="+66"/>
        <source>cannot join the cluster: the primary node %1 is not running; start the primary first and the secondaries only once it is up</source>
        <translation>クラスターに参加できません: プライマリノード %1 が稼働していません。先にプライマリを起動し、稼働してからセカンダリを起動してください</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot listen on port %1: %2</source>
        <translation>ポート %1 で待ち受けできません: %2</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>the repository %1 is missing; restore it from a backup</source>
        <translation>リポジトリ %1 がありません。バックアップからリストアしてください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1/cluster_node.id is missing: the node cannot take its place in the cluster; restore the node&apos;s cluster node id</source>
        <translation>%1/cluster_node.id がありません: ノードがクラスター内の位置に就けません。ノードのクラスターノード ID をリストアしてください</translation>
    </message>
</context>
<context>
    <name>Lifeboat::OpenPathDialog</name>
    <message>
        <location filename="../ui/OpenPathDialog.cpp" line="+28"/>
        <source>This system has no desktop launcher (xdg-open) to open it with.</source>
        <translation>このシステムには、開くためのデスクトップランチャー（xdg-open）がありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The desktop launcher (xdg-open) could not open it.</source>
        <translation>デスクトップランチャー（xdg-open）で開けませんでした。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not open</source>
        <translation>開けません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifeboat could not open %1. %2 Copy the path and open it yourself.</source>
        <translation>Lifeboat は %1 を開けませんでした。%2 パスをコピーして、ご自身で開いてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why it could not open</source>
        <translation>開けなかった理由</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the path</source>
        <translation>パスをコピー</translation>
    </message>
</context>
<context>
    <name>Lifeboat::OptionsPage</name>
    <message>
        <location filename="../ui/OptionsPage.cpp" line="+155"/>
        <source>Set the options</source>
        <translation>オプションの設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave a field as it is to use the scenario&apos;s default.</source>
        <translation>シナリオのデフォルト値を使う場合は、フィールドを変更しないでください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup root</source>
        <translation>バックアップルート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup &amp;root:</source>
        <translation>バックアップルート(&amp;R):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change…</source>
        <translation>変更…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose another backup root</source>
        <translation>別のバックアップルートを選択</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this cluster&apos;s backup sets in another directory from now on (saved in the profile).</source>
        <translation>今後、このクラスターのバックアップセットを別のディレクトリに保存します（プロファイルに保存されます）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Choose the backup root</source>
        <translation>バックアップルートを選択</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This profile has no file to keep another backup root in. Save it first (Edit… on the Cluster page).</source>
        <translation>このプロファイルには別のバックアップルートを保存するファイルがありません。先に保存してください（クラスターページの「編集…」）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change the backup root?</source>
        <translation>バックアップルートを変更しますか？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the backup sets of %1 in %2 from now on?

Lifeboat writes this into the profile %3: later backups go there, and restores and the Backups window look for sets there. The sets in %4 stay where they are.</source>
        <translation>今後、%1 のバックアップセットを %2 に保存しますか？

Lifeboat はこれをプロファイル %3 に書き込みます。以降のバックアップはそこに保存され、復元とバックアップウィンドウはそこでセットを探します。%4 にあるセットはそのまま残ります。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source> ms</source>
        <translation> ミリ秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>a new or empty directory; empty: under Lifeboat&apos;s data directory</source>
        <translation>新しいディレクトリまたは空のディレクトリ。空欄: Lifeboat のデータディレクトリ配下</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>This scenario has no options.</source>
        <translation>このシナリオにはオプションがありません。</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>Strategy</source>
        <translation>方式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verified</source>
        <translation>検証</translation>
    </message>
    <message>
        <location line="-257"/>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the newest set that holds what this restore needs</source>
        <translation>このリストアに必要なものを含む最新のセット</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>not verified</source>
        <translation>未検証</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>verified %1</source>
        <translation>検証済み %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DAMAGED</source>
        <translation>破損</translation>
    </message>
    <message>
        <location line="+336"/>
        <source>There is no backup set under %1 yet. Go back and make one first.</source>
        <translation>%1 配下にはまだバックアップセットがありません。戻って先に作成してください。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>reading what %1 shows…</source>
        <translation>%1 の状態を読み取り中…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not needed from what the node shows</source>
        <translation>ノードの状態から見て不要</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>asked for in the wizard</source>
        <translation>ウィザードで指定</translation>
    </message>
    <message>
        <location line="-337"/>
        <source>Checking the options…</source>
        <translation>オプションを確認中…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Checking the options</source>
        <translation>オプションを確認中</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>%1, incremental on %2</source>
        <translation>%1、%2 に対する増分</translation>
    </message>
    <message>
        <location line="+310"/>
        <source>Restore point</source>
        <translation>復元ポイント</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose %1</source>
        <translation>%1 を選択</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a directory</source>
        <translation>ディレクトリを選択</translation>
    </message>
</context>
<context>
    <name>Lifeboat::PlanPage</name>
    <message>
        <location filename="../ui/PlanPage.cpp" line="+67"/>
        <source>Building the plan…</source>
        <translation>プランを作成中…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export runbook…</source>
        <translation>ランブックをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every step in order, with what it would change. Nothing has changed yet; steps marked &quot;asks first&quot; wait for your confirmation when they come.</source>
        <translation>すべてのステップを順に、それぞれが変更する内容とともに示します。まだ何も変更されていません。「先に確認」と示されたステップは、その順番が来たときに確認を求めます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Building the plan</source>
        <translation>プランを作成中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary of the plan</source>
        <translation>プランの概要</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan steps</source>
        <translation>プランのステップ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirmation</source>
        <translation>確認</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+192"/>
        <location line="+14"/>
        <source>Export runbook</source>
        <translation>ランブックのエクスポート</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>The scenario could not build a plan with these options.</source>
        <translation>このオプションではシナリオのプランを作成できませんでした。</translation>
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
        <translation>先に確認</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>(changes nothing)</source>
        <translation>（変更なし）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Always at the end</source>
        <translation>常に最後に実行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whatever happens, these undo what the plan disturbed.</source>
        <translation>何が起きても、これらのステップがプランによって乱れた状態を元に戻します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (if step %2 ran)</source>
        <translation>%1 (ステップ %2 が実行された場合)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 step</source>
        <translation>1 ステップ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 steps</source>
        <translation>%1 ステップ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2 of them change the cluster and ask for confirmation first.</source>
        <translation>%1。うち %2 はクラスターを変更するため、先に確認を求めます。</translation>
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
        <translation>%1 を書き込めませんでした: %2</translation>
    </message>
    <message>
        <location line="-258"/>
        <source>&amp;Approve the whole plan now: the run does not ask again before each step</source>
        <translation>計画全体を今すぐ承認(&amp;A): 実行中は各ステップの前に確認しません</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Approve the whole plan</source>
        <translation>計画全体を承認</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps approved with the whole plan</source>
        <translation>計画全体とともに承認されるステップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster name to approve the whole plan</source>
        <translation>計画全体を承認するためのクラスター名</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>%1; none of them asks for confirmation.</source>
        <translation>%1。確認を求めるステップはありません。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Approving says yes now to these steps, which change the cluster; steps only a person can do still ask when they come:</source>
        <translation>承認すると、クラスターを変更する次のステップに今すぐ「はい」と答えます。人が行うステップは、その時点で引き続き確認します:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type %1 to approve the whole plan</source>
        <translation>計画全体を承認するには %1 と入力してください</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>&amp;Schedule this backup…</source>
        <translation>このバックアップをスケジュール(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ProfileEditor</name>
    <message>
        <location filename="../ui/ProfileEditor.cpp" line="+55"/>
        <source>Cluster profile — %1</source>
        <translation>クラスタープロファイル — %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Parts of the profile</source>
        <translation>プロファイルの各部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Page Down and Ctrl+Page Up go to the next and the previous part from anywhere.</source>
        <translation>Ctrl+Page Down と Ctrl+Page Up で、どこからでも次と前のパートへ移動します。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problems of the profile</source>
        <translation>プロファイルの問題</translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>%n problem(s) to fix</source>
        <translation>
            <numerusform>修正が必要な問題: %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1, %n problem(s) to fix</source>
        <translation>
            <numerusform>%1、修正が必要な問題 %n 件</numerusform>
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
        <translation>プロファイル</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Its value goes to the secrets file %1 when you save.</source>
        <translation>保存時に、この値はシークレットファイル %1 に書き込まれます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secret &quot;%1&quot; has no value here: Lifeboat takes it from its environment variable at run time, or asks for it. Press &quot;Set secret…&quot; to store its value.</source>
        <translation>シークレット「%1」はここに値がありません。Lifeboat は実行時に環境変数から取得するか、入力を求めます。値を保存するには「シークレットを設定…」を押してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret &quot;%1&quot; has no value: Lifeboat asks for it at run time (Save records it so in the secrets file), or press &quot;Set secret…&quot; to store its value.</source>
        <translation>シークレット「%1」には値がありません。Lifeboat は実行時に値を尋ねます（「保存」でシークレットファイルにそのように記録されます）。値を保存するには「シークレットを設定…」を押してください。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This is a password, which the profile must not hold: press &quot;Set secret…&quot; to move it to the secrets file, or write a {secret:NAME} reference.</source>
        <translation>これはパスワードで、プロファイルに含めてはいけません。「シークレットを設定…」を押してシークレットファイルへ移すか、{secret:NAME} 参照を書いてください。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This is not a URL Lifeboat can read (%1); write it as http://aem-node1.example.com:8080/lc.</source>
        <translation>Lifeboat が読み取れる URL ではありません（%1）。http://aem-node1.example.com:8080/lc のように書いてください。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Set secret</source>
        <translation>シークレットを設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The value of the secret &quot;%1&quot;. Save writes it to the secrets file %2, which only you can read, never into the profile. Leave it empty to be asked for it at run time.</source>
        <translation>シークレット「%1」の値。「保存」を押すと、あなただけが読めるシークレットファイル %2 に書き込まれ、プロファイルには書き込まれません。空欄にすると実行時に尋ねられます。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Cannot save the secrets</source>
        <translation>シークレットを保存できません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot save the profile</source>
        <translation>プロファイルを保存できません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Discard changes?</source>
        <translation>変更を破棄しますか?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile has changes that are not saved. Discard them?</source>
        <translation>プロファイルに保存されていない変更があります。破棄しますか?</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ProfileEditorPage</name>
    <message>
        <location filename="../ui/ProfileEditorPage.cpp" line="+58"/>
        <source>Problems of this part</source>
        <translation>この部分の問題</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This item has problems.</source>
        <translation>この項目には問題があります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, with problems</source>
        <translation>%1（問題あり）</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ProfileForm</name>
    <message>
        <location filename="../ui/ProfileForm.cpp" line="+93"/>
        <source>Problem with %1</source>
        <translation>%1 の問題</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Set secret…</source>
        <translation>シークレットを設定…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the secret of %1</source>
        <translation>%1 のシークレットを設定</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ProfileTestDialog</name>
    <message>
        <location filename="../ui/ProfileTestDialog.cpp" line="+29"/>
        <source>Test the profile %1</source>
        <translation>プロファイル %1 のテスト</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifeboat checks what the profile says against the cluster, changing nothing: every host, what each backup checks before it starts, every path on its host, each node&apos;s role on its disk, and each node&apos;s status URL.</source>
        <translation>Lifeboat はプロファイルの内容をクラスターと照合します。何も変更しません。対象: 各ホスト、各バックアップが開始前に行うチェック、各ホスト上の各パス、ディスク上の各ノードのロール、各ノードのステータス URL。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Test again</source>
        <translation>再テスト(&amp;T)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Testing the profile against the cluster…</source>
        <translation>プロファイルをクラスターでテストしています…</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n check(s) failed: something the profile says does not hold. Correct it (Edit…) and test again.</source>
        <translation>
            <numerusform>%n 件のチェックが不合格です: プロファイルの記述に合わない点があります。修正して（編集…）、もう一度テストしてください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Nothing failed; %n warning(s) to read.</source>
        <translation>
            <numerusform>不合格はありません。%n 件の警告を読んでください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every check passed: the profile holds.</source>
        <translation>すべてのチェックに合格しました。プロファイルは正しいです。</translation>
    </message>
</context>
<context>
    <name>Lifeboat::QuarantineView</name>
    <message>
        <location filename="../ui/QuarantineView.cpp" line="+33"/>
        <source>Purg&amp;e…</source>
        <translation>消去(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What restores kept</source>
        <translation>復元で保管されたもの</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run</source>
        <translation>実行 ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete what this restore kept, for good. It can no longer be rolled back afterwards.</source>
        <translation>この復元で保管されたものを完全に削除します。以後この復元はロールバックできなくなります。</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>No quarantine is kept for %1.</source>
        <translation>%1 の隔離領域はありません。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Purge a quarantine</source>
        <translation>隔離領域の消去</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These folders will be deleted for good:</source>
        <translation>次のフォルダーは完全に削除されます:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The restore %1 can no longer be rolled back afterwards.</source>
        <translation>以後、復元 %1 はロールバックできなくなります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Purge</source>
        <translation>消去(&amp;E)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Purged the quarantine of %1.</source>
        <translation>%1 の隔離領域を消去しました。</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ReadAheadDevice</name>
    <message>
        <location filename="../engine/support/ReadAheadDevice.cpp" line="+25"/>
        <source>A read-ahead device only reads, from a source open for reading.</source>
        <translation>先読みデバイスは読み取り専用で、読み取り用に開かれたソースからのみ読みます。</translation>
    </message>
</context>
<context>
    <name>Lifeboat::RunPage</name>
    <message>
        <location filename="../ui/RunPage.cpp" line="+56"/>
        <source>Cancel &amp;after this step</source>
        <translation>このステップの後でキャンセル(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each step runs in turn. Steps that change the cluster ask first. You can cancel between steps; the steps that undo what the run disturbed still run.</source>
        <translation>ステップは順に実行されます。クラスターを変更するステップは先に確認を求めます。ステップの間でキャンセルできますが、実行によって乱れた状態を元に戻すステップは必ず実行されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps of the run</source>
        <translation>実行のステップ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overall progress</source>
        <translation>全体の進行状況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the run after the current step</source>
        <translation>現在のステップの後で実行をキャンセル</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup mode timeout</source>
        <translation>バックアップモードのタイムアウト</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Resuming run %1 from the step that was in flight</source>
        <translation>実行 %1 を、実行中だったステップから再開しています</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Run %1</source>
        <translation>実行 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trying run %1 again from its first step: it failed, and its cleanup undid what it had done</source>
        <translation>実行 %1 を最初のステップからもう一度試します。失敗し、後片付けでそれまでの変更が元に戻されたためです</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trying run %1 again from the step that failed</source>
        <translation>実行 %1 を失敗したステップからもう一度試します</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+127"/>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>At the end: %1</source>
        <translation>最後に: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+127"/>
        <source>if needed</source>
        <translation>必要な場合</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>done before the interruption</source>
        <translation>中断前に完了</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>running, %1 %</source>
        <translation>実行中、%1 %</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>elapsed %1, about %2 left</source>
        <translation>経過 %1、残り約 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>elapsed %1</source>
        <translation>経過 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup mode session times out in %1.</source>
        <translation>バックアップモードのセッションは %1 後にタイムアウトします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup mode session timed out %1 ago. In rolling backup mode the server starts a new one; in safe backup mode, GDS files deleted since then may be missing from this backup.</source>
        <translation>バックアップモードのセッションは %1 前にタイムアウトしました。ローリングバックアップモードではサーバーが新しいセッションを開始します。スナップショット（セーフ）バックアップモードでは、その後に削除された GDS ファイルがこのバックアップに含まれていない可能性があります。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cancel the run?</source>
        <translation>実行をキャンセルしますか?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The step that is running now finishes first. Then the run stops, and the steps that undo what it disturbed still run (nodes started again, backup mode left, an unfinished backup removed). Cancel the run?</source>
        <translation>実行中のステップが先に完了します。その後実行は停止しますが、乱れた状態を元に戻すステップは実行されます（ノードの再起動、バックアップモードの終了、未完了のバックアップの削除）。実行をキャンセルしますか?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelling after the current step…</source>
        <translation>現在のステップの後でキャンセルします…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Writing the report…</source>
        <translation>レポートを作成中…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every step succeeded.</source>
        <translation>すべてのステップが成功しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A step failed; the clean-up steps ran. The summary says what to do.</source>
        <translation>ステップが失敗しました。クリーンアップステップは実行済みです。対処方法は概要に表示されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled; the clean-up steps ran.</source>
        <translation>キャンセルしました。クリーンアップステップは実行済みです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You stopped the run at a confirmation; the clean-up steps ran.</source>
        <translation>確認の時点で実行を停止しました。クリーンアップステップは実行済みです。</translation>
    </message>
    <message>
        <location line="-231"/>
        <source>Building the plan…</source>
        <translation>プランを作成中…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The scenario could not build a plan with these options.</source>
        <translation>このオプションではシナリオのプランを作成できませんでした。</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Downtime of the nodes</source>
        <translation>ノードの停止時間</translation>
    </message>
    <message>
        <location line="+222"/>
        <source>%1 down for %2</source>
        <translation>%1 停止中 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was down for %2</source>
        <translation>%1 の停止時間は %2 でした</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>not run</source>
        <translation>未実行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not needed</source>
        <translation>不要</translation>
    </message>
</context>
<context>
    <name>Lifeboat::Runner</name>
    <message>
        <location filename="../engine/run/Runner.cpp" line="+58"/>
        <source>The run %1 is in use by another Lifeboat process: %2</source>
        <translation>実行 %1 は別の Lifeboat プロセスが使用中です: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot create the run directory %1. Check the permissions and free space.</source>
        <translation>実行ディレクトリ %1 を作成できません。権限と空き容量を確認してください。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The plan of run %1 can no longer be rebuilt the same way (the profile or Lifeboat changed). Finish it by hand following its report, then set it aside.</source>
        <translation>実行 %1 のプランを同じ方法で再作成できなくなりました（プロファイルまたは Lifeboat が変更されました）。レポートに従って手動で完了させてから、脇に置いてください。</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>Injected failure (LIFEBOAT_FAILPOINT) in step %1.</source>
        <translation>ステップ %1 で障害を注入しました (LIFEBOAT_FAILPOINT)。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The run has no journal.</source>
        <translation>この実行にはジャーナルがありません。</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>Run %1 has ended (%2); only an interrupted or a failed run can be picked up again.</source>
        <translation>実行 %1 は終了しています（%2）。再開できるのは、中断された実行か失敗した実行だけです。</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>%1: nothing to change, so not asked.</source>
        <translation>%1: 変更するものがないため、確認しませんでした。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&quot;%1&quot; did not finish (%2): do by hand what it would have done.</source>
        <translation>「%1」が完了しませんでした（%2）。このステップが行うはずだった作業を手作業で行ってください。</translation>
    </message>
</context>
<context>
    <name>Lifeboat::RunsView</name>
    <message>
        <location filename="../ui/RunsView.cpp" line="+52"/>
        <source>&amp;Open the report</source>
        <translation>レポートを開く(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;ume</source>
        <translation>再開(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set aside</source>
        <translation>保留にする</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Runs</source>
        <translation>実行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run</source>
        <translation>実行 ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+146"/>
        <source>Finish the run from the step that was in flight; steps that change the cluster ask first.</source>
        <translation>実行中だったステップから実行を完了します。クラスターを変更するステップは先に確認を求めます。</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Do not offer it again. The run&apos;s folder stays as it is; &apos;lifeboat resume&apos; can still finish it.</source>
        <translation>今後は表示しません。実行フォルダーはそのまま残り、&apos;lifeboat resume&apos; で引き続き完了できます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>%1, set aside</source>
        <translation>%1、保留中</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Try the failed run again: a backup from its first step (its cleanup undid what it had done), anything else from the step that failed; steps that change the cluster ask first.</source>
        <translation>失敗した実行をもう一度試します。バックアップは最初のステップから（後片付けでそれまでの変更が元に戻されています）、それ以外は失敗したステップからです。クラスターを変更するステップは先に確認を求めます。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No program on this desktop opens it. Here is its path to open it yourself:</source>
        <translation>このデスクトップには開くプログラムがありません。ご自分で開くためのパスは次のとおりです:</translation>
    </message>
</context>
<context>
    <name>Lifeboat::SandboxPage</name>
    <message>
        <location filename="../ui/SandboxPage.cpp" line="+57"/>
        <source>Could not start %1: %2</source>
        <translation>%1 を起動できませんでした: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not stop %1: %2</source>
        <translation>%1 を停止できませんでした: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Start all nodes</source>
        <translation>すべてのノードを起動(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;top all nodes</source>
        <translation>すべてのノードを停止(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Brea&amp;k it</source>
        <translation>壊す(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset the sandbox…</source>
        <translation>サンドボックスをリセット(&amp;R)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The training sandbox</source>
        <translation>トレーニング用サンドボックス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A practice cluster of real node processes on this machine. Break it on purpose, then recover it with the same scenarios as a real cluster.</source>
        <translation>このマシン上で実際のノードプロセスが動く練習用クラスターです。わざと壊し、本番のクラスターと同じシナリオで復旧してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Fault:</source>
        <translation>障害(&amp;F):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>N&amp;ode:</source>
        <translation>ノード(&amp;O):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fault</source>
        <translation>障害</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working</source>
        <translation>処理中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Then practise</source>
        <translation>次に練習する</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back &amp;up the sandbox</source>
        <translation>サンドボックスをバックアップ(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;cover the sandbox from a failure</source>
        <translation>障害からサンドボックスを復旧(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;hearse a restore of the sandbox</source>
        <translation>サンドボックスの復元をリハーサル(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run a training &amp;drill: a hidden fault, a clock and a score</source>
        <translation>訓練を実施: 隠された障害、時計、そして採点(&amp;D)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reset the sandbox</source>
        <translation>サンドボックスをリセット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop every node and build the sandbox again as it was created? The sandbox as it is now is moved aside, not deleted.</source>
        <translation>すべてのノードを停止し、サンドボックスを作成時の状態に作り直しますか？現在のサンドボックスは削除されず、別の場所に移されます。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is not a training sandbox. Go back and choose &quot;Use the training sandbox&quot;.</source>
        <translation>%1 はトレーニング用サンドボックスではありません。戻って「トレーニング用サンドボックスを使う」を選んでください。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Starting the nodes…</source>
        <translation>ノードを起動しています…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every node is running.</source>
        <translation>すべてのノードが稼働しています。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopping the nodes…</source>
        <translation>ノードを停止しています…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every node is stopped.</source>
        <translation>すべてのノードが停止しています。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Breaking the sandbox…</source>
        <translation>サンドボックスを壊しています…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stopping the nodes and building the sandbox again…</source>
        <translation>ノードを停止し、サンドボックスを作り直しています…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sandbox is as it was built, with its nodes stopped; start them to go on. The sandbox as it was is in %1.</source>
        <translation>サンドボックスは作成時の状態に戻り、ノードは停止しています。続けるにはノードを起動してください。以前のサンドボックスは %1 にあります。</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Not during a training drill.</source>
        <translation>訓練中は使えません。</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ScenarioPage</name>
    <message>
        <location filename="../ui/ScenarioPage.cpp" line="+55"/>
        <source>Choose how</source>
        <translation>方法の選択</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each way has its own cost. The recommendation below is based on the nodes&apos; current state.</source>
        <translation>方法ごとにコストが異なります。下の推奨はノードの現在の状態に基づいています。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recommendation</source>
        <translation>推奨</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No scenario available</source>
        <translation>利用できるシナリオがありません</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>This kind of scenario is not available in this version of Lifeboat. Go back and choose another task.</source>
        <translation>この種類のシナリオは、このバージョンの Lifeboat では利用できません。戻って別のタスクを選択してください。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Choose the scenario that fits your situation.</source>
        <translation>状況に合ったシナリオを選択してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+33"/>
        <source>Checking the nodes to recommend a scenario…</source>
        <translation>推奨するシナリオを決めるためにノードを確認しています…</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>%1 reports repository unsync: restore that node before backing up.</source>
        <translation>%1 はリポジトリの非同期 (repository unsync) を報告しています。バックアップの前にそのノードをリストアしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recommended: &lt;b&gt;%1&lt;/b&gt; — every author node is running, so there is no downtime.</source>
        <translation>推奨: &lt;b&gt;%1&lt;/b&gt; — すべてのオーサーノードが稼働しているため、ダウンタイムはありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommended: &lt;b&gt;%1&lt;/b&gt; — not every author node is running.</source>
        <translation>推奨: &lt;b&gt;%1&lt;/b&gt; — 稼働していないオーサーノードがあります。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Every node looks healthy. Choose the scenario that fits what you know of the failure.</source>
        <translation>すべてのノードは正常に見えます。障害について把握している状況に合ったシナリオを選択してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recommended: &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>推奨: &lt;b&gt;%1&lt;/b&gt;。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommended: &lt;b&gt;%1&lt;/b&gt; for %2.</source>
        <translation>推奨: %2 には &lt;b&gt;%1&lt;/b&gt;。</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Recommended: start %1 with its usual start command. Its repository is intact, so nothing needs restoring.</source>
        <translation>推奨: 通常の起動コマンドで %1 を起動してください。リポジトリは無傷なので、復元の必要はありません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 only needs starting: its repository is intact.</source>
        <translation>%1 は起動するだけで十分です。リポジトリは無傷です。</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ScheduleDialog</name>
    <message>
        <location filename="../ui/ScheduleDialog.cpp" line="+34"/>
        <source>For &amp;me (%1)</source>
        <translation>自分用(&amp;M)（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the &amp;system (as root), in:</source>
        <translation>システム全体用(&amp;S)（root として）、保存先:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Write the timer</source>
        <translation>タイマーを書き込む(&amp;W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schedule this backup</source>
        <translation>このバックアップをスケジュール</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A systemd calendar: &quot;daily&quot;, &quot;Mon..Fri 02:00&quot;, &quot;Sun *-*-* 03:30&quot;.</source>
        <translation>systemd のカレンダー形式: &quot;daily&quot;、&quot;Mon..Fri 02:00&quot;、&quot;Sun *-*-* 03:30&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Timer</source>
        <translation>タイマー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>実行日時</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;When:</source>
        <translation>実行日時(&amp;W):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units:</source>
        <translation>ユニット:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs:</source>
        <translation>実行内容:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Schedules in this folder:</source>
        <translation>このフォルダーのスケジュール:</translation>
    </message>
</context>
<context>
    <name>Lifeboat::SummaryPage</name>
    <message>
        <location filename="../ui/SummaryPage.cpp" line="+51"/>
        <source>&amp;Save the report as…</source>
        <translation>レポートに名前を付けて保存(&amp;S)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the run did, step by step, and what is left for you to do.</source>
        <translation>実行がステップごとに行ったことと、残りの作業。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it changed</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps and what they changed</source>
        <translation>ステップとその変更内容</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Open the report</source>
        <translation>レポートを開く(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;run folder</source>
        <translation>実行フォルダーを開く(&amp;R)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Every step succeeded.</source>
        <translation>すべてのステップが成功しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A step failed. The clean-up steps ran.</source>
        <translation>ステップが失敗しました。クリーンアップステップは実行済みです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run was cancelled. The clean-up steps ran.</source>
        <translation>実行はキャンセルされました。クリーンアップステップは実行済みです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run was stopped at a confirmation. The clean-up steps ran.</source>
        <translation>実行は確認の時点で停止されました。クリーンアップステップは実行済みです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>It took %1.</source>
        <translation>所要時間は %1 でした。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>At the end: </source>
        <translation>最後に: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix what the failed step says: %1</source>
        <translation>失敗したステップの内容を修正してください: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup set is in %1. Check it now and then with &apos;lifeboat verify&apos;, and keep more than one.</source>
        <translation>バックアップセットは %1 にあります。ときどき &apos;lifeboat verify&apos; で検証し、複数のセットを保持してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The report, the journal and the log of this run are in %1.</source>
        <translation>この実行のレポート、ジャーナル、ログは %1 にあります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is left for you:</source>
        <translation>残りの作業:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What this run replaced is kept in the quarantine, beside each place it restored. When the cluster works as it should, purge it: lifeboat quarantine purge --profile %1 --run %2. Until then, &quot;%3&quot; can put it all back.</source>
        <translation>この実行で置き換えたものは、リストアした各場所の隣の隔離領域に保管されています。クラスターが正常に動作したら、完全に削除してください: lifeboat quarantine purge --profile %1 --run %2。それまでは「%3」ですべて元に戻せます。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The set was made in rolling backup mode, and the restored database records that mode: leave it now with LCBackupMode leaveContinuousCoverage on the forms server.</source>
        <translation>このセットはローリングバックアップモードで作成され、リストアしたデータベースにそのモードが記録されています。フォームサーバーで LCBackupMode leaveContinuousCoverage を実行して、今すぐこのモードを終了してください。</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML files (*.html)</source>
        <translation>HTML ファイル (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report</source>
        <translation>レポートの保存</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saving the report to %1…</source>
        <translation>レポートを %1 に保存しています…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The report was saved to %1.</source>
        <translation>レポートを %1 に保存しました。</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>Downtime: %1</source>
        <translation>停止時間: %1</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>%1 may still be copying its repository in the background (the online backup this run gave up). Its copy is not part of any set; wait until it ends before the next online backup of %1.</source>
        <translation>%1 はバックグラウンドでリポジトリをまだコピーしている可能性があります（この実行が中止したオンラインバックアップ）。このコピーはどのセットにも含まれません。%1 の次のオンラインバックアップの前に、終了するまで待ってください。</translation>
    </message>
    <message>
        <location line="-275"/>
        <source>The restored nodes after the run</source>
        <translation>実行後のリストアしたノード</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>Asking the restored nodes how they are…</source>
        <translation>リストアしたノードの状態を確認しています…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>cannot be asked: %1</source>
        <translation>問い合わせできません: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not running</source>
        <translation>停止中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its error.log reports &quot;repository unsync&quot;</source>
        <translation>error.log に「repository unsync」と記録されています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repository in sync</source>
        <translation>リポジトリは同期済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its repository lock held by its process (pid %1)</source>
        <translation>リポジトリのロックは自身のプロセス（pid %1）が保持</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no process holds its repository lock</source>
        <translation>リポジトリのロックを保持するプロセスがありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cluster is back: every restored node runs, in sync.</source>
        <translation>クラスターは復旧しました: リストアしたすべてのノードが同期した状態で動作しています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cluster is not back yet: look at %1.</source>
        <translation>クラスターはまだ復旧していません: %1 を確認してください。</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>Backups, runs and &amp;quarantine…</source>
        <translation>バックアップ、実行履歴、隔離領域(&amp;Q)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sc&amp;hedule this backup…</source>
        <translation>このバックアップをスケジュール(&amp;H)…</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>A clean-up step failed: the cluster needs work by hand.</source>
        <translation>クリーンアップ手順が失敗しました。クラスターに手作業が必要です。</translation>
    </message>
</context>
<context>
    <name>Lifeboat::TopologyView</name>
    <message>
        <location filename="../ui/TopologyView.cpp" line="+18"/>
        <source>Cluster topology</source>
        <translation>クラスタートポロジー</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing</source>
        <translation>欠落</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>repository unsync</source>
        <translation>リポジトリ非同期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in backup mode</source>
        <translation>バックアップモード中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in backup mode (%1)</source>
        <translation>バックアップモード中 (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No cluster profile loaded.</source>
        <translation>クラスタープロファイルが読み込まれていません。</translation>
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
        <translation>クラスターがまだ選択されていません。</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>GDS (shared)</source>
        <translation>GDS（共有）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database %1</source>
        <translation>データベース %1</translation>
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
        <translation>パブリッシュ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>shared</source>
        <translation>共有</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>unreachable: %1</source>
        <translation>接続できません: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>stopped (stale .lock)</source>
        <translation>停止（古い .lock あり）</translation>
    </message>
</context>
<context>
    <name>Lifeboat::WelcomePage</name>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="+43"/>
        <location line="+229"/>
        <source>Left unfinished</source>
        <translation>未完了</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>Welcome to Lifeboat</source>
        <translation>Lifeboat へようこそ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up and recover a clustered AEM Forms environment, one checked step at a time. Nothing changes until you have seen the plan and confirmed it.</source>
        <translation>クラスター構成の AEM Forms 環境を、確認済みのステップを 1 つずつ実行してバックアップ・回復します。プランを確認して承認するまで、何も変更されません。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Runs left unfinished</source>
        <translation>未完了の実行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What do you want to do?</source>
        <translation>何をしますか?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Back up the cluster</source>
        <translation>クラスターをバックアップ(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a consistent backup of the databases, the document storage (GDS) and every node&apos;s repository, offline, with rolling backup mode, or online.</source>
        <translation>データベース、ドキュメントストレージ (GDS)、各ノードのリポジトリの整合性のあるバックアップを、オフライン、ローリングバックアップモード、またはオンラインで作成します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recover from a failure</source>
        <translation>障害から回復(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore a single node, the whole cluster or a publish node from a verified backup set.</source>
        <translation>検証済みのバックアップセットから、単一ノード、クラスター全体、またはパブリッシュノードをリストアします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;hearse a restore</source>
        <translation>リストアのリハーサル(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore a backup set into a separate sandbox copy of the cluster to prove it works. Production is never touched.</source>
        <translation>バックアップセットをクラスターの別のサンドボックスコピーにリストアし、正しく機能することを確認します。本番環境には一切触れません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;training sandbox</source>
        <translation>トレーニング用サンドボックスを開く(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build and run a practice cluster on this machine, break it on purpose and recover it.</source>
        <translation>このマシン上に練習用クラスターを作成・実行し、意図的に障害を起こして回復します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent &amp;profiles:</source>
        <translation>最近のプロファイル(&amp;P):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recent profiles</source>
        <translation>最近のプロファイル</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No cluster profile opened yet. The training sandbox is a safe place to start.</source>
        <translation>まだクラスタープロファイルを開いていません。最初はトレーニング用サンドボックスから始めると安全です。</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Res&amp;ume</source>
        <translation>再開(&amp;U)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roll &amp;back</source>
        <translation>ロールバック(&amp;B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume %1</source>
        <translation>%1 を再開</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roll back %1</source>
        <translation>%1 をロールバック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish the run from the step that was in flight; steps that change the cluster ask first.</source>
        <translation>実行中だったステップから実行を完了します。クラスターを変更するステップは先に確認を求めます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put back everything this restore replaced. You will see the checks and the plan first.</source>
        <translation>このリストアが置き換えたものをすべて元に戻します。先にチェックとプランが表示されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set aside</source>
        <translation>保留にする</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set %1 aside</source>
        <translation>%1 を保留にする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not offer it again. The run&apos;s folder stays as it is; &apos;lifeboat resume&apos; can still finish it.</source>
        <translation>今後は表示しません。実行フォルダーはそのまま残り、&apos;lifeboat resume&apos; で引き続き完了できます。</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Backups, runs and &amp;quarantine…</source>
        <translation>バックアップ、実行履歴、隔離領域(&amp;Q)…</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>Restores you can roll back</source>
        <translation>ロールバックできる復元</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left unfinished, or restores you can roll back</source>
        <translation>未完了の実行、またはロールバックできる復元</translation>
    </message>
</context>
<context>
    <name>LocalHostFiles</name>
    <message>
        <location filename="../engine/hosts/LocalHostFiles.cpp" line="+103"/>
        <location line="+12"/>
        <source>%1 is not a directory.</source>
        <translation>%1 はディレクトリではありません。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot find the file system of %1.</source>
        <translation>%1 のファイルシステムが見つかりません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+14"/>
        <location line="+13"/>
        <location line="+232"/>
        <location line="+66"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 は通常のファイルではありません。</translation>
    </message>
    <message>
        <location line="-325"/>
        <location line="+14"/>
        <location line="+140"/>
        <location line="+10"/>
        <source>%1 does not exist.</source>
        <translation>%1 は存在しません。</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>%1 is larger than %2 bytes, more than Lifeboat expects of it.</source>
        <translation>%1 は %2 バイトを超えており、Lifeboat が想定する大きさを上回っています。</translation>
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
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <location line="-220"/>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+192"/>
        <location line="+4"/>
        <location line="+21"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Cannot create %1. Check the permissions of its parent directory.</source>
        <translation>%1 を作成できません。親ディレクトリの権限を確認してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot rename %1 to %2: %2 already exists.</source>
        <translation>%1 を %2 に名前変更できません: %2 は既に存在します。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot rename %1 to %2: %3</source>
        <translation>%1 を %2 に名前変更できません: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot copy %1 to %2: %2 already exists.</source>
        <translation>%1 を %2 にコピーできません: %2 は既に存在します。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot create the link %1.</source>
        <translation>リンク %1 を作成できません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot copy %1 to %2.</source>
        <translation>%1 を %2 にコピーできません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a special file; Lifeboat does not copy it.</source>
        <translation>%1 は特殊ファイルのため、Lifeboat はコピーしません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot create %1.</source>
        <translation>%1 を作成できません。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lifeboat refuses to delete %1: it deletes only its own &quot;.lifeboat-&quot; folders. What a restore replaces is moved to the quarantine.</source>
        <translation>Lifeboat は %1 を削除しません。削除するのは自身の「.lifeboat-」フォルダーだけです。復元で置き換えるものは検疫へ移動されます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot delete %1. Check its permissions.</source>
        <translation>%1 を削除できません。権限を確認してください。</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Cannot unpack into %1: it already exists.</source>
        <translation>%1 に展開できません: 既に存在します。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Cancelled by the user.</source>
        <translation>ユーザーが取り消しました。</translation>
    </message>
    <message>
        <location line="-245"/>
        <source>%1 is not a directory, so nothing can be put there.</source>
        <translation>%1 はディレクトリではないため、そこには何も置けません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is on a file system mounted read-only.</source>
        <translation>%1 は読み取り専用でマウントされたファイルシステム上にあります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (owner %2, group %3, mode %4) may not be changed by %5.</source>
        <translation>%1（所有者 %2、グループ %3、モード %4）は %5 が変更できません。</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>Cannot unpack a piece of a backup chain into %1: only into a scratch directory of Lifeboat&apos;s own.</source>
        <translation>バックアップチェーンの一部を %1 に展開できません: Lifeboat 自身の作業ディレクトリにのみ展開できます。</translation>
    </message>
</context>
<context>
    <name>LockFile</name>
    <message>
        <location filename="../engine/support/LockFile.cpp" line="+58"/>
        <source>Cannot create the folder of the lock %1. Check the permissions and free space.</source>
        <translation>ロック %1 のフォルダーを作成できません。権限と空き容量を確認してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot open the lock %1: %2</source>
        <translation>ロック %1 を開けません: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The lock %1 is not a regular file. Move it away, then try again.</source>
        <translation>ロック %1 は通常のファイルではありません。別の場所へ移動してから、もう一度試してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write the lock %1: %2</source>
        <translation>ロック %1 を書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>ManifestRules</name>
    <message>
        <location filename="../engine/backup/ManifestRules.cpp" line="+73"/>
        <source>%1 is &quot;%2&quot;, which is not a relative path inside the set (it is absolute, or has &quot;..&quot;, &quot;.&quot; or an empty component)</source>
        <translation>%1 は &quot;%2&quot; ですが、これはセット内の相対パスではありません（絶対パスであるか、&quot;..&quot;、&quot;.&quot;、空の要素を含んでいます）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is &quot;%2&quot;, which is not a plain file name</source>
        <translation>%1 は &quot;%2&quot; ですが、これは単純なファイル名ではありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is &quot;%2&quot;, which a part of kind &quot;%3&quot; never has</source>
        <translation>%1 は &quot;%2&quot; ですが、種類 &quot;%3&quot; のパートがこれを持つことはありません</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is &quot;%2&quot;, which is not a kind of part Lifeboat writes</source>
        <translation>%1 は &quot;%2&quot; ですが、これは Lifeboat が書き込むパートの種類ではありません</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 is empty, so nothing says where the %n file(s) of part %2 go</source>
        <translation>
            <numerusform>%1 が空のため、パート %2 の %n 個のファイルをどこに置くかが分かりません</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+16"/>
        <source>%1 is &quot;%2&quot;, which is outside every source of part %3</source>
        <translation>%1 は &quot;%2&quot; ですが、パート %3 のどのソースの中にもありません</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>%1 is &quot;%2&quot;, which is not a SHA-256 (64 hexadecimal digits)</source>
        <translation>%1 は &quot;%2&quot; ですが、これは SHA-256（16 進数 64 桁）ではありません</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>%1 is &quot;%2&quot;, which is not among the files of part %3</source>
        <translation>%1 は &quot;%2&quot; ですが、これはパート %3 のファイルに含まれていません</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 is &quot;%2&quot;, which another part has too</source>
        <translation>%1 は &quot;%2&quot; ですが、別のパートも同じ値を持っています</translation>
    </message>
</context>
<context>
    <name>ManualStep</name>
    <message>
        <location filename="../engine/steps/ManualStep.cpp" line="+23"/>
        <source>confirmed done by the user</source>
        <translation>ユーザーが完了を確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed: %1</source>
        <translation>確認済み: %1</translation>
    </message>
</context>
<context>
    <name>MariaDbClient</name>
    <message>
        <location filename="../engine/database/MariaDbClient.cpp" line="+77"/>
        <source>mariadb-dump (or mysqldump) and mariadb (or mysql) are not on the PATH. Install the MariaDB client (mariadb-client) on this machine.</source>
        <translation>mariadb-dump (または mysqldump) と mariadb (または mysql) が PATH にありません。このマシンに MariaDB クライアント (mariadb-client) をインストールしてください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot reach the %1 database: %2</source>
        <translation>データベース %1 に接続できません: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create %1. Check the permissions and free space there.</source>
        <translation>%1 を作成できません。そこの権限と空き容量を確認してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1: %2. Check the permissions and free space there.</source>
        <translation>%1 を書き込めません: %2。そこの権限と空き容量を確認してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2. Check the free space there.</source>
        <translation>%1 を書き込めません: %2。そこの空き容量を確認してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot run %1: %2. Install the MariaDB client (mariadb-client) on this machine.</source>
        <translation>%1 を実行できません: %2。このマシンに MariaDB クライアント (mariadb-client) をインストールしてください。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The server of the %1 database (%2) did not answer within %3 seconds. Check that it is running and reachable from this machine.</source>
        <translation>データベース %1 のサーバー (%2) が %3 秒以内に応答しませんでした。サーバーが動作していて、このマシンから到達できることを確認してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot connect to the %1 database (%2 on %3 as %4): %5 Check that the server is running and the host, port or socket, the user and the password in the profile.</source>
        <translation>データベース %1（%3 上の %2、ユーザー %4）に接続できません: %5 サーバーが動作していること、およびプロファイルのホスト、ポートまたはソケット、ユーザー、パスワードを確認してください。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Running %1 %2</source>
        <translation>%1 %2 を実行中</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 could not dump the %2 database (exit code %3): %4 The user %5 needs SELECT, SHOW VIEW, TRIGGER, EVENT and LOCK TABLES on %6, and RELOAD and BINLOG MONITOR (REPLICATION CLIENT on MySQL) when binary logging is on.</source>
        <translation>%1 はデータベース %2 をダンプできませんでした（終了コード %3）: %4 ユーザー %5 には %6 に対する SELECT、SHOW VIEW、TRIGGER、EVENT、LOCK TABLES 権限と、バイナリログが有効な場合は RELOAD と BINLOG MONITOR（MySQL では REPLICATION CLIENT）権限が必要です。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The dump of the %1 database is incomplete: it does not end with &quot;-- Dump completed&quot;. Check the free space under %2 and the server&apos;s error log, then run the backup again.</source>
        <translation>データベース %1 のダンプが不完全です（&quot;-- Dump completed&quot; で終わっていません）。%2 配下の空き容量とサーバーのエラーログを確認し、バックアップを再実行してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dumped the %1 database: %2.</source>
        <translation>データベース %1 をダンプしました: %2。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server did not answer.</source>
        <translation>サーバーが応答しませんでした。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The user %1 needs ALL PRIVILEGES on %2.* (and SET USER, or SUPER on MySQL, when the dump&apos;s views, routines, triggers or events name another definer).</source>
        <translation>ユーザー %1 には %2.* に対する ALL PRIVILEGES が必要です (ダンプのビュー、ルーチン、トリガー、イベントが別の DEFINER を指定している場合は SET USER、MySQL では SUPER も必要です)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot drop the %1 database before loading the backup into it:</source>
        <translation>バックアップを読み込む前にデータベース %1 を削除できません:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running %1 %2 &lt; %3</source>
        <translation>%1 %2 &lt; %3 を実行しています</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loading %1 into the %2 database failed: %3 %4</source>
        <translation>%1 をデータベース %2 に読み込めませんでした: %3 %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loaded %1 into the %2 database.</source>
        <translation>%1 をデータベース %2 に読み込みました。</translation>
    </message>
</context>
<context>
    <name>NodeChecks</name>
    <message>
        <location filename="../engine/scenarios/NodeChecks.cpp" line="+12"/>
        <source>Every node is either answering or stopped</source>
        <translation>すべてのノードが応答しているか停止している</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (pid %2)</source>
        <translation>%1 (pid %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No node is half-way between running and stopped.</source>
        <translation>稼働と停止の中間状態のノードはありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not answering, but a live process still holds the repository&apos;s lock: %1.</source>
        <translation>応答しませんが、稼働中のプロセスがまだリポジトリのロックを保持しています: %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The node is starting, shutting down or hung. Wait until it answers or has stopped; if it is hung, stop it (its stop command, or end the process), then check again. Nothing was changed.</source>
        <translation>ノードは起動中、停止中、またはハングしています。応答するか停止するまで待ってください。ハングしている場合は停止 (停止コマンド、またはプロセスの終了) してから再度確認してください。何も変更していません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The other author nodes are running</source>
        <translation>他のオーサーノードが稼働している</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Serving during the backup: %1.</source>
        <translation>バックアップ中に稼働するノード: %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already down: %1. During the backup only these serve the cluster: %2.</source>
        <translation>すでに停止: %1。バックアップ中にクラスタを支えるのは次のノードだけです: %2。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Already down: %1. During the backup no author node serves the cluster.</source>
        <translation>すでに停止: %1。バックアップ中はクラスタを支えるオーサーノードがありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start or recover %1 first (the recovery wizard recommends how), or go on knowing that one more failure takes the service down.</source>
        <translation>先に %1 を起動または復旧してください (復旧ウィザードが方法を提案します)。あるいは、もう 1 台が故障するとサービスが停止することを承知の上で続行してください。</translation>
    </message>
</context>
<context>
    <name>NodeCommandLine</name>
    <message>
        <location filename="../node/NodeCommandLine.cpp" line="+97"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>不明なコマンド &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usage: lifeboat-node serve|start|stop|status --profile FILE --node NAME [--timeout SECONDS]
       lifeboat-node lcbackupmode enter|leave|enterContinuousCoverage|leaveContinuousCoverage
                     -host=HOST -port=PORT -user=USER -password=PASSWORD|- [-label=LABEL] [-timeout=MINUTES]
                     (-password=- reads the password from the first line of standard input)
</source>
        <translation>使い方: lifeboat-node serve|start|stop|status --profile FILE --node NAME [--timeout SECONDS]
        lifeboat-node lcbackupmode enter|leave|enterContinuousCoverage|leaveContinuousCoverage
                      -host=HOST -port=PORT -user=USER -password=PASSWORD|- [-label=LABEL] [-timeout=MINUTES]
                      (-password=- はパスワードを標準入力の最初の行から読み取ります)
</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--profile and --node are required</source>
        <translation>--profile と --node が必要です</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the profile has no node &apos;%1&apos; (it has: %2)</source>
        <translation>プロファイルにノード &apos;%1&apos; がありません (あるノード: %2)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 is already running (pid %2).</source>
        <translation>%1 はすでに稼働中です (pid %2)。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot start %1: %2</source>
        <translation>%1 を起動できません: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is up (pid %2, port %3).</source>
        <translation>%1 が起動しました (pid %2、ポート %3)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 did not start. Its log says:
%2</source>
        <translation>%1 は起動しませんでした。ログの内容:
%2</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 did not come up within %n second(s); see %2.</source>
        <translation>
            <numerusform>%1 は %n 秒以内に起動しませんでした。%2 を参照してください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not running.</source>
        <translation>%1 は稼働していません。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 stopped.</source>
        <translation>%1 を停止しました。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 did not stop within %n second(s) and was killed.</source>
        <translation>
            <numerusform>%1 は %n 秒以内に停止しなかったため、強制終了しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: done. %2</source>
        <translation>%1: 完了しました。%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed: %2</source>
        <translation>%1 に失敗しました: %2</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>-password=- reads the password from standard input, which cannot be read.</source>
        <translation>-password=- はパスワードを標準入力から読み取りますが、標準入力を読み取れません。</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>%1 was told to stop; it is still shutting down.</source>
        <translation>%1 に停止を指示しました。まだ停止処理中です。</translation>
    </message>
</context>
<context>
    <name>NodeController</name>
    <message>
        <location filename="../engine/cluster/NodeController.cpp" line="+136"/>
        <source>The profile has no command for this.</source>
        <translation>プロファイルにこの操作のコマンドがありません。</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+41"/>
        <source>lifeboat-node was not found next to lifeboat, in its libexec/lifeboat folder or on PATH; install it, or set LIFEBOAT_NODE_PROGRAM to its path.</source>
        <translation>lifeboat-node が lifeboat と同じ場所にも、その libexec/lifeboat フォルダーにも、PATH にも見つかりません。インストールするか、LIFEBOAT_NODE_PROGRAM にそのパスを設定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile&apos;s command %1 has no program.</source>
        <translation>プロファイルのコマンド %1 にプログラムが指定されていません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot run %1: %2</source>
        <translation>%1 を実行できません: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 did not finish within %2 seconds.</source>
        <translation>%1 が %2 秒以内に完了しませんでした。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 failed (exit code %2): %3</source>
        <translation>%1 が失敗しました（終了コード %2）: %3</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>data store garbage collection</source>
        <translation>データストアのガベージコレクション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revision cleanup</source>
        <translation>リビジョンクリーンアップ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> and </source>
        <translation> と </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The profile has no command to %1.</source>
        <translation>プロファイルに「%1」ためのコマンドがありません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The command to %1 runs %2, which is not installed on this machine (or not executable).</source>
        <translation>「%1」ためのコマンドは %2 を実行しますが、このマシンにインストールされていない（または実行できない）ようです。</translation>
    </message>
</context>
<context>
    <name>NodeDiscovery</name>
    <message>
        <location filename="../engine/discovery/NodeDiscovery.cpp" line="+98"/>
        <source>%1: the forms database of %2 was not found: %3.</source>
        <translation>%1: %2 のフォームデータベースが見つかりません: %3。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: where %2 takes HTTP requests was not found: %3.</source>
        <translation>%1: %2 が HTTP リクエストを受け付ける場所が見つかりません: %3。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: no application server beside %2 (JBoss&apos;s bin/standalone.sh, a WebLogic domain&apos;s config/config.xml, a WebSphere profile&apos;s bin/startServer.sh); fill in its folder.</source>
        <translation>%1: %2 の隣にアプリケーションサーバーがありません (JBoss の bin/standalone.sh、WebLogic ドメインの config/config.xml、WebSphere プロファイルの bin/startServer.sh)。そのフォルダーを記入してください。</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>no %1</source>
        <translation>%1 なし</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 belongs to an author node, but neither %3 nor a crx.NNNN folder says whether it is the primary; check its role.</source>
        <translation>%1: %2 はオーサーノードのものですが、%3 も crx.NNNN フォルダーもないためプライマリかどうか分かりません。ロールを確認してください。</translation>
    </message>
</context>
<context>
    <name>OnlineRepositoryBackupStep</name>
    <message>
        <location filename="../engine/steps/OnlineRepositoryBackupStep.cpp" line="+51"/>
        <source>Copy %1&apos;s repository online into a zip (AEM online backup)</source>
        <translation>%1 のリポジトリをオンラインで zip にコピー（AEM オンラインバックアップ）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy %1&apos;s repository online (AEM online backup)</source>
        <translation>%1 のリポジトリをオンラインでコピー（AEM オンラインバックアップ）</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The node keeps serving; with a delay of %n ms between chunks it answers more slowly while the copy runs.</source>
        <translation>
            <numerusform>ノードはサービスを続けます。チャンク間の遅延が %n ミリ秒のため、コピー中は応答が遅くなります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>delay %n ms</source>
        <translation>
            <numerusform>遅延 %n ミリ秒</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the online copy of %1&apos;s repository</source>
        <translation>%1 のリポジトリのオンラインコピー</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The online backup of %1 took more than 24 hours; Adobe says to discard such a backup. Use a shorter delay or an offline backup.</source>
        <translation>%1 のオンラインバックアップに 24 時間以上かかりました。Adobe はこのようなバックアップを破棄するよう推奨しています。遅延を短くするか、オフラインバックアップを使用してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled. %1 finishes its copy in the background; the copy is discarded.</source>
        <translation>キャンセルしました。%1 はバックグラウンドでコピーを完了しますが、そのコピーは破棄されます。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 did not accept a backup delay of %2 ms; the copy runs at full speed.</source>
        <translation>%1 はバックアップ遅延 %2 ミリ秒を受け付けませんでした。コピーは最高速度で実行されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not start the online backup (%2): %3</source>
        <translation>%1 はオンラインバックアップを開始しませんでした (%2): %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Online backup of %1 started into %2.</source>
        <translation>%1 のオンラインバックアップを %2 に開始しました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 reports: %2</source>
        <translation>%1 の報告: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The online backup of %1 did not complete: %2</source>
        <translation>%1 のオンラインバックアップが完了しませんでした: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The zip that %1 wrote cannot be read: %2</source>
        <translation>%1 が書き込んだ zip を読み取れません: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot move %1 into the backup set.</source>
        <translation>%1 をバックアップセットに移動できません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no &quot;http&quot; &quot;url&quot; in the profile, where AEM&apos;s online backup is started. Add the node&apos;s URL.</source>
        <translation>%1 にはプロファイルの &quot;http&quot; &quot;url&quot; がありません。AEM のオンラインバックアップはそこから開始されます。ノードの URL を追加してください。</translation>
    </message>
</context>
<context>
    <name>PartArchiver</name>
    <message>
        <location filename="../engine/backup/PartArchiver.cpp" line="+232"/>
        <source>%1 is a pipe, a socket or a device, which a backup cannot hold</source>
        <translation>%1 はパイプ、ソケット、またはデバイスで、バックアップには含められません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a link to &quot;%2&quot;, outside the part</source>
        <translation>%1 はパーツの外の &quot;%2&quot; へのリンクです</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>The %1 part cannot be backed up: %2. Move these out of the way (or replace a link with what it points to), then back up again.</source>
        <translation>パーツ %1 はバックアップできません: %2。これらを移動する (またはリンクをその指す先の実体に置き換える) してから、もう一度バックアップしてください。</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>%1 does not exist, so the %2 part cannot be backed up. Check the profile.</source>
        <translation>%1 が存在しないため、パート %2 をバックアップできません。プロファイルを確認してください。</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+23"/>
        <location line="+6"/>
        <location line="+29"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>%1 disappeared while it was being backed up; it is not in the backup.</source>
        <translation>%1 はバックアップ中に消えたため、バックアップに含まれていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+21"/>
        <source>Cancelled by the user.</source>
        <translation>ユーザーによりキャンセルされました。</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+8"/>
        <location line="+61"/>
        <source>Cannot archive %1 into %2: %3</source>
        <translation>%1 を %2 にアーカイブできません: %3</translation>
    </message>
    <message>
        <location line="-187"/>
        <location line="+198"/>
        <location line="+3"/>
        <source>Cannot finish %1: %2. Check the free space.</source>
        <translation>%1 を完了できません: %2。空き容量を確認してください。</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>Cannot rename %1 to %2.</source>
        <translation>%1 の名前を %2 に変更できません。</translation>
    </message>
</context>
<context>
    <name>PartExtractor</name>
    <message>
        <location filename="../engine/restore/PartExtractor.cpp" line="+266"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 は通常のファイルではありません。</translation>
    </message>
    <message>
        <location line="-161"/>
        <location line="+23"/>
        <source>would be written through a link, which a restore never follows</source>
        <translation>リンクを経由して書き込まれることになりますが、復元はリンクをたどりません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comes a second time</source>
        <translation>2 回目に現れます</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 holds the link %2 to &quot;%3&quot;, which its manifest does not list. The set is not the one its manifest describes; use another backup set.</source>
        <translation>%1 にはマニフェストに記載のないリンク %2 (&quot;%3&quot; へ) が含まれています。このセットはマニフェストの記述と一致しません。別のバックアップセットを使ってください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>would replace what an earlier entry wrote</source>
        <translation>前のエントリーが書き込んだものを置き換えることになります</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>%1 holds the entry &quot;%2&quot;, which %3. Lifeboat refuses this archive; nothing was written outside the restore&apos;s scratch directory. Use another backup set.</source>
        <translation>%1 にはエントリ &quot;%2&quot; が含まれていますが、これは%3。Lifeboat はこのアーカイブを拒否します。リストアの作業ディレクトリの外には何も書き込まれていません。別のバックアップセットを使用してください。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot create the directory %1. Check the permissions and the free space.</source>
        <translation>ディレクトリ %1 を作成できません。権限と空き容量を確認してください。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>would be written through a link that leads outside the target</source>
        <translation>ターゲットの外を指すリンクを経由して書き込まれます</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 holds %2, which its manifest does not list. The set is not the one its manifest describes; use another backup set.</source>
        <translation>%1 にはマニフェストに記載されていない %2 が含まれています。このセットはマニフェストが記述するものではありません。別のバックアップセットを使用してください。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelled by the user.</source>
        <translation>ユーザーによりキャンセルされました。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is damaged: %2 cannot be read to its end.</source>
        <translation>%1 は破損しています: %2 を最後まで読み取れません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2 does not match the manifest (size or SHA-256 differs). The set is damaged; verify it with &apos;lifeboat verify&apos; and use another one.</source>
        <translation>%1: %2 がマニフェストと一致しません（サイズまたは SHA-256 が異なります）。セットは破損しています。&apos;lifeboat verify&apos; で検証し、別のセットを使用してください。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>is a link to &quot;%1&quot;, outside the target</source>
        <translation>ターゲット外の &quot;%1&quot; へのリンクです</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot create the link %1.</source>
        <translation>リンク %1 を作成できません。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 lacks %2, which its manifest lists. The set is incomplete; use another backup set.</source>
        <translation>%1 にはマニフェストに記載された %2 がありません。セットは不完全です。別のバックアップセットを使用してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot create %1. Check the permissions and the free space.</source>
        <translation>%1 を作成できません。権限と空き容量を確認してください。</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+7"/>
        <location line="+50"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1 is damaged (%2). Verify the set with &apos;lifeboat verify&apos; and use another one.</source>
        <translation>%1 は破損しています (%2)。&apos;lifeboat verify&apos; でセットを検証し、別のセットを使用してください。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 is damaged: %2 cannot be read.</source>
        <translation>%1 は破損しています: %2 を読み取れません。</translation>
    </message>
</context>
<context>
    <name>PatchLevel</name>
    <message>
        <location filename="../engine/restore/PatchLevel.cpp" line="+20"/>
        <source>%1&apos;s patch level cannot be read from %2.</source>
        <translation>%1 のパッチレベルを %2 から読み取れません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is at &quot;%2&quot;, but the backup was made at &quot;%3&quot;.</source>
        <translation>%1 は &quot;%2&quot; ですが、バックアップは &quot;%3&quot; で作成されました。</translation>
    </message>
</context>
<context>
    <name>PathSnapshot</name>
    <message>
        <location filename="../engine/snapshot/PathSnapshot.cpp" line="+84"/>
        <source>%1: a read-only btrfs snapshot at %2, copied while the nodes serve</source>
        <translation>%1: %2 の読み取り専用 btrfs スナップショット。ノードの稼働中にコピーします</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: a reflink copy at %2, copied while the nodes serve</source>
        <translation>%1: %2 の reflink コピー。ノードの稼働中にコピーします</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the profile&apos;s snapshot command, read at %2 while the nodes serve</source>
        <translation>%1: プロファイルのスナップショットコマンド。ノードの稼働中に %2 から読み取ります</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: copied while the nodes are stopped</source>
        <translation>%1: ノードの停止中にコピーします</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: copied while the nodes are stopped (%2)</source>
        <translation>%1: ノードの停止中にコピーします（%2）</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Running %1</source>
        <translation>%1 を実行しています</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>%1&apos;s repository</source>
        <translation>%1 のリポジトリ</translation>
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
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <location filename="../app/PlanCommand.cpp" line="+33"/>
        <source>Show a scenario&apos;s plan and what each step would change (a dry run)</source>
        <translation>シナリオのプランと各ステップによる変更内容を表示（ドライラン）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print JSON.</source>
        <translation>JSON で出力します。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plan for %1 on %2:</source>
        <translation>%2 での %1 のプラン:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  [destructive: asks first]</source>
        <translation>  [破壊的: 先に確認]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Always at the end, for what the plan disturbed:</source>
        <translation>常に最後に実行（プランによって乱れた状態を戻すため）:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(if step %1 ran)</source>
        <translation>(ステップ %1 が実行された場合)</translation>
    </message>
</context>
<context>
    <name>PostgresClient</name>
    <message>
        <location filename="../engine/database/PostgresClient.cpp" line="+57"/>
        <source>pg_dump and pg_restore are not on the PATH. Install the PostgreSQL client (postgresql-client) on this machine, at least the server&apos;s major version.</source>
        <translation>pg_dump と pg_restore が PATH にありません。このマシンに PostgreSQL クライアント (postgresql-client) を、少なくともサーバーと同じメジャーバージョンでインストールしてください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot reach the %1 database: %2</source>
        <translation>データベース %1 に接続できません: %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Running %1 %2</source>
        <translation>%1 %2 を実行中</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot run %1: %2. Install the PostgreSQL client (postgresql-client) on this machine.</source>
        <translation>%1 を実行できません: %2。このマシンに PostgreSQL クライアント (postgresql-client) をインストールしてください。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>pg_dump could not dump the %1 database (%2 on %3 as %4; exit code %5): %6 Check that the server is running, the host, port or socket, the user and the password in the profile, and that the user may read every table, sequence and schema of %2.</source>
        <translation>pg_dump はデータベース %1 をダンプできませんでした（%3 上の %2、ユーザー %4、終了コード %5）: %6 サーバーが動作していること、プロファイルのホスト、ポートまたはソケット、ユーザー、パスワード、およびユーザーが %2 のすべてのテーブル、シーケンス、スキーマを読み取れることを確認してください。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The dump of the %1 database (%2) is not a pg_dump custom-format archive. Check the free space there, then run the backup again.</source>
        <translation>データベース %1 のダンプ (%2) は pg_dump のカスタム形式アーカイブではありません。そこの空き容量を確認してから、バックアップをもう一度実行してください。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>pg_restore cannot read the dump of the %1 database: %2 Run the backup again; if this repeats, check the disk there.</source>
        <translation>pg_restore がデータベース %1 のダンプを読み取れません: %2 バックアップをもう一度実行してください。繰り返す場合は、そこのディスクを確認してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot restore the %1 database: %2</source>
        <translation>データベース %1 をリストアできません: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>pg_restore could not load %1 into the %2 database (%3 on %4 as %5): %6 Nothing was changed (one transaction). The user %5 must own %3 and every object in it.</source>
        <translation>pg_restore は %1 をデータベース %2 (%4 上の %3、ユーザー %5) に読み込めませんでした: %6 何も変更されていません (単一トランザクション)。ユーザー %5 が %3 とその中のすべてのオブジェクトの所有者である必要があります。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loaded %1 into the %2 database.</source>
        <translation>%1 をデータベース %2 に読み込みました。</translation>
    </message>
</context>
<context>
    <name>Precondition</name>
    <message>
        <location filename="../engine/run/Precondition.cpp" line="+37"/>
        <source>Report this as a bug.</source>
        <translation>これをバグとして報告してください。</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <location filename="../app/ProfileCommand.cpp" line="+24"/>
        <source>Check a cluster profile, or discover a cluster&apos;s nodes to start one</source>
        <translation>クラスタープロファイルを検査する、またはクラスターのノードを見つけてプロファイルを作り始める</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;check FILE&apos; reads the cluster profile FILE as every other command does, without touching the cluster, and lists every problem at once, one per line as FILE:LINE:COLUMN: key path: message: unknown keys (with the key probably meant), values of the wrong type, missing keys, names used twice, undefined secrets and placeholders a command cannot fill. Exit 0 when the profile is valid, 64 when it is not.
&apos;discover --host H [--host H…] --output FILE&apos; reaches each host over ssh, looks for AEM Forms nodes there, reading only, and writes what it finds as a draft profile: nodes, roles, paths, the forms database, shared stores, start and stop commands.
&apos;test FILE&apos; makes every read-only check of a profile against the cluster: hosts, what each backup checks before it starts, every path on its host, each node&apos;s role on its disk and its status URL. Exit 0 when nothing fails, 2 when something does.</source>
        <translation>&apos;check FILE&apos; は他のコマンドと同じようにクラスタープロファイル FILE を読み取り（クラスターには触れません）、すべての問題を一度に 1 行ずつ FILE:LINE:COLUMN: キーパス: メッセージ の形式で一覧表示します: 不明なキー（意図したと思われるキー付き）、型の誤った値、不足しているキー、重複した名前、未定義のシークレット、コマンドが埋められないプレースホルダー。プロファイルが有効なら終了コード 0、そうでなければ 64。
&apos;discover --host H [--host H…] --output FILE&apos; は ssh で各ホストに接続し、読み取りのみで AEM Forms のノードを探し、見つけた内容をプロファイルの下書きとして書き出します: ノード、ロール、パス、フォームデータベース、共有ストレージ、起動・停止コマンド。
&apos;test FILE&apos; は、プロファイルについて読み取りのみのチェックをクラスターに対してすべて行います: ホスト、各バックアップが開始前に行うチェック、各ホスト上の各パス、ディスク上の各ノードのロールとステータス URL。何も失敗しなければ終了コード 0、失敗があれば 2。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>check FILE, test FILE, or discover.</source>
        <translation>check FILE、test FILE、または discover。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Say what to do: &apos;lifeboat profile check FILE&apos;, &apos;lifeboat profile test FILE&apos; or &apos;lifeboat profile discover&apos;.</source>
        <translation>何をするか指定してください: &apos;lifeboat profile check FILE&apos;、&apos;lifeboat profile test FILE&apos;、または &apos;lifeboat profile discover&apos;。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run &apos;lifeboat profile --help&apos; for its options.</source>
        <translation>オプションは &apos;lifeboat profile --help&apos; で確認できます。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The profile %1 is valid: %2 on %3 (cluster &quot;%4&quot;).</source>
        <translation>プロファイル %1 は有効です: %3 上の %2（クラスター「%4」）。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n 個のノード</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n 台のホスト</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Something the profile says does not hold; fix what failed, then test it again.</source>
        <translation>プロファイルの記述に合わない点があります。失敗した項目を直してから、もう一度テストしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything Lifeboat can check without changing anything holds.</source>
        <translation>Lifeboat が何も変更せずにチェックできる項目はすべて正しいです。</translation>
    </message>
</context>
<context>
    <name>ProfileDiscovery</name>
    <message>
        <location filename="../app/ProfileDiscovery.cpp" line="+28"/>
        <source>Run &apos;lifeboat profile --help&apos; for its options.</source>
        <translation>オプションは &apos;lifeboat profile --help&apos; で確認してください。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>discover: a host to look on, as [NAME=]ADDRESS[:PORT] (repeat for each).</source>
        <translation>discover: 検索するホスト。[NAME=]ADDRESS[:PORT] の形式 (ホストごとに繰り返す)。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discover: the ssh user on every host (default: ssh&apos;s).</source>
        <translation>discover: 各ホストの ssh ユーザー (既定: ssh の既定)。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>user</source>
        <translation>user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discover: the ssh private key (default: ssh-agent and ssh&apos;s keys).</source>
        <translation>discover: ssh の秘密鍵 (既定: ssh-agent と ssh の既定の鍵)。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>discover: an ssh_config file for every host.</source>
        <translation>discover: 全ホスト用の ssh_config ファイル。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discover: where Lifeboat&apos;s helper is on the hosts.</source>
        <translation>discover: ホスト上の Lifeboat ヘルパーの場所。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discover: the known_hosts file the profile will use (default: known_hosts beside --output).</source>
        <translation>discover: プロファイルが使う known_hosts ファイル (既定: --output の隣の known_hosts)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>discover: a folder to look below (repeat; default: %1).</source>
        <translation>discover: この下を検索するフォルダー (繰り返し可。既定: %1)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>discover: the profile to write (it must not exist yet).</source>
        <translation>discover: 書き出すプロファイル (まだ存在してはいけません)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discover: where backup sets will go, on this machine.</source>
        <translation>discover: バックアップセットの保存先 (このマシン上)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discover, test: trust HOST&apos;s key with this fingerprint without asking (repeat for each).</source>
        <translation>discover, test: このフィンガープリントの HOST の鍵を確認なしで信頼する (ホストごとに繰り返す)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host=SHA256:…</source>
        <translation>host=SHA256:…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;profile discover&apos; needs --host for each host to look on, and --output FILE.</source>
        <translation>&apos;profile discover&apos; には検索するホストごとの --host と --output FILE が必要です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 exists already; discovery never writes over a profile. Choose another --output.</source>
        <translation>%1 はすでに存在します。検出はプロファイルを上書きしません。別の --output を指定してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--host %1: write it as [NAME=]ADDRESS[:PORT], for example node1=10.0.0.11:22.</source>
        <translation>--host %1: [NAME=]ADDRESS[:PORT] の形式で指定してください。例: node1=10.0.0.11:22。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing was written: a host could not be used. Fix what the check says and run again.</source>
        <translation>何も書き込まれませんでした: 使えないホストがあります。チェックの指摘を直してから再実行してください。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The profile names the secret %1, whose value is never read: give it as %2, in the secrets file, or when asked.</source>
        <translation>プロファイルはシークレット %1 を指定していますが、その値は読み取りません。%2、シークレットファイル、または尋ねられたときに指定してください。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Wrote %1 with %n node(s).</source>
        <translation>
            <numerusform>%1 に %n 個のノードを書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still to fill in before it loads (or run &apos;lifeboat profile check %1&apos;):</source>
        <translation>読み込めるようにするため、まだ記入が必要なもの (&apos;lifeboat profile check %1&apos; でも確認できます):</translation>
    </message>
</context>
<context>
    <name>ProfileEditorPages</name>
    <message>
        <location filename="../ui/ProfileEditorPages.cpp" line="+24"/>
        <source>%1 Write it as a {secret:NAME} reference, never the password itself. &quot;Set secret…&quot; stores its value in the secrets file when you save; without a value there, Lifeboat asks for it at run time.</source>
        <translation>%1 パスワードそのものではなく、{secret:NAME} 形式の参照として書いてください。「シークレットを設定…」で設定した値は、保存時にシークレットファイルに書き込まれます。そこに値がなければ、Lifeboat は実行時に尋ねます。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Fill in the node&apos;s application server folder first: the commands are in it.</source>
        <translation>先にノードのアプリケーションサーバーのフォルダーを記入してください。コマンドはその中にあります。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The host (a name from Hosts) through which Lifeboat reaches %1. Empty: the machine Lifeboat runs on.</source>
        <translation>Lifeboat が %1 にアクセスするときに経由するホスト（「ホスト」に登録した名前）。空欄: Lifeboat が動いているマシン。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hosts</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The hosts that Lifeboat reaches over ssh, with the system&apos;s OpenSSH client (key or ssh-agent login, never a password). Without hosts, every path is on the Lifeboat machine.</source>
        <translation>Lifeboat がシステムの OpenSSH クライアントを使い ssh で接続するホスト（鍵または ssh-agent でログインし、パスワードは使いません）。ホストがなければ、すべてのパスは Lifeboat のマシン上にあります。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>host%1</source>
        <translation>host%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Hosts</source>
        <translation>ホスト(&amp;H)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A&amp;dd host</source>
        <translation>ホストを追加(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;move host</source>
        <translation>ホストを削除(&amp;M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+190"/>
        <source>&amp;Name</source>
        <translation>名前(&amp;N)</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>How nodes and the shared stores refer to the host. Use the node&apos;s DNS name, so that {host} in its commands stays the same.</source>
        <translation>ノードと共有ストレージがこのホストを指す名前。コマンド内の {host} が変わらないよう、ノードの DNS 名を使ってください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Address</source>
        <translation>アドレス(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The DNS name or IP address that ssh connects to.</source>
        <translation>ssh の接続先の DNS 名または IP アドレス。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Por&amp;t</source>
        <translation>ポート(&amp;T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The ssh port (usually 22).</source>
        <translation>ssh のポート（通常は 22）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+201"/>
        <location line="+61"/>
        <source>&amp;User</source>
        <translation>ユーザー(&amp;U)</translation>
    </message>
    <message>
        <location line="-262"/>
        <source>The login. Empty: ssh&apos;s default (your user name, or the ssh config&apos;s).</source>
        <translation>ログイン名。空欄: ssh の既定（あなたのユーザー名、または ssh 設定の値）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Identity file</source>
        <translation>秘密鍵ファイル(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A private key for this host. Empty: your ssh-agent and ssh&apos;s default keys.</source>
        <translation>このホスト用の秘密鍵。空欄: ssh-agent と ssh の既定の鍵。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the helper with sud&amp;o</source>
        <translation>ヘルパーを sudo で実行(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run lifeboat-agent through sudo -n, for a login that is not the AEM files&apos; owner. The sudoers rule must allow exactly that command without a password.</source>
        <translation>AEM のファイルの所有者ではないログインのために、lifeboat-agent を sudo -n で実行します。sudoers の規則で、このコマンドだけをパスワードなしで許可する必要があります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ssh &amp;config file</source>
        <translation>ssh 設定ファイル(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An ssh_config file passed with -F (jump hosts, proxies). Keep the address and port the real ones: host keys are checked for them.</source>
        <translation>-F で渡す ssh_config ファイル（踏み台ホスト、プロキシ）。アドレスとポートは実際のものにしてください。ホスト鍵はそれに対して検証されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Helper &amp;path</source>
        <translation>ヘルパーのパス(&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where lifeboat-agent is on that host.</source>
        <translation>そのホスト上の lifeboat-agent の場所。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nodes</source>
        <translation>ノード</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every AEM node of the cluster: one primary author node, the secondaries and the publish nodes, with where each keeps its files and how to reach and control it.</source>
        <translation>クラスターのすべての AEM ノード: プライマリのオーサーノード 1 つ、セカンダリノード、パブリッシュノード。それぞれのファイルの場所と、接続・制御の方法を指定します。</translation>
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
        <translation>ノード(&amp;N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A&amp;dd node</source>
        <translation>ノードを追加(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;move node</source>
        <translation>ノードを削除(&amp;M)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Node n&amp;ame</source>
        <translation>ノード名(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The node&apos;s name in Lifeboat (for example node1), unique; filled into its commands as {node}.</source>
        <translation>Lifeboat でのノード名（例: node1）。一意にしてください。コマンドには {node} として入ります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>primary: the author cluster&apos;s primary node (exactly one); secondary: the other author nodes; publish: a Correspondence Management publish node.</source>
        <translation>プライマリ: オーサークラスターのプライマリノード（ちょうど 1 つ）。セカンダリ: その他のオーサーノード。パブリッシュ: Correspondence Management のパブリッシュノード。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>primary</source>
        <translation>プライマリ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>secondary</source>
        <translation>セカンダリ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>publish</source>
        <translation>パブリッシュ</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+137"/>
        <source>&amp;Host</source>
        <translation>ホスト(&amp;H)</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>The node&apos;s DNS name, filled into its commands as {host}. When Hosts lists it, the node&apos;s files are read and written on that host, and its paths must be absolute.</source>
        <translation>ノードの DNS 名。コマンドには {host} として入ります。「ホスト」に登録されている場合、ノードのファイルはそのホスト上で読み書きされ、パスは絶対パスでなければなりません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Repository</source>
        <translation>リポジトリ(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required. The node&apos;s crx-repository folder: the AEM repository, with repository/, clusterNode/ and, on a secondary node, its crx.NNNN copy.</source>
        <translation>必須。ノードの crx-repository フォルダー: AEM リポジトリ。repository/、clusterNode/、セカンダリノードでは crx.NNNN のコピーを含みます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Application server &amp;folder</source>
        <translation>アプリケーションサーバーのフォルダー(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The node&apos;s application server root folder (for JBoss, for example, /opt/jboss).</source>
        <translation>ノードのアプリケーションサーバーのルートフォルダー（JBoss の場合は例えば /opt/jboss）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Bootstrap properties</source>
        <translation>ブートストラッププロパティ(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The application server&apos;s bootstrap properties file, which AEM creates on every secondary node; you need it to recover a secondary. JBoss keeps it in bin, WebLogic in the domain folder, WebSphere in the profile folder. Leave it empty on the primary and on publish nodes.</source>
        <translation>アプリケーションサーバーのブートストラッププロパティファイル。AEM が各セカンダリノードに作成し、セカンダリの回復に必要です。JBoss では bin、WebLogic ではドメインフォルダー、WebSphere ではプロファイルフォルダーにあります。プライマリとパブリッシュノードでは空欄にしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Error lo&amp;g</source>
        <translation>エラーログ(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AEM&apos;s error.log of this node (usually crx-repository/logs/error.log), where &quot;repository unsync&quot; shows.</source>
        <translation>このノードの AEM の error.log（通常は crx-repository/logs/error.log）。「repository unsync」はここに出ます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A text file you keep up to date with the system version and every patch applied since the last system image. A recovery must bring the node back to this level.</source>
        <translation>システムのバージョンと、前回のシステムイメージ以降に適用したすべてのパッチを記録して最新に保つテキストファイル。回復ではノードをこのレベルに戻す必要があります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inde&amp;x root</source>
        <translation>インデックスルート(&amp;X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author nodes with Content Services: the node&apos;s Index Root, which restore-cluster empties and fills from the Content Storage Root&apos;s indexes.</source>
        <translation>Content Services を使うオーサーノード: ノードのインデックスルート (Index Root)。restore-cluster はこれを空にし、Content Storage Root のインデックスで埋めます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temporar&amp;y directories</source>
        <translation>一時ディレクトリ(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One folder a line: the AEM forms temporary folders of the node, emptied into the quarantine before a restored node starts. Only folders that hold nothing but AEM forms&apos; temporary files, never /tmp.</source>
        <translation>1 行に 1 フォルダー: ノードの AEM Forms の一時フォルダー。リストアしたノードの起動前に、中身を隔離領域へ移します。AEM Forms の一時ファイルだけを含むフォルダーに限り、/tmp は指定しないでください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Online backup endpoint (AEM&apos;s HTTP interface)</source>
        <translation>オンラインバックアップのエンドポイント（AEM の HTTP インターフェイス）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP UR&amp;L</source>
        <translation>HTTP URL(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheme, host and port, for example http://aem-node1.example.com:8080/lc. Always write the port: {port} in the commands comes from here. A path is the context root of AEM&apos;s console.</source>
        <translation>スキーム、ホスト、ポート。例: http://aem-node1.example.com:8080/lc。ポートは必ず書いてください。コマンド内の {port} はここから取られます。パスは AEM のコンソールのコンテキストルートです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTTP &amp;user</source>
        <translation>HTTP ユーザー(&amp;U)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The AEM user for basic authentication.</source>
        <translation>Basic 認証に使う AEM ユーザー。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+105"/>
        <location line="+59"/>
        <source>Pass&amp;word</source>
        <translation>パスワード(&amp;W)</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>That user&apos;s password.</source>
        <translation>そのユーザーのパスワード。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status &amp;path</source>
        <translation>ステータスパス(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A path that answers a GET with a 2xx status while the node is up, for example /lc/system/console/bundles.json. It replaces any path in the URL.</source>
        <translation>ノードの稼働中、GET に 2xx ステータスで応答するパス。例: /lc/system/console/bundles.json。URL 内のパスはこれで置き換えられます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start and stop</source>
        <translation>起動と停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>systemd unit %1 (systemctl start, stop)</source>
        <translation>systemd ユニット %1 (systemctl start, stop)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JBoss (standalone.sh, jboss-cli.sh :shutdown)</source>
        <translation>JBoss (standalone.sh, jboss-cli.sh :shutdown)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebLogic domain (startWebLogic.sh, stopWebLogic.sh)</source>
        <translation>WebLogic ドメイン (startWebLogic.sh, stopWebLogic.sh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebSphere profile (startServer.sh, stopServer.sh server1)</source>
        <translation>WebSphere プロファイル (startServer.sh, stopServer.sh server1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready-made &amp;commands</source>
        <translation>定型コマンド(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fills in start and stop commands for this node from its fields: over ssh to its host, or on this machine. Adjust them to your installation (the systemd unit&apos;s name, for one).</source>
        <translation>このノードの各欄から起動・停止コマンドを記入します。ssh 経由でそのホスト上、またはこのマシン上で実行するコマンドです。インストールに合わせて調整してください（systemd ユニットの名前など）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill in</source>
        <translation>記入</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ready-made commands</source>
        <translation>定型コマンド</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>One argument a line, the program first; no shell. It may use {node}, {host}, {port} and {profile}.</source>
        <translation>1 行に 1 引数、最初の行はプログラム。シェルは使いません。{node}、{host}、{port}、{profile} を使えます。</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Rol&amp;e</source>
        <translation>ロール(&amp;E)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Patch le&amp;vel file</source>
        <translation>パッチレベルファイル(&amp;V)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Star&amp;t command</source>
        <translation>起動コマンド(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command that starts the node&apos;s application server. %1</source>
        <translation>ノードのアプリケーションサーバーを起動するコマンド。%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>St&amp;op command</source>
        <translation>停止コマンド(&amp;O)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The command that stops it. %1</source>
        <translation>それを停止するコマンド。%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;imeout (seconds)</source>
        <translation>タイムアウト（秒）(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long start or stop may run, and how long Lifeboat then waits for the node to answer or to release its repository. AEM Forms on JBoss often takes minutes to start: be generous.</source>
        <translation>起動・停止にかけてよい時間と、その後 Lifeboat がノードの応答またはリポジトリの解放を待つ時間。JBoss 上の AEM Forms は起動に数分かかることがよくあります。余裕を持たせてください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shared storage</source>
        <translation>共有ストレージ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The stores every node uses: the GDS, the fonts, the connectors&apos; data and the Content Storage Root.</source>
        <translation>すべてのノードが使うストレージ: GDS、フォント、コネクタのデータ、Content Storage Root。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;GDS</source>
        <translation>GDS(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Global Document Storage folder, usually a network share every node mounts at the same path.</source>
        <translation>Global Document Storage のフォルダー。通常は、すべてのノードが同じパスにマウントするネットワーク共有です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GDS &amp;host</source>
        <translation>GDS のホスト(&amp;H)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the GDS</source>
        <translation>GDS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fonts</source>
        <translation>フォント(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One folder a line: every font folder AEM Forms is configured with, customer fonts included.</source>
        <translation>1 行に 1 フォルダー: AEM Forms に設定されているすべてのフォントフォルダー（顧客フォントを含む）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fonts h&amp;ost</source>
        <translation>フォントのホスト(&amp;O)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the fonts</source>
        <translation>フォント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Connectors</source>
        <translation>コネクタ(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder that holds connector data (for example, the ECM connectors&apos; configuration).</source>
        <translation>コネクタのデータを保持するフォルダー（例: ECM コネクタの設定）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connectors hos&amp;t</source>
        <translation>コネクタのホスト(&amp;T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the connectors</source>
        <translation>コネクタ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content Storage &amp;Root</source>
        <translation>Content Storage Root(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Content Storage Root of the deprecated Content Services, if you still use it; empty if not.</source>
        <translation>非推奨の Content Services の Content Storage Root。まだ使っている場合に指定し、使っていなければ空欄にします。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cont&amp;ent Storage Root host</source>
        <translation>Content Storage Root のホスト(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Content Storage Root</source>
        <translation>Content Storage Root</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Databases</source>
        <translation>データベース</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The forms database and every custom database that must be backed up in the same window.</source>
        <translation>フォームデータベースと、同じ時間帯にバックアップする必要があるすべてのカスタムデータベース。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Data&amp;bases</source>
        <translation>データベース(&amp;B)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A&amp;dd database</source>
        <translation>データベースを追加(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;move database</source>
        <translation>データベースを削除(&amp;M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A name for the database, shown to people, for example forms.</source>
        <translation>データベースの表示名。例: forms。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind</source>
        <translation>種類(&amp;K)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MariaDB (or MySQL), PostgreSQL or SQLite.</source>
        <translation>MariaDB（または MySQL）、PostgreSQL、SQLite のいずれか。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MariaDB or MySQL</source>
        <translation>MariaDB または MySQL</translation>
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
        <translation>パス(&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SQLite only: the database file.</source>
        <translation>SQLite のみ: データベースファイル。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MariaDB, PostgreSQL: the database server&apos;s host name.</source>
        <translation>MariaDB、PostgreSQL: データベースサーバーのホスト名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Po&amp;rt</source>
        <translation>ポート(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Its TCP port, for example 3306 or 5432; 0: the default.</source>
        <translation>TCP ポート。例: 3306、5432。0: 既定のポート。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>So&amp;cket</source>
        <translation>ソケット(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Unix socket to use instead of host and port, as an absolute path.</source>
        <translation>ホストとポートの代わりに使う Unix ソケット（絶対パス）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;atabase name</source>
        <translation>データベース名(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The database (schema) name.</source>
        <translation>データベース（スキーマ）の名前。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user to connect as: one that may read everything for a backup, and replace the database for restore-cluster.</source>
        <translation>接続に使うユーザー。バックアップのためにすべてを読み取れ、restore-cluster のためにデータベースを置き換えられるユーザーにしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database user&apos;s password.</source>
        <translation>データベースユーザーのパスワード。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;GDS reference query</source>
        <translation>GDS 参照クエリ(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An SQL query that lists every GDS document the database refers to: its path relative to the GDS, and its SHA-256. Empty for a database that refers to no GDS document.</source>
        <translation>データベースが参照するすべての GDS ドキュメントを一覧表示する SQL クエリ: GDS からの相対パスと SHA-256。GDS ドキュメントを参照しないデータベースでは空欄にします。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Control commands</source>
        <translation>制御コマンド</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The commands that put the forms server into LCBackupMode and take it out again, so that the GDS backup stays consistent with the database backup. Each node&apos;s start and stop commands are on the Nodes page.</source>
        <translation>フォームサーバーを LCBackupMode に入れ、また戻すコマンド。これにより GDS のバックアップがデータベースのバックアップと整合します。各ノードの起動・停止コマンドは「ノード」ページにあります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One argument a line, the program first; no shell. It may use {host}, {port}, {user} and {password}; pass the password as the command&apos;s input where the program can read it.</source>
        <translation>1 行に 1 引数、最初の行はプログラム。シェルは使いません。{host}、{port}、{user}、{password} を使えます。プログラムが読み取れる場合は、パスワードをコマンドの入力として渡してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 Entering also knows {label} and {timeout}.</source>
        <translation>%1 開始コマンドでは {label} と {timeout} も使えます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text written to the command&apos;s standard input, with the same placeholders: the way to hand it {password} without showing it in the process list. Empty: no input.</source>
        <translation>コマンドの標準入力に書き込むテキスト（同じプレースホルダーを使えます）。{password} をプロセス一覧に出さずに渡す方法です。空の場合は入力なし。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>E&amp;nter safe backup mode</source>
        <translation>スナップショット（セーフ）バックアップモードを開始(&amp;N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+3"/>
        <source>Its input</source>
        <translation>その入力</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Usually LCBackupMode.sh enter with its options. %1</source>
        <translation>通常は LCBackupMode.sh enter とそのオプションです。%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usually LCBackupMode.sh leave with its options. %1</source>
        <translation>通常は LCBackupMode.sh leave とそのオプションです。%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usually LCBackupMode.sh enterContinuousCoverage with its options. %1</source>
        <translation>通常は LCBackupMode.sh enterContinuousCoverage とそのオプションです。%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usually LCBackupMode.sh leaveContinuousCoverage with its options. %1</source>
        <translation>通常は LCBackupMode.sh leaveContinuousCoverage とそのオプションです。%1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Leave safe backup mode</source>
        <translation>スナップショット（セーフ）バックアップモードを終了(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter &amp;rolling backup mode</source>
        <translation>ローリングバックアップモードを開始(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lea&amp;ve rolling backup mode</source>
        <translation>ローリングバックアップモードを終了(&amp;V)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Online backup</source>
        <translation>オンラインバックアップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The forms server that LCBackupMode talks to for a backup while the cluster runs (safe and rolling backup mode). LCBackupMode does not work when SSL is configured on the forms server.</source>
        <translation>クラスターの稼働中にバックアップするとき、LCBackupMode が通信するフォームサーバー（スナップショット（セーフ）バックアップモードとローリングバックアップモード）。フォームサーバーで SSL が構成されていると LCBackupMode は動作しません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forms server &amp;host</source>
        <translation>フォームサーバーのホスト(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The forms server to talk to, filled into the backup-mode commands as {host}.</source>
        <translation>通信するフォームサーバー。バックアップモードのコマンドに {host} として入ります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Port</source>
        <translation>ポート(&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Its HTTP port, filled in as {port}.</source>
        <translation>HTTP ポート。{port} として入ります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An AEM Forms administrator, filled in as {user}.</source>
        <translation>AEM Forms の管理者。{user} として入ります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That administrator&apos;s password, filled in as {password}.</source>
        <translation>その管理者のパスワード。{password} として入ります。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backup root</source>
        <translation>バックアップルート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where the backup sets go, and the cluster&apos;s own settings.</source>
        <translation>バックアップセットの保存先と、クラスター自体の設定。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cluster &amp;name</source>
        <translation>クラスター名(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required. A name for the cluster, shown to people, for example aem-forms-prod.</source>
        <translation>必須。クラスターの表示名。例: aem-forms-prod。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applicat&amp;ion server</source>
        <translation>アプリケーションサーバー(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The application server that AEM Forms on JEE runs on.</source>
        <translation>AEM Forms on JEE が動作するアプリケーションサーバー。</translation>
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
        <translation>バックアップルート(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required. The folder that holds the backup sets, on the Lifeboat machine.</source>
        <translation>必須。バックアップセットを保持するフォルダー（Lifeboat のマシン上）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Full backup every</source>
        <translation>完全バックアップの間隔(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A full backup set every this many backups of one strategy; the ones between are incremental. 1 makes every set full.</source>
        <translation>同じ方式のバックアップをこの回数行うごとに、完全なバックアップセットを 1 つ作成します。その間は増分です。1 にするとすべてのセットが完全になります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secre&amp;ts file</source>
        <translation>シークレットファイル(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A JSON file with the secrets&apos; values, readable only by its owner (mode 600). &quot;Set secret…&quot; writes to it; without one, a new secret goes to secrets.json beside the profile.</source>
        <translation>シークレットの値を保持する JSON ファイル。所有者だけが読み取れるようにします（モード 600）。「シークレットを設定…」はここに書き込みます。指定がなければ、新しいシークレットはプロファイルの隣の secrets.json に入ります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Known hosts file</source>
        <translation>既知のホストファイル(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The OpenSSH known_hosts file with the host keys you trusted. Empty: Lifeboat&apos;s own.</source>
        <translation>信頼したホスト鍵を保持する OpenSSH の known_hosts ファイル。空欄: Lifeboat 自身のもの。</translation>
    </message>
</context>
<context>
    <name>ProfileProblem</name>
    <message>
        <location filename="../engine/profile/ProfileProblem.cpp" line="+14"/>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation>「%1」のことですか？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
</context>
<context>
    <name>ProfileSchema</name>
    <message>
        <location filename="../engine/profile/ProfileSchema.cpp" line="+134"/>
        <location line="+27"/>
        <location line="+110"/>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <location line="-135"/>
        <location line="+21"/>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an array of strings</source>
        <translation>文字列の配列</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <location line="+124"/>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>an array of objects</source>
        <translation>オブジェクトの配列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a command (an array of strings, or an object with &quot;arguments&quot;)</source>
        <translation>コマンド（文字列の配列、または &quot;arguments&quot; を持つオブジェクト）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an array</source>
        <translation>配列</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unknown key.</source>
        <translation>不明なキーです。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Missing: this key is required.</source>
        <translation>ありません: このキーは必須です。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Must be %1, not %2.</source>
        <translation>%2 ではなく %1 でなければなりません。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Must not be empty.</source>
        <translation>空にはできません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Must be one of %1, not &quot;%2&quot;.</source>
        <translation>「%2」ではなく %1 のいずれかでなければなりません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Must be a whole number, not %1.</source>
        <translation>%1 ではなく整数でなければなりません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Must be between %1 and %2, not %3.</source>
        <translation>%3 ではなく %1 から %2 の間でなければなりません。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>&quot;%1&quot; cannot be filled in this command; it knows %2.</source>
        <translation>「%1」はこのコマンドでは埋められません。使えるのは %2 です。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;{secret:}&quot; names no secret.</source>
        <translation>「{secret:}」は秘密情報の名前を指定していません。</translation>
    </message>
</context>
<context>
    <name>ProfileTest</name>
    <message>
        <location filename="../engine/scenarios/ProfileTest.cpp" line="+65"/>
        <source>%1&apos;s paths are on its host</source>
        <translation>%1 のパスがホスト上に存在</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <location line="+29"/>
        <source>Not there: %1.</source>
        <translation>存在しません: %1。</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Correct the path in the profile (Edit…), or check the host.</source>
        <translation>プロファイルのパスを修正する（編集…）か、ホストを確認してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A node that has never run has no error.log yet; otherwise correct the path.</source>
        <translation>一度も起動していないノードにはまだ error.log がありません。そうでなければパスを修正してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The shared stores are on their hosts</source>
        <translation>共有ストレージがホスト上に存在</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Correct the path or its host in the profile (Edit…).</source>
        <translation>プロファイルのパスまたはそのホストを修正してください（編集…）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1&apos;s role is the one its disk tells</source>
        <translation>%1 のロールがディスクの内容と一致</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, cluster node id %1</source>
        <translation>（クラスターノード ID %1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its disk does not tell whether it is the primary%1.</source>
        <translation>ディスクの内容からは、このノード%1がプライマリかどうか分かりません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check its role by hand: %1</source>
        <translation>ロールを手動で確認してください: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile says %1; its disk says %2 (%3).</source>
        <translation>プロファイルでは %1、ディスクでは %2 です (%3)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct its role in the profile: a wrong primary is restored in the wrong order.</source>
        <translation>プロファイルのロールを修正してください。プライマリが誤っていると、誤った順序でリストアされます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)%3</source>
        <translation>%1 (%2)%3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1&apos;s start and stop programs are on its host</source>
        <translation>%1 の起動・停止プログラムがそのホスト上にある</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not there, or not executable: %1.</source>
        <translation>存在しないか、実行できません: %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the node&apos;s start or stop command (Edit…), or check the host.</source>
        <translation>ノードの起動・停止コマンドを修正するか（編集…）、ホストを確認してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to look for: the commands run here, or by a name the host&apos;s PATH finds.</source>
        <translation>確認するものはありません。コマンドはこのマシンで実行されるか、ホストの PATH で見つかる名前で実行されます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 answers at its status URL</source>
        <translation>%1 がステータス URL で応答</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile gives no HTTP address for %1.</source>
        <translation>プロファイルに %1 の HTTP アドレスがありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in its http.url and statusPath (Edit…).</source>
        <translation>http.url と statusPath を記入してください（編集…）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not answer.</source>
        <translation>%1 は応答しません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the node is up, correct its HTTP address, user, password or status path.</source>
        <translation>ノードが稼働中なら、HTTP アドレス、ユーザー、パスワード、またはステータスパスを修正してください。</translation>
    </message>
</context>
<context>
    <name>PromoteSecondaryFolderStep</name>
    <message>
        <location filename="../engine/steps/PromoteSecondaryFolderStep.cpp" line="+28"/>
        <source>Copy the secondary repository folder (crx.NNNN) of %1 into its repository and remove it</source>
        <translation>%1 のセカンダリリポジトリフォルダー (crx.NNNN) をリポジトリにコピーして削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the secondary repository folder (crx.NNNN) of %1 into its repository</source>
        <translation>%1 のセカンダリリポジトリフォルダー (crx.NNNN) をリポジトリにコピー</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no crx.NNNN folder there now; checked again when the step runs</source>
        <translation>現在 crx.NNNN フォルダーはありません。ステップの実行時に再確認します</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its files, into %1/repository</source>
        <translation>そのファイルを %1/repository へ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>then the emptied folder, to the quarantine</source>
        <translation>その後、空になったフォルダーを隔離領域へ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no secondary repository folder (crx.NNNN); nothing to copy.</source>
        <translation>%1 にはセカンダリリポジトリフォルダー (crx.NNNN) がありません。コピーするものはありません。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot copy %1 to %2. %3</source>
        <translation>%1 を %2 にコピーできません。%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>files from %1</source>
        <translation>%1 のファイル</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>to %1</source>
        <translation>%1 へ</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Copied %n file(s) from %1 into %2.</source>
        <translation>
            <numerusform>%n 個のファイルを %1 から %2 にコピーしました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PruneCommand</name>
    <message>
        <location filename="../app/PruneCommand.cpp" line="+26"/>
        <source>Run &apos;lifeboat prune --help&apos; for its options.</source>
        <translation>オプションは &apos;lifeboat prune --help&apos; で確認できます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete all but the N newest backup sets (and stale unfinished ones)</source>
        <translation>最新の N 個を除くすべてのバックアップセット（および古い未完了のセット）を削除</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keeps the N newest complete backup sets of a profile and deletes the older ones, and deletes unfinished (.partial) sets that nothing has changed for 24 hours. Prints every set it removes.</source>
        <translation>プロファイルの最新の完全なバックアップセットを N 個保持して古いものを削除し、24 時間変更のない未完了 (.partial) のセットも削除します。削除したセットはすべて表示します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cluster profile (JSON) whose backup root is pruned.</source>
        <translation>整理するバックアップルートを持つクラスタープロファイル (JSON)。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many of the newest complete sets to keep (at least 1).</source>
        <translation>保持する最新の完全なセットの数（1 以上）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only print what would be removed; change nothing.</source>
        <translation>削除対象を表示するだけで、何も変更しません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>予期しない引数 &apos;%1&apos; です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--profile is required (a sandbox has one at DIR/cluster.json).</source>
        <translation>--profile は必須です（サンドボックスでは DIR/cluster.json にあります）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--keep must be a whole number of at least 1: prune never deletes the newest backup set.</source>
        <translation>--keep には 1 以上の整数を指定してください。prune は最新のバックアップセットを削除しません。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Would remove %1 (%2)</source>
        <translation>%1 を削除予定 (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removing %1 (%2)</source>
        <translation>%1 を削除しています (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1, %2, %3</source>
        <translation>%1、%2、%3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown strategy</source>
        <translation>不明な方式</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keeping %1 (%2)</source>
        <translation>%1 を保持 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>unfinished, untouched for %n hour(s)</source>
        <translation>
            <numerusform>未完了、%n 時間変更なし</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to remove in %1.</source>
        <translation>%1 に削除するものはありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Dry run: %n set(s) would be removed, freeing at least %1. Nothing was changed.</source>
        <translation>
            <numerusform>ドライラン: %n 個のセットが削除され、少なくとも %1 が解放されます。何も変更されていません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Removed %n set(s); their archives took %1.</source>
        <translation>
            <numerusform>%n 個のセットを削除しました。アーカイブのサイズは %1 でした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n set(s) could not be removed completely; see the messages above.</source>
        <translation>
            <numerusform>%n 個のセットを完全には削除できませんでした。上のメッセージを参照してください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-22"/>
        <source>kept: %1 holds files of %2</source>
        <translation>保持: %1 は %2 のファイルを保持しています</translation>
    </message>
</context>
<context>
    <name>PublishBackupSetStep</name>
    <message>
        <location filename="../engine/steps/PublishBackupSetStep.cpp" line="+48"/>
        <source>signed with %1</source>
        <translation>%1 で署名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>renamed to %1 once verified</source>
        <translation>検証後に %1 に名前を変更</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The backup set %1 is already complete.</source>
        <translation>バックアップセット %1 はすでに完成しています。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot rename %1 to %2.</source>
        <translation>%1 の名前を %2 に変更できません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>complete, verified backup set</source>
        <translation>完成した検証済みのバックアップセット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup set %1 is complete.</source>
        <translation>バックアップセット %1 が完成しました。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The backup set cannot be signed, so it is not published: %1. Check &quot;signing&quot; in the profile (&apos;lifeboat check&apos; tries the key), then resume the run.</source>
        <translation>バックアップセットに署名できないため、公開しません: %1。プロファイルの &quot;signing&quot; を確認し (&apos;lifeboat check&apos; が鍵を試します)、実行を再開してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed SHA256SUMS with %1.</source>
        <translation>SHA256SUMS に %1 で署名しました。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The backup set does not read back as written, so it is not published: %1</source>
        <translation>バックアップセットを読み戻した内容が書き込んだ内容と一致しないため、公開しません: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Read back %n file(s) from the archives; every one matches the manifest.</source>
        <translation>
            <numerusform>アーカイブから %n 個のファイルを読み戻しました。すべてマニフェストと一致しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n archive(s) had already been read back while the backup went on.</source>
        <translation>
            <numerusform>%n 個のアーカイブは、バックアップの進行中にすでに読み戻されていました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The set is %1.</source>
        <translation>このセットは%1です。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The archive of part %1 is missing or unreadable in %2.</source>
        <translation>%2 内のパート %1 のアーカイブがないか、読み取れません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup set %1 has no parts.</source>
        <translation>バックアップセット %1 にはパートがありません。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot write the manifest of %1: %2</source>
        <translation>%1 のマニフェストを書き込めません: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write the manifest of %1. Check the free space.</source>
        <translation>%1 のマニフェストを書き込めません。空き容量を確認してください。</translation>
    </message>
    <message>
        <location filename="../engine/steps/PublishBackupSetStep.h" line="+25"/>
        <source>Verify the backup set and make it available</source>
        <translation>バックアップセットを検証して利用可能にする</translation>
    </message>
    <message>
        <location filename="../engine/steps/PublishBackupSetStep.cpp" line="-99"/>
        <source>Cannot write %1 in %2. Check the free space.</source>
        <translation>%2 に %1 を書き込めません。空き容量を確認してください。</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Cannot write %1 to the disk (fsync failed), so the set is not published.</source>
        <translation>%1 をディスクに書き込めません(fsync に失敗しました)。そのためセットは公開されません。</translation>
    </message>
</context>
<context>
    <name>PutBackFromQuarantineStep</name>
    <message>
        <location filename="../engine/steps/PutBackFromQuarantineStep.cpp" line="+35"/>
        <source>Put back what the restore %1 replaced</source>
        <translation>リストア %1 が置き換えたものを元に戻す</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>loaded from %1, after a dump of what it holds now is kept in this run&apos;s quarantine</source>
        <translation>現在の内容のダンプをこの実行の隔離領域に保管した後、%1 から読み込み</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>restored from the backup; moved to the quarantine</source>
        <translation>バックアップからリストアしたもの。隔離領域へ移動</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>back to %1</source>
        <translation>%1 へ戻す</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Cannot write %1.</source>
        <translation>%1 を書き込めません。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>put in place by %1; now in this run&apos;s quarantine</source>
        <translation>%1 が配置したもの。現在はこの実行の隔離領域にあります</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot move %1 back to %2.</source>
        <translation>%1 を %2 に戻せません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The profile has no database named %1, so its contents kept in %2 cannot be loaded back. Add it to the profile again, or load the dump with the database&apos;s own client.</source>
        <translation>プロファイルに %1 という名前のデータベースがないため、%2 に保管された内容を読み戻せません。プロファイルに再度追加するか、データベース自身のクライアントでダンプを読み込んでください。</translation>
    </message>
    <message numerus="yes">
        <location line="-27"/>
        <source>Undid %n change(s) of the restore %1; the files are as they were before it.</source>
        <translation>
            <numerusform>リストア %1 による %n 件の変更を元に戻しました。ファイルはリストア前の状態です。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <location filename="../app/Startup.cpp" line="+22"/>
        <source>Usage: %1</source>
        <translation>使い方: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[options]</source>
        <translation>[options]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options:</source>
        <translation>オプション:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arguments:</source>
        <translation>引数:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Displays help on commandline options.</source>
        <translation>コマンドラインオプションのヘルプを表示します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Displays help, including generic Qt options.</source>
        <translation>Qt の汎用オプションを含むヘルプを表示します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Displays version information.</source>
        <translation>バージョン情報を表示します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>不明なオプション &apos;%1&apos; です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown options: %1.</source>
        <translation>不明なオプション: %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; の後に値がありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; の後に予期しない値があります。</translation>
    </message>
</context>
<context>
    <name>Quarantine</name>
    <message>
        <location filename="../engine/restore/Quarantine.cpp" line="+89"/>
        <source>%1 is not below %2, so it cannot be quarantined there.</source>
        <translation>%1 は %2 の配下にないため、そこへ隔離できません。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot move %1 into the quarantine %2. Check the permissions of %3.</source>
        <translation>%1 を隔離領域 %2 に移動できません。%3 の権限を確認してください。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cannot create %1. Check the permissions of %2.</source>
        <translation>%1 を作成できません。%2 の権限を確認してください。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot write the quarantine index %1. Check the free space.</source>
        <translation>隔離領域のインデックス %1 を書き込めません。空き容量を確認してください。</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Could not delete all of %1; check its permissions.</source>
        <translation>%1 を完全には削除できませんでした。権限を確認してください。</translation>
    </message>
</context>
<context>
    <name>QuarantineCommand</name>
    <message>
        <location filename="../app/QuarantineCommand.cpp" line="+27"/>
        <source>Run &apos;lifeboat quarantine --help&apos; for its options.</source>
        <translation>オプションは &apos;lifeboat quarantine --help&apos; で確認できます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>List or purge what restores moved to the quarantine</source>
        <translation>リストアが隔離領域に移動したものを一覧表示または完全削除</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A restore never deletes what it replaces: it moves it to a quarantine beside it, kept until you purge it. &apos;list&apos; shows every restore run&apos;s quarantine; &apos;purge --run ID&apos; (or --all) deletes them for good. To undo a restore instead, run the scenario rollback-restore --run ID.</source>
        <translation>リストアは置き換えたものを削除せず、隣の隔離領域に移動し、完全削除するまで保持します。&apos;list&apos; はリストア実行ごとの隔離領域を表示し、&apos;purge --run ID&apos;（または --all）はそれを完全に削除します。リストアを元に戻すには、代わりにシナリオ rollback-restore --run ID を実行してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>list or purge</source>
        <translation>list または purge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cluster profile (JSON).</source>
        <translation>クラスタープロファイル (JSON)。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>purge: the restore run whose quarantine to delete.</source>
        <translation>purge: 隔離領域を削除するリストアの実行。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>purge: every quarantine of the profile.</source>
        <translation>purge: プロファイルのすべての隔離領域。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>purge: do not ask (for scripts).</source>
        <translation>purge: 確認しない（スクリプト用）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list: print JSON.</source>
        <translation>list: JSON で出力します。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Say what to do: &apos;lifeboat quarantine list&apos; or &apos;lifeboat quarantine purge&apos;.</source>
        <translation>操作を指定してください: &apos;lifeboat quarantine list&apos; または &apos;lifeboat quarantine purge&apos;。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--profile is required (a sandbox has one at DIR/cluster.json).</source>
        <translation>--profile は必須です（サンドボックスでは DIR/cluster.json にあります）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>purge needs either --run ID or --all.</source>
        <translation>purge には --run ID または --all が必要です。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No quarantine is kept for %1.</source>
        <translation>%1 の隔離領域はありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1  %2  %3, %n path(s) kept</source>
        <translation>
            <numerusform>%1  %2  %3、%n 個のパスを保持</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo a restore with: lifeboat run --profile %1 --scenario rollback-restore --run ID</source>
        <translation>リストアを元に戻すには: lifeboat run --profile %1 --scenario rollback-restore --run ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete a quarantine for good with: lifeboat quarantine purge --profile %1 --run ID</source>
        <translation>隔離領域を完全に削除するには: lifeboat quarantine purge --profile %1 --run ID</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No quarantine of %1 matches; &apos;lifeboat quarantine list --profile %2&apos; shows them.</source>
        <translation>一致する %1 の隔離領域はありません。&apos;lifeboat quarantine list --profile %2&apos; で一覧を表示できます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These folders will be deleted for good:</source>
        <translation>次のフォルダーは完全に削除されます:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was deleted: there is no terminal to ask on. Add --yes to purge from a script.</source>
        <translation>何も削除されていません: 確認する端末がありません。スクリプトから削除するには --yes を付けてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type &apos;purge&apos; to delete them: </source>
        <translation>削除するには &apos;purge&apos; と入力してください: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was deleted.</source>
        <translation>何も削除されていません。</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Purged %n folder(s).</source>
        <translation>
            <numerusform>%n 個のフォルダーを完全に削除しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuarantinePathsStep</name>
    <message>
        <location filename="../engine/steps/QuarantinePathsStep.cpp" line="+31"/>
        <source>In %1: %2. Nothing is deleted: they move to the quarantine, kept until you purge it.</source>
        <translation>%1 内: %2。何も削除されません。隔離領域に移動し、完全削除するまで保持されます。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>its own crx.NNNN folder</source>
        <translation>自身の crx.NNNN フォルダー</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The restored files had theirs taken out before the node stopped; only what stayed in place (%1) is searched.</source>
        <translation>復元したファイルからはノード停止前に取り除き済みです。検索するのはそのまま残したもの（%1）だけです。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>nothing in what stays in place (%1); the restored copy has these files taken out before the node stops, and the step looks again after the swap</source>
        <translation>そのまま残すもの（%1）には何もありません。復元するコピーからはノード停止前にこれらのファイルを取り除き、入れ替え後にもう一度確認します</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+23"/>
        <source>to %1</source>
        <translation>%1 へ</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>nothing to move: none of %1 exists</source>
        <translation>移動するものはありません: %1 はいずれも存在しません</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing to move in %1.</source>
        <translation>%1 に移動するものはありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Moved %n path(s) from %1 to the quarantine.</source>
        <translation>
            <numerusform>%1 から %n 個のパスを隔離領域に移動しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoverPublishClusterScenario</name>
    <message>
        <location filename="../engine/scenarios/RecoverPublishClusterScenario.cpp" line="+13"/>
        <source>Recover the publish nodes of a cluster</source>
        <translation>クラスターのパブリッシュノードを回復</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shuts the whole cluster down, restores every Correspondence Management publish node from a backup set, then starts the author primary, the author secondaries and the publish nodes. Users have no service while it runs.</source>
        <translation>クラスター全体を停止し、Correspondence Management の各パブリッシュノードをバックアップセットからリストアしてから、オーサーのプライマリ、オーサーのセカンダリ、パブリッシュノードの順に起動します。実行中はユーザーにサービスを提供できません。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1&apos;s repository</source>
        <translation>%1 のリポジトリ</translation>
    </message>
</context>
<context>
    <name>RecoverPublishNodeScenario</name>
    <message>
        <location filename="../engine/scenarios/RecoverPublishNodeScenario.cpp" line="+16"/>
        <source>Recover a publish node</source>
        <translation>パブリッシュノードを回復</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stops one Correspondence Management publish node, restores its repository from a backup set and starts it again. Nobody may publish until it is back; the author cluster keeps running.</source>
        <translation>Correspondence Management のパブリッシュノードを 1 台停止し、バックアップセットからリポジトリをリストアして再起動します。ノードが復帰するまで公開はできません。オーサークラスターは稼働を続けます。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The publish node to recover.</source>
        <translation>回復するパブリッシュノード。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not a publish node of %2; its publish nodes are: %3.</source>
        <translation>%1 は %2 のパブリッシュノードではありません。パブリッシュノード: %3。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Hold publishing until %1 is back</source>
        <translation>%1 が復帰するまで公開を停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure nobody publishes from the author cluster (pause the replication agents) until Lifeboat reports that %1 is running again.</source>
        <translation>Lifeboat が %1 の再稼働を報告するまで、オーサークラスターから誰も公開しないようにしてください（レプリケーションエージェントを一時停止）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1&apos;s repository</source>
        <translation>%1 のリポジトリ</translation>
    </message>
</context>
<context>
    <name>RecoveryAdvisor</name>
    <message>
        <location filename="../engine/scenarios/RecoveryAdvisor.cpp" line="+23"/>
        <source>%1 has no repository.</source>
        <translation>%1 にはリポジトリがありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 reports repository unsync.</source>
        <translation>%1 が repository unsync を報告しています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not running and left a stale lock.</source>
        <translation>%1 は稼働しておらず、古いロック (.lock) が残っています。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not running.</source>
        <translation>%1 は稼働していません。</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 does not answer, but its process (pid %2) holds its repository&apos;s lock: it is starting, shutting down or hung. Wait for it before anything else.</source>
        <translation>%1 は応答しませんが、そのプロセス (pid %2) がリポジトリのロックを保持しています。起動中、停止中、またはハングしています。何よりも先にその完了を待ってください。</translation>
    </message>
</context>
<context>
    <name>RehearseRestoreScenario</name>
    <message>
        <location filename="../engine/scenarios/RehearseRestoreScenario.cpp" line="+44"/>
        <source>Rehearse a restore on a sandbox copy</source>
        <translation>サンドボックスコピーでリストアをリハーサル</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restores a backup set into a fresh sandbox copy of the cluster it recorded, starts it, checks it and reports how long the restore took. Production is never touched: this is how to know a backup works before the day you need it.</source>
        <translation>バックアップセットを、記録されたクラスターの新しいサンドボックスコピーにリストアし、起動・確認して、リストアにかかった時間を報告します。本番環境には一切触れません。必要になる前にバックアップが機能することを確かめる方法です。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new or empty directory for the sandbox copy (default: under Lifeboat&apos;s data directory).</source>
        <translation>サンドボックスコピー用の新しいディレクトリまたは空のディレクトリ（デフォルト: Lifeboat のデータディレクトリ配下）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not empty. Give --into a new or empty directory for the rehearsal; nothing was changed.</source>
        <translation>%1 は空ではありません。--into にリハーサル用の新しいディレクトリまたは空のディレクトリを指定してください。何も変更されていません。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The backup set can be read</source>
        <translation>バックアップセットを読み取れる</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose another set (see &apos;lifeboat backups&apos;).</source>
        <translation>別のセットを選択してください（&apos;lifeboat backups&apos; を参照）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The set %1 recorded no topology, so there is nothing to rebuild.</source>
        <translation>セット %1 にはトポロジーが記録されていないため、再構築するものがありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rehearse a set made by Lifeboat.</source>
        <translation>Lifeboat で作成したセットでリハーサルしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, made by %2 of %3.</source>
        <translation>%1（%3 の %2 で作成）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enough free space for the rehearsal</source>
        <translation>リハーサルに十分な空き容量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked once the set can be read.</source>
        <translation>セットを読み取れた時点でチェックします。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The rehearsal needs about %1 under %2, which has %3 free.</source>
        <translation>リハーサルには %2 配下に約 %1 が必要ですが、空きは %3 です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose another place with --into, or free some space.</source>
        <translation>--into で別の場所を選択するか、空き容量を確保してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About %1 needed, %2 free.</source>
        <translation>約 %1 必要、空き %2。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1&apos;s repository</source>
        <translation>%1 のリポジトリ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stop the rehearsal cluster (it stays in %1 for a look)</source>
        <translation>リハーサル用クラスターを停止（確認用に %1 に残ります）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restore the set into the rehearsal cluster and start it (timed)</source>
        <translation>セットをリハーサル用クラスターにリストアして起動（時間計測あり）</translation>
    </message>
</context>
<context>
    <name>RemoteHostFiles</name>
    <message>
        <location filename="../engine/hosts/RemoteHostFiles.cpp" line="+461"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 は通常のファイルではありません。</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+13"/>
        <location line="+11"/>
        <location line="+54"/>
        <location line="+11"/>
        <location line="+20"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 arrived incomplete from %2: %3 of %4 bytes.</source>
        <translation>%1 は %2 から不完全に届きました: %4 バイト中 %3 バイト。</translation>
    </message>
</context>
<context>
    <name>RemoveSnapshotsStep</name>
    <message>
        <location filename="../engine/steps/RemoveSnapshotsStep.h" line="+23"/>
        <source>Remove the snapshots</source>
        <translation>スナップショットを削除</translation>
    </message>
    <message>
        <location filename="../engine/steps/RemoveSnapshotsStep.cpp" line="+19"/>
        <location line="+11"/>
        <source>the snapshot of %1</source>
        <translation>%1 のスナップショット</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (remove it by hand: %2)</source>
        <translation>%1（手動で削除してください: %2）</translation>
    </message>
</context>
<context>
    <name>RenameGdsBackupStep</name>
    <message>
        <location filename="../engine/steps/RenameGdsBackupStep.cpp" line="+26"/>
        <source>to the quarantine</source>
        <translation>隔離領域へ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>renamed to %1</source>
        <translation>%1 に名前を変更</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1 is already in place.</source>
        <translation>%1 はすでに配置されています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The restored GDS has no backup folder; nothing to rename.</source>
        <translation>リストアした GDS には backup フォルダーがありません。名前を変更するものはありません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot rename %1 to %2.</source>
        <translation>%1 の名前を %2 に変更できません。</translation>
    </message>
    <message>
        <location filename="../engine/steps/RenameGdsBackupStep.h" line="+24"/>
        <source>Rename DocumentStorage/backup to DocumentStorage/restore in the GDS</source>
        <translation>GDS 内の DocumentStorage/backup の名前を DocumentStorage/restore に変更</translation>
    </message>
</context>
<context>
    <name>ReplaceContentsStep</name>
    <message>
        <location filename="../engine/steps/ReplaceContentsStep.cpp" line="+29"/>
        <source>Everything in %1 moves to the quarantine (kept until you purge it); the checked copy from the backup takes its place.</source>
        <translation>%1 内のすべてを隔離領域に移動し（完全削除するまで保持）、バックアップから確認済みのコピーで置き換えます。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>its current contents, to %1</source>
        <translation>現在の内容を %1 へ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replaced by the backup&apos;s copy</source>
        <translation>バックアップのコピーで置き換え</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Everything in %1 but the node&apos;s own logs and secondary folder (crx.NNNN) moves to the quarantine (kept until you purge it); the checked copy from the backup takes its place.</source>
        <translation>%1 の中身は、ノード自身のログとセカンダリフォルダー（crx.NNNN）を除いてすべて隔離領域へ移動します（削除するまで保持されます）。検証済みのバックアップのコピーが代わりに置かれます。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>stays in place: the node&apos;s own, not the backup&apos;s</source>
        <translation>そのまま残ります：バックアップのものではなくノード自身のもの</translation>
    </message>
</context>
<context>
    <name>ReplaceFileStep</name>
    <message>
        <location filename="../engine/steps/ReplaceFileStep.cpp" line="+38"/>
        <source>to %1</source>
        <translation>%1 へ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file from the backup</source>
        <translation>バックアップのファイル</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <location filename="../app/ReportCommand.cpp" line="+19"/>
        <source>Write a run&apos;s report again, as HTML (with its timeline) or PDF</source>
        <translation>実行のレポートを HTML（タイムライン付き）または PDF で再作成</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The run: its id (see &apos;lifeboat runs&apos;) or its directory.</source>
        <translation>実行: その ID（&apos;lifeboat runs&apos; を参照）またはディレクトリ。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RUN</source>
        <translation>RUN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the report as HTML to this file.</source>
        <translation>レポートを HTML でこのファイルに書き込みます。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the report as PDF to this file.</source>
        <translation>レポートを PDF でこのファイルに書き込みます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name one run: its id (see &apos;lifeboat runs&apos;) or its directory.</source>
        <translation>実行を 1 つ指定してください: その ID（&apos;lifeboat runs&apos; を参照）またはディレクトリ。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run &apos;lifeboat report --help&apos; for its options.</source>
        <translation>オプションは &apos;lifeboat report --help&apos; で確認できます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No run &apos;%1&apos;: it is neither a run directory nor the id of a run in %2. &apos;lifeboat runs&apos; lists the runs.</source>
        <translation>実行 &apos;%1&apos; はありません: 実行ディレクトリでも、%2 内の実行の ID でもありません。&apos;lifeboat runs&apos; で実行を一覧表示できます。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Report: %1</source>
        <translation>レポート: %1</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <location filename="../report/ReportRenderer.cpp" line="+96"/>
        <location line="+13"/>
        <source>Cannot write the PDF %1: %2</source>
        <translation>PDF %1 を書き込めません: %2</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Lifeboat report: %1 on the cluster %2</source>
        <translation>Lifeboat レポート: クラスター %2 での %1</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../engine/run/ReportWriter.cpp" line="+105"/>
        <source>Cannot write the report %1: %2</source>
        <translation>レポート %1 を書き込めません: %2</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>not recorded</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>succeeded: every step was done</source>
        <translation>成功: すべてのステップを実行しました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped: a confirmation was declined</source>
        <translation>停止: 確認が拒否されました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interrupted (Lifeboat stopped during this step)</source>
        <translation>中断（このステップ中に Lifeboat が停止しました）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not run</source>
        <translation>未実行</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Lifeboat run %1</source>
        <translation>Lifeboat の実行 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifeboat report: %1 on the cluster %2</source>
        <translation>Lifeboat レポート: クラスター %2 での %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>failed at step %1 (%2): %3</source>
        <translation>ステップ %1 (%2) で失敗: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+69"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster profile</source>
        <translation>クラスタープロファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run by (user)</source>
        <translation>実行者（ユーザー）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the computer (host)</source>
        <translation>実行したコンピューター（ホスト）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+63"/>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+62"/>
        <source>Ended</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>not ended (interrupted)</source>
        <translation>未終了（中断）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total time</source>
        <translation>合計時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time spent waiting for a person</source>
        <translation>人の操作を待った時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resumed after an interruption</source>
        <translation>中断後の再開</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run id</source>
        <translation>実行 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run folder (journal, log)</source>
        <translation>実行フォルダー（ジャーナル、ログ）</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+18"/>
        <location line="+12"/>
        <source>Recovery time</source>
        <translation>復旧時間</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>%1 (of which %2 waiting for a person); %3 for the whole run</source>
        <translation>%1（うち人の操作待ち %2）、実行全体では %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The recovery took %1: from the start of step %2 (%3), the first step that changed the cluster (for a manual step: when it was asked for), at %4, to the end of step %5 (%6) at %7. %8 of it was spent waiting for a person (confirmations and manual steps). The whole run, with its checks and clean-up, took %9.</source>
        <translation>復旧には %1 かかりました: クラスターを最初に変更したステップ %2 (%3) の開始（手動ステップの場合は依頼された時点）%4 から、ステップ %5 (%6) の終了 %7 まで。そのうち %8 は人の操作待ち（確認と手動ステップ）でした。チェックとクリーンアップを含む実行全体は %9 かかりました。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No step changed the cluster, so no recovery time was measured.</source>
        <translation>クラスターを変更したステップがないため、復旧時間は計測されていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeline of the steps: which step ran when and for how long, and where the run waited for a person</source>
        <translation>ステップのタイムライン: どのステップがいつどれだけ実行されたか、どこで人の操作を待ったか</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per step, in the order they ran; the bar shows when the step ran and for how long. Hatched bars are waits for a person: a confirmation before a step that changes the cluster, or a manual step to be done and confirmed.</source>
        <translation>実行順に 1 ステップ 1 行で表示し、バーはステップの実行時刻と長さを示します。斜線のバーは人の操作待ちです（クラスターを変更するステップ前の確認、または実施して確認する手動ステップ）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+39"/>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it changed</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(changes the cluster)</source>
        <translation>（クラスターを変更）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>C</source>
        <comment>a clean-up step&apos;s number prefix</comment>
        <translation>C</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps numbered C1, C2… are clean-up steps: they put the cluster back in order (start what was stopped, leave backup mode) and run even after a failure.</source>
        <translation>C1、C2… と番号が付いたステップはクリーンアップステップです。クラスターを元の状態に戻し（停止したものを起動し、バックアップモードを終了）、失敗後も実行されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirmations</source>
        <translation>確認</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No step needed a confirmation.</source>
        <translation>確認が必要なステップはありませんでした。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why it was asked</source>
        <translation>確認の理由</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>回答者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked</source>
        <translation>確認依頼</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answered</source>
        <translation>回答日時</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waited</source>
        <translation>待ち時間</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a manual step: a person does it, then confirms it is done</source>
        <translation>手動ステップ: 担当者が実施し、完了を確認します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the step changes the cluster</source>
        <translation>このステップはクラスターを変更します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes, go on</source>
        <translation>はい、続行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no, stop the run</source>
        <translation>いいえ、実行を停止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, in advance (the whole plan approved, or --yes)</source>
        <translation>%1（事前に承認: 計画全体の承認、または --yes）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Times are the local time of the computer that wrote this report, with its time zone. Report written %1 by Lifeboat from the run&apos;s journal.</source>
        <translation>時刻は、このレポートを作成したコンピューターのローカル時刻（タイムゾーン付き）です。このレポートは %1 に Lifeboat が実行のジャーナルから作成しました。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 holds no readable run journal.</source>
        <translation>%1 に読み取り可能な実行ジャーナルがありません。</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Downtime</source>
        <translation>停止時間</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>once</source>
        <translation>1 回</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n times</source>
        <translation>
            <numerusform>%n 回</numerusform>
        </translation>
    </message>
    <message>
        <location line="-95"/>
        <source>failed in cleanup: the cluster needs work by hand</source>
        <translation>クリーンアップで失敗: クラスターに手作業が必要です</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>A cleanup step failed: left to do by hand</source>
        <translation>クリーンアップ手順が失敗しました: 手作業で行うこと</translation>
    </message>
</context>
<context>
    <name>RestoreClusterScenario</name>
    <message>
        <location filename="../engine/scenarios/RestoreClusterScenario.cpp" line="+26"/>
        <source>Restore the entire cluster</source>
        <translation>クラスター全体をリストア</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stops every author node and brings back the databases, the GDS, connectors, fonts and every node&apos;s repository from one backup set, so that all of them agree again. Use it after a database crash, lost GDS documents or when several nodes failed. The cluster is down until the restore ends.</source>
        <translation>すべてのオーサーノードを停止し、データベース、GDS、コネクタ、フォント、各ノードのリポジトリを 1 つのバックアップセットから戻して、すべてを再び整合させます。データベースのクラッシュ、GDS ドキュメントの消失、複数ノードの障害の後に使用します。リストアが終わるまでクラスターは停止します。</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Lifeboat can restore the %1 database</source>
        <translation>Lifeboat はデータベース %1 をリストアできる</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install the client, then check again. Nothing was changed.</source>
        <translation>クライアントをインストールしてから、もう一度確認してください。何も変更されていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile has no backup root, where the current contents of %1 are kept before the restore replaces them.</source>
        <translation>プロファイルにバックアップルートがありません。リストアが置き換える前に、%1 の現在の内容をそこに保管します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set &quot;backupRoot&quot; in the profile, then check again.</source>
        <translation>プロファイルに &quot;backupRoot&quot; を設定してから、もう一度確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: its current contents are dumped into the quarantine under %2 first, then the backup&apos;s dump is loaded.</source>
        <translation>%1: まず現在の内容を %2 配下の隔離領域にダンプし、その後バックアップのダンプを読み込みます。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Move the repository, shared, version and workspaces directories in %1&apos;s clusterNode directory to the quarantine</source>
        <translation>%1 の clusterNode ディレクトリ内の repository、shared、version、workspaces ディレクトリを隔離領域へ移動</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1&apos;s repository (the copy of %2)</source>
        <translation>%1 のリポジトリ（%2 のコピー）</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Move repository/clustered.txt of the primary %1 to the quarantine before any node starts</source>
        <translation>ノードを起動する前に、プライマリ %1 の repository/clustered.txt を隔離領域へ移動</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the repositories of %1 (copies of %2, on each host at once)</source>
        <translation>%1 のリポジトリ（%2 のコピー、各ホストで同時に）</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>names</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Databases of the profile to leave as they are, comma-separated: for a set that holds no dump of them. You confirm it before anything changes.</source>
        <translation>そのまま残すプロファイルのデータベース（カンマ区切り）。それらのダンプを含まないセット向けです。何かが変わる前に確認します。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The set holds every database&apos;s own dump</source>
        <translation>セットに各データベース自身のダンプがある</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked once the set can be read.</source>
        <translation>セットが読めるようになったら確認します。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--keep-databases names %1, which the profile does not have (it has: %2).</source>
        <translation>--keep-databases が指定する %1 はプロファイルにありません（あるもの: %2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name only databases of the profile.</source>
        <translation>プロファイルのデータベースだけを指定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The set %1 holds no dump of the database %2; Lifeboat restores a database only from its own dump.</source>
        <translation>セット %1 にはデータベース %2 のダンプがありません。Lifeboat はデータベースをそれ自身のダンプからのみ復元します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a set made since %1 was added to the profile (--backup-set), or leave it as it is with --keep-databases %2.</source>
        <translation>%1 がプロファイルに追加された後に作成したセットを選ぶか（--backup-set）、--keep-databases %2 でそのまま残してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is left as it is, and may no longer agree with the restored GDS and repositories.</source>
        <translation>%1 はそのまま残り、復元した GDS やリポジトリと一致しなくなる可能性があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You confirm this before anything changes.</source>
        <translation>何かが変わる前にこれを確認します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile has no database.</source>
        <translation>プロファイルにデータベースがありません。</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>the repositories of %1</source>
        <translation>%1 のリポジトリ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Leave the %1 database as it is</source>
        <translation>データベース %1 をそのまま残す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The set %1 holds no dump of %2, so the restore leaves it as it is; it may no longer agree with the restored GDS and repositories. Confirm to go on.</source>
        <translation>セット %1 には %2 のダンプがないため、復元ではそのまま残します。復元した GDS やリポジトリと一致しなくなる可能性があります。続けるには確認してください。</translation>
    </message>
</context>
<context>
    <name>RestoreDatabaseStep</name>
    <message>
        <location filename="../engine/steps/RestoreDatabaseStep.cpp" line="+27"/>
        <source>Restore the %1 database</source>
        <translation>データベース %1 をリストア</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a dump of what the %1 database holds now, kept in the quarantine</source>
        <translation>データベース %1 の現在の内容のダンプ (隔離領域に保管)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>every object of the backup&apos;s dump dropped and loaded again with pg_restore --clean, in one transaction</source>
        <translation>バックアップのダンプにある各オブジェクトを pg_restore --clean で削除して読み込み直す (単一トランザクション)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database dropped and created again from the backup&apos;s dump</source>
        <translation>データベースを削除し、バックアップのダンプから作成し直す</translation>
    </message>
</context>
<context>
    <name>RestoreFileStep</name>
    <message>
        <location filename="../engine/steps/RestoreFileStep.cpp" line="+49"/>
        <source>to %1</source>
        <translation>%1 へ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 from %2</source>
        <translation>%2 の %1</translation>
    </message>
</context>
<context>
    <name>RestoreNodeScenario</name>
    <message>
        <location filename="../engine/scenarios/RestoreNodeScenario.cpp" line="+22"/>
        <source>Restore a single node</source>
        <translation>単一ノードをリストア</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Brings one author node back from a backup set while the rest of the cluster keeps serving (the whole cluster stops only when the node is the primary). Use it when one node crashed, lost its cluster node id, or reports &quot;repository unsync&quot;; its repository is restored when it must be.</source>
        <translation>クラスターの他のノードがサービスを続ける間に、オーサーノードを 1 台バックアップセットから戻します（クラスター全体が停止するのは、そのノードがプライマリの場合のみです）。ノードがクラッシュした、クラスターノード ID を失った、または &quot;repository unsync&quot; を報告している場合に使用します。リポジトリは必要な場合にリストアされます。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The author node to restore.</source>
        <translation>リストアするオーサーノード。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore the node&apos;s repository too (chosen automatically when the node reports &quot;repository unsync&quot; or its repository is gone).</source>
        <translation>ノードのリポジトリもリストアします（ノードが &quot;repository unsync&quot; を報告した場合やリポジトリがない場合は自動的に選択されます）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has no repository.</source>
        <translation>%1 にはリポジトリがありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1&apos;s error.log reports &quot;repository unsync&quot;.</source>
        <translation>%1 の error.log が &quot;repository unsync&quot; を報告しています。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not an author node of %2; it has: %3. (Publish nodes: recover-publish-node.)</source>
        <translation>%1 は %2 のオーサーノードではありません。オーサーノード: %3。（パブリッシュノードは recover-publish-node を使用。）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>asked for with --repository</source>
        <translation>--repository で指定</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The set knows %1</source>
        <translation>セットに %1 が含まれる</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The set %1 holds no cluster node id of %2, so it cannot restore that node.</source>
        <translation>セット %1 には %2 のクラスターノード ID が含まれていないため、そのノードをリストアできません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a set made while %1 was part of the cluster.</source>
        <translation>%1 がクラスターに含まれていたときに作成されたセットを選択してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: its repository is left as it is.</source>
        <translation>%1: リポジトリはそのままにします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: its repository is restored (%2).</source>
        <translation>%1: リポジトリをリストアします (%2)。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move the repository, shared, version and workspaces directories in %1&apos;s clusterNode directory to the quarantine</source>
        <translation>%1 の clusterNode ディレクトリ内の repository、shared、version、workspaces ディレクトリを隔離領域へ移動</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1&apos;s repository (the copy of %2)</source>
        <translation>%1 のリポジトリ（%2 のコピー）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Move the .lock of %1 to the quarantine, if it exists</source>
        <translation>%1 の .lock があれば隔離領域へ移動</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Move repository/clustered.txt of the primary %1 to the quarantine before any node starts</source>
        <translation>ノードを起動する前に、プライマリ %1 の repository/clustered.txt を隔離領域へ移動</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Move repository/clustered.txt of the secondary %1 to the quarantine, if it holds one (it marks the primary only)</source>
        <translation>セカンダリ %1 に repository/clustered.txt があれば隔離領域へ移動する（プライマリだけを示すファイルです）</translation>
    </message>
</context>
<context>
    <name>RestoreScenario</name>
    <message>
        <location filename="../engine/scenarios/RestoreScenario.cpp" line="+59"/>
        <source>set</source>
        <translation>set</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup set to restore from: its id (see &apos;lifeboat backups&apos;) or its directory. Default: the newest set that holds what this restore needs.</source>
        <translation>リストア元のバックアップセット: その ID（&apos;lifeboat backups&apos; を参照）またはディレクトリ。デフォルト: このリストアに必要なものを含む最新のセット。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>There is no backup set %1 (looked in %2). See &apos;lifeboat backups --profile %3&apos;.</source>
        <translation>バックアップセット %1 はありません（%2 を検索しました）。&apos;lifeboat backups --profile %3&apos; を参照してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No backup set of %1 under %2 holds what %3 needs. Make one first (for example &apos;lifeboat run --scenario backup-offline&apos;), or name a set with --backup-set.</source>
        <translation>%2 配下の %1 のバックアップセットに、%3 に必要なものを含むセットがありません。先に作成する（例: &apos;lifeboat run --scenario backup-offline&apos;）か、--backup-set でセットを指定してください。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 of %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The set&apos;s signature is bad: %1.</source>
        <translation>セットの署名が不正です: %1。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The backup set is this cluster&apos;s and holds what the restore needs</source>
        <translation>バックアップセットがこのクラスターのもので、リストアに必要なものを含む</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose another set with --backup-set (see &apos;lifeboat backups&apos;).</source>
        <translation>--backup-set で別のセットを選択してください（&apos;lifeboat backups&apos; を参照）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The set %1 was made of the cluster &quot;%2&quot;, not &quot;%3&quot;.</source>
        <translation>セット %1 は &quot;%3&quot; ではなくクラスター &quot;%2&quot; から作成されました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Restore only from a set of this cluster; rehearse other sets with rehearse-restore.</source>
        <translation>このクラスターのセットからのみリストアしてください。他のセットは rehearse-restore でリハーサルしてください。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The set %1 was made of another cluster: none of the cluster node ids it recorded is on this cluster&apos;s nodes.</source>
        <translation>セット %1 は別のクラスターから作成されました: 記録されたクラスターノード ID のいずれも、このクラスターのノードにありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The set %1 (%2) has no %3.</source>
        <translation>セット %1 (%2) には %3 がありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a set made by a strategy that backs these up.</source>
        <translation>これらをバックアップする方式で作成されたセットを選択してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, made by %2 at %3.</source>
        <translation>%1（%3 に %2 で作成）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Patch levels match the backup</source>
        <translation>パッチレベルがバックアップと一致する</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+5"/>
        <location line="+23"/>
        <source>Checked once the set can be read.</source>
        <translation>セットを読み取れた時点でチェックします。</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Do not restore from it; choose another set (see &apos;lifeboat backups&apos;).</source>
        <translation>このセットからリストアしないでください。別のセットを選んでください (&apos;lifeboat backups&apos; を参照)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The set is %1.</source>
        <translation>このセットは%1です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The set is %1 (the profile names no &quot;allowedSigners&quot;).</source>
        <translation>このセットは%1です (プロファイルに &quot;allowedSigners&quot; がありません)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The set is unsigned, and the profile requires sets signed by an allowed signer.</source>
        <translation>このセットは署名されていませんが、プロファイルは許可された署名者による署名を必須にしています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The set is unsigned (the profile does not require signed sets).</source>
        <translation>このセットは署名されていません (プロファイルは署名を必須にしていません)。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Who signed the backup set</source>
        <translation>バックアップセットの署名者</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Bring the node to the recorded patch level, or choose a set made at the node&apos;s current level.</source>
        <translation>ノードを記録されたパッチレベルにするか、ノードの現在のレベルで作成されたセットを選択してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On the sandbox: lifeboat sandbox patch %1 --node %2</source>
        <translation>サンドボックスでは: lifeboat sandbox patch %1 --node %2</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>Every node to restore is at the recorded level.</source>
        <translation>リストアするすべてのノードが記録されたレベルです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no system to read a patch level from; it is checked again after the system is re-created from its image.</source>
        <translation>%1 にはパッチレベルを読み取るシステムがありません。システムをイメージから再作成した後に再度チェックします。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enough free space for the restore</source>
        <translation>リストアに十分な空き容量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The topology on disk is the profile&apos;s</source>
        <translation>ディスク上のトポロジーがプロファイルと一致する</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Secrets are available</source>
        <translation>シークレットが利用可能</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All secrets the profile refers to are set.</source>
        <translation>プロファイルが参照するすべてのシークレットが設定されています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provide the secret as the message says, then check again.</source>
        <translation>メッセージのとおりにシークレットを指定してから、再度チェックしてください。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The restore writes %1 on the file system of %2, which has %3 free.</source>
        <translation>リストアは %2 のファイルシステムに %1 を書き込みますが、空きは %3 です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free space there (or purge old quarantines with &apos;lifeboat quarantine purge&apos;), then check again. Nothing was changed.</source>
        <translation>その場所の空き容量を確保する（または &apos;lifeboat quarantine purge&apos; で古い隔離領域を削除する）してから、再度チェックしてください。何も変更されていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 free on %3</source>
        <translation>%3 の空き %1 / %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The restore writes nothing large.</source>
        <translation>リストアで大きなデータは書き込まれません。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is the primary in the profile but holds a secondary folder (crx.NNNN)</source>
        <translation>%1 はプロファイルではプライマリですが、セカンダリフォルダー (crx.NNNN) があります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a secondary in the profile but holds clustered.txt, the primary&apos;s marker</source>
        <translation>%1 はプロファイルではセカンダリですが、プライマリの目印である clustered.txt があります</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the set does not know %1</source>
        <translation>セットに %1 が含まれていません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1&apos;s cluster_node.id on disk is not the one the set recorded</source>
        <translation>ディスク上の %1 の cluster_node.id が、セットに記録されたものと異なります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 had the role %2 when the set was made, and has the role %3 in the profile</source>
        <translation>%1 のロールはセット作成時には %2 でしたが、プロファイルでは %3 です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Primary, secondaries and cluster node ids on disk are as the profile and the set say.</source>
        <translation>ディスク上のプライマリ、セカンダリ、クラスターノード ID は、プロファイルとセットのとおりです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the profile describes this cluster. Go on only if you know why they differ.</source>
        <translation>プロファイルがこのクラスターを記述していることを確認してください。相違の理由がわかっている場合のみ続行してください。</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Unzip the zipped online backup of %1 to a scratch location</source>
        <translation>%1 の zip 形式のオンラインバックアップを作業用の場所に展開</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpack the backup of %1 to a scratch location</source>
        <translation>%1 のバックアップを作業用の場所に展開</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore %1 from the backup</source>
        <translation>バックアップから %1 をリストア</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unpack the backup of the %1 database to a scratch location</source>
        <translation>データベース %1 のバックアップを作業用の場所に展開</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore the %1 database</source>
        <translation>データベース %1 をリストア</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the GDS</source>
        <translation>GDS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the connectors</source>
        <translation>コネクタ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the fonts in %1</source>
        <translation>%1 のフォント</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of the Content Storage Root</source>
        <translation>Content Storage Root の %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Leave clusterNode/revision.log, .lock, repository/system.id and every listener.properties out of the unpacked copy of %1</source>
        <translation>%1 の展開したコピーから clusterNode/revision.log、.lock、repository/system.id とすべての listener.properties を除く</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move clusterNode/revision.log, .lock, repository/system.id and every listener.properties on %1 to the quarantine</source>
        <translation>%1 の clusterNode/revision.log、.lock、repository/system.id、すべての listener.properties を隔離領域へ移動</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move the AEM forms temporary files in %1 on %2 to the quarantine</source>
        <translation>%2 の %1 にある AEM Forms の一時ファイルを隔離領域へ移動</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Empty the Index Root of %1 and copy %2 into it</source>
        <translation>%1 のインデックスルート (Index Root) を空にして %2 をコピー</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move backup-lucene-indexes from the Content Storage Root to the quarantine, now that every Index Root has it</source>
        <translation>すべてのインデックスルートにコピーしたので、Content Storage Root の backup-lucene-indexes を隔離領域へ移動</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restore repository/cluster_node.id of %1</source>
        <translation>%1 の repository/cluster_node.id をリストア</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore the bootstrap properties of %1</source>
        <translation>%1 のブートストラッププロパティをリストア</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>the Index Root of %1 (from %2)</source>
        <translation>%1 のインデックスルート（%2 から）</translation>
    </message>
</context>
<context>
    <name>ResumeCommand</name>
    <message>
        <location filename="../app/ResumeCommand.cpp" line="+30"/>
        <source>Only runs on this cluster profile.</source>
        <translation>このクラスタープロファイルの実行のみ。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run to resume, when there are several.</source>
        <translation>複数ある場合に再開する実行。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm every destructive step in advance.</source>
        <translation>すべての破壊的なステップを事前に承認します。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Several runs were interrupted; choose one with --run:</source>
        <translation>複数の実行が中断されています。--run で 1 つ選択してください:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot resume %1: %2</source>
        <translation>%1 を再開できません: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown scenario %1</source>
        <translation>不明なシナリオ %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Resuming %1 (%2 on %3)</source>
        <translation>%1 を再開しています（%3 での %2）</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Finish a run that was interrupted, from the step that was in flight, or try a failed one again</source>
        <translation>中断された実行を実行中だったステップから完了するか、失敗した実行をもう一度試す</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No interrupted or failed run to resume in %1.</source>
        <translation>%1 に再開できる中断または失敗した実行はありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Several runs failed; choose one with --run:</source>
        <translation>複数の実行が失敗しています。--run で 1 つ選択してください:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Trying %1 (%2 on %3) again from its first step: it failed, and its cleanup undid what it had done.</source>
        <translation>%1（%3 の %2）を最初のステップからもう一度試します。失敗し、後片付けでそれまでの変更が元に戻されたためです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trying %1 (%2 on %3) again from the step that failed.</source>
        <translation>%1（%3 の %2）を失敗したステップからもう一度試します。</translation>
    </message>
</context>
<context>
    <name>RollbackRestoreScenario</name>
    <message>
        <location filename="../engine/scenarios/RollbackRestoreScenario.cpp" line="+21"/>
        <source>Roll a restore back from the quarantine</source>
        <translation>隔離領域からリストアをロールバック</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Puts every file a restore replaced back where it was, and moves what the restore brought aside. Use it when a restore failed half-way or restored the wrong set. Only the nodes whose files go back are stopped, and they start again afterwards.</source>
        <translation>リストアが置き換えたすべてのファイルを元の場所に戻し、リストアが持ち込んだものを退避します。リストアが途中で失敗した場合や、誤ったセットをリストアした場合に使用します。停止するのはファイルを戻すノードだけで、それらのノードはその後再び起動されます。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The restore run to roll back (see &apos;lifeboat quarantine list&apos;).</source>
        <translation>ロールバックするリストアの実行（&apos;lifeboat quarantine list&apos; を参照）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The quarantine of %1 is there</source>
        <translation>%1 の隔離領域がある</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No quarantine of the run %1 exists for %2.</source>
        <translation>%2 には実行 %1 の隔離領域がありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See &apos;lifeboat quarantine list --profile %1&apos; for the runs that can be rolled back.</source>
        <translation>ロールバックできる実行は &apos;lifeboat quarantine list --profile %1&apos; で確認できます。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n path(s) kept by %1 can go back.</source>
        <translation>
            <numerusform>%1 が保持している %n 個のパスを元に戻せます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <location filename="../app/RunCommand.cpp" line="+20"/>
        <source>Run a scenario: preconditions, then the plan with confirmations, a journal and a report</source>
        <translation>シナリオを実行: 前提条件のチェック、次に確認・ジャーナル・レポート付きでプランを実行</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Confirm every destructive step in advance.</source>
        <translation>すべての破壊的なステップを事前に承認します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on despite precondition warnings.</source>
        <translation>前提条件の警告があっても続行します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the run&apos;s directory goes (default: %1).</source>
        <translation>実行ディレクトリの場所（デフォルト: %1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing was changed: a precondition failed (or warned; --accept-warnings goes on despite warnings). Fix what it says and run again.</source>
        <translation>何も変更されていません: 前提条件が満たされていません（または警告があります。--accept-warnings を指定すると警告があっても続行します）。指摘された内容を修正して再実行してください。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Run %1</source>
        <translation>実行 %1</translation>
    </message>
</context>
<context>
    <name>RunExecution</name>
    <message>
        <location filename="../app/RunExecution.cpp" line="+51"/>
        <source>Step %1 (%2) changes the cluster and needs a confirmation, but there is no terminal to ask on. Nothing was changed. Run it in a terminal, or add --yes to confirm every step in advance.</source>
        <translation>ステップ %1 (%2) はクラスターを変更するため確認が必要ですが、確認する端末がありません。何も変更されていません。端末で実行するか、--yes を付けてすべてのステップを事前に承認してください。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>cleanup</source>
        <translation>クリーンアップ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>done (%1 s)</source>
        <translation>完了 (%1 秒)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FAILED (%1 s): %2</source>
        <translation>失敗 (%1 秒): %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Finished: every step succeeded.</source>
        <translation>完了: すべてのステップが成功しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A step failed; the cleanup steps ran.</source>
        <translation>ステップが失敗しました。クリーンアップステップは実行済みです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled; the cleanup steps ran.</source>
        <translation>キャンセルしました。クリーンアップステップは実行済みです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A confirmation was declined; the cleanup steps ran.</source>
        <translation>確認が拒否されました。クリーンアップステップは実行済みです。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Report: %1</source>
        <translation>レポート: %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Downtime: %1</source>
        <translation>停止時間: %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>A cleanup step FAILED: the cluster is not back as the run found it. Left to do by hand:</source>
        <translation>クリーンアップ手順が失敗しました。クラスターは実行開始時の状態に戻っていません。手作業で行うこと:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Then try the cleanup again and close the run: %1</source>
        <translation>その後、クリーンアップを再試行して実行を完了させてください: %1</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>To try it again: %1</source>
        <translation>再試行するには: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The run cannot be resumed (it was %1), and it changed the cluster. To put back what it replaced: lifeboat run --profile %2 --scenario %3 --run %4; or start the restore again.</source>
        <translation>この実行は再開できません（結果: %1）。また、クラスターを変更しています。置き換えたものを戻すには: lifeboat run --profile %2 --scenario %3 --run %4。または、リストアをもう一度開始してください。</translation>
    </message>
</context>
<context>
    <name>RunLock</name>
    <message>
        <location filename="../engine/run/RunLock.cpp" line="+97"/>
        <source>%1, pid %2 on %3 by %4, since %5</source>
        <translation>%1、PID %2、ホスト %3、ユーザー %4、%5 から</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Another Lifeboat run is working on the cluster %1: %2. Only one run per cluster at a time; wait until it has ended, then try again (a run that crashed releases its lock by itself). Nothing was changed. The lock: %3</source>
        <translation>別の Lifeboat の実行がクラスター %1 で作業中です: %2。1 つのクラスターで同時に実行できるのは 1 つだけです。終了するまで待ってから再試行してください（クラッシュした実行のロックは自動的に解放されます）。何も変更されていません。ロック: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a process that has not said who it is</source>
        <translation>素性を示していないプロセス</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Cannot take the run lock %1: %2. Nothing was changed.</source>
        <translation>実行ロック %1 を取得できません: %2。何も変更していません。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No other run is working on this cluster</source>
        <translation>このクラスターで作業中の他の実行はない</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No other Lifeboat run holds the cluster %1.</source>
        <translation>クラスター %1 を保持している他の Lifeboat の実行はありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another Lifeboat run is working on the cluster %1: %2.</source>
        <translation>別の Lifeboat の実行がクラスター %1 で作業中です: %2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only one run per cluster at a time: wait until it has ended, then check again (a run that crashed releases its lock by itself). The lock: %1</source>
        <translation>1 つのクラスターで同時に実行できるのは 1 つだけです。終了するまで待ってから再度確認してください（クラッシュした実行のロックは自動的に解放されます）。ロック: %1</translation>
    </message>
</context>
<context>
    <name>RunbookWriter</name>
    <message>
        <location filename="../ui/RunbookWriter.cpp" line="+34"/>
        <source>asks first (changes the cluster)</source>
        <translation>先に確認（クラスターを変更）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>asks first</source>
        <translation>先に確認</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+42"/>
        <source>Runbook: %1 on %2</source>
        <translation>ランブック: %2 での %1</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+46"/>
        <source>Cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+46"/>
        <source>Scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+47"/>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+47"/>
        <source>None.</source>
        <translation>なし。</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+59"/>
        <source>Steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+57"/>
        <source>Always at the end</source>
        <translation>常に最後に実行</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+56"/>
        <source>Whatever happens, these undo what the plan disturbed:</source>
        <translation>何が起きても、これらのステップがプランによって乱れた状態を元に戻します:</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+57"/>
        <source>(if step %1 ran)</source>
        <translation>(ステップ %1 が実行された場合)</translation>
    </message>
</context>
<context>
    <name>RunsCommand</name>
    <message>
        <location filename="../app/RunsCommand.cpp" line="+22"/>
        <source>List runs and their state (interrupted ones can be resumed)</source>
        <translation>実行とその状態を一覧表示（中断されたものは再開可能）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where runs are kept (default: %1).</source>
        <translation>実行の保存場所（デフォルト: %1）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only runs on this cluster profile.</source>
        <translation>このクラスタープロファイルの実行のみ。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print JSON.</source>
        <translation>JSON で出力します。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No runs in %1.</source>
        <translation>%1 に実行はありません。</translation>
    </message>
</context>
<context>
    <name>SandboxBuilder</name>
    <message>
        <location filename="../engine/sandbox/SandboxBuilder.cpp" line="+86"/>
        <source>Cannot create %1. Check that its parent directory exists and is writable.</source>
        <translation>%1 を作成できません。親ディレクトリが存在し、書き込み可能であることを確認してください。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot move the finished sandbox from %1 to %2.</source>
        <translation>完成したサンドボックスを %1 から %2 に移動できません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--nodes must be between 1 and 16 (one primary, the rest secondaries).</source>
        <translation>--nodes には 1〜16 を指定してください（1 台がプライマリ、残りはセカンダリ）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--publish must be between 0 and 16.</source>
        <translation>--publish には 0〜16 を指定してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--size-mb must be at least 1.</source>
        <translation>--size-mb には 1 以上を指定してください。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 exists and is not a directory. Choose a new directory for the sandbox.</source>
        <translation>%1 は存在しますがディレクトリではありません。サンドボックス用に新しいディレクトリを選択してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 exists and is not empty. Choose a new or empty directory for the sandbox; nothing was changed.</source>
        <translation>%1 は存在し、空ではありません。サンドボックス用に新しいディレクトリまたは空のディレクトリを選択してください。何も変更されていません。</translation>
    </message>
    <message>
        <location line="+583"/>
        <source>Cannot write %1: %2. Check the free space and permissions; nothing was created.</source>
        <translation>%1 を書き込めません: %2。空き容量と権限を確認してください。何も作成されていません。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot copy %1 to %2. Check the free space.</source>
        <translation>%1 を %2 にコピーできません。空き容量を確認してください。</translation>
    </message>
    <message>
        <location line="-622"/>
        <source>--hosts needs root: each sandbox host is an sshd in a mount namespace of its own, which only root can make. Run the command as root; nothing was created.</source>
        <translation>--hosts には root が必要です: サンドボックスの各ホストは専用のマウント名前空間で動く sshd で、それを作れるのは root だけです。root でコマンドを実行してください。何も作成されていません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With --hosts, the path of the sandbox directory may only hold letters, digits and . _ + - / (it is %1). Choose another directory; nothing was created.</source>
        <translation>--hosts では、サンドボックスのディレクトリのパスに使えるのは英字、数字と . _ + - / だけです（現在は %1）。別のディレクトリを選んでください。何も作成されていません。</translation>
    </message>
    <message>
        <location line="+478"/>
        <source>Cannot move %1 to %2.</source>
        <translation>%1 を %2 へ移動できません。</translation>
    </message>
    <message>
        <location line="-496"/>
        <source>--filesystem and --hosts cannot be combined yet: each sandbox host sees the nodes&apos; files through a mount of its own. Choose one of them; nothing was created.</source>
        <translation>--filesystem と --hosts はまだ併用できません: サンドボックスの各ホストはノードのファイルを独自のマウントを通して見ます。どちらか一方を選んでください。何も作成されていません。</translation>
    </message>
    <message>
        <location line="+517"/>
        <source>Cannot create %1.</source>
        <translation>%1 を作成できません。</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <location filename="../app/SandboxCommand.cpp" line="+29"/>
        <source>Only this node.</source>
        <translation>このノードのみ。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>missing</source>
        <translation>欠落</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+336"/>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <location line="-334"/>
        <source>stopped (stale .lock)</source>
        <translation>停止（古い .lock あり）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+333"/>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="-321"/>
        <source>Create, start, stop, inspect or break the training sandbox cluster</source>
        <translation>トレーニング用サンドボックスクラスターの作成、起動、停止、確認、障害発生</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&apos;lifeboat sandbox&apos; needs an action.</source>
        <translation>&apos;lifeboat sandbox&apos; にはアクションが必要です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown sandbox action &apos;%1&apos;.</source>
        <translation>不明なサンドボックスアクション &apos;%1&apos; です。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Author nodes: one primary, the rest secondaries.</source>
        <translation>オーサーノード: 1 台がプライマリ、残りはセカンダリ。</translation>
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
        <translation>パブリッシュノード。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jboss, weblogic or websphere.</source>
        <translation>jboss、weblogic、websphere のいずれか。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <source>kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>About how much data to create.</source>
        <translation>作成するおおよそのデータ量。</translation>
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
        <translation>同じシードからは同じ内容が生成されます。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New GDS documents per minute while running.</source>
        <translation>稼働中に 1 分あたりに作成される GDS ドキュメント数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds before the file collector may remove a document.</source>
        <translation>ファイルコレクターがドキュメントを削除できるようになるまでの秒数。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A new or empty directory.</source>
        <translation>新しいディレクトリまたは空のディレクトリ。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;sandbox create&apos; needs exactly one directory.</source>
        <translation>&apos;sandbox create&apos; にはディレクトリを 1 つだけ指定してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--nodes, --publish, --size-mb, --seed, --activity and --document-lifetime take whole numbers.</source>
        <translation>--nodes、--publish、--size-mb、--seed、--activity、--document-lifetime には整数を指定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--app-server must be jboss, weblogic or websphere.</source>
        <translation>--app-server には jboss、weblogic、websphere のいずれかを指定してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Created a sandbox cluster: %1 author node(s), %2 publish node(s), %3, about %4 MB.</source>
        <translation>サンドボックスクラスターを作成しました: オーサーノード %1 台、パブリッシュノード %2 台、%3、約 %4 MB。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Profile: %1</source>
        <translation>プロファイル: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start it with: lifeboat sandbox start %1</source>
        <translation>起動するには: lifeboat sandbox start %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The sandbox has no node &apos;%1&apos;; it has: %2.</source>
        <translation>サンドボックスにノード &apos;%1&apos; はありません。ノード: %2。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Print JSON.</source>
        <translation>JSON で出力します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sandbox directory.</source>
        <translation>サンドボックスのディレクトリ。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;sandbox %1&apos; needs exactly one directory.</source>
        <translation>&apos;sandbox %1&apos; にはディレクトリを 1 つだけ指定してください。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Could not start %1: %2</source>
        <translation>%1 を起動できませんでした: %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Could not stop %1: %2</source>
        <translation>%1 を停止できませんでした: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 %2 %3 %4 %5 %6</source>
        <translation>%1 %2 %3 %4 %5 %6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NODE</source>
        <translation>ノード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROLE</source>
        <translation>ロール</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>STATE</source>
        <translation>状態</translation>
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
        <translation>ポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOTES</source>
        <translation>備考</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, label &quot;%2&quot;</source>
        <translation>%1、ラベル &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error.log reports repository unsync</source>
        <translation>error.log が repository unsync を報告</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>What to break: %1.</source>
        <translation>発生させる障害: %1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fault</source>
        <translation>障害</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;sandbox break&apos; needs a directory and --fault.</source>
        <translation>&apos;sandbox break&apos; にはディレクトリと --fault が必要です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown fault &apos;%1&apos;.</source>
        <translation>不明な障害 &apos;%1&apos; です。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&apos;sandbox patch&apos; needs a directory and --node.</source>
        <translation>&apos;sandbox patch&apos; にはディレクトリと --node が必要です。</translation>
    </message>
    <message>
        <location line="-355"/>
        <source>--hosts puts each node, and the shared storage, on a host of its own: an sshd on a loopback address (127.0.0.2, …) in a mount namespace of its own, where every node keeps its files at the same path. The nodes are started over ssh. Needs root.</source>
        <translation>--hosts は各ノードと共有ストレージをそれぞれ専用のホストに置きます: 専用のマウント名前空間で動き、ループバックアドレス（127.0.0.2、…）で待ち受ける sshd で、どのノードもファイルを同じパスに置きます。ノードは ssh で起動されます。root が必要です。</translation>
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
        <translation>使い方:
  lifeboat sandbox create DIR [--nodes N] [--publish M] [--app-server jboss|weblogic|websphere]
                              [--size-mb S] [--seed K] [--activity PER_MINUTE] [--hosts]
  lifeboat sandbox start|stop DIR [--node NAME]
  lifeboat sandbox status DIR [--node NAME] [--json]
  lifeboat sandbox break DIR --fault FAULT [--node NAME]
  lifeboat sandbox patch DIR --node NAME
障害: %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Each node, and the shared storage, on a host of its own (an sshd in a mount namespace of its own; needs root).</source>
        <translation>各ノードと共有ストレージをそれぞれ専用のホストに置く（専用のマウント名前空間で動く sshd。root が必要）。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Hosts: %1. Log in to one with: ssh -F %2 HOST</source>
        <translation>ホスト: %1。ログインするには: ssh -F %2 ホスト名</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Could not start the sandbox&apos;s hosts: %1</source>
        <translation>サンドボックスのホストを起動できませんでした: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sandbox&apos;s hosts are up: %1.</source>
        <translation>サンドボックスのホストが起動しました: %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not stop the sandbox&apos;s hosts: %1</source>
        <translation>サンドボックスのホストを停止できませんでした: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sandbox&apos;s hosts are stopped.</source>
        <translation>サンドボックスのホストを停止しました。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not running: its host %2 is down.</source>
        <translation>%1 は実行されていません: ホスト %2 が停止しています。</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+9"/>
        <location line="+33"/>
        <source>HOST</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ADDRESS</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location line="-327"/>
        <source>host unreachable</source>
        <translation>ホストに接続できません</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>--filesystem btrfs|xfs keeps the nodes and the shared storage on a loop-mounted image of that file system inside DIR (on btrfs, every repository, the GDS and the Content Storage Root is a subvolume), so that backups can use snapshots. &apos;sandbox stop&apos; unmounts it, &apos;sandbox start&apos; mounts it again. Needs root.</source>
        <translation>--filesystem btrfs|xfs は、ノードと共有ストレージを DIR 内にある、そのファイルシステムのループマウントしたイメージに置きます（btrfs では各リポジトリ、GDS、Content Storage Root がサブボリュームになります）。これでバックアップがスナップショットを使えます。&apos;sandbox stop&apos; でアンマウントし、&apos;sandbox start&apos; で再びマウントします。root が必要です。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The nodes and the shared storage on a loop-mounted image of this file system: btrfs or xfs (needs root).</source>
        <translation>ノードと共有ストレージを、このファイルシステムのループマウントしたイメージに置きます: btrfs または xfs（root が必要）。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--filesystem must be btrfs or xfs.</source>
        <translation>--filesystem は btrfs または xfs にしてください。</translation>
    </message>
</context>
<context>
    <name>SandboxFaults</name>
    <message>
        <location filename="../engine/sandbox/SandboxFaults.cpp" line="+86"/>
        <source>%1 is not a sandbox profile; Lifeboat only breaks sandbox clusters.</source>
        <translation>%1 はサンドボックスのプロファイルではありません。Lifeboat が障害を発生させるのはサンドボックスクラスターのみです。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unknown fault &apos;%1&apos;. Choose one of: %2.</source>
        <translation>不明な障害 &apos;%1&apos; です。次から選択してください: %2。</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The sandbox has no node &apos;%1&apos;; it has: %2.</source>
        <translation>サンドボックスにノード &apos;%1&apos; はありません。ノード: %2。</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Rebuild a node from an older image</source>
        <translation>古いイメージからノードを再構築</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a node&apos;s host down (a sandbox with hosts)</source>
        <translation>ノードのホストを停止する (ホスト付きサンドボックス)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crash a node and fill its disk (a sandbox with its own file system)</source>
        <translation>ノードをクラッシュさせディスクを満杯にする (専用ファイルシステムのサンドボックス)</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>%1 has no repository files to damage.</source>
        <translation>%1 には破損させるリポジトリファイルがありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Damaged %n repository file(s) of %1 and logged &quot;repository unsync&quot; in its error.log.</source>
        <translation>
            <numerusform>%1 のリポジトリファイル %n 個を破損させ、error.log に &quot;repository unsync&quot; を記録しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot delete %1.</source>
        <translation>%1 を削除できません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted %1.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no cluster node id file to remove (%2).</source>
        <translation>%1 には削除するクラスターノード ID ファイルがありません (%2)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed %1.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is not running, so it cannot crash. Start the sandbox first.</source>
        <translation>%1 は稼働していないため、クラッシュさせることができません。先にサンドボックスを起動してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Killed %1 with SIGKILL; its .lock is left behind.</source>
        <translation>%1 を SIGKILL で強制終了しました。.lock は残っています。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Killed %1 with SIGKILL, leaving a stale .lock.</source>
        <translation>%1 を SIGKILL で強制終了し、古い .lock を残しました。</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>%1&apos;s server was rebuilt from an older image: service pack SP20, no repository.</source>
        <translation>%1 のサーバーは古いイメージから再構築されました: サービスパック SP20、リポジトリなし。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>host-down needs a sandbox whose nodes have hosts of their own (&apos;lifeboat sandbox create --hosts&apos;).</source>
        <translation>host-down には、ノードごとに専用ホストを持つサンドボックスが必要です (&apos;lifeboat sandbox create --hosts&apos;)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The host %1 is down: its sshd and %2 ended. &apos;lifeboat sandbox start&apos; brings it back.</source>
        <translation>ホスト %1 は停止しています: sshd と %2 が終了しました。&apos;lifeboat sandbox start&apos; で復帰します。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>disk-full needs a sandbox with a file system of its own (&apos;lifeboat sandbox create --filesystem xfs&apos;, as root), mounted (&apos;lifeboat sandbox start&apos;).</source>
        <translation>disk-full には専用ファイルシステムを持つサンドボックス (&apos;lifeboat sandbox create --filesystem xfs&apos;、root で) がマウントされている (&apos;lifeboat sandbox start&apos;) 必要があります。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot write the heap dump %1.</source>
        <translation>ヒープダンプ %1 を書き込めません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 crashed with its repository damaged, and a heap dump of %2 fills its disk (%3).</source>
        <translation>%1 はリポジトリが破損した状態でクラッシュし、%2 のヒープダンプがディスクを埋めています (%3)。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 now has the sandbox&apos;s service pack and patches: %2.</source>
        <translation>%1 にサンドボックスのサービスパックとパッチを適用しました: %2。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location line="-177"/>
        <location line="+22"/>
        <source>Cannot write %1.</source>
        <translation>%1 を書き込めません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Left a stale .lock in %1 (pid %2, no longer running).</source>
        <translation>%1 に古い .lock を残しました（pid %2、すでに終了）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The GDS %1 holds no documents to lose.</source>
        <translation>GDS %1 には失わせるドキュメントがありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Deleted %n document(s) from the GDS %1.</source>
        <translation>
            <numerusform>GDS %1 から %n 件のドキュメントを削除しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot damage the forms database %1.</source>
        <translation>フォームデータベース %1 を破損させることができません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not an SQLite database.</source>
        <translation>%1 は SQLite データベースではありません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Damaged pages of the forms database %1.</source>
        <translation>フォームデータベース %1 のページを破損させました。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot remove %1.</source>
        <translation>%1 を削除できません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is gone, as after a disk failure: removed %2.</source>
        <translation>ディスク障害後のように %1 が消失しました: %2 を削除しました。</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>%1 is not running, so it cannot be slow to stop. Start the sandbox first.</source>
        <translation>%1 は稼働していないため、停止を遅らせることはできません。先にサンドボックスを起動してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 will take %2 seconds to stop: told to stop, it stops answering at once but keeps its repository locked until then, as a JVM slow to close its repository does.</source>
        <translation>%1 は停止に %2 秒かかります。停止を指示するとすぐに応答しなくなりますが、リポジトリを閉じるのが遅い JVM のように、それまでリポジトリをロックしたままにします。</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Corrupt a node&apos;s repository</source>
        <translation>ノードのリポジトリを破損させる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete a node&apos;s repository</source>
        <translation>ノードのリポジトリを削除する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove a node&apos;s cluster node id</source>
        <translation>ノードのクラスターノード ID を削除する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave a stale .lock behind a stopped node</source>
        <translation>停止したノードに古い .lock を残す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crash a node</source>
        <translation>ノードをクラッシュさせる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lose files from the GDS</source>
        <translation>GDS のファイルを失わせる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrupt the forms database</source>
        <translation>フォームデータベースを破損させる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lose a whole node</source>
        <translation>ノード全体を失わせる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a node slow to stop</source>
        <translation>ノードの停止を遅くする</translation>
    </message>
</context>
<context>
    <name>SandboxFileSystem</name>
    <message>
        <location filename="../engine/sandbox/SandboxFileSystem.cpp" line="+93"/>
        <source>--filesystem %1 needs root: the sandbox&apos;s storage is an image file that only root can loop-mount. Run the command as root; nothing was created.</source>
        <translation>--filesystem %1 には root が必要です: サンドボックスのストレージはイメージファイルで、ループマウントできるのは root だけです。root でコマンドを実行してください。何も作成されていません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--filesystem %1 needs the program %2 (Debian package %3). Install it; nothing was created.</source>
        <translation>--filesystem %1 にはプログラム %2（Debian パッケージ %3）が必要です。インストールしてください。何も作成されていません。</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+8"/>
        <location line="+3"/>
        <source>Cannot make the sandbox&apos;s %1 file system in %2: %3</source>
        <translation>サンドボックスの %1 ファイルシステムを %2 に作成できません: %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot create the btrfs subvolume %1: %2</source>
        <translation>btrfs サブボリューム %1 を作成できません: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot mount the sandbox&apos;s file system %1 at %2: %3</source>
        <translation>サンドボックスのファイルシステム %1 を %2 にマウントできません: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot unmount the sandbox&apos;s file system at %1: %2</source>
        <translation>%1 にあるサンドボックスのファイルシステムをアンマウントできません: %2</translation>
    </message>
</context>
<context>
    <name>SandboxHost</name>
    <message>
        <location filename="../engine/sandbox/SandboxHost.cpp" line="+188"/>
        <source>Cannot create the key %1: %2</source>
        <translation>鍵 %1 を作成できません: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sandbox host %1 needs root: mount namespaces and bind mounts are only available to root.</source>
        <translation>サンドボックスホスト %1 には root が必要です: マウント名前空間とバインドマウントは root だけが使えます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+26"/>
        <source>Cannot create %1.</source>
        <translation>%1 を作成できません。</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Cannot write %1.</source>
        <translation>%1 を書き込めません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not a directory; it cannot be mounted on the sandbox host %2.</source>
        <translation>%1 はディレクトリではないため、サンドボックスホスト %2 にマウントできません。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>sshd was not found; install the OpenSSH server (openssh-server).</source>
        <translation>sshd が見つかりません。OpenSSH サーバー（openssh-server）をインストールしてください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sshd does not accept %1: %2</source>
        <translation>sshd が %1 を受け付けません: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot start the sandbox host %1: %2</source>
        <translation>サンドボックスホスト %1 を起動できません: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The sandbox host %1 did not start listening on %2:%3 within %4 seconds; see %5.</source>
        <translation>サンドボックスホスト %1 が %4 秒以内に %2:%3 で待ち受けを開始しませんでした。%5 を参照してください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The files of the sandbox host %1 are visible at %2 outside the host; it was stopped.</source>
        <translation>サンドボックスホスト %1 のファイルがホストの外の %2 から見えています。ホストを停止しました。</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Cannot stop the sandbox host %1: process %2 is still running.</source>
        <translation>サンドボックスホスト %1 を停止できません: プロセス %2 がまだ稼働中です。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot replace the host key %1: %2</source>
        <translation>ホスト鍵 %1 を置き換えられません: %2</translation>
    </message>
</context>
<context>
    <name>SandboxHosts</name>
    <message>
        <location filename="../engine/sandbox/SandboxHosts.cpp" line="+70"/>
        <source>Cannot find a free port on %1 for the sandbox host %2: %3</source>
        <translation>サンドボックスホスト %2 用の空きポートが %1 に見つかりません: %3</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 describes the sandbox&apos;s hosts incompletely; create the sandbox again.</source>
        <translation>%1 にはサンドボックスのホストの記述が欠けています。サンドボックスを作り直してください。</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Cannot create %1.</source>
        <translation>%1 を作成できません。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
</context>
<context>
    <name>SandboxPlanStep</name>
    <message>
        <location filename="../engine/steps/SandboxPlanStep.cpp" line="+43"/>
        <source>Runs against the sandbox cluster in %1 only. Production is not touched.</source>
        <translation>%1 のサンドボックスクラスターに対してのみ実行します。本番環境には触れません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the sandbox cluster there only</source>
        <translation>その場所のサンドボックスクラスターのみ</translation>
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
        <translation>サンドボックスで &quot;%1&quot; が失敗しました: %2</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Cleaning up on the sandbox: %1</source>
        <translation>サンドボックスの後片付け: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>recovery time</source>
        <translation>復旧時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 s to restore the set and start the cluster</source>
        <translation>セットのリストアとクラスターの起動に %1 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The restore took %1 s, from the first unpacked file to the last node up.</source>
        <translation>リストアには、最初のファイルの展開から最後のノードの起動まで %1 秒かかりました。</translation>
    </message>
</context>
<context>
    <name>SandboxReset</name>
    <message>
        <location filename="../engine/sandbox/SandboxReset.cpp" line="+23"/>
        <source>%1 is not a sandbox profile; Lifeboat only resets sandbox clusters.</source>
        <translation>%1 はサンドボックスのプロファイルではありません。Lifeboat がリセットするのはサンドボックスのクラスターだけです。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This sandbox has hosts or a file system of its own, which need root to take down. Reset it with &apos;lifeboat sandbox stop&apos; and &apos;lifeboat sandbox create&apos;.</source>
        <translation>このサンドボックスには専用のホストまたはファイルシステムがあり、停止には root 権限が必要です。「lifeboat sandbox stop」と「lifeboat sandbox create」でリセットしてください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not move %1 aside to %2; the sandbox is as it was, with its nodes stopped.</source>
        <translation>%1 を %2 へ移せませんでした。サンドボックスは元のままで、ノードは停止しています。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not build the sandbox again: %1 The sandbox as it was is in %2.</source>
        <translation>サンドボックスを作り直せませんでした: %1 以前のサンドボックスは %2 にあります。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not stop %1: %2 Nothing was moved.</source>
        <translation>%1 を停止できませんでした: %2 何も移動していません。</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <location filename="../engine/run/Scenario.cpp" line="+22"/>
        <source>The scenario %1 needs --%2.</source>
        <translation>シナリオ %1 には --%2 が必要です。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 can be reached over ssh</source>
        <translation>%1 に ssh で到達できる</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It offers the key %1.</source>
        <translation>提示された鍵は %1 です。</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Every step has what it needs</source>
        <translation>各ステップに必要なものがそろっている</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Every command, setting and program the plan uses is there.</source>
        <translation>計画が使うコマンド、設定、プログラムはすべてそろっています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add what is missing, then check again. Nothing was changed.</source>
        <translation>足りないものを追加してから、もう一度確認してください。何も変更されていません。</translation>
    </message>
</context>
<context>
    <name>ScenarioInvocation</name>
    <message>
        <location filename="../app/ScenarioInvocation.cpp" line="+31"/>
        <source>Scenarios:</source>
        <translation>シナリオ:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run &apos;lifeboat %1 --help&apos; for its options.</source>
        <translation>オプションは &apos;lifeboat %1 --help&apos; で確認できます。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The cluster profile (JSON).</source>
        <translation>クラスタープロファイル (JSON)。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do; see the list below.</source>
        <translation>実行する内容。下の一覧を参照してください。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--scenario is required.</source>
        <translation>--scenario は必須です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown scenario &apos;%1&apos;.</source>
        <translation>不明なシナリオ &apos;%1&apos; です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--profile is required (a sandbox has one at DIR/cluster.json).</source>
        <translation>--profile は必須です（サンドボックスでは DIR/cluster.json にあります）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The profile has no node &apos;%1&apos;; it has: %2.</source>
        <translation>プロファイルにノード &apos;%1&apos; はありません。ノード: %2。</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Trust this key of a host seen for the first time (repeatable), as ssh-keygen -lf prints it.</source>
        <translation>初めて接続するホストのこの鍵を信頼します（複数指定可、ssh-keygen -lf の表示形式）。</translation>
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
        <translation>バックアップセット</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compression</source>
        <translation>圧縮</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delay</source>
        <translation>待ち時間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full backup</source>
        <translation>フルバックアップ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rehearsal directory</source>
        <translation>リハーサル用ディレクトリ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the databases</source>
        <translation>データベースを保持</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the repository too</source>
        <translation>リポジトリも復元</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run to roll back</source>
        <translation>ロールバックする実行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>出力形式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeout</source>
        <translation>タイムアウト</translation>
    </message>
</context>
<context>
    <name>ScheduleCommand</name>
    <message>
        <location filename="../app/ScheduleCommand.cpp" line="+20"/>
        <source>Where the units are (default: %1; as root, for example %2).</source>
        <translation>ユニットの場所（既定: %1。root の場合は例えば %2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dir</source>
        <translation>ディレクトリ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: lifeboat schedule list|add|remove … (see the user guide).</source>
        <translation>使い方: lifeboat schedule list|add|remove …（ユーザーガイドを参照）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>List, add or remove the systemd timers that run a backup by itself</source>
        <translation>バックアップを自動実行する systemd タイマーを一覧・追加・削除します</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Say what to do: &apos;lifeboat schedule list&apos;, &apos;add&apos; or &apos;remove NAME&apos;.</source>
        <translation>操作を指定してください: &apos;lifeboat schedule list&apos;、&apos;add&apos;、または &apos;remove NAME&apos;。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>When it runs, as a systemd calendar (&quot;daily&quot;, &quot;Mon..Fri 02:00&quot;).</source>
        <translation>実行日時（systemd のカレンダー形式: &quot;daily&quot;、&quot;Mon..Fri 02:00&quot;）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>calendar</source>
        <translation>カレンダー</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only a backup can be scheduled; %1 is not one.</source>
        <translation>スケジュールできるのはバックアップだけです。%1 はバックアップではありません。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The schedule&apos;s name, as &apos;lifeboat schedule list&apos; shows it.</source>
        <translation>&apos;lifeboat schedule list&apos; が表示するスケジュール名。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the name of one schedule (&apos;lifeboat schedule list&apos; shows them).</source>
        <translation>スケジュール名を 1 つ指定してください（&apos;lifeboat schedule list&apos; で表示されます）。</translation>
    </message>
</context>
<context>
    <name>ScratchCopy</name>
    <message>
        <location filename="../engine/restore/ScratchCopy.cpp" line="+87"/>
        <source>%1 is already unpacked.</source>
        <translation>%1 はすでに展開済みです。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot rename %1 to %2.</source>
        <translation>%1 の名前を %2 に変更できません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scratch copy, checked against the manifest</source>
        <translation>作業用コピー（マニフェストと照合済み）</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Unpacked %n file(s) into %1; every one matches the manifest.</source>
        <translation>
            <numerusform>%n 個のファイルを %1 に展開しました。すべてマニフェストと一致しています。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Lifeboat runs there as %1, not as root, so the restored files cannot get the owners the backup records and will belong to %1. If AEM runs as another user, give them to it (chown) after the restore.</source>
        <translation>Lifeboat はそこで root ではなく %1 として実行されるため、復元したファイルにバックアップに記録された所有者を設定できず、ファイルは %1 の所有になります。AEM が別のユーザーで動作している場合は、復元後にそのユーザーへ所有者を変更してください (chown)。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1/%2: the SHA-256 of the archive differs from the SHA256SUMS of its set, or that file does not list it (the archive file was changed or damaged). Nothing was swapped in; verify the set with &apos;lifeboat verify&apos; and choose another one.</source>
        <translation>%1/%2: アーカイブの SHA-256 がそのセットの SHA256SUMS と一致しないか、SHA256SUMS に記載がありません（アーカイブファイルが変更または破損しています）。何も入れ替えていません。&apos;lifeboat verify&apos; でセットを検証し、別のセットを選んでください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Owners not set for %1 file(s) in %2: the backup records other owners, and only root can give files away, so they belong to %3. If AEM runs as another user, give them to it (chown), or run the restore as root.</source>
        <translation>%2 内の %1 個のファイルの所有者を設定できませんでした: バックアップには別の所有者が記録されていますが、ファイルの所有者を変更できるのは root だけなので、これらは %3 の所有になります。AEM が別のユーザーで動作している場合はそのユーザーへ所有者を変更するか (chown)、root として復元を実行してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the restoring user</source>
        <translation>復元を実行しているユーザー</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Unpacked %1 of the %2 files of part %3 that the plan restores into %4. Nothing was swapped in; verify the set with &apos;lifeboat verify&apos; and choose another one.</source>
        <translation>計画が %4 に復元するパート %3 の %2 個のファイルのうち、展開できたのは %1 個です。何も入れ替えていません。&apos;lifeboat verify&apos; でセットを検証し、別のセットを選んでください。</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <location filename="../ui/SecretDialog.cpp" line="+33"/>
        <source>Secret needed</source>
        <translation>シークレットが必要です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secret &quot;%1&quot; is not set. Type it to go on; Lifeboat keeps it in memory for this session only and never writes it anywhere.
(To set it for good: the environment variable %2, or the profile&apos;s secrets file.)</source>
        <translation>シークレット &quot;%1&quot; が設定されていません。続行するには入力してください。Lifeboat はこのセッションの間だけメモリに保持し、どこにも書き込みません。
（永続的に設定するには、環境変数 %2 またはプロファイルのシークレットファイルを使用してください。）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Secret %1</source>
        <translation>シークレット %1</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../engine/profile/SecretStore.cpp" line="+69"/>
        <source>The secrets file %1 can be read by other users. Run &apos;chmod 600 %1&apos; and try again.</source>
        <translation>シークレットファイル %1 は他のユーザーが読み取れる状態です。&apos;chmod 600 %1&apos; を実行してから再試行してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+22"/>
        <source>Cannot read the secrets file %1: %2</source>
        <translation>シークレットファイル %1 を読み取れません: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+5"/>
        <source>Cannot write the secrets file %1: %2</source>
        <translation>シークレットファイル %1 に書き込めません: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+29"/>
        <source>The secret &quot;%1&quot; is not set. Set the environment variable %2, or add it to the secrets file%3.</source>
        <translation>シークレット &quot;%1&quot; が設定されていません。環境変数 %2 を設定するか、シークレットファイル%3に追加してください。</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+21"/>
        <source>The secrets file %1 is not a JSON object of names and values.</source>
        <translation>秘密情報ファイル %1 は名前と値の JSON オブジェクトではありません。</translation>
    </message>
</context>
<context>
    <name>SetPathRules</name>
    <message>
        <location filename="../engine/backup/SetPathRules.cpp" line="+57"/>
        <source>would land outside the target (an absolute path or &quot;..&quot;)</source>
        <translation>ターゲットの外に配置されます（絶対パスまたは &quot;..&quot;）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is a hard link (to &quot;%1&quot;), which a backup part never holds</source>
        <translation>ハードリンク（&quot;%1&quot; へのリンク）であり、バックアップのパートには含まれないはずのものです</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is a link to &quot;%1&quot;, outside the target</source>
        <translation>ターゲット外の &quot;%1&quot; へのリンクです</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a device, pipe or other special file</source>
        <translation>デバイス、パイプ、その他の特殊ファイルです</translation>
    </message>
</context>
<context>
    <name>SetSignature</name>
    <message>
        <location filename="../engine/backup/SetSignature.cpp" line="+36"/>
        <source>%1 is missing</source>
        <translation>%1 がありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a regular file of at most %2 bytes</source>
        <translation>%1 は %2 バイト以下の通常のファイルではありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be read (%2)</source>
        <translation>%1 を読み込めません (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unsigned</source>
        <translation>署名なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed by %1 (%2)</source>
        <translation>%1 の署名付き (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed with %1, a key not checked against any allowed signers</source>
        <translation>%1 で署名済み (許可署名者とは照合していない鍵)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signature is bad: %1</source>
        <translation>署名が不正: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The signing key %1 does not exist (&quot;signing&quot;: &quot;key&quot; in the profile).</source>
        <translation>署名鍵 %1 がありません (プロファイルの &quot;signing&quot;: &quot;key&quot;)。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write a temporary file to try the signing key: %1.</source>
        <translation>署名鍵を試すための一時ファイルを書き込めません: %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The signing key %1 cannot sign without help (%2). Use a private key without a passphrase that only this user can read, or load the key into ssh-agent and give its public key (.pub) as &quot;key&quot;.</source>
        <translation>署名鍵 %1 は助けなしでは署名できません (%2)。このユーザーだけが読めるパスフレーズなしの秘密鍵を使うか、鍵を ssh-agent に読み込み、その公開鍵 (.pub) を &quot;key&quot; に指定してください。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ssh-keygen could not sign with %1: %2</source>
        <translation>ssh-keygen は %1 で署名できませんでした: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+24"/>
        <source>it does not match SHA256SUMS (%1)</source>
        <translation>SHA256SUMS と一致しません (%1)</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>the allowed-signers file %1 does not exist</source>
        <translation>許可署名者ファイル %1 がありません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it was made with a key that %1 does not allow</source>
        <translation>%1 が許可していない鍵で作られています</translation>
    </message>
</context>
<context>
    <name>SharedDataCheck</name>
    <message>
        <location filename="../engine/scenarios/SharedDataCheck.cpp" line="+68"/>
        <source>The forms database %1 is missing.</source>
        <translation>フォームデータベース %1 がありません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The forms database %1 cannot be opened.</source>
        <translation>フォームデータベース %1 を開けません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The forms database %1 fails its integrity check.</source>
        <translation>フォームデータベース %1 が整合性チェックに失敗しました。</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n document(s) the database refers to are missing from the GDS.</source>
        <translation>
            <numerusform>データベースが参照する %n 件のドキュメントが GDS にありません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnapshotMethods</name>
    <message>
        <location filename="../engine/snapshot/SnapshotMethod.cpp" line="+43"/>
        <source>automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>btrfs snapshot</source>
        <translation>btrfs スナップショット</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reflink copy</source>
        <translation>reflink コピー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>snapshot command</source>
        <translation>スナップショットコマンド</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>copy while stopped</source>
        <translation>停止中にコピー</translation>
    </message>
</context>
<context>
    <name>SshConnection</name>
    <message>
        <location filename="../engine/hosts/SshConnection.cpp" line="+164"/>
        <source>Cannot create a directory for the ssh connection in %1: %2</source>
        <translation>%1 に ssh 接続用のディレクトリを作成できません: %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Cannot log in to %1: %2</source>
        <translation>%1 にログインできません: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+15"/>
        <source>Cannot reach %1: %2</source>
        <translation>%1 に到達できません: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is not yet known to Lifeboat. It offers the host key %2; compare it with the fingerprint shown on that host (ssh-keygen -lf on its key in /etc/ssh) before you trust it.</source>
        <translation>%1 はまだ Lifeboat に登録されていません。ホスト鍵 %2 を提示しています。信頼する前に、そのホスト上で表示されるフィンガープリント（/etc/ssh にある鍵に ssh-keygen -lf）と照合してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The host key of %1 has changed: Lifeboat knows %2, the host now offers %3. Nothing was done on %1. If the host was reinstalled, confirm its new key; otherwise someone may be intercepting the connection.</source>
        <translation>%1 のホスト鍵が変わりました: Lifeboat が知っているのは %2、ホストが現在提示しているのは %3 です。%1 では何も実行していません。ホストを再インストールした場合は新しい鍵を確認してください。そうでなければ、誰かが接続を傍受している可能性があります。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>There is no open connection to %1.</source>
        <translation>%1 への接続が開いていません。</translation>
    </message>
</context>
<context>
    <name>StagedSet</name>
    <message numerus="yes">
        <location filename="../engine/backup/StagedSet.cpp" line="+163"/>
        <source>%n of them unchanged: referenced in the older sets that hold them (%1).</source>
        <translation>
            <numerusform>そのうち %n 個は変更なし: それを保持する古いセット（%1）を参照します。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-115"/>
        <source>archive of %1</source>
        <translation>%1 のアーカイブ</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot create %1. Check the backup root&apos;s permissions and free space.</source>
        <translation>%1 を作成できません。バックアップルートの権限と空き容量を確認してください。</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Archived %1: %n file(s).</source>
        <translation>
            <numerusform>%1 をアーカイブしました: %n 個のファイル。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Archived %1 from %2: %n file(s).</source>
        <translation>
            <numerusform>%2 の %1 をアーカイブしました: %n 個のファイル。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-41"/>
        <source>%1 is not a file; a part read from several hosts holds only files.</source>
        <translation>%1 はファイルではありません。複数のホストから読み取るパートにはファイルしか含められません。</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>archive of %1 from %2</source>
        <translation>%2 の %1 のアーカイブ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>this machine</source>
        <translation>このマシン</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>, only files changed since %1</source>
        <translation>、%1 以降に変更されたファイルのみ</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The base set %1 cannot be read (%2), so %3 is archived whole.</source>
        <translation>ベースセット %1 を読み取れません（%2）。そのため %3 はすべてアーカイブされます。</translation>
    </message>
</context>
<context>
    <name>StartNodesStep</name>
    <message>
        <location filename="../engine/steps/StartNodesStep.cpp" line="+34"/>
        <source>Start %1</source>
        <translation>%1 を起動</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>waits until it is up before the next</source>
        <translation>起動を待ってから次のノードへ</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 is already running.</source>
        <translation>%1 はすでに稼働しています。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Starting %1...</source>
        <translation>%1 を起動しています...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not start %1: %2</source>
        <translation>%1 を起動できませんでした: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 did not come up within %2 seconds.</source>
        <translation>%1 が %2 秒以内に起動しませんでした。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>start %1</source>
        <translation>%1 を起動する</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>started again if this run stopped it</source>
        <translation>この実行が停止した場合は再び起動します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stays stopped: it was not running before this run</source>
        <translation>停止したままにします。この実行の前から動いていませんでした</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 does not answer, but its process (pid %2) has held its repository&apos;s lock for %3 seconds: it is starting, shutting down or hung. Look at its error.log; once it answers or has ended, run &apos;lifeboat resume&apos;.</source>
        <translation>%1 は応答しませんが、そのプロセス (pid %2) が %3 秒間リポジトリのロックを保持しています。起動中、停止中、またはハングしています。error.log を確認し、応答するか終了したら &apos;lifeboat resume&apos; を実行してください。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 stays stopped: this run did not stop it.</source>
        <translation>%1 は停止したままにします。この実行が停止したものではありません。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The start command of %1 printed: &quot;%2&quot;</source>
        <translation>%1 の起動コマンドの出力:「%2」</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is stopped: start it by hand with %2, and check that it answers.</source>
        <translation>%1 は停止しています。%2 で手作業で起動し、応答することを確認してください。</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>%1 stays stopped: the restore changed files and did not finish. The run&apos;s last lines and its report say how to finish it or put back what it replaced.</source>
        <translation>%1 は停止したままです。リストアがファイルを変更し、完了しませんでした。完了させる方法、または置き換えたものを戻す方法は、実行の最後の行とレポートに示されています。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 does not answer, but its process (pid %2) still holds its repository&apos;s lock: wait until it has ended (or end it), then start it by hand with %3, and check that it answers.</source>
        <translation>%1 は応答しませんが、そのプロセス（PID %2）がまだリポジトリのロックを保持しています。終了するまで待ってから（または終了させてから）、%3 で手作業で起動し、応答することを確認してください。</translation>
    </message>
</context>
<context>
    <name>StepContext</name>
    <message>
        <location filename="../engine/run/StepContext.cpp" line="+44"/>
        <source>&lt;run id&gt;</source>
        <translation>&lt;実行 ID&gt;</translation>
    </message>
    <message>
        <location filename="../engine/run/StepContext.h" line="+82"/>
        <source>Cancelled by the user.</source>
        <translation>ユーザーによりキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>StopNodesStep</name>
    <message>
        <location filename="../engine/steps/StopNodesStep.cpp" line="+22"/>
        <source>Stop %1</source>
        <translation>%1 を停止</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Users of these nodes lose service until they are started again.</source>
        <translation>これらのノードのユーザーは、ノードが再起動されるまでサービスを利用できません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>running now</source>
        <translation>現在稼働中</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>already stopped; left alone</source>
        <translation>すでに停止済み。そのままにします</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 is already stopped.</source>
        <translation>%1 はすでに停止しています。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stopping %1...</source>
        <translation>%1 を停止しています...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not stop %1: %2</source>
        <translation>%1 を停止できませんでした: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>stop %1</source>
        <translation>%1 を停止する</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>%1 still answers %2 seconds after it was told to stop. Nothing of %1 was touched. Stop it yourself, then run &apos;lifeboat resume&apos; to go on.</source>
        <translation>%1 は停止を指示してから %2 秒経ってもまだ応答しています。%1 には何も手を加えていません。手動で停止してから &apos;lifeboat resume&apos; で続行してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 did not stop within %2 seconds: its process (pid %3) still holds %4. Nothing of %1 was touched. Wait until that process has ended (or end it yourself), then run &apos;lifeboat resume&apos; to go on.</source>
        <translation>%1 は %2 秒以内に停止しませんでした。そのプロセス (pid %3) がまだ %4 を保持しています。%1 には何も手を加えていません。そのプロセスが終了するまで待つ (または自分で終了させる) か、その後 &apos;lifeboat resume&apos; で続行してください。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 does not answer, but its process (pid %2) holds its repository&apos;s lock; telling it to stop.</source>
        <translation>%1 は応答しませんが、そのプロセス (pid %2) がリポジトリのロックを保持しています。停止を指示します。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 has stopped: it does not answer and its repository is not locked.</source>
        <translation>%1 は停止しました。応答がなく、リポジトリもロックされていません。</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The stop command of %1 printed: &quot;%2&quot;</source>
        <translation>%1 の停止コマンドの出力:「%2」</translation>
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
        <translation>顧客フォント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connector data</source>
        <translation>コネクタのデータ</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Found %1 in more than one place: chose %2; also %3. Check which one the cluster uses.</source>
        <translation>%1 が複数の場所で見つかりました: %2 を選びました。ほかに %3。クラスターが使っている場所を確認してください。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No GDS (a DocumentStorage folder) was found; fill in where it is.</source>
        <translation>GDS（DocumentStorage フォルダー）が見つかりませんでした。場所を記入してください。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Fonts also found on other hosts, not in the profile (its fonts are on one host): %1.</source>
        <translation>他のホストでもフォントが見つかりましたが、プロファイルには含めていません（プロファイルのフォントは 1 つのホスト上に置きます）: %1。</translation>
    </message>
</context>
<context>
    <name>SystemImageStep</name>
    <message>
        <location filename="../engine/steps/SystemImageStep.cpp" line="+23"/>
        <source>Re-create the system of %1 from its image and apply the recorded patches (if needed)</source>
        <translation>%1 のシステムをイメージから再作成し、記録されたパッチを適用（必要な場合）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If a machine was lost, re-create it from its system image now, with the same DNS name, and apply the patches recorded in the backup. Confirm when that is done, or when it is not needed because the machine itself is fine.</source>
        <translation>マシンが失われた場合は、ここで同じ DNS 名でシステムイメージから再作成し、バックアップに記録されたパッチを適用してください。完了したら、またはマシン自体に問題がなく不要な場合は、確認してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>re-create %1 from its system image, with the same DNS name</source>
        <translation>%1 をシステムイメージから同じ DNS 名で再作成する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or tick it when the machine itself is fine</source>
        <translation>マシン自体に問題がなければチェックを入れる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>apply to %1 the patches recorded in the backup</source>
        <translation>バックアップに記録されたパッチを %1 に適用する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or tick it when they are applied already</source>
        <translation>すでに適用済みならチェックを入れる</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from the sandbox&apos;s system image, by Lifeboat</source>
        <translation>サンドボックスのシステムイメージから Lifeboat が作成</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>confirmed done or not needed by the user</source>
        <translation>ユーザーが完了または不要を確認</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot write %1.</source>
        <translation>%1 を書き込めません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>re-created from the sandbox&apos;s system image</source>
        <translation>サンドボックスのシステムイメージから再作成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-created %1&apos;s system from the sandbox image.</source>
        <translation>%1 のシステムをサンドボックスのイメージから再作成しました。</translation>
    </message>
</context>
<context>
    <name>TakeSnapshotsStep</name>
    <message>
        <location filename="../engine/steps/TakeSnapshotsStep.cpp" line="+27"/>
        <source>The nodes are down only until the snapshots are taken, usually seconds whatever the size; the copy is then made from the snapshots while the nodes serve.</source>
        <translation>ノードが停止するのはスナップショットを作成する間だけで、サイズにかかわらず通常は数秒です。コピーはその後、ノードの稼働中にスナップショットから作成します。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>take a snapshot of %1</source>
        <translation>%1 のスナップショットを作成する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove the snapshot of %1</source>
        <translation>%1 のスナップショットを削除する</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not take a snapshot of %1: %2</source>
        <translation>%1 のスナップショットを作成できませんでした: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapshot of %1 taken.</source>
        <translation>%1 のスナップショットを作成しました。</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>right after the snapshots: the nodes are down for seconds, whatever the size; the copy is made from the snapshots while they serve</source>
        <translation>スナップショットの直後: サイズにかかわらずノードの停止は数秒で、コピーはノードの稼働中にスナップショットから作成します</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Take snapshots: %1</source>
        <translation>スナップショットを作成: %1</translation>
    </message>
</context>
<context>
    <name>TarStreamReader</name>
    <message>
        <location filename="../engine/backup/TarStreamReader.cpp" line="+62"/>
        <location line="+38"/>
        <location line="+26"/>
        <source>the archive ends early or is damaged</source>
        <translation>アーカイブが途中で終わっているか、破損しています</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>an extended header is damaged</source>
        <translation>拡張ヘッダーが破損しています</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>a header is damaged (its checksum does not match)</source>
        <translation>ヘッダーが破損しています（チェックサムが一致しません）</translation>
    </message>
</context>
<context>
    <name>TerminalConfirmer</name>
    <message>
        <location filename="../app/TerminalConfirmer.cpp" line="+22"/>
        <source>Step %1: %2 — this step changes the cluster:</source>
        <translation>ステップ %1: %2 — このステップはクラスターを変更します:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type &quot;%1&quot; to go on, or anything else to stop: </source>
        <translation>続行するには &quot;%1&quot;、停止するにはそれ以外を入力してください: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go on? [y/N] </source>
        <translation>続行しますか? [y/N] </translation>
    </message>
</context>
<context>
    <name>TerminalSecretPrompt</name>
    <message>
        <location filename="../app/TerminalSecretPrompt.cpp" line="+27"/>
        <source>The secret &quot;%1&quot; is not set (the variable %2 or the secrets file would hold it).</source>
        <translation>シークレット &quot;%1&quot; が設定されていません（変数 %2 またはシークレットファイルで設定できます）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type it (nothing is shown; Enter on its own gives up): </source>
        <translation>入力してください（何も表示されません。Enter のみで中止します）: </translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <location filename="../report/TimelineChart.cpp" line="+58"/>
        <location line="+125"/>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>C%1. %2</source>
        <translation>C%1. %2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Time since the run started at %1</source>
        <translation>%1 の実行開始からの経過時間</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>declined: not run</source>
        <translation>拒否: 未実行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not run</source>
        <translation>未実行</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Recovery time %1</source>
        <translation>復旧時間 %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>step done</source>
        <translation>ステップ完了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clean-up step done</source>
        <translation>クリーンアップステップ完了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled or declined</source>
        <translation>キャンセルまたは拒否</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for a confirmation</source>
        <translation>確認待ち</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manual step (a person&apos;s work)</source>
        <translation>手動ステップ（人の作業）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A diamond marks a confirmation given in advance (--yes): the run did not wait.</source>
        <translation>ひし形は事前に与えられた確認 (--yes) を示します。実行は待機しませんでした。</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>%1 down</source>
        <translation>%1 停止</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>%1 · still down</source>
        <translation>%1 · 停止中</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>node down (from its stop until it answers again)</source>
        <translation>ノード停止（停止から再び応答するまで）</translation>
    </message>
</context>
<context>
    <name>UndoRecord</name>
    <message>
        <location filename="../engine/run/UndoRecord.cpp" line="+41"/>
        <source>The run has no directory to record what it changes in.</source>
        <translation>この実行には変更内容を記録するディレクトリがありません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>UnfinishedRuns</name>
    <message>
        <location filename="../ui/UnfinishedRuns.cpp" line="+48"/>
        <source>%1 on %2, started %3, was interrupted.</source>
        <translation>%2 での %1（開始 %3）は中断されました。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 on %2 (%3) keeps what it replaced in a quarantine.</source>
        <translation>%2 での %1 (%3) は、置き換えたものを隔離領域に保持しています。</translation>
    </message>
</context>
<context>
    <name>VerifyBackupSetStep</name>
    <message>
        <location filename="../engine/steps/VerifyBackupSetStep.cpp" line="+20"/>
        <source>Verify the backup set %1</source>
        <translation>バックアップセット %1 を検証</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reads back the parts this restore uses (%1) and checks every file against the manifest.</source>
        <translation>このリストアが使うパート（%1）を読み戻し、すべてのファイルをマニフェストと照合します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing changes; a damaged set stops the restore before any node is touched.</source>
        <translation>何も変更しません。破損したセットは、どのノードにも触れる前にリストアを止めます。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading %1 (%2 of %3)...</source>
        <translation>%1 を読み取っています（%3 中 %2）...</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Checks the manifest of the set against SHA256SUMS and that SHA256SUMS lists the archives of the parts this restore uses (%1).</source>
        <translation>セットのマニフェストを SHA256SUMS と照合し、このリストアが使うパート（%1）のアーカイブが SHA256SUMS に記載されていることを確認します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The archives of %1 and every file in them are checked against SHA256SUMS and the manifest as they are unpacked, before anything changes.</source>
        <translation>%1 のアーカイブとその中のすべてのファイルは、何かが変更される前に、展開しながら SHA256SUMS とマニフェストと照合します。</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Read back %n file(s); every one matches the manifest.</source>
        <translation>
            <numerusform>%n 個のファイルを読み戻しました。すべてマニフェストと一致しています。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The archives of %1 and every file in them are checked as they are unpacked, before anything changes.</source>
        <translation>%1 のアーカイブとその中のすべてのファイルは、何かが変更される前に、展開しながら照合します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The set is %1.</source>
        <translation>このセットは%1です。</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <location filename="../app/VerifyCommand.cpp" line="+22"/>
        <source>Run &apos;lifeboat verify --help&apos; for its options.</source>
        <translation>オプションは &apos;lifeboat verify --help&apos; で確認できます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signature: %1.</source>
        <translation>署名: %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check a backup set: every file against its manifest, every archive against SHA256SUMS</source>
        <translation>バックアップセットを検証: すべてのファイルをマニフェストと、すべてのアーカイブを SHA256SUMS と照合</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reads every archive of a backup set back and checks every file (present, size, SHA-256) against manifest.json and every archive against SHA256SUMS. Exit 0 when the set is intact, 3 when anything differs (each damaged file is named).</source>
        <translation>バックアップセットのすべてのアーカイブを読み戻し、すべてのファイル（存在、サイズ、SHA-256）を manifest.json と、すべてのアーカイブを SHA256SUMS と照合します。セットが正常なら終了コード 0、相違があれば 3 で終了します（破損したファイルはそれぞれ表示されます）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It says who signed the set (SHA256SUMS.sig) or that it is unsigned; a bad signature is damage, and so is a set not signed by an allowed signer when the profile requires signatures.</source>
        <translation>セットの署名者 (SHA256SUMS.sig)、または署名なしであることを表示します。不正な署名は破損とみなし、プロファイルが署名を必須にしている場合は許可された署名者の署名がないセットも破損とみなします。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Take SET as a set id under this cluster profile&apos;s backup root, and trust the signers its &quot;signing&quot; allows.</source>
        <translation>SET をこのクラスタープロファイルのバックアップルート配下のセット ID とみなし、その &quot;signing&quot; が許可する署名者を信頼します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Check the set&apos;s signature against this OpenSSH allowed-signers file (without --profile).</source>
        <translation>セットの署名をこの OpenSSH 許可署名者ファイルで検証します (--profile なしの場合)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup set directory, or its id with --profile.</source>
        <translation>バックアップセットのディレクトリ、または --profile と併用する場合はその ID。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SET</source>
        <translation>SET</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give exactly one backup set: &apos;lifeboat verify DIR&apos; or &apos;lifeboat verify --profile FILE SETID&apos;.</source>
        <translation>バックアップセットを 1 つだけ指定してください: &apos;lifeboat verify DIR&apos; または &apos;lifeboat verify --profile FILE SETID&apos;。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give --allowed-signers or --profile, not both: the profile names its own allowed signers.</source>
        <translation>--allowed-signers と --profile のどちらか一方を指定してください。プロファイルには独自の許可署名者があります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not an allowed-signers file.</source>
        <translation>%1 は許可署名者ファイルではありません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is not a set id. Give an id from &apos;lifeboat backups --profile %2&apos;, or a directory without --profile.</source>
        <translation>&apos;%1&apos; はセット ID ではありません。&apos;lifeboat backups --profile %2&apos; の ID か、--profile なしでディレクトリを指定してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no backup set %1 in %2. &apos;lifeboat backups --profile %3&apos; lists the sets.</source>
        <translation>%2 にバックアップセット %1 はありません。&apos;lifeboat backups --profile %3&apos; でセットを一覧表示できます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking %1 (%2 of %3)...</source>
        <translation>%1 を検証しています（%3 中 %2）...</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>The backup set %1 is intact: %n file(s) checked</source>
        <translation>
            <numerusform>バックアップセット %1 は正常です: %n 個のファイルを検証</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n archive(s).</source>
        <translation>
            <numerusform>（%n 個のアーカイブ内）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The backup set %1 is DAMAGED: %n problem(s), listed above.</source>
        <translation>
            <numerusform>バックアップセット %1 は破損しています: 問題 %n 件（上記のとおり）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do not restore from it. Use another set (&apos;lifeboat backups&apos; lists them and their last verification) and make a new backup soon.</source>
        <translation>このセットからはリストアしないでください。別のセットを使用し（&apos;lifeboat backups&apos; でセットと最後の検証結果を一覧表示できます）、早めに新しいバックアップを作成してください。</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>manifest.json is not listed in SHA256SUMS (the set was made before Lifeboat checked its manifest): its archives were checked, the manifest itself was not.</source>
        <translation>manifest.json は SHA256SUMS に記載されていません（Lifeboat がマニフェストを検証するようになる前に作成されたセットです）。アーカイブは検証しましたが、マニフェスト自体は検証していません。</translation>
    </message>
</context>
<context>
    <name>WritablePlaces</name>
    <message>
        <location filename="../engine/steps/WritablePlaces.cpp" line="+43"/>
        <source>%1%2 Lifeboat must be able to change it: mount it read-write or give the user Lifeboat runs as write access there (on a real cluster, run as the user that owns the AEM files).</source>
        <translation>%1%2 Lifeboat はここを変更できる必要があります。読み書き可能でマウントするか、Lifeboat を実行するユーザーに書き込み権限を与えてください（実際のクラスターでは、AEM のファイルを所有するユーザーとして実行してください）。</translation>
    </message>
</context>
</TS>
