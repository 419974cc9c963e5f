"""Rebuild ``console_ru.ts`` and ``console_ru.qm`` from the sources and the Russian catalogues.

Run after changing any user-visible string:  ``python -m resources.translations.build``

1. ``pyside6-lupdate`` extracts every ``tr()`` / ``QT_TRANSLATE_NOOP`` string from the code;
2. Russian texts come from ``ru/*.json`` (English source -> Russian, one file per area,
   so engineers working on different areas never edit the same file) and from the ``RU``
   dicts of ``console/problem_texts``;
3. ``pyside6-lrelease`` compiles the ``.qm`` the console loads.

Strings without a Russian text stay "unfinished"; a test fails while any remain.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TS_FILE = HERE / "console_ru.ts"
QM_FILE = HERE / "console_ru.qm"
SOURCE_DIRS = ("console", "widgets")


def _tool(name: str) -> str:
    candidate = Path(sys.executable).parent / f"pyside6-{name}"
    return str(candidate) if candidate.exists() else f"pyside6-{name}"


def source_files() -> list[str]:
    """Every Python file whose strings are translated."""
    files: list[str] = []
    for folder in SOURCE_DIRS:
        files += sorted(str(p.relative_to(ROOT)) for p in (ROOT / folder).rglob("*.py"))
    return files


def catalogue() -> dict[str, str]:
    """English source text -> Russian, from ``ru/*.json`` and the problem texts."""
    texts: dict[str, str] = {}
    for path in sorted((HERE / "ru").glob("*.json")):
        texts.update(json.loads(path.read_text(encoding="utf-8")))
    sys.path.insert(0, str(ROOT))
    problem_texts = importlib.import_module("console.problem_texts")
    for area in problem_texts._AREAS:
        module = importlib.import_module(f"console.problem_texts.{area}")
        for code, source in module.TEXTS.items():
            russian = getattr(module, "RU", {}).get(code)
            if russian:
                texts[str(source)] = russian
    return texts


def update_ts(ts_file: Path = TS_FILE) -> int:
    """Extract strings into ``ts_file`` and fill in the Russian; return how many are missing."""
    subprocess.run(
        [_tool("lupdate"), *source_files(), "-ts", str(ts_file), "-no-obsolete", "-silent"],
        cwd=ROOT,
        check=True,
    )
    tree = ET.parse(ts_file)
    russian = catalogue()
    missing = 0
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if source in russian:
            translation.text = russian[source]
            translation.attrib.pop("type", None)
        elif not translation.text:
            translation.set("type", "unfinished")
            missing += 1
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return missing


def release(ts_file: Path = TS_FILE, qm_file: Path = QM_FILE) -> None:
    """Compile the ``.qm`` the console loads."""
    subprocess.run(
        [_tool("lrelease"), str(ts_file), "-qm", str(qm_file), "-silent"], cwd=ROOT, check=True
    )


def main() -> int:
    """Rebuild both files and list the strings still without Russian."""
    missing = update_ts()
    release()
    if missing:
        tree = ET.parse(TS_FILE)
        for message in tree.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                print("untranslated:", message.findtext("source"))
    print(f"{TS_FILE.name}: {missing} untranslated")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
