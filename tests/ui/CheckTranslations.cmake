# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when translations/ioc_vi.ts has an unfinished entry, or when running lupdate over the
# current sources (on a copy) would add, drop or unfinish anything: the catalogue must be complete
# and in sync. ioc_en.ts is checked the same way for its plural-only entries.
foreach(var LUPDATE SOURCES_LIST TS_DIR WORK_DIR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "CheckTranslations: -D${var}= is required")
  endif()
endforeach()

file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(failures "")

foreach(lang vi en)
  set(ts ${TS_DIR}/ioc_${lang}.ts)
  file(READ ${ts} original)
  string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${original}")
  list(LENGTH unfinished n)
  if(n GREATER 0)
    list(APPEND failures "ioc_${lang}.ts: ${n} unfinished entr(y/ies)")
  endif()

  set(copy ${WORK_DIR}/ioc_${lang}.ts)
  file(COPY_FILE ${ts} ${copy})
  set(extra "")
  if(lang STREQUAL "en")
    set(extra -pluralonly)
  endif()
  execute_process(COMMAND ${LUPDATE} -locations none -no-obsolete ${extra} @${SOURCES_LIST} -ts ${copy}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}):\n${out}\n${err}")
  endif()
  message(STATUS "ioc_${lang}.ts: ${out}")
  string(REGEX MATCH "\\(([0-9]+) new" new_match "${out}")
  file(READ ${copy} updated)
  string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${updated}")
  list(LENGTH unfinished n)
  if(n GREATER 0)
    list(APPEND failures
      "ioc_${lang}.ts is out of sync: lupdate over the sources leaves ${n} unfinished entr(y/ies) "
      "(run `ninja update_translations` and translate them)")
  endif()
  # -no-obsolete drops strings no longer in the sources; compare the sets of source texts.
  string(REGEX MATCHALL "<source>[^<]*</source>" before "${original}")
  string(REGEX MATCHALL "<source>[^<]*</source>" after "${updated}")
  list(LENGTH before nb)
  list(LENGTH after na)
  if(NOT nb EQUAL na)
    list(APPEND failures
      "ioc_${lang}.ts is out of sync: ${nb} source strings in the file, ${na} in the sources")
  endif()
endforeach()

if(failures)
  string(REPLACE ";" "\n  " text "${failures}")
  message(FATAL_ERROR "Translation check failed:\n  ${text}")
endif()
message(STATUS "translations complete and in sync")
