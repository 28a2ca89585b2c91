#!/usr/bin/env bash
# Refresh the vendored front-end assets from the npm registry (versions pinned in package-lock.json).
# The app serves these copies itself: no CDN at runtime.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$here"
npm ci --no-audit --no-fund
static="$root/src/anderebril/core/static/vendor"
mkdir -p "$static/utrecht" "$static/htmx" "$root/tests/browser/vendor"
cp node_modules/@utrecht/component-library-css/dist/index.css "$static/utrecht/component-library.css"
cp node_modules/@utrecht/component-library-css/LICENSE.md "$static/utrecht/LICENSE.md"
cp node_modules/htmx.org/dist/htmx.min.js "$static/htmx/htmx.min.js"
cp node_modules/htmx.org/LICENSE "$static/htmx/LICENSE"
cp node_modules/axe-core/axe.min.js "$root/tests/browser/vendor/axe.min.js"
cp node_modules/axe-core/LICENSE "$root/tests/browser/vendor/LICENSE-axe-core"
echo "vendored assets refreshed"
