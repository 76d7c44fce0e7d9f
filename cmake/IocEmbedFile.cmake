# SPDX-License-Identifier: GPL-3.0-or-later
# ioc_embed_file(TARGET target FILE path SYMBOL name)
# Compiles a file's bytes into the Qt-free server library (no Qt resources there), exposed as
#   std::string_view name();  in namespace ioc::embedded
function(ioc_embed_file)
  cmake_parse_arguments(ARG "" "TARGET;FILE;SYMBOL" "" ${ARGN})
  set(out ${CMAKE_CURRENT_BINARY_DIR}/embedded_${ARG_SYMBOL}.cpp)
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DIN=${ARG_FILE} -DOUT=${out} -DSYMBOL=${ARG_SYMBOL}
            -P ${PROJECT_SOURCE_DIR}/cmake/IocEmbedFileScript.cmake
    DEPENDS ${ARG_FILE} ${PROJECT_SOURCE_DIR}/cmake/IocEmbedFileScript.cmake
    COMMENT "Embedding ${ARG_FILE}")
  target_sources(${ARG_TARGET} PRIVATE ${out})
endfunction()
