#!/usr/bin/env python3
"""Italian and English are both first-class: every user-visible string in the sources must be
in the committed .ts files and translated. Runs lupdate over the sources into copies of the
committed files (the tree is never touched) and fails, listing them, on strings that are new
(not in the committed file), untranslated, or whose plural forms are empty."""
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

LUPDATE = "/usr/lib/qt6/bin/lupdate"


def messages(path):
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def problems(committed, updated):
    known = {(c, m.findtext("source")) for c, m in messages(committed)}
    found = []
    for context, message in messages(updated):
        source = message.findtext("source")
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else None
        if kind in ("vanished", "obsolete"):
            continue  # no longer in the sources: harmless, dropped by the next lupdate
        where = f"{updated.name}: [{context}] {source!r}"
        if (context, source) not in known:
            found.append(f"{where}: not in the committed file (run lupdate and translate)")
        elif kind == "unfinished":
            found.append(f"{where}: not translated")
        elif message.get("numerus") == "yes":
            if any(not (f.text or "").strip() for f in translation.iter("numerusform")):
                found.append(f"{where}: a plural form is empty")
        elif not (translation.text or "").strip():
            found.append(f"{where}: empty translation")
    return found


def main():
    root = Path(sys.argv[1])
    committed = sorted((root / "assets/translations").glob("*.ts"))
    if not committed:
        print("no .ts files found", file=sys.stderr)
        return 1
    found = []
    with tempfile.TemporaryDirectory() as tmp:
        for ts in committed:
            copy = Path(tmp) / ts.name
            shutil.copy(ts, copy)
            tags = ET.parse(ts).getroot().attrib
            # The source language's file only carries plural forms ("%n item(s)").
            plural_only = ["-pluralonly"] if tags.get("language") == tags.get("sourcelanguage") else []
            subprocess.run([LUPDATE, "-silent", "-locations", "none", "-extensions", "cpp,h,qml",
                            *plural_only, str(root / "qml"), str(root / "platform"), str(root / "core/report"),
                            "-ts", str(copy)], check=True)
            found += problems(ts, copy)
    for line in found:
        print(line)
    total = sum(1 for ts in committed for _ in messages(ts))
    print(f"{len(committed)} translation files, {total} messages, {len(found)} problems")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
