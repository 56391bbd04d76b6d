// Catch2's main, compiled once: this translation unit is slow, the test files are not.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
