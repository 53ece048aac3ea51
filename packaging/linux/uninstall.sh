#!/bin/sh
# Remove what packaging/linux/install.sh installed (same APPDIR, PREFIX and DESTDIR).
# The users' stores, settings and logs in their home folders are left alone.
set -eu
APPDIR=${APPDIR:-/opt/permit-review}
PREFIX=${PREFIX:-/usr/local}
DESTDIR=${DESTDIR:-}

rm -rf "$DESTDIR$APPDIR"
rm -f "$DESTDIR$PREFIX/bin/permit-review" \
  "$DESTDIR$PREFIX/share/applications/permit-review.desktop" \
  "$DESTDIR$PREFIX/share/metainfo/lt.migracija.PermitReview.metainfo.xml"
rm -f "$DESTDIR$PREFIX"/share/icons/hicolor/*/apps/permit-review.png \
  "$DESTDIR$PREFIX/share/icons/hicolor/scalable/apps/permit-review.svg"
echo "removed permit-review from $DESTDIR$APPDIR and $DESTDIR$PREFIX"
