# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: 2026 Lifeboat maintainers
# Run by cpack after the TGZ package (CPACK_POST_BUILD_SCRIPTS): the
# standalone tarball for node hosts, lifeboat-agent-VERSION-Linux-ARCH.tar.gz.
# A node host needs only Lifeboat's helper, not the wizard and its GUI
# libraries: the tarball holds the stripped lifeboat-agent, the licence and
# a README that names the distribution packages it needs (found here from
# the libraries it links, so the list cannot go stale).
if(NOT CPACK_GENERATOR STREQUAL "TGZ")
    return()
endif()

set(name lifeboat-agent-${CPACK_PACKAGE_VERSION})
set(stage ${CPACK_TOPLEVEL_DIRECTORY}/agent-tarball/${name})
file(REMOVE_RECURSE ${CPACK_TOPLEVEL_DIRECTORY}/agent-tarball)
file(MAKE_DIRECTORY ${stage})
file(COPY ${CPACK_LIFEBOAT_AGENT} ${CPACK_RESOURCE_FILE_LICENSE} DESTINATION ${stage})
execute_process(COMMAND strip --strip-unneeded ${stage}/lifeboat-agent)

# The packages that hold the libraries it needs (its NEEDED entries, as
# the dynamic loader resolves them on this Debian 13 build system).
execute_process(COMMAND ldd ${stage}/lifeboat-agent OUTPUT_VARIABLE linked COMMAND_ERROR_IS_FATAL ANY)
execute_process(COMMAND readelf -d ${stage}/lifeboat-agent OUTPUT_VARIABLE dynamic COMMAND_ERROR_IS_FATAL ANY)
string(REGEX MATCHALL "Shared library: \\[[^]]+\\]" needed "${dynamic}")
list(TRANSFORM needed REPLACE "Shared library: \\[([^]]+)\\]" "\\1")
string(REPLACE "\n" ";" lines "${linked}")
set(packages)
foreach(line IN LISTS lines)
    if(NOT line MATCHES "^[ \t]*([^ ]+) => ([^ ]+)")
        continue()
    endif()
    set(library ${CMAKE_MATCH_1})
    if(NOT library IN_LIST needed)
        continue()
    endif()
    # dpkg knows the files by their /usr path (Debian's merged /usr).
    file(REAL_PATH "${CMAKE_MATCH_2}" path)
    execute_process(COMMAND dpkg -S ${path} OUTPUT_VARIABLE owner RESULT_VARIABLE status ERROR_QUIET)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "No package holds ${library} (${path}): the node-host README cannot name it.")
    endif()
    string(REGEX REPLACE ":.*" "" owner "${owner}")
    list(APPEND packages ${owner})
endforeach()
list(REMOVE_DUPLICATES packages)
list(SORT packages)
list(JOIN packages " " package_line)
execute_process(COMMAND uname -m OUTPUT_VARIABLE arch OUTPUT_STRIP_TRAILING_WHITESPACE)

file(WRITE ${stage}/README "lifeboat-agent ${CPACK_PACKAGE_VERSION}: Lifeboat's helper on a node host
=================================================================

Lifeboat reaches each host of an AEM Forms cluster over ssh and starts this
program there (\"lifeboat-agent serve\"), which reads and writes that host's
files for it (docs/agent-protocol.md). A host that has the lifeboat package
installed has it already; this tarball is for node hosts without the wizard.

Install it (as root) on every node and storage host, at the path the
profile's hosts[].agentPath names (default below):

    apt-get install --no-install-recommends ${package_line}
    install -D -m 0755 -o root -g root lifeboat-agent /usr/libexec/lifeboat/lifeboat-agent
    /usr/libexec/lifeboat/lifeboat-agent --version

Packages: ${package_line}

Built for Debian 13 (trixie), ${arch}. The ssh user Lifeboat logs in as
must be able to read and write the AEM files: the files' owner, or a user
that may run exactly \"sudo -n /usr/libexec/lifeboat/lifeboat-agent serve\"
without a password (profile: \"sudo\": true).
")
set(tarball ${CPACK_PACKAGE_DIRECTORY}/${name}-Linux-${arch}.tar.gz)
execute_process(COMMAND ${CMAKE_COMMAND} -E tar czf ${tarball} ${name}
                WORKING_DIRECTORY ${CPACK_TOPLEVEL_DIRECTORY}/agent-tarball COMMAND_ERROR_IS_FATAL ANY)
message(STATUS "lifeboat-agent tarball for node hosts: ${tarball} (needs: ${package_line})")
