#!/bin/sh
# validate.sh SOURCE_DIR ICONRENDER [ATTACHECTL]
# Fails when desktop-file-validate reports an error or warning (hints pass), when appstreamcli fails validation
# (errors or warnings; infos and pedantic notes pass), when resources/icons.qrc and resources/icons/*.svg differ,
# or when an icon does not render. Exits 77 (skipped) when the validators are not installed.
set -u
src=$1
iconrender=$2
attachectl=${3:-}
pkg=$src/packaging
failed=0

for tool in desktop-file-validate appstreamcli; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "SKIP: $tool is not installed (Debian: desktop-file-utils, appstream)"
    exit 77
  fi
done

echo "== desktop-file-validate"
out=$(desktop-file-validate "$pkg/org.attache.Attache.desktop" 2>&1); rc=$?
[ -n "$out" ] && echo "$out"
if [ $rc -ne 0 ] || echo "$out" | grep -q -E '(error|warning): '; then
  echo "FAIL: the desktop file does not validate"; failed=1
fi

echo "== appstreamcli validate --no-net"
if ! appstreamcli validate --no-net --no-color "$pkg/org.attache.Attache.metainfo.xml"; then
  echo "FAIL: the AppStream metainfo does not validate"; failed=1
fi

echo "== metainfo and desktop file agree"
grep -q '<launchable type="desktop-id">org.attache.Attache.desktop</launchable>' \
  "$pkg/org.attache.Attache.metainfo.xml" || { echo "FAIL: launchable is not org.attache.Attache.desktop"; failed=1; }
grep -q '^Icon=attache$' "$pkg/org.attache.Attache.desktop" || { echo "FAIL: desktop Icon is not attache"; failed=1; }
grep -q '^ExecStart=attachectl publish --watch$' "$pkg/attache-publisher.service" ||
  { echo "FAIL: the publisher unit does not run attachectl publish --watch"; failed=1; }

# systemd-analyze looks a bare ExecStart name up in /usr/local/bin and /usr/bin only, so check a copy of the unit
# that points at the freshly built attachectl. Skipped without systemd-analyze or a built attachectl.
if command -v systemd-analyze >/dev/null 2>&1 && [ -n "$attachectl" ] && [ -x "$attachectl" ]; then
  echo "== systemd-analyze verify attache-publisher.service"
  unitdir=$(mktemp -d)
  sed "s#^ExecStart=attachectl #ExecStart=$attachectl #" "$pkg/attache-publisher.service" >"$unitdir/attache-publisher.service"
  if ! systemd-analyze verify "$unitdir/attache-publisher.service"; then
    echo "FAIL: the publisher unit does not verify"; failed=1
  fi
  rm -rf "$unitdir"
fi

echo "== icons.qrc lists exactly resources/icons/*.svg"
listed=$(sed -n 's#.*<file alias="\([^"]*\)">icons/\([^<]*\)</file>.*#\1 \2#p' "$src/resources/icons.qrc")
echo "$listed" | while read -r alias file; do
  [ "$alias" = "$file" ] || echo "FAIL: alias $alias does not match file $file"
done | grep FAIL && failed=1
on_disk=$(cd "$src/resources/icons" && ls -1 *.svg | sort)
in_qrc=$(echo "$listed" | cut -d' ' -f2 | sort)
if [ "$on_disk" != "$in_qrc" ]; then
  echo "FAIL: icons.qrc and resources/icons differ:"
  printf '%s\n' "$on_disk" >/tmp/attache-icons-disk.$$; printf '%s\n' "$in_qrc" >/tmp/attache-icons-qrc.$$
  diff /tmp/attache-icons-disk.$$ /tmp/attache-icons-qrc.$$
  rm -f /tmp/attache-icons-disk.$$ /tmp/attache-icons-qrc.$$
  failed=1
fi

echo "== every icon parses and paints"
if ! "$iconrender" check "$src"/resources/icons/*.svg; then
  echo "FAIL: an icon does not render"; failed=1
fi

[ $failed -eq 0 ] && echo "packaging files: OK"
exit $failed
