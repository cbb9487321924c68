# Tests of the headless command line (app/cli).
#
# cli_args: argument parsing, exit-code mapping and output formatting, compiled straight from the
# app/cli sources (no process, no server).
# cli_*: run the real `tidemark` binary with QProcess against an in-process DevServer over
# loopback, with HOME and the XDG folders pointed at a temporary directory and no OS keychain.
set(TIDEMARK_CLI_UNIT_SOURCES
  ${CMAKE_SOURCE_DIR}/app/cli/CliArgs.cpp
  ${CMAKE_SOURCE_DIR}/app/cli/CliExitCodes.cpp
  ${CMAKE_SOURCE_DIR}/app/cli/CliOutput.cpp
  ${CMAKE_SOURCE_DIR}/app/cli/CliTerminal.cpp)

tidemark_add_test(NAME cli_args SOURCE cli/cli_args.cpp LIBS tidemark_core)
target_sources(test_cli_args PRIVATE ${TIDEMARK_CLI_UNIT_SOURCES})
target_include_directories(test_cli_args PRIVATE ${CMAKE_SOURCE_DIR}/app)
