# The Windows build's third-party targets, with the same names as on Linux. The libraries that
# are not header-only are compiled here from the Debian source packages that
# third_party/windows/fetch-sources.sh unpacked into BALCONY_WINDOWS_DEPS; header-only ones come
# from their Debian packages through that folder's include/ links.
set(BALCONY_WINDOWS_DEPS "" CACHE PATH "Folder prepared by third_party/windows/fetch-sources.sh")
if(NOT EXISTS "${BALCONY_WINDOWS_DEPS}/include/asio.hpp")
  message(FATAL_ERROR "No Windows sources in '${BALCONY_WINDOWS_DEPS}': run ./dev.sh windows, which prepares them")
endif()
set(deps ${BALCONY_WINDOWS_DEPS})
set(CMAKE_FIND_PACKAGE_TARGETS_GLOBAL ON)
set(THREADS_PREFER_PTHREAD_FLAG ON)
find_package(Threads REQUIRED)

# Header-only libraries.
add_library(balcony_asio INTERFACE)
target_include_directories(balcony_asio SYSTEM INTERFACE ${deps}/include)
target_compile_definitions(balcony_asio INTERFACE ASIO_STANDALONE ASIO_NO_DEPRECATED ASIO_DISABLE_STD_ALIGNED_ALLOC
                                                  _WIN32_WINNT=0x0A00 WIN32_LEAN_AND_MEAN NOMINMAX)
target_link_libraries(balcony_asio INTERFACE Threads::Threads ws2_32 mswsock)
add_library(thirdparty::asio ALIAS balcony_asio)
foreach(name nlohmann_json::nlohmann_json CLI11::CLI11 Catch2::Catch2)
  string(REGEX REPLACE "::.*" "" short ${name})
  add_library(balcony_headers_${short} INTERFACE)
  target_include_directories(balcony_headers_${short} SYSTEM INTERFACE ${deps}/include)
  add_library(${name} ALIAS balcony_headers_${short})
endforeach()

# C libraries, built as they are upstream: not our code, so not our warnings.
add_library(balcony_http_parser STATIC ${deps}/src/http-parser/http_parser.c)
target_include_directories(balcony_http_parser SYSTEM PUBLIC ${deps}/src/http-parser)
add_library(thirdparty::http_parser ALIAS balcony_http_parser)

add_library(balcony_sqlite3 STATIC ${deps}/sqlite3/sqlite3.c)
target_include_directories(balcony_sqlite3 SYSTEM PUBLIC ${deps}/sqlite3)
# Thread-safe, as Debian builds it; column metadata as Debian enables it; no loadable extensions.
target_compile_definitions(balcony_sqlite3 PRIVATE SQLITE_THREADSAFE=1 SQLITE_ENABLE_COLUMN_METADATA
                                                   SQLITE_DEFAULT_FOREIGN_KEYS=0 SQLITE_OMIT_LOAD_EXTENSION)
add_library(SQLite::SQLite3 ALIAS balcony_sqlite3)

# The MQTT client of an event of many rooms: libmosquitto's C sources from Debian's mosquitto
# source package, without TLS (a venue network's broker) and without its own threads (Balcony
# makes every call from the one thread of its link).
file(GLOB mosquitto_sources ${deps}/src/mosquitto/lib/*.c)
add_library(balcony_mosquitto STATIC ${mosquitto_sources})
target_include_directories(balcony_mosquitto SYSTEM PUBLIC ${deps}/src/mosquitto/include
                           PRIVATE ${deps}/src/mosquitto ${deps}/src/mosquitto/lib ${deps}/src/mosquitto/deps)
target_compile_definitions(balcony_mosquitto PUBLIC LIBMOSQUITTO_STATIC PRIVATE _WIN32_WINNT=0x0A00)
# util_mosq.c seeds its random numbers through wincrypt.h, which MSVC's windows.h brings in.
target_compile_options(balcony_mosquitto PRIVATE -w "SHELL:-include winsock2.h" "SHELL:-include windows.h"
                       "SHELL:-include wincrypt.h")
target_link_libraries(balcony_mosquitto PUBLIC ws2_32)
add_library(thirdparty::mosquitto ALIAS balcony_mosquitto)

if(BALCONY_BUILD_GUI)
  set(GLFW_BUILD_EXAMPLES OFF CACHE BOOL "" FORCE)
  set(GLFW_BUILD_TESTS OFF CACHE BOOL "" FORCE)
  set(GLFW_BUILD_DOCS OFF CACHE BOOL "" FORCE)
  set(GLFW_INSTALL OFF CACHE BOOL "" FORCE)
  add_subdirectory(${deps}/src/glfw3 ${CMAKE_BINARY_DIR}/third_party/glfw3 EXCLUDE_FROM_ALL SYSTEM)

  set(WITH_TOOLS OFF CACHE BOOL "" FORCE)
  set(WITH_TESTS OFF CACHE BOOL "" FORCE)
  set(WITHOUT_PNG ON CACHE BOOL "" FORCE)
  add_subdirectory(${deps}/src/qrencode ${CMAKE_BINARY_DIR}/third_party/qrencode EXCLUDE_FROM_ALL SYSTEM)
  target_include_directories(qrencode SYSTEM INTERFACE ${deps}/src/qrencode)
  add_library(thirdparty::qrencode ALIAS qrencode)

  set(imgui ${deps}/src/imgui)
  add_library(balcony_imgui_backends STATIC
    ${imgui}/imgui.cpp ${imgui}/imgui_draw.cpp ${imgui}/imgui_tables.cpp ${imgui}/imgui_widgets.cpp
    ${imgui}/backends/imgui_impl_glfw.cpp ${imgui}/backends/imgui_impl_opengl3.cpp
    ${CMAKE_CURRENT_LIST_DIR}/stb_image_write.c)
  target_include_directories(balcony_imgui_backends SYSTEM PUBLIC ${imgui} ${imgui}/backends ${deps}/include)
  target_link_libraries(balcony_imgui_backends PUBLIC glfw opengl32 gdi32)
  add_library(thirdparty::imgui ALIAS balcony_imgui_backends)
  set(STB_INCLUDE_DIR ${deps}/include PARENT_SCOPE)
endif()
