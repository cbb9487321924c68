# SPDX-FileCopyrightText: 2026 The Tidemark developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Strict settings applied to every Tidemark target through tidemark_strict(<target>).
# The Qt definitions forbid implicit conversions between QString, QByteArray, const char* and
# QUrl, so every encoding decision is written down where it happens.
add_library(tidemark_compile_settings INTERFACE)
target_compile_definitions(tidemark_compile_settings INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_FOREACH
  QT_STRICT_ITERATORS
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  TIDEMARK_VERSION_STRING="${PROJECT_VERSION}")
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  # -Wshadow=local is gcc's spelling; clang (the fuzz build) has no such option.
  set(tidemark_shadow_warning -Wshadow-uncaptured-local)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    set(tidemark_shadow_warning -Wshadow=local)
  endif()
  target_compile_options(tidemark_compile_settings INTERFACE
    -Wall -Wextra -Wpedantic ${tidemark_shadow_warning} -Wnon-virtual-dtor -Wcast-align
    -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)
  if(TIDEMARK_WERROR)
    target_compile_options(tidemark_compile_settings INTERFACE -Werror)
  endif()
endif()

option(TIDEMARK_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(TIDEMARK_SANITIZE)
  # -g1: line tables only, enough for the sanitizers' stack traces. With full -g every test
  # executable carries its own copy of the static libraries' debug information and the
  # sanitizer tree alone takes about 11 GB.
  target_compile_options(tidemark_compile_settings INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined -g1)
  target_link_options(tidemark_compile_settings INTERFACE -fsanitize=address,undefined)
endif()

# libFuzzer targets: set by tests/fuzz when it is configured as a project of its own (clang; see
# scripts/fuzz.sh). Separate from TIDEMARK_SANITIZE so a fuzz tree builds only the decoders.
add_library(tidemark_fuzz_settings INTERFACE)
if(TIDEMARK_FUZZ)
  target_compile_options(tidemark_fuzz_settings INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(tidemark_fuzz_settings INTERFACE -fsanitize=address,undefined)
endif()

function(tidemark_strict target)
  target_link_libraries(${target} PRIVATE tidemark_compile_settings)
endfunction()
