# trellis_add_test(Name SOURCES a.cpp ... [LIBS lib ...] [LABELS l ...] [TIMEOUT s] [ENV V=x ...])
# trellis_add_test(Name RUNS other_test [LABELS ...] [TIMEOUT s] [ENV V=x ...])
# One executable per test (or, with RUNS, another test's executable run again, with ENV telling
# it what to do differently). Each runs offscreen, in en_GB, with its own HOME and XDG folders so
# no test sees another's settings or stores.
function(trellis_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT;RUNS" "SOURCES;LIBS;LABELS;ENV" ${ARGN})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    if(ARG_RUNS)
        add_test(NAME ${name} COMMAND ${ARG_RUNS})
    else()
        add_executable(${name} ${ARG_SOURCES})
        target_link_libraries(${name} PRIVATE trellis_test_support Qt6::Test ${ARG_LIBS})
        trellis_set_warnings(${name})
        add_test(NAME ${name} COMMAND ${name})
    endif()
    set(home ${CMAKE_BINARY_DIR}/test-homes/${name})
    file(MAKE_DIRECTORY ${home}/tmp ${home}/config ${home}/data ${home}/cache)
    file(MAKE_DIRECTORY ${home}/runtime)
    file(CHMOD ${home}/runtime PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
    set_tests_properties(${name} PROPERTIES
        LABELS "${ARG_LABELS}"
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_FORCE_ASSERTS=1;LANG=en_GB.UTF-8;LC_ALL=en_GB.UTF-8;TZ=Europe/London;HOME=${home};XDG_CONFIG_HOME=${home}/config;XDG_DATA_HOME=${home}/data;XDG_CACHE_HOME=${home}/cache;XDG_RUNTIME_DIR=${home}/runtime;TMPDIR=${home}/tmp;TRELLIS_SOURCE_DIR=${CMAKE_SOURCE_DIR}")
    if(ARG_ENV)
        set_property(TEST ${name} APPEND PROPERTY ENVIRONMENT ${ARG_ENV})
    endif()
endfunction()
