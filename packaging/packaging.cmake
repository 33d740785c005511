# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mailscope developers
# Install rules and CPack: a Debian package on Linux (cpack -G DEB, built and checked by CI), an
# NSIS installer on Windows and a drag-and-drop .dmg on macOS (packaging/windows/build.ps1 and
# packaging/macos/build.sh; not built here). The only WIN32/APPLE branches of the build.
include(GNUInstallDirs)

set(MAILSCOPE_ID io.github.mailscope.Mailscope)
set(MAILSCOPE_HOMEPAGE https://github.com/mailscope/mailscope)
set(MAILSCOPE_MAINTAINER "Mailscope developers <mailscope@users.noreply.github.com>"
    CACHE STRING "Maintainer named in the packages")

set(CPACK_PACKAGE_NAME mailscope)
set(CPACK_PACKAGE_VENDOR "Mailscope developers")
set(CPACK_PACKAGE_CONTACT "${MAILSCOPE_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${MAILSCOPE_HOMEPAGE}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Lines under 80 columns and an empty line between paragraphs, as Debian's control file wants.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
  "Mailscope opens real IMAP and SMTP sessions with a mail server, records every"
  "byte as a transcript with microsecond timestamps, names the fault in plain"
  "words and says which settings to change in the mail program and what to tell"
  "the server's admins."
  ""
  "It finds idle connections dropped by servers and proxies, hidden STARTTLS,"
  "certificate problems, messages that are listed but cannot be fetched, proxies"
  "that break on untagged responses and SMTP servers that lose pipelined replies."
  ""
  "The package holds the desktop application (mailscope) and its command-line"
  "twin for scripts (mailscope-cli).")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
# Plain strip leaves the compiler's .comment section: lintian's info (not warning)
# binary-has-unneeded-section, harmless; dh_strip would remove it too.
set(CPACK_STRIP_FILES ON)
# Directories CPack creates itself, whatever the umask of the build machine.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ
    GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

if(WIN32)
  # mailscope.exe, mailscope-cli.exe, the Qt DLLs and plugins windeployqt adds, qt6keychain.dll
  # and OpenSSL 3 (Qt's TLS plugin loads it at run time) all in bin/, as Windows finds DLLs.
  configure_file(packaging/windows/mailscope.rc.in mailscope.rc @ONLY)
  if(MAILSCOPE_BUILD_GUI)
    target_sources(mailscope PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/mailscope.rc)
  endif()
  target_sources(mailscope-cli PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/mailscope.rc)
  set(_targets mailscope-cli)
  if(MAILSCOPE_BUILD_GUI)
    list(APPEND _targets mailscope)
  endif()
  install(TARGETS ${_targets} RUNTIME DESTINATION bin)
  # Imported shared libraries the executables link (qt6keychain.dll, Qt itself).
  install(FILES $<TARGET_RUNTIME_DLLS:mailscope-cli> DESTINATION bin)
  set(MAILSCOPE_OPENSSL_DLL_DIR "" CACHE PATH "Folder with libssl-3-x64.dll and libcrypto-3-x64.dll")
  if(MAILSCOPE_OPENSSL_DLL_DIR)
    install(DIRECTORY "${MAILSCOPE_OPENSSL_DLL_DIR}/" DESTINATION bin
            FILES_MATCHING PATTERN "libssl-3*.dll" PATTERN "libcrypto-3*.dll")
  else()
    message(WARNING "MAILSCOPE_OPENSSL_DLL_DIR is not set: an installer would lack OpenSSL 3, "
                    "and QSslSocket cannot do TLS without it")
  endif()
  find_program(MAILSCOPE_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/bin" REQUIRED)
  # --compiler-runtime: the MSVC runtime DLLs go into bin/, so no separate vcredist is needed.
  install(CODE "execute_process(COMMAND \"${MAILSCOPE_WINDEPLOYQT}\" --release --no-translations
                  --compiler-runtime \"\${CMAKE_INSTALL_PREFIX}/bin/mailscope.exe\"
                  \"\${CMAKE_INSTALL_PREFIX}/bin/mailscope-cli.exe\" COMMAND_ERROR_IS_FATAL ANY)")
  install(FILES LICENSE THIRD-PARTY-NOTICES DESTINATION .)
  set(CPACK_GENERATOR NSIS)
  set(CPACK_PACKAGE_FILE_NAME Mailscope-${PROJECT_VERSION}-win64)
  set(CPACK_PACKAGE_INSTALL_DIRECTORY Mailscope)
  set(CPACK_PACKAGE_EXECUTABLES mailscope Mailscope) # Start menu entry
  set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/resources/mailscope.ico")
  set(CPACK_NSIS_MUI_UNIICON "${PROJECT_SOURCE_DIR}/resources/mailscope.ico")
  set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\mailscope.exe)
  set(CPACK_NSIS_DISPLAY_NAME Mailscope)
  set(CPACK_NSIS_URL_INFO_ABOUT "${MAILSCOPE_HOMEPAGE}")
  set(CPACK_NSIS_MODIFY_PATH ON) # offers to put mailscope-cli on PATH
  set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
elseif(APPLE)
  # Mailscope.app with mailscope-cli inside (Contents/MacOS), the icon and our Info.plist;
  # macdeployqt copies Qt, qtkeychain and OpenSSL into the bundle. The .dmg holds the bundle and
  # the license files.
  if(NOT MAILSCOPE_BUILD_GUI)
    message(FATAL_ERROR "The macOS package is the .app bundle: configure with the GUI")
  endif()
  set(_icns "${PROJECT_SOURCE_DIR}/resources/mailscope.icns")
  target_sources(mailscope PRIVATE "${_icns}")
  set_source_files_properties("${_icns}" PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
  set_target_properties(mailscope PROPERTIES
    OUTPUT_NAME Mailscope
    MACOSX_BUNDLE_INFO_PLIST "${PROJECT_SOURCE_DIR}/packaging/macos/Info.plist.in"
    MACOSX_BUNDLE_GUI_IDENTIFIER ${MAILSCOPE_ID}
    MACOSX_BUNDLE_BUNDLE_NAME Mailscope
    MACOSX_BUNDLE_ICON_FILE mailscope.icns
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION})
  install(TARGETS mailscope BUNDLE DESTINATION .)
  install(TARGETS mailscope-cli RUNTIME DESTINATION Mailscope.app/Contents/MacOS)
  find_program(MAILSCOPE_MACDEPLOYQT macdeployqt HINTS "${QT6_INSTALL_PREFIX}/bin" REQUIRED)
  # "-" signs ad hoc: enough to run on Apple silicon, not for Gatekeeper on other Macs (that
  # needs a Developer ID and notarization, which the project does not have).
  set(MAILSCOPE_CODESIGN_IDENTITY - CACHE STRING "codesign identity for Mailscope.app")
  install(CODE "execute_process(COMMAND \"${MAILSCOPE_MACDEPLOYQT}\"
                  \"\${CMAKE_INSTALL_PREFIX}/Mailscope.app\"
                  \"-executable=\${CMAKE_INSTALL_PREFIX}/Mailscope.app/Contents/MacOS/mailscope-cli\"
                  \"-codesign=${MAILSCOPE_CODESIGN_IDENTITY}\"
                  COMMAND_ERROR_IS_FATAL ANY)")
  install(FILES LICENSE THIRD-PARTY-NOTICES DESTINATION .)
  set(CPACK_GENERATOR DragNDrop)
  set(CPACK_DMG_VOLUME_NAME Mailscope)
  set(CPACK_PACKAGE_FILE_NAME Mailscope-${PROJECT_VERSION})
else()
  # Linux, Debian's layout: nothing is bundled, Qt and the rest come from the distribution.
  set(CMAKE_INSTALL_DOCDIR ${CMAKE_INSTALL_DATAROOTDIR}/doc/mailscope)
  set(_targets mailscope-cli)
  if(MAILSCOPE_BUILD_GUI)
    list(APPEND _targets mailscope)
  endif()
  install(TARGETS ${_targets} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

  # Debian wants man pages and changelogs gzipped, without timestamps (-n: reproducible).
  set(_linux ${PROJECT_SOURCE_DIR}/packaging/linux)
  set(_pages mailscope-cli)
  if(MAILSCOPE_BUILD_GUI)
    list(APPEND _pages mailscope)
  endif()
  set(_gz)
  foreach(_page IN LISTS _pages)
    set(_out ${CMAKE_CURRENT_BINARY_DIR}/packaging/${_page}.1.gz)
    add_custom_command(OUTPUT ${_out} COMMAND gzip -9n -c ${_linux}/man/${_page}.1 > ${_out}
                       DEPENDS ${_linux}/man/${_page}.1 VERBATIM)
    list(APPEND _gz ${_out})
  endforeach()
  set(_changelog ${CMAKE_CURRENT_BINARY_DIR}/packaging/changelog.gz)
  add_custom_command(OUTPUT ${_changelog} COMMAND gzip -9n -c ${_linux}/changelog > ${_changelog}
                     DEPENDS ${_linux}/changelog VERBATIM)
  add_custom_target(mailscope_packaging_files ALL DEPENDS ${_gz} ${_changelog})
  install(FILES ${_gz} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

  install(FILES ${_linux}/completion/mailscope-cli.bash
          DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/bash-completion/completions
          RENAME mailscope-cli)
  # Debian's zsh reads vendor-completions (site-functions is for the local admin).
  install(FILES ${_linux}/completion/_mailscope-cli
          DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/zsh/vendor-completions)

  if(MAILSCOPE_BUILD_GUI)
    install(FILES ${_linux}/${MAILSCOPE_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/applications)
    install(FILES ${_linux}/${MAILSCOPE_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/metainfo)
    install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/icons/hicolor
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/icons)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/mailscope.svg
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/scalable/apps)
  endif()

  # The machine-readable copyright names GPL-3.0-or-later and points to Debian's copy of the
  # text (/usr/share/common-licenses/GPL-3); a second copy in the package is a lintian warning.
  install(FILES ${_linux}/copyright ${_changelog} THIRD-PARTY-NOTICES
          DESTINATION ${CMAKE_INSTALL_DOCDIR})

  set(CPACK_GENERATOR DEB)
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # mailscope_<version>_<arch>.deb
  set(CPACK_DEBIAN_PACKAGE_SECTION net)
  set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
  set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${MAILSCOPE_MAINTAINER}")
  set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${MAILSCOPE_HOMEPAGE}")
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  # What shlibdeps cannot see, loaded at run time: QtKeychain dlopens libsecret-1.so.0 for the
  # Secret Service, and the SVG icons need Qt's SVG icon engine plugin. The xcb and offscreen
  # platform plugins and the OpenSSL TLS backend come with libqt6gui6 and libqt6network6
  # (shlibdeps finds those); Debian 12's qt6-qpa-plugins holds only VNC and is not needed.
  # Wayland sessions use qt6-wayland when installed, XWayland otherwise.
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, libqt6svg6")
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
  set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
  set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
endif()

include(CPack)
