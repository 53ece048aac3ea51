#!/bin/sh
# Install the one-folder bundle built by `make package` on a Linux workstation, with its
# desktop entry, AppStream metainfo and icons:
#
#   sudo packaging/linux/install.sh [BUNDLE]
#
# BUNDLE defaults to dist/permit-review. The bundle goes to APPDIR (/opt/permit-review),
# the command, menu entry, metainfo and icons under PREFIX (/usr/local). DESTDIR stages
# the whole tree elsewhere (for a .deb or a test). Uninstall: packaging/linux/uninstall.sh.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bundle=${1:-$root/dist/permit-review}
APPDIR=${APPDIR:-/opt/permit-review}
PREFIX=${PREFIX:-/usr/local}
DESTDIR=${DESTDIR:-}
icons=$root/resources/icons

if [ ! -x "$bundle/permit-review" ]; then
  echo "install.sh: no bundle at $bundle; build it with 'make package'" >&2
  exit 1
fi

rm -rf "$DESTDIR$APPDIR"
mkdir -p "$DESTDIR$APPDIR" "$DESTDIR$PREFIX/bin" "$DESTDIR$PREFIX/share/applications" \
  "$DESTDIR$PREFIX/share/metainfo" "$DESTDIR$PREFIX/share/icons/hicolor/scalable/apps"
cp -a "$bundle/." "$DESTDIR$APPDIR/"
ln -sfn "$APPDIR/permit-review" "$DESTDIR$PREFIX/bin/permit-review"
install -m 644 "$here/permit-review.desktop" "$DESTDIR$PREFIX/share/applications/"
install -m 644 "$here/lt.migracija.PermitReview.metainfo.xml" "$DESTDIR$PREFIX/share/metainfo/"
install -m 644 "$icons/permit-review.svg" "$DESTDIR$PREFIX/share/icons/hicolor/scalable/apps/"
for png in "$icons"/permit-review-*.png; do
  size=${png##*-}
  size=${size%.png}
  mkdir -p "$DESTDIR$PREFIX/share/icons/hicolor/${size}x${size}/apps"
  install -m 644 "$png" "$DESTDIR$PREFIX/share/icons/hicolor/${size}x${size}/apps/permit-review.png"
done

# Menus and icon caches notice the new files; only on the live system, not in a staged tree.
if [ -z "$DESTDIR" ]; then
  if command -v update-desktop-database >/dev/null; then
    update-desktop-database -q "$PREFIX/share/applications" || true
  fi
  if command -v gtk-update-icon-cache >/dev/null; then
    gtk-update-icon-cache -q -t "$PREFIX/share/icons/hicolor" || true
  fi
fi
echo "installed permit-review in $DESTDIR$APPDIR; command $DESTDIR$PREFIX/bin/permit-review"
