// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <spdlog/sinks/base_sink.h>

#include <mutex>

namespace Lifeboat {

class LogForwarder;

// An spdlog sink that hands every record to a LogForwarder, which emits it as
// a Qt signal. The forwarder must outlive the sink's use; Logging owns both.
class ForwardingSink final : public spdlog::sinks::base_sink<std::mutex>
{
public:
    explicit ForwardingSink(LogForwarder *forwarder);

protected:
    void sink_it_(const spdlog::details::log_msg &msg) override;
    void flush_() override { }

private:
    LogForwarder *m_forwarder;
};

} // namespace Lifeboat
