# its_add_qtest(<name> LABEL <unit|qml|integration|bench> SOURCES ... [LIBS ...] [ENV ...] [TIMEOUT s])
# Builds a Qt Test executable and registers it with ctest under one label.
function(its_add_qtest name)
  cmake_parse_arguments(ARG "" "LABEL;TIMEOUT" "SOURCES;LIBS;ENV" ${ARGN})
  if(NOT ARG_LABEL)
    message(FATAL_ERROR "its_add_qtest(${name}): LABEL is required")
  endif()
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE Qt6::Test ITS::core its_warnings ${ARG_LIBS})
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
  target_compile_definitions(${name} PRIVATE
    ITS_SOURCE_DIR="${PROJECT_SOURCE_DIR}" ITS_BINARY_DIR="${PROJECT_BINARY_DIR}")
  add_test(NAME ${name} COMMAND ${name})
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 300)
  endif()
  set_tests_properties(${name} PROPERTIES LABELS ${ARG_LABEL} TIMEOUT ${ARG_TIMEOUT}
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;${ARG_ENV}")
endfunction()

# Adds every subdirectory of the current folder that has a CMakeLists.txt, so each area of the
# code keeps its tests in its own folder without editing a shared list. A folder holding an
# empty file named NEEDS_APP is skipped when the app (Qt Quick, platform layer) is not built,
# as in the ASan preset.
function(its_add_test_subdirectories)
  file(GLOB children LIST_DIRECTORIES true RELATIVE ${CMAKE_CURRENT_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR}/*)
  list(SORT children)
  foreach(child ${children})
    if(IS_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}/${child} AND EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/${child}/CMakeLists.txt)
      if(NOT ITS_BUILD_APP AND EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/${child}/NEEDS_APP)
        continue()
      endif()
      add_subdirectory(${child})
    endif()
  endforeach()
endfunction()
