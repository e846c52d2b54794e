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
