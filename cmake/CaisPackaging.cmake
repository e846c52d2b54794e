# The Debian package: cpack -G DEB in the build directory (tools/dev deb) makes
# cais_VERSION_ARCH.deb, which `apt install ./cais_*.deb` installs on Debian 13
# (tests/install/deb-check does it in the build root).
set(CPACK_PACKAGE_NAME cais)
set(CPACK_PACKAGE_VENDOR "The Cais developers")
# No address is made up here: a published package needs a real one (Debian's Maintainer
# field wants "name <email>"); apt installs it as it is.
set(CPACK_PACKAGE_CONTACT "The Cais developers" CACHE STRING "The .deb's Maintainer field")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Manage Docker and Podman images and containers")
set(CPACK_PACKAGE_DESCRIPTION "Cais is a native Qt desktop application for the images and containers
of a Docker or Podman engine: builds with a Dockerfile editor, Compose projects,
logs, terminals, files, live statistics, volumes, networks, events and prunes
with a preview. It talks to the engine's HTTP API directly.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://cais.app")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The libraries the binary links (Qt, KF6 SyntaxHighlighting, QTermWidget, llhttp,
# libarchive...) come from dpkg-shlibdeps; what it loads at run time is named here:
# Qt's SVG plugins draw its icon. Qt's own translations and the Wayland platform are
# recommended; the docker CLI plugins are what Compose projects and BuildKit builds run.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-svg-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "docker.io | podman, docker-cli, docker-compose, docker-buildx")

include(CPack)
