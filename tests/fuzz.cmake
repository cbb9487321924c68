# SPDX-FileCopyrightText: 2026 The Tidemark developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Fuzz targets of the protocol and DTO decoders (tests/fuzz). A normal build replays their seed
# and regression corpora through CTest; -DTIDEMARK_FUZZ=ON with clang builds the libFuzzer binaries.
add_subdirectory(${CMAKE_CURRENT_LIST_DIR}/fuzz ${CMAKE_CURRENT_BINARY_DIR}/fuzz)
