# Helpers that give every Mizan target the same standard, warnings and sanitizer flags.
#
#   mizan_library(NAME text SRCS a.cc b.cc DEPS mizan::base PkgConfig::ICU)
#     creates the static library mizan_text and its alias mizan::text; includes are rooted
#     at src/ so code writes #include "mizan/text/normalize.h".
#   mizan_test(NAME text_test SRCS a_test.cc DEPS mizan::text)
#     creates a GoogleTest executable and registers its tests with CTest.

function(mizan_apply_options target)
  target_compile_features(${target} PUBLIC cxx_std_20)
  set_target_properties(${target} PROPERTIES CXX_EXTENSIONS OFF)
  # GCC 12 reports std::optional<std::string> members as "maybe uninitialized" through
  # inlined moves (a known false positive), which -Werror would turn into a broken build.
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
                                           -Wnon-virtual-dtor -Wno-missing-field-initializers
                                           $<$<CXX_COMPILER_ID:GNU>:-Wno-maybe-uninitialized>)
  if(MIZAN_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  if(MIZAN_SANITIZE)
    string(REPLACE ";" "," sanitizers "${MIZAN_SANITIZE}")
    target_compile_options(${target} PRIVATE -fsanitize=${sanitizers} -fno-omit-frame-pointer
                                             -fno-sanitize-recover=undefined)
    target_link_options(${target} PRIVATE -fsanitize=${sanitizers})
  endif()
endfunction()

function(mizan_library)
  cmake_parse_arguments(ARG "" "NAME" "SRCS;DEPS" ${ARGN})
  add_library(mizan_${ARG_NAME} STATIC ${ARG_SRCS})
  add_library(mizan::${ARG_NAME} ALIAS mizan_${ARG_NAME})
  target_include_directories(mizan_${ARG_NAME} PUBLIC "${PROJECT_SOURCE_DIR}/src")
  target_link_libraries(mizan_${ARG_NAME} PUBLIC ${ARG_DEPS})
  mizan_apply_options(mizan_${ARG_NAME})
endfunction()

function(mizan_test)
  if(NOT MIZAN_BUILD_TESTS)
    return()
  endif()
  cmake_parse_arguments(ARG "" "NAME" "SRCS;DEPS" ${ARGN})
  add_executable(mizan_${ARG_NAME} ${ARG_SRCS})
  target_link_libraries(mizan_${ARG_NAME} PRIVATE ${ARG_DEPS} GTest::gtest GTest::gtest_main)
  target_include_directories(mizan_${ARG_NAME} PRIVATE "${PROJECT_SOURCE_DIR}")
  mizan_apply_options(mizan_${ARG_NAME})
  # PRE_TEST discovery keeps the build from running sanitizer binaries at link time.
  gtest_discover_tests(mizan_${ARG_NAME} DISCOVERY_MODE PRE_TEST
                       PROPERTIES ENVIRONMENT "MIZAN_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
                       DISCOVERY_TIMEOUT 60)
endfunction()
