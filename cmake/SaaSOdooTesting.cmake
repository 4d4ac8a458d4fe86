# saasodoo_add_test(NAME <name> SOURCES <files...> LABELS <unit|integration|gui>
#                   [LIBRARIES <targets...>] [TIMEOUT <seconds>])
#
# Builds one Qt Test executable and registers it with CTest. Every test runs
# with a fixed locale and forced Qt asserts; gui tests use the offscreen
# platform so they need no display.
function(saasodoo_add_test)
    cmake_parse_arguments(arg "" "NAME;TIMEOUT" "SOURCES;LABELS;LIBRARIES" ${ARGN})
    add_executable(${arg_NAME} ${arg_SOURCES})
    target_link_libraries(${arg_NAME} PRIVATE saasodoo_testsupport Qt6::Test ${arg_LIBRARIES})
    target_compile_definitions(${arg_NAME} PRIVATE QT_FORCE_ASSERTS)
    add_test(NAME ${arg_NAME} COMMAND ${arg_NAME})

    set(environment "LANG=C.UTF-8" "LC_ALL=C.UTF-8" "QT_FORCE_STDERR_LOGGING=1")
    if("gui" IN_LIST arg_LABELS)
        list(APPEND environment "QT_QPA_PLATFORM=offscreen")
    endif()
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 300)
    endif()
    set_tests_properties(${arg_NAME} PROPERTIES
        LABELS "${arg_LABELS}"
        ENVIRONMENT "${environment}"
        TIMEOUT ${arg_TIMEOUT})
endfunction()
