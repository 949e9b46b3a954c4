# The Debian package: `cpack` in a build directory writes trellis_<version>_<arch>.deb holding
# trellis, trellisctl, the central store's scripts and templates, the man pages, the desktop
# entry, the AppStream metainfo, the icon and /usr/share/doc/trellis. Only the install rules of
# app/ and this file feed it, so no test or benchmark program ends up in the package.
# scripts/test-package.sh builds, checks, installs and removes it.

set(TRELLIS_PACKAGE_MAINTAINER "Trellis maintainers <maintainers@users.noreply.r-seed-5dbeb1c2.example>"
    CACHE STRING "Maintainer field of the Debian package")

# The version lives in project(); the changelog and the metainfo name it too. Refusing to
# configure when they disagree keeps the package from claiming a release it is not.
file(STRINGS ${CMAKE_SOURCE_DIR}/packaging/debian/changelog TRELLIS_CHANGELOG_TOP LIMIT_COUNT 1)
if(NOT TRELLIS_CHANGELOG_TOP MATCHES "^trellis \\(${PROJECT_VERSION}\\) ")
    message(FATAL_ERROR "packaging/debian/changelog starts with \"${TRELLIS_CHANGELOG_TOP}\"; "
                        "its first entry must be version ${PROJECT_VERSION}, the project's version")
endif()
file(READ ${CMAKE_SOURCE_DIR}/packaging/linux/org.trellis.Trellis.metainfo.xml TRELLIS_METAINFO)
if(NOT TRELLIS_METAINFO MATCHES "<release version=\"${PROJECT_VERSION}\"")
    message(FATAL_ERROR "packaging/linux/org.trellis.Trellis.metainfo.xml has no <release version=\""
                        "${PROJECT_VERSION}\">: add the release the project's version names")
endif()

include(GNUInstallDirs)

# Man pages are written by hand in packaging/man and installed gzipped (gzip -9n: no name or
# time stamp, so the same source gives the same bytes), as Debian policy asks.
set(TRELLIS_MAN_PAGES trellisctl.1 trellis-central-setup.8 trellis-central-backup.8 trellis-central-restore.8)
if(TRELLIS_BUILD_GUI)
    list(APPEND TRELLIS_MAN_PAGES trellis.1)
endif()
set(TRELLIS_MAN_GZ)
foreach(page IN LISTS TRELLIS_MAN_PAGES)
    set(compressed ${CMAKE_BINARY_DIR}/packaging/man/${page}.gz)
    add_custom_command(OUTPUT ${compressed}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/packaging/man
        COMMAND gzip -9n -c ${CMAKE_SOURCE_DIR}/packaging/man/${page} > ${compressed}
        DEPENDS ${CMAKE_SOURCE_DIR}/packaging/man/${page} COMMENT "Compressing the man page ${page}" VERBATIM)
    list(APPEND TRELLIS_MAN_GZ ${compressed})
    string(REGEX REPLACE ".*\\." "" section ${page})
    install(FILES ${compressed} DESTINATION ${CMAKE_INSTALL_MANDIR}/man${section})
endforeach()
add_custom_target(trellis_man_pages ALL DEPENDS ${TRELLIS_MAN_GZ})

# The central store's deployment (packaging/central, docs/admin-guide.md): the three scripts for
# root, and beside them in /usr/share/trellis/central the templates trellis-central-setup reads
# and the nightly backup examples (systemd timer, cron) an administrator copies into place.
# Nothing is enabled or started by installing the package.
install(PROGRAMS ${CMAKE_SOURCE_DIR}/packaging/central/trellis-central-setup
                 ${CMAKE_SOURCE_DIR}/packaging/central/trellis-central-backup
                 ${CMAKE_SOURCE_DIR}/packaging/central/trellis-central-restore
        DESTINATION ${CMAKE_INSTALL_SBINDIR})
install(FILES ${CMAKE_SOURCE_DIR}/packaging/central/trellis-central.conf
              ${CMAKE_SOURCE_DIR}/packaging/central/pg_hba.conf.in
              ${CMAKE_SOURCE_DIR}/packaging/central/trellis-central-backup.service
              ${CMAKE_SOURCE_DIR}/packaging/central/trellis-central-backup.timer
              ${CMAKE_SOURCE_DIR}/packaging/central/trellis-central-backup.cron
        DESTINATION ${CMAKE_INSTALL_DATADIR}/trellis/central)

# /usr/share/doc/trellis: the copyright file as it is, the changelog compressed as Debian
# policy asks (gzip -9n: no name or time stamp, so the same source gives the same bytes).
set(TRELLIS_DOC_DIR share/doc/trellis)
set(TRELLIS_CHANGELOG_GZ ${CMAKE_BINARY_DIR}/packaging/changelog.gz)
add_custom_command(OUTPUT ${TRELLIS_CHANGELOG_GZ}
    COMMAND gzip -9n -c ${CMAKE_SOURCE_DIR}/packaging/debian/changelog > ${TRELLIS_CHANGELOG_GZ}
    DEPENDS ${CMAKE_SOURCE_DIR}/packaging/debian/changelog
    COMMENT "Compressing the package changelog" VERBATIM)
add_custom_target(trellis_package_changelog ALL DEPENDS ${TRELLIS_CHANGELOG_GZ})
install(FILES ${CMAKE_SOURCE_DIR}/packaging/debian/copyright ${TRELLIS_CHANGELOG_GZ} DESTINATION ${TRELLIS_DOC_DIR})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME trellis)
set(CPACK_PACKAGE_VENDOR "Trellis")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${TRELLIS_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/package)
set(CPACK_STRIP_FILES ON)
# Directories 0755 whatever the umask of whoever runs cpack.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "offline-first caseload tool for youth justice services")
set(CPACK_PACKAGE_DESCRIPTION
"Trellis keeps a youth justice caseworker's caseload on their own computer:
young people, contacts, interventions, episodes and safety plans, in a
store encrypted with SQLCipher 4 (AES-256) that works without a network.
When a connection is available it synchronises with the service's central
PostgreSQL database over verified TLS, where row-level security decides
what each worker sees. Supervisors and managers get a dashboard of team
caseload, overdue work and the Youth Justice Board's indicators, with
small numbers suppressed in every export.

This package contains the desktop application (trellis) and the
command-line tool (trellisctl) for store administration, import and
export, synchronisation and setting up the central database.")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# dpkg-shlibdeps names the libraries the programs link (Qt 6, SQLCipher, libphonenumber, libpq)
# with the package names of the Debian release that builds the package (bookworm's libqt6core6,
# trixie's libqt6core6t64, ...), so nothing here names a release's library packages.
# What trellis loads at run time shlibdeps cannot see: Qt's xcb platform plugin. Debian ships it
# in libqt6gui6 itself (qt6-qpa-plugins holds only the vnc and tuiotouch plugins, which Trellis
# does not use), so the Depends line needs nothing more. scripts/test-package.sh runs the
# installed GUI and fails if the platform plugin it loaded comes from a package not in Depends.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Only a central store's server needs PostgreSQL (trellis-central-setup installs it if missing).
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "postgresql")

include(CPack)
