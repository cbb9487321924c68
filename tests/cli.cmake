# Tests of the headless command line (app/cli).
#
# cli_args: argument parsing, exit-code mapping and output formatting, compiled straight from the
# app/cli sources (no process, no server).
# cli_session, cli_stream, cli_fullsync: run the command line as a child process (QProcess)
# against an in-process DevServer over loopback, with HOME and the XDG folders pointed at a
# temporary directory and no OS keychain.
#
# The binary under test is `tidemark` itself. TIDEMARK_CLI_TEST_DRIVER=ON tests
# `tidemark-cli-driver` instead: the same app/cli sources behind a three-line main(), linked
# without tidemark_ui (useful while the GUI does not build, or on a machine without its stack).
option(TIDEMARK_CLI_TEST_DRIVER "Run the CLI tests against tidemark-cli-driver instead of tidemark" OFF)

file(GLOB TIDEMARK_CLI_SOURCES CONFIGURE_DEPENDS
  ${CMAKE_SOURCE_DIR}/app/cli/*.cpp ${CMAKE_SOURCE_DIR}/app/cli/*.h)
set(TIDEMARK_CLI_UNIT_SOURCES
  ${CMAKE_SOURCE_DIR}/app/cli/CliArgs.cpp
  ${CMAKE_SOURCE_DIR}/app/cli/CliExitCodes.cpp
  ${CMAKE_SOURCE_DIR}/app/cli/CliOutput.cpp
  ${CMAKE_SOURCE_DIR}/app/cli/CliTerminal.cpp)

add_executable(tidemark-cli-driver EXCLUDE_FROM_ALL cli/cli_driver_main.cpp ${TIDEMARK_CLI_SOURCES})
target_include_directories(tidemark-cli-driver PRIVATE ${CMAKE_SOURCE_DIR}/app)
target_link_libraries(tidemark-cli-driver PRIVATE tidemark_core)
tidemark_strict(tidemark-cli-driver)

if(TIDEMARK_CLI_TEST_DRIVER)
  set(TIDEMARK_CLI_TARGET tidemark-cli-driver)
else()
  set(TIDEMARK_CLI_TARGET tidemark)
endif()

tidemark_add_test(NAME cli_args SOURCE cli/cli_args.cpp LIBS tidemark_core)
target_sources(test_cli_args PRIVATE ${TIDEMARK_CLI_UNIT_SOURCES})
target_include_directories(test_cli_args PRIVATE ${CMAKE_SOURCE_DIR}/app)

foreach(name cli_session cli_stream cli_fullsync)
  if(EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/cli/${name}.cpp)
    tidemark_add_test(NAME ${name} SOURCE cli/${name}.cpp LIBS tidemark_core tidemark_devserver TIMEOUT 600)
    target_compile_definitions(test_${name} PRIVATE TIDEMARK_BIN="$<TARGET_FILE:${TIDEMARK_CLI_TARGET}>")
    add_dependencies(test_${name} ${TIDEMARK_CLI_TARGET})
  endif()
endforeach()
