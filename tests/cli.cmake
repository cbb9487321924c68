# SPDX-FileCopyrightText: 2026 The Tidemark developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of the headless command line (app/cli).
#
# cli_args: argument parsing, exit-code mapping and output formatting, compiled straight from the
# app/cli sources (no process, no server).
# cli_session, cli_stream, cli_fullsync, cli_lazy_indexes: run the command line as a child process (QProcess)
# against an in-process DevServer over loopback, with HOME and the XDG folders pointed at a
# temporary directory and no OS keychain.
#
# The binary under test is `tidemark` itself. TIDEMARK_CLI_TEST_DRIVER=ON tests
# `tidemark-cli-driver` instead: the same app/cli sources behind a three-line main(), linked
# without tidemark_ui (useful while the GUI does not build, or on a machine without its stack).
set(TIDEMARK_CLI_DIR ${CMAKE_CURRENT_LIST_DIR}/../app/cli)
set(TIDEMARK_CLI_TESTS ${CMAKE_CURRENT_LIST_DIR}/cli)
option(TIDEMARK_CLI_TEST_DRIVER "Run the CLI tests against tidemark-cli-driver instead of tidemark" OFF)

file(GLOB TIDEMARK_CLI_SOURCES CONFIGURE_DEPENDS
  ${TIDEMARK_CLI_DIR}/*.cpp ${TIDEMARK_CLI_DIR}/*.h)
set(TIDEMARK_CLI_UNIT_SOURCES
  ${TIDEMARK_CLI_DIR}/CliArgs.cpp
  ${TIDEMARK_CLI_DIR}/CliExitCodes.cpp
  ${TIDEMARK_CLI_DIR}/CliOutput.cpp
  ${TIDEMARK_CLI_DIR}/CliTerminal.cpp)

add_executable(tidemark-cli-driver EXCLUDE_FROM_ALL ${TIDEMARK_CLI_TESTS}/cli_driver_main.cpp ${TIDEMARK_CLI_SOURCES})
target_include_directories(tidemark-cli-driver PRIVATE ${TIDEMARK_CLI_DIR}/..)
target_link_libraries(tidemark-cli-driver PRIVATE tidemark_core)
tidemark_strict(tidemark-cli-driver)

if(TIDEMARK_CLI_TEST_DRIVER)
  set(TIDEMARK_CLI_TARGET tidemark-cli-driver)
else()
  set(TIDEMARK_CLI_TARGET tidemark)
endif()

tidemark_add_test(NAME cli_args SOURCE ${TIDEMARK_CLI_TESTS}/cli_args.cpp LIBS tidemark_core)
target_sources(test_cli_args PRIVATE ${TIDEMARK_CLI_UNIT_SOURCES})
target_include_directories(test_cli_args PRIVATE ${TIDEMARK_CLI_DIR}/..)

foreach(name cli_session cli_stream cli_fullsync cli_lazy_indexes)
  if(EXISTS ${TIDEMARK_CLI_TESTS}/${name}.cpp)
    tidemark_add_test(NAME ${name} SOURCE ${TIDEMARK_CLI_TESTS}/${name}.cpp LIBS tidemark_core tidemark_devserver TIMEOUT 600)
    target_compile_definitions(test_${name} PRIVATE TIDEMARK_BIN="$<TARGET_FILE:${TIDEMARK_CLI_TARGET}>")
    add_dependencies(test_${name} ${TIDEMARK_CLI_TARGET})
  endif()
endforeach()
