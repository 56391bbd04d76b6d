# The Windows build's own checks beyond the unit suites: balcony.exe itself under Wine, driven from
# the Linux side with Node.js (ws for the phone, Xvfb for the windows).
find_program(NODE node)
find_program(XVFB_RUN xvfb-run)
if(NOT NODE OR NOT XVFB_RUN)
  message(FATAL_ERROR "The Windows checks need node and xvfb-run: bash third_party/install-deps.sh --with-tests")
endif()
foreach(name headless screenshot)
  add_test(NAME windows.${name} COMMAND ${NODE} --test ${CMAKE_CURRENT_SOURCE_DIR}/windows/${name}.test.js)
  set_tests_properties(windows.${name} PROPERTIES
    ENVIRONMENT "BALCONY_EXE=$<TARGET_FILE:balcony>;BALCONY_WINE=${CMAKE_CROSSCOMPILING_EMULATOR};BALCONY_TEST_TMP=${CMAKE_BINARY_DIR}/test-tmp;NODE_PATH=${CMAKE_CURRENT_SOURCE_DIR}/browser/node_modules"
    TIMEOUT 300)
endforeach()
