// `balcony sessions` and `balcony export`: reading a database without opening a meeting.
#pragma once

#include "command_line.hpp"

namespace balcony::app {

int listSessions(const std::filesystem::path& database);
int exportSession(const ExportOptions& options);

} // namespace balcony::app
