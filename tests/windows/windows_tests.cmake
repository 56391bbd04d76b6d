# The Windows build's own checks beyond the unit suites: balcony.exe itself under Wine, driven from
# the Linux side with Node.js (ws for the phone, Xvfb for the windows).
find_program(NODE node)
find_program(XVFB_RUN xvfb-run)
if(NOT NODE OR NOT XVFB_RUN)
  message(FATAL_ERROR "The Windows checks need node and xvfb-run: bash third_party/install-deps.sh --with-tests")
endif()
set(wine_env "BALCONY_EXE=$<TARGET_FILE:balcony>;BALCONY_WINE=${CMAKE_CROSSCOMPILING_EMULATOR};BALCONY_TEST_TMP=${CMAKE_BINARY_DIR}/test-tmp;NODE_PATH=${CMAKE_CURRENT_SOURCE_DIR}/browser/node_modules")
add_test(NAME windows.headless COMMAND ${NODE} --test ${CMAKE_CURRENT_SOURCE_DIR}/windows/headless.test.js)
set_tests_properties(windows.headless PROPERTIES ENVIRONMENT "${wine_env}" TIMEOUT 300)
# The windows need one X display for the whole test, and a Wine prefix of their own: a Wine server
# started without a display (by the headless checks beside it) cannot open windows later.
add_test(NAME windows.screenshot
  COMMAND ${XVFB_RUN} -a -s "-screen 0 1920x1080x24 -noreset" ${NODE} --test ${CMAKE_CURRENT_SOURCE_DIR}/windows/screenshot.test.js)
set_tests_properties(windows.screenshot PROPERTIES
  ENVIRONMENT "${wine_env};WINEPREFIX=${CMAKE_BINARY_DIR}/wineprefix-gui" TIMEOUT 300)
# An event of many rooms: balcony.exe as a room and as the plenary, through Debian's mosquitto.
add_test(NAME windows.event COMMAND ${NODE} --test ${CMAKE_CURRENT_SOURCE_DIR}/windows/event.test.js)
set_tests_properties(windows.event PROPERTIES ENVIRONMENT "${wine_env};WINEPREFIX=${CMAKE_BINARY_DIR}/wineprefix-event"
                     TIMEOUT 300)
