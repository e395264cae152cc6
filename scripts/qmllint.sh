#!/usr/bin/env bash
# Runs qmllint over every QML file, with the built module on the import path so our own
# types are checked too. Any warning fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${1:-build/default}
mapfile -t files < <(git ls-files '*.qml')
if [ ${#files[@]} -eq 0 ]; then echo "qmllint: no QML files yet"; exit 0; fi
# $build_dir/qml holds InTheirShoes/qmldir (the app module); $build_dir/tests/qml/imports holds
# the QML tests' hook modules (InTheirShoesReviewTest, ...). Both must be built first.
/usr/lib/qt6/bin/qmllint -I "$build_dir/qml" -I "$build_dir/tests/qml/imports" "${files[@]}"
echo "qmllint: ${#files[@]} files clean"
