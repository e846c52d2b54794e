# Source lists are globbed (CONFIGURE_DEPENDS), so a new file needs no CMake edit.
# AUTOMOC under Ninja does not re-scan when the glob grows (its rule depends on
# the headers it saw before), so a new QObject header would link without its moc
# code. A file that lists the sources, rewritten only when the list changes, is made
# a dependency of the target's autogen step.
function(cais_autogen_follows_sources target)
  get_target_property(_srcs ${target} SOURCES)
  list(JOIN _srcs "\n" _content)
  file(CONFIGURE OUTPUT "${CMAKE_CURRENT_BINARY_DIR}/${target}_sources.txt" CONTENT "${_content}\n")
  set_property(TARGET ${target} APPEND PROPERTY AUTOGEN_TARGET_DEPENDS "${CMAKE_CURRENT_BINARY_DIR}/${target}_sources.txt")
endfunction()
