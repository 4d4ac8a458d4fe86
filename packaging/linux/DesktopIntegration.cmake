# SPDX-FileCopyrightText: 2026 SaaSOdoo
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Linux desktop integration, installed with the programs: the desktop entry,
# AppStream metainfo, hicolor icons, the MIME types for Odoo backups, man
# pages, and the copyright file and changelog that Debian policy asks for.
# Packaging.cmake includes this file on Linux only.

set(_linux_dir "${CMAKE_CURRENT_LIST_DIR}")
set(_out_dir "${CMAKE_BINARY_DIR}/packaging")
set(_doc_dir "${CMAKE_INSTALL_DATAROOTDIR}/doc/saasodoo-console")
set(SAASODOO_APPSTREAM_ID "example.saasodoo.Console")
set(SAASODOO_ICON_SIZES 16 22 24 32 48 64 128 256 512)

find_program(GZIP_EXECUTABLE gzip REQUIRED)
find_program(RSVG_CONVERT_EXECUTABLE rsvg-convert)

# Desktop entry, MIME types and metainfo. The metainfo carries the release
# version and date, so it is generated.
configure_file("${_linux_dir}/${SAASODOO_APPSTREAM_ID}.metainfo.xml.in"
    "${_out_dir}/${SAASODOO_APPSTREAM_ID}.metainfo.xml" @ONLY)
install(FILES "${_linux_dir}/saasodoo-console.desktop"
    DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/applications")
install(FILES "${_out_dir}/${SAASODOO_APPSTREAM_ID}.metainfo.xml"
    DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/metainfo")
install(FILES "${_linux_dir}/saasodoo-console-mime.xml"
    DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/mime/packages"
    RENAME "saasodoo-console.xml")

# Icons: the SVG as is, and PNGs rendered from it by rsvg-convert (librsvg2-bin).
set(_icon_svg "${PROJECT_SOURCE_DIR}/resources/icons/saasodoo.svg")
install(FILES "${_icon_svg}"
    DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/scalable/apps"
    RENAME "saasodoo-console.svg")
if(RSVG_CONVERT_EXECUTABLE)
    set(_pngs)
    foreach(size IN LISTS SAASODOO_ICON_SIZES)
        set(_png "${_out_dir}/icons/${size}x${size}/saasodoo-console.png")
        add_custom_command(OUTPUT "${_png}"
            COMMAND "${CMAKE_COMMAND}" -E make_directory "${_out_dir}/icons/${size}x${size}"
            COMMAND "${RSVG_CONVERT_EXECUTABLE}" --width ${size} --height ${size}
                    --output "${_png}" "${_icon_svg}"
            DEPENDS "${_icon_svg}"
            COMMENT "Rendering the ${size}x${size} application icon"
            VERBATIM)
        list(APPEND _pngs "${_png}")
        install(FILES "${_png}"
            DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/${size}x${size}/apps")
    endforeach()
    add_custom_target(saasodoo_icons ALL DEPENDS ${_pngs})
else()
    message(WARNING "rsvg-convert not found (Debian package librsvg2-bin): the "
        "packages get only the scalable icon, without the PNG sizes.")
endif()

# Man pages, gzipped with -n so the archive holds no time stamp or file name.
set(_man_pages)
foreach(page IN ITEMS saasodoo.1 saasodoo-console.1)
    set(_gz "${_out_dir}/man/${page}.gz")
    add_custom_command(OUTPUT "${_gz}"
        COMMAND "${CMAKE_COMMAND}" -E make_directory "${_out_dir}/man"
        COMMAND "${GZIP_EXECUTABLE}" -9n -c "${_linux_dir}/${page}" > "${_gz}"
        DEPENDS "${_linux_dir}/${page}"
        COMMENT "Compressing the man page ${page}")
    list(APPEND _man_pages "${_gz}")
endforeach()
install(FILES ${_man_pages} DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")

# Debian changelog with one entry for this version, generated so that it
# always matches PROJECT_VERSION; the project's history lives in git.
configure_file("${_linux_dir}/changelog.in" "${_out_dir}/changelog" @ONLY)
add_custom_command(OUTPUT "${_out_dir}/changelog.gz"
    COMMAND "${GZIP_EXECUTABLE}" -9n -c "${_out_dir}/changelog" > "${_out_dir}/changelog.gz"
    DEPENDS "${_out_dir}/changelog"
    COMMENT "Compressing the Debian changelog")
add_custom_target(saasodoo_packaging_docs ALL DEPENDS ${_man_pages} "${_out_dir}/changelog.gz")
install(FILES "${_linux_dir}/copyright" "${_out_dir}/changelog.gz" DESTINATION "${_doc_dir}")

# systemd user units that run the billing run and the due backups hourly,
# and the Paynow result receiver, for machines where no console stays open.
# They are user units because the secrets are in that user's keychain.
install(FILES
        "${_linux_dir}/systemd/saasodoo-dunning.service"
        "${_linux_dir}/systemd/saasodoo-dunning.timer"
        "${_linux_dir}/systemd/saasodoo-backup.service"
        "${_linux_dir}/systemd/saasodoo-backup.timer"
        "${_linux_dir}/systemd/saasodoo-paynow-listener.service"
    DESTINATION "lib/systemd/user")
