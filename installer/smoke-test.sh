#!/usr/bin/env bash
# Smoke test of a built .deb: unpack it into a throwaway root and run the installed program.
#
#   installer/smoke-test.sh dist/sopdesk_VERSION_ARCH.deb
#
# Checks: the package's files are where a desktop expects them; `sopdesk --version` and
# `sopdesk --self-test` (offscreen, and on Xvfb when xvfb-run is there; HOME in a temporary
# folder) work from /opt/sopdesk; every
# library of the bundle resolves; no unused Qt module (WebEngine, QML, Quick) is inside; the
# bundle is under 150 MB; the .desktop entry and the AppStream metadata validate.
set -euo pipefail

DEB="${1:?Pemakaian: installer/smoke-test.sh BERKAS.deb}"
[ -f "$DEB" ] || { echo "Paket $DEB tidak ada." >&2; exit 1; }
LIMIT_MB="${SOPDESK_BUNDLE_LIMIT_MB:-150}"

ROOT="$(mktemp -d "${TMPDIR:-/tmp}/sopdesk-root-XXXX")"
HOME_DIR="$(mktemp -d "${TMPDIR:-/tmp}/sopdesk-home-XXXX")"
trap 'rm -rf "$ROOT" "$HOME_DIR"' EXIT
fail() { echo "GAGAL: $*" >&2; exit 1; }
step() { echo "== $*"; }

step "dpkg -x $(basename "$DEB")"
dpkg -x "$DEB" "$ROOT"
APP_ID="id.go.tangerangkab.organisasi.sopdesk"
for f in opt/sopdesk/sopdesk usr/bin/sopdesk usr/share/applications/sopdesk.desktop \
    usr/share/icons/hicolor/256x256/apps/sopdesk.png usr/share/icons/hicolor/scalable/apps/sopdesk.svg \
    "usr/share/metainfo/$APP_ID.metainfo.xml"; do
    [ -e "$ROOT/$f" ] || fail "/$f tidak ada di paket"
done
grep -qx 'exec /opt/sopdesk/sopdesk "$@"' "$ROOT/usr/bin/sopdesk" || fail "/usr/bin/sopdesk tidak menjalankan /opt/sopdesk/sopdesk"
[ -n "$(dpkg-deb -f "$DEB" Depends)" ] || fail "paket tanpa Depends"

run() {  # the installed program, as a user with an empty home, without a screen
    env HOME="$HOME_DIR" XDG_DATA_HOME="$HOME_DIR/.local/share" XDG_CONFIG_HOME="$HOME_DIR/.config" \
        XDG_RUNTIME_DIR="$HOME_DIR" QT_QPA_PLATFORM=offscreen "$ROOT/opt/sopdesk/sopdesk" "$@"
}

step "sopdesk --version"
version="$(run --version)"
echo "$version"
[ "$version" = "SOPDesk $(dpkg-deb -f "$DEB" Version)" ] || fail "versi program ($version) berbeda dengan versi paket"

step "sopdesk --self-test"
run --self-test

if command -v xvfb-run >/dev/null; then
    step "sopdesk --self-test di layar X (Xvfb, plugin xcb)"
    HOME="$HOME_DIR" XDG_RUNTIME_DIR="$HOME_DIR" QT_QPA_PLATFORM=xcb xvfb-run -a "$ROOT/opt/sopdesk/sopdesk" --self-test
fi

step "pustaka bundel"
missing="$(find "$ROOT/opt/sopdesk" -type f \( -name '*.so*' -o -path '*/opt/sopdesk/sopdesk' \) -print0 \
    | xargs -0 -n 50 ldd 2>/dev/null | grep 'not found' | sort -u || true)"
[ -z "$missing" ] || fail "pustaka tidak ditemukan:"$'\n'"$missing"
unused="$(find "$ROOT/opt/sopdesk" \( -iname '*WebEngine*' -o -name 'libQt6Qml*' -o -name 'libQt6Quick*' \
    -o -name 'Qt3D*' -o -name 'libQt63D*' -o -name 'libQt6Multimedia*' -o -name 'QtQml*' -o -name 'QtQuick*' \) -print)"
[ -z "$unused" ] || fail "modul Qt yang tidak dipakai ikut terbawa:"$'\n'"$unused"
size_mb=$(( $(du -sk "$ROOT/opt/sopdesk" | cut -f1) / 1024 ))
echo "bundel /opt/sopdesk: $size_mb MB (batas $LIMIT_MB MB); paket: $(( $(stat -c %s "$DEB") / 1024 / 1024 )) MB"
[ "$size_mb" -lt "$LIMIT_MB" ] || fail "bundel $size_mb MB, melebihi $LIMIT_MB MB"

step "desktop-file-validate"
desktop-file-validate "$ROOT/usr/share/applications/sopdesk.desktop"

step "appstreamcli validate --no-net"
appstreamcli validate --no-net "$ROOT/usr/share/metainfo/$APP_ID.metainfo.xml"

echo "Uji asap paket $(basename "$DEB") berhasil."
