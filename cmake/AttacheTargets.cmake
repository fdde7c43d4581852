# Shared compile settings and helpers for every target of the project.

add_library(attache_settings INTERFACE)
target_compile_definitions(attache_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    ATTACHE_VERSION="${PROJECT_VERSION}")
target_compile_options(attache_settings INTERFACE -Wall -Wextra -Wshadow=local -Wnon-virtual-dtor)
if(ATTACHE_WERROR)
    target_compile_options(attache_settings INTERFACE -Werror)
endif()
if(ATTACHE_SANITIZE)
    target_compile_options(attache_settings INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                           -fno-sanitize-recover=undefined)
    target_link_options(attache_settings INTERFACE -fsanitize=address,undefined)
endif()

# attache_library(NAME folder SOURCES ... ) creates the static library attache_<folder> for one folder of app/.
# Includes name the folder ("store/database.h"), so the include root is app/.
function(attache_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES" ${ARGN})
    add_library(attache_${name} STATIC ${ARG_SOURCES})
    target_include_directories(attache_${name} PUBLIC ${PROJECT_SOURCE_DIR}/app)
    target_link_libraries(attache_${name} PRIVATE attache_settings)
endfunction()

# attache_test(NAME SOURCES ... LIBS ...) adds one Qt Test executable run by ctest.
function(attache_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE attache_settings attache_testsupport Qt6::Test ${ARG_LIBS})
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=${TEST_QPA_PLATFORM};ATTACHE_BIN_DIR=${CMAKE_BINARY_DIR}/bin;ATTACHE_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
        TIMEOUT 300)
endfunction()
