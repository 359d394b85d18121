# Binary package: a Debian 12 .deb of the console, built from the install rules (component
# Runtime only: no test program, static library or build tool ends up in it).
#   cmake --build <build> --target headroom && (cd <build> && cpack -G DEB)
# The package's metadata comes from project() in the top-level CMakeLists.txt.

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "headroom")
set(CPACK_PACKAGE_VENDOR "The Headroom developers")
set(CPACK_PACKAGE_CONTACT "The Headroom developers <headroom@example.invalid>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")

# Only the application's own files, and only under /usr, whatever CMAKE_INSTALL_PREFIX the build
# folder was configured with.
set(CPACK_INSTALL_CMAKE_PROJECTS "${PROJECT_BINARY_DIR};${PROJECT_NAME};Runtime;/")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_SET_DESTDIR OFF)
# A RelWithDebInfo binary is mostly debug information; the package ships it stripped.
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_PACKAGE_NAME "${CPACK_PACKAGE_NAME}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # headroom_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# The control file's Description: the summary above as its first line, then this.
set(CPACK_PACKAGE_DESCRIPTION "Headroom reads the metrics a SaaS company already has (this computer, Prometheus,
node_exporter, JSON endpoints, billing exports), places the business on a growth
tier and scaling mode, scores its health and turns what it sees into
recommendations with evidence and cost. Every accept, defer and reject decision
is recorded locally in a tamper-evident history.")
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")

# Shared-library dependencies are computed by dpkg-shlibdeps (packages dpkg-dev and file) from
# what the binary links: Qt Widgets, Charts, Svg, libcurl, SQLite, libcrypto, qtkeychain...
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What the linker cannot see, because Qt loads it with dlopen() at run time. Appended to the
# computed list.
# - libqt6svg6: the SVG icon engine (plugins/iconengines/libqsvgicon.so) and image format
#   (plugins/imageformats/libqsvg.so) that draw the window and toolbar icons. The binary links
#   libQt6Svg too, but the plugins are what QIcon needs, so the dependency must not hang on that.
# The platform plugins need no entry: in Debian 12 xcb (a real display), offscreen (the
# self-test) and the xcb GL integrations ship in libqt6gui6, a computed dependency;
# qt6-qpa-plugins only adds VNC and tuio, and libqt6gui6 already recommends it.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6 (>= 6.4)")
# - qt6-translations-l10n: Qt's own strings (file dialogs, command-line errors) in the user's
#   language, loaded from /usr/share/qt6/translations; the console's own are built in.
# - libsecret-1-0: qtkeychain dlopens it to keep source secrets in the desktop keychain
#   (GNOME Keyring / KWallet through the Secret Service).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, libsecret-1-0")

include(CPack)
