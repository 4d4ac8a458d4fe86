# SPDX-FileCopyrightText: 2026 SaaSOdoo
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installers: CPack settings for every platform, in one section per platform,
# plus the install steps that only packaging needs (desktop integration on
# Linux, the Qt deploy tools on Windows and macOS). The top-level
# CMakeLists.txt includes this file last, so every target already exists.
#
# Build packages with scripts/package; docs/packaging.md explains the layout,
# what each package depends on and what has been tested where.

set(SAASODOO_PACKAGING_DIR "${CMAKE_CURRENT_LIST_DIR}")

# Release date for the Debian changelog and the AppStream metainfo. CMake
# takes it from SOURCE_DATE_EPOCH when that is set (scripts/package sets it
# to the last commit's date), so the packages are reproducible.
string(TIMESTAMP SAASODOO_RELEASE_DATE "%Y-%m-%d" UTC)
string(TIMESTAMP SAASODOO_RELEASE_DATE_RFC2822 "%a, %d %b %Y %H:%M:%S +0000" UTC)

set(SAASODOO_PACKAGE_MAINTAINER "SaaSOdoo <packaging@saasodoo.example>")
set(SAASODOO_PACKAGE_SUMMARY "Desktop console for hosting Odoo")

# ---------------------------------------------------------------------------
# Settings shared by every generator
# ---------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME "saasodoo-console")
set(CPACK_PACKAGE_VENDOR "SaaSOdoo")
set(CPACK_PACKAGE_CONTACT "${SAASODOO_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${SAASODOO_PACKAGE_SUMMARY}")
# Debian and RPM show the summary as the synopsis and this text as the long
# description; keep its lines under 80 columns for lintian.
set(CPACK_PACKAGE_DESCRIPTION "\
SaaSOdoo Console is a desktop application for people who host Odoo for
several customers. It keeps a catalog of Docker hosts, customers, tenants
and Odoo instances, creates and restores backups (Odoo's zip downloads and
pg_dump archives, stored locally or on S3), runs long operations as jobs
that can be followed and cancelled, and tracks plans, subscriptions,
invoices and payments.

The package also contains 'saasodoo', a command-line tool that drives the
same core services for scripting. Passwords are kept in the desktop's
keychain through QtKeychain.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "SaaSOdoo Console")
set(CPACK_PACKAGE_EXECUTABLES "saasodoo-console" "SaaSOdoo Console")
set(CPACK_RESOURCE_FILE_LICENSE "${SAASODOO_PACKAGING_DIR}/LICENSE.GPL-3.0.txt")
set(CPACK_STRIP_FILES ON)
string(TOLOWER "${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR}" _saasodoo_system)
set(CPACK_PACKAGE_FILE_NAME "${CPACK_PACKAGE_NAME}-${PROJECT_VERSION}-${_saasodoo_system}")

if(UNIX AND NOT APPLE)
    # -----------------------------------------------------------------------
    # Linux: DEB, RPM and TGZ
    # -----------------------------------------------------------------------
    include("${SAASODOO_PACKAGING_DIR}/linux/DesktopIntegration.cmake")

    # DEB and RPM install under /usr (their default CPACK_PACKAGING_INSTALL_PREFIX)
    # whatever CMAKE_INSTALL_PREFIX the build tree has, because every install
    # rule uses a relative destination. The TGZ holds bin/ and share/ under
    # one top-level directory, to unpack anywhere.
    set(CPACK_GENERATOR "DEB;RPM;TGZ")

    # Debian. dpkg-shlibdeps adds, with version constraints, each shared
    # library whose symbols the programs use. DEPENDS adds what is only loaded
    # at run time: the Qt SQL drivers and platform and SVG plugins, libsecret
    # (QtKeychain opens it with dlopen) and the PostgreSQL client tools that
    # backups run. It also names the libraries the core links, because
    # dpkg-shlibdeps drops a library until code that the programs reach calls
    # it. lintian accepts a package named twice in Depends.
    set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${SAASODOO_PACKAGE_MAINTAINER}")
    set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS
        "libqt6sql6-sqlite (>= 6.4), libqt6sql6-psql (>= 6.4), libqt6svg6 (>= 6.4), \
qt6-qpa-plugins (>= 6.4), libsecret-1-0, postgresql-client, \
libqt6widgets6 (>= 6.4), libqt6network6 (>= 6.4), libqt6sql6 (>= 6.4), libqt6keychain1, \
libpq5, libcurl4, libarchive13, libisal2")
    # QtKeychain needs a Secret Service provider or the KWallet daemon
    # (libkf5wallet-bin) on the session bus.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | libkf5wallet-bin | keepassxc")
    set(CPACK_DEBIAN_PACKAGE_SUGGESTS "docker.io")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

    # RPM, with Fedora's package names. rpmbuild adds the shared libraries
    # that the programs link on its own (AutoReq); REQUIRES lists the
    # run-time-only pieces, as for Debian.
    set(CPACK_RPM_FILE_NAME "RPM-DEFAULT")
    set(CPACK_RPM_PACKAGE_RELEASE "1")
    set(CPACK_RPM_PACKAGE_LICENSE "GPL-3.0-or-later")
    set(CPACK_RPM_PACKAGE_GROUP "Applications/System")
    set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
    # The /usr/lib/.build-id links belong in a -debuginfo package, and CPack
    # builds none.
    set(CPACK_RPM_SPEC_MORE_DEFINE "%define _build_id_links none")
    set(CPACK_RPM_PACKAGE_AUTOREQ ON)
    set(CPACK_RPM_PACKAGE_REQUIRES
        "qt6-qtbase >= 6.4, qt6-qtbase-gui >= 6.4, qt6-qtbase-postgresql >= 6.4, \
qt6-qtsvg >= 6.4, qtkeychain-qt6, libsecret, libpq, libcurl, libarchive, isa-l, postgresql")
    set(CPACK_RPM_PACKAGE_SUGGESTS "gnome-keyring")
    # Directories that the filesystem, hicolor-icon-theme and shared-mime-info
    # packages own; the package must list only its own files inside them.
    set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/applications
        /usr/share/icons
        /usr/share/icons/hicolor
        /usr/share/icons/hicolor/scalable
        /usr/share/icons/hicolor/scalable/apps
        /usr/share/metainfo
        /usr/share/mime
        /usr/share/mime/packages
        /usr/share/man
        /usr/share/man/man1
        /usr/share/doc)
    foreach(size IN LISTS SAASODOO_ICON_SIZES)
        list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
            "/usr/share/icons/hicolor/${size}x${size}"
            "/usr/share/icons/hicolor/${size}x${size}/apps")
    endforeach()

elseif(WIN32)
    # -----------------------------------------------------------------------
    # Windows: NSIS installer and a ZIP
    # -----------------------------------------------------------------------
    # NOTE: never built here (no Windows machine); .github/workflows/packages.yml
    # builds it on a hosted runner.
    set(CPACK_GENERATOR "NSIS;ZIP")
    set(CPACK_NSIS_PACKAGE_NAME "SaaSOdoo Console ${PROJECT_VERSION}")
    set(CPACK_NSIS_DISPLAY_NAME "SaaSOdoo Console")
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_CONTACT "${SAASODOO_PACKAGE_MAINTAINER}")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\saasodoo-console.exe")
    set(CPACK_NSIS_MUI_FINISHPAGE_RUN "saasodoo-console.exe")
    # Puts bin\ on PATH (after asking) so 'saasodoo' works in a terminal.
    set(CPACK_NSIS_MODIFY_PATH ON)

    set_target_properties(saasodoo-console PROPERTIES WIN32_EXECUTABLE ON)

    # windeployqt copies the Qt DLLs and plugins (platforms, styles, SQL
    # drivers, image formats, SVG icon engine) next to the programs. It runs
    # when CPack stages the install tree, so the installer carries its result.
    set(_saasodoo_qt_bin "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
    find_program(SAASODOO_WINDEPLOYQT windeployqt HINTS "${_saasodoo_qt_bin}" REQUIRED)
    install(CODE "
        set(_bin \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
        foreach(_exe saasodoo-console.exe saasodoo.exe)
            execute_process(
                COMMAND \"${SAASODOO_WINDEPLOYQT}\" --release --no-compiler-runtime
                        --dir \"\${_bin}\" \"\${_bin}/\${_exe}\"
                RESULT_VARIABLE _result)
            if(NOT _result EQUAL 0)
                message(FATAL_ERROR \"windeployqt failed on \${_exe} with \${_result}\")
            endif()
        endforeach()
    ")

    # The other DLLs: QtKeychain, libpq, libcurl, libarchive and what they
    # load (OpenSSL, zlib, ...). They are looked up next to QtKeychain, in
    # vcpkg's bin directory and in PATH; Windows' own DLLs stay out.
    set(_saasodoo_dll_dirs "\"$<TARGET_FILE_DIR:qt6keychain>\"")
    if(VCPKG_INSTALLED_DIR AND VCPKG_TARGET_TRIPLET)
        string(APPEND _saasodoo_dll_dirs " \"${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin\"")
    endif()
    install(CODE "
        set(_bin \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
        file(TO_CMAKE_PATH \"\$ENV{PATH}\" _path)
        file(GET_RUNTIME_DEPENDENCIES
            EXECUTABLES \"\${_bin}/saasodoo-console.exe\" \"\${_bin}/saasodoo.exe\"
            DIRECTORIES ${_saasodoo_dll_dirs} \${_path}
            RESOLVED_DEPENDENCIES_VAR _resolved
            UNRESOLVED_DEPENDENCIES_VAR _unresolved
            PRE_EXCLUDE_REGEXES \"^api-ms-\" \"^ext-ms-\"
            POST_EXCLUDE_REGEXES \"[Ss][Yy][Ss][Tt][Ee][Mm]32/\")
        foreach(_dll IN LISTS _resolved)
            file(INSTALL \"\${_dll}\" DESTINATION \"\${_bin}\")
        endforeach()
        if(_unresolved)
            message(WARNING \"DLLs not found, the installer will lack them: \${_unresolved}\")
        endif()
    ")

    # The MSVC run-time DLLs, so the installer works on a Windows without the
    # Visual C++ Redistributable (windeployqt above skips them).
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
    include(InstallRequiredSystemLibraries)

    install(FILES "${SAASODOO_PACKAGING_DIR}/LICENSE.GPL-3.0.txt" DESTINATION .)

elseif(APPLE)
    # -----------------------------------------------------------------------
    # macOS: drag-and-drop disk image
    # -----------------------------------------------------------------------
    # NOTE: never built here (no Mac); .github/workflows/packages.yml builds it
    # on a hosted runner. The install rules in app/CMakeLists.txt must build
    # saasodoo-console as a MACOSX_BUNDLE installed to "." and put the CLI into
    # saasodoo-console.app/Contents/MacOS; docs/packaging.md shows the lines.
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "SaaSOdoo Console ${PROJECT_VERSION}")
    set(CPACK_DMG_FORMAT "UDBZ")
    set(CPACK_SYSTEM_NAME "macos")
    set(CPACK_PACKAGE_FILE_NAME "${CPACK_PACKAGE_NAME}-${PROJECT_VERSION}-macos-${CMAKE_SYSTEM_PROCESSOR}")

    set(SAASODOO_BUNDLE "saasodoo-console.app")
    set_target_properties(saasodoo-console PROPERTIES
        MACOSX_BUNDLE_BUNDLE_NAME "SaaSOdoo Console"
        MACOSX_BUNDLE_GUI_IDENTIFIER "example.saasodoo.Console"
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_LONG_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_COPYRIGHT "Copyright 2026 SaaSOdoo, GPL-3.0-or-later"
        MACOSX_BUNDLE_INFO_STRING "SaaSOdoo Console ${PROJECT_VERSION}")

    # macdeployqt copies the Qt frameworks and plugins and every other dylib
    # the programs load (QtKeychain, libpq, libcurl, libarchive) into the
    # bundle and rewrites their install names. -executable fixes up the CLI
    # inside the bundle too, and -libpath lets it resolve QtKeychain's @rpath
    # install name, which the installed programs carry no RPATH for.
    get_target_property(_saasodoo_is_bundle saasodoo-console MACOSX_BUNDLE)
    if(NOT _saasodoo_is_bundle)
        message(WARNING "saasodoo-console is not a MACOSX_BUNDLE target, so the DMG would "
            "hold bare programs without Qt; docs/packaging.md shows the install rules "
            "that app/CMakeLists.txt needs on macOS.")
    else()
        set(_saasodoo_qt_bin "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
        find_program(SAASODOO_MACDEPLOYQT macdeployqt HINTS "${_saasodoo_qt_bin}" REQUIRED)
        install(CODE "
            set(_app \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${SAASODOO_BUNDLE}\")
            execute_process(
                COMMAND \"${SAASODOO_MACDEPLOYQT}\" \"\${_app}\"
                        \"-executable=\${_app}/Contents/MacOS/saasodoo\"
                        \"-libpath=$<TARGET_FILE_DIR:qt6keychain>\" -verbose=1
                RESULT_VARIABLE _result)
            if(NOT _result EQUAL 0)
                message(FATAL_ERROR \"macdeployqt failed on \${_app} with \${_result}\")
            endif()
        ")
        install(FILES "${SAASODOO_PACKAGING_DIR}/LICENSE.GPL-3.0.txt"
            DESTINATION "${SAASODOO_BUNDLE}/Contents/Resources")
    endif()
endif()

include(CPack)
