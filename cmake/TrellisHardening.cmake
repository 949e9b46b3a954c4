# Hardening flags for every project target (what lintian's hardening checks look for, and what
# Debian's own packages get from dpkg-buildflags): position-independent executables, full RELRO
# with immediate binding, the stack protector and glibc's fortified functions.
#
# Fortify is left out of sanitizer and fuzz builds (ASan intercepts the same functions and wants
# the plain ones) and of unoptimised builds (glibc warns that it needs -O, and -Werror would turn
# that warning into an error).
option(TRELLIS_HARDEN "Build with PIE, full RELRO, immediate binding, stack protector and _FORTIFY_SOURCE" ON)

if(TRELLIS_HARDEN)
    include(CheckPIESupported)
    check_pie_supported()
    set(CMAKE_POSITION_INDEPENDENT_CODE ON)
    add_link_options(LINKER:-z,relro LINKER:-z,now)
    if(NOT TRELLIS_SANITIZE AND NOT TRELLIS_FUZZ)
        add_compile_options(-fstack-protector-strong
                            "$<$<CONFIG:Release,RelWithDebInfo,MinSizeRel>:-U_FORTIFY_SOURCE;-D_FORTIFY_SOURCE=2>")
    endif()
endif()
