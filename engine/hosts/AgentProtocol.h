// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <backup/BackupPart.h>
#include <hosts/HostFiles.h>

#include <QJsonObject>
#include <QJsonValue>

namespace Lifeboat {

// What lifeboat and lifeboat-agent say to each other, beyond the frames
// (docs/agent-protocol.md): the protocol's version, the operations' names
// (one per HostFiles call) and how HostFiles' values travel as JSON. Both
// ends use these, so a value reads back as it was written.
class AgentProtocol
{
public:
    AgentProtocol() = delete;

    // Raised whenever a change would confuse the other end; the two ends
    // refuse each other when their versions differ.
    static constexpr int version = 3;

    // The operations, by the name a request carries.
    static constexpr char stat[] = "stat";
    static constexpr char list[] = "list";
    static constexpr char listTree[] = "listTree"; // reply data: entries, one JSON per line
    static constexpr char usage[] = "usage";
    static constexpr char freeSpace[] = "freeSpace";
    static constexpr char readFile[] = "readFile"; // reply data: the file
    static constexpr char readTail[] = "readTail"; // reply data: its tail
    static constexpr char hashFile[] = "hashFile";
    static constexpr char findByName[] = "findByName";
    static constexpr char inspectLock[] = "inspectLock";
    static constexpr char holdLock[] = "holdLock"; // held until the session ends
    static constexpr char lockHolder[] = "lockHolder";
    static constexpr char checkWritable[] = "checkWritable";
    static constexpr char writeFile[] = "writeFile"; // request data: the file
    static constexpr char makeDirectory[] = "makeDirectory";
    static constexpr char rename[] = "rename";
    static constexpr char copy[] = "copy";
    static constexpr char copyAttributes[] = "copyAttributes";
    static constexpr char removeOwnTree[] = "removeOwnTree";
    static constexpr char snapshotSupport[] = "snapshotSupport";
    static constexpr char createSnapshot[] = "createSnapshot";
    static constexpr char removeSnapshot[] = "removeSnapshot";
    static constexpr char archive[] = "archive"; // reply data: the archive
    static constexpr char extract[] = "extract"; // request data: the archive
    static constexpr char fetch[] = "fetch"; // reply data: the file

    static QJsonObject toJson(const HostFiles::Entry &entry);
    static QJsonObject toJson(const HostFiles::Lock &lock);
    static HostFiles::Lock lockFromJson(const QJsonObject &json);
    static HostFiles::Entry entryFromJson(const QJsonObject &json);
    static QJsonObject toJson(const HostFiles::SnapshotSupport &support);
    static HostFiles::SnapshotSupport snapshotSupportFromJson(const QJsonObject &json);
    // A part with its excluded paths, which its manifest form leaves out.
    static QJsonObject toJson(const BackupPart &part);
    static BackupPart partFromJson(const QJsonObject &json);
    // An extract's piece of a chain: "whole" (also when absent), "older", "newest".
    static QJsonValue toJson(HostFiles::ExtractMode mode);
    static HostFiles::ExtractMode extractModeFromJson(const QJsonValue &json);
};

} // namespace Lifeboat
