#!/usr/bin/env bash
# Puts a real WordPress, from Debian's archive, in a folder for the plugin's tests:
#   scripts/wordpress-files.sh <suite> <folder>    (suite: bookworm, trixie or sid)
# Debian's package links a few libraries to other packages (jQuery UI, lodash, PHPMailer…), so
# those come too, and the links are resolved into copies. A private apt configuration reads the
# other suites' lists without changing the machine's own sources.
set -euo pipefail
suite="$1"
out="$2"
if [ -f "$out/wp-includes/version.php" ]; then exit 0; fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
apt_dir="${WP_APT_DIR:-${TMPDIR:-/tmp}/advocacy-widgets-apt}"
mkdir -p "$apt_dir"/etc/sources.list.d "$apt_dir"/etc/preferences.d "$apt_dir"/state/lists/partial \
  "$apt_dir"/cache/archives/partial
: >"$apt_dir/etc/sources.list"
cat >"$apt_dir/etc/sources.list.d/debian.sources" <<SOURCES
Types: deb
URIs: ${DEBIAN_MIRROR:-http://deb.debian.org/debian}
Suites: bookworm trixie sid
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SOURCES
apt=(-o "Dir::Etc=$apt_dir/etc" -o "Dir::State=$apt_dir/state" -o "Dir::Cache=$apt_dir/cache"
  -o "Dir::State::status=/var/lib/dpkg/status" -o "APT::Sandbox::User=root" -qq)
# The lists are read again when a day old.
if [ -z "$(find "$apt_dir/state/lists" -name '*Packages*' -mmin -1440 2>/dev/null)" ]; then
  apt-get "${apt[@]}" update
fi

packages=(wordpress libjs-cropper libjs-underscore libjs-jquery-ui libjs-lodash php-getid3 libphp-phpmailer)
case "$suite" in
  bookworm) packages+=(wordpress-theme-twentytwentythree) ;;
  *) packages+=(wordpress-theme-twentytwentyfive) ;;
esac
cd "$work"
for package in "${packages[@]}"; do
  # Not every suite has every library: the WordPress of that suite does without it.
  apt-get "${apt[@]}" download "$package/$suite" 2>/dev/null || echo "($package is not in $suite)"
done
mkdir root
for deb in ./*.deb; do dpkg-deb -x "$deb" root; done

mkdir -p "$(dirname "$out")"
rm -rf "$out.tmp"
# -L copies what each link points to; links that point nowhere here are left out.
(cd root/usr/share/wordpress && find . -xtype l -delete 2>/dev/null || true)
cp -rL root/usr/share/wordpress "$out.tmp"
rm -f "$out.tmp/wp-config.php"
mkdir -p "$out.tmp/wp-content/themes"
for theme in root/usr/share/wordpress/wp-content/themes/* root/usr/share/wordpress-theme-*; do
  [ -d "$theme" ] || continue
  cp -rL "$theme" "$out.tmp/wp-content/themes/" 2>/dev/null || true
done
mv "$out.tmp" "$out"
grep -h "^\$wp_version" "$out/wp-includes/version.php"
