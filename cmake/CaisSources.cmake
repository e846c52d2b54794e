# Source lists are globbed (CONFIGURE_DEPENDS), so a new file needs no CMake edit.
# AUTOMOC under Ninja does not re-scan when the glob grows: its rule depends on the
# headers it saw before (AUTOGEN_TARGET_DEPENDS only orders it), so a new QObject
# header would link without its moc code. When a target's source list changes, the
# autogen stamp is removed at configure time, so the next build re-runs autogen.
function(cais_autogen_follows_sources target)
  get_target_property(_srcs ${target} SOURCES)
  list(JOIN _srcs "\n" _content)
  set(_list "${CMAKE_CURRENT_BINARY_DIR}/${target}_sources.txt")
  set(_old "")
  if(EXISTS "${_list}")
    file(READ "${_list}" _old)
  endif()
  if(NOT _old STREQUAL "${_content}\n")
    file(WRITE "${_list}" "${_content}\n")
    file(REMOVE "${CMAKE_CURRENT_BINARY_DIR}/${target}_autogen/timestamp")
  endif()
endfunction()

# Unity builds: each library compiles its sources in batches of 8 files per compiler
# run. Every run loads a precompiled header of 200-300 MB, which costs about 3.7 s of
# CPU before the first line of the file is read; in batches that cost is paid once per
# eight files, and the code the files share (Qt templates) is generated once.
# Consequence for the code: names in anonymous namespaces must be unique within a
# library (share a helper instead of copying it). CAIS_UNITY=OFF (or the environment
# variable CAIS_NO_UNITY=1 with tools/dev) builds file by file.
option(CAIS_UNITY "Compile each library in batches of files (unity build)" ON)
if(DEFINED ENV{CAIS_NO_UNITY} AND NOT "$ENV{CAIS_NO_UNITY}" STREQUAL "" AND NOT "$ENV{CAIS_NO_UNITY}" STREQUAL "0")
  set(CAIS_UNITY OFF)
endif()
function(cais_unity target)
  if(CAIS_UNITY)
    set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 8)
  endif()
endfunction()
