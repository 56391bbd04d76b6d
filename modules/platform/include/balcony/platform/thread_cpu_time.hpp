// CPU time used by the calling thread: what a frame really cost, whatever else the machine does.
#pragma once

#include <chrono>

namespace balcony::platform {

std::chrono::nanoseconds threadCpuTime();

} // namespace balcony::platform
