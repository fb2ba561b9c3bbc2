# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: 2026 Lifeboat maintainers
# Read by cpack for each generator (CPACK_PROJECT_CONFIG_FILE).
if(CPACK_GENERATOR STREQUAL "DEB")
    # dpkg-shlibdeps needs CPackDeb to find the ELF files, which it does with
    # file(1); without it, a readelf-based stand-in answers the same question.
    find_program(FILE_EXECUTABLE file)
    if(NOT FILE_EXECUTABLE)
        set(FILE_EXECUTABLE "${CPACK_LIFEBOAT_PACKAGING_DIR}/elf-file-type.sh")
    endif()
endif()
