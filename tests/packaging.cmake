# SPDX-FileCopyrightText: 2026 The Tidemark developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of packaging/: the desktop integration files, the generated manual page and the packages.
#
# packaging_files:   .desktop and metainfo validators, names that match, the icon renders
# packaging_manpage: tidemark(1) renders without groff warnings and covers `tidemark help`
# packaging_deb:     cpack builds the .deb and .tar.gz from what is built; the .deb is unpacked
#                    with dpkg -x into a temporary root, checked, and tidemark runs from there
# The tools come from scripts/setup-deps.sh (desktop-file-utils, appstream, groff-base, man-db,
# dpkg-dev).
find_package(Qt6 6.4 REQUIRED COMPONENTS Svg)
set(TIDEMARK_PACKAGING_TESTS ${CMAKE_CURRENT_LIST_DIR}/packaging)
get_property(TIDEMARK_PACKAGING_APP_ID GLOBAL PROPERTY TIDEMARK_APP_ID)

tidemark_add_test(NAME packaging_files SOURCE ${TIDEMARK_PACKAGING_TESTS}/packaging_files.cpp
  LIBS Qt6::Gui Qt6::Svg)
target_compile_definitions(test_packaging_files PRIVATE
  TIDEMARK_APP_ID="${TIDEMARK_PACKAGING_APP_ID}"
  TIDEMARK_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
  TIDEMARK_PACKAGING_SOURCE="${PROJECT_SOURCE_DIR}/packaging"
  TIDEMARK_PACKAGING_BUILD="${PROJECT_BINARY_DIR}/packaging")

tidemark_add_test(NAME packaging_manpage SOURCE ${TIDEMARK_PACKAGING_TESTS}/packaging_manpage.cpp)
target_compile_definitions(test_packaging_manpage PRIVATE
  TIDEMARK_MANPAGE="${PROJECT_BINARY_DIR}/packaging/tidemark.1"
  TIDEMARK_BIN="$<TARGET_FILE:tidemark>")
add_dependencies(test_packaging_manpage tidemark tidemark-man)

# A sanitizer build (TIDEMARK_SANITIZE, the second pass of scripts/test.sh) is not something to
# package: the package test runs once, in the normal build.
if(TIDEMARK_SANITIZE)
  return()
endif()
tidemark_add_test(NAME packaging_deb SOURCE ${TIDEMARK_PACKAGING_TESTS}/packaging_deb.cpp TIMEOUT 400)
target_compile_definitions(test_packaging_deb PRIVATE
  TIDEMARK_APP_ID="${TIDEMARK_PACKAGING_APP_ID}"
  TIDEMARK_BUILD_DIR="${PROJECT_BINARY_DIR}"
  TIDEMARK_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
  TIDEMARK_CPACK="${CMAKE_CPACK_COMMAND}")
add_dependencies(test_packaging_deb tidemark tidemark-man)
