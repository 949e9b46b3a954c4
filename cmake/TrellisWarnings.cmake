# Warnings and sanitizer flags for project targets only; third-party headers come in as SYSTEM.
function(trellis_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
    if(TRELLIS_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

if(TRELLIS_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

# libFuzzer targets (tests/fuzz): every project source gets coverage instrumentation and the
# sanitizers; the fuzz targets themselves add libFuzzer's main when they link.
if(TRELLIS_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "TRELLIS_FUZZ needs clang: configure with CC=clang CXX=clang++")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                        -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()
