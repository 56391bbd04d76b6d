# Assembles the Windows download: balcony.exe (stripped), README-windows.txt and the licence of
# everything compiled into the exe, zipped as dist/balcony-<version>-windows-x64.zip.
# Run by the windows_zip target (app/CMakeLists.txt) with EXE, STRIP, DEPS, SOURCE, VERSION, STAGE
# and OUT set.
set(name balcony-${VERSION}-windows-x64)
set(stage ${STAGE}/${name})
file(REMOVE_RECURSE ${STAGE})
file(MAKE_DIRECTORY ${stage}/licences ${OUT})
file(COPY_FILE ${EXE} ${stage}/balcony.exe)
if(STRIP)
  execute_process(COMMAND ${STRIP} --strip-unneeded ${stage}/balcony.exe COMMAND_ERROR_IS_FATAL ANY)
endif()
configure_file(${SOURCE}/assets/windows/README-windows.txt ${stage}/README-windows.txt @ONLY NEWLINE_STYLE CRLF)

# What is inside the exe, and where its licence text is: the upstream file in the Debian source
# package where there is one, else Debian's copyright file for the package it came from.
set(licences
  "Dear-ImGui.txt|${DEPS}/src/imgui/LICENSE.txt"
  "GLFW.txt|${DEPS}/src/glfw3/LICENSE.md"
  "SQLite.txt|${DEPS}/src/sqlite3/LICENSE.md"
  "http-parser.txt|${DEPS}/src/http-parser/LICENSE-MIT"
  "libqrencode.txt|${DEPS}/src/qrencode/COPYING"
  "libmosquitto-EPL-2.0.txt|${DEPS}/src/mosquitto/epl-v20"
  "libmosquitto-EDL-1.0.txt|${DEPS}/src/mosquitto/edl-v10"
  "asio.txt|/usr/share/doc/libasio-dev/copyright"
  "nlohmann-json.txt|/usr/share/doc/nlohmann-json3-dev/copyright"
  "CLI11.txt|/usr/share/doc/libcli11-dev/copyright"
  "stb.txt|/usr/share/doc/libstb-dev/copyright"
  "Inter-font.txt|/usr/share/doc/fonts-inter/copyright"
  "MinGW-w64-runtime-and-winpthreads.txt|/usr/share/doc/mingw-w64-x86-64-dev/copyright"
  "GCC-runtime-libstdc++.txt|/usr/share/doc/gcc-mingw-w64-base/copyright")
foreach(entry IN LISTS licences)
  string(REPLACE "|" ";" parts "${entry}")
  list(GET parts 0 target)
  list(GET parts 1 from)
  if(NOT EXISTS ${from})
    message(FATAL_ERROR "The licence for ${target} is missing (${from}): bash third_party/install-deps.sh --windows")
  endif()
  configure_file(${from} ${stage}/licences/${target} COPYONLY)
endforeach()
file(WRITE ${stage}/licences/README.txt
  "balcony.exe is built from Balcony's own source and these libraries, compiled in from Debian's packages:\r\n"
  "Dear ImGui, GLFW, SQLite, http-parser, libmosquitto (EPL 2.0 or EDL 1.0, Balcony takes the EDL),\r\n"
  "libqrencode (LGPL 2.1: Balcony's source and build files are\r\n"
  "available, so it can be relinked with a changed libqrencode), asio, nlohmann-json, CLI11, stb, the Inter font,\r\n"
  "and the MinGW-w64 and GCC runtimes. Each file here is that library's licence.\r\n")

file(REMOVE ${OUT}/${name}.zip)
execute_process(COMMAND ${CMAKE_COMMAND} -E tar cf ${OUT}/${name}.zip --format=zip ${name}
                WORKING_DIRECTORY ${STAGE} COMMAND_ERROR_IS_FATAL ANY)
file(SIZE ${OUT}/${name}.zip size)
math(EXPR kib "${size} / 1024")
message(STATUS "Wrote dist/${name}.zip (${kib} KiB)")
