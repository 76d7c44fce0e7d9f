# SPDX-License-Identifier: GPL-3.0-or-later
# ioc_add_gtest(NAME name SOURCES ... LIBS ... [LABELS ...])  — Qt-free tests (GoogleTest)
# ioc_add_qtest(NAME name SOURCES ... LIBS ... [LABELS ...])  — QtTest tests, run offscreen
function(_ioc_add_test name kind_libs env)
  cmake_parse_arguments(ARG "" "NAME" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_LIBS} ${kind_libs} ioc_warnings)
  add_test(NAME ${name} COMMAND ${name})
  if(NOT ARG_LABELS)
    set(ARG_LABELS unit)
  endif()
  set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}" TIMEOUT 300 ENVIRONMENT
    "${env}IOC_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data;IOC_SOURCE_DIR=${PROJECT_SOURCE_DIR};IOCD_BINARY=$<TARGET_FILE:iocd>")
endfunction()

function(ioc_add_gtest)
  cmake_parse_arguments(ARG "" "NAME" "" ${ARGN})
  _ioc_add_test(${ARG_NAME} "GTest::gtest;GTest::gtest_main" "" ${ARGN})
endfunction()

function(ioc_add_qtest)
  cmake_parse_arguments(ARG "" "NAME" "" ${ARGN})
  _ioc_add_test(${ARG_NAME} "Qt6::Test" "QT_QPA_PLATFORM=offscreen;" ${ARGN})
endfunction()
