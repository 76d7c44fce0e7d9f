# SPDX-License-Identifier: GPL-3.0-or-later
set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)
if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
  set(CMAKE_BUILD_TYPE Release CACHE STRING "Build type" FORCE)
endif()

find_program(IOC_CCACHE ccache)
if(IOC_CCACHE)
  set(CMAKE_CXX_COMPILER_LAUNCHER ${IOC_CCACHE})
endif()

# Warnings for our own targets only; third-party headers come in as SYSTEM.
add_library(ioc_warnings INTERFACE)
target_compile_options(ioc_warnings INTERFACE -Wall -Wextra -Wpedantic $<$<BOOL:${IOC_WERROR}>:-Werror>)

if(IOC_SANITIZERS)
  add_compile_options(-fsanitize=${IOC_SANITIZERS} -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=${IOC_SANITIZERS})
endif()

# Beast/Asio want these once, project-wide.
add_compile_definitions(BOOST_ASIO_NO_DEPRECATED BOOST_BEAST_USE_STD_STRING_VIEW)
