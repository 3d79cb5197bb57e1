#!/usr/bin/env bash
# Build dist/sopdesk_VERSION_ARCH.deb from the PyInstaller bundle in dist/sopdesk (make dist).
#
#   /opt/sopdesk/                                   the bundle
#   /usr/bin/sopdesk                                launcher: exec /opt/sopdesk/sopdesk "$@"
#   /usr/share/applications/sopdesk.desktop         menu entry
#   /usr/share/icons/hicolor/{256x256,scalable}/apps/sopdesk.{png,svg}
#   /usr/share/metainfo/id.go.tangerangkab.organisasi.sopdesk.metainfo.xml
#
# Depends: SOPDESK_DEB_DEPENDS (the Makefile passes its APT_RUN list without python3-venv:
# what Qt needs from the system; the bundle leaves those libraries out) and libc6.
# The menu and icon caches are refreshed by the desktop-file-utils and hicolor dpkg triggers.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUNDLE="$ROOT/dist/sopdesk"
APP_ID="id.go.tangerangkab.organisasi.sopdesk"

[ -x "$BUNDLE/sopdesk" ] || { echo "Bundel $BUNDLE belum ada: jalankan 'make dist'." >&2; exit 1; }
DEPENDS="${SOPDESK_DEB_DEPENDS:-}"
[ -n "$DEPENDS" ] || DEPENDS="$(make -s --no-print-directory -C "$ROOT" print-deb-depends)"

VERSION="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$ROOT/sopdesk/__init__.py")"
[ -n "$VERSION" ] || { echo "Versi tidak ditemukan di sopdesk/__init__.py" >&2; exit 1; }
ARCH="$(dpkg --print-architecture)"
LIBC="$(dpkg-query -W -f='${Version}' libc6 | sed 's/-.*//')"
MAINTAINER="${SOPDESK_DEB_MAINTAINER:-Bagian Organisasi Setda Kabupaten Tangerang <organisasi@tangerangkab.go.id>}"
OUT="$ROOT/dist/sopdesk_${VERSION}_${ARCH}.deb"

STAGE="$(mktemp -d "${TMPDIR:-/tmp}/sopdesk-deb.XXXXXX")"
trap 'rm -rf "$STAGE"' EXIT
PKG="$STAGE/pkg"

install -d "$PKG/opt" "$PKG/usr/bin" "$PKG/usr/share/applications" "$PKG/usr/share/metainfo" \
    "$PKG/usr/share/icons/hicolor/256x256/apps" "$PKG/usr/share/icons/hicolor/scalable/apps" "$PKG/DEBIAN"
cp -a "$BUNDLE" "$PKG/opt/sopdesk"
cat > "$PKG/usr/bin/sopdesk" <<'LAUNCHER'
#!/bin/sh
exec /opt/sopdesk/sopdesk "$@"
LAUNCHER
chmod 755 "$PKG/usr/bin/sopdesk"
install -m 644 "$ROOT/resources/sopdesk.desktop" "$PKG/usr/share/applications/sopdesk.desktop"
install -m 644 "$ROOT/resources/$APP_ID.metainfo.xml" "$PKG/usr/share/metainfo/$APP_ID.metainfo.xml"
install -m 644 "$ROOT/resources/icons/sopdesk.png" "$PKG/usr/share/icons/hicolor/256x256/apps/sopdesk.png"
install -m 644 "$ROOT/resources/icons/sopdesk.svg" "$PKG/usr/share/icons/hicolor/scalable/apps/sopdesk.svg"

# Nothing group- or world-writable; the bundle keeps its executables' mode.
chmod -R u+rwX,go+rX,go-w "$PKG"

deps="libc6 (>= $LIBC)"
for d in $DEPENDS; do deps="$deps, $d"; done
cat > "$PKG/DEBIAN/control" <<CONTROL
Package: sopdesk
Version: $VERSION
Architecture: $ARCH
Maintainer: $MAINTAINER
Installed-Size: $(du -sk --exclude=DEBIAN "$PKG" | cut -f1)
Depends: $deps
Section: misc
Priority: optional
Description: agenda surat, disposisi dan pelacakan SOP 01.048.2017
 SOPDesk adalah aplikasi desktop Bagian Organisasi Sekretariat Daerah Kabupaten
 Tangerang: dokumen SOP dalam format Permenpan RB 35/2012, pengaturan OPD,
 kode klasifikasi, pejabat dan pengguna, jejak audit dan cetakan bertanda
 integritas. Basis data SQLite di folder data pengguna, atau PostgreSQL.
CONTROL
(cd "$PKG" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z | xargs -0 md5sum) > "$PKG/DEBIAN/md5sums"
chmod 644 "$PKG/DEBIAN/control" "$PKG/DEBIAN/md5sums"

mkdir -p "$(dirname "$OUT")"
dpkg-deb --root-owner-group -Zxz --build "$PKG" "$OUT" >/dev/null
echo "$OUT"
