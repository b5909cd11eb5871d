#define CATCH_CONFIG_MAIN  // Catch2 v2 provides main()
#include <catch2/catch.hpp>
