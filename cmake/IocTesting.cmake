# SPDX-License-Identifier: GPL-3.0-or-later
# ioc_add_gtest(NAME name SOURCES ... LIBS ... [LABELS ...])  — Qt-free tests (GoogleTest)
# ioc_add_qtest(NAME name SOURCES ... LIBS ... [LABELS ...])  — QtTest tests, run offscreen
function(ioc_add_gtest)
  cmake_parse_arguments(ARG "" "NAME" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${ARG_NAME} ${ARG_SOURCES})
  target_link_libraries(${ARG_NAME} PRIVATE ${ARG_LIBS} GTest::gtest GTest::gtest_main ioc_warnings)
  add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
  if(NOT ARG_LABELS)
    set(ARG_LABELS unit)
  endif()
  set_tests_properties(${ARG_NAME} PROPERTIES LABELS "${ARG_LABELS}" TIMEOUT 300
    ENVIRONMENT "IOC_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data;IOC_SOURCE_DIR=${PROJECT_SOURCE_DIR};IOCD_BINARY=$<TARGET_FILE:iocd>")
endfunction()

function(ioc_add_qtest)
  cmake_parse_arguments(ARG "" "NAME" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${ARG_NAME} ${ARG_SOURCES})
  target_link_libraries(${ARG_NAME} PRIVATE ${ARG_LIBS} Qt6::Test ioc_warnings)
  add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
  if(NOT ARG_LABELS)
    set(ARG_LABELS unit)
  endif()
  set_tests_properties(${ARG_NAME} PROPERTIES LABELS "${ARG_LABELS}" TIMEOUT 300
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;IOC_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data;IOC_SOURCE_DIR=${PROJECT_SOURCE_DIR};IOCD_BINARY=$<TARGET_FILE:iocd>")
endfunction()
